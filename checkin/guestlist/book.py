"""What a reader hands on: a book of sheets whose rows are read on demand."""

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
