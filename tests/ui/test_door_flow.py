"""The door flow without a window: a real event file, the real door service, the real worker.

The store fixture: capacity 3, guests 1001..1005 (Anna van den Berg, Zoë Yılmaz,
Jan de Vries, Søren Østergaard, and Piet Klaassen who cancelled).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from checkin.door import DoorService, ScanResult, Verdict
from checkin.errors import CheckinError, InvalidValue, WrongPin
from checkin.models import GuestInput, Presence
from checkin.pin import set_pin
from checkin.store import Store
from ui.door.flow import DoorFlow, PinRequest
from ui.worker import StoreWorker

QUESTION = "Heeft u klachten als hoesten, koorts of benauwdheid?"


class Seen:
    """Everything the flow said, in order."""

    def __init__(self, flow: DoorFlow) -> None:
        self.shown: list[ScanResult] = []
        self.asked: list[ScanResult] = []
        self.declined: list[ScanResult] = []
        self.problems: list[CheckinError] = []
        self.checking: list[str] = []
        self.pins: list[PinRequest] = []
        self.waiting: list[int] = []
        flow.shown.connect(self.shown.append)
        flow.asked.connect(self.asked.append)
        flow.declined.connect(self.declined.append)
        flow.problem.connect(self.problems.append)
        flow.checking.connect(self.checking.append)
        flow.pin_wanted.connect(self.pins.append)
        flow.waiting_changed.connect(self.waiting.append)

    @property
    def verdicts(self) -> list[tuple[str, str]]:
        return [(r.verdict.value, r.guest.name if r.guest else "") for r in self.shown]


@pytest.fixture
def flow(qtbot: QtBot, store: Store) -> DoorFlow:
    return DoorFlow(DoorService(store, door="Main"), StoreWorker(inline=True))


def test_a_scan_is_shown_as_the_service_decided(flow: DoorFlow, store: Store) -> None:
    seen = Seen(flow)
    flow.scan("1001")
    flow.scan("1001")
    flow.scan("9999")
    assert seen.verdicts == [
        ("admitted", "Anna van den Berg"),
        ("already_inside", "Anna van den Berg"),
        ("unknown", ""),
    ]
    assert store.event().inside == 1
    assert [s.door for s in store.scans()] == ["Main"] * 3


def test_a_waiting_question_keeps_two_more_badges_in_line(flow: DoorFlow, store: Store) -> None:
    store.update_event(door_question=QUESTION)
    seen = Seen(flow)
    flow.scan("1001")
    flow.scan("1002")
    flow.scan("1003")
    assert [r.guest.name for r in seen.asked if r.guest] == ["Anna van den Berg"]
    assert flow.waiting == 2
    assert seen.waiting[-1] == 2
    assert store.scans() == []  # nothing decided, nobody dropped
    flow.answer(None, confirmed=True)
    assert seen.verdicts == [("admitted", "Anna van den Berg")]
    assert [r.guest.name for r in seen.asked if r.guest][-1] == "Zoë Yılmaz"
    flow.decline()  # Zoë says no: nothing logged, the line moves on
    assert [r.guest.name for r in seen.declined if r.guest] == ["Zoë Yılmaz"]
    assert [r.guest.name for r in seen.asked if r.guest][-1] == "Jan de Vries"
    flow.answer(None, confirmed=True)
    assert seen.verdicts == [("admitted", "Anna van den Berg"), ("admitted", "Jan de Vries")]
    assert flow.waiting == 0 and not flow.busy
    assert [(s.verdict, s.confirmed) for s in store.scans()] == [("admitted", True)] * 2


def test_companions_are_asked_by_the_service_and_the_answer_counts(
    flow: DoorFlow, store: Store
) -> None:
    gid = store.add_guest(
        GuestInput(first_name="Anna", last_name="Groen", code="2001", companions=2)
    ).id
    seen = Seen(flow)
    flow.scan("2001")
    question = seen.asked[-1].question
    assert question is not None and (question.kind, question.max_people) == ("companions", 3)
    flow.answer(2)
    assert seen.verdicts == [("admitted", "Anna Groen")]
    assert store.guest(gid).party == 2
    assert store.event().inside == 2


def test_exit_mode_lets_out_and_ends_by_itself_after_the_quiet_period(
    qtbot: QtBot, store: Store
) -> None:
    flow = DoorFlow(DoorService(store, door="Main"), StoreWorker(inline=True), exit_quiet_ms=1000)
    seen = Seen(flow)
    flow.scan("1001")
    flow.set_exit_mode(True)
    flow.scan("1001")
    assert seen.verdicts[-1] == ("exited", "Anna van den Berg")
    with qtbot.waitSignal(flow.exit_mode_changed, timeout=3000) as blocker:
        pass
    assert blocker.args == [False]
    assert not flow.exit_mode


def test_an_expected_failure_lands_in_one_place(flow: DoorFlow, store: Store) -> None:
    seen = Seen(flow)
    flow.walk_in(GuestInput(name="  "))
    assert [type(p) for p in seen.problems] == [InvalidValue]
    flow.scan("1002")  # the line is not stuck behind the failure
    assert seen.verdicts == [("admitted", "Zoë Yılmaz")]
    own: list[CheckinError] = []
    flow.walk_in(GuestInput(name=""), failed=own.append)
    assert len(own) == 1 and len(seen.problems) == 1


def test_the_pin_is_asked_when_the_service_wants_it(flow: DoorFlow, store: Store) -> None:
    set_pin(store, "2468")
    seen = Seen(flow)
    flow.set_capacity(10, text="capacity")
    assert store.event().capacity == 3
    request = seen.pins[-1]
    errors: list[CheckinError] = []
    request.retry("1111", None, errors.append)
    assert [type(e) for e in errors] == [WrongPin]
    assert store.event().capacity == 3
    request.retry("2468", None, errors.append)
    assert store.event().capacity == 10
    assert seen.verdicts[-1][0] == "changed"
    last = store.scans()[-1]
    assert (last.action, last.door, last.people) == ("capacity", "Main", 10)


def test_a_walk_in_on_the_list_is_a_match_not_a_new_guest(flow: DoorFlow, store: Store) -> None:
    seen = Seen(flow)
    flow.walk_in(GuestInput(name="Jan de Vries"))
    assert seen.shown[-1].verdict is Verdict.MATCH
    match = seen.shown[-1].match
    assert match is not None and match.name == "Jan de Vries"
    flow.admit(match)
    assert seen.verdicts[-1] == ("admitted", "Jan de Vries")
    assert not any(g.walk_in for g in store.guests())


def test_undo_and_override_go_through_the_service(flow: DoorFlow, store: Store) -> None:
    seen = Seen(flow)
    flow.scan("1005")
    assert seen.verdicts[-1] == ("cancelled", "Piet Klaassen")
    flow.override("1005", "on the speakers' list after all")
    assert seen.verdicts[-1] == ("admitted", "Piet Klaassen")
    assert seen.shown[-1].override
    flow.undo("scanned the wrong badge")
    assert seen.verdicts[-1][0] == "undone"
    assert store.guest_by_code("1005").presence is not Presence.INSIDE  # type: ignore[union-attr]


# --- a store that does not answer: the worker on its own thread ----------------


@pytest.fixture
def threaded(qtbot: QtBot, store: Store) -> Iterator[DoorFlow]:
    worker = StoreWorker()
    yield DoorFlow(DoorService(store, door="Main"), worker)
    worker.stop(10)


def test_a_locked_event_file_never_freezes_the_ui_and_the_scan_ends(
    qtbot: QtBot, threaded: DoorFlow, store: Store
) -> None:
    seen = Seen(threaded)
    locker = sqlite3.connect(Path(store.location), timeout=0.1)
    locker.execute("BEGIN EXCLUSIVE")  # another program holds the file
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(25)
    try:
        threaded.scan("1001")
        threaded.scan("1002")
        qtbot.waitUntil(lambda: bool(seen.checking), timeout=1000)
        assert seen.checking[0] == "1001"
        qtbot.waitUntil(lambda: len(seen.shown) + len(seen.problems) >= 1, timeout=8000)
    finally:
        locker.rollback()
        locker.close()
    qtbot.waitUntil(lambda: len(seen.shown) == 2, timeout=8000)
    timer.stop()
    assert len(ticks) >= 20  # the event loop ran all along: ~2 s of busy timeout
    first = seen.shown[0].verdict
    assert first in (Verdict.NOT_CONNECTED, Verdict.ADMITTED)
    assert [r.code for r in seen.shown] == ["1001", "1002"]  # in order
    recorded = {s.raw for s in store.scans()}
    assert ("1001" in recorded) == (first is Verdict.ADMITTED)  # not_connected: not recorded
