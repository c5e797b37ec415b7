"""Opening a guest list: what kind of file it is, then a reader for its rows.

Every file is looked at before any reader touches it (safety.py): a renamed
PDF, a damaged or password-protected file, an XML bomb, a format we do not
read all stop here with one sentence. Spreadsheets are then read by
python-calamine (spreadsheets.py), CSV and text files by csvfiles.py. For the
preview, the head of an .xlsx is read on its own (xlsxhead.py), so the first
rows show before a large sheet has been read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Sheet:
    """One sheet (or the one table of a CSV file), read on demand."""

    name: str | None
    rows: Callable[[int], Iterator[Sequence[object]]]  # first row number (1-based) -> rows on
    size: Callable[[], int | None]  # rows in the sheet, when known (for progress)


@dataclass
class Book:
    path: Path
    sheet_names: list[str]
    sheets: list[Sheet]
    close: Callable[[], None] = field(default=lambda: None)


def open_book(path: Path, *, head_only: bool = False) -> Book:
    """The guest list at ``path``, checked first; ``head_only`` may read only the first rows."""
    from checkin.guestlist import csvfiles, safety, spreadsheets, xlsxhead

    kind = safety.identify(path)
    if kind is safety.Kind.CSV:
        return csvfiles.open_csv(path)
    if head_only and kind is safety.Kind.XLSX:
        return xlsxhead.open_head(path)
    return spreadsheets.open_spreadsheet(path, kind)
