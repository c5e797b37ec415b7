"""Connecting: a SQLite file or a PostgreSQL URL, every wait with a deadline.

The deadlines (docs/faults.md says why these values):

- PostgreSQL: a door waits at most ``LOCK_SECONDS`` for each lock it asks
  for (``lock_timeout``). PostgreSQL counts that per acquisition, and a door
  queued behind another waiting door asks twice (the row's tuple lock, then
  the holder's transaction), so half of ``DOOR_SECONDS`` keeps the whole wait
  within it. Each later statement of a door transaction gets ``DOOR_SECONDS``
  (``statement_timeout``, set for the transaction by the lock statement
  itself, so it costs no round trip); anything else gets ``CEILING_SECONDS``.
  The server ends a transaction left idle for ``IDLE_IN_TX_SECONDS`` (a door
  laptop frozen mid-scan), which releases its lock. TCP keepalives and
  ``tcp_user_timeout`` notice a vanished peer in seconds, ``connect_timeout``
  bounds a connect, ``pool_timeout`` the wait for a pooled connection.
- SQLite: the busy timeout is ``DOOR_SECONDS``; when it expires the write
  fails as :class:`~checkin.errors.FileLocked` (a door answers not_connected).

Errors never carry the statement's parameters (``hide_parameters``): their text
reaches logs and crash reports, and parameters are guests' names and emails.

A file is opened ``mode=rw`` (it is never created by opening). A reading
command opens it ``mode=ro`` (and ``query_only``), and ``immutable`` when its
folder cannot be written (a CD, a read-only USB stick) or the disk is full,
where SQLite could not make its shared-memory file.

A reading command is read-only even when it could write, because of what SQLite
does when it closes the last connection it knows of: it checkpoints the WAL into
the file and deletes the ``-wal``. It knows of the other connections through
POSIX advisory locks, and a process loses all of its locks on a file as soon as
it closes *any* descriptor of that file (DESIGN.md, "One store connection per
process"; docs/faults.md, "Admissions and the -wal file"). A read-write reader
could then delete a ``-wal`` a door is still writing into; a ``mode=ro``
connection never checkpoints, so it never deletes one. The price: a reader that
was the only one to open a clean file leaves an empty ``-wal`` and ``-shm``
beside it (SQLite needs the ``-shm`` to read a WAL file beside a live writer; it
makes it if it is missing and the folder can be written, and the next door to
open the file tidies both).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Literal

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection, Engine

from checkin.location import is_server_url

DOOR_SECONDS = 2.0  # the door's answer: a verdict or not_connected within about this
LOCK_SECONDS = DOOR_SECONDS / 2  # per lock acquisition; a queued door makes two
CEILING_SECONDS = 60.0  # any one statement outside a door transaction (exports, imports)
IDLE_IN_TX_SECONDS = 5.0  # a frozen client's transaction (and its lock) ends after this
CONNECT_SECONDS = 2  # libpq's minimum; whole seconds
KEEPALIVE = {
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 2,
    "tcp_user_timeout": 5000,
}
LOW_SPACE = 64 * 1024  # bytes free below which a failed write is a full disk

# rw: a door; rwc: creating; read: a reading command where writing is possible (still
# mode=ro: it must never checkpoint and delete a -wal; an older file is upgraded by a
# writing open instead); ro: the file is read-only; immutable: the folder is too, or the
# disk is full.
Mode = Literal["rw", "rwc", "read", "ro", "immutable"]

# --- locations -------------------------------------------------------------


def display_location(location: str | Path) -> str:
    """The file name, or the server and database without the password."""
    if is_server_url(location):
        url = sa.make_url(str(location))
        return f"{url.host or 'localhost'}{':' + str(url.port) if url.port else ''}/{url.database}"
    return Path(location).name


def pg_options() -> str:
    """The session settings every PostgreSQL connection starts with."""
    ms = {
        "lock_timeout": LOCK_SECONDS,
        "statement_timeout": CEILING_SECONDS,
        "idle_in_transaction_session_timeout": IDLE_IN_TX_SECONDS,
    }
    return " ".join(f"-c {k}={int(v * 1000)}" for k, v in ms.items())


def door_deadline(seconds: float = DOOR_SECONDS) -> sa.ColumnElement[str]:
    """A column for the lock statement: this transaction's statements get ``seconds``."""
    return sa.func.set_config("statement_timeout", str(int(seconds * 1000)), sa.true()).label(
        "deadline"
    )


def free_bytes(path: Path) -> int | None:
    try:
        return shutil.disk_usage(path if path.is_dir() else path.parent).free
    except OSError:
        return None


def _engine_for(location: str | Path, mode: Mode = "rw") -> Engine:
    if is_server_url(location):
        url = sa.make_url(str(location)).set(drivername="postgresql+psycopg")
        # No pool_pre_ping: it costs a round trip on every scan. A connection the
        # server dropped is instead found by the first statement of a write, which
        # then retries once on a fresh one (Store.write).
        return sa.create_engine(
            url,
            pool_timeout=DOOR_SECONDS,
            hide_parameters=True,
            connect_args={"connect_timeout": CONNECT_SECONDS, **KEEPALIVE, "options": pg_options()},
        )
    return _sqlite_engine(Path(location).resolve(), mode)


def _sqlite_engine(path: Path, mode: Mode) -> Engine:
    query = {
        "rw": "mode=rw",
        "rwc": "mode=rwc",
        "read": "mode=ro",
        "ro": "mode=ro",
        "immutable": "mode=ro&immutable=1",
    }[mode]
    uri = f"{path.as_uri()}?{query}"
    writing = mode in ("rw", "rwc")

    def connect() -> sqlite3.Connection:
        # We issue BEGIN ourselves (below) so that a write takes the lock first.
        return sqlite3.connect(
            uri, uri=True, isolation_level=None, timeout=DOOR_SECONDS, check_same_thread=False
        )

    engine = sa.create_engine(
        "sqlite://",
        creator=connect,
        poolclass=sa.pool.QueuePool,
        pool_timeout=DOOR_SECONDS,
        hide_parameters=True,
    )

    @sa_event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Nothing here writes: journal_mode=WAL is set once, by create() or by
        # open() after the file proved to be an event (a refused file stays as it was).
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        if not writing:
            cur.execute("PRAGMA query_only=ON")
        cur.close()

    @sa_event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode_ = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode_ if writing else 'DEFERRED'}")

    return engine


def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
