"""The supervisor PIN at a door whose server is away: the copy backs off as the server
does, and the wrong PINs typed there count on the server when the door is back.

Before, a wrong PIN offline was counted in the copy only and never waited: 40 guesses
sent at once were all verified, and the server never heard of them."""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest

from checkin import pin
from checkin.errors import PinLockedOut, WrongPin
from checkin.models import GuestInput
from checkin.offline.door import OfflineDoor
from checkin.store import Store
from tests.conftest import T0, seed

RIGHT = "480517"
GUESSES = 40


def _event(path: Path) -> None:
    store = Store.create(path, name="Zaal", capacity=20, event_date=T0.date())
    seed(store, [GuestInput(name=f"Guest {i}", code=f"C{i:03d}") for i in range(5)])
    pin.set_pin(store, RIGHT)
    store.close()


def _guess(door: OfflineDoor, n: int, start: threading.Barrier) -> str:
    start.wait(timeout=30)
    try:
        door.check_pin(f"{100000 + n * 7919:06d}")  # never the right one
    except WrongPin:
        return "tried"
    except PinLockedOut as locked:  # the try that started the wait was tried, and said so
        return "tried" if isinstance(locked.__cause__, WrongPin) else "locked out"
    return "let in"


@contextmanager
def _cut_off(tmp_path: Path, name: str) -> Iterator[tuple[OfflineDoor, sqlite3.Connection]]:
    """A door that had its contact, then a server that does not answer (its file held):
    the door decides from its copy. The connection holding it: ROLLBACK brings it back."""
    path = tmp_path / "e.checkin"
    _event(path)
    door = OfflineDoor(path, name, tmp_path / "d", background=False, connect_timeout=0.5)
    held = sqlite3.connect(path, isolation_level=None, timeout=5)
    try:
        assert door.flush(5)
        held.execute("BEGIN IMMEDIATE")
        assert door.scan("C001").offline
        yield door, held
    finally:
        held.close()
        door.close()


def test_wrong_pins_offline_back_off_and_count_on_the_server(tmp_path: Path) -> None:
    path = tmp_path / "e.checkin"
    with _cut_off(tmp_path, "Noord") as (door, held):
        start = threading.Barrier(GUESSES)
        with ThreadPoolExecutor(GUESSES) as pool:
            said = Counter(pool.map(lambda n: _guess(door, n, start), range(GUESSES)))
        # counted before it is verified, as on the server: only the free tries are tried
        assert said == {"tried": pin.FREE_TRIES, "locked out": GUESSES - pin.FREE_TRIES}, said
        with pytest.raises(PinLockedOut):
            door.check_pin(RIGHT)  # even the right one waits out the back-off
        held.execute("ROLLBACK")
        assert door.flush(10)  # the door is back: its wrong tries go to the server
        with Store.open(path) as store:
            lock = pin.lock_state(store)
            assert lock.failures == pin.FREE_TRIES and lock.until is not None
            with pytest.raises(PinLockedOut):  # another door, connected, is locked out too
                pin.check(store, RIGHT)
        heard, own = door.replica.pin_locks()
        assert own.failures == 0 and heard.failures == pin.FREE_TRIES
        door.flush(5)  # sent once: a second contact adds nothing
        with Store.open(path) as store:
            assert pin.lock_state(store).failures == pin.FREE_TRIES


def test_a_right_pin_offline_is_taken_and_ends_the_doors_streak(tmp_path: Path) -> None:
    with _cut_off(tmp_path, "Zuid") as (door, held):
        for _ in range(2):
            with pytest.raises(WrongPin):
                door.check_pin("111222")
        assert door.check_pin(RIGHT)
        assert door.check_pin(None) is False  # a PIN is set: none given is "ask for it"
        held.execute("ROLLBACK")
        assert door.flush(10)
        with Store.open(tmp_path / "e.checkin") as store:  # the streak ended at the door
            assert pin.lock_state(store).failures == 0
