"""The doors' shares in the store: the ``door`` table and the share protocol applied to it.

Every function here runs in a writing transaction that holds the event's lock,
loads the shares (:func:`load`), applies one step of :mod:`checkin.store.shares`
and writes the changed rows back, so a share moves in the same atomic step as
the admission it pays for.

Which door pays is an argument: :class:`checkin.store.Tx` is opened for a door
(``store.write(door=..., replay=...)``) and calls :func:`spend` before its
conditional UPDATE (which counts the shares as taken: ``inside + people +
SUM(share) <= capacity``) and :func:`refill` when people leave.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from checkin.errors import DoorNameTaken
from checkin.store import shares
from checkin.store.rows import from_db, to_db, utcnow
from checkin.store.schema import door_t, event_t
from checkin.store.shares import Holding, ShareLedger

# A door not heard from for this long is "silent": its share is frozen for it and
# no longer counted when the others' shares are sized. Doors make contact every second.
SILENT_AFTER = timedelta(seconds=5)


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
    door_id: str = ""
    closed: bool = False  # ended cleanly, its share given back
    restored: int = 0  # times its copy came back older than the server had heard it
    copy_seq: int = 0  # its journal's mark at its last contact or clean end (contact())
    copy_uuid: str = ""

    def online(self, now: datetime) -> bool:
        return not (self.released or self.closed) and now - self.last_contact <= SILENT_AFTER

    def as_json(self, now: datetime) -> dict[str, object]:
        return {
            "name": self.name,
            "online": self.online(now),
            "share": self.share,
            "released": self.released,
            "last_contact": self.last_contact.isoformat(),
            "waiting": self.waiting,
            "sent": self.sent,
            "overshoot": self.overshoot,
            "clock_offset_ms": self.clock_offset_ms,
            "closed": self.closed,
            "restored": self.restored,
        }


def _door_of(m: sa.RowMapping) -> DoorRow:
    return DoorRow(
        name=m["name"],
        share=m["share"],
        released=bool(m["released"]),
        first_contact=from_db(m["first_contact"]) or utcnow(),
        last_contact=from_db(m["last_contact"]) or utcnow(),
        clock_offset_ms=m["clock_offset_ms"],
        waiting=m["waiting"],
        sent=m["sent"],
        overshoot=m["overshoot"],
        door_id=m.get("door_id") or "",
        closed=bool(m.get("closed")),
        restored=int(m.get("restored") or 0),
        copy_seq=int(m.get("copy_seq") or 0),
        copy_uuid=m.get("copy_uuid") or "",
    )


def door_rows(conn: Connection) -> list[DoorRow]:
    return [_door_of(r._mapping) for r in conn.execute(sa.select(door_t).order_by(door_t.c.name))]


def load(conn: Connection, now: datetime) -> tuple[ShareLedger, dict[str, DoorRow]]:
    capacity, inside = conn.execute(sa.select(event_t.c.capacity, event_t.c.inside)).one()
    rows = {d.name: d for d in door_rows(conn)}
    holdings = tuple(
        Holding(d.name, d.share, connected=d.online(now), released=d.released)
        for d in rows.values()
    )
    return ShareLedger(capacity=capacity, inside=inside, holdings=holdings), rows


def _write_shares(conn: Connection, before: ShareLedger, after: ShareLedger) -> None:
    for h in after.holdings:
        old = before.holding(h.door)
        if old is None or old.share != h.share or old.released != h.released:
            conn.execute(
                sa.update(door_t)
                .where(door_t.c.name == h.door)
                .values(share=h.share, released=h.released)
            )


def spend(conn: Connection, door: str, people: int, *, forced: bool = False) -> bool:
    """Called by Tx.admit (and force_admit) before the headcount rises: ``door`` pays
    from its own share first, then the free pool (:func:`shares.take`). False: the room
    has no place for them, nothing changed. ``forced`` (a door sending its journal, a
    record of what happened): the door's share pays what it can and the rest counts
    anyway (:func:`shares.settle`)."""
    if not door or people <= 0:
        return True
    ledger, rows = load(conn, utcnow())
    if door not in rows:
        return True
    if forced:
        after, _over = shares.settle(ledger, door, people, 0)
    else:
        taken = shares.take(ledger, door, people)
        if taken is None:
            return False
        after = taken
    _write_shares(conn, ledger, after)
    return True


def refill(conn: Connection, door: str, people: int) -> None:
    """Called by Tx.release while ``door`` sends its journal: an exit it recorded offline
    gave the places to its own share (it may have re-used them already)."""
    if not door or people <= 0:
        return
    ledger, rows = load(conn, utcnow())
    if door not in rows:
        return
    after, _over = shares.settle(ledger, door, 0, people)
    _write_shares(conn, ledger, after)


@dataclass(frozen=True)
class Contact:
    """What a door learns at a contact: its share and the room, and the clock offset."""

    share: int
    capacity: int
    inside: int
    offset_ms: int
    server_time: datetime
    released: bool  # it had been released by a supervisor (said once, at its return)
    restored: bool = False  # its copy is older than the server had heard it (said once)


def server_time(conn: Connection) -> datetime:
    """The server's clock (PostgreSQL's), not the door's: what offsets are measured against.
    A file event is on the door's own machine: its clock is the server's."""
    if conn.dialect.name == "postgresql":
        value = conn.execute(sa.select(sa.func.clock_timestamp())).scalar_one()
        if isinstance(value, datetime):
            return value.astimezone(UTC)
    return utcnow()


def contact(
    conn: Connection,
    door: str,
    *,
    declared: int | None,
    waiting: int,
    door_time: datetime,
    now: datetime | None = None,
    door_id: str = "",
    newest: tuple[int, str] | None = None,
    copy_has: Callable[[int], str | None] | None = None,
    sent: int = 0,
    fraction: float = shares.DEFAULT_FRACTION,
) -> Contact:
    """A door's heartbeat (or its return): its share renewed (see shares.renew), its
    last contact, clock offset (the server's clock minus the door's) and waiting scans
    recorded. In a locked transaction. A door name that another computer holds (another
    ``door_id``, live or holding places) is refused with :class:`DoorNameTaken`.
    ``newest``: the seq and scan id of the newest entry in the door's journal, kept as
    its mark; ``copy_has(seq)``: the scan id the door's copy holds at a seq. A copy put
    back to an older state (a snapshot, a backup of the laptop) no longer has the entry
    of its mark at that seq, whatever it did since: counted in ``restored`` and said in
    the answer (the server is the authority on what a door spent). ``sent``: the
    journal scans this door just sent, said if it is refused."""
    moment = now or server_time(conn)
    ledger, rows = load(conn, moment)
    offset = int((moment - door_time).total_seconds() * 1000)
    old = rows.get(door)
    if old is not None and door_id and old.door_id and old.door_id != door_id:
        live = old.online(moment)
        if live or (old.share > 0 and not old.released):
            raise DoorNameTaken(door, old.share, live, sent)
    older = (
        old is not None
        and copy_has is not None
        and bool(door_id and old.copy_uuid)
        and old.door_id == door_id
        and copy_has(old.copy_seq) != old.copy_uuid
    )
    was_released = old is not None and old.released
    if old is None:
        conn.execute(
            sa.insert(door_t).values(
                name=door,
                share=0,
                released=False,
                first_contact=to_db(moment),
                last_contact=to_db(moment),
                clock_offset_ms=offset,
                waiting=waiting,
                door_id=door_id,
            )
        )
        ledger = ledger.with_holding(Holding(door, 0))
    after, told = shares.renew(ledger, door, declared, fraction)
    _write_shares(conn, ledger, after)
    conn.execute(
        sa.update(door_t)
        .where(door_t.c.name == door)
        .values(
            released=False,
            closed=False,
            last_contact=to_db(moment),
            clock_offset_ms=offset,
            waiting=waiting,
            door_id=door_id or (old.door_id if old is not None else ""),
            restored=door_t.c.restored + int(older),
            **({} if newest is None else {"copy_seq": newest[0], "copy_uuid": newest[1]}),
        )
    )
    return Contact(
        share=told,
        capacity=after.capacity,
        inside=after.inside,
        offset_ms=offset,
        server_time=moment,
        released=was_released,
        restored=older,
    )


def leave(conn: Connection, door: str, door_id: str, newest: tuple[int, str] | None = None) -> int:
    """A door that ends cleanly (its journal sent) gives its share back to the pool and
    is no longer heard from; returns the places given back. ``newest``: its journal's
    mark, as at a contact (:func:`contact`)."""
    row = conn.execute(
        sa.select(door_t.c.share, door_t.c.door_id).where(door_t.c.name == door)
    ).first()
    if row is None or (door_id and row[1] and row[1] != door_id):
        return 0
    conn.execute(
        sa.update(door_t)
        .where(door_t.c.name == door)
        .values(
            share=0,
            closed=True,
            waiting=0,
            **({} if newest is None else {"copy_seq": newest[0], "copy_uuid": newest[1]}),
        )
    )
    return int(row[0])


def release(conn: Connection, door: str) -> int:
    """A supervisor releases a lost door's share to the pool. Returns the places freed."""
    row = conn.execute(sa.select(door_t.c.share).where(door_t.c.name == door)).first()
    if row is None:
        return -1
    conn.execute(sa.update(door_t).where(door_t.c.name == door).values(share=0, released=True))
    return int(row[0])


def record_sent(conn: Connection, door: str, sent: int, overshoot: int) -> None:
    conn.execute(
        sa.update(door_t)
        .where(door_t.c.name == door)
        .values(sent=door_t.c.sent + sent, overshoot=door_t.c.overshoot + overshoot)
    )


def held(conn: Connection) -> int:
    return int(
        conn.execute(sa.select(sa.func.coalesce(sa.func.sum(door_t.c.share), 0))).scalar_one()
    )


def over_by(conn: Connection) -> int:
    """How far inside + shares is past the capacity now (0 when the invariant holds)."""
    ledger, _ = load(conn, utcnow())
    return shares.overshoot(ledger)
