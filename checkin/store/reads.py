"""The store's read side: the event, its guests, its scan log and imports, the counts.

Each read is one reading transaction (:meth:`Transactions.read`). Small reads (the
event, one guest, the counts, the door's search) pass the door's deadline, the
rest the ceiling an export may take.
"""

from __future__ import annotations

from collections.abc import Iterator

import sqlalchemy as sa

from checkin.errors import GuestNotFound
from checkin.models import Event, Guest, ImportRecord, ScanRecord
from checkin.store.engine import CEILING_SECONDS, DOOR_SECONDS
from checkin.store.rows import _event_of, _guest_of, _scan_of, from_db, utcnow
from checkin.store.schema import event_t, guest_t, import_t, scan_t
from checkin.store.transactions import Transactions
from checkin.text import fold


class Reads(Transactions):
    """What the store reads for the screens, the documents and the CLI; the base of
    :class:`checkin.store.event_store.Store`."""

    def event(self) -> Event:
        with self.read(seconds=DOOR_SECONDS) as conn:
            return _event_of(conn.execute(sa.select(event_t)).one())

    def guests(self, *, include_cancelled: bool = True) -> list[Guest]:
        """All guests in door-list order: last name, tussenvoegsel ignored."""
        query = sa.select(guest_t).order_by(guest_t.c.sort_key, guest_t.c.id)
        if not include_cancelled:
            query = query.where(guest_t.c.cancelled == sa.false())
        with self.read() as conn:
            return [_guest_of(r) for r in conn.execute(query)]

    def guest(self, guest_id: int) -> Guest:
        with self.read(seconds=DOOR_SECONDS) as conn:
            row = conn.execute(sa.select(guest_t).where(guest_t.c.id == guest_id)).first()
        if row is None:
            raise GuestNotFound(guest_id)
        return _guest_of(row)

    def guest_by_code(self, code: str) -> Guest | None:
        with self.read(seconds=DOOR_SECONDS) as conn:
            row = conn.execute(sa.select(guest_t).where(guest_t.c.code == code)).first()
        return None if row is None else _guest_of(row)

    def search(self, query: str, limit: int | None = None) -> list[Guest]:
        """Guests whose name, organisation, email or code holds every word of the query."""
        terms = fold(query).split()
        stmt = sa.select(guest_t).order_by(guest_t.c.sort_key, guest_t.c.id)
        for term in terms:
            like = f"%{term.replace('%', '').replace('_', '')}%"
            stmt = stmt.where(
                sa.or_(guest_t.c.search_key.like(like), sa.func.lower(guest_t.c.code).like(like))
            )
        if limit is not None:
            stmt = stmt.limit(limit)
        # the door's search (a few rows) answers within the door's deadline
        with self.read(seconds=CEILING_SECONDS if limit is None else DOOR_SECONDS) as conn:
            return [_guest_of(r) for r in conn.execute(stmt)]

    def scans(
        self,
        *,
        since_id: int = 0,
        limit: int | None = None,
        newest_first: bool = False,
        seconds: float = CEILING_SECONDS,
    ) -> list[ScanRecord]:
        """The log after ``since_id``; ``seconds``: the door's deadline for what a door
        screen reads after each verdict (its chart and strip), the ceiling otherwise."""
        stmt = sa.select(scan_t).where(scan_t.c.id > since_id)
        stmt = stmt.order_by(scan_t.c.id.desc() if newest_first else scan_t.c.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.read(seconds=seconds) as conn:
            return [_scan_of(r) for r in conn.execute(stmt)]

    def iter_scans(self, batch: int = 5000) -> Iterator[ScanRecord]:
        """Every scan in order, fetched in batches so memory stays bounded."""
        last = 0
        while True:
            chunk = self.scans(since_id=last, limit=batch)
            if not chunk:
                return
            yield from chunk
            last = chunk[-1].id

    def iter_guests(self, batch: int = 5000) -> Iterator[Guest]:
        """Every guest in door-list order, fetched in batches (bounded memory)."""
        last_key, last_id = "", 0
        while True:
            stmt = (
                sa.select(guest_t)
                .where(
                    sa.or_(
                        guest_t.c.sort_key > last_key,
                        sa.and_(guest_t.c.sort_key == last_key, guest_t.c.id > last_id),
                    )
                )
                .order_by(guest_t.c.sort_key, guest_t.c.id)
                .limit(batch)
            )
            with self.read() as conn:
                chunk = [_guest_of(r) for r in conn.execute(stmt)]
            if not chunk:
                return
            yield from chunk
            last_key, last_id = chunk[-1].sort_key, chunk[-1].id

    def imports(self) -> list[ImportRecord]:
        with self.read() as conn:
            rows = conn.execute(sa.select(import_t).order_by(import_t.c.id)).all()
        return [
            ImportRecord(
                id=m["id"],
                file_name=m["file_name"],
                at=from_db(m["at"]) or utcnow(),
                imported=m["imported"],
                updated=m["updated"],
                skipped=m["skipped"],
                duplicates=m["duplicates"],
                cancelled=m["cancelled"],
            )
            for m in (r._mapping for r in rows)
        ]

    def counts(self) -> dict[str, int]:
        """Guests by status: not_arrived, inside, left, cancelled, and arrived (ever)."""
        with self.read(seconds=DOOR_SECONDS) as conn:
            rows = conn.execute(
                sa.select(guest_t.c.cancelled, guest_t.c.presence, sa.func.count()).group_by(
                    guest_t.c.cancelled, guest_t.c.presence
                )
            ).all()
            arrived = conn.execute(
                sa.select(sa.func.count()).where(guest_t.c.entries > 0)
            ).scalar_one()
        out = {"not_arrived": 0, "inside": 0, "left": 0, "cancelled": 0, "guests": 0}
        for cancelled, presence, n in rows:
            out["guests"] += n
            out["cancelled" if cancelled else presence] += n
        out["arrived"] = arrived
        return out
