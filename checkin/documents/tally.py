"""The counts of the attendance workbook (its Summary sheet), and the one rule that gives a
guest their status in it. Without openpyxl: the Export screen shows these counts as the
event opens, long before a workbook is made."""

from __future__ import annotations

from dataclasses import dataclass

import sqlalchemy as sa

from checkin.models import Guest
from checkin.store import Store, guest_t


@dataclass
class Tally:
    guests: int = 0
    invited: int = 0
    attended: int = 0
    no_shows: int = 0
    cancelled: int = 0
    walk_ins: int = 0
    pending: int = 0


def attendance_status(guest: Guest) -> str:
    """The status key of a guest in the export (a key of :mod:`.words`)."""
    return _status(guest.entries > 0, guest.walk_in, guest.cancelled, guest.pending)


def _status(came: bool, walk_in: bool, cancelled: bool, pending: bool) -> str:
    if came:
        return "status.walk_in" if walk_in else "status.attended"
    if cancelled:
        return "status.cancelled"
    if pending:
        return "status.pending"
    return "status.no_show"


def count(tally: Tally, status: str, walk_in: bool, n: int = 1) -> None:
    """``n`` guests of one status in the workbook's counts (its Summary sheet)."""
    tally.guests += n
    if not walk_in:
        tally.invited += n
    field = {
        "status.attended": "attended",
        "status.walk_in": "walk_ins",
        "status.cancelled": "cancelled",
        "status.pending": "pending",
    }.get(status, "no_shows")
    setattr(tally, field, getattr(tally, field) + n)


def attendance_tally(store: Store) -> Tally:
    """The counts of the workbook's Summary sheet, by the same rule, in one small query:
    what the Export screen shows before the workbook is made."""
    c = guest_t.c
    came = (c.entries > 0).label("came")  # one expression, named: PostgreSQL groups by it
    with store.read() as conn:
        groups = conn.execute(
            sa.select(came, c.walk_in, c.cancelled, c.pending, sa.func.count()).group_by(
                came, c.walk_in, c.cancelled, c.pending
            )
        ).all()
    tally = Tally()
    for came, walk_in, cancelled, pending, n in groups:
        count(
            tally,
            _status(bool(came), bool(walk_in), bool(cancelled), bool(pending)),
            bool(walk_in),
            int(n),
        )
    return tally
