"""Undo takes back this door's own recent scan, once; more is the supervisor's (issue 23 §4,
issue 24 "Repeated undo")."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from checkin import pin
from checkin.cli import main
from checkin.door import Action, DoorService, Verdict
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import T0, Clock


def _room_of_five(store: Store, clock: Clock) -> None:
    DoorService(store, "Noord", clock=lambda: clock.now).set_capacity(5)
    for i in range(6, 21):
        store.add_guest(GuestInput(name=f"Gast {i}", code=f"X{i}"))


def _door(store: Store, clock: Clock, name: str = "Noord") -> DoorService:
    return DoorService(store, name, clock=lambda: clock.now)


@pytest.mark.parametrize("with_pin", [False, True])
def test_repeated_undo_cannot_hide_people_in_a_full_room(
    store: Store, clock: Clock, with_pin: bool
) -> None:
    """The attack: admit, undo, admit the next, undo, ... all within the window."""
    _room_of_five(store, clock)
    if with_pin:
        pin.set_pin(store, "482913")
    door = _door(store, clock)
    codes = ["1001", "1002", "1003", "1004", *[f"X{i}" for i in range(6, 21)]]
    physically_inside = 0
    for code in codes:  # 19 guests in 7.6 minutes: all within one undo window
        clock(0.2)
        if door.scan(code).verdict is Verdict.ADMITTED:
            physically_inside += 1  # the guest walked in; an undo does not walk them out
        clock(0.2)
        door.undo("scanned by mistake")
    status = door.status()
    # Without the PIN only one undo went through: 6 people for a headcount of 5 at most,
    # and the status says an admission was taken back.
    assert physically_inside <= status.inside + 1
    assert physically_inside < 10
    assert status.undos == 1 and status.undone_people == 1
    assert status.undos_refused >= 5
    assert status.as_json()["undo"] == {
        "taken_back": 1,
        "with_pin": 0,
        "refused": status.undos_refused,
        "people": 1,
    }
    refused = [s for s in store.scans() if s.action == "undo" and s.verdict != "undone"]
    expected = "pin_required" if with_pin else "refused"
    assert refused and all(s.verdict == expected and s.flag == "undo_once" for s in refused)


def test_the_window_holds_without_a_pin_and_past_it_a_pin_must_be_set(
    store: Store, clock: Clock
) -> None:
    door = _door(store, clock)
    door.scan("1001")
    clock(16)
    late = door.undo("forgot")
    assert late.verdict is Verdict.REFUSED and late.flag == "undo_window"
    assert store.event().inside == 1
    assert door.undo("forgot", pin="123456").verdict is Verdict.REFUSED  # no PIN to give
    row = store.scans()[-1]
    assert (row.action, row.verdict, row.reason, row.flag) == (
        "undo",
        "refused",
        "forgot",
        "undo_window",
    )
    pin.set_pin(store, "482913")
    assert door.undo("forgot").verdict is Verdict.PIN_REQUIRED
    done = door.undo("forgot", pin="482913")
    assert done.verdict is Verdict.UNDONE and done.override and done.flag == "undo_window"
    assert store.event().inside == 0
    status = door.status()
    assert (status.undos, status.undos_with_pin) == (1, 1)


def test_another_doors_scan_and_a_second_undo_of_a_guest_need_the_pin(
    store: Store, clock: Clock
) -> None:
    north, south = _door(store, clock, "Noord"), _door(store, clock, "Zuid")
    scan = south.scan("1001")
    assert north.undo("not mine", scan=scan.record_id).flag == "undo_other_door"
    assert store.guest(1).presence.value == "inside"
    assert south.undo("wrong badge").verdict is Verdict.UNDONE
    clock(16)  # a new window for the south door
    again = south.scan("1001")
    assert again.verdict is Verdict.ADMITTED
    second = south.undo("wrong badge again")
    assert second.verdict is Verdict.REFUSED and second.flag == "undo_again"
    assert store.guest(1).presence.value == "inside"


def test_undo_names_the_scan_first_and_takes_back_the_one_picked(
    store: Store, clock: Clock
) -> None:
    door = _door(store, clock)
    anna = door.scan("1001")
    clock()
    door.scan("1002")
    clock()
    door.count(+1)
    choices = door.undo_choices()
    assert [c.record_id for c in choices][:3] == [
        anna.record_id + 2,
        anna.record_id + 1,
        anna.record_id,
    ]
    picked = choices[2]
    assert picked.guest is not None and picked.guest.name == "Anna van den Berg"
    assert (picked.at, picked.action, picked.verdict) == (anna.at, Action.SCAN, Verdict.ADMITTED)
    assert picked.needs_pin == "" and picked.allowed
    assert store.event().inside == 3  # naming it changed nothing
    r = door.undo("wrong badge", scan=picked.record_id)
    assert r.verdict is Verdict.UNDONE and r.guest is not None and r.guest.id == 1
    assert store.guest(1).presence.value == "not_arrived"
    assert store.guest(2).presence.value == "inside" and store.event().inside == 2
    after = door.undo_choices()
    assert picked.record_id not in [c.record_id for c in after]
    assert all(c.needs_pin == "undo_once" and not c.allowed for c in after)  # no PIN set
    # The same scan twice: nothing left to take back.
    assert door.undo("again", scan=picked.record_id).verdict is Verdict.NOTHING_TO_UNDO


def _cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = main(list(args), stdout=out, stdin=io.StringIO(""))
    return code, out.getvalue()


def test_the_command_line_lists_then_undoes_by_scan(
    store: Store, event_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ev = str(event_path)
    assert _cli("scan", ev, "1001", "--door", "Noord")[0] == 0
    assert _cli("scan", ev, "1002", "--door", "Noord")[0] == 0
    code, listed = _cli("undo", ev, "--door", "Noord", "--list")
    lines = listed.splitlines()
    assert code == 0 and len(lines) == 2 and "Zoë Yılmaz" in lines[0]
    anna_id = lines[1].split("\t")[0]
    code, out = _cli("undo", ev, "--door", "Noord", "--scan", anna_id, "--reason", "mis-scan")
    err = capsys.readouterr().err
    assert code == 0 and out.startswith("undone\t1/3\tAnna van den Berg")
    assert err.startswith(f"taking back: {anna_id}\t") and "Anna van den Berg" in err
    code, out = _cli("undo", ev, "--door", "Noord", "--reason", "again")
    assert code == 1 and out.startswith("refused")
    assert (
        "undo refused: this door used its undo within the window already" in capsys.readouterr().err
    )
    code, out = _cli("status", ev, "--json")
    assert json.loads(out)["undo"] == {"taken_back": 1, "with_pin": 0, "refused": 1, "people": 1}
    assert "Undo: 1 scans taken back (1 people no longer counted in)" in _cli("status", ev)[1]


def test_undo_times_are_the_doors_clock(store: Store) -> None:
    clock = Clock(T0)
    door = _door(store, clock)
    door.scan("1001")
    clock(15)  # exactly the window: still the door person's
    assert door.undo("just in time").verdict is Verdict.UNDONE


def test_any_scan_is_named_by_its_id_even_an_old_one(store: Store, clock: Clock) -> None:
    door = _door(store, clock)
    first = door.scan("1001")
    for _ in range(10):  # more than the eight recent scans offered
        clock()
        door.count(+1)
        clock()
        door.count(-1)
    assert first.record_id not in [c.record_id for c in door.undo_choices()]
    (named,) = door.undo_choices(first.record_id)
    assert named.guest is not None and named.guest.name == "Anna van den Berg"
    assert named.needs_pin == "undo_window" and not named.allowed
    assert door.undo_choices(99999) == ()


def test_the_offline_syncs_correction_is_no_door_persons_undo(store: Store, clock: Clock) -> None:
    """sending.py takes back an admission an offline door had refused (its uuid "<id>+undo"):
    that uses up nobody's undo and is not counted as one."""
    from checkin.door.rules import Step
    from checkin.door.undo import undo_scan

    door = _door(store, clock)
    wrong = door.scan("1002")
    with store.write() as tx:
        step = Step(
            tx=tx,
            event=tx.locked,
            at=clock.now,
            door="Noord",
            code="1002",
            action=Action.UNDO,
            uuid=f"{wrong.scan_id}+undo",
            reason="the door answered full offline",
        )
        undo_scan(step, tx.scan(wrong.record_id))
    assert door.status().undos == 0
    door.scan("1001")
    assert door.undo("wrong badge").verdict is Verdict.UNDONE  # the door's own is free
