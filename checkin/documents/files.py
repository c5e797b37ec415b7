"""One way to write a document: a temporary file beside the target, fsync, rename.

The target is therefore the old file, the complete new one, or absent, never
half a file. A process killed mid-write (power cut, kill -9) cannot remove its
temporary file, so every write first removes the stale ones of earlier runs
in the same folder: ours carry the suffix :data:`TEMP_SUFFIX` and the writer's
process id, and one is stale when that process is gone or it is older than a
day (a writer on another computer sharing the folder).
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from checkin.errors import InvalidValue, OutputError

TEMP_SUFFIX = ".checkin-part"
STALE_AFTER = 24 * 3600.0  # seconds: a temp file of a writer we cannot see is this old
_TEMP = re.compile(r"^\..+\.(\d+)\.[0-9a-f]{8}" + re.escape(TEMP_SUFFIX) + "$")
_T = TypeVar("_T")


def output_kind(out: Path, allowed: Sequence[str]) -> str:
    """The lower-case suffix of ``out`` if it is one we write, else InvalidValue."""
    suffix = out.suffix.lower()
    if suffix not in allowed:
        raise InvalidValue("output file", str(out), f"must end in {' or '.join(allowed)}")
    return suffix


def output_error(out: Path, exc: OSError) -> OutputError:
    """One sentence for what went wrong writing ``out``."""
    if isinstance(exc, FileNotFoundError):
        return OutputError(out, "the folder does not exist")
    if isinstance(exc, IsADirectoryError):
        return OutputError(out, "it is a folder; give a file name")
    if isinstance(exc, NotADirectoryError):
        return OutputError(out, "part of the path is a file, not a folder")
    if isinstance(exc, PermissionError):
        return OutputError(out, "permission denied")
    return OutputError(out, exc.strerror or type(exc).__name__)


def temp_name(out: Path) -> Path:
    return out.with_name(f".{out.name}.{os.getpid()}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return True  # no safe probe (os.kill would end it on Windows): the age decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove our temporary files left in ``folder`` by writers that died; returns them."""
    removed: list[Path] = []
    moment = time.time() if now is None else now
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP.match(entry.name)
        if match is None or not entry.is_file(follow_symlinks=False):
            continue
        with contextlib.suppress(OSError):
            old = moment - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
            if old or not _alive(int(match.group(1))):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def clean_stale_folders(parent: Path, prefix: str) -> list[Path]:
    """Remove the scratch folders ``<prefix><pid>-*`` in ``parent`` whose process is gone
    (the badge previews of an app that was killed)."""
    removed: list[Path] = []
    pattern = re.compile(re.escape(prefix) + r"(\d+)-")
    try:
        entries = list(os.scandir(parent))
    except OSError:
        return removed
    for entry in entries:
        match = pattern.match(entry.name)
        if match and entry.is_dir(follow_symlinks=False) and not _alive(int(match.group(1))):
            shutil.rmtree(entry.path, ignore_errors=True)
            removed.append(Path(entry.path))
    return removed


def write_atomically(out: Path, write: Callable[[Path], _T]) -> _T:
    """Let ``write`` fill a temporary file beside ``out``, then rename it into place.

    Any failure, including :class:`~checkin.errors.Cancelled`, removes the
    temporary file at once.
    """
    out = Path(out)
    if out.is_dir():
        raise OutputError(out, "it is a folder; give a file name")
    folder = out.parent
    if not folder.is_dir():
        if any(p.exists() and not p.is_dir() for p in folder.parents) or folder.exists():
            raise OutputError(out, "part of the path is a file, not a folder")
        raise OutputError(out, "the folder does not exist")
    clean_stale(folder)
    tmp = temp_name(out)
    try:
        # os.open with 0o666 honours the umask: an export is an ordinary document.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise output_error(out, exc) from exc
    try:
        result = write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise output_error(out, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return result
