"""The door's status: the headcount, the guests by status, the peak, any moment the
time-ordered log went over the cap, and what undo took back (so a room whose
headcount was talked down by repeated undo says so)."""

from __future__ import annotations

import sqlalchemy as sa

from checkin.door.timeline import over_cap
from checkin.door.undo import counts as undo_counts
from checkin.door.verdicts import DoorStatus
from checkin.store import Store, guest_t
from checkin.store.engine import DOOR_SECONDS


def read_status(store: Store) -> DoorStatus:
    event = store.event()
    c = store.counts()
    with store.read(seconds=DOOR_SECONDS) as conn:  # a door screen asks it: the door's deadline
        pending = conn.execute(
            sa.select(sa.func.count()).where(
                guest_t.c.pending == sa.true(), guest_t.c.cancelled == sa.false()
            )
        ).scalar_one()
        undone = undo_counts(conn)
    return DoorStatus(
        inside=event.inside,
        capacity=event.capacity,
        guests=c["guests"],
        cancelled=c["cancelled"],
        arrived=c["arrived"],
        peak=event.peak,
        peak_at=event.peak_at,
        counter=event.counter,
        not_arrived=c["not_arrived"],
        left=c["left"],
        pending=int(pending),
        over_cap=over_cap(store),
        undos=undone.taken_back,
        undos_with_pin=undone.with_pin,
        undos_refused=undone.refused,
        undone_people=undone.people,
    )
