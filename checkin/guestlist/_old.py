"""Reading guest lists from .xlsx/.xlsm and .csv, and merging them into an event.

The shapes organisers really send: title rows above the header, blank and
styled-but-empty rows, Dutch or English headers with extra words ("E-mailadres
(werk)", "Komt u?"), a ticket shop's export with barcodes and refunds, the list
on the second sheet behind an instructions sheet, CSV files from Excel in
Windows-1252 with semicolons.

Reading and checking happen first, without touching the store; the write is one
call to :meth:`store.merge.merge_guests`, a single transaction. So a file that cannot
be read, a cancel, or a crash changes nothing.
"""

from __future__ import annotations

import codecs
import csv
import gc
import io
import re
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from checkin.errors import (
    Cancelled,
    DamagedSpreadsheet,
    EmptyGuestList,
    FileNotFound,
    InvalidValue,
    NoNameColumn,
    NotASpreadsheet,
    SheetNotFound,
    UnsafeSpreadsheet,
    UnsupportedFormat,
)
from checkin.models import GuestInput
from checkin.store import Store
from checkin.text import words

FIELDS: tuple[str, ...] = (
    "first_name", "middle", "last_name", "name", "organisation", "email", "code", "status",
    "notes", "ticket_type", "seat", "companions",
)
_NAME_FIELDS = frozenset({"first_name", "last_name", "name"})

# How far down a sheet the header row may sit (title rows, logos, an intro line).
_HEADER_SEARCH_ROWS = 30
_CSV_SUFFIXES = frozenset({".csv", ".tsv", ".txt"})
_OLD_FORMATS = frozenset({".xls", ".ods", ".numbers", ".xlsb", ".fods", ".xlt"})
_CHECK_EVERY = 1000  # rows between calls of cancelled() and progress()


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    field: str | None  # None: kept as an extra field under its header


@dataclass(frozen=True)
class Preview:
    path: Path
    sheets: list[str]
    sheet: str | None
    header_row: int  # 1-based row number in the file
    columns: list[Column]
    rows: list[list[str]]  # the first data rows as display text


@dataclass(frozen=True)
class RowNote:
    row: int  # 1-based row number in the file
    reason: str


@dataclass(frozen=True)
class ImportReport:
    file_name: str
    sheet: str | None
    imported: int
    updated: int
    skipped: tuple[RowNote, ...]
    duplicates: tuple[RowNote, ...]
    cancelled: int
    missing: tuple[int, ...]  # ids of event guests absent from the new list
    # Rows imported with a value left out (a companions count that is no number).
    warnings: tuple[RowNote, ...] = ()

    def as_json(self) -> dict[str, object]:
        def notes(items: tuple[RowNote, ...]) -> list[dict[str, object]]:
            return [{"row": n.row, "reason": n.reason} for n in items]

        return {
            "file": self.file_name,
            "sheet": self.sheet,
            "imported": self.imported,
            "updated": self.updated,
            "cancelled": self.cancelled,
            "skipped": notes(self.skipped),
            "duplicates": notes(self.duplicates),
            "warnings": notes(self.warnings),
            "missing": list(self.missing),
        }

    def lines(self) -> list[str]:
        where = f' (sheet "{self.sheet}")' if self.sheet else ""
        out = [
            f"Imported {self.file_name}{where}: {self.imported} new, {self.updated} updated, "
            f"{self.cancelled} cancelled, {len(self.skipped)} skipped, "
            f"{len(self.duplicates)} duplicates."
        ]
        sections = (("Skipped", self.skipped), ("Duplicates, imported once", self.duplicates),
                    ("Imported with a warning", self.warnings))
        for title, items in sections:
            if items:
                out.append(f"{title}:")
                out.extend(f"  row {n.row}: {n.reason}" for n in items)
        if self.missing:
            out.append(f"{len(self.missing)} guests of the event are not in this list; "
                       "they were kept, not deleted.")
        return out


# --- recognising columns ---------------------------------------------------

# Checked in this order, so that the specific beats the general: "Voornaam" is a
# first name before it is a name, "Bedrijfsnaam" an organisation, "Ticket type"
# no code. Each rule: whole folded-and-joined headers, substrings of the joined
# header, and whole words of the header.
_RULES: tuple[tuple[str, frozenset[str], tuple[str, ...], frozenset[str]], ...] = (
    ("first_name", frozenset(), ("firstname", "voornaam", "givenname", "forename", "roepnaam"),
     frozenset({"first", "voornamen"})),
    ("middle", frozenset({"middle"}), ("tussenvoegsel", "middlename", "voorvoegsel"),
     frozenset({"tussenv", "tv", "tussenvoegsels"})),
    ("last_name", frozenset(), ("lastname", "achternaam", "surname", "familyname",
                                "familienaam", "geslachtsnaam"),
     frozenset({"last"})),
    ("organisation", frozenset(), ("organisation", "organization", "organisatie", "company",
                                   "bedrijf", "instelling", "employer", "werkgever"),
     frozenset({"org", "firma"})),
    ("email", frozenset(), ("email", "mailadres"), frozenset({"mail"})),
    ("ticket_type", frozenset({"type", "soort"}),
     ("tickettype", "ticketsoort", "soortticket", "typeticket", "category", "categorie"),
     frozenset({"rol", "role", "rollen"})),
    ("companions", frozenset({"guests", "gasten", "personen", "introduce", "introducee",
                              "introducees", "partysize"}),
     ("companion", "plusone", "plus1", "introduce", "aantalpersonen", "totalguests",
      "aantalgasten", "extraguests", "begeleider", "partysize"),
     frozenset()),
    ("seat", frozenset(), ("tafelnummer", "tablenumber", "zitplaats", "stoelnummer",
                           "seatnumber"),
     frozenset({"seat", "table", "tafel", "stoel", "plaats", "seating"})),
    ("code", frozenset({"ticket", "barcode", "qr", "qrcode"}),
     ("barcode", "ticketnr", "ticketnumber", "ticketnummer", "ticketcode", "ticketid",
      "badgecode", "toegangscode"),
     frozenset({"code"})),
    ("status", frozenset({"komtu", "komt", "attending", "aanwezig", "aanwezigheid",
                          "attendance", "going", "deelname"}),
     ("status", "rsvp"),
     frozenset({"attending", "attend", "coming", "aanwezig", "komt", "komtu", "komen"})),
    ("notes", frozenset(), ("opmerking", "remark", "comment", "bijzonderhed"),
     frozenset({"notes", "note", "notities", "notitie"})),
    ("name", frozenset({"guest", "gast", "attendee", "deelnemer", "fullname", "volledigenaam",
                        "naamgast", "guestname", "attendeename", "naamdeelnemer"}),
     (), frozenset({"name", "naam", "namen", "names"})),
)

_NUMBER_WORDS = frozenset({"nr", "no", "number", "nummer", "id", "num"})

# Headers that count the guest too ("Total Guests": 3 is the guest and two more).
_COUNTS_SELF = ("total", "aantalpersonen", "personen", "partysize", "aantalgasten", "gasten")


def field_for_header(header: str) -> str | None:
    """The field a column header names, or None for a column kept as an extra field."""
    parts = words(header)
    joined = "".join(parts)
    if not joined:
        return None
    word_set = set(parts)
    for name, whole, pieces, wordlist in _RULES:
        if joined in whole or word_set & wordlist or any(p in joined for p in pieces):
            if name == "name" and ("#" in header or word_set & _NUMBER_WORDS):
                return None  # "Attendee #", "Deelnemer nr": a number, not a name
            return name
    return None


def _counts_self(header: str) -> bool:
    joined = "".join(words(header))
    return any(key in joined for key in _COUNTS_SELF) and "plus" not in joined


# --- cell values -------------------------------------------------------------


def cell_text(value: object) -> str:
    """A cell as the text the organiser sees in Excel; whole numbers without ".0"."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value).strip()


_NOT_COMING_FIRST = frozenset({
    "no", "nee", "n", "neen", "cancelled", "canceled", "cancel", "refunded", "refund",
    "declined", "decline", "afgemeld", "geannuleerd", "afgezegd", "verhinderd", "afwezig",
    "deleted", "removed", "false", "onwaar", "nvt", "uitgeschreven",
})
_NOT_COMING_PAIRS = frozenset({
    ("not", "attending"), ("not", "going"), ("not", "coming"), ("niet", "aanwezig"),
    ("komt", "niet"), ("kom", "niet"), ("niet", "komen"), ("gaat", "niet"),
})


def is_not_coming(status: str) -> bool:
    """Whether a status or RSVP answer means the guest will not come."""
    parts = words(status)
    if not parts:
        return False
    return parts[0] in _NOT_COMING_FIRST or tuple(parts[:2]) in _NOT_COMING_PAIRS


_NO_COMPANIONS = frozenset({"", "-", "geen", "none", "nee", "no", "n", "nvt"})
_WHOLE = re.compile(r"\+?\s*(\d{1,3})")


def parse_count(value: object) -> int | None:
    """A count of people as a list gives it: 2, 2.0, "2", "+1", "geen"; None if no count."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, float):
        return int(value) if value.is_integer() and value >= 0 else None
    text = cell_text(value)
    if text.casefold() in _NO_COMPANIONS:
        return 0
    m = _WHOLE.fullmatch(text)
    return int(m.group(1)) if m else None


# Dutch (and a few Belgian, German, French) name particles: "Anna van den Berg"
# sorts under B. Only lower-case ones count: in Belgium "De Smet" keeps its
# capital and sorts under D, and so do we.
_PARTICLES = frozenset({
    "van", "de", "der", "den", "het", "ten", "ter", "te", "'t", "in", "op", "aan", "bij",
    "uit", "onder", "over", "tot", "voor", "von", "vom", "zu", "zum", "zur", "du", "des",
    "le", "la", "d'", "di", "da", "del", "della", "dos", "das", "'s", "s'",
})


def split_name(full: str) -> tuple[str, str, str]:
    """A full name as (first, tussenvoegsel, last): "Anna van den Berg" -> Anna, van den, Berg.

    "Berg, Anna van den" (the phone-book form) gives the same. Without a
    particle the last word is the last name and the words before it the first.
    """
    full = " ".join(full.split())
    if "," in full:
        last, _, rest = full.partition(",")
        given = rest.split()
        i = len(given)
        while i > 0 and given[i - 1] in _PARTICLES:
            i -= 1
        if given:
            return " ".join(given[:i]), " ".join(given[i:]), last.strip()
        return "", "", last.strip()
    tokens = full.split()
    if len(tokens) < 2:
        return full, "", ""
    for i in range(1, len(tokens) - 1):
        if tokens[i] not in _PARTICLES and tokens[i].casefold() in _PARTICLES:
            # A capital particle belongs to the last name: Els De Smet, sorted under D.
            return " ".join(tokens[:i]), "", " ".join(tokens[i:])
        if tokens[i] in _PARTICLES:
            j = i
            while j < len(tokens) - 1 and tokens[j] in _PARTICLES:
                j += 1
            return " ".join(tokens[:i]), " ".join(tokens[i:j]), " ".join(tokens[j:])
    return " ".join(tokens[:-1]), "", tokens[-1]


def _split_last(last: str) -> tuple[str, str]:
    """A last-name cell that carries its tussenvoegsel: "van den Berg" -> (van den, Berg)."""
    tokens = last.split()
    i = 0
    while i < len(tokens) - 1 and tokens[i] in _PARTICLES:
        i += 1
    return " ".join(tokens[:i]), " ".join(tokens[i:])


# --- opening files ------------------------------------------------------------


@dataclass
class _Sheet:
    name: str | None
    rows: Callable[[int], Iterator[Sequence[object]]]  # first row number -> rows from there
    size: int | None  # rows in the sheet, when the file says


@dataclass
class _Book:
    path: Path
    sheet_names: list[str]
    sheets: list[_Sheet]
    close: Callable[[], None] = field(default=lambda: None)


def _open(path: Path) -> _Book:
    if not path.is_file():
        raise FileNotFound(path)
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise FileNotFound(path, exc.strerror or "") from exc
    suffix = path.suffix.casefold()
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _open_xlsx(path)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        # An OLE container: an old .xls, or an .xlsx saved with a password.
        raise UnsupportedFormat(path, "an old .xls or a password-protected file")
    if suffix in _OLD_FORMATS:
        raise UnsupportedFormat(path)
    if suffix in (".xlsx", ".xlsm", ".xltx", ".xltm"):
        if head.startswith(b"PK"):
            raise DamagedSpreadsheet(path)
        raise NotASpreadsheet(path)
    return _open_csv(path)


def _unsafe(exc: BaseException | None) -> bool:
    """Whether defusedxml refused the XML; openpyxl wraps its error in a ValueError."""
    seen = 0
    while exc is not None and seen < 10:
        if type(exc).__module__.startswith("defusedxml"):
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def _open_xlsx(path: Path) -> _Book:
    import openpyxl

    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "xl/workbook.xml" not in names:
                # .ods, .numbers and .xlsb are zip packages too, just not ours.
                if ("content.xml" in names or "mimetype" in names
                        or path.suffix.casefold() in _OLD_FORMATS):
                    raise UnsupportedFormat(path)
                raise NotASpreadsheet(path)
            _refuse_doctypes(path, zf)
    except zipfile.BadZipFile as exc:
        raise DamagedSpreadsheet(path) from exc
    except (OSError, EOFError, zlib.error) as exc:
        raise DamagedSpreadsheet(path) from exc
    # Our own handle: openpyxl leaves its archive open when loading fails.
    handle = path.open("rb")
    try:
        wb = openpyxl.load_workbook(handle, read_only=True, data_only=True, keep_links=False)
    except Exception as exc:
        handle.close()
        raise _reading_error(path, exc) from exc
    sheets: list[_Sheet] = []
    for ws in wb.worksheets:
        if not hasattr(ws, "iter_rows"):
            continue  # a chart sheet holds no cells
        size = ws.max_row
        # Some writers leave a wrong <dimension> ("A1"), which read-only mode
        # would trust and cut the rows short; the cells themselves decide.
        ws.reset_dimensions()
        sheets.append(_Sheet(ws.title, _xlsx_rows(path, ws), size))

    def close() -> None:
        wb.close()
        handle.close()

    return _Book(path, [s.name or "" for s in sheets], sheets, close)


def _refuse_doctypes(path: Path, zf: zipfile.ZipFile) -> None:
    """Refuse any part that declares a DTD: Excel never writes one, entity bombs always do.

    A DOCTYPE stands before the root element, so the first bytes of each part
    tell; defusedxml inside openpyxl stays as the second guard.
    """
    for info in zf.infolist():
        if info.filename.endswith((".xml", ".rels", ".vml")):
            with zf.open(info) as part:
                start = part.read(4096)
            if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                raise UnsafeSpreadsheet(path)


def _reading_error(path: Path, exc: BaseException) -> Exception:
    if _unsafe(exc):
        return UnsafeSpreadsheet(path)
    if isinstance(exc, InvalidValue | Cancelled):
        return exc
    return DamagedSpreadsheet(path)


def _xlsx_rows(path: Path, ws: Any) -> Callable[[int], Iterator[Sequence[object]]]:
    def rows(first: int) -> Iterator[Sequence[object]]:
        try:
            yield from ws.iter_rows(min_row=first, values_only=True)
        except (Cancelled, InvalidValue):
            raise
        except Exception as exc:
            raise _reading_error(path, exc) from exc

    return rows


def _decode(path: Path, data: bytes) -> str:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise NotASpreadsheet(path) from exc
    if b"\x00" in data[:4096] or data.startswith(b"%PDF"):
        raise NotASpreadsheet(path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Excel's "CSV" on a Dutch Windows laptop; five bytes are undefined in
        # Windows-1252, and Latin-1 reads those where it gives up.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def _sniff_delimiter(lines: list[str]) -> str:
    best, best_score = ",", (0, 0)
    for delimiter in (",", ";", "\t"):
        widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if any(r)]
        common = Counter(w for w in widths if w > 1).most_common(1)
        score = (common[0][1], common[0][0]) if common else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _open_csv(path: Path) -> _Book:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileNotFound(path, exc.strerror or "") from exc
    text = _decode(path, data)
    sample = text[:65536].splitlines()[:50]
    # Excel's own hint on the first line ("sep=;") names the delimiter outright.
    hint = sample[0].strip() if sample else ""
    named = hint[4:] if len(hint) == 5 and hint.casefold().startswith("sep=") else ""
    delimiter = named or _sniff_delimiter(sample)
    try:
        table = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise NotASpreadsheet(path, str(exc)) from exc
    if named and table:
        table[0] = []  # kept as an empty row so that row numbers stay those of the file

    def rows(first: int) -> Iterator[Sequence[object]]:
        return iter(table[first - 1:])

    return _Book(path, [], [_Sheet(None, rows, len(table))])


# --- finding the header --------------------------------------------------------


@dataclass(frozen=True)
class _Layout:
    sheet: _Sheet
    header_row: int
    headers: list[str]
    fields: list[str | None]

    @property
    def has_name(self) -> bool:
        return bool(_NAME_FIELDS.intersection(f for f in self.fields if f))


def _detect_fields(headers: list[str]) -> list[str | None]:
    """A field per column; a field claimed twice stays with its first column."""
    taken: set[str] = set()
    out: list[str | None] = []
    for header in headers:
        f = field_for_header(header)
        if f is not None and f in taken:
            f = None
        if f is not None:
            taken.add(f)
        out.append(f)
    return out


def _layout(sheet: _Sheet) -> _Layout | None:
    """The sheet's best header row within its first rows; None for an empty sheet."""
    first_filled: tuple[int, list[str]] | None = None
    best: tuple[int, int, list[str], list[str | None]] | None = None
    for number, values in enumerate(sheet.rows(1), start=1):
        if number > _HEADER_SEARCH_ROWS:
            break
        headers = [cell_text(v) for v in values]
        while headers and not headers[-1]:
            headers.pop()
        if not headers:
            continue
        if first_filled is None:
            first_filled = (number, headers)
        fields = _detect_fields(headers)
        found = {f for f in fields if f}
        if not found & _NAME_FIELDS:
            continue
        if best is None or len(found) > best[0]:
            best = (len(found), number, headers, fields)
    if best is not None:
        return _Layout(sheet, best[1], best[2], best[3])
    if first_filled is not None:
        number, headers = first_filled
        return _Layout(sheet, number, headers, _detect_fields(headers))
    return None


def _choose(book: _Book, sheet: str | None, *, need_name: bool) -> _Layout:
    if sheet is not None:
        chosen = [s for s in book.sheets if s.name == sheet]
        if not chosen:
            folded = [s for s in book.sheets if (s.name or "").casefold() == sheet.casefold()]
            if not folded:
                raise SheetNotFound(book.path, sheet, book.sheet_names)
            chosen = folded
        layout = _layout(chosen[0])
        if layout is None:
            raise EmptyGuestList(book.path, f'sheet "{sheet}" is empty')
        if need_name and not layout.has_name:
            raise NoNameColumn(book.path, layout.headers, chosen[0].name)
        return layout
    first: _Layout | None = None
    for candidate in book.sheets:
        layout = _layout(candidate)
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


def _columns(layout: _Layout, mapping: dict[int, str | None] | None) -> list[Column]:
    fields = list(layout.fields)
    headers = list(layout.headers)
    for index, f in (mapping or {}).items():
        if f is not None and f not in FIELDS:
            raise InvalidValue("column mapping", f, "is not a field of a guest")
        if index < 0:
            raise InvalidValue("column mapping", index, "is not a column number")
        while len(fields) <= index:
            fields.append(None)
            headers.append("")
        if f is not None:
            # A field moved to this column leaves the column that had it.
            fields = [None if old == f else old for old in fields]
        fields[index] = f
    return [Column(i, h or f"Column {i + 1}", f) for i, (h, f) in enumerate(zip(headers, fields,
                                                                               strict=True))]


# --- preview ----------------------------------------------------------------------


def preview(path: Path, *, sheet: str | None = None, rows: int = 10) -> Preview:
    """The sheet, header row, detected columns and first rows the import would use.

    A list without a recognisable name column still previews (every column
    unmapped), so that the person can point out the name column by hand.
    """
    book = _open(Path(path))
    try:
        layout = _choose(book, sheet, need_name=False)
        columns = _columns(layout, None)
        shown: list[list[str]] = []
        for values in layout.sheet.rows(layout.header_row + 1):
            if len(shown) >= rows:
                break
            texts = [cell_text(v) for v in values[:len(columns)]]
            if any(texts):
                shown.append(texts + [""] * (len(columns) - len(texts)))
        return Preview(Path(path), book.sheet_names, layout.sheet.name, layout.header_row,
                       columns, shown)
    finally:
        book.close()


# --- the import -----------------------------------------------------------------------


@contextmanager
def _without_gc_pauses() -> Iterator[None]:
    """Hold the cyclic garbage collector off while a list's records are built.

    Each row adds several objects that live until the merge, so collections
    come often and scan an ever larger heap: measured on 50,000 rows, half a
    second to a second of pure pauses. Nothing here makes reference cycles;
    the collector's previous state is restored afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class _Reading:
    records: list[tuple[GuestInput, bool]] = field(default_factory=list)
    skipped: list[RowNote] = field(default_factory=list)
    duplicates: list[RowNote] = field(default_factory=list)
    warnings: list[RowNote] = field(default_factory=list)


def _read_rows(
    layout: _Layout,
    columns: list[Column],
    *,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> _Reading:
    slots = {c.field: c.index for c in columns if c.field is not None}
    extras = [(c.index, c.header) for c in columns if c.field is None and c.header]
    width = len(columns)
    i_first, i_middle, i_last, i_name, i_org, i_email, i_code, i_status, i_notes, i_type, \
        i_seat, i_companions = (slots.get(f, -1) for f in FIELDS)
    companions_counts_self = i_companions >= 0 and _counts_self(columns[i_companions].header)
    out = _Reading()
    # code or email -> (row number, position in out.records) of the row kept
    by_code: dict[str, tuple[int, int]] = {}
    by_email: dict[str, tuple[int, int]] = {}
    total = layout.sheet.size or 0
    start = layout.header_row + 1

    for number, raw in enumerate(layout.sheet.rows(start), start=start):
        if (number - start) % _CHECK_EVERY == 0:
            if cancelled is not None and cancelled():
                raise Cancelled("The import")
            if progress is not None:
                progress(number, max(total, number))
        # Per-cell work is the cost of a large import: strings first, no calls.
        texts = [
            v.strip() if type(v) is str else "" if v is None else str(v) if type(v) is int
            else cell_text(v)
            for v in (raw if len(raw) <= width else raw[:width])
        ]
        if len(texts) < width:
            texts.extend([""] * (width - len(texts)))
        first = texts[i_first] if i_first >= 0 else ""
        middle = texts[i_middle] if i_middle >= 0 else ""
        last = texts[i_last] if i_last >= 0 else ""
        name = texts[i_name] if i_name >= 0 else ""
        if not (first or last or name):
            if any(texts):
                out.skipped.append(RowNote(number, "no name"))
            continue
        extra = {header: texts[i] for i, header in extras if texts[i]}
        email = texts[i_email] if i_email >= 0 else ""
        code = texts[i_code] if i_code >= 0 else ""
        status = texts[i_status] if i_status >= 0 else ""
        companions_cell = raw[i_companions] if 0 <= i_companions < len(raw) else None
        if name and not (first or last):
            first, middle, last = split_name(name)
            name = ""
        elif not middle and " " in last:
            middle, last = _split_last(last)
        companions = 0
        if companions_cell is not None:
            count = parse_count(companions_cell)
            if count is None:
                out.warnings.append(RowNote(
                    number, f"companions {cell_text(companions_cell)!r} is not a number; "
                            "imported without companions"))
            else:
                companions = max(0, count - 1) if companions_counts_self else count
        guest = GuestInput(
            first_name=first, middle=middle, last_name=last, name=name,
            organisation=texts[i_org] if i_org >= 0 else "", email=email, code=code,
            cancelled=bool(status) and is_not_coming(status),
            ticket_type=texts[i_type] if i_type >= 0 else "",
            seat=texts[i_seat] if i_seat >= 0 else "",
            notes=texts[i_notes] if i_notes >= 0 else "", companions=companions, extra=extra,
        )
        key = email.casefold()
        earlier, what = None, ""
        if code and code in by_code:
            earlier, what = by_code[code], "code"
        elif key and key in by_email:
            earlier, what = by_email[key], "email"
        if earlier is not None:
            row0, pos = earlier
            if out.records[pos][0].cancelled and not guest.cancelled:
                # A refunded order bought again: the guest who is coming wins.
                out.records[pos] = (guest, bool(code))
                out.duplicates.append(RowNote(
                    row0, f"same {what} as row {number}, which is not cancelled and was kept"))
                if code:
                    by_code[code] = (number, pos)
                if key:
                    by_email[key] = (number, pos)
            else:
                out.duplicates.append(RowNote(number, f"same {what} as row {row0}"))
            continue
        place = (number, len(out.records))
        if code:
            by_code[code] = place
        if key:
            by_email[key] = place
        out.records.append((guest, bool(code)))
    return out


def import_guest_list(
    store: Store,
    path: Path,
    *,
    sheet: str | None = None,
    mapping: dict[int, str | None] | None = None,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Read a guest list and merge it into the event in one transaction.

    ``mapping`` overrides the detected field of a column (by 0-based index;
    None keeps the column as an extra field). ``progress(done, total)`` is
    called now and then: the first half of ``total`` is reading, the second
    writing. ``cancelled()`` returning True stops before anything is written.
    """
    path = Path(path)
    book = _open(path)
    try:
        layout = _choose(book, sheet, need_name=mapping is None)
        columns = _columns(layout, mapping)
        if not _NAME_FIELDS.intersection(c.field for c in columns if c.field):
            raise NoNameColumn(path, [c.header for c in columns], layout.sheet.name)
        half: Callable[[int, int], None] | None = None
        if progress is not None:
            report_progress = progress

            def half(done: int, total: int) -> None:
                report_progress(done, 2 * total)

        with _without_gc_pauses():
            reading = _read_rows(layout, columns, progress=half, cancelled=cancelled)
    finally:
        book.close()
    if not reading.records and not reading.skipped and not reading.duplicates:
        raise EmptyGuestList(path)
    if cancelled is not None and cancelled():
        raise Cancelled("The import")

    writing: Callable[[int, int], None] | None = None
    if progress is not None:
        report = progress

        def writing(done: int, total: int) -> None:
            report(total + done, 2 * total)

    with _without_gc_pauses():
        result = store.merge_guests(
            reading.records, file_name=path.name, skipped=len(reading.skipped),
            duplicates=len(reading.duplicates), now=now, progress=writing,
        )
    return ImportReport(
        file_name=path.name,
        sheet=layout.sheet.name,
        imported=result.imported,
        updated=result.updated,
        skipped=tuple(reading.skipped),
        duplicates=tuple(reading.duplicates),
        cancelled=sum(1 for g, _ in reading.records if g.cancelled),
        missing=result.missing,
        warnings=tuple(reading.warnings),
    )

