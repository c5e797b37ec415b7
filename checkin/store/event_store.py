"""The event store: one event in one SQLite file, or in one PostgreSQL database.

SQLAlchemy Core over either. Every change is one transaction, committed before
it is reported as done: the file is the save file, there is no Save button.

Concurrency. A writing transaction first takes the event's write lock: on
SQLite ``BEGIN IMMEDIATE`` (the database's one writer lock), on PostgreSQL
``SELECT ... FOR UPDATE`` of the single event row. Two doors, two windows or two
processes are therefore serialised for every change, and the cap itself is one
conditional ``UPDATE`` (:meth:`Tx.admit`) that cannot take ``inside`` past
``capacity``.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, DBAPIError, InterfaceError, OperationalError

from checkin import codes
from checkin.errors import (
    CheckinError,
    GuestNotFound,
    InvalidValue,
    StoreError,
    StoreExists,
)
from checkin.event_settings import check_capacity, checked
from checkin.location import is_server_url
from checkin.models import (
    Event,
    Guest,
    GuestInput,
    ImportRecord,
    ScanRecord,
)
from checkin.store.engine import CEILING_SECONDS, DOOR_SECONDS, _engine_for, display_location
from checkin.store.faults import check_file, fault
from checkin.store.migrations import MIGRATIONS
from checkin.store.opening import copy_for_reading, pg_lock, schema_version, set_wal
from checkin.store.rows import _event_of, _guest_of, _scan_of, from_db, guest_values, to_db, utcnow
from checkin.store.schema import (
    DEFAULT_RETENTION_DAYS,
    DEFAULT_TIMEZONE,
    SCHEMA_VERSION,
    event_t,
    guest_t,
    import_t,
    meta_t,
    metadata,
    scan_t,
)
from checkin.store.statements import SELECT_EVENT
from checkin.store.tx import Tx, _Reconnect
from checkin.store.watchdog import GRACE_SECONDS, deadline
from checkin.text import fold

# --- the store -------------------------------------------------------------


class Store:
    """One event's store. Open with :meth:`open` or :meth:`create`."""

    def __init__(self, engine: Engine, location: str) -> None:
        self.engine = engine
        self.location = location
        self.is_server = is_server_url(location)
        self._temp: Path | None = None  # the folder of a read-only copy, removed on close

    # opening and creating ------------------------------------------------

    @classmethod
    def create(
        cls,
        location: str | Path,
        *,
        name: str,
        capacity: int,
        event_date: date | None = None,
        timezone: str = DEFAULT_TIMEZONE,
        language: str = "en",
        now: datetime | None = None,
    ) -> Store:
        if not name.strip():
            raise InvalidValue("name", name, "is empty; give the event a name")
        check_capacity(capacity)  # THE range, as on every other path
        if language not in ("nl", "en"):
            raise InvalidValue("language", language, "must be nl or en")
        loc = str(location)
        path: Path | None = None
        existed = False
        if not is_server_url(loc):
            path = Path(loc)
            existed = path.exists()
            if existed and path.stat().st_size > 0:
                raise StoreExists(loc)
            if not path.parent.exists():
                raise InvalidValue("event file", loc, "is in a folder that does not exist")
        engine = _engine_for(loc, "rwc")
        try:
            if path is not None:
                set_wal(engine)
            with engine.begin() as conn:
                if sa.inspect(conn).has_table("event"):
                    raise StoreExists(display_location(loc))
                metadata.create_all(conn)
                conn.execute(
                    sa.insert(meta_t).values(key="schema_version", value=str(SCHEMA_VERSION))
                )
                conn.execute(
                    sa.insert(event_t).values(
                        id=1,
                        name=name.strip(),
                        capacity=capacity,
                        tag=codes.new_tag(),
                        date=event_date.isoformat() if event_date else None,
                        timezone=timezone,
                        created_at=to_db(now or utcnow()),
                        retention_days=DEFAULT_RETENTION_DAYS,
                        language=language,
                    )
                )
        except (DBAPIError, sqlite3.Error) as exc:  # raw: connecting, set_wal
            engine.dispose()
            if path is not None and not existed:
                # a half-made file on a full disk is nobody's event: leave nothing behind
                for suffix in ("", "-wal", "-shm", "-journal"):
                    with contextlib.suppress(OSError):
                        Path(f"{path}{suffix}").unlink(missing_ok=True)
            raise fault(display_location(loc), exc, path=path) from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, loc)

    @classmethod
    def open(cls, location: str | Path, *, read_only: bool = False) -> Store:
        """Open an event; refused files are left exactly as they were.

        ``read_only`` is for the reading commands: it works on read-only media
        and on a full disk, and never migrates (an older file on a CD is refused
        as read-only rather than half-read).
        """
        loc = str(location)
        path = None if is_server_url(loc) else Path(loc)
        mode = "rw" if path is None else check_file(loc, read_only=read_only)
        engine = _engine_for(loc, mode)
        try:
            # Check what the file is before anything writes to it: a read, no lock.
            with engine.connect().execution_options(sqlite_begin="DEFERRED") as conn, conn.begin():
                version = schema_version(conn, loc)
            if version < SCHEMA_VERSION:
                if mode == "read":  # writable after all: upgraded in place, as any open
                    engine.dispose()
                    return cls.open(loc)
                if read_only and path is not None:
                    # read-only media: an up-to-date copy in the temp folder is read
                    engine.dispose()
                    return cls._read_copy(loc)
                with engine.begin() as conn:
                    version = schema_version(conn, loc)
                    for step in range(version, SCHEMA_VERSION):
                        MIGRATIONS[step](conn)
                    if version < SCHEMA_VERSION:
                        conn.execute(
                            sa.update(meta_t)
                            .where(meta_t.c.key == "schema_version")
                            .values(value=str(SCHEMA_VERSION))
                        )
            if path is not None and not read_only:
                set_wal(engine)  # a file from before WAL; proved an event above
        except (DBAPIError, sqlite3.Error) as exc:  # raw: connecting, set_wal
            engine.dispose()
            raise fault(display_location(loc) if path is None else loc, exc, path=path) from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, loc)

    @classmethod
    def connect_later(cls, url: str) -> Store:
        """A server event whose server is down now: nothing is checked or connected until the
        first call, which then fails as not connected until the server is back. Only for a
        door that has checked this event before (its offline copy names the event)."""
        if not is_server_url(url):
            raise InvalidValue("event", url, "is not a server address; open a file with open()")
        return cls(_engine_for(url), url)

    @classmethod
    def _read_copy(cls, loc: str) -> Store:
        folder, copy = copy_for_reading(Path(loc))
        try:
            store = cls.open(copy)
        except BaseException as exc:
            shutil.rmtree(folder, ignore_errors=True)
            if isinstance(exc, CheckinError):
                exc.args = (str(exc).replace(str(copy), loc),)  # name the person's file
            raise
        store.location, store._temp = loc, folder
        return store

    def close(self) -> None:
        self.engine.dispose()
        if self._temp is not None:
            shutil.rmtree(self._temp, ignore_errors=True)
            self._temp = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def display(self) -> str:
        return display_location(self.location)

    # transactions ----------------------------------------------------------

    @contextmanager
    def write(
        self, *, seconds: float = DOOR_SECONDS, door: str = "", replay: bool = False
    ) -> Iterator[Tx]:
        """A transaction holding the event's write lock; committed on leaving.

        Its first statement reads the event row (on PostgreSQL ``FOR UPDATE``,
        which is the lock; on SQLite ``BEGIN IMMEDIATE`` already took it). If
        that statement finds the connection dead (a server restarted, a
        network blip) nothing has happened yet, so it is tried once more on a
        fresh connection; a connection lost later fails the whole transaction.

        Every wait has a deadline: the lock within ``DOOR_SECONDS`` (SQLite's
        busy timeout, PostgreSQL's lock_timeout) and, on PostgreSQL, each
        statement within ``seconds``. A fault is raised as the StoreError that
        names it; StoreUnavailable (and FileLocked) mean nothing was recorded.

        ``door`` is the door that pays for this transaction's admissions from its
        share, ``replay`` that it is sending its journal (see :class:`Tx`).
        """
        try:
            with self._locked(seconds, door, replay) as tx:
                yield tx
        except DBAPIError as exc:
            if not self._is_fault(exc):
                raise
            # A lost server, a lock never granted, a full disk: the transaction was rolled back.
            raise self._fault(exc) from exc

    def _is_fault(self, exc: DBAPIError) -> bool:
        if isinstance(exc, (OperationalError, InterfaceError)):
            return True
        # SQLite says "damaged" as a plain DatabaseError; constraint errors are ours to raise
        return not self.is_server and type(exc) is DatabaseError

    def _fault(self, exc: BaseException) -> StoreError:
        path = None if self.is_server else Path(self.location)
        return fault(self.display if self.is_server else self.location, exc, path=path)

    @contextmanager
    def _locked(
        self, seconds: float = DOOR_SECONDS, door: str = "", replay: bool = False
    ) -> Iterator[Tx]:
        for attempt in (1, 2):
            try:
                with self.engine.connect() as conn, self._guard(conn, seconds) as cut, conn.begin():
                    lock = pg_lock(seconds) if self.is_server else SELECT_EVENT
                    try:
                        row = conn.execute(lock).one()
                    except DBAPIError as exc:
                        if attempt == 1 and exc.connection_invalidated and not cut():
                            raise _Reconnect from exc
                        raise
                    yield Tx(conn, _event_of(row), door=door, replay=replay)
                    return
            except _Reconnect:
                continue

    def _guard(
        self, conn: Connection, seconds: float
    ) -> contextlib.AbstractContextManager[Callable[[], bool]]:
        """On a server, our own deadline around the whole transaction, commit included."""
        if not self.is_server:
            return contextlib.nullcontext(lambda: False)
        return deadline(conn, seconds + GRACE_SECONDS)

    @contextmanager
    def read(self, *, seconds: float = CEILING_SECONDS) -> Iterator[Connection]:
        """A reading transaction. Small reads (the event, one guest, the counts) pass the
        door's ``seconds``, so a screen asking them of a frozen server waits about 2.5 s,
        not the minute an export may take."""
        try:
            with (
                self.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn,
                self._guard(conn, seconds),
                conn.begin(),
            ):
                yield conn
        except DBAPIError as exc:
            if not self._is_fault(exc):
                raise
            raise self._fault(exc) from exc

    # reading ---------------------------------------------------------------

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

    # changing ----------------------------------------------------------------

    def set_capacity(self, capacity: int, *, door: str = "", now: datetime | None = None) -> Event:
        """Any time; below the headcount it only stops admissions until there is room.

        The same door action as the Door screen's: one range, logged with the door.
        """
        return self.update_event(capacity=capacity, door=door, now=now)

    def update_event(self, *, door: str = "", now: datetime | None = None, **values: Any) -> Event:
        """Change any of the event's settings together: one transaction, all or nothing.

        A capacity among them is checked against the one range and logged as a
        door action with ``door`` (see checkin/event_settings.py).
        """
        values = checked(values)
        capacity = values.pop("capacity", None)
        with self.write() as tx:
            if values:
                tx.conn.execute(sa.update(event_t).values(**values))
            event = tx.event()
            if capacity is not None and capacity != event.capacity:
                tx.change_capacity(capacity, door=door, at=now or utcnow(), uuid=str(uuid.uuid4()))
                event = tx.event()
            return event

    def add_guest(self, g: GuestInput, *, now: datetime | None = None) -> Guest:
        if not (g.name.strip() or g.first_name.strip() or g.last_name.strip()):
            raise InvalidValue("name", g.name, "is empty; a guest needs a name")
        with self.write() as tx:
            code = g.code.strip() or codes.new_code(tx.locked.tag)
            if tx.guest_by_code([code]) is not None:
                raise InvalidValue("code", code, "belongs to another guest already")
            return tx.guest(tx.insert_guest(g, code, now or utcnow()))

    def update_guest(self, guest_id: int, g: GuestInput, *, now: datetime | None = None) -> Guest:
        """Replace what a person can edit; presence, arrivals and the code's history stay."""
        if not (g.name.strip() or g.first_name.strip() or g.last_name.strip()):
            raise InvalidValue("name", g.name, "is empty; a guest needs a name")
        with self.write() as tx:
            old = tx.guest(guest_id)
            values = guest_values(replace(g, walk_in=old.walk_in))
            code = g.code.strip() or old.code
            if code != old.code:
                other = tx.guest_by_code([code])
                if other is not None and other[0].id != guest_id:
                    raise InvalidValue("code", code, "belongs to another guest already")
            tx.set_guest(guest_id, **values, code=code, updated_at=now or utcnow())
            return tx.guest(guest_id)

    def set_cancelled(
        self, guest_id: int, cancelled: bool, *, now: datetime | None = None
    ) -> Guest:
        with self.write() as tx:
            tx.guest(guest_id)
            tx.set_guest(guest_id, cancelled=cancelled, updated_at=now or utcnow())
            return tx.guest(guest_id)

    def set_pending(self, guest_id: int, pending: bool, *, now: datetime | None = None) -> Guest:
        """Mark a guest as not confirmed (unpaid, waiting list) or as confirmed after all."""
        with self.write() as tx:
            tx.guest(guest_id)
            tx.set_guest(guest_id, pending=pending, updated_at=now or utcnow())
            return tx.guest(guest_id)
