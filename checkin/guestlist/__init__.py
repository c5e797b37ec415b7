"""Guest lists in: .xlsx/.xlsm/.xlsb/.xls/.ods (python-calamine) and .csv, merged into an event.

The shapes organisers really send: title rows above the header, blank and
styled-but-empty rows, Dutch or English headers with extra words ("E-mailadres
(werk)", "Komt u?"), a ticket shop's export with barcodes, refunds and unpaid
orders, the list on the second sheet behind an instructions sheet, an old .xls
from a CRM, an .ods from LibreOffice, CSV files from Excel in Windows-1252
with semicolons.

One question a file:

- safety.py       what kind of file is this, and is it safe to read?
- reading.py      opening it: spreadsheets.py (calamine, in a child process: isolated.py),
                  csvfiles.py, xlsxhead.py (preview)
- header.py       where is the header found?
- columns.py      what does each column hold (and the person's mapping)?
- cells.py        a cell as the text the organiser sees
- names.py        first name, tussenvoegsel, last name
- statuses.py     coming, cancelled or pending?
- rows.py         which rows become guests, which are skipped or duplicates?
- merge.py        which guest of the event is this row?
- report.py       what the import says afterwards
- previewing.py, importing.py   the two things the app and the CLI call

The import (and with it the store) is imported on first use only, so the
reader's child process (isolated.py) starts without SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from checkin.guestlist.cells import cell_text, parse_count
from checkin.guestlist.columns import FIELDS, Column, field_for_header
from checkin.guestlist.names import split_name
from checkin.guestlist.previewing import preview
from checkin.guestlist.report import ImportReport, Preview, RowNote
from checkin.guestlist.safety import SPREADSHEET_SUFFIXES
from checkin.guestlist.statuses import is_not_coming, is_pending

if TYPE_CHECKING:
    from checkin.guestlist.importing import import_guest_list

__all__ = [
    "FIELDS",
    "SPREADSHEET_SUFFIXES",
    "Column",
    "ImportReport",
    "Preview",
    "RowNote",
    "cell_text",
    "field_for_header",
    "import_guest_list",
    "is_not_coming",
    "is_pending",
    "parse_count",
    "preview",
    "split_name",
]


def __getattr__(name: str) -> Any:
    if name == "import_guest_list":
        from checkin.guestlist.importing import import_guest_list

        return import_guest_list
    raise AttributeError(f"module 'checkin.guestlist' has no attribute {name!r}")
