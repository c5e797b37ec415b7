"""The PIN lockout against guesses sent at once: 40 wrong PINs from 40 threads over eight
connections (eight doors) at the same moment. The count is taken with the lockout in one
locked transaction before a PIN is verified, so only the free tries are ever verified;
the other guesses wait, on a file and on a PostgreSQL server alike."""

from __future__ import annotations

import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from checkin import pin
from checkin.door import DoorService
from checkin.errors import PinLockedOut, WrongPin
from checkin.store import Store

RIGHT = "480517"
GUESSES = 40
DOORS = 8


def _guess_at_once(location: str) -> Counter[str]:
    stores = [Store.open(location) for _ in range(DOORS)]
    start = threading.Barrier(GUESSES)

    def guess(n: int) -> str:
        door = DoorService(stores[n % DOORS], door=f"Door {n % DOORS}")
        wrong = f"{100000 + n * 7919:06d}"  # never the right one
        start.wait(timeout=30)
        try:
            door.check_pin(wrong)
        except WrongPin:
            return "tried"
        except PinLockedOut as locked:  # the try that started the wait was tried, and said so
            return "tried" if isinstance(locked.__cause__, WrongPin) else "locked out"
        return "let in"

    try:
        with ThreadPoolExecutor(max_workers=GUESSES) as pool:
            return Counter(pool.map(guess, range(GUESSES), timeout=120))
    finally:
        for s in stores:
            s.close()


@pytest.fixture(params=["file", pytest.param("postgres", marks=pytest.mark.postgres)])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "file":
        return str(tmp_path / "e.checkin")
    url: str = request.getfixturevalue("pg_url")
    return url


def test_forty_guesses_at_once_try_no_more_than_the_free_tries(location: str) -> None:
    with Store.create(location, name="Zaal", capacity=10) as store:
        pin.set_pin(store, RIGHT)
    answers = _guess_at_once(location)
    assert answers == Counter({"tried": pin.FREE_TRIES, "locked out": GUESSES - pin.FREE_TRIES})
    with Store.open(location) as store:
        lock = pin.lock_state(store)
        assert lock.failures == pin.FREE_TRIES and lock.until is not None
        # even the right PIN waits now; the wait is the event's, whichever door asks
        with pytest.raises(PinLockedOut):
            DoorService(store, door="Another").check_pin(RIGHT)
        assert pin.lock_state(store).failures == pin.FREE_TRIES


def test_the_wrong_pin_that_starts_the_wait_says_the_wait(tmp_path: Path) -> None:
    """The door's PIN gate (F2, F6, the kiosk) shows the wait at once, not one try later."""
    with Store.create(tmp_path / "e.checkin", name="Zaal", capacity=10) as store:
        pin.set_pin(store, RIGHT)
        door = DoorService(store, door="Main")
        for _ in range(pin.FREE_TRIES - 1):
            with pytest.raises(WrongPin):
                door.check_pin("111111")
        with pytest.raises(PinLockedOut) as locked:
            door.check_pin("111111")
        assert isinstance(locked.value.__cause__, WrongPin)
        assert 55 <= locked.value.seconds <= pin.FIRST_WAIT_S
        assert door.check_pin(None) is False  # a PIN is set: the gate asks for it


@pytest.mark.postgres
def test_a_laptop_two_hours_ahead_waits_out_the_servers_lockout(pg_url: str) -> None:
    """The lockout runs on the server's clock, not on the door's."""
    with Store.create(pg_url, name="Zaal", capacity=10) as store:
        pin.set_pin(store, RIGHT)
        honest = DoorService(store, door="Main")
        for _ in range(pin.FREE_TRIES - 1):
            with pytest.raises(WrongPin):
                honest.check_pin("111111")
        with pytest.raises(PinLockedOut):
            honest.check_pin("111111")
        ahead = DoorService(
            store, door="Ahead", clock=lambda: datetime.now(UTC) + timedelta(hours=2)
        )
        with pytest.raises(PinLockedOut) as locked:
            ahead.check_pin(RIGHT)
        assert 50 <= locked.value.seconds <= pin.FIRST_WAIT_S
        assert pin.lock_state(store).failures == pin.FREE_TRIES
