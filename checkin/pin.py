"""The supervisor PIN: stored as a salted scrypt hash, never in clear; wrong PINs back off.

A copy of the event file lets anyone guess offline, past the back-off: a
4-digit PIN under the old cost (scrypt N=2^14, ~16 ms a guess here) fell in
162 s. So a new PIN is 6 to 12 digits and not a guessable row
(:func:`check_new_pin`, which the new-PIN dialog calls), and each guess costs
four times as much memory and time (N=2^16, 64 MiB; BENCHMARKS.md, pin). The
parameters are stored with the hash (``scrypt$N$r$p$salt$digest``), so a hash
made under the old cost still verifies, and is made again under the current
cost on its next right entry. Existing 4- and 5-digit PINs keep working.

After 5 wrong PINs in a row the next try waits 60 seconds, and every further
wrong PIN doubles the wait. The count lives in the event's settings in the
store, so the app, every door and the CLI share it: a guesser gains nothing
by moving to another laptop. A right PIN resets it. Each try is counted in the
same transaction that reads the lockout, before the PIN is verified, so guesses
sent at once cannot all slip in before the count catches up.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import math
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from checkin.errors import InvalidValue, NewPinRefused, PinLockedOut, WrongPin

if TYPE_CHECKING:  # the window's PIN dialog imports this module: keep the database out
    from checkin.models import Event
    from checkin.store import Store, Tx

# scrypt's cost: 64 MiB and ~0.2 s on a laptop, cheap for a person, dear for a guesser.
_N, _R, _P = 2**16, 8, 1
_MAX_N = 2**20  # a stored hash asking for more (a crafted file) is refused, not computed
NEW_PIN_DIGITS = 6  # the fewest digits of a new PIN (older events may keep 4 or 5)
MAX_PIN_DIGITS = 12
FREE_TRIES = 5  # wrong PINs in a row before the first wait
FIRST_WAIT_S = 60  # doubled by every further wrong PIN
_MAX_WAIT_S = 24 * 3600


def check_new_pin(pin: str) -> str:
    """The PIN a person chose, if it may be set (spaces around it dropped); else
    :class:`NewPinRefused` with the one sentence that says why."""
    pin = pin.strip()
    if not pin.isascii() or not pin.isdigit():
        raise NewPinRefused("digits")
    if not NEW_PIN_DIGITS <= len(pin) <= MAX_PIN_DIGITS:
        raise NewPinRefused("length")
    if _guessable(pin):
        raise NewPinRefused("guessable")
    return pin


def _guessable(pin: str) -> bool:
    """One digit repeated, a run up or down (123456, 987654, 890123), or a short
    pattern repeated (121212, 123123): the first PINs any guesser tries."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(pin)}
    if steps in ({0}, {1}, {9}):
        return True
    return any(len(pin) % k == 0 and pin == pin[:k] * (len(pin) // k) for k in (2, 3))


def hash_pin(pin: str) -> str:
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= MAX_PIN_DIGITS):
        raise InvalidValue("PIN", "…", f"must be 4 to {MAX_PIN_DIGITS} digits")
    salt = secrets.token_bytes(16)
    digest = _scrypt(pin, salt, _N, _R, _P, 32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    return hashlib.scrypt(
        pin.encode(), salt=salt, n=n, r=r, p=p, dklen=dklen, maxmem=129 * r * n + (1 << 20)
    )


def _parameters(stored: str) -> tuple[int, int, int] | None:
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != "scrypt":
        return None
    try:
        n, r, p = int(parts[1]), int(parts[2]), int(parts[3])
    except ValueError:
        return None
    return (n, r, p) if 2 <= n <= _MAX_N and 1 <= r <= 32 and 1 <= p <= 16 else None


def is_outdated(stored: str) -> bool:
    """Whether a stored hash was made under a lower cost than today's."""
    found = _parameters(stored)
    return found is not None and found[0] * found[1] * found[2] < _N * _R * _P


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches; an event without a PIN accepts anyone."""
    if not stored:
        return True
    found = _parameters(stored)
    if found is None:
        return False
    n, r, p = found
    _kind, _n, _r, _p, salt, digest = stored.split("$")
    try:
        got = _scrypt(pin, bytes.fromhex(salt), n, r, p, max(16, len(digest) // 2))
    except ValueError:  # a damaged salt
        return False
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
    return PinLock(
        failures=failures if isinstance(failures, int) else 0,
        until=datetime.fromisoformat(until) if isinstance(until, str) else None,
    )


def needs_pin(event: Event) -> bool:
    return bool(event.pin_hash)


def check(store: Store, pin: str | None, *, now: datetime | None = None) -> bool:
    """Check a supervisor PIN against the event's, counting wrong ones.

    True: the PIN is right, or the event has none. False: the event has one
    and none was given (ask for it). Raises :class:`PinLockedOut` while the
    backoff runs (the try is not counted) and :class:`WrongPin` for a wrong
    one, after the count is saved.

    On a server ``now`` is not used: the server's clock times the lockout.
    The try is counted before the PIN is verified, in one transaction with the
    lockout it reads (the event row locked, as for an admission): of guesses sent
    at once from many threads, processes or doors, only the tries left before the
    lockout are verified at all; the rest wait. A right PIN then resets the count.
    """
    if not store.event().pin_hash:
        return True
    if pin is None:
        return False
    from checkin.store.doors import server_time

    with store.write() as tx:
        stored = tx.locked.pin_hash  # the PIN as it is now, under the lock
        if not stored:
            return True
        # On a server the lockout runs on the server's clock: a laptop whose clock is
        # ahead does not get in during a lockout. A file is on this computer: ``now``.
        moment = server_time(tx.conn) if store.is_server else now or datetime.now(UTC)
        lock = _lock_of(tx.settings())
        wait = lock.seconds_left(moment)
        if wait and lock.until is not None:
            raise PinLockedOut(lock.until, wait)  # nothing written: the try is not counted
        failures = lock.failures + 1
        seconds = _wait(failures)
        until = moment + timedelta(seconds=seconds) if seconds else None
        tx.set_settings(pin_failures=failures, pin_wait_until=until.isoformat() if until else None)
    if not verify_pin(pin, stored):  # ~0.2 s: outside the event's lock, already counted
        raise WrongPin(failures, until, seconds)
    # A right PIN under an older, cheaper hash is hashed again at today's cost (also
    # outside the lock); stored only if nobody changed the PIN in the meantime.
    again = hash_pin(pin) if is_outdated(stored) else None
    with store.write() as tx:
        tx.set_settings(pin_failures=0, pin_wait_until=None)
        if again is not None:
            _replace_hash(tx, stored, again)
    return True


def _replace_hash(tx: Tx, old: str, new: str) -> None:
    import sqlalchemy as sa

    from checkin.store import event_t

    tx.conn.execute(sa.update(event_t).where(event_t.c.pin_hash == old).values(pin_hash=new))


def count_try(heard: PinLock, own: PinLock, now: datetime) -> PinLock:
    """One try where the store cannot count it (a door's copy offline, the room display):
    PinLockedOut while ``heard`` (the event's back-off as last read) or ``own`` (the wrong
    tries counted here) runs, the try not counted; else ``own`` with this try counted,
    before the PIN is verified. The wait follows every wrong try known here."""
    for lock in (heard, own):
        wait = lock.seconds_left(now)
        if wait and lock.until is not None:
            raise PinLockedOut(lock.until, wait)
    failures = own.failures + 1
    seconds = _wait(heard.failures + failures)
    return PinLock(failures, now + timedelta(seconds=seconds) if seconds else None)


def add_wrong(tx: Tx, wrong: int, moment: datetime) -> PinLock:
    """Wrong PINs typed at a door while the server was away, counted on the server when
    the door is back, in the door's contact transaction (``moment``: the server's
    clock). Returns the event's back-off as it is now."""
    lock = _lock_of(tx.settings())
    if wrong <= 0:
        return lock
    failures = lock.failures + wrong
    seconds = _wait(failures)
    until = moment + timedelta(seconds=seconds) if seconds else lock.until
    tx.set_settings(pin_failures=failures, pin_wait_until=until.isoformat() if until else None)
    return PinLock(failures, until)


class ReadOnlyPin:
    """The PIN checked by a process that must not write (the room display, checkin/display.py):
    the event's own back-off is honoured, and wrong tries here are counted here, with the
    same waits as :func:`check`."""

    def __init__(self) -> None:
        self.lock = PinLock(0, None)

    def check(self, event: Event, settings: dict[str, object], typed: str, now: datetime) -> bool:
        """``settings``: the event's settings as read (its shared back-off)."""
        if not event.pin_hash:
            return True
        tried = count_try(_lock_of(settings), self.lock, now)
        if verify_pin(typed, event.pin_hash):
            self.lock = PinLock(0, None)
            return True
        self.lock = tried
        raise WrongPin(tried.failures)
