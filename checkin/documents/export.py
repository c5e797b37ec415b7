"""The attendance export: an .xlsx workbook (Attendance, Scan log, Summary) or a CSV.

Guests and scans are streamed from the store in batches, so 100,000 guests
export in bounded memory; the rows of the two long sheets are written by
:mod:`.sheet_rows` and spliced into the workbook openpyxl builds.

The workbook holds values only, never formulas: a reader that does not
recalculate (a mail preview, a phone, pandas) would show blanks, and a guest
named ``=HYPERLINK(...)`` must not become a live formula in the organiser's
Excel. Times are the event's local wall-clock time, since that is what the
organiser remembers ("the room was full at eight"). Every word (sheet names,
headers, statuses, the summary and its chart) and the date formats follow the
event's language (:mod:`.words`).

Both files are written by :func:`~checkin.documents.files.write_atomically`.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from openpyxl import Workbook

from checkin.documents.cells import (
    extra_keys,
    extra_width,
    local_naive,
    set_filter,
    start_table,
    write_csv,
)
from checkin.documents.files import output_kind, write_atomically
from checkin.documents.sheet_rows import RowWriter, date_style, splice
from checkin.documents.summary import Headcount, summary_sheet
from checkin.documents.tally import Tally, attendance_status, count
from checkin.documents.words import Words, words_for
from checkin.errors import Cancelled
from checkin.models import Event, Guest, ScanRecord
from checkin.store import Store, guest_t, scan_t

_BATCH = 2000
_T = TypeVar("_T")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    guests: int
    scans: int


def export_attendance(
    store: Store,
    out: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the attendance as .xlsx (three sheets) or .csv (the Attendance sheet).

    ``progress(done, total)`` is called now and then, counting guests and scans;
    ``cancelled()`` is polled as often, and when it says yes the work stops with
    :class:`Cancelled` and no file is left behind.
    """
    out = Path(out)
    kind = output_kind(out, (".xlsx", ".csv"))
    event = store.event()
    ticker = _Ticker(_total_work(store, csv_only=kind == ".csv"), progress, cancelled)
    if kind == ".csv":
        guests = write_atomically(out, lambda tmp: _write_csv(store, event, tmp, ticker))
        return ExportResult(path=out, guests=guests, scans=0)
    counts = write_atomically(out, lambda tmp: _write_xlsx(store, event, tmp, ticker))
    return ExportResult(path=out, guests=counts[0], scans=counts[1])


# --- the Attendance rows ------------------------------------------------------

ATTENDANCE_COLUMNS = (
    ("col.name", 28),
    ("col.first_name", 16),
    ("col.middle", 13),
    ("col.last_name", 20),
    ("col.organisation", 28),
    ("col.email", 30),
    ("col.code", 22),
    ("col.guest_id", 11),
    ("col.status", 13),
    ("col.first_arrival", 20),
    ("col.last_departure", 20),
    ("col.entries", 12),
    ("col.seat", 10),
    ("col.companions", 12),
    ("col.ticket_type", 14),
    ("col.notes", 30),
)


def _attendance_values(
    guest: Guest, extras: Sequence[str], zone: ZoneInfo, words: Words
) -> list[object]:
    # A guest the list named by email or code only: that, marked, so nobody takes it for a name.
    name = f"{guest.name} ({words('name.missing')})" if guest.name_missing else guest.name
    return [
        name,
        guest.first_name,
        guest.middle,
        guest.last_name,
        guest.organisation,
        guest.email,
        guest.code,
        guest.id,
        words(attendance_status(guest)),
        local_naive(guest.first_arrival, zone),
        local_naive(guest.last_departure, zone),
        guest.entries,
        guest.seat,
        guest.companions,
        guest.ticket_type,
        guest.notes,
        *(guest.extra.get(key) for key in extras),
    ]


# --- xlsx -------------------------------------------------------------------


def _write_xlsx(store: Store, event: Event, path: Path, ticker: _Ticker) -> tuple[int, int]:
    """openpyxl builds the workbook; the two long sheets' rows are spliced in from spools.

    The workbook is an ordinary (not write-only) one: it holds only headers and
    the summary, and write-only sheets spool to named files in the system's
    temp folder that a killed export would leave behind. The spools here are
    anonymous temporary files, gone with the process.
    """
    words = words_for(event.language)
    zone = event.zone
    wb = Workbook()
    wb.remove(wb.active)
    with tempfile.TemporaryFile() as att_spool, tempfile.TemporaryFile() as log_spool:
        attendance = wb.create_sheet(words("sheet.attendance"))
        scan_log = wb.create_sheet(words("sheet.scan_log"))
        style = date_style(attendance, words.xlsx_datetime)
        tally = _attendance_sheet(
            attendance, RowWriter(att_spool, style), store, zone, words, ticker
        )
        scans, chart = _scan_log_sheet(
            scan_log, RowWriter(log_spool, style), store, zone, words, ticker
        )
        summary_sheet(wb.create_sheet(words("sheet.summary")), event, words, tally, chart)
        ticker.check()
        skeleton = io.BytesIO()
        wb.save(skeleton)
        splice(
            skeleton,
            path,
            {"xl/worksheets/sheet1.xml": att_spool, "xl/worksheets/sheet2.xml": log_spool},
        )
    ticker.finish()
    return tally.guests, scans


def _attendance_sheet(
    ws: Any, rows: RowWriter, store: Store, zone: ZoneInfo, words: Words, ticker: _Ticker
) -> Tally:
    extras = extra_keys(store)
    names = [words(key) for key, _ in ATTENDANCE_COLUMNS] + extras
    widths = [w for _, w in ATTENDANCE_COLUMNS] + [extra_width(k) for k in extras]
    start_table(ws, names, widths, words)
    tally = Tally()
    for guest in store.iter_guests():
        rows.add(_attendance_values(guest, extras, zone, words))
        count(tally, attendance_status(guest), guest.walk_in)
        ticker.step()
    rows.flush()
    set_filter(ws, len(names), tally.guests + 1)
    return tally


SCAN_LOG_COLUMNS = (
    ("col.time", 20),
    ("col.door", 12),
    ("col.raw", 22),
    ("col.guest_id", 11),
    ("col.guest", 28),
    ("col.action", 14),
    ("col.verdict", 16),
    ("col.people", 9),
    ("col.inside_after", 13),
    ("col.undone", 13),
    ("col.confirmed", 12),
    ("col.supervisor", 16),
    ("col.reason", 30),
    ("col.note", 28),
)


def _scan_log_sheet(
    ws: Any, writer: RowWriter, store: Store, zone: ZoneInfo, words: Words, ticker: _Ticker
) -> tuple[int, Headcount]:
    start_table(
        ws, [words(k) for k, _ in SCAN_LOG_COLUMNS], [w for _, w in SCAN_LOG_COLUMNS], words
    )
    headcount = Headcount.for_store(store, zone)
    rows = 0
    for batch in _chunks(store.iter_scans(), _BATCH):
        names = _guest_names(store, {s.guest_id for s in batch if s.guest_id is not None})
        for scan in batch:
            writer.add(_scan_values(scan, names, zone, words))
            headcount.add(scan)
            rows += 1
            ticker.step()
    writer.flush()
    set_filter(ws, len(SCAN_LOG_COLUMNS), rows + 1)
    return rows, headcount


def _scan_values(
    scan: ScanRecord, names: dict[int, str], zone: ZoneInfo, words: Words
) -> list[object]:
    return [
        local_naive(scan.at, zone),
        scan.door,
        scan.raw,
        scan.guest_id,
        names.get(scan.guest_id, "") if scan.guest_id is not None else "",
        words.code(scan.action),
        words.code(scan.verdict),
        scan.people,
        scan.inside_after,
        words.yes_no(scan.undone),
        # only that it was confirmed, never an answer or a health detail
        words("yes") if scan.confirmed else "",
        # an override, or an undo the supervisor's PIN allowed, with its reason as typed
        _supervisor(scan, words),
        scan.reason,
        words.code(scan.flag) if scan.flag else "",
    ]


def _supervisor(scan: ScanRecord, words: Words) -> str:
    if not scan.override:
        return ""
    return words.code("undo_with_pin" if scan.action == "undo" else "override")


def _guest_names(store: Store, ids: set[int]) -> dict[int, str]:
    """Names for one batch of scans: a join per batch keeps memory bounded."""
    if not ids:
        return {}
    with store.read() as conn:
        rows = conn.execute(
            sa.select(guest_t.c.id, guest_t.c.name).where(guest_t.c.id.in_(sorted(ids)))
        ).all()
    return {int(r.id): str(r.name) for r in rows}


# --- csv --------------------------------------------------------------------


def _write_csv(store: Store, event: Event, path: Path, ticker: _Ticker) -> int:
    words = words_for(event.language)
    zone = event.zone
    extras = extra_keys(store)

    def rows() -> Iterator[list[object]]:
        for guest in store.iter_guests():
            yield _attendance_values(guest, extras, zone, words)
            ticker.step()

    count = write_csv(path, words, [words(k) for k, _ in ATTENDANCE_COLUMNS] + extras, rows())
    ticker.finish()
    return count


# --- progress ---------------------------------------------------------------


class _Ticker:
    """Reports progress and polls for cancelling every so many rows."""

    EVERY = 500

    def __init__(
        self,
        total: int,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.total = total
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled
        self.check()

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled("The export")
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def step(self) -> None:
        self.done += 1
        if self.done % self.EVERY == 0:
            self.check()

    def finish(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


def _total_work(store: Store, *, csv_only: bool) -> int:
    with store.read() as conn:
        guests = conn.execute(sa.select(sa.func.count()).select_from(guest_t)).scalar_one()
        scans = (
            0
            if csv_only
            else conn.execute(sa.select(sa.func.count()).select_from(scan_t)).scalar_one()
        )
    return int(guests) + int(scans)


def _chunks(items: Iterable[_T], size: int) -> Iterator[list[_T]]:
    batch: list[_T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
