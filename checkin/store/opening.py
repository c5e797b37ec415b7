"""Opening helpers: what a file is before anything writes to it, and the door's lock.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from checkin.errors import NotAnEventStore, SchemaTooNew, StoreNotFound, StoreUnavailable
from checkin.location import is_server_url
from checkin.store.engine import display_location, door_deadline
from checkin.store.schema import SCHEMA_VERSION, event_t, meta_t
from checkin.store.tx import _SELECT_EVENT


def set_wal(engine: Engine) -> None:
    """WAL mode, outside any transaction (SQLite refuses it inside one); stays in the file."""
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        if cur.execute("PRAGMA journal_mode").fetchone() != ("wal",):
            cur.execute("PRAGMA journal_mode=WAL")
        cur.close()
    finally:
        raw.close()


@functools.cache
def pg_lock(seconds: float) -> sa.Select[Any]:
    """The lock statement; it also sets this transaction's statement deadline (no extra trip)."""
    return _SELECT_EVENT.add_columns(door_deadline(seconds)).with_for_update(of=event_t)


def schema_version(conn: Connection, loc: str) -> int:
    """The file's schema version, or the fault: not an event, or newer than this app."""
    insp = sa.inspect(conn)
    if not insp.has_table("meta") or not insp.has_table("event"):
        raise StoreNotFound(display_location(loc)) if is_server_url(loc) \
            else NotAnEventStore(loc)
    raw = conn.execute(
        sa.select(meta_t.c.value).where(meta_t.c.key == "schema_version")).scalar_one_or_none()
    try:
        version = int(raw or "")
    except ValueError:
        raise NotAnEventStore(display_location(loc), "it carries no schema version") from None
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(display_location(loc), f"schema {version}")
    return version


def copy_for_reading(path: Path) -> tuple[Path, Path]:
    """An older event file on read-only media, copied to the temp folder to be read.

    Reading it in place would need a migration, which writes; the copy is
    brought up to date instead and the original is never touched. Returns the
    folder (the caller removes it) and the copy.
    """
    folder = Path(tempfile.mkdtemp(prefix="checkin-read-"))
    copy = folder / path.name
    try:
        shutil.copyfile(path, copy)
        wal = Path(f"{path}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{copy}-wal"))
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise StoreUnavailable(path.name, f"it could not be copied to be read: {exc.strerror}") \
            from exc
    return folder, copy
