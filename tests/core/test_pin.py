"""The supervisor PIN: wrong PINs are counted in the store and back off for every door."""

from __future__ import annotations

from datetime import timedelta

import pytest

from checkin import pin
from checkin.errors import InvalidValue, PinLockedOut, WrongPin
from checkin.store import Store
from tests.conftest import Clock


def test_no_pin_set_lets_anyone_and_a_missing_pin_is_asked_for(store: Store) -> None:
    assert pin.check(store, None) is True
    pin.set_pin(store, "2468")
    assert pin.check(store, None) is False
    assert pin.check(store, "2468") is True


def test_five_wrong_pins_then_a_wait_that_doubles_shared_by_every_door(
    store: Store, clock: Clock
) -> None:
    pin.set_pin(store, "2468")
    other_door = Store.open(store.location)  # another laptop on the same event
    try:
        for n in range(1, 6):
            with pytest.raises(WrongPin) as wrong:
                pin.check(store if n % 2 else other_door, "0000", now=clock(0.1))
            assert wrong.value.failures == n
        lock = pin.lock_state(other_door)
        assert lock.failures == 5 and lock.seconds_left(clock.now) == 60
        with pytest.raises(PinLockedOut) as locked:
            pin.check(other_door, "2468", now=clock.now + timedelta(seconds=30))
        assert locked.value.seconds == 30  # even the right PIN waits; the try is not counted
        assert pin.lock_state(store).failures == 5
        clock.now += timedelta(seconds=61)
        with pytest.raises(WrongPin):
            pin.check(store, "1111", now=clock.now)
        assert pin.lock_state(store).seconds_left(clock.now) == 120
        clock.now += timedelta(seconds=121)
        assert pin.check(other_door, "2468", now=clock.now) is True
        assert pin.lock_state(store) == pin.PinLock(failures=0, until=None)
    finally:
        other_door.close()


def test_a_pin_must_be_four_to_twelve_digits(store: Store) -> None:

    for bad in ("123", "abcd", "1234567890123"):
        with pytest.raises(InvalidValue):
            pin.set_pin(store, bad)


def test_a_new_pin_is_six_to_twelve_digits_and_an_old_short_one_still_opens(store: Store) -> None:
    from checkin.errors import NewPinRefused

    for good in ("482193", "572941068315"):
        pin.check_new_pin(good)
    for bad in ("4821", "48219", "1234567890123", "48a193", "", "123456", "121212"):
        with pytest.raises(NewPinRefused):
            pin.check_new_pin(bad)
    pin.set_pin(store, "2468")  # set before PINs had to be longer: it still opens
    assert pin.check(store, "2468") is True
