"""A guest list into the event in sets: staged first, then one short transaction.

How an import writes, and why:

- Rows are staged as they are read, in batches, in a temporary table on one
  connection of its own (``Staging``). A temporary table belongs to that
  session alone and is never written to the event's file or database, so
  staging takes no lock a door needs (on SQLite the staging transactions are
  DEFERRED and touch only the temporary database; on PostgreSQL they take no
  lock on the event row) and a crash or a cancel leaves nothing behind.
- The event's guests are read once, in one query, before the list is read;
  each row is matched in memory by code, else email, else name
  (guestlist/merge.py), so matching is linear in the list and the event.
- Then one transaction makes the change, all or nothing, in a few statements
  whatever the list's length: replaced codes kept, new guests inserted from
  the staging table, the import logged, matched guests updated. On
  PostgreSQL it does not lock the event row at all: inserting new guests
  blocks no scan, and the updates come last and touch only guests whose data
  changed, so a door's scan waits at most for those row updates, never for
  the reading or the inserting. On SQLite it is an ordinary write
  (BEGIN IMMEDIATE), which is short because all the reading was done before.
- A matched guest who gets a new code from the list keeps the old one as a
  replaced code (table replaced_code): scanning it says `revoked`.
"""

from __future__ import annotations

import operator
import secrets
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from checkin.errors import ImportConflict
from checkin.store.rows import to_db
from checkin.store.schema import event_t, guest_t, import_t, replaced_code_t

if TYPE_CHECKING:
    from checkin.guestlist.merge import Existing
    from checkin.store.event_store import Store

# The guest columns a list sets: what guest_values() gives.
STAGED = (
    "first_name",
    "middle",
    "last_name",
    "name",
    "organisation",
    "email",
    "cancelled",
    "ticket_type",
    "seat",
    "notes",
    "companions",
    "extra",
    "walk_in",
    "pending",
    "name_missing",
    "sort_key",
    "search_key",
)
# What a re-import changes on a matched guest; walk_in and the door's columns stay.
_UPDATED = tuple(c for c in STAGED if c != "walk_in")
BATCH = 2000
# Changed guests updated in one step on PostgreSQL: a step holds their rows 5-25 ms here.
STEP = 250
# Taken by every import for its last step on PostgreSQL, so that two imports into one
# event run one after the other; a scan never takes it.
_IMPORT_LOCK = 0x636B696E  # "ckin"


class Staging:
    """One import's rows on their way in; see the module's notes. Use as a context manager."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.conn: Connection = store.engine.connect()
        self.postgres = self.conn.dialect.name == "postgresql"
        name = f"import_stage_{secrets.token_hex(4)}"
        meta = sa.MetaData()
        columns = [sa.Column(c.name, c.type) for c in guest_t.c if c.name in STAGED]
        self.stage = sa.Table(
            name,
            meta,
            sa.Column("pos", sa.Integer, primary_key=True),
            sa.Column("match_id", sa.Integer, index=True),
            sa.Column("slot", sa.Integer),
            sa.Column("code", sa.Text),
            *columns,
            # Set just before the change: the matched guest's code, or data, differs.
            sa.Column("recode", sa.Boolean, nullable=False, server_default=sa.false()),
            sa.Column("changed", sa.Boolean, nullable=False, server_default=sa.false()),
            prefixes=["TEMPORARY"],
        )
        self.fresh = sa.Table(
            f"{name}_codes",
            meta,
            sa.Column("slot", sa.Integer, primary_key=True),
            sa.Column("code", sa.Text, nullable=False),
            prefixes=["TEMPORARY"],
        )
        # The matched guests' values before a large re-import changes them in steps (below).
        self.before = sa.Table(
            f"{name}_before",
            meta,
            sa.Column("id", sa.Integer, primary_key=True),
            *(sa.Column(c.name, c.type) for c in columns if c.name in _UPDATED),
            sa.Column("updated_at", sa.Text),
            prefixes=["TEMPORARY"],
        )
        self.order = ["pos", "match_id", "slot", "code", *(c.name for c in columns)]
        self._values = operator.itemgetter(*self.order[1:])
        self.waiting: dict[int, tuple[Any, ...]] = {}
        self.staged = 0
        try:
            with self._staging():
                meta.create_all(self.conn)
        except BaseException:
            self.conn.close()
            raise

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            if self.conn.in_transaction():
                self.conn.rollback()
            with self._staging():
                for table in (self.before, self.fresh, self.stage):
                    table.drop(self.conn, checkfirst=True)
        except sa.exc.SQLAlchemyError:
            pass  # the session's end drops a temporary table anyway
        finally:
            self.conn.close()

    def _staging(self) -> Any:
        """A short transaction that writes only the temporary tables (and may read guests)."""
        return self.conn.execution_options(sqlite_begin="DEFERRED").begin()

    # reading the event -----------------------------------------------------

    def existing(self) -> Existing:
        """The keys of the event's guests and its replaced codes: what matching needs."""
        from checkin.guestlist.merge import Existing

        with self._staging():
            tag = self.conn.execute(sa.select(event_t.c.tag)).scalar_one()
            guests = [
                (r[0], r[1], r[2], r[3], bool(r[4]))
                for r in self.conn.execute(
                    sa.select(
                        guest_t.c.id,
                        guest_t.c.code,
                        guest_t.c.email,
                        guest_t.c.name,
                        guest_t.c.walk_in,
                    )
                )
            ]
            replaced = [
                (r[0], r[1])
                for r in self.conn.execute(
                    sa.select(replaced_code_t.c.code, replaced_code_t.c.guest_id)
                )
            ]
        return Existing(tag, guests, replaced)

    # staging rows -------------------------------------------------------------

    def put(self, pos: int, row: dict[str, Any]) -> None:
        """Stage the guest at list position ``pos`` (0-based); a later put replaces it."""
        if pos < self.staged:
            with self._staging():
                self.conn.execute(sa.update(self.stage).where(self.stage.c.pos == pos).values(row))
            return
        self.waiting[pos] = (pos, *self._values(row))
        if len(self.waiting) >= BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.waiting:
            return
        rows = list(self.waiting.values())
        with self._staging():
            if self.postgres:
                raw: Any = self.conn.connection.driver_connection
                with (
                    raw.cursor() as cur,
                    cur.copy(
                        f"COPY {self.stage.name} ({', '.join(self.order)}) FROM STDIN"
                    ) as copy,
                ):
                    for row in rows:
                        copy.write_row(row)
            else:
                marks = ", ".join("?" * len(self.order))
                self.conn.exec_driver_sql(
                    f"INSERT INTO {self.stage.name} ({', '.join(self.order)}) VALUES ({marks})",
                    rows,
                )
        self.staged = max(self.waiting) + 1
        self.waiting.clear()

    # the change ------------------------------------------------------------------

    def finish(
        self,
        fresh_codes: Sequence[str],
        *,
        file_name: str,
        skipped: int,
        duplicates: int,
        cancelled: int,
        now: datetime,
    ) -> tuple[int, int]:
        """Make the change in one transaction; (new guests, guests it changed).

        Matching used the guests as they were when the import began; if another
        change gave one of the list's codes to a guest meanwhile, the unique code
        refuses the change and nothing is imported (:class:`ImportConflict`).
        """
        try:
            return self._finish(
                fresh_codes,
                file_name=file_name,
                skipped=skipped,
                duplicates=duplicates,
                cancelled=cancelled,
                now=now,
            )
        except sa.exc.IntegrityError as exc:
            raise ImportConflict(self.store.display) from exc

    def _finish(
        self,
        fresh_codes: Sequence[str],
        *,
        file_name: str,
        skipped: int,
        duplicates: int,
        cancelled: int,
        now: datetime,
    ) -> tuple[int, int]:
        self.flush()
        stamp = to_db(now)
        s, g = self.stage, guest_t
        with self._staging():
            if fresh_codes:
                self.conn.execute(
                    sa.insert(self.fresh),
                    [{"slot": i, "code": c} for i, c in enumerate(fresh_codes)],
                )
            # Which matched guests the change must write, found before it (reading the
            # guests locks none of them), so that its updates touch only those rows.
            self.conn.execute(
                sa.update(s)
                .where(s.c.match_id == g.c.id)
                .values(
                    recode=sa.and_(s.c.code.is_not(None), s.c.code != g.c.code),
                    changed=sa.or_(*(g.c[c].is_distinct_from(s.c[c]) for c in _UPDATED)),
                )
            )
            if self.postgres:
                # Temporary tables get no automatic statistics; the change's plans need them.
                self.conn.exec_driver_sql(
                    f"ANALYZE {s.name} (pos, match_id, slot, recode, changed)"
                )
            changed_ids = [
                row[0]
                for row in self.conn.execute(
                    sa.select(s.c.match_id).where(s.c.changed).order_by(s.c.match_id)
                )
            ]
        # On PostgreSQL a door's scan waits for a guest row the change holds, so many
        # changed guests are updated in steps, each a short transaction, before the change;
        # if anything fails afterwards their values are put back (see _in_steps).
        stepped = self.postgres and len(changed_ids) > STEP
        if stepped:
            self._in_steps(changed_ids, stamp)
        try:
            imported, updated = self._change(
                stamp,
                file_name=file_name,
                skipped=skipped,
                duplicates=duplicates,
                cancelled=cancelled,
                update_data=not stepped,
            )
        except BaseException:
            if stepped:
                self._put_back(changed_ids)
            raise
        return int(imported), int(updated)

    def _in_steps(self, ids: list[int], stamp: str | None) -> None:
        """Update many changed guests STEP at a time, keeping their old values to put back.

        Each step holds its guests' rows for a few milliseconds only. Until the
        change commits, an interrupted import (an error, a cancel, a lost server)
        puts the old values back; a process killed in between leaves some
        guests' details updated, which importing the list again completes.
        """
        s, g, b = self.stage, guest_t, self.before
        kept = [c.name for c in b.c if c.name != "id"]
        with self._staging():
            self.conn.execute(
                sa.insert(b).from_select(
                    ["id", *kept],
                    sa.select(g.c.id, *(g.c[c] for c in kept)).where(
                        g.c.id == s.c.match_id, s.c.changed
                    ),
                )
            )
        done: list[int] = []
        try:
            for start in range(0, len(ids), STEP):
                step = ids[start : start + STEP]
                with self.conn.execution_options(sqlite_begin="IMMEDIATE").begin():
                    self.conn.execute(
                        sa.update(g)
                        .where(g.c.id == s.c.match_id, s.c.match_id.in_(step))
                        .values({**{c: s.c[c] for c in _UPDATED}, "updated_at": stamp})
                    )
                done.extend(step)
        except BaseException:
            self._put_back(done)
            raise

    def _put_back(self, ids: list[int]) -> None:
        g, b = guest_t, self.before
        kept = [c.name for c in b.c if c.name != "id"]
        for start in range(0, len(ids), STEP):
            with self.conn.execution_options(sqlite_begin="IMMEDIATE").begin():
                self.conn.execute(
                    sa.update(g)
                    .where(g.c.id == b.c.id, b.c.id.in_(ids[start : start + STEP]))
                    .values({c: b.c[c] for c in kept})
                )

    def _change(
        self,
        stamp: str | None,
        *,
        file_name: str,
        skipped: int,
        duplicates: int,
        cancelled: int,
        update_data: bool,
    ) -> tuple[int, int]:
        """The one transaction that makes the import visible."""
        s, g, r = self.stage, guest_t, replaced_code_t
        # (execution_options changes the connection in place: say IMMEDIATE each time.)
        with self.conn.execution_options(sqlite_begin="IMMEDIATE").begin():
            if self.postgres:
                self.conn.execute(sa.select(sa.func.pg_advisory_xact_lock(_IMPORT_LOCK)))
            new_code = sa.and_(s.c.match_id == g.c.id, s.c.recode)
            # A replaced code the list gives back to its guest is live again ...
            self.conn.execute(
                sa.delete(r).where(
                    sa.exists().where(s.c.code == r.c.code, s.c.match_id == r.c.guest_id)
                )
            )
            # ... and the code a matched guest gives up is kept as replaced.
            self.conn.execute(
                sa.insert(r).from_select(
                    ["code", "guest_id", "replaced_at"],
                    sa.select(g.c.code, g.c.id, sa.literal(stamp)).where(new_code),
                )
            )
            insert_cols = self.order[4:]
            self.conn.execute(
                sa.insert(g).from_select(
                    [*insert_cols, "code", "created_at", "updated_at"],
                    sa.select(
                        *(s.c[c] for c in insert_cols),
                        sa.func.coalesce(s.c.code, self.fresh.c.code),
                        sa.literal(stamp),
                        sa.literal(stamp),
                    )
                    .select_from(s.outerjoin(self.fresh, self.fresh.c.slot == s.c.slot))
                    .where(s.c.match_id.is_(None))
                    .order_by(s.c.pos),
                )
            )
            # Updated: a matched guest whose code or data the list changes; a guest the
            # list gives again as it was is matched but not updated.
            imported, updated = self.conn.execute(
                sa.select(
                    sa.func.count().filter(s.c.match_id.is_(None)),
                    sa.func.count().filter(
                        s.c.match_id.is_not(None), sa.or_(s.c.changed, s.c.recode)
                    ),
                )
            ).one()
            self.conn.execute(
                sa.insert(import_t).values(
                    file_name=file_name,
                    at=stamp,
                    imported=imported,
                    updated=updated,
                    skipped=skipped,
                    duplicates=duplicates,
                    cancelled=cancelled,
                )
            )
            # Row locks from here to the commit: only guests whose code or data changed.
            # A code moving between two guests of the list passes through a stand-in,
            # so the unique index never sees it twice.
            self.conn.execute(
                sa.update(g)
                .where(sa.exists().where(new_code))
                .values(code=sa.literal("\x1f") + sa.cast(g.c.id, sa.Text))
            )
            self.conn.execute(sa.update(g).where(new_code).values(code=s.c.code, updated_at=stamp))
            if update_data:
                self.conn.execute(
                    sa.update(g)
                    .where(s.c.match_id == g.c.id, s.c.changed)
                    .values({**{c: s.c[c] for c in _UPDATED}, "updated_at": stamp})
                )
        return int(imported), int(updated)
