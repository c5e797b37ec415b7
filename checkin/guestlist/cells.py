"""A cell as the organiser sees it: text the way Excel shows it, and counts of people.

Spreadsheet readers hand numbers over as floats (calamine reads every .xlsx
and .ods number as one), so a ticket code typed as the number 100234 arrives
as 100234.0 and must become "100234" again; a code typed as text keeps its
leading zeros because it arrives as text.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta


def cell_text(value: object) -> str:
    """A cell as the text the organiser sees in Excel; whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        # A duration cell ("1:30" formatted as [h]:mm): hours and minutes, as shown.
        minutes = int(value.total_seconds() // 60)
        return f"{minutes // 60}:{minutes % 60:02d}"
    return str(value).strip()


def row_texts(values: list[object], width: int) -> list[str]:
    """The first ``width`` cells of a row as text, padded with empty cells.

    The per-cell work is the cost of a large import, so the common cases
    (text, empty, a whole number) are handled before any call.
    """
    texts = [
        v.strip()
        if type(v) is str
        else ""
        if v is None
        else str(v)
        if type(v) is int
        else str(int(v))
        if type(v) is float and v.is_integer() and abs(v) < 1e16
        else cell_text(v)
        for v in (values if len(values) <= width else values[:width])
    ]
    if len(texts) < width:
        texts.extend([""] * (width - len(texts)))
    return texts


_NO_COMPANIONS = frozenset({"", "-", "geen", "none", "nee", "no", "n", "nvt"})
_WHOLE = re.compile(r"\+?\s*(\d{1,3})")


def parse_count(value: object) -> int | None:
    """A count of people as a list gives it: 2, 2.0, "2", "+1", "geen"; None if no count."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value >= 0 else None
    text = cell_text(value)
    if text.casefold() in _NO_COMPANIONS:
        return 0
    m = _WHOLE.fullmatch(text)
    return int(m.group(1)) if m else None
