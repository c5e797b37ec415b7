"""Connecting: a SQLite file or a PostgreSQL URL, and naming a location for people.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection, Engine

from checkin.location import is_server_url

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



def _short(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
