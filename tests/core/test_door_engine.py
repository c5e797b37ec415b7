"""One door engine, two ledgers: the same door scenarios connected and offline.

Each scenario runs once on a connected door (the door service on the event
store) and once on an offline door (an OfflineDoor whose server stopped
answering, with a share large enough), and the verdicts must be the same.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from checkin.door import DoorService, ScanResult, Verdict
from checkin.errors import InvalidValue, ServerOnly
from checkin.models import GuestInput
from checkin.offline.door import OfflineDoor
from checkin.store import Store
from tests.conftest import T0, seed

Step = Callable[[Any, ScanResult | None], ScanResult]


def _event(path: Path, capacity: int = 40, question: str = "") -> Store:
    store = Store.create(path, name="Zaal", capacity=capacity, event_date=T0.date(), now=T0)
    seed(
        store,
        [
            GuestInput(name="Gast Een", code="C001"),
            GuestInput(name="Gast Twee", code="C002", cancelled=True),
            GuestInput(name="Gast Drie", code="C003", pending=True),
            GuestInput(name="Gast Vier", code="C004", companions=2),
            GuestInput(
                first_name="Anna",
                middle="de",
                last_name="Vries",
                email="anna@example.nl",
                code="C005",
            ),
            GuestInput(name="Gast Zes", code="C006"),
        ],
    )
    DoorService(store, door="Kantoor").reissue("C006")  # C006 is a replaced badge now
    if question:
        store.update_event(door_question=question)
    return store


@contextmanager
def _held(path: Path) -> Iterator[None]:
    """Another process holds the event's write lock: the server does not answer."""
    raw = sqlite3.connect(path, isolation_level=None, timeout=5)
    raw.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        raw.execute("ROLLBACK")
        raw.close()


def _scan(code: str, exit: bool = False) -> Step:
    return lambda door, _last: door.scan(code, exit=exit)  # type: ignore[no-any-return]


def _answer(people: int | None = None) -> Step:
    def step(door: Any, last: ScanResult | None) -> ScanResult:
        assert last is not None and last.question is not None, last
        return door.answer(last.question, people, True)  # type: ignore[no-any-return]

    return step


def _guest_id(door: Any, code: str) -> int:
    if isinstance(door, OfflineDoor):
        guest = door.replica.guest_by_code([code])
        assert guest is not None
        return guest.id
    found = door.books.store.guest_by_code(code)
    assert found is not None
    return found.id  # type: ignore[no-any-return]


SCENARIOS: dict[str, list[Step]] = {
    "in, again, out, out again, in again": [
        _scan("C001"),
        _scan("C001"),
        _scan("C001", True),
        _scan("C001", True),
        _scan("C001"),
    ],
    "cancelled, pending, unknown, another event's badge": [
        _scan("C002"),
        _scan("C003"),
        _scan("NOPE"),
        _scan("ZZZZ-1234-5678-9ABC"),
    ],
    "a replaced badge is revoked, and may still take its guest out": [
        _scan("C006"),
        _scan("C006", True),
    ],
    "a group is asked how many, then admitted": [_scan("C004"), _answer(2), _scan("C004")],
    "by hand in and out": [
        lambda d, _l: d.admit(_guest_id(d, "C001")),
        lambda d, _l: d.let_out(_guest_id(d, "C001")),
        lambda d, _l: d.let_out(_guest_id(d, "C001")),
    ],
    "the counter": [lambda d, _l: d.count(1), lambda d, _l: d.count(-1), lambda d, _l: d.count(-1)],
    "a walk-in who is on the list is asked, a new one comes in": [
        lambda d, _l: d.walk_in(GuestInput(first_name="anna", last_name="DE VRIES")),
        lambda d, _l: d.walk_in(GuestInput(name="Wil Inloop"), True),
    ],
    "undo this door's last scan": [_scan("C001"), lambda d, _l: d.undo("mis-scan"), _scan("C001")],
}


def _run(door: Any, steps: list[Step]) -> list[str]:
    last: ScanResult | None = None
    out = []
    for step in steps:
        last = step(door, last)
        out.append(last.verdict.value)
    return out


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_a_scenario_gives_the_same_verdicts_connected_and_offline(
    name: str, tmp_path: Path
) -> None:
    steps = SCENARIOS[name]
    connected_path, offline_path = tmp_path / "c.checkin", tmp_path / "o.checkin"
    with _event(connected_path) as store:
        connected = _run(DoorService(store, door="A"), steps)
    _event(offline_path).close()
    with OfflineDoor(offline_path, "A", tmp_path / "data", background=False) as door:
        share = door.link().share
        assert share is not None and share >= 10  # large enough for every scenario
        with _held(offline_path):
            offline = _run(door, steps)
        assert not door.online
    assert "not_connected" not in offline
    assert offline == connected, name


def test_no_free_place_asks_nothing_offline_as_connected(tmp_path: Path) -> None:
    """The drift decide.py had: offline with a share of 0 the door person was asked the
    door question and the guest then turned away; connected, `full` at once."""
    path = tmp_path / "e.checkin"
    with _event(path, capacity=2, question="Jas afgegeven?") as store:
        office = DoorService(store, door="Kantoor")
        for code in ("C001", "C005"):
            first = office.scan(code)
            assert first.verdict is Verdict.CONFIRM
            assert office.answer(first.question, None, True).verdict  # type: ignore[arg-type]
        assert office.scan("C004").verdict is Verdict.FULL  # connected: full at once
    with OfflineDoor(path, "A", tmp_path / "data", background=False) as door:
        assert door.link().share == 0
        with _held(path):
            r = door.scan("C004")
        assert r.offline and r.verdict is Verdict.FULL and r.question is None


def test_capacity_and_new_badges_are_the_servers_and_say_so(tmp_path: Path) -> None:
    path = tmp_path / "e.checkin"
    _event(path).close()
    with OfflineDoor(path, "A", tmp_path / "data", background=False) as door, _held(path):
        door.scan("C001")
        with pytest.raises(ServerOnly) as err:
            door.set_capacity(50)
        assert "needs the server" in str(err.value)
        with pytest.raises(ServerOnly):
            door.reissue("C001")
    with Store.open(path) as store:
        assert store.event().capacity == 40


def test_every_door_action_offline_is_sent_once_when_the_server_is_back(tmp_path: Path) -> None:
    path = tmp_path / "e.checkin"
    _event(path).close()
    with OfflineDoor(path, "A", tmp_path / "data", background=False) as door:
        with _held(path):
            walk = door.walk_in(GuestInput(name="Wil Inloop", email="wil@example.nl"), True)
            assert walk.verdict is Verdict.ADMITTED and walk.offline
            assert walk.guest is not None and walk.guest.id < 0  # the door's own id
            assert door.count(1).verdict is Verdict.ADMITTED
            assert door.scan("C001").verdict is Verdict.ADMITTED
            assert door.undo("mis-scan").verdict is Verdict.UNDONE
            assert door.scan("C005").verdict is Verdict.ADMITTED
            assert door.status().inside == 3
        assert door.flush(10)
        assert door.flush(10)  # sent once: a second contact sends nothing again
        assert door.replica.guest(walk.guest.id) is None  # the copy has the server's id now
    with Store.open(path) as store:
        event = store.event()
        assert (event.inside, event.counter) == (3, 1)
        walk_ins = [g for g in store.guests() if g.walk_in]
        assert [(g.name, g.email, g.presence.value) for g in walk_ins] == [
            ("Wil Inloop", "wil@example.nl", "inside")
        ]
        anna = store.guest_by_code("C005")
        one = store.guest_by_code("C001")
        assert anna is not None and anna.presence.value == "inside"
        assert one is not None and one.presence.value == "not_arrived"
        assert [(s.action, s.undone) for s in store.scans() if s.guest_id == one.id] == [
            ("scan", True),
            ("undo", False),
        ]


def test_bad_values_offline_are_refused_when_typed(tmp_path: Path) -> None:
    """An offline `--people -5` grew the share (4 -> 9); now the same rule refuses it."""
    path = tmp_path / "e.checkin"
    _event(path).close()
    with OfflineDoor(path, "A", tmp_path / "data", background=False) as door:
        share = door.link().share
        with _held(path):
            with pytest.raises(InvalidValue) as err:
                door.scan("C004", people=-5)
            assert "people" in str(err.value)
        assert door.link().share == share and door.replica.waiting() == 0


def test_a_copied_badge_out_at_two_offline_doors_frees_one_place(tmp_path: Path) -> None:
    """A copied badge scanned out at two offline doors left one more inside than the cap:
    each door gave the party's places to its own share."""
    import time

    path = tmp_path / "e.checkin"
    store = Store.create(path, name="Zaal", capacity=6, event_date=T0.date(), now=T0)
    seed(store, [GuestInput(name=f"Guest {i}", code=f"C{i:03d}") for i in range(20)])
    store.close()
    a = OfflineDoor(path, "A", tmp_path / "a", background=False)
    b = OfflineDoor(path, "B", tmp_path / "b", background=False)
    try:
        assert a.scan("C000").verdict is Verdict.ADMITTED  # the real guest, at door A
        a.flush(), b.flush(), a.flush()
        admitted = 0
        with _held(path):
            assert a.scan("C000", exit=True).verdict is Verdict.EXITED  # the guest leaves
            assert b.scan("C000", exit=True).verdict is Verdict.EXITED  # the copy, at B
            codes = iter(f"C{i:03d}" for i in range(1, 20))
            for door in (a, b):
                while door.scan(next(codes)).verdict is Verdict.ADMITTED:
                    admitted += 1
            time.sleep(2.5)  # the server's own tries give up
        with Store.open(path) as office:  # a connected door fills what the pool holds
            plain = DoorService(office, door="Kantoor")
            while plain.scan(next(codes)).verdict is Verdict.ADMITTED:
                admitted += 1
        assert admitted <= 6  # one real departure: at most the capacity inside
    finally:
        a.close()
        b.close()


def test_a_badge_replaced_after_the_copy_was_made_is_revoked_offline(tmp_path: Path) -> None:
    path = tmp_path / "e.checkin"
    _event(path).close()
    with OfflineDoor(path, "A", tmp_path / "data", background=False) as door:
        with Store.open(path) as store:
            DoorService(store, door="Kantoor").reissue("C001")  # the badge was lost
        assert door.flush(5)
        with _held(path):
            r = door.scan("C001")
        assert r.offline and r.verdict is Verdict.REVOKED and r.replaced_on is not None


def test_the_verdict_carries_the_room_connected_and_offline(tmp_path: Path) -> None:
    """The Door screen reads the room from the verdict, not from the store after it."""
    path = tmp_path / "e.checkin"
    with _event(path, capacity=2) as store:
        door = DoorService(store, door="A")
        first = door.scan("C001")
        assert first.room is not None and (first.room.room_for, first.room.full) == (1, False)
        door.scan("C005")
        turned = [door.scan("C004") for _ in range(2)]
        last = turned[-1].room
        assert last is not None and last.full and last.turned_away == 2
        assert last == door.room()  # the same as reading it again
    path2 = tmp_path / "o.checkin"
    _event(path2, capacity=40).close()
    with OfflineDoor(path2, "A", tmp_path / "data", background=False) as offline:
        share = offline.link().share
        assert share is not None
        with _held(path2):
            r = offline.scan("C001")
        assert r.offline and r.room is not None and r.room.room_for == share - 1
