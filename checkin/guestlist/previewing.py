"""The preview: the sheet, header row, detected columns and first rows the import would use.

Read from the head of the file only (an .xlsx's first rows are read without
reading the sheet), so a 50,000-row list previews at once.
"""

from __future__ import annotations

from pathlib import Path

from checkin.guestlist.cells import cell_text
from checkin.guestlist.header import choose_sheet
from checkin.guestlist.reading import ReadLimits, open_book
from checkin.guestlist.report import Preview


def preview(
    path: Path,
    *,
    sheet: str | None = None,
    rows: int = 10,
    limits: ReadLimits = ReadLimits(),  # noqa: B008 (frozen)
    event_file: Path | None = None,
) -> Preview:
    """What the import would see. A list without a recognisable name column still
    previews (every column unmapped), so that the person can point out the name column.
    ``event_file``: the event this process holds open, refused unopened."""
    book = open_book(Path(path), head_only=True, limits=limits, event_file=event_file)
    try:
        layout = choose_sheet(book, sheet, need_name=False)
        columns = layout.columns()
        shown: list[list[str]] = []
        for values in layout.sheet.rows(layout.header_row + 1):
            if len(shown) >= rows:
                break
            texts = [cell_text(v) for v in values[: len(columns)]]
            if any(texts):
                shown.append(texts + [""] * (len(columns) - len(texts)))
        return Preview(
            Path(path), book.sheet_names, layout.sheet.name, layout.header_row, columns, shown
        )
    finally:
        book.close()
