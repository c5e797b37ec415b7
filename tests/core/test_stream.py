"""`checkin scan EVENT` reading stdin: every line answered, bytes until proven text."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checkin import codes as codes_mod
from checkin.cli import main
from checkin.cli.stream import MAX_LINE, decode
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import seed

ROOT = Path(__file__).resolve().parents[2]
CODES = [f"V{i:04d}" for i in range(40)]


def make(path: Path, capacity: int = 1000) -> Path:
    with Store.create(path, name="Stroom", capacity=capacity) as s:
        seed(s, [GuestInput(name=f"Gast {c}", code=c) for c in CODES])
        s.add_guest(GuestInput(name="Renée", code="Cé"))
    return path


def run_stream(event: Path | str, data: bytes, *extra: str) -> tuple[int, list[dict[str, object]]]:
    out = io.StringIO()
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    status = main(["scan", str(event), "--json", *extra], stdout=out, stdin=stdin)
    return status, [json.loads(line) for line in out.getvalue().splitlines()]


def test_a_byte_that_is_not_utf8_does_not_end_the_stream(tmp_path: Path) -> None:
    event = make(tmp_path / "ev.checkin")
    # the issue's own reproduction, as a real process: Latin-1 é, then a valid code
    proc = subprocess.run(
        [sys.executable, "-m", "checkin.cli", "scan", str(event)],
        input=b"C\xc3\nV0002\nC\xe9\n",
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    lines = proc.stdout.decode().splitlines()
    assert proc.stderr == b""
    assert [x.split("\t")[0] for x in lines] == ["unknown", "admitted", "admitted"]
    assert lines[2].endswith("Renée")  # C\xe9 read as Windows-1252 is "Cé"
    assert proc.returncode == 1  # one line was not admitted


def test_a_long_line_is_unknown_and_stored_cut_with_its_length(tmp_path: Path) -> None:
    event = make(tmp_path / "ev.checkin")
    megabyte = b"V0001" * 200_000
    status, answers = run_stream(event, megabyte + b"\nV0001\n")
    assert [a["verdict"] for a in answers] == ["unknown", "admitted"]
    assert status == 1
    with Store.open(event) as s:
        logged = [x.raw for x in s.scans()]
    assert logged[0].endswith(f"… ({len(megabyte)} bytes)")
    assert len(logged[0].encode()) < 200
    assert logged[1] == "V0001"


def test_exit_status_is_zero_when_every_line_was_admitted_or_exited(tmp_path: Path) -> None:
    event = make(tmp_path / "ev.checkin")
    assert run_stream(event, b"V0001\r\n\nV0002\n")[0] == 0
    assert run_stream(event, b"V0001\nV0002", "--exit")[0] == 0  # no final newline
    status, answers = run_stream(event, b"V0001\nV0001\n")
    assert [a["verdict"] for a in answers] == ["admitted", "already_inside"]
    assert status == 1


def test_the_stream_cannot_start_on_a_missing_event_exit_2(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "checkin.cli", "scan", str(tmp_path / "none.checkin")],
        input=b"V0001\n",
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert b"Traceback" not in proc.stderr and proc.stderr.count(b"\n") == 1


def test_decoding_tries_utf8_then_windows_1252_then_latin1() -> None:
    assert decode("Zoë".encode()) == "Zoë"
    assert decode("Zoë".encode("cp1252")) == "Zoë"
    assert decode(b"\x81A") == "\ufffdA"  # not cp1252; Latin-1's C1 control shown as such
    assert decode(b"A\x00B") == "A\ufffdB"  # PostgreSQL refuses a NUL in text


_noise = st.binary(min_size=0, max_size=2 * MAX_LINE).map(lambda b: b.replace(b"\n", b""))


def _is_a_code(line: bytes) -> bool:
    text = decode(line).strip()
    return any(c in CODES or c == "Cé" for c in codes_mod.candidates(text))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_arbitrary_bytes_mixed_with_codes_every_line_answered(data: st.DataObject) -> None:
    valid = data.draw(st.lists(st.sampled_from(CODES), unique=True, max_size=12))
    noise = data.draw(st.lists(_noise.filter(lambda b: not _is_a_code(b)), max_size=12))
    lines = data.draw(st.permutations([c.encode() for c in valid] + noise))
    ending = data.draw(st.sampled_from([b"\n", b"\r\n"]))
    with tempfile.TemporaryDirectory() as tmp:
        event = make(Path(tmp) / "ev.checkin")
        status, answers = run_stream(event, b"".join(line + ending for line in lines))
        # the line's end is \n, or \r\n (one \r); a line left blank is not a scan
        asked = [line for line in lines if decode((line + ending)[:-1].removesuffix(b"\r")).strip()]
        assert len(answers) == len(asked)
        for line, answer in zip(asked, answers, strict=True):
            if line in [c.encode() for c in valid]:
                assert answer["verdict"] == "admitted", (line, answer)
            else:
                assert answer["verdict"] in ("unknown", "wrong_event"), (line, answer)
        with Store.open(event) as s:
            admitted = [x.raw for x in s.scans() if x.verdict == "admitted"]
            assert sorted(admitted) == sorted(valid)
            assert s.event().inside == len(valid)
        assert status == (0 if len(asked) == len(valid) else 1)


@pytest.mark.postgres
def test_noise_on_a_server_is_answered_too(pg_url: str) -> None:
    """PostgreSQL refuses a NUL in text: the stream never sends one."""
    with Store.create(pg_url, name="Stroom", capacity=10) as s:
        s.add_guest(GuestInput(name="Renée", code="Cé"))
    status, answers = run_stream(pg_url, b"A\x00B\nC\xe9\n\xff\xfe\x00\n")
    assert [a["verdict"] for a in answers] == ["unknown", "admitted", "unknown"]
    assert status == 1
    with Store.open(pg_url) as s:
        assert [x.raw for x in s.scans()] == ["A\ufffdB", "Cé", "ÿþ\ufffd"]
