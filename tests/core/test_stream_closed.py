"""`checkin scan` says which code was unknown, and stops when nobody reads its answers
(issue 23 §4): a real process, a real pipe closed by its reader."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

from checkin.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _scan_process(event: Path, *codes: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "checkin.cli", "scan", str(event), *codes],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_an_unknown_code_is_named_in_the_answer(store: Store, event_path: Path) -> None:
    with _scan_process(event_path) as proc:
        out, _err = proc.communicate(b"NOPE-1\n1001\n", timeout=60)
    lines = out.decode().splitlines()
    assert lines == ["unknown\t0/3\tNOPE-1", "admitted\t1/3\tAnna van den Berg"]


def test_the_stream_stops_when_its_reader_closes_the_pipe(store: Store, event_path: Path) -> None:
    with _scan_process(event_path) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(b"1001\n")
        proc.stdin.flush()
        assert proc.stdout.readline().decode().startswith("admitted\t1/3\tAnna van den Berg")
        proc.stdout.close()  # the reader goes away: nobody sees another verdict
        with contextlib.suppress(BrokenPipeError):  # the scanner may have stopped reading
            proc.stdin.write(b"1002\n1003\n1004\n")
            proc.stdin.flush()
            proc.stdin.close()
        assert proc.wait(timeout=60) != 0
        assert proc.stderr is not None and b"Traceback" not in proc.stderr.read()
    with Store.open(event_path) as s:
        assert s.event().inside == 1
        assert [g.presence.value for g in s.guests()][:4] == [
            "inside",
            "not_arrived",
            "not_arrived",
            "not_arrived",
        ]
        assert len(s.scans()) == 1  # nothing after the pipe closed was even tried


def test_codes_on_the_command_line_stop_too(store: Store, event_path: Path) -> None:
    with _scan_process(event_path, "1001", "1002", "1003") as proc:
        assert proc.stdout is not None and proc.stdin is not None
        proc.stdin.close()
        proc.stdout.close()  # before the first answer: nothing may be admitted unheard
        proc.wait(timeout=60)
    with Store.open(event_path) as s:
        assert s.event().inside <= 1  # at most the line in hand when the reader went
