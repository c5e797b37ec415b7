"""A time is no way past the cap (issue 24, "The cap's edges"; DESIGN "One way past the cap").

An attacker scanned `checkin scan EVENT CODE --at <now>` into a full room: 6
inside at cap 3 on SQLite, 8 at cap 3 on PostgreSQL with a PIN set. Each test
here does what the attacker did and counts who is inside.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from checkin import pin
from checkin.cli import main
from checkin.door import DoorService, Verdict, over_cap
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import T0

ROOT = Path(__file__).resolve().parents[2]
NOW = T0.replace(hour=19)


def _run(*args: str) -> tuple[int, list[dict[str, object]]]:
    out = io.StringIO()
    code = main([*args, "--json"], stdout=out, stdin=io.StringIO(""))
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


def _event(location: str, guests: int = 8) -> None:
    with Store.create(location, name="Aanval", capacity=3, event_date=T0.date(), now=T0) as s:
        for i in range(1, guests + 1):
            s.add_guest(GuestInput(name=f"Gast {i}", code=f"C{i}"))


def _attack(location: str) -> list[str]:
    """Fill the room, then scan five more badges each with the time of now."""
    verdicts = []
    for i in range(1, 9):
        now = datetime.now(UTC).isoformat()
        _code, answers = _run("scan", location, f"C{i}", "--at", now)
        verdicts.append(str(answers[0]["verdict"]))
    return verdicts


@pytest.mark.parametrize("with_pin", [False, True])
def test_scans_at_now_do_not_pass_the_cap_on_sqlite(
    tmp_path: Path, with_pin: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = str(tmp_path / "aanval.checkin")
    _event(location)
    if with_pin:
        with Store.open(location) as s:
            pin.set_pin(s, "482913")
        monkeypatch.setenv("CHECKIN_PIN", "482913")  # even a PIN at hand changes nothing
    assert _attack(location) == ["admitted"] * 3 + ["full"] * 5
    with Store.open(location) as s:
        assert s.event().inside == 3
        assert over_cap(s) is None
        assert sum(g.presence.value == "inside" for g in s.guests()) == 3


@pytest.mark.parametrize("with_pin", [False, True])
def test_scans_at_now_do_not_pass_the_cap_on_postgresql(
    pg_url: str, monkeypatch: pytest.MonkeyPatch, with_pin: bool
) -> None:
    _event(pg_url)
    assert _attack(pg_url) == ["admitted"] * 3 + ["full"] * 5
    with Store.open(pg_url) as s:
        assert s.event().inside == 3 and over_cap(s) is None
    when = datetime.now(UTC).isoformat()
    if not with_pin:  # nobody may record it over the cap: a PIN must be set for that
        code, answers = _run("scan", pg_url, "C4", "--at", when, "--override", "paper list")
        assert code == 1 and answers[0]["verdict"] == "full"
        assert answers[0]["flag"] == "over_cap_needs_pin"
        return
    with Store.open(pg_url) as s:
        pin.set_pin(s, "482913")
    assert _attack(pg_url) == ["already_inside"] * 3 + ["full"] * 5
    # The supervisor may record one afterwards, and the status then says so.
    monkeypatch.setenv("CHECKIN_PIN", "482913")
    code, answers = _run("scan", pg_url, "C4", "--at", when, "--override", "paper list")
    assert code == 0 and answers[0]["verdict"] == "admitted" and answers[0]["flag"] == "over_cap"
    code, status = _run("status", pg_url)
    assert status[0]["inside"] == 4 and status[0]["over_cap"]["by"] == 1  # type: ignore[index]


def test_a_paper_tick_is_judged_by_the_cap_of_its_own_time(store: Store) -> None:
    svc = DoorService(store, "Noord", clock=lambda: NOW)
    for code in ("1001", "1002", "1003"):
        assert svc.scan(code, at=T0.replace(hour=17)).verdict is Verdict.ADMITTED
    for code in ("1001", "1002"):
        assert svc.scan(code, exit=True, at=T0.replace(hour=18)).verdict is Verdict.EXITED
    assert store.event().inside == 1  # room for two now
    # At 17:30 three were inside a room of three: a fourth did not fit then.
    at_half_past = svc.admit(4, at=T0.replace(hour=17, minute=30))
    assert at_half_past.verdict is Verdict.FULL and at_half_past.at == T0.replace(
        hour=17, minute=30
    )
    assert store.event().inside == 1 and over_cap(store) is None
    # At 18:30 there was room.
    assert svc.admit(4, at=T0.replace(hour=18, minute=30)).verdict is Verdict.ADMITTED
    assert store.event().inside == 2 and over_cap(store) is None


def test_a_late_entry_before_a_recorded_exit_must_fit_the_whole_time_between(store: Store) -> None:
    svc = DoorService(store, "Noord", clock=lambda: NOW)
    for code in ("1001", "1002"):
        svc.scan(code, at=T0.replace(hour=17))
    svc.scan("1003", at=T0.replace(hour=17, minute=45))
    svc.scan("1003", exit=True, at=T0.replace(hour=18))
    # 1004 scanned out at 18:15 without being scanned in: "not inside".
    assert (
        svc.scan("1004", exit=True, at=T0.replace(hour=18, minute=15)).verdict is Verdict.NOT_INSIDE
    )
    # An entry for 1004 at 17:30 would make it inside 17:30-18:15: four at 17:45.
    assert svc.scan("1004", at=T0.replace(hour=17, minute=30)).verdict is Verdict.FULL
    assert [s.verdict for s in store.scans()][-2] == "not_inside"  # nothing re-judged
    # At 18:05 there is room until it left at 18:15: the exit now counts.
    assert svc.scan("1004", at=T0.replace(hour=18, minute=5)).verdict is Verdict.ADMITTED
    assert store.guest(4).presence.value == "left" and store.event().inside == 2


def test_only_a_supervisor_with_a_pin_records_an_entry_over_the_cap(store: Store) -> None:
    svc = DoorService(store, "Noord", clock=lambda: NOW)
    for code in ("1001", "1002", "1003"):
        svc.scan(code)
    ten_past = NOW - timedelta(minutes=10)
    # No PIN set: an override of the time cannot pass the cap either; the log says why.
    refused = svc.override("1004", "on the paper list", at=ten_past)
    assert refused.verdict is Verdict.FULL and refused.flag == "over_cap_needs_pin"
    assert store.event().inside == 3
    pin.set_pin(store, "482913")
    assert svc.override("1004", "on the paper list", at=ten_past).verdict is Verdict.PIN_REQUIRED
    recorded = svc.override("1004", "on the paper list", "482913", at=ten_past)
    assert recorded.verdict is Verdict.ADMITTED and recorded.override
    assert recorded.flag == "over_cap" and store.event().inside == 4
    status = svc.status()
    assert status.over_cap is not None and status.over_cap.by == 1
    row = store.scans()[-1]
    assert (row.override, row.reason, row.flag) == (True, "on the paper list", "over_cap")
    # Live, the cap still holds for everyone else, the supervisor included.
    assert svc.override(5, "let in", "482913").verdict is Verdict.FULL


def test_a_re_sent_scan_at_its_time_is_still_answered_once(store: Store) -> None:
    svc = DoorService(store, "Noord", clock=lambda: NOW)
    for code in ("1001", "1002", "1003"):
        svc.scan(code)
    sid = "5d1f0000-0000-4000-8000-00000000000a"
    first = svc.scan("1004", at=NOW - timedelta(minutes=1), scan_id=sid)
    again = svc.scan("1004", at=NOW - timedelta(minutes=1), scan_id=sid)
    assert first.verdict is again.verdict is Verdict.FULL
    assert again.record_id == first.record_id and store.event().inside == 3


def test_the_command_line_attack_in_a_real_process(tmp_path: Path) -> None:
    """`checkin scan EVENT CODE --at NOW` as the attacker typed it, one process a scan."""
    location = str(tmp_path / "proces.checkin")
    _event(location, guests=5)
    verdicts = []
    for i in range(1, 6):
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "checkin.cli",
                "scan",
                location,
                f"C{i}",
                "--at",
                datetime.now(UTC).isoformat(),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            stdin=subprocess.DEVNULL,
        )
        verdicts.append(done.stdout.split("\t")[0])
    assert verdicts == ["admitted"] * 3 + ["full"] * 2
    with Store.open(location) as s:
        assert s.event().inside == 3
