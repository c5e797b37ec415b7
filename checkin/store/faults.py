"""Store faults named for what they are: a full disk is not "not an event file".

Two jobs. :func:`check_file` looks at a file before SQLite touches it (an
empty file, a read-only file or folder), so a refused file is never written to;
it only asks the file system (stat, access) and never opens the file, since
closing a descriptor of an event this process has open would drop its SQLite
locks (a file that is not SQLite is refused by SQLite itself: NOTADB).
:func:`fault` turns a database error into the one
:class:`~checkin.errors.StoreError` that names it, by SQLite's result code (and
the free space left, since a full disk also shows as an I/O error) or
PostgreSQL's SQLSTATE.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from checkin.errors import (
    DamagedStore,
    DiskFull,
    FileLocked,
    NotAnEventStore,
    ReadOnlyStore,
    StoreError,
    StoreNotFound,
    StoreUnavailable,
)
from checkin.store.engine import DOOR_SECONDS, LOCK_SECONDS, LOW_SPACE, Mode, _short, free_bytes
from checkin.store.opening import byte_copy

SQLITE_MAGIC = b"SQLite format 3\x00"

# SQLite's primary result codes (the low byte of the extended code)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def check_file(location: str, *, read_only: bool) -> Mode:
    """The mode to open an event file in, or the fault that refuses it untouched."""
    path = Path(location)
    try:
        if not path.is_file():
            raise StoreNotFound(location)
        size = path.stat().st_size
    except OSError as exc:
        raise StoreUnavailable(location, exc.strerror or type(exc).__name__) from exc
    if not os.access(path, os.R_OK):
        raise ReadOnlyStore(location, "it cannot even be read")
    if not size:
        raise NotAnEventStore(location, "it is empty: 0 bytes")
    if size < len(SQLITE_MAGIC):
        raise NotAnEventStore(location)
    folder = path.resolve().parent
    folder_ok = os.access(folder, os.W_OK)
    if not read_only:
        if not os.access(path, os.W_OK) or not folder_ok:
            raise ReadOnlyStore(location)
        return "rw"
    free = free_bytes(folder)
    if folder_ok and (free is None or free >= LOW_SPACE):
        # both read-only connections ("read": an older file may still be upgraded in place)
        return "read" if os.access(path, os.W_OK) else "ro"
    # SQLite cannot make its -shm beside the file; nobody can be writing to it either
    return "immutable"


def fault(location: str, exc: BaseException, *, path: Path | None = None) -> StoreError:
    """The StoreError naming what went wrong; ``path`` for a file, None for a server."""
    orig = getattr(exc, "orig", exc)
    detail = safe_detail(exc)
    if path is None:
        state = getattr(getattr(orig, "diag", None), "sqlstate", None) or getattr(
            orig, "sqlstate", None
        )
        if state in ("53100",):
            return DiskFull(location, "on the server")
        if state == "55P03":
            return StoreUnavailable(
                location, f"another door held the event for more than {LOCK_SECONDS:g} s"
            )
        if state == "57014":
            return StoreUnavailable(location, f"no answer within {DOOR_SECONDS:g} s")
        return StoreUnavailable(location, detail)
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    low = (free_bytes(path) or 0) < LOW_SPACE if path.exists() else False
    if primary == _FULL or (primary in (_IOERR, _CANTOPEN) and low):
        return DiskFull(location)
    if primary == _READONLY or (primary == _CANTOPEN and not os.access(path.parent, os.W_OK)):
        return ReadOnlyStore(location)
    if primary in (_BUSY, _LOCKED):
        return FileLocked(location)
    if primary == _NOTADB:
        return NotAnEventStore(location)
    if primary == _CORRUPT or (
        primary is None and isinstance(orig, sqlite3.DatabaseError) and "malformed" in _short(exc)
    ):
        return DamagedStore(location, "damaged pages", copy=keep_copy(path))
    return StoreUnavailable(location, detail)


# What a database's message may quote of the data: PostgreSQL's DETAIL "Key (code)=(1001)",
# a value in quotes ('invalid input syntax for type integer: "Anna"').
_KEY_VALUES = re.compile(r"\(([^()]*)\)=\((?:[^()]|\([^()]*\))*\)")
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")


def safe_detail(exc: BaseException) -> str:
    """The database's own words for a fault, without any value of the data.

    PostgreSQL's primary message only (never its DETAIL, which names the key and its
    value), the first line of anything else, and quoted values and ``(key)=(value)``
    pairs replaced by "…", so a guest's code, name or e-mail never reaches a sentence
    on the screen, a door's banner, a stream's answer line or a log.
    """
    orig = getattr(exc, "orig", exc)
    primary = getattr(getattr(orig, "diag", None), "message_primary", None)
    text = primary if isinstance(primary, str) and primary else _short(exc)
    text = _KEY_VALUES.sub(r"(\1)=(…)", text.split("DETAIL:")[0].strip())
    return _QUOTED.sub('"…"', text) or type(orig).__name__


_copies: dict[tuple[str, int, int], str | None] = {}


def keep_copy(path: Path) -> str | None:
    """Copy a damaged file (and its -wal) beside it once; the copy's path, or None.

    Named after the damaged file's own modification time, so opening the same
    damaged file again reuses the copy instead of filling the folder.
    """
    try:
        st = path.stat()
    except OSError:
        return None
    key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    if key in _copies:
        return _copies[key]
    stamp = datetime.fromtimestamp(st.st_mtime, UTC).strftime("%Y%m%dT%H%M%S")
    copy = path.with_name(f"{path.name}.damaged-{stamp}")
    made: str | None = str(copy)
    try:
        if not (copy.exists() and copy.stat().st_size == st.st_size):
            # the bytes as they are, by another process: this one may have the file open
            byte_copy(path, copy)
            wal = Path(f"{path}-wal")
            if wal.exists() and wal.stat().st_size:
                byte_copy(wal, Path(f"{copy}-wal"))
    except (OSError, subprocess.SubprocessError):
        with contextlib.suppress(OSError):
            copy.unlink(missing_ok=True)
        made = None
    _copies[key] = made
    return made
