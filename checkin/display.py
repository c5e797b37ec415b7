"""The room display at the entrance: what it shows, and how it learns of a change.

A room display (``checkin-app EVENT --display``) reads the event and never
writes. It holds exactly **one** connection to the store for as long as it runs
(DESIGN.md, "One store connection per process"): every figure, the event's
language and the PIN's hash are read on it.

- **A file event** is opened read-only (``mode=ro``: it never checkpoints or
  deletes a door's ``-wal``). SQLite's ``PRAGMA data_version`` changes on this
  connection whenever another connection commits; :meth:`RoomWatch.next` asks it
  every ``FILE_POLL_SECONDS`` (a few microseconds each) and reads the headcount
  only when it changed.
- **A server event** LISTENs on ``ROOM_CHANNEL``: the store's trigger (schema 5)
  NOTIFYs it when a door's transaction that changed the headcount or the cap
  commits, so the display reads at once. It also reads every
  ``SERVER_BEAT_SECONDS`` without a notice: that read is its proof the server is
  there.

What the display shows is a :class:`Board`, made by :func:`board` from the last
figures and the time: green "come in" while there is room, red "please wait"
when full, and stale (with the time of the last figures) when nothing was read
for ``STALE_SECONDS``. Its words are the event's language, from the document
catalogue (checkin/documents/words.py, the ``display.*`` keys): a sign at the
entrance speaks to the guests, not to the laptop's owner.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import Enum

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from checkin import pin as pins
from checkin.documents.words import words_for
from checkin.door.room import room_of
from checkin.models import Event
from checkin.store import Store, event_t
from checkin.store.rows import _event_of
from checkin.store.schema import ROOM_CHANNEL
from checkin.zones import zone

FILE_POLL_SECONDS = 0.25  # how often a file event's data_version is asked
SERVER_BEAT_SECONDS = 0.5  # a server event is read at least this often, notice or not
STALE_SECONDS = 3.0  # no figures for this long: the display says they may be out of date
READ_SECONDS = 2.0  # a server's statement deadline on the display's connection


class Look(Enum):
    ROOM = "room"  # green: welcome, come in
    FULL = "full"  # red: please wait
    STALE = "stale"  # grey: the figures below are from the time shown


@dataclass(frozen=True)
class Figures:
    """The event as read (its headcount, cap, language, time zone), and when."""

    event: Event
    at: datetime  # when these were read (UTC)

    @property
    def inside(self) -> int:
        return self.event.inside

    @property
    def capacity(self) -> int:
        return self.event.capacity


@dataclass(frozen=True)
class Board:
    """Everything the display shows, in the event's language."""

    look: Look
    headline: str  # "Welcome, come in" / "Please wait" / "No contact with the event"
    count: str  # "12 / 30", or "" before the first figures
    left: str  # "18 places left"
    note: str  # stale: "Last figures at 14:05:12; they may be out of date"
    description: str  # the whole state in one sentence, for a screen reader


def board(
    figures: Figures | None, *, now: datetime, fresh_at: datetime | None, language: str = "en"
) -> Board:
    """What to show: ``fresh_at`` is the last time the store answered."""
    words = words_for(figures.event.language if figures is not None else language)
    stale = fresh_at is None or now - fresh_at > timedelta(seconds=STALE_SECONDS)
    if figures is None:
        headline = words("display.no_contact")
        return Board(Look.STALE, headline, "", "", "", headline)
    state = room_of(figures.event, 0)
    count = f"{state.inside} / {state.capacity}"
    left = (
        words.count("place_left", state.room_for) if state.room_for else words("display.none_left")
    )
    if stale:
        seen = f"{figures.at.astimezone(zone(figures.event.timezone)):%H:%M:%S}"
        note = words("display.stale", time=seen)
        headline = words("display.no_contact")
        look = Look.STALE
    else:
        note = ""
        look = Look.FULL if state.full else Look.ROOM
        headline = words("display.full" if state.full else "display.room")
    description = " ".join(
        part
        for part in (headline + ".", words("display.inside", count=count) + ",", left + ".", note)
        if part
    )
    return Board(look, headline, count, left, note, description.strip())


class RoomWatch:
    """The display's one connection: reads the figures and waits for a change.

    :meth:`next` blocks at most about ``wait`` seconds and returns the figures
    (fresh), or raises :class:`~checkin.errors.StoreError` when the store does
    not answer; the next call connects again. Call it from one thread only.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._conn: Connection | None = None
        self._version: int | None = None
        self._figures: Figures | None = None
        self._settings: dict[str, object] = {}
        self._event: Event | None = None
        self.gate = pins.ReadOnlyPin()
        self._driver_error: type[Exception] = store.engine.dialect.loaded_dbapi.Error

    @property
    def is_server(self) -> bool:
        return self.store.is_server

    def next(self, wait: float = 1.0) -> Figures:
        try:
            conn = self._connection()
            if self.is_server:
                self._wait_for_notice(conn, wait)
                return self._read(conn)
            return self._poll_file(conn, wait)
        except (DBAPIError, OSError, self._driver_error) as exc:
            # (a lost server's LISTEN connection fails in the driver itself)
            self._drop()
            raise self.store._fault(exc) from exc

    def event(self) -> Event:
        """The event as last read (the PIN check needs its hash)."""
        if self._event is None:
            self.next(0)
        assert self._event is not None
        return self._event

    def check_pin(self, typed: str, now: datetime | None = None) -> bool:
        """True for the right PIN (or none set); WrongPin or PinLockedOut otherwise."""
        self.next(0)  # the newest hash and back-off
        return self.gate.check(self.event(), self._settings, typed, now or datetime.now(UTC))

    def close(self) -> None:
        self._drop()

    # the one connection ------------------------------------------------------------

    def _connection(self) -> Connection:
        if self._conn is None:
            conn = self.store.engine.connect()
            try:
                if self.is_server:
                    conn = conn.execution_options(isolation_level="AUTOCOMMIT")
                    conn.exec_driver_sql("SET default_transaction_read_only = on")
                    conn.exec_driver_sql(f"SET statement_timeout = {int(READ_SECONDS * 1000)}")
                    conn.exec_driver_sql(f"LISTEN {ROOM_CHANNEL}")
            except BaseException:
                conn.close()
                raise
            self._conn, self._version = conn, None
        return self._conn

    def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                conn.invalidate()  # a dead server's connection is not given back to a pool
                conn.close()
            except (DBAPIError, OSError):
                pass

    def _read(self, conn: Connection) -> Figures:
        if self.is_server:
            row = conn.execute(sa.select(event_t)).one()
        else:
            with conn.begin():  # a short read: an open one would hold the WAL's snapshot
                row = conn.execute(sa.select(event_t)).one()
        event = _event_of(row)
        settings = json.loads(row._mapping["settings"] or "{}")
        self._settings = settings if isinstance(settings, dict) else {}
        self._event = event
        self._figures = Figures(event, datetime.now(UTC))
        return self._figures

    def _wait_for_notice(self, conn: Connection, wait: float) -> None:
        if wait <= 0 or self._figures is None:
            return
        raw = conn.connection.driver_connection
        assert raw is not None
        # Any notice on the channel means "read again"; several are one read.
        for _notice in raw.notifies(timeout=min(wait, SERVER_BEAT_SECONDS), stop_after=1):
            break

    def _data_version(self, conn: Connection) -> int:
        # On the driver's connection (autocommit): no transaction is opened for it.
        raw = conn.connection.driver_connection
        assert raw is not None
        return int(raw.execute("PRAGMA data_version").fetchone()[0])

    def _poll_file(self, conn: Connection, wait: float) -> Figures:
        deadline = time.monotonic() + wait
        while True:
            version = self._data_version(conn)
            if version != self._version or self._figures is None:
                self._version = version
                return self._read(conn)
            if time.monotonic() >= deadline:
                # Unchanged, and the file answered: the same figures, fresh as of now.
                self._figures = Figures(self._figures.event, datetime.now(UTC))
                return self._figures
            time.sleep(FILE_POLL_SECONDS)


__all__ = ["Board", "Figures", "Look", "RoomWatch", "board"]
