"""What a door's copy reads of the store: the guests changed since its last look, and the
scans it sent. Reads only; the door's writes go through the door service and ``Tx``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from checkin.models import Guest
from checkin.store.event_store import Store
from checkin.store.rows import _guest_of, from_db, utcnow
from checkin.store.schema import guest_t, replaced_code_t, scan_t


@dataclass(frozen=True)
class Changes:
    """Guests changed since a copy's last look, every replaced code, and the new marks."""

    guests: list[Guest]
    replaced: list[tuple[str, int, datetime]]
    newest_scan: int
    stamp: str


def changes(store: Store, *, stamp: str, last_scan: int, full: bool) -> Changes:
    """Guests edited since ``stamp`` or scanned since scan ``last_scan`` (every guest when
    ``full``), in one reading transaction."""
    with store.read() as conn:
        newest = conn.execute(sa.select(sa.func.max(scan_t.c.id))).scalar() or 0
        if full or not stamp:
            rows = conn.execute(sa.select(guest_t)).all()
        else:
            touched = sa.select(scan_t.c.guest_id).where(
                scan_t.c.id > last_scan, scan_t.c.guest_id.is_not(None)
            )
            rows = conn.execute(
                sa.select(guest_t).where(
                    sa.or_(guest_t.c.updated_at > stamp, guest_t.c.id.in_(touched))
                )
            ).all()
        replaced = [
            (r.code, r.guest_id, from_db(r.replaced_at) or utcnow())
            for r in conn.execute(sa.select(replaced_code_t))
        ]
        new_stamp = conn.execute(sa.select(sa.func.max(guest_t.c.updated_at))).scalar() or ""
    return Changes([_guest_of(r) for r in rows], replaced, int(newest), str(new_stamp))


def has_scan(store: Store, uuid: str) -> bool:
    with store.read() as conn:
        return conn.execute(sa.select(scan_t.c.id).where(scan_t.c.uuid == uuid)).first() is not None


def door_scan_ids(store: Store, door: str) -> set[str]:
    """The ids of every scan the store holds from this door."""
    with store.read() as conn:
        return {
            r[0]
            for r in conn.execute(
                sa.select(scan_t.c.uuid).where(scan_t.c.door == door, scan_t.c.uuid.is_not(None))
            )
        }


def admitted_rows(store: Store, guest_id: int | None) -> set[int]:
    """The log rows that count the guest in (not undone)."""
    if guest_id is None:
        return set()
    with store.read() as conn:
        return {
            r[0]
            for r in conn.execute(
                sa.select(scan_t.c.id).where(
                    scan_t.c.guest_id == guest_id,
                    scan_t.c.verdict == "admitted",
                    scan_t.c.undone == sa.false(),
                )
            )
        }
