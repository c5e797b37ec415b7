"""Guests given to an event the way production does: written to a CSV guest list and read
by the import (``checkin import``, checkin/guestlist), all in one transaction.

For the tests' seed fixture and the benchmarks: there is no second way in kept for them.
"""

from __future__ import annotations

import csv
import tempfile
from datetime import datetime
from pathlib import Path

from checkin.guestlist import import_guest_list
from checkin.guestlist.report import ImportReport
from checkin.models import GuestInput
from checkin.store import Store

# The columns a list is written with, each under a header the import knows.
_COLUMNS = (
    ("First name", "first_name"),
    ("Middle name", "middle"),
    ("Last name", "last_name"),
    ("Name", "name"),
    ("Organisation", "organisation"),
    ("Email", "email"),
    ("Code", "code"),
    ("Ticket type", "ticket_type"),
    ("Seat", "seat"),
    ("Notes", "notes"),
    ("Companions", "companions"),
)


def _status(g: GuestInput) -> str:
    return "Cancelled" if g.cancelled else "Pending" if g.pending else ""


def write_list(path: Path, guests: list[GuestInput]) -> Path:
    """A CSV guest list with a column for each field any guest has, a status column
    (cancelled, pending) and the guests' extra fields as columns of their own."""
    used = [(h, f) for h, f in _COLUMNS if any(getattr(g, f) for g in guests)]
    extras = sorted({k for g in guests for k in g.extra})
    with path.open("w", encoding="utf-8", newline="") as f:
        out = csv.writer(f)
        out.writerow([h for h, _ in used] + ["Status"] + extras)
        for g in guests:
            out.writerow(
                [getattr(g, f) or "" for _, f in used]
                + [_status(g)]
                + [g.extra.get(k, "") for k in extras]
            )
    return path


def import_guests(
    store: Store,
    guests: list[GuestInput],
    *,
    file_name: str = "guests.csv",
    now: datetime | None = None,
) -> ImportReport:
    """Import these guests into the event as a list named ``file_name``."""
    with tempfile.TemporaryDirectory() as folder:
        return import_guest_list(store, write_list(Path(folder) / file_name, guests), now=now)
