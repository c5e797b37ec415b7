"""Cells of the workbooks and CSV files: values only, never formulas, times in local time.

Shared by the attendance export and the room lists. A value beginning with
= + - @ tab or CR is written as text (and with a leading ' in a CSV), since a
spreadsheet would run it as a formula. Date-time formats follow the event's
language (:class:`~checkin.documents.words.Words`).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from checkin.documents.words import Words
from checkin.models import Event
from checkin.store import Store, guest_t

# Excel, LibreOffice and CSV importers treat a cell starting with these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32767  # Excel's limit; longer text makes Excel call the file damaged


def zone_of(event: Event) -> ZoneInfo:
    return event.zone


def local_naive(moment: datetime | None, zone: ZoneInfo) -> datetime | None:
    """Local wall-clock time without tzinfo (Excel has no time zones), to the second."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).replace(tzinfo=None, microsecond=0)


def xlsx_value(ws: Any, value: object, words: Words) -> object:
    """A value ready for a row: text never a formula, times in the language's format."""
    if isinstance(value, str):
        if not value:
            return None  # an empty cell is smaller and faster than an empty string
        text = ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL_TEXT]
        if text.startswith("="):
            # openpyxl turns any str starting with "=" into a formula; force plain text.
            cell = WriteOnlyCell(ws, value=text)
            cell.data_type = "s"
            return cell
        return text
    if isinstance(value, datetime):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = words.xlsx_datetime
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = words.xlsx_date
        return cell
    if value is None or isinstance(value, bool | int | float):
        return value
    return xlsx_value(ws, str(value), words)


def csv_value(value: object, words: Words) -> str:
    """A CSV field as the language's spreadsheet reads it; a formula-like text gets a '."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return words.csv_datetime(value)
    if isinstance(value, date):
        return words.short_date(value)
    if isinstance(value, bool):
        return words.yes_no(value)
    text = str(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def write_csv(
    path: Path, words: Words, names: Sequence[str], rows: Iterable[Sequence[object]]
) -> int:
    """A CSV in UTF-8 with BOM (Excel reads one without as the system code page and
    mangles ë and ı), separated as the language's spreadsheet expects."""
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=words.csv_delimiter)
        writer.writerow([csv_value(n, words) for n in names])
        for values in rows:
            writer.writerow([csv_value(v, words) for v in values])
            count += 1
    return count


def header_row(ws: Any, names: Sequence[str], words: Words) -> list[Any]:
    bold = Font(bold=True)
    cells = []
    for name in names:
        cell = xlsx_value(ws, name, words)
        if not isinstance(cell, Cell):
            cell = WriteOnlyCell(ws, value=cell)
        cell.font = bold
        cells.append(cell)
    return cells


def start_table(ws: Any, names: Sequence[str], widths: Sequence[float], words: Words) -> None:
    """Widths, frozen bold header."""
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.append(header_row(ws, names, words))


def set_filter(ws: Any, columns: int, rows: int) -> None:
    ws.auto_filter.ref = f"A1:{get_column_letter(max(1, columns))}{max(1, rows)}"


def extra_width(key: str) -> float:
    return float(min(40, max(12, len(key) + 4)))


def extra_keys(store: Store) -> list[str]:
    """The union of the guests' extra columns, in order of first appearance.

    Reads only the JSON text of that one column, streamed; most guests of one
    list share the same text layout, so each distinct key set is parsed once.
    """
    keys: dict[str, None] = {}
    seen_layouts: set[tuple[str, ...]] = set()
    with store.read() as conn:
        for (raw,) in conn.execute(sa.select(guest_t.c.extra)):
            if not raw or raw == "{}":
                continue
            layout = tuple(json.loads(raw))
            if layout in seen_layouts:
                continue
            seen_layouts.add(layout)
            for key in layout:
                keys.setdefault(key, None)
    return list(keys)
