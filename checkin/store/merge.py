"""Merging an imported list into the event: match by code, else email, else exact name.

One transaction: matched guests are updated in place (their check-ins kept),
new ones inserted in batches, guests missing from the list reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from checkin import codes
from checkin.models import GuestInput, MergeResult
from checkin.store.rows import guest_values, to_db, utcnow
from checkin.store.schema import guest_t, import_t

if TYPE_CHECKING:
    from checkin.store.event_store import Store


def merge_guests(
    store: Store,
    records: Sequence[tuple[GuestInput, bool]],
    *,
    file_name: str,
    skipped: int,
    duplicates: int,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> MergeResult:
    """Import a list as one transaction: match by code, else email, else exact name.

    ``records`` pairs each guest with whether its code came from the list.
    Matched guests are updated in place (check-ins kept); the rest are
    added; guests of the event that the list lacks are reported, never
    deleted.
    """
    stamp = now or utcnow()
    with store.write() as tx:
        tag = tx.locked.tag
        existing = tx.conn.execute(
            sa.select(guest_t.c.id, guest_t.c.code, guest_t.c.email, guest_t.c.name,
                      guest_t.c.walk_in)
        ).all()
        by_code = {r.code: r.id for r in existing}
        # Several guests may share a name (or, in old lists, an email): each
        # row of the new list takes the first of them it has not matched yet.
        by_email: dict[str, list[int]] = {}
        by_name: dict[str, list[int]] = {}
        for r in existing:
            if r.email:
                by_email.setdefault(r.email.casefold(), []).append(r.id)
            by_name.setdefault(r.name.casefold(), []).append(r.id)
        seen: set[int] = set()

        def unseen(ids: list[int] | None) -> int | None:
            return next((i for i in ids or () if i not in seen), None)

        used_codes = set(by_code)
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        inserted = 0
        db_stamp = to_db(stamp)
        total = len(records)
        for i, (g, has_code) in enumerate(records):
            if progress is not None and i % 1000 == 0:
                progress(i, total)
            values = guest_values(g)
            match = by_code.get(g.code) if has_code else None
            if match in seen:
                match = None
            if match is None and g.email:
                match = unseen(by_email.get(g.email.strip().casefold()))
            if match is None:
                match = unseen(by_name.get(values["name"].casefold()))
            if match is not None:
                seen.add(match)
                values.pop("walk_in")
                if has_code:
                    values["code"] = g.code
                    used_codes.add(g.code)
                updates.append(values | {"_id": match, "updated_at": db_stamp})
                continue
            code = g.code if has_code else ""
            while not code or code in used_codes:
                code = codes.new_code(tag)
            used_codes.add(code)
            inserts.append(values | {"code": code, "created_at": db_stamp,
                                     "updated_at": db_stamp})
            if len(inserts) >= _INSERT_BATCH:  # bounded memory on long lists
                _insert_guests(tx.conn, inserts)
                inserted += len(inserts)
                inserts = []
        if updates:
            for group in _by_keys(updates):
                cols = [k for k in group[0] if k != "_id"]
                tx.conn.execute(
                    sa.update(guest_t)
                    .where(guest_t.c.id == sa.bindparam("_id"))
                    .values({k: sa.bindparam(f"v_{k}") for k in cols}),
                    [{"_id": u["_id"], **{f"v_{k}": u[k] for k in cols}} for u in group],
                )
        if inserts:
            _insert_guests(tx.conn, inserts)
            inserted += len(inserts)
        cancelled = sum(1 for g, _ in records if g.cancelled)
        tx.conn.execute(sa.insert(import_t).values(
            file_name=file_name, at=db_stamp, imported=inserted, updated=len(updates),
            skipped=skipped, duplicates=duplicates, cancelled=cancelled,
        ))
        missing = tuple(sorted(r.id for r in existing if r.id not in seen and not r.walk_in))
        if progress is not None:
            progress(total, total)
    return MergeResult(imported=inserted, updated=len(updates), missing=missing)


_INSERT_BATCH = 5000


def _insert_guests(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Many guests at once, straight to the driver: SQLAlchemy's per-row work
    costs more than SQLite's on a 50,000-row list."""
    cols = list(rows[0])
    mark = "%({})s" if conn.dialect.paramstyle == "pyformat" else ":{}"
    conn.exec_driver_sql(
        f"INSERT INTO guest ({', '.join(cols)}) "
        f"VALUES ({', '.join(mark.format(c) for c in cols)})",
        rows,
    )


def _by_keys(rows: Iterable[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for r in rows:
        groups.setdefault(tuple(sorted(r)), []).append(r)
    return list(groups.values())
