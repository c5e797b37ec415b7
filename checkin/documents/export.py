"""The attendance export: an .xlsx workbook (Attendance, Scan log, Summary) or a CSV.

Guests and scans are streamed from the store in batches, so 100,000 guests
export in bounded memory. openpyxl (write-only) builds the workbook: styles,
bold frozen headers, filters, the Summary and its chart; the rows of the two
long sheets are serialised by a small writer of our own and spliced in, since
openpyxl's per-cell writer alone would take 13 s for 100,000 guests.

The workbook holds values only, never formulas: a reader that does not
recalculate (a mail preview, a phone, pandas) would show blanks, and a guest
named ``=HYPERLINK(...)`` must not become a live formula in the organiser's
Excel. Times are the event's local wall-clock time, since that is what the
organiser remembers ("the room was full at eight").

Both files are written under a temporary name in the target folder and renamed
into place, so an interrupted export never leaves half a file.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import IO, Any, TypeVar
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from checkin.errors import Cancelled, InvalidValue, OutputError
from checkin.models import Event, Guest, ScanRecord
from checkin.store import Store, guest_t, scan_t

DATETIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
DATE_FORMAT = "yyyy-mm-dd"
CSV_DATETIME = "%Y-%m-%d %H:%M:%S"
# Excel, LibreOffice and CSV importers treat a cell starting with these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32767  # Excel's limit; longer text makes Excel call the file damaged
MAX_CHART_POINTS = 500
# Steps of the headcount chart in minutes: round numbers a reader can follow.
_CHART_STEPS = (1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440)
_BATCH = 2000
# Fast deflate: level 6 (openpyxl's) costs seconds at 100,000 rows for a few % of size.
ZIP_LEVEL = 1
_T = TypeVar("_T")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    guests: int
    scans: int


# --- the public entry -------------------------------------------------------


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


# --- helpers shared with reports.py -------------------------------------------


def output_kind(out: Path, allowed: Sequence[str]) -> str:
    """The lower-case suffix of ``out`` if it is one we write, else InvalidValue."""
    suffix = out.suffix.lower()
    if suffix not in allowed:
        raise InvalidValue("output file", str(out), f"must end in {' or '.join(allowed)}")
    return suffix


def write_atomically(out: Path, write: Callable[[Path], _T]) -> _T:
    """Let ``write`` fill a temporary file beside ``out``, then rename it into place.

    Any failure, including :class:`Cancelled`, removes the temporary file, so
    the target is either the old file, the complete new one, or absent.
    """
    out = Path(out)
    if out.is_dir():
        raise OutputError(out, "it is a folder; give a file name")
    folder = out.parent
    if not folder.is_dir():
        raise OutputError(out, "the folder does not exist")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(out, exc.strerror or type(exc).__name__) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        # mkstemp makes the file private (0600); an export is an ordinary document.
        os.chmod(tmp, out.stat().st_mode & 0o777 if out.exists() else 0o644)
        result = write(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(out, exc.strerror or type(exc).__name__) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return result


def zone_of(event: Event) -> ZoneInfo:
    return event.zone


def local_naive(moment: datetime | None, zone: ZoneInfo) -> datetime | None:
    """Local wall-clock time without tzinfo (Excel has no time zones), to the second."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(zone).replace(tzinfo=None, microsecond=0)


def xlsx_value(ws: Any, value: object) -> object:
    """A value ready for a write-only row: text never a formula, times formatted."""
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
        cell.number_format = DATETIME_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(ws, value=value)
        cell.number_format = DATE_FORMAT
        return cell
    if value is None or isinstance(value, bool | int | float):
        return value
    return xlsx_value(ws, str(value))


def csv_value(value: object) -> str:
    """A CSV field: text that a spreadsheet would run as a formula gets a leading '."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime(CSV_DATETIME)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def header_row(ws: Any, names: Sequence[str]) -> list[Any]:
    bold = Font(bold=True)
    cells = []
    for name in names:
        cell = xlsx_value(ws, name)
        if not isinstance(cell, Cell):
            cell = WriteOnlyCell(ws, value=cell)
        cell.font = bold
        cells.append(cell)
    return cells


def start_table(ws: Any, names: Sequence[str], widths: Sequence[float]) -> None:
    """Widths, frozen bold header: all must be set before the first row is written."""
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"
    ws.append(header_row(ws, names))


def set_filter(ws: Any, columns: int, rows: int) -> None:
    ws.auto_filter.ref = f"A1:{get_column_letter(max(1, columns))}{max(1, rows)}"


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


def attendance_status(guest: Guest) -> str:
    if guest.entries > 0:
        return "walk-in" if guest.walk_in else "attended"
    if guest.cancelled:
        return "cancelled"
    return "no-show"


# --- the Attendance rows ------------------------------------------------------

ATTENDANCE_COLUMNS = (
    ("Name", 28), ("First name", 16), ("Tussenvoegsel", 13), ("Last name", 20),
    ("Organisation", 28), ("Email", 30), ("Code", 22), ("Guest id", 9), ("Status", 11),
    ("First arrival", 20), ("Last departure", 20), ("Entries", 8), ("Seat", 10),
    ("Companions", 12), ("Ticket type", 14), ("Notes", 30),
)


def _attendance_values(guest: Guest, extras: Sequence[str], zone: ZoneInfo) -> list[object]:
    return [
        guest.name, guest.first_name, guest.middle, guest.last_name, guest.organisation,
        guest.email, guest.code, guest.id, attendance_status(guest),
        local_naive(guest.first_arrival, zone), local_naive(guest.last_departure, zone),
        guest.entries, guest.seat, guest.companions, guest.ticket_type, guest.notes,
        *(guest.extra.get(key) for key in extras),
    ]


def _extra_width(key: str) -> float:
    return float(min(40, max(12, len(key) + 4)))


# --- xlsx -------------------------------------------------------------------


@dataclass
class _Tally:
    guests: int = 0
    invited: int = 0
    attended: int = 0
    no_shows: int = 0
    cancelled: int = 0
    walk_ins: int = 0


def _write_xlsx(store: Store, event: Event, path: Path, ticker: _Ticker) -> tuple[int, int]:
    """openpyxl builds the workbook; the two long sheets' rows are spliced in from spools.

    openpyxl's own cell writer costs about 10 µs a cell, 13 s for 100,000
    guests; :class:`_RowWriter` writes the same XML in a fraction of that.
    Everything else (styles, frozen header, filters, the chart) stays openpyxl's.
    """
    zone = zone_of(event)
    wb = Workbook(write_only=True)
    try:
        with tempfile.TemporaryFile() as att_spool, tempfile.TemporaryFile() as log_spool:
            attendance, scan_log = wb.create_sheet("Attendance"), wb.create_sheet("Scan log")
            date_style = _date_style(attendance)
            tally = _attendance_sheet(attendance, _RowWriter(att_spool, date_style), store, zone,
                                      ticker)
            scans, chart = _scan_log_sheet(scan_log, _RowWriter(log_spool, date_style), store,
                                           zone, ticker)
            _summary_sheet(wb.create_sheet("Summary"), event, zone, tally, chart)
            ticker.check()
            skeleton = io.BytesIO()
            wb.save(skeleton)
            _splice(skeleton, path, {"xl/worksheets/sheet1.xml": att_spool,
                                     "xl/worksheets/sheet2.xml": log_spool})
    except BaseException:
        _discard(wb)
        raise
    ticker.finish()
    return tally.guests, scans


def _date_style(ws: Any) -> int:
    """The workbook's style index of a date-time cell (registered now, written on save)."""
    probe = WriteOnlyCell(ws, value=datetime(2021, 1, 1))
    probe.number_format = DATETIME_FORMAT
    return int(probe.style_id)


def _splice(skeleton: io.BytesIO, path: Path, spools: dict[str, IO[bytes]]) -> None:
    """Copy the skeleton workbook to ``path``, appending each spool's rows to its sheet."""
    skeleton.seek(0)
    missing = set(spools)
    with zipfile.ZipFile(skeleton) as source, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=ZIP_LEVEL) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            spool = spools.get(info.filename)
            if spool is None:
                target.writestr(info.filename, data)
                continue
            head, end_tag, tail = data.partition(b"</sheetData>")
            if not end_tag:
                raise OutputError(path, "openpyxl wrote a sheet without rows")
            with target.open(info.filename, "w", force_zip64=True) as sheet:
                sheet.write(head)
                spool.seek(0)
                shutil.copyfileobj(spool, sheet, 1 << 20)
                sheet.write(end_tag + tail)
            missing.discard(info.filename)
    if missing:
        # Another openpyxl might name its sheet files differently: never ship a sheet without rows.
        raise OutputError(path, f"openpyxl wrote no {', '.join(sorted(missing))}")


_EXCEL_EPOCH = datetime(1899, 12, 30)
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


class _RowWriter:
    """Rows as worksheet XML, the same that openpyxl writes, into a spool file.

    A CR is written as a character reference, since an XML reader turns a bare
    one into LF.
    """

    def __init__(self, spool: IO[bytes], date_style: int) -> None:
        self.spool = spool
        self.date_style = date_style
        self.row = 1  # the header, written by openpyxl
        self.letters: list[str] = []
        self.buffer: list[str] = []

    def add(self, values: Sequence[object]) -> None:
        self.row += 1
        r = self.row
        while len(self.letters) < len(values):
            self.letters.append(get_column_letter(len(self.letters) + 1))
        parts = [f'<row r="{r}">']
        for letter, value in zip(self.letters, values, strict=False):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                parts.append(f'<c r="{letter}{r}" t="inlineStr"><is>{_text(value)}</is></c>')
            elif isinstance(value, bool):
                parts.append(f'<c r="{letter}{r}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int) or (isinstance(value, float) and math.isfinite(value)):
                parts.append(f'<c r="{letter}{r}"><v>{value!r}</v></c>')
            elif isinstance(value, datetime):
                delta = value - _EXCEL_EPOCH
                serial = delta.days + delta.seconds / 86400
                parts.append(f'<c r="{letter}{r}" s="{self.date_style}"><v>{serial!r}</v></c>')
            else:
                parts.append(f'<c r="{letter}{r}" t="inlineStr"><is>{_text(str(value))}</is></c>')
        parts.append("</row>")
        self.buffer.append("".join(parts))
        if len(self.buffer) >= 1000:
            self.flush()

    def flush(self) -> None:
        # "replace": a lone surrogate from a damaged list must not stop the export.
        self.spool.write("".join(self.buffer).encode("utf-8", "replace"))
        self.buffer.clear()


def _text(value: str) -> str:
    text = ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_CELL_TEXT]
    escaped = text.translate(_ESCAPES)
    if text[:1].isspace() or text[-1:].isspace():
        return f'<t xml:space="preserve">{escaped}</t>'
    return f"<t>{escaped}</t>"


def _discard(wb: Workbook) -> None:
    """Remove the sheets' spool files of an abandoned write-only workbook.

    openpyxl deletes them only at interpreter exit; the desktop app runs for
    days, and a cancelled export of 100,000 guests leaves megabytes in /tmp.
    """
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        with contextlib.suppress(Exception):
            rows = getattr(ws, "_rows", None)
            if rows is not None:
                rows.close()
            writer.close()
        with contextlib.suppress(Exception):
            writer.cleanup()


def _attendance_sheet(ws: Any, rows: _RowWriter, store: Store, zone: ZoneInfo,
                      ticker: _Ticker) -> _Tally:
    extras = extra_keys(store)
    names = [n for n, _ in ATTENDANCE_COLUMNS] + extras
    widths = [w for _, w in ATTENDANCE_COLUMNS] + [_extra_width(k) for k in extras]
    start_table(ws, names, widths)
    tally = _Tally()
    for guest in store.iter_guests():
        rows.add(_attendance_values(guest, extras, zone))
        tally.guests += 1
        if not guest.walk_in:
            tally.invited += 1
        status = attendance_status(guest)
        if status == "attended":
            tally.attended += 1
        elif status == "walk-in":
            tally.walk_ins += 1
        elif status == "cancelled":
            tally.cancelled += 1
        else:
            tally.no_shows += 1
        ticker.step()
    rows.flush()
    set_filter(ws, len(names), tally.guests + 1)
    return tally


SCAN_LOG_COLUMNS = (
    ("Time", 20), ("Door", 12), ("Code as scanned", 22), ("Guest id", 9), ("Guest", 28),
    ("Action", 12), ("Verdict", 15), ("People", 8), ("Inside after", 12), ("Undone", 8),
    ("Door question confirmed", 12),
)


def _scan_log_sheet(
    ws: Any, writer: _RowWriter, store: Store, zone: ZoneInfo, ticker: _Ticker
) -> tuple[int, _Headcount]:
    start_table(ws, [n for n, _ in SCAN_LOG_COLUMNS], [w for _, w in SCAN_LOG_COLUMNS])
    headcount = _Headcount.for_store(store, zone)
    rows = 0
    for batch in _chunks(store.iter_scans(), _BATCH):
        names = _guest_names(store, {s.guest_id for s in batch if s.guest_id is not None})
        for scan in batch:
            writer.add(_scan_values(scan, names, zone))
            headcount.add(scan)
            rows += 1
            ticker.step()
    writer.flush()
    set_filter(ws, len(SCAN_LOG_COLUMNS), rows + 1)
    return rows, headcount


def _scan_values(scan: ScanRecord, names: dict[int, str], zone: ZoneInfo) -> list[object]:
    return [
        local_naive(scan.at, zone), scan.door, scan.raw, scan.guest_id,
        names.get(scan.guest_id, "") if scan.guest_id is not None else "",
        scan.action, scan.verdict, scan.people, scan.inside_after,
        "yes" if scan.undone else "no",
        # only that it was confirmed, never an answer or a health detail
        "yes" if scan.confirmed else "",
    ]


def _guest_names(store: Store, ids: set[int]) -> dict[int, str]:
    """Names for one batch of scans: a join per batch keeps memory bounded."""
    if not ids:
        return {}
    with store.read() as conn:
        rows = conn.execute(
            sa.select(guest_t.c.id, guest_t.c.name).where(guest_t.c.id.in_(sorted(ids)))
        ).all()
    return {int(r.id): str(r.name) for r in rows}


def _summary_sheet(
    ws: Any, event: Event, zone: ZoneInfo, tally: _Tally, headcount: _Headcount
) -> None:
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["D"].width = 20
    ws.column_dimensions["E"].width = 14
    bold = Font(bold=True)
    facts: list[tuple[str, object]] = [
        ("Event", event.name),
        ("Date", event.date),
        ("Time zone", event.timezone),
        ("Capacity", event.capacity),
        ("Invited", tally.invited),
        ("Attended", tally.attended),
        ("No-shows", tally.no_shows),
        ("Cancelled", tally.cancelled),
        ("Walk-ins", tally.walk_ins),
        ("Peak headcount", event.peak),
        ("Peak at", local_naive(event.peak_at, zone)),
        ("Inside at export", event.inside),
        ("Exported at", local_naive(datetime.now(UTC), zone)),
    ]
    points = headcount.points()
    rows: list[list[object]] = []
    title = WriteOnlyCell(ws, value="Summary")
    title.font = bold
    time_head = WriteOnlyCell(ws, value="Time")
    time_head.font = bold
    inside_head = WriteOnlyCell(ws, value="Most inside")
    inside_head.font = bold
    rows.append([title, None, None, time_head, inside_head])
    for i in range(max(len(facts), len(points))):
        row: list[object] = [None, None, None, None, None]
        if i < len(facts):
            label = WriteOnlyCell(ws, value=facts[i][0])
            label.font = bold
            row[0] = label
            row[1] = xlsx_value(ws, facts[i][1])
        if i < len(points):
            moment, inside = points[i]
            row[3] = xlsx_value(ws, moment)
            row[4] = inside
        rows.append(row)
    for r in rows:
        ws.append(r)
    if points:
        ws.add_chart(_chart(ws, len(points)), "G2")


def _chart(ws: Any, n: int) -> LineChart:
    chart = LineChart()
    chart.title = "People inside"
    chart.y_axis.title = "People"
    chart.x_axis.title = "Time"
    chart.legend = None
    chart.height = 9
    chart.width = 20
    data = Reference(ws, min_col=5, min_row=1, max_row=n + 1)
    times = Reference(ws, min_col=4, min_row=2, max_row=n + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(times)
    # A text axis: Excel's automatic date axis groups by whole days and would
    # stack an evening's points on one spot. The points are evenly spaced, so
    # equal spacing on a text axis is true to time.
    chart.x_axis.auto = False
    chart.x_axis.number_format = "hh:mm"
    chart.x_axis.tickLblSkip = max(1, n // 12)
    chart.x_axis.tickMarkSkip = max(1, n // 12)
    # openpyxl 3.1 leaves the axes marked as deleted, and Excel then draws none.
    chart.x_axis.delete = False
    chart.x_axis.axPos = "b"
    chart.y_axis.delete = False
    chart.y_axis.scaling.min = 0
    series = chart.series[0]
    series.smooth = False
    return chart


class _Headcount:
    """People inside over time on an even grid, at most MAX_CHART_POINTS points.

    Each point is the most people inside during its step, so a short peak
    still shows after downsampling. Built in one pass over the scan log
    without holding it.
    """

    def __init__(self, start: datetime | None, end: datetime | None, zone: ZoneInfo) -> None:
        self.zone = zone
        self.level = 0
        self.values: list[int] = []
        self.origin: datetime | None = None
        self.step = timedelta(minutes=1)
        if start is None or end is None:
            return
        start_local = local_naive(start, zone)
        end_local = local_naive(end, zone)
        assert start_local is not None and end_local is not None
        span = max(0.0, (end_local - start_local).total_seconds() / 60)
        minutes = next((s for s in _CHART_STEPS if math.floor(span / s) + 2 <= MAX_CHART_POINTS),
                       math.ceil(span / (MAX_CHART_POINTS - 2)))
        self.step = timedelta(minutes=minutes)
        midnight = start_local.replace(hour=0, minute=0, second=0)
        whole = (start_local - midnight) // self.step
        self.origin = midnight + whole * self.step
        self.values = [0]

    @classmethod
    def for_store(cls, store: Store, zone: ZoneInfo) -> _Headcount:
        with store.read() as conn:
            first, last = conn.execute(sa.select(sa.func.min(scan_t.c.at),
                                                 sa.func.max(scan_t.c.at))).one()
        start = datetime.fromisoformat(first) if first else None
        end = datetime.fromisoformat(last) if last else None
        return cls(start, end, zone)

    def add(self, scan: ScanRecord) -> None:
        if self.origin is None:
            return
        moment = local_naive(scan.at, self.zone)
        assert moment is not None
        index = max(0, (moment - self.origin) // self.step)
        while len(self.values) <= index:
            self.values.append(self.level)
        self.level = scan.inside_after
        self.values[index] = max(self.values[index], self.level)

    def points(self) -> list[tuple[datetime, int]]:
        if self.origin is None:
            return []
        return [(self.origin + i * self.step, v) for i, v in enumerate(self.values)]


# --- csv --------------------------------------------------------------------


def _write_csv(store: Store, event: Event, path: Path, ticker: _Ticker) -> int:
    zone = zone_of(event)
    extras = extra_keys(store)
    count = 0
    # utf-8-sig: Excel reads a CSV without a BOM as the system code page and mangles ë and ı.
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([csv_value(n) for n, _ in ATTENDANCE_COLUMNS] + extras)
        for guest in store.iter_guests():
            writer.writerow([csv_value(v) for v in _attendance_values(guest, extras, zone)])
            count += 1
            ticker.step()
    ticker.finish()
    return count


# --- progress ---------------------------------------------------------------


class _Ticker:
    """Reports progress and polls for cancelling every so many rows."""

    EVERY = 500

    def __init__(self, total: int, progress: Callable[[int, int], None] | None,
                 cancelled: Callable[[], bool] | None) -> None:
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
        scans = 0 if csv_only else conn.execute(
            sa.select(sa.func.count()).select_from(scan_t)).scalar_one()
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
