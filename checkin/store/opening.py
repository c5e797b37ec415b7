"""Opening helpers: what a file is before anything writes to it, the door's lock, and copies.

A copy of an event file is made through SQLite (its backup API), never by reading the
file's bytes in this process: a process that closes any descriptor of a file loses all
its SQLite locks on it (DESIGN.md, "One store connection per process"), and SQLite's own
descriptors are the only ones it keeps open until the last lock is gone. A byte-exact
copy (of a damaged file) is made by another process.
"""

from __future__ import annotations

import functools
import os
import shutil
import sqlite3
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from checkin.errors import NotAnEventStore, SchemaTooNew, StoreNotFound, StoreUnavailable
from checkin.location import is_server_url
from checkin.store.engine import CEILING_SECONDS, DOOR_SECONDS, display_location, door_deadline
from checkin.store.schema import SCHEMA_VERSION, event_t, meta_t
from checkin.store.statements import SELECT_EVENT


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
    return SELECT_EVENT.add_columns(door_deadline(seconds)).with_for_update(of=event_t)


def schema_version(conn: Connection, loc: str) -> int:
    """The file's schema version, or the fault: not an event, or newer than this app."""
    insp = sa.inspect(conn)
    if not insp.has_table("meta") or not insp.has_table("event"):
        raise StoreNotFound(display_location(loc)) if is_server_url(loc) else NotAnEventStore(loc)
    raw = conn.execute(
        sa.select(meta_t.c.value).where(meta_t.c.key == "schema_version")
    ).scalar_one_or_none()
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
        try:
            sqlite_copy(path, copy)
        except sqlite3.OperationalError:
            # A -wal without its -shm on a medium where SQLite cannot make one (it then
            # cannot read the file at all). Nobody can be writing there: copied as bytes.
            copy.unlink(missing_ok=True)
            shutil.copyfile(path, copy)
            wal = Path(f"{path}-wal")
            if wal.exists():
                shutil.copyfile(wal, Path(f"{copy}-wal"))
    except (OSError, sqlite3.Error) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        why = exc.strerror if isinstance(exc, OSError) else str(exc)
        raise StoreUnavailable(path.name, f"it could not be copied to be read: {why}") from exc
    return folder, copy


def sqlite_copy(source: Path, target: Path) -> None:
    """Copy an SQLite file, with what its -wal holds, to a new file ``target`` through
    SQLite's backup API: page by page, read-only on the source, and
    without any descriptor of the source that SQLite does not manage."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=DOOR_SECONDS)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def byte_copy(source: Path, target: Path) -> None:
    """Copy a file byte for byte without opening it in this process: by ``cp`` where locks
    are POSIX locks (Linux, macOS); in this process on Windows, where closing a handle
    never drops another handle's locks. Raises OSError or subprocess.SubprocessError."""
    if os.name != "posix":
        shutil.copyfile(source, target)
        return
    subprocess.run(
        ["cp", "--", str(source), str(target)],
        check=True,
        capture_output=True,
        timeout=CEILING_SECONDS,
    )
