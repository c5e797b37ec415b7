"""Every verdict and every transition of the door, against a real event file, through the
door service as the app and the CLI use it."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from checkin import pin
from checkin.door import Action, DoorService, RoomState, Verdict
from checkin.errors import InvalidValue
from checkin.models import GuestInput, Presence
from checkin.store import Store
from tests.conftest import Clock

PIN = "482913"


def _log(store: Store) -> list[tuple[str, str, int]]:
    return [(s.action, s.verdict, s.inside_after) for s in store.scans()]


def _door(store: Store, clock: Clock, name: str = "") -> DoorService:
    """A door that reads the test's clock: each action happens at ``clock.now``."""
    return DoorService(store, name, clock=lambda: clock.now)


def test_admitted_then_already_inside_with_since(store: Store, clock: Clock) -> None:
    d = _door(store, clock, "Hoofdingang")
    t1 = clock()
    r = d.scan("1001")
    assert r.verdict is Verdict.ADMITTED
    assert (r.inside, r.capacity) == (1, 3)
    assert r.guest is not None and r.guest.name == "Anna van den Berg"
    assert r.guest.presence is Presence.INSIDE
    clock()
    again = d.scan("1001")
    assert again.verdict is Verdict.ALREADY_INSIDE
    assert again.since == t1
    assert again.inside == 1
    assert store.event().inside == 1


def test_full_when_the_cap_is_reached(store: Store, clock: Clock) -> None:
    d = DoorService(store, clock=clock)
    for code in ("1001", "1002", "1003"):
        assert d.scan(code).verdict is Verdict.ADMITTED
    r = d.scan("1004")
    assert r.verdict is Verdict.FULL
    assert r.inside == 3
    assert store.guest(4).presence is Presence.NOT_ARRIVED
    assert store.event().inside == 3


def test_cancelled_unknown_and_wrong_event(store: Store, clock: Clock) -> None:
    d = DoorService(store, clock=clock)
    assert d.scan("1005").verdict is Verdict.CANCELLED
    assert d.scan("999999").verdict is Verdict.UNKNOWN
    other = "BCDE" + "X" * 24 if store.event().tag != "BCDE" else "CDEF" + "X" * 24
    r = d.scan(other.lower())
    assert r.verdict is Verdict.WRONG_EVENT
    assert r.guest is None
    assert store.event().inside == 0


def test_exit_re_entry_and_not_inside(store: Store, clock: Clock) -> None:
    d = _door(store, clock)
    clock()
    assert d.scan("1002", exit=True).verdict is Verdict.NOT_INSIDE
    t_in = clock()
    d.scan("1002")
    t_out = clock()
    r = d.scan("1002", exit=True)
    assert r.verdict is Verdict.EXITED
    assert r.inside == 0
    g = store.guest(2)
    assert g.presence is Presence.LEFT and g.last_departure == t_out
    clock()
    assert d.scan("1002", exit=True).verdict is Verdict.NOT_INSIDE
    clock()
    back = d.scan("1002")
    assert back.verdict is Verdict.ADMITTED
    g = store.guest(2)
    assert g.entries == 2 and g.first_arrival == t_in
    assert d.scan("nobody", exit=True).verdict is Verdict.UNKNOWN


def test_every_attempt_is_logged_with_the_headcount_after(store: Store, clock: Clock) -> None:
    noord, zuid = DoorService(store, "Noord", clock=clock), DoorService(store, "Zuid", clock=clock)
    noord.scan("1001")
    noord.scan("1001")
    zuid.scan("1005")
    zuid.scan(" xyz \r\n")
    zuid.scan("1001", exit=True)
    scans = store.scans()
    assert [(s.door, s.raw, s.guest_id, s.action, s.verdict, s.inside_after) for s in scans] == [
        ("Noord", "1001", 1, "scan", "admitted", 1),
        ("Noord", "1001", 1, "scan", "already_inside", 1),
        ("Zuid", "1005", 5, "scan", "cancelled", 1),
        ("Zuid", "xyz", None, "scan", "unknown", 1),
        ("Zuid", "1001", 1, "scan_out", "exited", 0),
    ]
    assert [s.at for s in scans] == sorted(s.at for s in scans)


def test_manual_check_in_and_out_follow_the_same_rules(store: Store, clock: Clock) -> None:
    d = DoorService(store, "Noord", clock=clock)
    r = d.admit(3)
    assert r.verdict is Verdict.ADMITTED and r.action is Action.MANUAL
    assert d.admit(3).verdict is Verdict.ALREADY_INSIDE
    assert d.admit(5).verdict is Verdict.CANCELLED
    assert d.let_out(3).verdict is Verdict.EXITED
    assert store.scans()[-1].action == "manual_out"


def test_walk_in_is_added_and_admitted_under_the_cap(store: Store, clock: Clock) -> None:
    d = DoorService(store, "Noord", clock=clock)
    r = d.walk_in(GuestInput(name="Fatima El Amrani", organisation="Tolhuistuin"))
    assert r.verdict is Verdict.ADMITTED
    assert r.guest is not None and r.guest.walk_in and r.guest.code.startswith(store.event().tag)
    d.scan("1001")
    d.scan("1002")
    before = len(store.guests())
    denied = d.walk_in(GuestInput(name="Late Comer"))
    assert denied.verdict is Verdict.FULL
    assert len(store.guests()) == before  # a denied walk-in leaves no guest behind
    with pytest.raises(InvalidValue):
        d.walk_in(GuestInput(name="  "))


def test_undo_of_an_admission_and_of_an_exit(store: Store, clock: Clock) -> None:
    d = DoorService(store, clock=clock)
    assert d.undo("mis-scan").verdict is Verdict.NOTHING_TO_UNDO
    d.scan("1001")
    r = d.undo("mis-scan")
    assert r.verdict is Verdict.UNDONE and r.inside == 0
    g = store.guest(1)
    assert g.presence is Presence.NOT_ARRIVED and g.entries == 0 and g.first_arrival is None

    pin.set_pin(store, PIN)  # a second undo within the window is the supervisor's
    d.scan("1001")
    d.scan("1001", exit=True)
    r = d.undo("mis-scan", pin=PIN)
    assert r.verdict is Verdict.UNDONE and r.inside == 1
    g = store.guest(1)
    assert g.presence is Presence.INSIDE and g.last_departure is None
    assert [s.undone for s in store.scans() if s.verdict in ("admitted", "exited")] == [
        True,
        False,
        True,
    ]


def test_undo_of_an_exit_goes_through_the_cap(store: Store, clock: Clock) -> None:
    d = DoorService(store, clock=clock)
    d.scan("1001")
    out = d.scan("1001", exit=True)
    for code in ("1002", "1003", "1004"):
        d.scan(code)
    r = d.undo("Anna did not leave", scan=out.record_id)
    assert r.verdict is Verdict.FULL
    assert store.guest(1).presence is Presence.LEFT
    assert store.event().inside == 3


def test_counter_counts_toward_the_cap(store: Store, clock: Clock) -> None:
    d = DoorService(store, clock=clock)
    assert d.count(-1).verdict is Verdict.NOT_INSIDE
    assert d.count(+1).verdict is Verdict.ADMITTED
    assert d.count(+1).verdict is Verdict.ADMITTED
    d.scan("1001")
    assert d.count(+1).verdict is Verdict.FULL
    assert d.scan("1002").verdict is Verdict.FULL
    ev = store.event()
    assert (ev.inside, ev.counter) == (3, 2)
    assert d.count(-1).verdict is Verdict.EXITED
    assert store.event().counter == 1
    assert d.scan("1002").verdict is Verdict.ADMITTED
    with pytest.raises(InvalidValue):
        d.count(2)


def test_capacity_lowered_below_the_headcount(store: Store, clock: Clock) -> None:
    d = DoorService(store, clock=clock)
    for code in ("1001", "1002", "1003"):
        d.scan(code)
    assert d.set_capacity(1).verdict is not Verdict.NOT_CONNECTED
    assert store.event().capacity == 1
    assert d.scan("1004").verdict is Verdict.FULL
    d.scan("1001", exit=True)
    d.scan("1002", exit=True)
    assert store.event().inside == 1
    assert d.scan("1004").verdict is Verdict.FULL
    d.scan("1003", exit=True)
    assert d.scan("1004").verdict is Verdict.ADMITTED
    with pytest.raises(InvalidValue):
        d.set_capacity(0)


def test_peak_and_when(store: Store, clock: Clock) -> None:
    d = _door(store, clock)
    clock()
    d.scan("1001")
    t_peak = clock()
    d.scan("1002")
    clock()
    d.scan("1001", exit=True)
    clock()
    d.scan("1003")
    st = d.status()
    assert (st.peak, st.peak_at) == (2, t_peak)
    assert (st.inside, st.arrived, st.guests, st.cancelled) == (2, 3, 5, 1)


def test_companions_count_as_a_group(event_path: Path, clock: Clock) -> None:
    path = event_path.with_name("group.checkin")
    with Store.create(path, name="Groep", capacity=4) as s:
        s.add_guest(GuestInput(name="Met Twee", code="G2", companions=2))
        s.add_guest(GuestInput(name="Alleen", code="A1"))
        s.add_guest(GuestInput(name="Ook Twee", code="G3", companions=2))
        d = DoorService(s, clock=clock)  # not asked how many came along: the CLI's way
        assert d.scan("A1", ask_companions=False).verdict is Verdict.ADMITTED
        r = d.scan("G2", ask_companions=False)
        assert (r.verdict, r.people, r.inside) == (Verdict.ADMITTED, 3, 4)
        full = d.scan("G3", ask_companions=False)
        assert (full.verdict, full.people, full.inside) == (Verdict.FULL, 3, 4)
        out = d.scan("G2", exit=True)
        assert (out.verdict, out.people, out.inside) == (Verdict.EXITED, 3, 1)
        part = d.scan("G3", people=2)
        assert (part.verdict, part.people, part.inside) == (Verdict.ADMITTED, 2, 3)
        with pytest.raises(InvalidValue):
            d.scan("G2", people=4)


def test_scanner_input_is_normalised(store: Store, clock: Clock) -> None:
    d = DoorService(store, clock=clock)
    g = store.add_guest(GuestInput(name="Generated"))
    assert d.scan(f"  {g.code.lower()}\r\n").verdict is Verdict.ADMITTED
    assert d.scan("&ààé\"'").verdict is Verdict.UNKNOWN  # 100234
    store.add_guest(GuestInput(name="Ticket", code="100234"))
    r = d.scan("&ààé\"'")
    assert r.verdict is Verdict.ADMITTED and r.guest is not None and r.guest.code == "100234"


def test_headcount_equals_the_log(store: Store, clock: Clock) -> None:
    d = DoorService(store, clock=clock)
    seq = [
        ("1001", False),
        ("1002", False),
        ("1003", False),
        ("1004", False),
        ("1002", True),
        ("1004", False),
        ("1001", True),
        ("1001", False),
    ]
    for code, out in seq:
        d.scan(code, exit=out)
    d.count(-1)
    with store.read() as conn:
        delta = conn.execute(
            sa.text(
                "SELECT COALESCE(SUM(CASE WHEN verdict='admitted' THEN people "
                "WHEN verdict='exited' THEN -people ELSE 0 END), 0) FROM scan"
            )
        ).scalar_one()
    assert delta == store.event().inside
    assert store.scans()[-1].inside_after == store.event().inside


def test_the_door_question_must_be_confirmed_before_admission(store: Store, clock: Clock) -> None:
    store.update_event(door_question="Heeft u klachten die op COVID-19 wijzen?")
    d = DoorService(store, clock=clock)
    ask = d.scan("1001")
    assert ask.verdict is Verdict.CONFIRM and ask.inside == 0
    assert store.scans() == []  # asking is not an attempt; nothing changed
    assert d.scan("1005").verdict is Verdict.CANCELLED  # no question
    ok = d.scan("1001", confirmed=True)
    assert ok.verdict is Verdict.ADMITTED
    assert store.scans()[-1].confirmed is True
    assert d.walk_in(GuestInput(name="Loper")).verdict is Verdict.CONFIRM
    r = d.walk_in(GuestInput(name="Loper"), confirmed=True)
    assert r.verdict is Verdict.ADMITTED and store.scans()[-1].confirmed
    assert d.scan("1001", exit=True).verdict is Verdict.EXITED


def test_room_counts_the_turned_away_and_shows_room_again(store: Store, clock: Clock) -> None:
    d = DoorService(store, clock=clock)

    def room(inside: int, full: bool, room_for: int, turned_away: int) -> RoomState:
        return RoomState(
            inside=inside, capacity=3, full=full, room_for=room_for, turned_away=turned_away
        )

    assert d.room() == room(0, False, 3, 0)
    for code in ("1001", "1002", "1003"):
        d.scan(code)
    assert d.room() == room(3, True, 0, 0)
    d.scan("1004")
    d.scan("1004")
    d.walk_in(GuestInput(name="Loper"))
    assert d.room() == room(3, True, 0, 3)
    d.scan("1001", exit=True)
    assert d.room() == room(2, False, 1, 3)
    d.scan("1004")
    d.scan("1001")
    assert d.room() == room(3, True, 0, 1)
