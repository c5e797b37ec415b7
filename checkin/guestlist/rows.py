"""Checking rows: each row of the sheet becomes a guest, a note, or nothing.

- An empty row (also one only styled) is skipped silently.
- A row with no name but a code or an email is kept under what the list had
  (the email whole, else the code) and marked name_missing, which screens,
  badges and the export show; without either it is skipped as "no name".
- The status column makes a guest cancelled (will not come) or pending (not
  confirmed); a companions cell that is no number is a warning.
- The same code, or the same email, twice: the first row is kept and the
  others noted as duplicates, except that a cancelled row gives way to a later
  row for the same guest that is not cancelled (a refunded order bought again).
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field

from checkin.guestlist.cells import cell_text, parse_count, row_texts
from checkin.guestlist.columns import FIELDS, Column, counts_self
from checkin.guestlist.names import split_last, split_name, stand_in_name
from checkin.guestlist.report import RowNote
from checkin.guestlist.statuses import is_not_coming, is_pending
from checkin.models import GuestInput


@dataclass
class Notes:
    skipped: list[RowNote] = field(default_factory=list)
    duplicates: list[RowNote] = field(default_factory=list)
    warnings: list[RowNote] = field(default_factory=list)
    name_missing: list[RowNote] = field(default_factory=list)


class RowReader:
    """Turns the rows of one sheet, under its columns, into guests."""

    def __init__(self, columns: list[Column], notes: Notes) -> None:
        slots = {c.field: c.index for c in columns if c.field is not None}
        self.extras = [(c.index, c.header) for c in columns if c.field is None and c.header]
        self.width = len(columns)
        (
            self.i_first,
            self.i_middle,
            self.i_last,
            self.i_name,
            self.i_org,
            self.i_email,
            self.i_code,
            self.i_status,
            self.i_notes,
            self.i_type,
            self.i_seat,
            self.i_companions,
        ) = (slots.get(f, -1) for f in FIELDS)
        self.companions_count_self = self.i_companions >= 0 and counts_self(
            columns[self.i_companions].header
        )
        self.notes = notes

    def guest(self, number: int, raw: Sequence[object]) -> GuestInput | None:
        texts = row_texts(list(raw), self.width)
        first = texts[self.i_first] if self.i_first >= 0 else ""
        middle = texts[self.i_middle] if self.i_middle >= 0 else ""
        last = texts[self.i_last] if self.i_last >= 0 else ""
        name = texts[self.i_name] if self.i_name >= 0 else ""
        email = texts[self.i_email] if self.i_email >= 0 else ""
        code = texts[self.i_code] if self.i_code >= 0 else ""
        name_missing = False
        if not (first or last or name):
            if not any(texts):
                return None
            if not (code or email):
                self.notes.skipped.append(RowNote.of(number, "no_name"))
                return None
            name, name_missing = stand_in_name(code, email), True
            self.notes.name_missing.append(RowNote.of(number, "name_missing", name))
        elif name and not (first or last):
            first, middle, last = split_name(name)
            name = ""
        elif not middle and " " in last:
            middle, last = split_last(last)
        status = texts[self.i_status] if self.i_status >= 0 else ""
        cancelled = bool(status) and is_not_coming(status)
        companions = 0
        i = self.i_companions
        if 0 <= i < len(raw) and raw[i] is not None and raw[i] != "":
            count = parse_count(raw[i])
            if count is None:
                self.notes.warnings.append(RowNote.of(number, "companions", cell_text(raw[i])))
            else:
                companions = max(0, count - 1) if self.companions_count_self else count
        return GuestInput(
            first_name=first,
            middle=middle,
            last_name=last,
            name=name,
            organisation=texts[self.i_org] if self.i_org >= 0 else "",
            email=email,
            code=code,
            cancelled=cancelled,
            pending=bool(status) and not cancelled and is_pending(status),
            ticket_type=texts[self.i_type] if self.i_type >= 0 else "",
            seat=texts[self.i_seat] if self.i_seat >= 0 else "",
            notes=texts[self.i_notes] if self.i_notes >= 0 else "",
            companions=companions,
            extra={header: texts[i] for i, header in self.extras if texts[i]},
            name_missing=name_missing,
        )


class Duplicates:
    """The rows kept so far by code and by email; only keys and positions are held."""

    def __init__(self, notes: Notes) -> None:
        self.notes = notes
        self.by_code: dict[str, int] = {}  # code -> position of the row kept
        self.by_email: dict[str, int] = {}
        self.rows = array("l")  # position -> row number in the file
        self.cancelled = bytearray()  # position -> whether that row is cancelled

    def keep(self, number: int, guest: GuestInput) -> tuple[int, bool] | None:
        """The position the row takes and whether it replaces an earlier row; None if it is
        a duplicate (noted) and is not imported."""
        key = guest.email.casefold()
        earlier, what = None, ""
        if guest.code and guest.code in self.by_code:
            earlier, what = self.by_code[guest.code], "code"
        elif key and key in self.by_email:
            earlier, what = self.by_email[key], "email"
        if earlier is None:
            pos = len(self.rows)
            self.rows.append(number)
            self.cancelled.append(guest.cancelled)
            self._index(guest, key, pos)
            return pos, False
        if self.cancelled[earlier] and not guest.cancelled:
            # A refunded order bought again: the guest who is coming wins.
            self.notes.duplicates.append(
                RowNote.of(self.rows[earlier], f"same_{what}_kept", number)
            )
            self.rows[earlier] = number
            self.cancelled[earlier] = False
            self._index(guest, key, earlier)
            return earlier, True
        self.notes.duplicates.append(RowNote.of(number, f"same_{what}", self.rows[earlier]))
        return None

    def _index(self, guest: GuestInput, key: str, pos: int) -> None:
        if guest.code:
            self.by_code[guest.code] = pos
        if key:
            self.by_email[key] = pos
