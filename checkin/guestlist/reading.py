"""Opening a guest list: what kind of file it is, then a reader for its rows.

Every file is looked at before any reader touches it (safety.py): a renamed
PDF, a damaged or password-protected file, an XML bomb, a format we do not
read all stop here with one sentence. Spreadsheets are then read by
python-calamine (spreadsheets.py) in a child process (isolated.py), where a
reader that aborts cannot take the app or the command down; CSV and text files
by csvfiles.py. For the preview, the head of an .xlsx is read on its own
(xlsxhead.py), so the first rows show before a large sheet has been read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from checkin.errors import IsTheEventFile
from checkin.guestlist import csvfiles, safety, xlsxhead
from checkin.guestlist.book import Book, Sheet
from checkin.guestlist.isolated import ReadLimits, read_in_child

__all__ = ["Book", "ReadLimits", "Sheet", "open_book"]


def open_book(
    path: Path,
    *,
    head_only: bool = False,
    limits: ReadLimits = ReadLimits(),  # noqa: B008 (frozen)
    cancelled: Callable[[], bool] | None = None,
    event_file: Path | None = None,
) -> Book:
    """The guest list at ``path``, checked first; ``head_only`` may read only the first rows.
    ``event_file``: the event this process holds open, refused unopened (IsTheEventFile)."""
    if event_file is not None and _is_event_file(path, event_file):
        raise IsTheEventFile(path)
    kind = safety.identify(path)
    if kind is safety.Kind.CSV:
        return csvfiles.open_csv(path)
    if head_only and kind is safety.Kind.XLSX:
        return xlsxhead.open_head(path)
    return read_in_child(
        path,
        kind,
        head_rows=xlsxhead.HEAD_ROWS if head_only else None,
        limits=limits,
        cancelled=cancelled,
    )


def _is_event_file(path: Path, event_file: Path) -> bool:
    """By the file system's identity (stat only, nothing opened): the event file, or one
    of SQLite's files beside it (-wal, -shm, -journal)."""
    for name in (event_file, *(Path(f"{event_file}{x}") for x in ("-wal", "-shm", "-journal"))):
        try:
            if path.samefile(name):
                return True
        except OSError:
            continue
    return False
