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

import functools
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, DBAPIError, InterfaceError, OperationalError

from checkin import codes
from checkin.errors import (
    GuestNotFound,
    InvalidValue,
    NotAnEventStore,
    SchemaTooNew,
    StoreExists,
    StoreNotFound,
    StoreUnavailable,
)
from checkin.location import is_server_url
from checkin.models import (
    Event,
    Guest,
    GuestInput,
    ImportRecord,
    MergeResult,
    Presence,
    ScanRecord,
)
from checkin.text import display_name, fold, sort_key

SCHEMA_VERSION = 2
DEFAULT_TIMEZONE = "Europe/Amsterdam"
DEFAULT_RETENTION_DAYS = 14

metadata = sa.MetaData()

meta_t = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

event_t = sa.Table(
    "event",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("date", sa.Text),
    sa.Column("capacity", sa.Integer, nullable=False),
    sa.Column("tag", sa.Text, nullable=False),
    sa.Column("inside", sa.Integer, nullable=False, server_default="0"),
    sa.Column("counter", sa.Integer, nullable=False, server_default="0"),
    sa.Column("peak", sa.Integer, nullable=False, server_default="0"),
    sa.Column("peak_at", sa.Text),
    sa.Column("timezone", sa.Text, nullable=False, server_default=DEFAULT_TIMEZONE),
    sa.Column("settings", sa.Text, nullable=False, server_default="{}"),
    sa.Column("created_at", sa.Text, nullable=False),
    # schema 2
    sa.Column("retention_days", sa.Integer, nullable=False, server_default="14"),
    sa.Column("purged_at", sa.Text),
    sa.Column("door_question", sa.Text, nullable=False, server_default=""),
    sa.Column("pin_hash", sa.Text, nullable=False, server_default=""),
    sa.CheckConstraint("inside >= 0", name="inside_not_negative"),
)

guest_t = sa.Table(
    "guest",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("first_name", sa.Text, nullable=False, server_default=""),
    sa.Column("middle", sa.Text, nullable=False, server_default=""),
    sa.Column("last_name", sa.Text, nullable=False, server_default=""),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("organisation", sa.Text, nullable=False, server_default=""),
    sa.Column("email", sa.Text, nullable=False, server_default=""),
    sa.Column("code", sa.Text, nullable=False, unique=True),
    sa.Column("cancelled", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("presence", sa.String(16), nullable=False, server_default="not_arrived"),
    sa.Column("walk_in", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("ticket_type", sa.Text, nullable=False, server_default=""),
    sa.Column("notes", sa.Text, nullable=False, server_default=""),
    sa.Column("extra", sa.Text, nullable=False, server_default="{}"),
    sa.Column("first_arrival", sa.Text),
    sa.Column("last_departure", sa.Text),
    sa.Column("inside_since", sa.Text),
    sa.Column("entries", sa.Integer, nullable=False, server_default="0"),
    sa.Column("sort_key", sa.Text, nullable=False, server_default=""),
    sa.Column("search_key", sa.Text, nullable=False, server_default=""),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("updated_at", sa.Text, nullable=False),
    # schema 2
    sa.Column("seat", sa.Text, nullable=False, server_default=""),
    sa.Column("companions", sa.Integer, nullable=False, server_default="0"),
    sa.Column("party", sa.Integer, nullable=False, server_default="0"),
)
sa.Index("guest_email", guest_t.c.email)
sa.Index("guest_sort", guest_t.c.sort_key)

scan_t = sa.Table(
    "scan",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.Text, nullable=False),
    sa.Column("door", sa.Text, nullable=False, server_default=""),
    sa.Column("raw", sa.Text, nullable=False, server_default=""),
    sa.Column("guest_id", sa.Integer, sa.ForeignKey("guest.id")),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("verdict", sa.String(16), nullable=False),
    sa.Column("inside_after", sa.Integer, nullable=False),
    sa.Column("undone", sa.Boolean, nullable=False, server_default=sa.false()),
    # schema 2
    sa.Column("people", sa.Integer, nullable=False, server_default="1"),
    sa.Column("confirmed", sa.Boolean, nullable=False, server_default=sa.false()),
)
sa.Index("scan_guest", scan_t.c.guest_id)

import_t = sa.Table(
    "import",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("file_name", sa.Text, nullable=False),
    sa.Column("at", sa.Text, nullable=False),
    sa.Column("imported", sa.Integer, nullable=False),
    sa.Column("updated", sa.Integer, nullable=False),
    sa.Column("skipped", sa.Integer, nullable=False),
    sa.Column("duplicates", sa.Integer, nullable=False),
    sa.Column("cancelled", sa.Integer, nullable=False),
)


# --- time ------------------------------------------------------------------


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_db(moment: datetime | None) -> str | None:
    """UTC ISO text with microseconds, so text order is time order on both databases."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to the store")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def from_db(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


# --- locations -------------------------------------------------------------


def display_location(location: str | Path) -> str:
    """The file name, or the server and database without the password."""
    if is_server_url(location):
        url = sa.make_url(str(location))
        return f"{url.host or 'localhost'}{':' + str(url.port) if url.port else ''}/{url.database}"
    return Path(location).name


def _engine_for(location: str | Path) -> Engine:
    if is_server_url(location):
        url = sa.make_url(str(location)).set(drivername="postgresql+psycopg")
        # No pool_pre_ping: it costs a round trip on every scan. A connection the
        # server dropped is instead found by the first statement of a write, which
        # then retries once on a fresh one (Store.write).
        return sa.create_engine(url, connect_args={"connect_timeout": 5})
    path = Path(location).resolve()
    engine = sa.create_engine(
        f"sqlite:///{path}",
        # We issue BEGIN ourselves (below) so that a write takes the lock first.
        connect_args={"isolation_level": None, "timeout": 30.0, "check_same_thread": False},
    )

    @sa_event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @sa_event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


# --- rows to values --------------------------------------------------------


def _event_of(row: sa.Row[Any]) -> Event:
    m = row._mapping
    return Event(
        name=m["name"],
        date=date.fromisoformat(m["date"]) if m["date"] else None,
        capacity=m["capacity"],
        tag=m["tag"],
        inside=m["inside"],
        counter=m["counter"],
        peak=m["peak"],
        peak_at=from_db(m["peak_at"]),
        timezone=m["timezone"],
        retention_days=m["retention_days"],
        purged_at=from_db(m["purged_at"]),
        door_question=m["door_question"],
        pin_hash=m["pin_hash"],
        created_at=from_db(m["created_at"]) or utcnow(),
    )


def _guest_of(row: sa.Row[Any]) -> Guest:
    m = row._mapping
    return Guest(
        id=m["id"],
        first_name=m["first_name"],
        middle=m["middle"],
        last_name=m["last_name"],
        name=m["name"],
        organisation=m["organisation"],
        email=m["email"],
        code=m["code"],
        cancelled=bool(m["cancelled"]),
        presence=Presence(m["presence"]),
        walk_in=bool(m["walk_in"]),
        ticket_type=m["ticket_type"],
        seat=m["seat"],
        notes=m["notes"],
        companions=m["companions"],
        party=m["party"],
        first_arrival=from_db(m["first_arrival"]),
        last_departure=from_db(m["last_departure"]),
        inside_since=from_db(m["inside_since"]),
        entries=m["entries"],
        extra=json.loads(m["extra"]),
        sort_key=m["sort_key"],
        search_key=m["search_key"],
    )


def _scan_of(row: sa.Row[Any]) -> ScanRecord:
    m = row._mapping
    return ScanRecord(
        id=m["id"],
        at=from_db(m["at"]) or utcnow(),
        door=m["door"],
        raw=m["raw"],
        guest_id=m["guest_id"],
        action=m["action"],
        verdict=m["verdict"],
        inside_after=m["inside_after"],
        people=m["people"],
        confirmed=bool(m["confirmed"]),
        undone=bool(m["undone"]),
    )


def guest_values(g: GuestInput) -> dict[str, Any]:
    """The stored columns of a guest as given, with the derived name and keys."""
    name = g.name.strip() or display_name(g.first_name, g.middle, g.last_name)
    return {
        "first_name": g.first_name.strip(),
        "middle": g.middle.strip(),
        "last_name": g.last_name.strip(),
        "name": name,
        "organisation": g.organisation.strip(),
        "email": g.email.strip(),
        "cancelled": g.cancelled,
        "ticket_type": g.ticket_type.strip(),
        "seat": g.seat.strip(),
        "notes": g.notes.strip(),
        "companions": max(0, g.companions),
        "extra": json.dumps(g.extra, ensure_ascii=False, sort_keys=True, default=str)
        if g.extra else "{}",
        "walk_in": g.walk_in,
        "sort_key": sort_key(g.first_name, g.last_name, name),
        "search_key": _search_key(name, g.organisation, g.email),
    }


def _search_key(name: str, organisation: str, email: str) -> str:
    return fold(f"{name}\x1f{organisation}\x1f{email}")


# --- the write transaction -------------------------------------------------

# The statements of the scan path, built once: building a statement costs more
# than executing it on SQLite (DESIGN.md, Speed: a scan's p99 under 1 ms).
_people = sa.bindparam("people", type_=sa.Integer)
_SELECT_EVENT = sa.select(event_t).where(event_t.c.id == 1)
_LOCK_EVENT = _SELECT_EVENT.with_for_update()
_SELECT_GUEST = sa.select(guest_t).where(guest_t.c.id == sa.bindparam("gid"))
_GUESTS_BY_CODE = sa.select(guest_t).where(
    guest_t.c.code.in_(sa.bindparam("codes", expanding=True)))
_ADMIT = (
    sa.update(event_t)
    .where(event_t.c.id == 1, event_t.c.inside + _people <= event_t.c.capacity)
    .values(
        inside=event_t.c.inside + _people,
        peak_at=sa.case((event_t.c.inside + _people > event_t.c.peak, sa.bindparam("stamp")),
                        else_=event_t.c.peak_at),
        peak=sa.case((event_t.c.inside + _people > event_t.c.peak, event_t.c.inside + _people),
                     else_=event_t.c.peak),
    )
    .returning(event_t.c.inside)
)
_RELEASE = (
    sa.update(event_t)
    .where(event_t.c.id == 1)
    .values(inside=sa.case((event_t.c.inside >= _people, event_t.c.inside - _people), else_=0))
    .returning(event_t.c.inside)
)
_INSERT_SCAN = sa.insert(scan_t).returning(scan_t.c.id)


@functools.cache
def _set_guest_statement(columns: tuple[str, ...]) -> sa.Update:
    """An UPDATE of these guest columns, built once per set of columns."""
    return (
        sa.update(guest_t)
        .where(guest_t.c.id == sa.bindparam("gid"))
        .values({c: sa.bindparam(f"v_{c}") for c in columns})
    )


class _Reconnect(Exception):
    """The connection was dead before the transaction did anything: try a fresh one."""


class Tx:
    """One writing transaction with the event's lock held: the door's vocabulary.

    ``locked`` is the event as it was when the lock was taken. The transaction
    keeps the headcount it last read or wrote, so a scan needs no extra round
    trip to log "inside after".
    """

    def __init__(self, conn: Connection, locked: Event) -> None:
        self.conn = conn
        self.locked = locked
        self.inside: int | None = locked.inside

    def event(self) -> Event:
        event = _event_of(self.conn.execute(_SELECT_EVENT).one())
        self.inside = event.inside
        return event

    def guest(self, guest_id: int) -> Guest:
        row = self.conn.execute(_SELECT_GUEST, {"gid": guest_id}).first()
        if row is None:
            raise GuestNotFound(guest_id)
        return _guest_of(row)

    def guest_by_code(self, readings: Sequence[str]) -> tuple[Guest, str] | None:
        """The guest named by the first reading that names one, and that reading."""
        if not readings:
            return None
        rows = self.conn.execute(_GUESTS_BY_CODE, {"codes": list(readings)}).all()
        by_code = {r._mapping["code"]: r for r in rows}
        for reading in readings:
            if reading in by_code:
                return _guest_of(by_code[reading]), reading
        return None

    def admit(self, people: int, now: datetime) -> bool:
        """Count ``people`` in if the room has space for all of them: THE cap.

        One conditional UPDATE; nothing else in the code base changes ``inside``
        upwards. False means the room is full and nothing changed.
        """
        row = self.conn.execute(_ADMIT, {"people": people, "stamp": to_db(now)}).first()
        if row is None:
            return False
        self.inside = row[0]
        return True

    def release(self, people: int) -> None:
        """Count ``people`` out; the headcount never goes below zero."""
        self.inside = self.conn.execute(_RELEASE, {"people": people}).scalar_one()

    def change_counter(self, delta: int) -> None:
        self.conn.execute(
            sa.update(event_t).where(event_t.c.id == 1).values(counter=event_t.c.counter + delta)
        )

    def set_guest(self, guest_id: int, **values: Any) -> None:
        for key in ("first_arrival", "last_departure", "inside_since", "updated_at"):
            if isinstance(values.get(key), datetime):
                values[key] = to_db(values[key])
        if isinstance(values.get("presence"), Presence):
            values["presence"] = values["presence"].value
        self.conn.execute(_set_guest_statement(tuple(sorted(values))),
                          {"gid": guest_id, **{f"v_{k}": v for k, v in values.items()}})

    def insert_guest(self, g: GuestInput, code: str, now: datetime) -> int:
        stamp = to_db(now)
        values = guest_values(g) | {"code": code, "created_at": stamp, "updated_at": stamp}
        result = self.conn.execute(sa.insert(guest_t).values(**values))
        pk = result.inserted_primary_key
        assert pk is not None
        return int(pk[0])

    def log(
        self,
        *,
        at: datetime,
        door: str,
        raw: str,
        guest_id: int | None,
        action: str,
        verdict: str,
        people: int = 1,
        confirmed: bool = False,
    ) -> ScanRecord:
        inside = self.inside
        if inside is None:
            inside = self.conn.execute(sa.select(event_t.c.inside)).scalar_one()
        values = {
            "at": to_db(at), "door": door, "raw": raw, "guest_id": guest_id,
            "action": action, "verdict": verdict, "inside_after": inside,
            "people": people, "confirmed": confirmed, "undone": False,
        }
        scan_id = self.conn.execute(_INSERT_SCAN, values).scalar_one()
        return ScanRecord(id=int(scan_id), at=at, door=door, raw=raw, guest_id=guest_id,
                          action=action, verdict=verdict, inside_after=inside,
                          people=people, confirmed=confirmed)

    def last_scan(self, guest_id: int | None, actions: Sequence[str]) -> ScanRecord | None:
        """The latest not-undone scan that changed something for this guest (or counter)."""
        cond = scan_t.c.guest_id.is_(None) if guest_id is None else scan_t.c.guest_id == guest_id
        row = self.conn.execute(
            sa.select(scan_t)
            .where(cond, scan_t.c.undone == sa.false(), scan_t.c.action.in_(list(actions)),
                   scan_t.c.verdict.in_(["admitted", "exited"]))
            .order_by(scan_t.c.id.desc())
            .limit(1)
        ).first()
        return None if row is None else _scan_of(row)

    def mark_undone(self, scan_id: int) -> None:
        self.conn.execute(sa.update(scan_t).where(scan_t.c.id == scan_id).values(undone=True))


# --- the store -------------------------------------------------------------


class Store:
    """One event's store. Open with :meth:`open` or :meth:`create`."""

    def __init__(self, engine: Engine, location: str) -> None:
        self.engine = engine
        self.location = location
        self.is_server = is_server_url(location)

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
        now: datetime | None = None,
    ) -> Store:
        if not name.strip():
            raise InvalidValue("name", name, "is empty; give the event a name")
        if capacity < 1:
            raise InvalidValue("capacity", capacity, "must be at least 1")
        loc = str(location)
        if not is_server_url(loc):
            path = Path(loc)
            if path.exists() and path.stat().st_size > 0:
                raise StoreExists(loc)
            if not path.parent.exists():
                raise InvalidValue("event file", loc, "is in a folder that does not exist")
        engine = _engine_for(loc)
        try:
            with engine.begin() as conn:
                if sa.inspect(conn).has_table("event"):
                    raise StoreExists(display_location(loc))
                metadata.create_all(conn)
                conn.execute(sa.insert(meta_t).values(key="schema_version",
                                                      value=str(SCHEMA_VERSION)))
                conn.execute(
                    sa.insert(event_t).values(
                        id=1, name=name.strip(), capacity=capacity, tag=codes.new_tag(),
                        date=event_date.isoformat() if event_date else None,
                        timezone=timezone, created_at=to_db(now or utcnow()),
                        retention_days=DEFAULT_RETENTION_DAYS,
                    )
                )
        except DBAPIError as exc:
            engine.dispose()
            raise StoreUnavailable(display_location(loc), _short(exc)) from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, loc)

    @classmethod
    def open(cls, location: str | Path) -> Store:
        loc = str(location)
        if not is_server_url(loc) and not Path(loc).is_file():
            raise StoreNotFound(loc)
        engine = _engine_for(loc)
        try:
            with engine.begin() as conn:
                insp = sa.inspect(conn)
                if not insp.has_table("meta") or not insp.has_table("event"):
                    raise StoreNotFound(display_location(loc)) if is_server_url(loc) \
                        else NotAnEventStore(loc)
                version = int(conn.execute(
                    sa.select(meta_t.c.value).where(meta_t.c.key == "schema_version")
                ).scalar_one())
                if version > SCHEMA_VERSION:
                    raise SchemaTooNew(display_location(loc), f"schema {version}")
                for step in range(version, SCHEMA_VERSION):
                    MIGRATIONS[step](conn)
                if version < SCHEMA_VERSION:
                    conn.execute(sa.update(meta_t).where(meta_t.c.key == "schema_version")
                                 .values(value=str(SCHEMA_VERSION)))
        except (sqlite3.DatabaseError, DatabaseError) as exc:
            engine.dispose()
            if is_server_url(loc):
                raise StoreUnavailable(display_location(loc), _short(exc)) from exc
            raise NotAnEventStore(loc) from exc
        except DBAPIError as exc:
            engine.dispose()
            raise StoreUnavailable(display_location(loc), _short(exc)) from exc
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, loc)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def display(self) -> str:
        return display_location(self.location)

    # transactions ----------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Tx]:
        """A transaction holding the event's write lock; committed on leaving.

        Its first statement reads the event row (on PostgreSQL ``FOR UPDATE``,
        which is the lock; on SQLite ``BEGIN IMMEDIATE`` already took it). If
        that statement finds the connection dead (a server restarted, a
        network blip) nothing has happened yet, so it is tried once more on a
        fresh connection; a connection lost later fails the whole transaction.
        """
        try:
            with self._locked() as tx:
                yield tx
        except (OperationalError, InterfaceError) as exc:
            # A lost server or a lock never granted: the transaction was rolled back.
            raise StoreUnavailable(self.display, _short(exc)) from exc

    @contextmanager
    def _locked(self) -> Iterator[Tx]:
        for attempt in (1, 2):
            try:
                with self.engine.begin() as conn:
                    lock = _LOCK_EVENT if conn.dialect.name == "postgresql" else _SELECT_EVENT
                    try:
                        row = conn.execute(lock).one()
                    except DBAPIError as exc:
                        if attempt == 1 and exc.connection_invalidated:
                            raise _Reconnect from exc
                        raise
                    yield Tx(conn, _event_of(row))
                    return
            except _Reconnect:
                continue

    @contextmanager
    def read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn, \
                    conn.begin():
                yield conn
        except (OperationalError, InterfaceError) as exc:
            raise StoreUnavailable(self.display, _short(exc)) from exc

    # reading ---------------------------------------------------------------

    def event(self) -> Event:
        with self.read() as conn:
            return _event_of(conn.execute(sa.select(event_t)).one())

    def guests(self, *, include_cancelled: bool = True) -> list[Guest]:
        """All guests in door-list order: last name, tussenvoegsel ignored."""
        query = sa.select(guest_t).order_by(guest_t.c.sort_key, guest_t.c.id)
        if not include_cancelled:
            query = query.where(guest_t.c.cancelled == sa.false())
        with self.read() as conn:
            return [_guest_of(r) for r in conn.execute(query)]

    def guest(self, guest_id: int) -> Guest:
        with self.read() as conn:
            row = conn.execute(sa.select(guest_t).where(guest_t.c.id == guest_id)).first()
        if row is None:
            raise GuestNotFound(guest_id)
        return _guest_of(row)

    def guest_by_code(self, code: str) -> Guest | None:
        with self.read() as conn:
            row = conn.execute(sa.select(guest_t).where(guest_t.c.code == code)).first()
        return None if row is None else _guest_of(row)

    def search(self, query: str, limit: int | None = None) -> list[Guest]:
        """Guests whose name, organisation, email or code holds every word of the query."""
        terms = fold(query).split()
        stmt = sa.select(guest_t).order_by(guest_t.c.sort_key, guest_t.c.id)
        for term in terms:
            like = f"%{term.replace('%', '').replace('_', '')}%"
            stmt = stmt.where(sa.or_(guest_t.c.search_key.like(like),
                                     sa.func.lower(guest_t.c.code).like(like)))
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.read() as conn:
            return [_guest_of(r) for r in conn.execute(stmt)]

    def scans(self, *, since_id: int = 0, limit: int | None = None,
              newest_first: bool = False) -> list[ScanRecord]:
        stmt = sa.select(scan_t).where(scan_t.c.id > since_id)
        stmt = stmt.order_by(scan_t.c.id.desc() if newest_first else scan_t.c.id)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.read() as conn:
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
                .where(sa.or_(guest_t.c.sort_key > last_key,
                              sa.and_(guest_t.c.sort_key == last_key, guest_t.c.id > last_id)))
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
            ImportRecord(id=m["id"], file_name=m["file_name"], at=from_db(m["at"]) or utcnow(),
                         imported=m["imported"], updated=m["updated"], skipped=m["skipped"],
                         duplicates=m["duplicates"], cancelled=m["cancelled"])
            for m in (r._mapping for r in rows)
        ]

    def counts(self) -> dict[str, int]:
        """Guests by status: not_arrived, inside, left, cancelled, and arrived (ever)."""
        with self.read() as conn:
            rows = conn.execute(
                sa.select(guest_t.c.cancelled, guest_t.c.presence, sa.func.count())
                .group_by(guest_t.c.cancelled, guest_t.c.presence)
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

    def set_capacity(self, capacity: int) -> Event:
        """Any time; below the headcount it only stops admissions until there is room."""
        if capacity < 1:
            raise InvalidValue("capacity", capacity, "must be at least 1")
        with self.write() as tx:
            tx.conn.execute(sa.update(event_t).values(capacity=capacity))
            return tx.event()

    def update_event(self, **values: Any) -> Event:
        allowed = {"name", "date", "timezone", "retention_days", "door_question", "pin_hash"}
        unknown = set(values) - allowed
        if unknown:
            raise InvalidValue("event field", sorted(unknown)[0], "is not a setting of an event")
        if isinstance(values.get("date"), date):
            values["date"] = values["date"].isoformat()
        with self.write() as tx:
            tx.conn.execute(sa.update(event_t).values(**values))
            return tx.event()

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

    def set_cancelled(self, guest_id: int, cancelled: bool, *,
                      now: datetime | None = None) -> Guest:
        with self.write() as tx:
            tx.guest(guest_id)
            tx.set_guest(guest_id, cancelled=cancelled, updated_at=now or utcnow())
            return tx.guest(guest_id)

    def merge_guests(
        self,
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
        with self.write() as tx:
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

    # copying -----------------------------------------------------------------

    def dump(self) -> dict[str, list[dict[str, Any]]]:
        """Every row of every table, for `checkin copy`."""
        with self.read() as conn:
            return {t.name: [dict(r._mapping) for r in conn.execute(sa.select(t))]
                    for t in metadata.sorted_tables}

    def load(self, tables: dict[str, list[dict[str, Any]]]) -> None:
        """Replace this store's content with a dump; one transaction."""
        with self.write() as tx:
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
                        f"COALESCE((SELECT MAX(id) FROM \"{t.name}\"), 0) + 1, false)"
                    )


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


def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


# --- migrations ------------------------------------------------------------


def _migrate_1_to_2(conn: Connection) -> None:
    """Schema 2: seats, companions, door question, retention, purge and PIN."""
    ddl = [
        "ALTER TABLE event ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 14",
        "ALTER TABLE event ADD COLUMN purged_at TEXT",
        "ALTER TABLE event ADD COLUMN door_question TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE event ADD COLUMN pin_hash TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE guest ADD COLUMN seat TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE guest ADD COLUMN companions INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE guest ADD COLUMN party INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE scan ADD COLUMN people INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE scan ADD COLUMN confirmed BOOLEAN NOT NULL DEFAULT FALSE",
    ]
    for statement in ddl:
        conn.exec_driver_sql(statement)
    # Everyone inside under schema 1 came in alone.
    conn.exec_driver_sql("UPDATE guest SET party = 1 WHERE presence = 'inside'")


# MIGRATIONS[n] takes a store from schema n to n + 1.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _migrate_1_to_2}
