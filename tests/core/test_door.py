"""Every verdict and every transition of the door, against a real event file."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from checkin import door
from checkin.door import Action, Verdict
from checkin.errors import InvalidValue
from checkin.models import GuestInput, Presence
from checkin.store import Store
from tests.conftest import Clock


def _log(store: Store) -> list[tuple[str, str, int]]:
    return [(s.action, s.verdict, s.inside_after) for s in store.scans()]


def test_admitted_then_already_inside_with_since(store: Store, clock: Clock) -> None:
    t1 = clock()
    r = door.scan(store, "1001", door="Hoofdingang", now=t1)
    assert r.verdict is Verdict.ADMITTED
    assert (r.inside, r.capacity) == (1, 3)
    assert r.guest is not None and r.guest.name == "Anna van den Berg"
    assert r.guest.presence is Presence.INSIDE
    again = door.scan(store, "1001", now=clock())
    assert again.verdict is Verdict.ALREADY_INSIDE
    assert again.since == t1
    assert again.inside == 1
    assert store.event().inside == 1


def test_full_when_the_cap_is_reached(store: Store, clock: Clock) -> None:
    for code in ("1001", "1002", "1003"):
        assert door.scan(store, code, now=clock()).verdict is Verdict.ADMITTED
    r = door.scan(store, "1004", now=clock())
    assert r.verdict is Verdict.FULL
    assert r.inside == 3
    assert store.guest(4).presence is Presence.NOT_ARRIVED
    assert store.event().inside == 3


def test_cancelled_unknown_and_wrong_event(store: Store, clock: Clock) -> None:
    assert door.scan(store, "1005", now=clock()).verdict is Verdict.CANCELLED
    assert door.scan(store, "999999", now=clock()).verdict is Verdict.UNKNOWN
    other = "BCDE" + "X" * 24 if store.event().tag != "BCDE" else "CDEF" + "X" * 24
    r = door.scan(store, other.lower(), now=clock())
    assert r.verdict is Verdict.WRONG_EVENT
    assert r.guest is None
    assert store.event().inside == 0


def test_exit_re_entry_and_not_inside(store: Store, clock: Clock) -> None:
    assert door.scan(store, "1002", exit=True, now=clock()).verdict is Verdict.NOT_INSIDE
    t_in = clock()
    door.scan(store, "1002", now=t_in)
    t_out = clock()
    r = door.scan(store, "1002", exit=True, now=t_out)
    assert r.verdict is Verdict.EXITED
    assert r.inside == 0
    g = store.guest(2)
    assert g.presence is Presence.LEFT and g.last_departure == t_out
    assert door.scan(store, "1002", exit=True, now=clock()).verdict is Verdict.NOT_INSIDE
    back = door.scan(store, "1002", now=clock())
    assert back.verdict is Verdict.ADMITTED
    g = store.guest(2)
    assert g.entries == 2 and g.first_arrival == t_in
    assert door.scan(store, "nobody", exit=True, now=clock()).verdict is Verdict.UNKNOWN


def test_every_attempt_is_logged_with_the_headcount_after(store: Store, clock: Clock) -> None:
    door.scan(store, "1001", door="Noord", now=clock())
    door.scan(store, "1001", door="Noord", now=clock())
    door.scan(store, "1005", door="Zuid", now=clock())
    door.scan(store, " xyz \r\n", door="Zuid", now=clock())
    door.scan(store, "1001", door="Zuid", exit=True, now=clock())
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
    r = door.check_in(store, 3, door="Noord", now=clock())
    assert r.verdict is Verdict.ADMITTED and r.action is Action.MANUAL
    assert door.check_in(store, 3, now=clock()).verdict is Verdict.ALREADY_INSIDE
    assert door.check_in(store, 5, now=clock()).verdict is Verdict.CANCELLED
    assert door.check_out(store, 3, now=clock()).verdict is Verdict.EXITED
    assert store.scans()[-1].action == "manual_out"


def test_walk_in_is_added_and_admitted_under_the_cap(store: Store, clock: Clock) -> None:
    r = door.walk_in(store, GuestInput(name="Fatima El Amrani", organisation="Tolhuistuin"),
                     door="Noord", now=clock())
    assert r.verdict is Verdict.ADMITTED
    assert r.guest is not None and r.guest.walk_in and r.guest.code.startswith(store.event().tag)
    door.scan(store, "1001", now=clock())
    door.scan(store, "1002", now=clock())
    before = len(store.guests())
    denied = door.walk_in(store, GuestInput(name="Late Comer"), now=clock())
    assert denied.verdict is Verdict.FULL
    assert len(store.guests()) == before  # a denied walk-in leaves no guest behind
    with pytest.raises(InvalidValue):
        door.walk_in(store, GuestInput(name="  "), now=clock())


def test_undo_of_an_admission_and_of_an_exit(store: Store, clock: Clock) -> None:
    assert door.undo(store, 1, now=clock()).verdict is Verdict.NOTHING_TO_UNDO
    door.scan(store, "1001", now=clock())
    r = door.undo(store, 1, now=clock())
    assert r.verdict is Verdict.UNDONE and r.inside == 0
    g = store.guest(1)
    assert g.presence is Presence.NOT_ARRIVED and g.entries == 0 and g.first_arrival is None
    assert door.undo(store, 1, now=clock()).verdict is Verdict.NOTHING_TO_UNDO

    door.scan(store, "1001", now=clock())
    door.scan(store, "1001", exit=True, now=clock())
    r = door.undo(store, 1, now=clock())
    assert r.verdict is Verdict.UNDONE and r.inside == 1
    g = store.guest(1)
    assert g.presence is Presence.INSIDE and g.last_departure is None
    assert [s.undone for s in store.scans() if s.verdict in ("admitted", "exited")] == [
        True, False, True]


def test_undo_of_an_exit_goes_through_the_cap(store: Store, clock: Clock) -> None:
    door.scan(store, "1001", now=clock())
    door.scan(store, "1001", exit=True, now=clock())
    for code in ("1002", "1003", "1004"):
        door.scan(store, code, now=clock())
    r = door.undo(store, 1, now=clock())
    assert r.verdict is Verdict.FULL
    assert store.guest(1).presence is Presence.LEFT
    assert store.event().inside == 3


def test_counter_counts_toward_the_cap(store: Store, clock: Clock) -> None:
    assert door.counter(store, -1, now=clock()).verdict is Verdict.NOT_INSIDE
    assert door.counter(store, +1, now=clock()).verdict is Verdict.ADMITTED
    assert door.counter(store, +1, now=clock()).verdict is Verdict.ADMITTED
    door.scan(store, "1001", now=clock())
    assert door.counter(store, +1, now=clock()).verdict is Verdict.FULL
    assert door.scan(store, "1002", now=clock()).verdict is Verdict.FULL
    ev = store.event()
    assert (ev.inside, ev.counter) == (3, 2)
    assert door.counter(store, -1, now=clock()).verdict is Verdict.EXITED
    assert store.event().counter == 1
    assert door.scan(store, "1002", now=clock()).verdict is Verdict.ADMITTED
    with pytest.raises(InvalidValue):
        door.counter(store, 2, now=clock())


def test_capacity_lowered_below_the_headcount(store: Store, clock: Clock) -> None:
    for code in ("1001", "1002", "1003"):
        door.scan(store, code, now=clock())
    store.set_capacity(1)
    assert door.scan(store, "1004", now=clock()).verdict is Verdict.FULL
    door.scan(store, "1001", exit=True, now=clock())
    door.scan(store, "1002", exit=True, now=clock())
    assert store.event().inside == 1
    assert door.scan(store, "1004", now=clock()).verdict is Verdict.FULL
    door.scan(store, "1003", exit=True, now=clock())
    assert door.scan(store, "1004", now=clock()).verdict is Verdict.ADMITTED
    with pytest.raises(InvalidValue):
        store.set_capacity(0)


def test_peak_and_when(store: Store, clock: Clock) -> None:
    door.scan(store, "1001", now=clock())
    t_peak = clock()
    door.scan(store, "1002", now=t_peak)
    door.scan(store, "1001", exit=True, now=clock())
    door.scan(store, "1003", now=clock())
    st = door.status(store)
    assert (st.peak, st.peak_at) == (2, t_peak)
    assert (st.inside, st.arrived, st.guests, st.cancelled) == (2, 3, 5, 1)


def test_companions_count_as_a_group(event_path: Path, clock: Clock) -> None:
    path = event_path.with_name("group.checkin")
    with Store.create(path, name="Groep", capacity=4) as s:
        s.add_guest(GuestInput(name="Met Twee", code="G2", companions=2))
        s.add_guest(GuestInput(name="Alleen", code="A1"))
        s.add_guest(GuestInput(name="Ook Twee", code="G3", companions=2))
        assert door.scan(s, "A1", now=clock()).verdict is Verdict.ADMITTED
        r = door.scan(s, "G2", now=clock())
        assert (r.verdict, r.people, r.inside) == (Verdict.ADMITTED, 3, 4)
        full = door.scan(s, "G3", now=clock())
        assert (full.verdict, full.people, full.inside) == (Verdict.FULL, 3, 4)
        out = door.scan(s, "G2", exit=True, now=clock())
        assert (out.verdict, out.people, out.inside) == (Verdict.EXITED, 3, 1)
        part = door.scan(s, "G3", people=2, now=clock())
        assert (part.verdict, part.people, part.inside) == (Verdict.ADMITTED, 2, 3)
        with pytest.raises(InvalidValue):
            door.scan(s, "G2", people=4, now=clock())


def test_scanner_input_is_normalised(store: Store, clock: Clock) -> None:
    g = store.add_guest(GuestInput(name="Generated"))
    assert door.scan(store, f"  {g.code.lower()}\r\n", now=clock()).verdict is Verdict.ADMITTED
    assert door.scan(store, "&ààé\"'", now=clock()).verdict is Verdict.UNKNOWN  # 100234
    store.add_guest(GuestInput(name="Ticket", code="100234"))
    r = door.scan(store, "&ààé\"'", now=clock())
    assert r.verdict is Verdict.ADMITTED and r.guest is not None and r.guest.code == "100234"


def test_headcount_equals_the_log(store: Store, clock: Clock) -> None:
    seq = [("1001", False), ("1002", False), ("1003", False), ("1004", False),
           ("1002", True), ("1004", False), ("1001", True), ("1001", False)]
    for code, out in seq:
        door.scan(store, code, exit=out, now=clock())
    door.counter(store, -1, now=clock())
    with store.read() as conn:
        delta = conn.execute(sa.text(
            "SELECT COALESCE(SUM(CASE WHEN verdict='admitted' THEN people "
            "WHEN verdict='exited' THEN -people ELSE 0 END), 0) FROM scan")).scalar_one()
    assert delta == store.event().inside
    assert store.scans()[-1].inside_after == store.event().inside


def test_the_door_question_must_be_confirmed_before_admission(
    store: Store, clock: Clock
) -> None:
    store.update_event(door_question="Heeft u klachten die op COVID-19 wijzen?")
    ask = door.scan(store, "1001", now=clock())
    assert ask.verdict is Verdict.CONFIRM and ask.inside == 0
    assert store.scans() == []  # asking is not an attempt; nothing changed
    assert door.scan(store, "1005", now=clock()).verdict is Verdict.CANCELLED  # no question
    ok = door.scan(store, "1001", confirmed=True, now=clock())
    assert ok.verdict is Verdict.ADMITTED
    assert store.scans()[-1].confirmed is True
    assert door.walk_in(store, GuestInput(name="Loper"), now=clock()).verdict is Verdict.CONFIRM
    r = door.walk_in(store, GuestInput(name="Loper"), confirmed=True, now=clock())
    assert r.verdict is Verdict.ADMITTED and store.scans()[-1].confirmed
    assert door.scan(store, "1001", exit=True, now=clock()).verdict is Verdict.EXITED


def test_queue_counts_the_turned_away_and_shows_room_again(store: Store, clock: Clock) -> None:
    assert door.queue(store) == door.QueueState(full=False, room=3, turned_away=0)
    for code in ("1001", "1002", "1003"):
        door.scan(store, code, now=clock())
    assert door.queue(store) == door.QueueState(full=True, room=0, turned_away=0)
    door.scan(store, "1004", now=clock())
    door.scan(store, "1004", now=clock())
    door.walk_in(store, GuestInput(name="Loper"), now=clock())
    assert door.queue(store) == door.QueueState(full=True, room=0, turned_away=3)
    door.scan(store, "1001", exit=True, now=clock())
    assert door.queue(store) == door.QueueState(full=False, room=1, turned_away=3)
    door.scan(store, "1004", now=clock())
    door.scan(store, "1001", now=clock())
    assert door.queue(store) == door.QueueState(full=True, room=0, turned_away=1)
