"""The room: how full it is, and the "room for N" memory of those turned away.

While the room is full the door counts the people it turns away; once
someone leaves it shows "room for 1" and the count stays readable, until the
room fills up again and the count starts over.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from checkin.door.verdicts import RoomState, Verdict
from checkin.models import Event
from checkin.store import Store, scan_t
from checkin.store.engine import DOOR_SECONDS


def turned_away(conn: Connection, capacity: int) -> int:
    """The "full" verdicts after the last scan that still left room before them."""
    last_full = conn.execute(
        sa.select(sa.func.max(scan_t.c.id)).where(scan_t.c.verdict == Verdict.FULL.value)
    ).scalar()
    if last_full is None:
        return 0
    had_room = (
        conn.execute(
            sa.select(sa.func.max(scan_t.c.id)).where(
                scan_t.c.id < last_full,
                scan_t.c.verdict != Verdict.FULL.value,
                scan_t.c.inside_after < capacity,
            )
        ).scalar()
        or 0
    )
    return int(
        conn.execute(
            sa.select(sa.func.count()).where(
                scan_t.c.id > had_room, scan_t.c.verdict == Verdict.FULL.value
            )
        ).scalar_one()
    )


def room_of(event: Event, away: int) -> RoomState:
    return RoomState(
        inside=event.inside,
        capacity=event.capacity,
        full=event.inside >= event.capacity,
        room_for=event.room_left,
        turned_away=away,
    )


def room(store: Store) -> RoomState:
    event = store.event()
    with store.read(seconds=DOOR_SECONDS) as conn:  # a door screen asks it: the door's deadline
        away = turned_away(conn, event.capacity)
    return room_of(event, away)
