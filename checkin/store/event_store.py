"""The event store: one event in one SQLite file, or in one PostgreSQL database.

SQLAlchemy Core over either. Every change is one transaction, committed before
it is reported as done: the file is the save file, there is no Save button.
Here: opening, creating and changing an event; its transactions (the write
lock, deadlines, faults) are in transactions.py, its reads in reads.py.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import uuid
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from checkin import codes
from checkin.errors import (
    CheckinError,
    InvalidValue,
    StoreExists,
)
from checkin.event_settings import check_capacity, checked
from checkin.location import is_server_url
from checkin.models import (
    Event,
    Guest,
    GuestInput,
)
from checkin.store.engine import _engine_for, display_location
from checkin.store.faults import check_file, fault
from checkin.store.migrations import MIGRATIONS
from checkin.store.opening import copy_for_reading, schema_version, set_wal
from checkin.store.reads import Reads
from checkin.store.rows import guest_values, to_db, utcnow
from checkin.store.schema import (
    DEFAULT_RETENTION_DAYS,
    DEFAULT_TIMEZONE,
    SCHEMA_VERSION,
    event_t,
    meta_t,
    metadata,
)


class Store(Reads):
    """One event's store. Open with :meth:`open` or :meth:`create`."""

    def __init__(self, engine: Engine, location: str) -> None:
        super().__init__(engine, location)
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

    # changing ----------------------------------------------------------------

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
