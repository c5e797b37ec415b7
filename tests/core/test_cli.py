"""The `checkin` command as a script or a person uses it: exit codes, JSON, stderr."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from checkin.cli import main
from checkin.store import Store

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), stdout=out, stdin=io.StringIO(stdin))
    return code, out.getvalue()


def test_new_creates_an_event(tmp_path: Path) -> None:
    path = tmp_path / "sessie.checkin"
    code, out = run(
        "new", str(path), "--name", "Sessie", "--capacity", "25", "--date", "2021-06-18", "--json"
    )
    assert code == 0
    data = json.loads(out)
    assert (data["name"], data["capacity"], data["date"]) == ("Sessie", 25, "2021-06-18")
    with Store.open(path) as s:
        assert s.event().capacity == 25


@pytest.mark.parametrize(
    "args, message",
    [
        (["new", "{p}", "--name", "X", "--capacity", "0"], "must be at least 1"),
        (["new", "{p}", "--name", "X", "--capacity", "many"], "is not a whole number"),
        (["new", "{p}", "--name", "X", "--capacity", "5", "--date", "18-06-2021"], "is not a date"),
        (["new", "{p}", "--name", " ", "--capacity", "5"], "name"),
        (["new", "{missing}", "--name", "X", "--capacity", "5"], "folder that does not exist"),
        (["status", "{missing}"], "there is no event there"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    filled = [
        a.format(p=tmp_path / "e.checkin", missing=tmp_path / "no" / "e.checkin") for a in args
    ]
    try:
        code = main(filled)
    except SystemExit as exc:  # argparse's own usage errors
        code = int(exc.code or 0)
    err = capsys.readouterr().err
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_scan_codes_json_and_exit_status(store: Store, event_path: Path) -> None:
    code, out = run("scan", str(event_path), "1001", "1002", "--json", "--door", "Noord")
    assert code == 0
    lines = [json.loads(x) for x in out.splitlines()]
    assert [x["verdict"] for x in lines] == ["admitted", "admitted"]
    assert lines[1] == {
        "verdict": "admitted",
        "code": "1002",
        "guest": {"id": 2, "name": "Zoë Yılmaz", "organisation": "Studio Ğ"},
        "inside": 2,
        "capacity": 3,
    }
    code, out = run("scan", str(event_path), "1001", "--json")
    assert code == 1 and json.loads(out)["verdict"] == "already_inside"
    code, out = run("scan", str(event_path), "1001", "--exit", "--json")
    assert code == 0 and json.loads(out)["verdict"] == "exited"
    assert store.scans()[0].door == "Noord"


def test_scan_reads_stdin_one_code_a_line(store: Store, event_path: Path) -> None:
    code, out = run("scan", str(event_path), "--json", stdin="1001\r\n\n 1003 \n1005\n")
    assert code == 1
    assert [json.loads(x)["verdict"] for x in out.splitlines()] == [
        "admitted",
        "admitted",
        "cancelled",
    ]


def test_status_json(store: Store, event_path: Path) -> None:
    run("scan", str(event_path), "1001", "1002")
    code, out = run("status", str(event_path), "--json")
    data = json.loads(out)
    assert code == 0
    assert {
        k: data[k] for k in ("inside", "capacity", "guests", "cancelled", "arrived", "peak")
    } == {"inside": 2, "capacity": 3, "guests": 5, "cancelled": 1, "arrived": 2, "peak": 2}


def test_guests_json_fields(store: Store, event_path: Path) -> None:
    run("scan", str(event_path), "1002")
    code, out = run("guests", str(event_path), "--json")
    rows = json.loads(out)
    assert code == 0
    assert rows[0] == {
        "id": 1,
        "name": "Anna van den Berg",
        "first_name": "Anna",
        "last_name": "Berg",
        "organisation": "Podium Mozaïek",
        "email": "anna@example.nl",
        "code": "1001",
        "status": "not_arrived",
    }
    assert {r["code"]: r["status"] for r in rows}["1002"] == "inside"
    assert {r["code"]: r["status"] for r in rows}["1005"] == "cancelled"


def test_the_installed_command_runs_without_a_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "checkin.cli", "status", str(tmp_path / "nope.checkin")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert done.returncode == 2
    assert done.stderr.startswith("checkin: ") and "Traceback" not in done.stderr


def test_inside_present_doorlist_and_purge(
    store: Store, event_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from checkin.door import DoorService
    from tests.conftest import T0, Clock

    clock = Clock(T0)
    door = DoorService(store, clock=lambda: clock.now)
    door.scan("1001")
    clock.now = T0.replace(hour=18)
    door.scan("1002")
    clock.now = T0.replace(hour=19)
    door.scan("1002", exit=True)
    code, out = run("inside", str(event_path), "--json")
    data = json.loads(out)
    assert code == 0
    assert [g["name"] for g in data["guests"]] == ["Anna van den Berg"]
    assert data["without_name"] == 0
    # 20:30 to 21:00 Amsterdam time is 18:30 to 19:00 UTC: Zoë left at 19:00 UTC
    code, out = run(
        "present",
        str(event_path),
        "--from",
        "2021-06-18T20:30",
        "--to",
        "2021-06-18T21:00",
        "--json",
    )
    assert code == 0
    assert sorted(r["name"] for r in json.loads(out)) == ["Anna van den Berg", "Zoë Yılmaz"]
    code, out = run(
        "present",
        str(event_path),
        "--from",
        "2021-06-18T21:30",
        "--to",
        "2021-06-18T22:00",
        "--json",
    )
    assert [r["name"] for r in json.loads(out)] == ["Anna van den Berg"]
    pdf = tmp_path / "deurlijst.pdf"
    assert run("doorlist", str(event_path), "-o", str(pdf))[0] == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert run("inside", str(event_path), "-o", str(tmp_path / "binnen.pdf"))[0] == 0
    assert main(["purge", str(event_path)]) == 2
    assert "--yes" in capsys.readouterr().err
    assert run("purge", str(event_path), "--yes")[0] == 0
    code, out = run("guests", str(event_path), "--json")
    assert "Anna" not in out and "Guest 1" in out


# --- UTF-8 out and closed pipes, whatever the platform's code page -------------------

NAMES_OUTSIDE_LATIN1 = ("Ayşe Yılmaz", "Łukasz Nowak", "Ğökhan Öz")


def _cli(
    *args: str, env: dict[str, str], cwd: Path, stdout: Any, stderr: Any
) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "checkin.cli", *args], cwd=cwd, env=env, stdout=stdout, stderr=stderr
    )


def _event_with_names(tmp_path: Path) -> Path:
    listing = tmp_path / "gasten.csv"
    listing.write_text(
        "Naam;Organisatie\n" + "".join(f"{n};Stichting Ğ\n" for n in NAMES_OUTSIDE_LATIN1),
        encoding="utf-8",
    )
    event = tmp_path / "e.checkin"
    assert run("new", str(event), "--name", "Sessie", "--capacity", "5")[0] == 0
    assert run("import", str(event), str(listing))[0] == 0
    return event


@pytest.mark.parametrize(
    "locale_env",
    [
        {"PYTHONIOENCODING": "cp1252"},  # a Windows redirect: the ANSI code page
        {"LC_ALL": "C", "PYTHONUTF8": "0"},  # a bare POSIX locale
        {"PYTHONIOENCODING": "ascii", "LC_ALL": "C"},
    ],
    ids=["cp1252", "LC_ALL=C", "ascii"],
)
def test_names_outside_latin1_reach_a_file_intact(
    tmp_path: Path, locale_env: dict[str, str]
) -> None:
    event = _event_with_names(tmp_path)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONIOENCODING", "LC_ALL", "LANG", "PYTHONUTF8")
    }
    env.update(locale_env)
    target = tmp_path / "guests.txt"
    with target.open("wb") as file:
        proc = _cli("guests", str(event), env=env, cwd=ROOT, stdout=file, stderr=subprocess.PIPE)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode("utf-8", "replace")
    text = target.read_bytes().decode("utf-8")  # strict: every byte is UTF-8
    for name in NAMES_OUTSIDE_LATIN1:
        assert name in text
    assert "Stichting Ğ" in text


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path: Path) -> None:
    event = _event_with_names(tmp_path)
    listing = tmp_path / "many.csv"
    # Far more than a pipe's buffer, so the writer meets the closed pipe mid-listing.
    listing.write_text(
        "Naam\n" + "".join(f"Gast Yılmaz {i}\n" for i in range(3000)), encoding="utf-8"
    )
    assert run("import", str(event), str(listing))[0] == 0
    proc = _cli(
        "guests",
        str(event),
        env=dict(os.environ),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()  # what `| head -1` reads before it goes away
    proc.stdout.close()
    with proc.stderr:
        err = proc.stderr.read()
    proc.wait(timeout=60)
    assert b"\t" in first
    assert err == b"", err.decode("utf-8", "replace")
    assert proc.returncode == 141


def test_version_is_the_package_version(capsys: pytest.CaptureFixture[str]) -> None:
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"checkin {version('checkin')}"
