"""Where is the header found: the row, within a sheet's first rows, that names the most fields.

The header row need not be the first row: title rows, a logo, an intro line
or blank rows may stand above it. A row counts as a header only if it names a
name column; among those the one naming most fields wins. Without any such
row the first filled row is taken as the header, so the person can point out
the name column by hand. With several sheets the first sheet with a name
column is used (a list behind an instructions sheet), unless one is named.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.errors import EmptyGuestList, NoNameColumn, SheetNotFound
from checkin.guestlist.book import Book, Sheet
from checkin.guestlist.cells import cell_text
from checkin.guestlist.columns import NAME_FIELDS, Column, apply_mapping, detect_fields

# How far down a sheet the header row may sit (title rows, logos, an intro line).
HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class Layout:
    sheet: Sheet
    header_row: int  # 1-based row number in the file
    headers: list[str]
    fields: list[str | None]

    @property
    def has_name(self) -> bool:
        return bool(NAME_FIELDS.intersection(f for f in self.fields if f))

    def columns(self, mapping: dict[int, str | None] | None = None) -> list[Column]:
        return apply_mapping(self.headers, self.fields, mapping)


def find_header(sheet: Sheet) -> Layout | None:
    """The sheet's best header row within its first rows; None for an empty sheet."""
    first_filled: tuple[int, list[str]] | None = None
    best: tuple[int, int, list[str], list[str | None]] | None = None
    for number, values in enumerate(sheet.rows(1), start=1):
        if number > HEADER_SEARCH_ROWS:
            break
        headers = [cell_text(v) for v in values]
        while headers and not headers[-1]:
            headers.pop()
        if not headers:
            continue
        if first_filled is None:
            first_filled = (number, headers)
        fields = detect_fields(headers)
        found = {f for f in fields if f}
        if not found & NAME_FIELDS:
            continue
        if best is None or len(found) > best[0]:
            best = (len(found), number, headers, fields)
    if best is not None:
        return Layout(sheet, best[1], best[2], best[3])
    if first_filled is not None:
        number, headers = first_filled
        return Layout(sheet, number, headers, detect_fields(headers))
    return None


def choose_sheet(book: Book, sheet: str | None, *, need_name: bool) -> Layout:
    """The sheet to import and its header: the one named, else the first with names."""
    if sheet is not None:
        chosen = [s for s in book.sheets if s.name == sheet]
        if not chosen:
            folded = [s for s in book.sheets if (s.name or "").casefold() == sheet.casefold()]
            if not folded:
                raise SheetNotFound(book.path, sheet, book.sheet_names)
            chosen = folded
        layout = find_header(chosen[0])
        if layout is None:
            raise EmptyGuestList(book.path, f'sheet "{sheet}" is empty')
        if need_name and not layout.has_name:
            raise NoNameColumn(book.path, layout.headers, chosen[0].name)
        return layout
    first: Layout | None = None
    for candidate in book.sheets:
        layout = find_header(candidate)
        if layout is None:
            continue
        if layout.has_name:
            return layout
        first = first or layout
    if first is None:
        raise EmptyGuestList(book.path)
    if need_name:
        raise NoNameColumn(book.path, first.headers, first.sheet.name)
    return first
