"""The supervisor PIN: stored as a salted scrypt hash, never in clear; wrong PINs back off.

After 5 wrong PINs in a row the next try waits 60 seconds, and every further
wrong PIN doubles the wait. The count lives in the event's settings in the
store, so the app, every door and the CLI share it: a guesser gains nothing
by moving to another laptop. A right PIN resets it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from checkin.errors import InvalidValue, PinLockedOut, WrongPin

if TYPE_CHECKING:  # the window's PIN dialog imports this module: keep the database out
    from checkin.models import Event
    from checkin.store import Store

# scrypt's cost: ~50 ms on a laptop, cheap for a person, dear for a guesser.
_N, _R, _P = 2**14, 8, 1
FREE_TRIES = 5  # wrong PINs in a row before the first wait
FIRST_WAIT_S = 60  # doubled by every further wrong PIN
_MAX_WAIT_S = 24 * 3600


def hash_pin(pin: str) -> str:
    if not (pin.isdigit() and 4 <= len(pin) <= 12):
        raise InvalidValue("PIN", "…", "must be 4 to 12 digits")
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches; an event without a PIN accepts anyone."""
    if not stored:
        return True
    try:
        kind, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if kind != "scrypt":
        return False
    got = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                         dklen=len(digest) // 2)
    return hmac.compare_digest(got.hex(), digest)


def set_pin(store: Store, pin: str | None) -> Event:
    """Set the supervisor PIN, or remove it with None or ''."""
    return store.update_event(pin_hash=hash_pin(pin) if pin else "")


@dataclass(frozen=True)
class PinLock:
    """The PIN's backoff as every door sees it: the UI shows the wait."""

    failures: int  # wrong PINs in a row
    until: datetime | None  # no try before this moment

    def seconds_left(self, now: datetime) -> int:
        if self.until is None or now >= self.until:
            return 0
        return max(1, math.ceil((self.until - now).total_seconds()))


def _wait(failures: int) -> int:
    if failures < FREE_TRIES:
        return 0
    return int(min(_MAX_WAIT_S, FIRST_WAIT_S * 2 ** (failures - FREE_TRIES)))


def lock_state(store: Store) -> PinLock:
    """How many wrong PINs in a row, and until when the next try must wait."""
    import sqlalchemy as sa

    from checkin.store import event_t

    with store.read() as conn:
        text = conn.execute(sa.select(event_t.c.settings)).scalar_one()
    settings = json.loads(text or "{}")
    return _lock_of(settings if isinstance(settings, dict) else {})


def _lock_of(settings: dict[str, object]) -> PinLock:
    failures = settings.get("pin_failures", 0)
    until = settings.get("pin_wait_until")
    return PinLock(failures=failures if isinstance(failures, int) else 0,
                   until=datetime.fromisoformat(until) if isinstance(until, str) else None)


def needs_pin(event: Event) -> bool:
    return bool(event.pin_hash)


def check(store: Store, pin: str | None, *, now: datetime | None = None) -> bool:
    """Check a supervisor PIN against the event's, counting wrong ones.

    True: the PIN is right, or the event has none. False: the event has one
    and none was given (ask for it). Raises :class:`PinLockedOut` while the
    backoff runs (the try is not counted) and :class:`WrongPin` for a wrong
    one, after the count is saved.
    """
    moment = now or datetime.now(UTC)
    event = store.event()
    if not event.pin_hash:
        return True
    if pin is None:
        return False
    lock = lock_state(store)
    wait = lock.seconds_left(moment)
    if wait and lock.until is not None:
        raise PinLockedOut(lock.until, wait)
    right = verify_pin(pin, event.pin_hash)  # ~50 ms: outside the event's lock
    with store.write() as tx:
        lock = _lock_of(tx.settings())
        if right:
            if lock.failures:
                tx.set_settings(pin_failures=0, pin_wait_until=None)
            return True
        failures = lock.failures + 1
        seconds = _wait(failures)
        until = moment + timedelta(seconds=seconds) if seconds else None
        tx.set_settings(pin_failures=failures,
                        pin_wait_until=until.isoformat() if until else None)
    raise WrongPin(failures)


class ReadOnlyPin:
    """The PIN checked by a process that must not write (the room display, checkin/display.py):
    the event's own back-off is honoured, and wrong tries here are counted here, with the
    same waits as :func:`check`."""

    def __init__(self) -> None:
        self.failures = 0
        self.until: datetime | None = None

    def check(self, event: Event, settings: dict[str, object], typed: str,
              now: datetime) -> bool:
        """``settings``: the event's settings as read (its shared back-off)."""
        if not event.pin_hash:
            return True
        for lock in (_lock_of(settings), PinLock(self.failures, self.until)):
            wait = lock.seconds_left(now)
            if wait and lock.until is not None:
                raise PinLockedOut(lock.until, wait)
        if verify_pin(typed, event.pin_hash):
            self.failures, self.until = 0, None
            return True
        self.failures += 1
        seconds = _wait(self.failures)
        self.until = now + timedelta(seconds=seconds) if seconds else None
        raise WrongPin(self.failures)

