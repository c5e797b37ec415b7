"""The share protocol applied inside the store's transactions (the server's side).

The shares live in the ``door`` table (schema 4). Every function here runs in a
writing transaction that holds the event's lock, loads the ledger, applies one
step of :mod:`checkin.offline.shares` and writes the changed rows back, so a
share moves in the same atomic step as the admission it pays for.

:meth:`Tx.admit` calls :func:`spend` just before its conditional UPDATE, which
also counts the shares: ``inside + people + SUM(share) <= capacity``. Which door
is admitting is told by :func:`acting` (a context variable set by the offline
door around each call into the door service), so the door rules need no new
parameter.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from checkin.offline import shares
from checkin.offline.shares import Holding, Ledger
from checkin.store.rows import from_db, to_db, utcnow
from checkin.store.schema import door_t, event_t

# A door not heard from for this long is "silent": its share is frozen for it and
# no longer counted when the others' shares are sized. Doors make contact every second.
SILENT_AFTER = timedelta(seconds=5)

# The door whose scan is being decided in this thread, and whether it is sending its
# journal (then an admission pays from its share whatever the cap: it happened).
_acting: ContextVar[tuple[str, bool] | None] = ContextVar("checkin_acting_door", default=None)


@contextmanager
def acting(door: str, *, replay: bool = False) -> Iterator[None]:
    """Admissions inside this block are this door's: they spend its share first."""
    token = _acting.set((door, replay))
    try:
        yield
    finally:
        _acting.reset(token)


@dataclass(frozen=True)
class DoorRow:
    """One door as the server knows it; what `checkin status` lists."""

    name: str
    share: int
    released: bool
    first_contact: datetime
    last_contact: datetime
    clock_offset_ms: int
    waiting: int
    sent: int
    overshoot: int

    def online(self, now: datetime) -> bool:
        return not self.released and now - self.last_contact <= SILENT_AFTER

    def as_json(self, now: datetime) -> dict[str, object]:
        return {"name": self.name, "online": self.online(now), "share": self.share,
                "released": self.released, "last_contact": self.last_contact.isoformat(),
                "waiting": self.waiting, "sent": self.sent, "overshoot": self.overshoot,
                "clock_offset_ms": self.clock_offset_ms}


def _door_of(m: sa.RowMapping) -> DoorRow:
    return DoorRow(name=m["name"], share=m["share"], released=bool(m["released"]),
                   first_contact=from_db(m["first_contact"]) or utcnow(),
                   last_contact=from_db(m["last_contact"]) or utcnow(),
                   clock_offset_ms=m["clock_offset_ms"], waiting=m["waiting"], sent=m["sent"],
                   overshoot=m["overshoot"])


def door_rows(conn: Connection) -> list[DoorRow]:
    return [_door_of(r._mapping)
            for r in conn.execute(sa.select(door_t).order_by(door_t.c.name))]


def load(conn: Connection, now: datetime) -> tuple[Ledger, dict[str, DoorRow]]:
    capacity, inside = conn.execute(sa.select(event_t.c.capacity, event_t.c.inside)).one()
    rows = {d.name: d for d in door_rows(conn)}
    holdings = tuple(Holding(d.name, d.share, connected=d.online(now), released=d.released)
                     for d in rows.values())
    return Ledger(capacity=capacity, inside=inside, holdings=holdings), rows


def _write_shares(conn: Connection, before: Ledger, after: Ledger) -> None:
    for h in after.holdings:
        old = before.holding(h.door)
        if old is None or old.share != h.share or old.released != h.released:
            conn.execute(sa.update(door_t).where(door_t.c.name == h.door)
                         .values(share=h.share, released=h.released))


def spend(conn: Connection, people: int, *, forced: bool = False) -> None:
    """Called by Tx.admit (and force_admit) before the headcount rises: the acting
    door pays from its own share first. Unforced, nothing changes when the room has
    no place for them (the admit that follows then fails too: it checks the same sum)."""
    who = _acting.get()
    if who is None or people <= 0:
        return
    door, replay = who
    row = conn.execute(sa.select(door_t.c.share).where(door_t.c.name == door)).first()
    if row is None or row[0] <= 0:
        return
    use = min(row[0], people)
    if not (forced or replay):
        ledger, _rows = load(conn, utcnow())
        if shares.take(ledger, door, people) is None:
            return
    conn.execute(sa.update(door_t).where(door_t.c.name == door)
                 .values(share=door_t.c.share - use))


def refill(conn: Connection, people: int) -> None:
    """Called by Tx.release: while a door sends its journal, an exit it recorded
    offline gave the places to its own share (it may have re-used them already)."""
    who = _acting.get()
    if who is None or not who[1] or people <= 0:
        return
    conn.execute(sa.update(door_t).where(door_t.c.name == who[0])
                 .values(share=door_t.c.share + people))


@dataclass(frozen=True)
class Contact:
    """What a door learns at a contact: its share and the room, and the clock offset."""

    share: int
    capacity: int
    inside: int
    offset_ms: int
    server_time: datetime
    released: bool  # it had been released by a supervisor (said once, at its return)


def contact(conn: Connection, door: str, *, declared: int | None, waiting: int,
            door_time: datetime, now: datetime | None = None,
            fraction: float = shares.DEFAULT_FRACTION) -> Contact:
    """A door's heartbeat (or its return): its share renewed (see shares.renew), its
    last contact, clock offset and waiting scans recorded. In a locked transaction."""
    moment = now or utcnow()
    ledger, rows = load(conn, moment)
    offset = int((moment - door_time).total_seconds() * 1000)
    old = rows.get(door)
    was_released = old is not None and old.released
    if old is None:
        conn.execute(sa.insert(door_t).values(
            name=door, share=0, released=False, first_contact=to_db(moment),
            last_contact=to_db(moment), clock_offset_ms=offset, waiting=waiting))
        ledger = ledger.with_holding(Holding(door, 0))
    after, told = shares.renew(ledger, door, declared, fraction)
    _write_shares(conn, ledger, after)
    conn.execute(sa.update(door_t).where(door_t.c.name == door).values(
        released=False, last_contact=to_db(moment), clock_offset_ms=offset, waiting=waiting))
    return Contact(share=told, capacity=after.capacity, inside=after.inside, offset_ms=offset,
                   server_time=moment, released=was_released)


def release(conn: Connection, door: str) -> int:
    """A supervisor releases a lost door's share to the pool. Returns the places freed."""
    row = conn.execute(sa.select(door_t.c.share).where(door_t.c.name == door)).first()
    if row is None:
        return -1
    conn.execute(sa.update(door_t).where(door_t.c.name == door).values(share=0, released=True))
    return int(row[0])


def record_sent(conn: Connection, door: str, sent: int, overshoot: int) -> None:
    conn.execute(sa.update(door_t).where(door_t.c.name == door).values(
        sent=door_t.c.sent + sent, overshoot=door_t.c.overshoot + overshoot))


def held(conn: Connection) -> int:
    return int(conn.execute(sa.select(sa.func.coalesce(sa.func.sum(door_t.c.share), 0)))
               .scalar_one())


def over_by(conn: Connection) -> int:
    """How far inside + shares is past the capacity now (0 when the invariant holds)."""
    ledger, _ = load(conn, utcnow())
    return shares.overshoot(ledger)

