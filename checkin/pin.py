"""The supervisor PIN: stored as a salted scrypt hash, never in clear."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from checkin.errors import InvalidValue
from checkin.models import Event
from checkin.store import Store

# scrypt's cost: ~50 ms on a laptop, cheap for a person, dear for a guesser.
_N, _R, _P = 2**14, 8, 1


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
