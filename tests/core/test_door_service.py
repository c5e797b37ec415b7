"""The door service: every new verdict and action, against a real event file."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from checkin import pin
from checkin.door import CAPACITY_MAX, Action, DoorService, Verdict
from checkin.errors import GuestNotFound, InvalidValue, WrongPin
from checkin.models import GuestInput, GuestStatus, Presence
from checkin.store import Store
from tests.conftest import Clock


def _svc(store: Store, clock: Clock, door: str = "Hoofdingang") -> DoorService:
    return DoorService(store, door, clock=lambda: clock.now)


def test_a_plain_scan_decides_in_one_go_and_logs_a_uuid(store: Store, clock: Clock) -> None:
    r = _svc(store, clock).scan("1001")
    assert r.verdict is Verdict.ADMITTED and r.question is None
    assert len(r.scan_id) == 36 and store.scans()[-1].uuid == r.scan_id
    assert store.scans()[-1].door == "Hoofdingang"


def test_companions_are_asked_by_the_service_and_answered_without_a_new_lookup(
    event_path: Path, clock: Clock
) -> None:
    with Store.create(event_path, name="Groep", capacity=10) as s:
        g = s.add_guest(GuestInput(name="Met Twee", code="G2", companions=2))
        svc = _svc(s, clock)
        ask = svc.scan("G2")
        assert ask.verdict is Verdict.CONFIRM and s.scans() == []
        assert ask.question is not None
        assert (ask.question.kind, ask.question.max_people, ask.question.text) == (
            "companions",
            3,
            "",
        )
        # The guest is removed from the code index: the answer uses the question, not the code.
        s.update_guest(g.id, GuestInput(name="Met Twee", code="NEW", companions=2))
        r = svc.answer(ask.question, people=2)
        assert (r.verdict, r.people, r.inside) == (Verdict.ADMITTED, 2, 2)
        assert s.scans()[-1].uuid == ask.question.token
        # The same answer twice (a double click) is stored once.
        assert svc.answer(ask.question, people=2).record_id == r.record_id
        assert len(s.scans()) == 1
        # Nobody is asked who will be turned away anyway.
        assert svc.scan("NEW").verdict is Verdict.ALREADY_INSIDE


def test_the_door_question_comes_with_the_companions_and_can_be_declined(
    event_path: Path, clock: Clock
) -> None:
    with Store.create(event_path, name="Groep", capacity=10) as s:
        s.update_event(door_question="Klachten?")
        s.add_guest(GuestInput(name="Met Een", code="G1", companions=1))
        s.add_guest(GuestInput(name="Alleen", code="A1"))
        svc = _svc(s, clock)
        ask = svc.scan("G1")
        assert ask.question is not None and ask.question.kind == "companions"
        assert ask.question.text == "Klachten?"
        declined = svc.answer(ask.question, people=1, confirmed=False)
        assert declined.verdict is Verdict.CONFIRM and s.scans() == []
        alone = svc.scan("A1")
        assert alone.question is not None and alone.question.kind == "question"
        ok = svc.answer(alone.question)
        assert ok.verdict is Verdict.ADMITTED and s.scans()[-1].confirmed


def test_a_full_room_is_said_at_once_without_a_question(store: Store, clock: Clock) -> None:
    store.update_event(door_question="Klachten?")
    svc = _svc(store, clock)
    for code in ("1001", "1002", "1003"):
        ask = svc.scan(code)
        assert ask.question is not None
        svc.answer(ask.question)
    r = svc.scan("1004")
    assert r.verdict is Verdict.FULL and r.question is None


def test_pending_guest_is_turned_away_and_counted_as_pending(store: Store, clock: Clock) -> None:
    g = store.add_guest(GuestInput(name="Wacht Lijst", code="P1", pending=True))
    assert g.status is GuestStatus.PENDING
    svc = _svc(store, clock)
    r = svc.scan("P1")
    assert r.verdict is Verdict.PENDING and r.inside == 0
    assert store.guest(g.id).presence is Presence.NOT_ARRIVED
    assert store.scans()[-1].verdict == "pending"
    assert svc.status().pending == 1


def test_override_admits_cancelled_pending_and_revoked_within_the_cap(
    store: Store, clock: Clock
) -> None:
    svc = _svc(store, clock)
    pending = store.add_guest(GuestInput(name="Wacht Lijst", code="P1", pending=True))
    r = svc.override("1005", reason="sponsor, paid at the desk")
    assert (r.verdict, r.override, r.reason) == (
        Verdict.ADMITTED,
        True,
        "sponsor, paid at the desk",
    )
    assert r.as_json()["override"] is True
    last = store.scans()[-1]
    assert (last.override, last.reason, last.verdict) == (
        True,
        "sponsor, paid at the desk",
        "admitted",
    )
    assert svc.override(pending.id, reason="betaalt contant").verdict is Verdict.ADMITTED
    old = store.guest(1).code
    svc.reissue(old)
    assert svc.scan(old).verdict is Verdict.REVOKED
    r = svc.override(old, reason="new badge left at home")
    assert r.verdict is Verdict.ADMITTED and r.guest is not None and r.guest.id == 1
    assert store.event().inside == 3
    full = svc.override("1002", reason="VIP")
    assert full.verdict is Verdict.FULL  # never past the cap
    assert store.event().inside == 3
    with pytest.raises(InvalidValue):
        svc.override("1002", reason="  ")


def test_override_of_an_unknown_code_adds_a_walk_in(store: Store, clock: Clock) -> None:
    svc = _svc(store, clock)
    assert svc.scan("PAPER-7").verdict is Verdict.UNKNOWN
    r = svc.override("PAPER-7", reason="ticket on phone, shop offline")
    assert r.verdict is Verdict.ADMITTED and r.guest is not None
    assert r.guest.walk_in and r.guest.name_missing and r.guest.code != "PAPER-7"
    # The unknown code never becomes a badge (tests/core/test_override_unknown.py).
    assert svc.scan("PAPER-7").verdict is Verdict.UNKNOWN


def test_pin_actions_say_not_connected_when_the_store_is_gone(store: Store, clock: Clock) -> None:
    pin.set_pin(store, "4321")
    svc = _svc(store, clock)
    store.engine.dispose()
    Path(store.location).unlink()
    Path(store.location).mkdir()
    assert svc.set_capacity(9, pin="4321").verdict is Verdict.NOT_CONNECTED
    assert svc.override("1005", reason="x", pin="4321").verdict is Verdict.NOT_CONNECTED


def test_override_needs_the_pin_when_one_is_set(store: Store, clock: Clock) -> None:
    pin.set_pin(store, "4321")
    svc = _svc(store, clock)
    assert svc.override("1005", reason="x").verdict is Verdict.PIN_REQUIRED
    with pytest.raises(WrongPin):
        svc.override("1005", reason="x", pin="0000")
    assert store.event().inside == 0 and store.scans() == []
    assert svc.override("1005", reason="x", pin="4321").verdict is Verdict.ADMITTED


def test_reissue_keeps_the_old_code_as_revoked(store: Store, clock: Clock) -> None:
    svc = _svc(store, clock)
    clock(5)
    r = svc.reissue("1002")
    assert r.verdict is Verdict.CHANGED and r.action is Action.REISSUE
    assert r.guest is not None and r.guest.code != "1002"
    assert r.as_json()["new_code"] == r.guest.code
    old = svc.scan("1002")
    assert old.verdict is Verdict.REVOKED and old.guest is not None
    assert old.guest.name == "Zoë Yılmaz" and old.replaced_on == clock.now
    assert store.event().inside == 0
    assert svc.scan(r.guest.code).verdict is Verdict.ADMITTED
    assert svc.scan("1002", exit=True).verdict is Verdict.EXITED  # the old badge lets out
    with pytest.raises(InvalidValue):
        svc.reissue("1002")  # already replaced
    with pytest.raises(GuestNotFound):
        svc.reissue("nobody")


def test_replace_code_for_a_re_import(store: Store, clock: Clock) -> None:
    with store.write() as tx:
        tx.replace_code(3, "T-3003", clock())
    assert _svc(store, clock).scan("1003").verdict is Verdict.REVOKED
    with store.write() as tx, pytest.raises(InvalidValue):
        tx.replace_code(4, "1001", clock())


def test_undo_takes_back_this_doors_last_scan_with_a_reason(store: Store, clock: Clock) -> None:
    north, south = _svc(store, clock, "Noord"), _svc(store, clock, "Zuid")
    assert north.undo(reason="mis-scan").verdict is Verdict.NOTHING_TO_UNDO
    north.scan("1001")
    south.scan("1002")
    r = north.undo(reason="scanned the wrong badge")
    assert r.verdict is Verdict.UNDONE and r.inside == 1  # the place is free again
    assert store.guest(1).presence is Presence.NOT_ARRIVED
    assert store.guest(2).presence is Presence.INSIDE
    assert store.scans()[-1].reason == "scanned the wrong badge"
    assert north.undo(reason="again").verdict is Verdict.NOTHING_TO_UNDO
    with pytest.raises(InvalidValue):
        north.undo(reason="")


def test_undo_after_the_window_needs_the_pin(store: Store, clock: Clock) -> None:
    pin.set_pin(store, "4321")
    store.update_event(undo_minutes=15)
    svc = _svc(store, clock)
    svc.scan("1001")
    clock(16)
    assert svc.undo(reason="late").verdict is Verdict.PIN_REQUIRED
    assert store.event().inside == 1
    assert svc.undo(reason="late", pin="4321").verdict is Verdict.UNDONE
    svc.scan("1002")
    clock(14)
    assert svc.undo(reason="in time").verdict is Verdict.UNDONE


def test_undo_of_a_repeat_takes_the_echo_along(store: Store, clock: Clock) -> None:
    svc = _svc(store, clock)
    svc.scan("1001")
    clock()
    svc.scan("1001")  # already inside: the same person twice
    assert svc.undo(reason="wrong guest").verdict is Verdict.UNDONE
    assert store.guest(1).presence is Presence.NOT_ARRIVED
    assert store.event().inside == 0


def test_counter_and_its_undo(store: Store, clock: Clock) -> None:
    svc = _svc(store, clock)
    assert svc.count(+1).verdict is Verdict.ADMITTED
    assert svc.count(+1).inside == 2
    assert svc.undo(reason="counted twice").inside == 1
    assert store.event().counter == 1
    with pytest.raises(InvalidValue):
        svc.count(2)


def test_capacity_is_a_logged_door_action_in_one_range(store: Store, clock: Clock) -> None:
    svc = _svc(store, clock, "Zaal")
    r = svc.set_capacity(50)
    assert (r.verdict, r.capacity) == (Verdict.CHANGED, 50)
    row = store.scans()[-1]
    assert (row.action, row.door, row.raw, row.people) == ("capacity", "Zaal", "3", 50)
    for bad in (0, CAPACITY_MAX + 1):
        with pytest.raises(InvalidValue):
            svc.set_capacity(bad)
    with pytest.raises(InvalidValue):
        store.update_event(capacity=CAPACITY_MAX + 1)
    pin.set_pin(store, "4321")
    assert svc.set_capacity(60).verdict is Verdict.PIN_REQUIRED
    assert svc.set_capacity(60, pin="4321").capacity == 60


def test_settings_are_saved_together_or_not_at_all(store: Store, clock: Clock) -> None:
    ev = store.update_event(
        name="Nieuw",
        capacity=40,
        door_question="Q?",
        retention_days=7,
        language="nl",
        undo_minutes=5,
        door="Instellingen",
    )
    assert (
        ev.name,
        ev.capacity,
        ev.door_question,
        ev.retention_days,
        ev.language,
        ev.undo_minutes,
    ) == ("Nieuw", 40, "Q?", 7, "nl", 5)
    assert store.scans()[-1].door == "Instellingen"
    with pytest.raises(InvalidValue):
        store.update_event(name="Anders", capacity=0)
    assert store.event().name == "Nieuw"  # nothing half-saved
    with pytest.raises(InvalidValue):
        store.update_event(name="Anders", undo_minutes=-1)
    assert store.event().name == "Nieuw"


def test_walk_in_matching_an_invited_guest(store: Store, clock: Clock) -> None:
    svc = _svc(store, clock)
    r = svc.walk_in(GuestInput(name="anna BERG"))
    assert r.verdict is Verdict.MATCH and r.match is not None and r.match.id == 1
    assert r.guest is not None and r.guest.id == 1 and store.scans() == []
    by_email = svc.walk_in(GuestInput(name="Someone Else", email="ZOE@example.nl"))
    assert by_email.match is not None and by_email.match.id == 2
    accents = svc.walk_in(GuestInput(name="Soren Ostergaard"))
    assert accents.match is not None and accents.match.id == 4
    assert svc.walk_in(GuestInput(name="Jan Vries")).match is not None
    new = svc.walk_in(GuestInput(name="Jan de Vries"), new=True)
    assert new.verdict is Verdict.ADMITTED and new.guest is not None and new.guest.walk_in
    assert svc.walk_in(GuestInput(name="Fatima El Amrani")).verdict is Verdict.ADMITTED


def test_room_state_and_link(store: Store, clock: Clock) -> None:
    svc = _svc(store, clock)
    for code in ("1001", "1002", "1003", "1004"):
        svc.scan(code)
    room = svc.room()
    assert (room.full, room.room_for, room.turned_away, room.inside) == (True, 0, 1, 3)
    svc.scan("1001", exit=True)
    assert svc.room().room_for == 1 and svc.room().turned_away == 1
    link = svc.link()
    assert link.online and link.share is None and link.waiting == 0
    assert link.last_contact == clock.now


def test_a_store_that_does_not_answer_is_not_connected(
    store: Store, clock: Clock, tmp_path: Path
) -> None:
    svc = _svc(store, clock)
    svc.scan("1001")
    store.engine.dispose()
    Path(store.location).unlink()
    Path(store.location).mkdir()  # the file is gone and a folder stands in its place
    r = svc.scan("1002")
    assert r.verdict is Verdict.NOT_CONNECTED and r.scan_id == ""
    assert (r.inside, r.capacity) == (1, 3)  # the last known figures
    assert svc.link().online is False


def test_timed_scan_bad_input(store: Store, clock: Clock) -> None:
    svc = _svc(store, clock)
    naive = clock.now.replace(tzinfo=None)
    for at in (naive, clock.now + timedelta(hours=1), clock.now - timedelta(days=3)):
        with pytest.raises(InvalidValue):
            svc.scan("1001", at=at)
    assert store.scans() == []


def test_a_walk_in_and_an_override_wait_for_their_questions(event_path: Path, clock: Clock) -> None:
    with Store.create(event_path, name="Groep", capacity=10) as s:
        s.update_event(door_question="Klachten?")
        s.add_guest(GuestInput(name="Af Gemeld", code="C2", companions=2, cancelled=True))
        svc = _svc(s, clock)
        ask = svc.walk_in(GuestInput(name="Loper"), new=True)
        assert ask.verdict is Verdict.CONFIRM and ask.question is not None
        assert ask.question.walk_in is not None and s.guests()[-1].name == "Af Gemeld"
        r = svc.answer(ask.question)
        assert r.verdict is Verdict.ADMITTED and r.guest is not None and r.guest.walk_in
        ask = svc.override("C2", reason="sponsor")
        assert ask.question is not None and ask.question.kind == "companions"
        assert ask.question.override == "sponsor" and s.scans()[-1].guest_id == r.guest.id
        r = svc.answer(ask.question, people=2)
        assert (r.verdict, r.people, r.override, r.reason) == (Verdict.ADMITTED, 2, True, "sponsor")
        assert s.scans()[-1].override and s.event().inside == 3


def test_a_pending_guest_confirmed_after_all_is_let_in(store: Store, clock: Clock) -> None:
    unpaid = GuestInput(name="Betaalt Later", code="P2", pending=True)
    g = store.add_guest(unpaid)
    svc = _svc(store, clock)
    assert svc.scan("P2").verdict is Verdict.PENDING
    paid = store.update_guest(g.id, replace(unpaid, pending=False))  # the guest dialog's call
    assert paid.status is GuestStatus.NOT_ARRIVED
    assert svc.scan("P2").verdict is Verdict.ADMITTED


def test_manual_admit_and_let_out_follow_the_same_rules(store: Store, clock: Clock) -> None:
    svc = _svc(store, clock)
    r = svc.admit(3)
    assert (r.verdict, r.action) == (Verdict.ADMITTED, Action.MANUAL)
    assert svc.admit(5).verdict is Verdict.CANCELLED
    out = svc.let_out(3)
    assert (out.verdict, out.action, out.inside) == (Verdict.EXITED, Action.MANUAL_OUT, 0)
    assert svc.let_out(3).verdict is Verdict.NOT_INSIDE
    with pytest.raises(GuestNotFound):
        svc.admit(99)
