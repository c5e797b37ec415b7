"""QR name badges as a print-ready PDF (ReportLab).

Each badge carries the guest's name (large, shrunk to fit on at most two
lines), the organisation, the seat when there is one, the event's name and
date, and a QR code that holds only the badge code (DESIGN.md, "Badge codes").

The QR is drawn as vector modules from the ``qrcode`` matrix: one path per
code, each horizontal run of dark modules one rectangle. That keeps it crisp on
any printer and the file small, and is far faster than ReportLab's own QR
widget (15 s for 1,000 codes) or a PNG per code. ``qrcode`` is told which mask
to use, because trying all eight costs five times as much (DESIGN.md,
"Pitfalls"); any mask is valid for every reader.

Text uses DejaVu Sans from resources/fonts, embedded as a TrueType subset, so
names such as Ğ, ı, ş, ë, ø, ł print the same on every machine; no base-14
font (which covers Latin-1 only) is ever referenced.
"""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import qrcode
import qrcode.constants
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from checkin import codes as badge_codes
from checkin import resources
from checkin.errors import Cancelled, GuestNotFound, InvalidValue, OutputError
from checkin.layouts import MM, Layout, get_layout
from checkin.models import Event, Guest
from checkin.store import Store

REGULAR = "CheckinSans"
BOLD = "CheckinSans-Bold"
_FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

# Mask 2 gave the lowest average qrcode penalty over generated and numeric codes.
QR_MASK = 2
QR_QUIET_MODULES = 4
QR_SIZE_LANDSCAPE = 25.4 * MM  # the symbol alone, quiet zone not counted: >= 25 mm
_SMALLEST_QR_MODULES = 21  # version 1: the widest quiet zone a symbol of a given size needs

LEADING = 1.15  # baseline to baseline, as a fraction of the font size
ELLIPSIS = "…"

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass(frozen=True)
class BadgeResult:
    path: Path
    badges: int
    pages: int


# --- fonts and text ----------------------------------------------------------


@functools.cache
def _fonts() -> dict[str, TTFont]:
    """Register the shipped fonts once per process: parsing a TTF takes ~50 ms."""
    fonts = {}
    for name, file_name in _FONT_FILES.items():
        font = TTFont(name, str(resources.font(file_name)))
        pdfmetrics.registerFont(font)
        fonts[name] = font
    return fonts


@dataclass(frozen=True)
class _Face:
    name: str
    font: TTFont
    ascent: float  # above the baseline, per point of size
    descent: float  # below the baseline, positive, per point of size

    def width(self, text: str, size: float) -> float:
        return float(self.font.stringWidth(text, size))

    def height(self, lines: int, size: float) -> float:
        """From the top of the first line's ascenders to the bottom of the last's descenders."""
        return size * (self.ascent + self.descent + (lines - 1) * LEADING)


@functools.cache
def _face(name: str) -> _Face:
    font = _fonts()[name]
    return _Face(name, font, font.face.ascent / 1000, -font.face.descent / 1000)


def _break_word(word: str, face: _Face, size: float, width: float) -> list[str]:
    """A word too wide for one line, cut into pieces that fit (the only mid-word break)."""
    pieces: list[str] = []
    current = ""
    for char in word:
        if current and face.width(current + char, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    if current:
        pieces.append(current)
    return pieces


def _ellipsize(text: str, face: _Face, size: float, width: float) -> str:
    """The longest start of ``text`` that fits with an ellipsis after it."""
    if face.width(text, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        mid = (low + high + 1) // 2
        if face.width(text[:mid].rstrip() + ELLIPSIS, size) <= width:
            low = mid
        else:
            high = mid - 1
    return text[:low].rstrip() + ELLIPSIS


def wrap(text: str, face: _Face, size: float, width: float, max_lines: int) -> list[str]:
    """Greedy wrap at spaces into at most ``max_lines`` lines no wider than ``width``;
    a word wider than a line is cut, and what does not fit ends in an ellipsis."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if face.width(candidate, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        if face.width(word, size) <= width:
            current = word
        else:
            *whole, current = _break_word(word, face, size, width)
            lines.extend(whole)
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1:])
        lines = lines[:max_lines - 1] + [_ellipsize(rest, face, size, width)]
    return lines


PREFERRED_BREAK_SHARE = 0.9


def fit_name(text: str, face: _Face, width: float, height: float,
             max_size: float, min_size: float,
             prefer: tuple[str, str] | None = None) -> tuple[list[str], float]:
    """The name on one or two lines at the largest size up to ``max_size`` that fits.

    Width grows linearly with size, so each way of breaking at a space gives its
    largest size directly; the best break wins, one line on a tie. ``prefer``
    (first name, then tussenvoegsel and last name) wins while it loses less than
    a tenth of the size: "Anna / van den Berg" reads better than "Anna van /
    den Berg". Below ``min_size`` the name is wrapped at the smallest size
    instead, cutting a word only when it cannot fit a line by itself.
    """
    words = text.split()
    if not words:
        return [], max_size

    def largest(lines: list[str]) -> float:
        widest = max(face.width(line, 1.0) for line in lines)
        return float(min(max_size, width / widest, height / face.height(len(lines), 1.0)))

    options = [[" ".join(words)]]
    options += [[" ".join(words[:i]), " ".join(words[i:])] for i in range(1, len(words))]
    best: list[str] = []
    best_size = 0.0
    for lines in options:
        size = largest(lines)
        if size > best_size:
            best, best_size = lines, size
    if prefer is not None and len(best) == 2 and all(part.strip() for part in prefer):
        preferred = [" ".join(part.split()) for part in prefer]
        size = largest(preferred)
        if size >= PREFERRED_BREAK_SHARE * best_size and size >= min_size:
            return preferred, size
    if best_size >= min_size:
        return best, best_size
    return wrap(text, face, min_size, width, 2), min_size


# --- the badge design --------------------------------------------------------


@dataclass(frozen=True)
class _Design:
    """Where everything goes on one badge, relative to its bottom-left corner."""

    centred: bool
    pad: float
    name_y: float  # bottom of the name box; its top is the badge top less pad
    name_width: float
    name_max: float
    name_min: float
    detail_width: float  # organisation and seat, below the name
    detail_size: float
    detail_floor: float  # no detail line goes below this
    footer_width: float
    footer_size: float
    qr_x: float  # the symbol itself; its quiet zone is kept free around it
    qr_y: float
    qr_size: float


def _quiet(size: float) -> float:
    return QR_QUIET_MODULES * size / _SMALLEST_QR_MODULES


@functools.cache
def design_for(layout: Layout) -> _Design:
    w = layout.badge_width
    regular = _face(REGULAR)
    # The QR's quiet zone stays 1.5 mm inside the badge edge, so a cut a little
    # off (or the next badge on an uncut sheet) never reaches it.
    inset = 1.5 * MM
    if not layout.portrait:
        pad = 4 * MM
        size = QR_SIZE_LANDSCAPE
        block = size + 2 * _quiet(size)
        block_x = w - inset - block
        footer_size = 7.0
        footer_top = pad + regular.height(2, footer_size)
        detail_width = block_x - 1 * MM - pad
        return _Design(
            centred=False, pad=pad,
            name_y=inset + block + 1 * MM, name_width=w - 2 * pad,
            name_max=24.0, name_min=8.0,
            detail_width=detail_width, detail_size=9.0, detail_floor=footer_top + 1 * MM,
            footer_width=detail_width, footer_size=footer_size,
            qr_x=block_x + _quiet(size), qr_y=inset + _quiet(size), qr_size=size,
        )
    large = w >= 100 * MM
    pad = (6 if large else 4) * MM
    size = min(55 * MM, w - 26 * MM)
    block = size + 2 * _quiet(size)
    footer_size = 8.0 if large else 7.0
    detail_size = 12.0 if large else 9.0
    block_y = pad + regular.height(2, footer_size) + 1 * MM
    block_top = block_y + block
    details = detail_size * (regular.ascent + regular.descent + 3 * LEADING)
    return _Design(
        centred=True, pad=pad,
        name_y=block_top + details + 1 * MM, name_width=w - 2 * pad,
        name_max=40.0 if large else 24.0, name_min=8.0,
        detail_width=w - 2 * pad, detail_size=detail_size, detail_floor=block_top + 0.5 * MM,
        footer_width=w - 2 * pad, footer_size=footer_size,
        qr_x=(w - size) / 2, qr_y=block_y + _quiet(size), qr_size=size,
    )


def seat_text(seat: str) -> str:
    """A bare table number gets a word in front ("4" -> "Table 4"); anything else as typed."""
    seat = seat.strip()
    return f"Table {seat}" if seat.isdigit() else seat


def date_text(event: Event) -> str:
    # Day-month-year, as the Dutch organisers and guests write it.
    return event.date.strftime("%d-%m-%Y") if event.date else ""


_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


def _new_qr(version: int | None) -> qrcode.QRCode:
    return qrcode.QRCode(version=version, error_correction=qrcode.constants.ERROR_CORRECT_M,
                         border=0, mask_pattern=QR_MASK)


@functools.cache
def _version_for(length: int, alphanumeric: bool) -> int:
    """The smallest version for a code of one mode and length: every generated code
    of an event shares it, so the search qrcode makes for each code is done once."""
    qr = _new_qr(None)
    qr.add_data("0" * length if not alphanumeric else "A" * length)
    qr.best_fit()
    return int(qr.version)


def qr_matrix(code: str) -> list[list[bool]]:
    """The code's QR modules without quiet zone; qrcode picks numeric or alphanumeric
    mode when the code allows it, which keeps the symbol small."""
    version = None
    if code and set(code) <= _ALPHANUMERIC:
        # An all-digit code is numeric mode, smaller still; its own search stays.
        version = None if code.isdigit() else _version_for(len(code), True)
    qr = _new_qr(version)
    qr.add_data(code)
    qr.make(fit=version is None)
    modules: list[list[bool]] = qr.modules
    return modules


def qr_operators(modules: list[list[bool]], x: float, y: float, size: float) -> str:
    """PDF operators that fill the symbol as one path, each horizontal run of dark
    modules one rectangle, in module units under a scaling matrix: integer
    coordinates keep the page stream small and cost no float formatting."""
    count = len(modules)
    step = size / count
    ops = ["q", f"{step:.5f} 0 0 {step:.5f} {x:.3f} {y:.3f} cm"]
    for row_index, row in enumerate(modules):
        bottom = count - 1 - row_index
        start = -1
        for col, dark in enumerate(row):
            if dark and start < 0:
                start = col
            elif not dark and start >= 0:
                ops.append(f"{start} {bottom} {col - start} 1 re")
                start = -1
        if start >= 0:
            ops.append(f"{start} {bottom} {count - start} 1 re")
    ops += ["f", "Q"]
    return "\n".join(ops)


def _draw_qr(canvas: Canvas, code: str, x: float, y: float, size: float) -> None:
    # ReportLab's path object formats every coordinate through fp_str, two thirds
    # of the time for 1,000 badges; the operators are plain enough to write directly.
    canvas.addLiteral(qr_operators(qr_matrix(code), x, y, size))


def _draw_line(canvas: Canvas, design: _Design, face: _Face, size: float,
               x: float, width: float, baseline: float, text: str) -> None:
    canvas.setFont(face.name, size)
    if design.centred:
        canvas.drawCentredString(x + width / 2, baseline, text)
    else:
        canvas.drawString(x, baseline, text)


def _draw_badge(canvas: Canvas, layout: Layout, design: _Design, event: Event,
                guest: Guest, ox: float, oy: float) -> None:
    regular, bold = _face(REGULAR), _face(BOLD)
    x = ox + design.pad
    _draw_qr(canvas, guest.code, ox + design.qr_x, oy + design.qr_y, design.qr_size)

    name_top = oy + layout.badge_height - design.pad
    rest = " ".join(p for p in (guest.middle.strip(), guest.last_name.strip()) if p)
    prefer = (guest.first_name, rest) if " ".join(guest.name.split()) == " ".join(
        f"{guest.first_name} {rest}".split()) else None
    lines, size = fit_name(guest.name, bold, design.name_width, name_top - (oy + design.name_y),
                           design.name_max, design.name_min, prefer)
    baseline = name_top - bold.ascent * size
    for line in lines:
        _draw_line(canvas, design, bold, size, x, design.name_width, baseline, line)
        baseline -= LEADING * size
    below = baseline + LEADING * size - bold.descent * size if lines else name_top

    details: list[tuple[_Face, str]] = []
    ds = design.detail_size
    if guest.organisation.strip():
        details += [(regular, line) for line in
                    wrap(guest.organisation, regular, ds, design.detail_width, 2)]
    if guest.seat.strip():
        details.append((bold, _ellipsize(seat_text(guest.seat), bold, ds, design.detail_width)))
    baseline = below - 1 * MM - regular.ascent * ds
    floor = oy + design.detail_floor
    for face, text in details:
        if baseline - face.descent * ds < floor:
            break
        _draw_line(canvas, design, face, ds, x, design.detail_width, baseline, text)
        baseline -= LEADING * ds

    fs = design.footer_size
    footer = [_ellipsize(event.name.strip(), regular, fs, design.footer_width), date_text(event)]
    baseline = oy + design.pad + regular.descent * fs
    for text in reversed([t for t in footer if t]):
        _draw_line(canvas, design, regular, fs, x, design.footer_width, baseline, text)
        baseline += LEADING * fs


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


# --- writing the file ----------------------------------------------------------


def _no_guests(event: Event) -> InvalidValue:
    return InvalidValue("event", event.name,
                        "has no guests to print badges for (cancelled guests get none); "
                        "import a guest list first")


def _output_error(out: Path, exc: OSError) -> OutputError:
    if isinstance(exc, FileNotFoundError):
        return OutputError(out, "the folder does not exist")
    if isinstance(exc, IsADirectoryError):
        return OutputError(out, "that is a folder")
    if isinstance(exc, NotADirectoryError):
        return OutputError(out, "part of the path is a file, not a folder")
    if isinstance(exc, PermissionError):
        return OutputError(out, "permission denied")
    return OutputError(out, exc.strerror or str(exc))


@contextlib.contextmanager
def _binary_streams() -> Iterator[None]:
    """Compressed streams without ReportLab's ASCII85 layer on top: a quarter smaller,
    and the pure-Python encoder took a fifth of the time for 1,000 badges. The
    setting is process-wide in ReportLab, so it is set only while a PDF is written
    (a second PDF written at the same moment at worst gets the larger encoding)."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous


def _open_temp(out: Path) -> tuple[int, Path]:
    """A new file beside ``out`` so the final rename stays on one file system."""
    if out.is_dir():
        raise OutputError(out, "that is a folder")
    temp = out.with_name(f".{out.name}.{secrets.token_hex(4)}.part")
    try:
        # os.open with 0o666 honours the umask, unlike mkstemp's 0o600.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise _output_error(out, exc) from exc
    return fd, temp


def render_badges(
    event: Event,
    guests: Sequence[Guest],
    out: Path,
    *,
    layout: str = "a4-8",
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
) -> BadgeResult:
    """Write one badge per guest, in the order given, to the PDF ``out``.

    ``progress(done, total)`` is called after each badge; when ``cancelled()``
    turns true the work stops with ``Cancelled`` and no file is left behind.
    """
    geometry = get_layout(layout)
    if not guests:
        raise _no_guests(event)
    out = Path(out)
    design = design_for(geometry)
    total = len(guests)
    fd, temp = _open_temp(out)
    try:
        with os.fdopen(fd, "wb") as stream, _binary_streams():
            canvas = Canvas(stream, pagesize=(geometry.page_width, geometry.page_height),
                            initialFontName=REGULAR, initialFontSize=10, pageCompression=1)
            canvas.setTitle(f"Badges: {event.name}")
            canvas.setCreator("checkin")
            for index, guest in enumerate(guests):
                if cancelled is not None and cancelled():
                    raise Cancelled("Writing the badges")
                slot = index % geometry.per_page
                if slot == 0 and index:
                    canvas.showPage()
                if slot == 0 and geometry.cut_marks:
                    _draw_cut_marks(canvas, geometry)
                ox, oy = geometry.slots[slot]
                _draw_badge(canvas, geometry, design, event, guest, ox, oy)
                if progress is not None:
                    progress(index + 1, total)
            canvas.showPage()
            canvas.save()
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, out)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _output_error(out, exc) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    pages = -(-total // geometry.per_page)
    return BadgeResult(path=out, badges=total, pages=pages)


def _guests_by_code(store: Store, codes: Sequence[str]) -> list[Guest]:
    """Exactly the guests asked for, in the order asked, each once; a cancelled guest
    too (a reprint is a deliberate choice). Scanner manglings are undone as at the door."""
    chosen: list[Guest] = []
    seen: set[int] = set()
    for raw in codes:
        guest = next((g for reading in badge_codes.candidates(raw)
                      if (g := store.guest_by_code(reading)) is not None), None)
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
    return render_badges(event, guests, out, layout=geometry.name,
                         progress=progress, cancelled=cancelled)
