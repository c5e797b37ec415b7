"""QR name badges as a print-ready PDF (ReportLab), in the event's design and language.

Each badge carries the organiser's logo, the event's name and date in the
accent colour, the first name large with the full name below it (as
conference badges do), the organisation, the seat, an optional role band in
the role's own colour, and a QR code that holds only the badge code. Where
each part goes is :mod:`.frames`; the design kept with the event is
:mod:`.design`; the QR is :mod:`.qr`.

Every first name on a sheet is set in the layout's one name size; a name that
does not fit shrinks a little, then wraps to two lines, and only then shrinks
further (:func:`sheet_name`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from checkin import codes as badge_codes
from checkin.documents import fonts
from checkin.documents.design import BadgeDesign, Logo, design_of, role_colour, role_of
from checkin.documents.files import write_atomically
from checkin.documents.fonts import BOLD, LEADING, REGULAR, Face, face
from checkin.documents.frames import Frame, frame_for
from checkin.documents.layouts import MM, Layout, get_layout
from checkin.documents.qr import draw_qr, qr_matrix, quiet
from checkin.documents.textfit import ELLIPSIS, ellipsize, fit_name, wrap
from checkin.documents.words import Words, words_for
from checkin.errors import Cancelled, GuestNotFound, InvalidValue
from checkin.models import Event, Guest
from checkin.store import Store
from checkin.text import fold

__all__ = [
    "BOLD",
    "ELLIPSIS",
    "REGULAR",
    "BadgeResult",
    "fit_name",
    "qr_matrix",
    "render_badges",
    "seat_text",
    "sheet_name",
    "wrap",
    "write_badges",
]

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
SHRINK_BEFORE_WRAP = 0.85  # a name this much smaller still reads as the same size
INK = colors.HexColor("#1a1a1a")
SOFT = colors.HexColor("#444444")
LOGO_FORM = "checkinLogo"


@dataclass(frozen=True)
class BadgeResult:
    path: Path
    badges: int
    pages: int


def seat_text(seat: str, words: Words | None = None) -> str:
    """A bare table number gets a word in front ("4" -> "Table 4"); anything else as typed."""
    seat = seat.strip()
    return (words or words_for("en"))("badges.table", seat=seat) if seat.isdigit() else seat


def sheet_name(
    text: str, face: Face, width: float, size: float, min_size: float
) -> tuple[list[str], float]:
    """The big name at the sheet's ``size``; a name too wide shrinks to SHRINK_BEFORE_WRAP
    of it, then takes two lines (at a space, or after a hyphen), then shrinks further."""
    text = " ".join(text.split())
    if not text:
        return [], size
    one_line = width / face.width(text, 1.0)
    if one_line >= size:
        return [text], size
    if one_line >= size * SHRINK_BEFORE_WRAP:
        return [text], one_line
    cap = size * SHRINK_BEFORE_WRAP
    best: list[str] = []
    best_size = 0.0
    for i, char in enumerate(text):
        if char not in " -" or i == 0:
            continue
        first = text[: i + 1].rstrip() if char == "-" else text[:i]
        lines = [first, text[i + 1 :].strip()]
        if not lines[1]:
            continue
        fits = min(cap, width / max(face.width(line, 1.0) for line in lines))
        if fits > best_size:
            best, best_size = lines, fits
    if best_size >= max(one_line, min_size):
        return best, best_size
    if one_line >= min_size:
        return [text], one_line
    return wrap(text, face, min_size, width, 2), min_size


def _names(guest: Guest, words: Words) -> tuple[str, str]:
    """The big name and the full name below it ("" when it would say the same). A guest the
    list named by email or code only: that, with "name missing" below it."""
    first = guest.first_name.strip()
    full = " ".join(guest.name.split())
    if guest.name_missing:
        return full, words("name.missing")
    if not first:
        return full, ""
    return first, full if fold(full) != fold(first) else ""


@dataclass(frozen=True)
class _Sheet:
    """What every badge of one PDF shares."""

    layout: Layout
    frame: Frame
    event: Event
    words: Words
    design: BadgeDesign
    logo: Logo | None
    roles: bool  # some guest has a role: the landscape text column keeps the band free
    event_lines: tuple[str, ...]  # the event name as wrapped once for every badge


def _line(
    canvas: Canvas, sheet: _Sheet, face_: Face, size: float, x: float, baseline: float, text: str
) -> None:
    canvas.setFont(face_.name, size)
    if sheet.frame.centred:
        canvas.drawCentredString(x + sheet.frame.column / 2, baseline, text)
    else:
        canvas.drawString(x, baseline, text)


def _header(
    canvas: Canvas, sheet: _Sheet, origin: tuple[float, float], x: float, top: float
) -> float:
    """Logo, event name and date from ``top`` down; returns where the names may start."""
    frame, event = sheet.frame, sheet.event
    regular, bold = face(REGULAR), face(BOLD)
    if sheet.logo is not None:
        lw, lh = sheet.logo.fit(frame.logo_w, frame.logo_h)
        if frame.logo_box is not None:  # its own box, above the QR
            bx, btop, bw, _ = frame.logo_box
            lx, ly = bx + (bw - lw) / 2, origin[1] + btop - lh
            lx += origin[0]
        else:
            lx = x + (frame.column - lw) / 2 if frame.centred else x
            ly = top - lh
            top -= lh + 1.2 * MM
        canvas.saveState()
        canvas.translate(lx, ly)
        canvas.scale(lw / sheet.logo.width, lh / sheet.logo.height)
        canvas.doForm(LOGO_FORM)
        canvas.restoreState()
    size = frame.event_size
    accent = colors.HexColor(sheet.design.accent)
    canvas.setFillColor(accent)
    baseline = top - bold.ascent * size
    for text in sheet.event_lines:
        _line(canvas, sheet, bold, size, x, baseline, text)
        baseline -= LEADING * size
    if event.date:
        canvas.setFillColor(SOFT)
        _line(canvas, sheet, regular, size, x, baseline, sheet.words.long_date(event.date))
        baseline -= LEADING * size
    rule_top = baseline + LEADING * size - regular.descent * size - 1.2 * MM
    canvas.setFillColor(accent)
    rule_w = frame.column if not frame.centred else frame.column * 0.5
    rule_x = x if not frame.centred else x + (frame.column - rule_w) / 2
    canvas.rect(rule_x, rule_top - 0.7 * MM, rule_w, 0.7 * MM, stroke=0, fill=1)
    canvas.setFillColor(INK)
    return rule_top - 0.7 * MM - 2 * MM


def _band(canvas: Canvas, sheet: _Sheet, role: str, ox: float, oy: float) -> None:
    frame = sheet.frame
    bold = face(BOLD)
    canvas.setFillColor(colors.HexColor(role_colour(role)))
    canvas.rect(ox + frame.band_x, oy + frame.band_y, frame.band_w, frame.band_h, stroke=0, fill=1)
    room = frame.band_w - 2 * MM
    size = min(frame.band_size, room / max(bold.width(role, 1.0), 1e-6))
    size = max(size, 9.0)  # never under 9 pt; a longer role ends in an ellipsis
    text = ellipsize(role, bold, size, room)
    canvas.setFillColor(colors.white)
    canvas.setFont(BOLD, size)
    middle = oy + frame.band_y + frame.band_h / 2
    canvas.drawCentredString(
        ox + frame.band_x + frame.band_w / 2, middle - (bold.ascent - bold.descent) * size / 2, text
    )
    canvas.setFillColor(INK)


def _draw_badge(canvas: Canvas, sheet: _Sheet, guest: Guest, ox: float, oy: float) -> None:
    layout, frame = sheet.layout, sheet.frame
    regular, bold = face(REGULAR), face(BOLD)
    x = ox + frame.left
    canvas.setFillColor(INK)
    draw_qr(canvas, guest.code, ox + frame.qr_x, oy + frame.qr_y, frame.qr_size)
    top = _header(canvas, sheet, (ox, oy), x, oy + layout.badge_height - frame.pad)
    role = role_of(guest) if sheet.design.role_band else ""
    if role:
        _band(canvas, sheet, role, ox, oy)
    floor = oy + frame.names_floor
    if sheet.roles and not layout.portrait:
        floor += frame.band_h

    big, full = _names(guest, sheet.words)
    lines, size = sheet_name(big, bold, frame.column, frame.name_size, frame.name_min)
    baseline = top - bold.ascent * size
    for text in lines:
        _line(canvas, sheet, bold, size, x, baseline, text)
        baseline -= LEADING * size
    bottom = baseline + LEADING * size - bold.descent * size if lines else top

    # (priority, face, size, text) in reading order; when room runs out the lowest
    # priority goes first: the second organisation line, then the seat, then the first.
    details: list[tuple[int, Face, float, str]] = []
    if full:
        fs = frame.full_size
        fs = max(min(fs, frame.column / regular.width(full, 1.0)), fs * 0.8, frame.detail_size)
        details.append((0, regular, fs, ellipsize(full, regular, fs, frame.column)))
    ds = frame.detail_size
    if guest.organisation.strip():
        org = wrap(guest.organisation, regular, ds, frame.column, 2)
        details += [(1 + 2 * i, regular, ds, line) for i, line in enumerate(org)]
    if guest.seat.strip():
        details.append(
            (2, bold, ds, ellipsize(seat_text(guest.seat, sheet.words), bold, ds, frame.column))
        )
    room = bottom - floor - 0.8 * MM
    kept = sorted(details, key=lambda d: d[0])
    while kept and sum(_height(d) for d in kept) > room:
        kept.pop()
    canvas.setFillColor(SOFT)
    gap = 0.8 * MM
    for detail in details:
        if detail not in kept:
            continue
        _, face_, fsize, text = detail
        baseline = bottom - gap - face_.ascent * fsize
        _line(canvas, sheet, face_, fsize, x, baseline, text)
        bottom = baseline - face_.descent * fsize
        gap = (LEADING - 1) * fsize
    canvas.setFillColor(INK)


def _height(detail: tuple[int, Face, float, str]) -> float:
    _, face_, size, _ = detail
    return LEADING * size + (face_.ascent + face_.descent - 1) * size


def _draw_mark(canvas: Canvas, sheet: _Sheet, mark: str, ox: float, oy: float) -> None:
    """A short mark ("+1": a companion came in with the guest) in the accent colour, beside
    the QR code: to its right on a portrait badge, to its left on a landscape one."""
    frame, bold = sheet.frame, face(BOLD)
    size = frame.detail_size * 1.6
    canvas.setFillColor(colors.HexColor(sheet.design.accent))
    canvas.setFont(BOLD, size)
    margin = quiet(frame.qr_size) + 1 * MM
    middle = oy + frame.qr_y + frame.qr_size / 2 - (bold.ascent - bold.descent) * size / 2
    if sheet.layout.portrait:
        canvas.drawString(ox + frame.qr_x + frame.qr_size + margin, middle, mark)
    else:
        canvas.drawRightString(ox + frame.qr_x - margin, middle, mark)
    canvas.setFillColor(INK)


def _draw_cut_marks(canvas: Canvas, layout: Layout) -> None:
    """Short hairlines in the margins along every badge edge, never on a badge."""
    gap, length = 2 * MM, 6 * MM
    xs = sorted({x for x, _ in layout.slots} | {x + layout.badge_width for x, _ in layout.slots})
    ys = sorted({y for _, y in layout.slots} | {y + layout.badge_height for _, y in layout.slots})
    left, right, bottom, top = xs[0], xs[-1], ys[0], ys[-1]
    lines = []
    for x in xs:
        lines.append((x, top + gap, x, top + gap + length))
        lines.append((x, bottom - gap, x, bottom - gap - length))
    for y in ys:
        lines.append((left - gap - length, y, left - gap, y))
        lines.append((right + gap, y, right + gap + length, y))
    canvas.setLineWidth(0.3)
    canvas.lines(lines)


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams without ReportLab's ASCII85 layer on top: a quarter smaller,
    and the pure-Python encoder took a fifth of the time for 1,000 badges. The
    setting is process-wide in ReportLab, so it is set only while a PDF is written."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def render_badges(
    event: Event,
    guests: Sequence[Guest],
    out: Path,
    *,
    layout: str = "a4-8",
    design: BadgeDesign | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    marks: Mapping[int, str] | None = None,
) -> BadgeResult:
    """Write one badge per guest, in the order given, to the PDF ``out``.

    ``design`` defaults to the one kept with the event. ``marks`` puts a short
    mark on the badge of a guest id (the desk's "+1" for a companion). ``progress(done, total)``
    is called after each badge; when ``cancelled()`` turns true the work stops
    with ``Cancelled`` and no file is left behind.
    """
    geometry = get_layout(layout)
    if not guests:
        raise InvalidValue(
            "event",
            event.name,
            "has no guests to print badges for (cancelled guests get none); "
            "import a guest list first",
        )
    design = design or design_of(event.badge_design)
    fonts.fonts()
    logo = Logo(design.logo_kind, design.logo_data, design.logo_name) if design.logo_kind else None
    words = words_for(event.language)
    frame = frame_for(geometry)
    sheet = _Sheet(
        layout=geometry,
        frame=frame,
        event=event,
        words=words,
        design=design,
        logo=logo,
        roles=design.role_band and any(role_of(g) for g in guests),
        event_lines=tuple(wrap(event.name.strip(), face(BOLD), frame.event_size, frame.column, 2)),
    )
    total = len(guests)

    def write(tmp: Path) -> None:
        with open(tmp, "wb") as stream, _binary_streams():
            canvas = Canvas(
                stream,
                pagesize=(geometry.page_width, geometry.page_height),
                initialFontName=REGULAR,
                initialFontSize=10,
                pageCompression=1,
            )
            canvas.setTitle(words("badges.title", event=event.name))
            canvas.setCreator("checkin")
            if logo is not None:
                logo.define_form(canvas, LOGO_FORM)
            for index, guest in enumerate(guests):
                if cancelled is not None and cancelled():
                    raise Cancelled("Writing the badges")
                slot = index % geometry.per_page
                if slot == 0 and index:
                    canvas.showPage()
                if slot == 0 and geometry.cut_marks:
                    _draw_cut_marks(canvas, geometry)
                ox, oy = geometry.slots[slot]
                _draw_badge(canvas, sheet, guest, ox, oy)
                if marks and marks.get(guest.id):
                    _draw_mark(canvas, sheet, marks[guest.id], ox, oy)
                if progress is not None:
                    progress(index + 1, total)
            canvas.showPage()
            canvas.save()

    write_atomically(Path(out), write)
    return BadgeResult(path=Path(out), badges=total, pages=-(-total // geometry.per_page))


def _guests_by_code(store: Store, codes: Sequence[str]) -> list[Guest]:
    """Exactly the guests asked for, in the order asked, each once; a cancelled guest
    too (a reprint is a deliberate choice). Scanner manglings are undone as at the door."""
    chosen: list[Guest] = []
    seen: set[int] = set()
    for raw in codes:
        guest = next(
            (
                g
                for reading in badge_codes.candidates(raw)
                if (g := store.guest_by_code(reading)) is not None
            ),
            None,
        )
        if guest is None:
            raise GuestNotFound(raw.strip())
        if guest.id not in seen:
            seen.add(guest.id)
            chosen.append(guest)
    return chosen


def write_badges(
    store: Store,
    out: Path,
    *,
    layout: str = "a4-8",
    codes: Sequence[str] | None = None,
    design: BadgeDesign | None = None,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> BadgeResult:
    """Badges for the event in ``store``: every guest not cancelled, in door-list
    order (last name, tussenvoegsel ignored), or exactly the guests whose ``codes``
    are given. Every code is checked before anything is written."""
    geometry = get_layout(layout)
    event = store.event()
    if codes is None:
        guests = store.guests(include_cancelled=False)
    else:
        guests = _guests_by_code(store, codes)
    return render_badges(
        event,
        guests,
        out,
        layout=geometry.name,
        design=design,
        progress=progress,
        cancelled=cancelled,
    )


def save_design(store: Store, design: BadgeDesign) -> Event:
    """Keep ``design`` with the event, for every computer and the next print."""
    return store.update_event(badge_design=design.as_json())
