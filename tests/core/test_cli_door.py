"""Every door action on the command line: exit codes, JSON like a scan's, the PIN."""

from __future__ import annotations

import io
import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checkin import pin
from checkin.cli import main
from checkin.store import Store

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str = "") -> tuple[int, str]:
    out = io.StringIO()
    try:
        code = main(list(args), stdout=out, stdin=io.StringIO(stdin))
    except SystemExit as stop:  # argparse's usage errors: one line, status 2
        code = int(stop.code or 0)
    return code, out.getvalue()


def run_json(*args: str) -> tuple[int, dict[str, object]]:
    code, out = run(*args, "--json")
    return code, json.loads(out)


def test_scan_at_a_time_and_with_an_id(store: Store, event_path: Path) -> None:
    ev = str(event_path)
    assert run("scan", ev, "1001", "--at", "2021-06-18T10:00+02:00")[0] == 0
    assert run("scan", ev, "1001", "--exit", "--at", "2021-06-18T10:30+02:00")[0] == 0
    code, data = run_json("scan", ev, "1001", "--at", "2021-06-18T10:15+02:00")
    assert (code, data["verdict"], data["inside"]) == (1, "already_inside", 0)
    uid = "0e0c1b0a-1111-4222-8333-444455556666"
    assert run_json("scan", ev, "1002", "--id", uid)[1]["verdict"] == "admitted"
    code, data = run_json("scan", ev, "1002", "--id", uid)
    assert (code, data["verdict"], data["inside"]) == (0, "admitted", 1)
    assert len(store.scans()) == 4


@pytest.mark.parametrize(
    "at, message",
    [
        ("2021-06-18T10:00", "has no UTC offset"),
        ("2999-01-01T10:00+00:00", "is in the future"),
        ("2021-06-10T10:00+00:00", "more than a day before the event's date"),
        ("yesterday", "is not a time like"),
    ],
)
def test_bad_times_are_one_sentence_and_exit_2(
    store: Store, event_path: Path, capsys: pytest.CaptureFixture[str], at: str, message: str
) -> None:
    code, _ = run("scan", str(event_path), "1001", "--at", at)
    err = capsys.readouterr().err
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1
    assert store.scans() == []


def test_override_needs_a_reason_and_the_pin(
    store: Store,
    event_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ev = str(event_path)
    assert run_json("scan", ev, "1005")[1]["verdict"] == "cancelled"
    code, data = run_json("scan", ev, "1005", "--override", "sponsor")
    assert (code, data["verdict"], data["override"], data["reason"]) == (
        0,
        "admitted",
        True,
        "sponsor",
    )
    assert run("scan", ev, "1004", "--override", " ")[0] == 2
    pin.set_pin(store, "4321")
    monkeypatch.delenv("CHECKIN_PIN", raising=False)
    code, _ = run("scan", ev, "1004", "--override", "x")
    assert code == 2 and "CHECKIN_PIN" in capsys.readouterr().err
    monkeypatch.setenv("CHECKIN_PIN", "0000")
    code, _ = run("scan", ev, "1004", "--override", "x")
    assert code == 2 and "PIN is wrong" in capsys.readouterr().err
    assert pin.lock_state(store).failures == 1 and store.event().inside == 1
    monkeypatch.setenv("CHECKIN_PIN", "4321")
    assert run_json("scan", ev, "1004", "--override", "x")[1]["verdict"] == "admitted"


def test_admit_walk_in_count_undo_capacity_reissue(
    store: Store, event_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ev = str(event_path)
    code, data = run_json("admit", ev, "--guest", "3", "--door", "Noord")
    assert (code, data["verdict"], data["guest"]) == (
        0,
        "admitted",
        {"id": 3, "name": "Jan de Vries", "organisation": ""},
    )
    code, out = run("walk-in", ev, "--name", "Anna Berg", "--door", "Noord")
    assert code == 1 and "Anna van den Berg" in out and "--guest 1" in out
    code, data = run_json("walk-in", ev, "--name", "Anna Berg", "--new", "--door", "Noord")
    assert (code, data["verdict"]) == (0, "admitted")
    code, data = run_json("count", ev, "+1", "--door", "Noord")
    assert (code, data["verdict"], data["inside"]) == (0, "admitted", 3)
    assert run_json("count", ev, "+1", "--door", "Noord")[1]["verdict"] == "full"
    code, data = run_json("undo", ev, "--door", "Noord", "--reason", "counted twice")
    assert (code, data["verdict"], data["inside"], data["reason"]) == (
        0,
        "undone",
        2,
        "counted twice",
    )
    code, data = run_json("count", ev, "-1", "--door", "Noord")
    assert (code, data["verdict"], data["inside"]) == (1, "not_inside", 2)  # undone already
    code, data = run_json("capacity", ev, "10", "--door", "Noord")
    assert (code, data["verdict"], data["capacity"]) == (0, "changed", 10)
    assert store.scans()[-1].door == "Noord"
    assert run("capacity", ev, "0")[0] == 2 and run("capacity", ev, "100001")[0] == 2
    code, data = run_json("reissue", ev, "1002")
    assert code == 0 and data["new_code"] != "1002"
    code, data = run_json("scan", ev, "1002")
    assert (code, data["verdict"], data["guest"]["name"]) == (1, "revoked", "Zoë Yılmaz")  # type: ignore[index]
    capsys.readouterr()
    code, data = run_json("undo", ev, "--door", "Zuid", "--reason", "x")
    assert (code, data["verdict"]) == (1, "nothing_to_undo")
    assert "nothing to undo" in capsys.readouterr().err


def test_status_reports_pending_and_over_the_cap(
    store: Store, event_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from checkin import pin
    from checkin.models import GuestInput

    ev = str(event_path)
    store.add_guest(GuestInput(name="Wacht", code="P1", pending=True))
    assert run_json("scan", ev, "P1")[1]["verdict"] == "pending"
    for badge in ("1001", "1002", "1003"):
        run("scan", ev, badge, "--at", "2021-06-18T19:00+02:00")
    # A time is no way past the cap; a supervisor records it (PIN set and given).
    assert run("scan", ev, "1004", "--at", "2021-06-18T19:05+02:00")[1].startswith("full")
    pin.set_pin(store, "4321")
    monkeypatch.setenv("CHECKIN_PIN", "4321")
    run("scan", ev, "1004", "--at", "2021-06-18T19:05+02:00", "--override", "paper list")
    status, data = run_json("status", ev)
    assert status == 0 and data["pending"] == 1
    assert data["over_cap"] == {"at": "2021-06-18T17:05:00+00:00", "inside": 4, "by": 1}
    assert "Over the cap at 2021-06-18 19:05" in run("status", ev)[1]


def _checkin(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checkin.cli", *args],
        cwd=ROOT,
        env=env,
        text=True,
        capture_output=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


def test_the_pin_from_the_environment_or_missing_in_a_script(
    store: Store, event_path: Path
) -> None:
    pin.set_pin(store, "4321")
    env = {k: v for k, v in os.environ.items() if k != "CHECKIN_PIN"}
    done = _checkin("capacity", str(event_path), "8", env=env)
    assert done.returncode == 2 and "CHECKIN_PIN" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    done = _checkin("capacity", str(event_path), "8", env=env | {"CHECKIN_PIN": "4321"})
    assert done.returncode == 0 and store.event().capacity == 8
    done = _checkin("purge", str(event_path), "--yes", env=env | {"CHECKIN_PIN": "9999"})
    assert done.returncode == 2 and "PIN is wrong" in done.stderr
    assert store.guest(1).name == "Anna van den Berg"


def test_the_pin_is_asked_on_a_terminal_and_not_echoed(store: Store, event_path: Path) -> None:
    pin.set_pin(store, "4321")
    env = {k: v for k, v in os.environ.items() if k != "CHECKIN_PIN"}
    main_fd, tty_fd = pty.openpty()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "checkin.cli", "capacity", str(event_path), "9"],
            cwd=ROOT,
            env=env,
            stdin=tty_fd,
            stdout=subprocess.PIPE,
            stderr=tty_fd,
            start_new_session=True,
        )  # no controlling terminal: getpass uses the pty on stdin
        seen = b""
        deadline = time.monotonic() + 30
        while b"PIN" not in seen and time.monotonic() < deadline:
            if select.select([main_fd], [], [], 1.0)[0]:
                seen += os.read(main_fd, 1024)
        assert b"Supervisor PIN" in seen
        os.write(main_fd, b"4321\n")
        out, _ = proc.communicate(timeout=30)
        assert proc.returncode == 0 and b"changed" in out
        ready, _, _ = select.select([main_fd], [], [], 1.0)
        echoed = os.read(main_fd, 4096) if ready else b""
        assert b"4321" not in seen + echoed  # typed blind
    finally:
        os.close(main_fd)
        os.close(tty_fd)
    assert store.event().capacity == 9


def test_guests_search_finds_the_id_for_admit(store: Store, event_path: Path) -> None:
    ev = str(event_path)
    code, out = run("guests", ev, "--search", "vries")
    assert code == 0 and out.splitlines() == ["3\t1003\tnot_arrived\tJan de Vries\t"]
    code, data = run("guests", ev, "--search", "zoe studio", "--json")
    assert [g["id"] for g in json.loads(data)] == [2]
    assert run("admit", ev, "--guest", "3")[0] == 0


def test_codes_may_follow_the_scan_options(store: Store, event_path: Path) -> None:
    ev = str(event_path)
    code, out = run("scan", ev, "--door", "Noord", "1001", "1002")
    assert code == 0 and out.count("admitted") == 2
    assert {s.door for s in store.scans()} == {"Noord"}
    assert run("scan", ev, "--door", "Noord", "--bogus", "1003")[0] == 2
