"""Lists for the room itself (issue 9): who is inside now, who was there, the paper door list.

- :func:`inside_now` and :func:`write_inside_list`: the roll call. When the
  building is evacuated the crew counts people at the assembly point against
  this list, so the PDF packs as many names on a page as stay readable and
  each row has a tick box.
- :func:`present_between` and :func:`write_present`: contact tracing. The
  scan log, not the guests' current state, says who was inside when: a guest
  who came back later still counts for the earlier visit, and an admission
  that was undone (a mistaken scan) never happened.
- :func:`write_door_list`: the paper fallback when the laptop dies. Ticked
  names are typed in afterwards (``door.check_in(..., paper=True)``).

PDF text is English, like the other documents the core writes; times are the
event's local time.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from checkin import resources
from checkin.errors import InvalidValue
from checkin.export import (
    csv_value,
    header_row,
    local_naive,
    output_kind,
    set_filter,
    start_table,
    write_atomically,
    xlsx_value,
    zone_of,
)
from checkin.models import Event, Guest, Presence, ScanRecord
from checkin.store import Store

# Our own names, so the badge module registering the same files cannot clash with us.
FONT, FONT_BOLD = "CheckinReport", "CheckinReport-Bold"


@dataclass(frozen=True)
class InsideRow:
    guest_id: int
    name: str
    organisation: str
    arrived: datetime  # in the event's time zone
    people: int  # the party: the guest and the companions who came in with them


@dataclass(frozen=True)
class Stay:
    """One visit: in at ``entered``, out at ``left`` (None: never scanned out)."""

    entered: datetime
    left: datetime | None
    people: int


@dataclass(frozen=True)
class PresenceRow:
    guest_id: int
    name: str
    organisation: str
    email: str
    seat: str
    extra: dict[str, Any] = field(default_factory=dict)
    intervals: tuple[Stay, ...] = ()


# --- who is inside now --------------------------------------------------------


def inside_now(store: Store) -> tuple[list[InsideRow], int]:
    """The guests inside in door-list order, and the people counted in without a name."""
    event = store.event()
    zone = zone_of(event)
    rows = [
        InsideRow(
            guest_id=g.id, name=g.name, organisation=g.organisation,
            arrived=(g.inside_since or g.first_arrival or event.created_at).astimezone(zone),
            people=max(1, g.party),
        )
        for g in store.iter_guests()
        if g.presence == Presence.INSIDE
    ]
    return rows, event.counter


def write_inside_list(store: Store, out: Path, *, now: datetime | None = None) -> Path:
    """The roll call as .pdf (A4, tick boxes) or .xlsx, stamped with when it was made."""
    out = Path(out)
    kind = output_kind(out, (".pdf", ".xlsx"))
    event = store.event()
    zone = zone_of(event)
    made = (now or datetime.now(UTC)).astimezone(zone)
    rows, counter = inside_now(store)
    people = sum(r.people for r in rows)
    summary = (f"{people + counter} people inside: {len(rows)} guests"
               f"{f' ({people} with their companions)' if people != len(rows) else ''}"
               f" and {counter} counted in without a name.")
    if kind == ".xlsx":
        write_atomically(out, lambda tmp: _inside_xlsx(tmp, event, made, summary, rows))
        return out
    table = _Table(
        columns=(_Column("", 7), _Column("Name", 66), _Column("Organisation", 66),
                 _Column("Arrived", 22), _Column("People", 19, right=True)),
        rows=[("", r.name, r.organisation, r.arrived.strftime("%H:%M"), str(r.people))
              for r in rows],
        tick_column=True,
    )
    title = f"Inside now: {event.name}"
    lines = [f"Made {made:%Y-%m-%d %H:%M} ({event.timezone}).", summary]
    write_atomically(out, lambda tmp: _pdf(tmp, title, lines, table, ranged=False))
    return out


def _inside_xlsx(path: Path, event: Event, made: datetime, summary: str,
                 rows: Sequence[InsideRow]) -> None:
    zone = zone_of(event)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Inside")
    names = ["Name", "Organisation", "Arrived", "People", "Guest id"]
    for letter, width in zip("ABCDE", (30, 30, 20, 9, 9), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A5"
    ws.append(header_row(ws, [f"Inside now: {event.name}"]))
    ws.append(["Made", xlsx_value(ws, local_naive(made, zone))])
    ws.append([xlsx_value(ws, summary)])
    ws.append(header_row(ws, names))
    for r in rows:
        ws.append([xlsx_value(ws, v) for v in (
            r.name, r.organisation, local_naive(r.arrived, zone), r.people, r.guest_id)])
    ws.auto_filter.ref = f"A4:E{4 + len(rows)}"
    wb.save(str(path))


# --- contact tracing ----------------------------------------------------------


def present_between(store: Store, start: datetime, end: datetime) -> list[PresenceRow]:
    """Everyone inside at any moment of [start, end], edges included, from the scan log.

    Naive times are read as the event's local time. Undone scans are left out:
    an undone admission never happened, and an undone exit means the guest
    stayed. Only the visits that touch the window are listed.
    """
    event = store.event()
    zone = zone_of(event)
    start, end = _aware(start, zone), _aware(end, zone)
    if end < start:
        raise InvalidValue("time window", f"{start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M}",
                           "ends before it starts")
    stays = _stays_touching(store.iter_scans(), start, end)
    rows = []
    for guest_id, visits in stays.items():
        g = store.guest(guest_id)
        rows.append((g.sort_key, g.id, _presence_row(g, visits)))
    rows.sort(key=lambda t: (t[0], t[1]))
    return [r for _, _, r in rows]


def _stays_touching(scans: Iterable[ScanRecord], start: datetime,
                    end: datetime) -> dict[int, list[Stay]]:
    """Pair each guest's admissions and exits in log order; keep the visits in the window.

    Log order, not time order, pairs them: a paper check-in typed in later
    carries the earlier time it really happened.
    """
    open_since: dict[int, tuple[datetime, int]] = {}
    found: dict[int, list[Stay]] = {}
    for scan in scans:
        if scan.guest_id is None or scan.undone:
            continue
        if scan.verdict == "admitted":
            open_since.setdefault(scan.guest_id, (scan.at, scan.people))
        elif scan.verdict == "exited" and scan.guest_id in open_since:
            entered, people = open_since.pop(scan.guest_id)
            if entered <= end and scan.at >= start:
                found.setdefault(scan.guest_id, []).append(Stay(entered, scan.at, people))
    for guest_id, (entered, people) in open_since.items():
        if entered <= end:
            found.setdefault(guest_id, []).append(Stay(entered, None, people))
    return found


def _presence_row(g: Guest, visits: list[Stay]) -> PresenceRow:
    return PresenceRow(guest_id=g.id, name=g.name, organisation=g.organisation, email=g.email,
                       seat=g.seat, extra=dict(g.extra),
                       intervals=tuple(sorted(visits, key=lambda s: s.entered)))


def write_present(store: Store, start: datetime, end: datetime, out: Path) -> Path:
    """The contact-tracing list as .xlsx or .csv: one row per visit, with contact details."""
    out = Path(out)
    kind = output_kind(out, (".xlsx", ".csv"))
    zone = zone_of(store.event())
    rows = present_between(store, start, end)
    extras: dict[str, None] = {}
    for r in rows:
        for key in r.extra:
            extras.setdefault(key, None)
    names = ["Name", "Organisation", "Email", "Seat", "Entered", "Left", "People", "Guest id",
             *extras]
    widths = [28, 28, 30, 10, 20, 20, 8, 9, *(max(12, min(40, len(k) + 4)) for k in extras)]
    table = [
        [r.name, r.organisation, r.email, r.seat, local_naive(s.entered, zone),
         local_naive(s.left, zone), s.people, r.guest_id, *(r.extra.get(k) for k in extras)]
        for r in rows
        for s in r.intervals
    ]
    if kind == ".csv":
        write_atomically(out, lambda tmp: _csv(tmp, names, table))
        return out

    def write(tmp: Path) -> None:
        wb = Workbook(write_only=True)
        ws = wb.create_sheet("Present")
        start_table(ws, names, widths)
        for values in table:
            ws.append([xlsx_value(ws, v) for v in values])
        set_filter(ws, len(names), len(table) + 1)
        wb.save(str(tmp))

    write_atomically(out, write)
    return out


def _csv(path: Path, names: Sequence[str], table: Sequence[Sequence[object]]) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([csv_value(n) for n in names])
        for values in table:
            writer.writerow([csv_value(v) for v in values])


def _aware(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment


# --- the paper door list ------------------------------------------------------


def write_door_list(store: Store, out: Path) -> Path:
    """An alphabetical A4 door list of the guests not cancelled, with a tick box each."""
    out = Path(out)
    output_kind(out, (".pdf",))
    event = store.event()
    made = datetime.now(UTC).astimezone(zone_of(event))
    rows = [
        ("", listed_name(g), g.organisation, g.seat, f"+{g.companions}" if g.companions else "")
        for g in store.iter_guests()
        if not g.cancelled
    ]
    table = _Table(
        columns=(_Column("", 7), _Column("Name", 72), _Column("Organisation", 66),
                 _Column("Seat", 22), _Column("With", 13, right=True)),
        rows=rows, tick_column=True,
    )
    title = f"Door list: {event.name}"
    when = f"{event.date:%Y-%m-%d}, " if event.date else ""
    lines = [f"{when}{len(rows)} guests, sorted by last name. Made {made:%Y-%m-%d %H:%M}.",
             "Tick who comes in; type the ticks in afterwards as paper check-ins."]
    write_atomically(out, lambda tmp: _pdf(tmp, title, lines, table, ranged=True))
    return out


def listed_name(g: Guest) -> str:
    """ "Berg, Anna van den": the word the list is sorted by comes first."""
    if not g.last_name:
        return g.name
    rest = " ".join(p for p in (g.first_name, g.middle) if p)
    return f"{g.last_name}, {rest}" if rest else g.last_name


# --- a compact A4 table PDF -----------------------------------------------------


@dataclass(frozen=True)
class _Column:
    title: str
    width_mm: float
    right: bool = False


@dataclass(frozen=True)
class _Table:
    columns: tuple[_Column, ...]
    rows: Sequence[tuple[str, ...]]
    tick_column: bool


MARGIN = 14 * mm
FONT_SIZE = 8.5
ROW = 11.6  # points: the tightest spacing that still leaves room to tick by hand
TITLE_BLOCK = 44.0  # the title and two lines
HEADER = 15.0
FOOTER = 16.0


@cache
def _fonts() -> tuple[str, str]:
    """Register DejaVu Sans (full Latin Extended: ı, Ğ, ø) once; a missing font is an error."""
    regular, bold = resources.font("DejaVuSans.ttf"), resources.font("DejaVuSans-Bold.ttf")
    pdfmetrics.registerFont(TTFont(FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
    return FONT, FONT_BOLD


def _rows_per_page(first: bool) -> int:
    usable = A4[1] - 2 * MARGIN - HEADER - FOOTER - (TITLE_BLOCK if first else 0)
    return int(usable // ROW)


def _pages(rows: Sequence[tuple[str, ...]]) -> list[Sequence[tuple[str, ...]]]:
    first = _rows_per_page(True)
    other = _rows_per_page(False)
    pages = [rows[:first]]
    for i in range(first, len(rows), other):
        pages.append(rows[i:i + other])
    return pages


def _fit(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    # No glyph is narrower than a quarter em: cut a pasted essay down before measuring.
    text = text[: int(width / (size * 0.25)) + 1]
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _pdf(path: Path, title: str, lines: Sequence[str], table: _Table, *, ranged: bool) -> None:
    font, bold = _fonts()
    pages = _pages(table.rows)
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("checkin")
    for number, page in enumerate(pages, 1):
        y = height - MARGIN
        if number == 1:
            canvas.setFont(bold, 14)
            canvas.drawString(MARGIN, y - 14, _fit(title, bold, 14, width - 2 * MARGIN))
            canvas.setFont(font, FONT_SIZE)
            for i, line in enumerate(lines):
                canvas.drawString(MARGIN, y - 27 - i * 10,
                                  _fit(line, font, FONT_SIZE, width - 2 * MARGIN))
            y -= TITLE_BLOCK
        y = _draw_header(canvas, table, y, bold)
        for i, row in enumerate(page):
            if i % 2:
                canvas.setFillGray(0.93)
                canvas.rect(MARGIN, y - ROW + 2.6, width - 2 * MARGIN, ROW, stroke=0, fill=1)
                canvas.setFillGray(0)
            _draw_row(canvas, table, row, y, font)
            y -= ROW
        footer = f"{title}    page {number} of {len(pages)}"
        if ranged and page:
            footer = f"{page[0][1].split(',')[0]} – {page[-1][1].split(',')[0]}    {footer}"
        canvas.setFont(font, 7.5)
        canvas.drawRightString(width - MARGIN, MARGIN - 2, _fit(footer, font, 7.5,
                                                                width - 2 * MARGIN))
        canvas.showPage()
    canvas.save()


def _draw_header(canvas: Canvas, table: _Table, y: float, bold: str) -> float:
    canvas.setFont(bold, FONT_SIZE)
    x = MARGIN
    for col in table.columns:
        w = col.width_mm * mm
        if col.right:
            canvas.drawRightString(x + w - 2, y - 10, col.title)
        else:
            canvas.drawString(x + 2, y - 10, col.title)
        x += w
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, y - HEADER + 2, x, y - HEADER + 2)
    return y - HEADER


def _draw_row(canvas: Canvas, table: _Table, row: tuple[str, ...], y: float, font: str) -> None:
    canvas.setFont(font, FONT_SIZE)
    x = MARGIN
    base = y - ROW + 5
    for i, (col, text) in enumerate(zip(table.columns, row, strict=True)):
        w = col.width_mm * mm
        if i == 0 and table.tick_column:
            canvas.setLineWidth(0.5)
            canvas.rect(x + 2, base - 1, 7, 7, stroke=1, fill=0)
        elif col.right:
            canvas.drawRightString(x + w - 2, base, _fit(text, font, FONT_SIZE, w - 4))
        else:
            canvas.drawString(x + 2, base, _fit(text, font, FONT_SIZE, w - 4))
        x += w
