"""What a status or RSVP column says: coming, not coming (cancelled), or not confirmed (pending).

Matched loosely: case, accents and punctuation do not matter, and a status is
read from its first word or first two words, so "Nee, helaas", "Refunded
(partial)" and "In afwachting van betaling" are understood.
"""

from __future__ import annotations

from checkin.text import words

_NOT_COMING_FIRST = frozenset(
    {
        "no",
        "nee",
        "n",
        "neen",
        "cancelled",
        "canceled",
        "cancel",
        "refunded",
        "refund",
        "declined",
        "decline",
        "afgemeld",
        "geannuleerd",
        "afgezegd",
        "verhinderd",
        "afwezig",
        "deleted",
        "removed",
        "false",
        "onwaar",
        "nvt",
        "uitgeschreven",
    }
)
_NOT_COMING_PAIRS = frozenset(
    {
        ("not", "attending"),
        ("not", "going"),
        ("not", "coming"),
        ("niet", "aanwezig"),
        ("komt", "niet"),
        ("kom", "niet"),
        ("niet", "komen"),
        ("gaat", "niet"),
    }
)

# Not confirmed: the ticket is not paid, has lapsed, or the guest waits for a place.
_PENDING_FIRST = frozenset(
    {
        "pending",
        "unpaid",
        "expired",
        "awaiting",
        "waitlist",
        "waitlisted",
        "waitinglist",
        "wachtlijst",
        "onbetaald",
        "verlopen",
        "onhold",
    }
)
_PENDING_PAIRS = frozenset(
    {
        ("awaiting", "payment"),
        ("on", "hold"),
        ("waiting", "list"),
        ("niet", "betaald"),
        ("in", "afwachting"),
        ("not", "paid"),
        ("payment", "pending"),
        ("wait", "list"),
    }
)


def is_not_coming(status: str) -> bool:
    """Whether a status or RSVP answer means the guest will not come."""
    parts = words(status)
    if not parts:
        return False
    return parts[0] in _NOT_COMING_FIRST or tuple(parts[:2]) in _NOT_COMING_PAIRS


def is_pending(status: str) -> bool:
    """Whether a status means "not confirmed": unpaid, expired, on hold, on the waiting list."""
    parts = words(status)
    if not parts:
        return False
    return parts[0] in _PENDING_FIRST or tuple(parts[:2]) in _PENDING_PAIRS
