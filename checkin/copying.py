"""`checkin copy`: an event from a .checkin file to PostgreSQL and back, scans and all.

Prepare at the office on a file, run the doors on the server, take a file home
for the export. The target must not hold an event yet; the copy is one
transaction on the target, so a failed copy leaves no half event behind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa

from checkin.errors import StoreExists
from checkin.location import is_server_url
from checkin.store import Store, door_t, guest_t, import_t, metadata, scan_t


def copy_event(source: str | Path, target: str | Path) -> Store:
    """Copy everything of ``source`` into a new event at ``target``; returns it open."""
    if not is_server_url(target) and Path(target).exists():
        raise StoreExists(str(target))
    with Store.open(source, read_only=True) as src:  # never holds a writer's -wal
        tables = dump(src)
        event = src.event()
    created = Store.create(
        target,
        name=event.name,
        capacity=event.capacity,
        event_date=event.date,
        timezone=event.timezone,
    )
    try:
        load(created, tables)
    except BaseException:
        created.close()
        if not is_server_url(target):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
        raise
    return created


def dump(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table but the doors' shares: a copy is a new place to run doors,
    and shares held by the source's doors would hold places in the copy for ever."""
    with store.read() as conn:
        return {
            t.name: [dict(r._mapping) for r in conn.execute(sa.select(t))]
            for t in metadata.sorted_tables
            if t.name != door_t.name
        }


def load(store: Store, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Replace the store's content with a dump; one transaction."""
    with store.write() as tx:
        for t in reversed(metadata.sorted_tables):
            tx.conn.execute(sa.delete(t))
        for t in metadata.sorted_tables:
            rows = tables.get(t.name, [])
            if rows:
                tx.conn.execute(sa.insert(t), rows)
        if tx.conn.dialect.name == "postgresql":
            for t in (guest_t, scan_t, import_t):
                tx.conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('\"{t.name}\"', 'id'), "
                    f'COALESCE((SELECT MAX(id) FROM "{t.name}"), 0) + 1, false)'
                )
