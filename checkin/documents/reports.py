"""Lists for the room itself: who is inside now, who was there, the paper door list.

- :func:`inside_now` and :func:`write_inside_list`: the roll call. When the
  building is evacuated the crew counts people at the assembly point against
  this list, so the PDF packs as many names on a page as stay readable and
  each row has a tick box.
- :func:`present_between` and :func:`write_present`: contact tracing. The
  scan log, not the guests' current state, says who was inside when: a guest
  who came back later still counts for the earlier visit, and an admission
  that was undone (a mistaken scan) never happened.
- :func:`write_door_list`: the paper fallback when the laptop dies. Ticked
  names are typed in afterwards (``DoorService.admit(guest_id, at=...)``, the app's
  "check in from the paper list").

Every word and date follows the event's language; times are the event's local time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from openpyxl import Workbook

from checkin.documents.cells import (
    extra_width,
    header_row,
    local_naive,
    set_filter,
    start_table,
    write_csv,
    xlsx_value,
)
from checkin.documents.files import output_kind, write_atomically
from checkin.documents.table_pdf import Column, Table, table_pdf
from checkin.documents.words import Words, words_for
from checkin.errors import InvalidValue
from checkin.models import Event, Guest, Presence, ScanRecord
from checkin.store import Store


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
    zone = event.zone
    rows = [
        InsideRow(
            guest_id=g.id,
            name=g.name,
            organisation=g.organisation,
            arrived=(g.inside_since or g.first_arrival or event.created_at).astimezone(zone),
            people=max(1, g.party),
        )
        for g in store.iter_guests()
        if g.presence == Presence.INSIDE
    ]
    return rows, event.counter


def write_inside_list(store: Store, out: Path, *, now: datetime | None = None) -> Path:
    """The roll call as .pdf (A4, tick boxes) or .xlsx, stamped with when it was made."""
    rows, counter = inside_now(store)
    return write_roll_call(out, store.event(), rows, counter, now=now)


def write_roll_call(
    out: Path, event: Event, rows: Sequence[InsideRow], counter: int, *, now: datetime | None = None
) -> Path:
    """The roll call of ``rows`` (read from the store, or from a door's own copy)."""
    out = Path(out)
    kind = output_kind(out, (".pdf", ".xlsx"))
    words = words_for(event.language)
    made = (now or datetime.now(UTC)).astimezone(event.zone)
    people = sum(r.people for r in rows)
    summary = words(
        "inside.summary",
        total=words.count("person", people + counter),
        guests=words.count("guest", len(rows)),
        with_companions=(
            words("inside.with_companions", people=people) if people != len(rows) else ""
        ),
        counter=counter,
    )
    if kind == ".xlsx":
        write_atomically(out, lambda tmp: _inside_xlsx(tmp, event, words, made, summary, rows))
        return out
    table = Table(
        columns=(
            Column("", 7),
            Column(words("col.name"), 66),
            Column(words("col.organisation"), 66),
            Column(words("col.arrived"), 22),
            Column(words("col.people"), 19, right=True),
        ),
        rows=[
            ("", r.name, r.organisation, r.arrived.strftime("%H:%M"), str(r.people)) for r in rows
        ],
        tick_column=True,
    )
    title = words("inside.title", event=event.name)
    lines = [words("inside.made_line", when=words.date_time(made), zone=event.timezone), summary]
    write_atomically(out, lambda tmp: table_pdf(tmp, title, lines, table, words, ranged=False))
    return out


def _inside_xlsx(
    path: Path, event: Event, words: Words, made: datetime, summary: str, rows: Sequence[InsideRow]
) -> None:
    zone = event.zone
    wb = Workbook()
    wb.remove(wb.active)
    ws = wb.create_sheet(words("inside.sheet"))
    names = [
        words(k)
        for k in ("col.name", "col.organisation", "col.arrived", "col.people", "col.guest_id")
    ]
    for letter, width in zip("ABCDE", (30, 30, 20, 9, 9), strict=True):
        ws.column_dimensions[letter].width = width
    ws.freeze_panes = "A5"
    ws.append(header_row(ws, [words("inside.title", event=event.name)], words))
    ws.append([words("inside.made"), xlsx_value(ws, local_naive(made, zone), words)])
    ws.append([xlsx_value(ws, summary, words)])
    ws.append(header_row(ws, names, words))
    for r in rows:
        ws.append(
            [
                xlsx_value(ws, v, words)
                for v in (
                    r.name,
                    r.organisation,
                    local_naive(r.arrived, zone),
                    r.people,
                    r.guest_id,
                )
            ]
        )
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
    zone = event.zone
    start, end = _aware(start, zone), _aware(end, zone)
    if end < start:
        raise InvalidValue(
            "time window",
            f"{start:%Y-%m-%d %H:%M} to {end:%Y-%m-%d %H:%M}",
            "ends before it starts",
        )
    stays = _stays_touching(store.iter_scans(), start, end)
    rows = []
    for guest_id, visits in stays.items():
        g = store.guest(guest_id)
        rows.append((g.sort_key, g.id, _presence_row(g, visits)))
    rows.sort(key=lambda t: (t[0], t[1]))
    return [r for _, _, r in rows]


def _stays_touching(
    scans: Iterable[ScanRecord], start: datetime, end: datetime
) -> dict[int, list[Stay]]:
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
    return PresenceRow(
        guest_id=g.id,
        name=g.name,
        organisation=g.organisation,
        email=g.email,
        seat=g.seat,
        extra=dict(g.extra),
        intervals=tuple(sorted(visits, key=lambda s: s.entered)),
    )


def write_present(store: Store, start: datetime, end: datetime, out: Path) -> Path:
    """The contact-tracing list as .xlsx or .csv: one row per visit, with contact details."""
    out = Path(out)
    kind = output_kind(out, (".xlsx", ".csv"))
    event = store.event()
    words = words_for(event.language)
    zone = event.zone
    rows = present_between(store, start, end)
    extras: dict[str, None] = {}
    for r in rows:
        for key in r.extra:
            extras.setdefault(key, None)
    names = [
        *(
            words(k)
            for k in (
                "col.name",
                "col.organisation",
                "col.email",
                "col.seat",
                "col.entered",
                "col.left",
                "col.people",
                "col.guest_id",
            )
        ),
        *extras,
    ]
    widths = [28, 28, 30, 10, 20, 20, 9, 11, *(extra_width(k) for k in extras)]
    table = [
        [
            r.name,
            r.organisation,
            r.email,
            r.seat,
            local_naive(s.entered, zone),
            local_naive(s.left, zone),
            s.people,
            r.guest_id,
            *(r.extra.get(k) for k in extras),
        ]
        for r in rows
        for s in r.intervals
    ]
    if kind == ".csv":
        write_atomically(out, lambda tmp: write_csv(tmp, words, names, table))
        return out

    def write(tmp: Path) -> None:
        wb = Workbook()
        wb.remove(wb.active)
        ws = wb.create_sheet(words("present.sheet"))
        start_table(ws, names, widths, words)
        for values in table:
            ws.append([xlsx_value(ws, v, words) for v in values])
        set_filter(ws, len(names), len(table) + 1)
        wb.save(str(tmp))

    write_atomically(out, write)
    return out


def _aware(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment


# --- the paper door list ------------------------------------------------------


def write_door_list(store: Store, out: Path) -> Path:
    """An alphabetical A4 door list of the guests not cancelled, with a tick box each."""
    out = Path(out)
    output_kind(out, (".pdf",))
    event = store.event()
    words = words_for(event.language)
    made = datetime.now(UTC).astimezone(event.zone)
    rows = [
        ("", listed_name(g), g.organisation, g.seat, f"+{g.companions}" if g.companions else "")
        for g in store.iter_guests()
        if not g.cancelled
    ]
    table = Table(
        columns=(
            Column("", 7),
            Column(words("col.name"), 72),
            Column(words("col.organisation"), 66),
            Column(words("col.seat"), 22),
            Column(words("col.with"), 13, right=True),
        ),
        rows=rows,
        tick_column=True,
    )
    title = words("door.title", event=event.name)
    when = f"{words.short_date(event.date)}, " if event.date else ""
    lines = [
        words(
            "door.line1",
            when=when,
            guests=words.count("guest", len(rows)),
            made=words.date_time(made),
        ),
        words("door.line2"),
    ]
    write_atomically(out, lambda tmp: table_pdf(tmp, title, lines, table, words, ranged=True))
    return out


def listed_name(g: Guest) -> str:
    """ "Berg, Anna van den": the word the list is sorted by comes first."""
    if not g.last_name:
        return g.name
    rest = " ".join(p for p in (g.first_name, g.middle) if p)
    return f"{g.last_name}, {rest}" if rest else g.last_name
