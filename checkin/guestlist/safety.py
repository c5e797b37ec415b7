"""Looking at a file before any reader does: what it is, and whether it is safe to read.

Decided from the bytes, never from the name alone, so a PDF renamed .xlsx, an
.xls renamed .xlsx or an .xlsx saved with a password each get their own
sentence. Inside a zip package (.xlsx, .xlsm, .xlsb, .ods) every XML part is
refused if it declares a DTD before its root element: Excel and LibreOffice
never write one, and entity bombs always need one. The readers would not
expand the entities anyway (calamine's XML parser knows none; the preview's
Python parser is defusedxml), so this is the first of two guards.

``check_extent`` bounds a sheet before calamine reads it. calamine holds a
sheet as one rectangle from its first used cell to its last, 32 bytes a cell:
a 1.6 KB .xlsx whose one cell is XFD1048576 next to A1 asks for 549 GB, and
Rust aborts the process when an allocation fails; and we hand rows on from A1
(8 bytes a cell in Python lists), so a lone cell at XFD1048576 would be 137 GB
of lists. The extent is found from the
cell references (.xlsx) and the repeat counts (.ods) in the XML, without
parsing it, and a sheet over ``cell_limit`` cells is refused with one sentence.
.xls cells are 16-bit addressed (at most 16.8 million cells) and .xlsb is
binary: those rely on the child process's memory bound (isolated.py).
"""

from __future__ import annotations

import codecs
import enum
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from checkin.errors import (
    DamagedSpreadsheet,
    FileNotFound,
    NotASpreadsheet,
    OversizedSpreadsheet,
    ProtectedSpreadsheet,
    UnsafeSpreadsheet,
    UnsupportedFormat,
)


class Kind(enum.Enum):
    XLSX = ".xlsx"  # also .xlsm, .xltx, .xltm
    XLSB = ".xlsb"
    XLS = ".xls"
    ODS = ".ods"
    CSV = ".csv"  # also .tsv, .txt and anything else that is text


SPREADSHEET_SUFFIXES = frozenset(
    {".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb", ".xls", ".xlt", ".ods", ".ots"}
)
_UNREAD = frozenset({".numbers", ".fods", ".sxc", ".wk1", ".wks", ".123", ".dbf"})
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# The streams of an Office file encrypted with a password (an OLE container around the
# encrypted package), as their UTF-16 names stand in the container's directory.
_ENCRYPTED = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
_ODS_MIME = b"application/vnd.oasis.opendocument.spreadsheet"
_PROLOG_LIMIT = 1 << 20  # Excel writes a few bytes before the root element, never a megabyte
_PART_LIMIT = 2 << 30  # no sheet of a guest list unpacks to 2 GiB
_RATIO_LIMIT = 500  # sheet XML packs 10-100 x; five hundredfold over 64 MiB is a zip bomb


def identify(path: Path) -> Kind:
    """The kind of file at ``path``, or the error that says why it cannot be read."""
    if not path.is_file():
        raise FileNotFound(path)
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as exc:
        raise FileNotFound(path, exc.strerror or "") from exc
    suffix = path.suffix.casefold()
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path)
    if head.startswith(_OLE):
        if _encrypted_office_file(path):
            raise ProtectedSpreadsheet(path)
        return Kind.XLS
    if suffix in _UNREAD:
        raise UnsupportedFormat(path)
    if suffix in SPREADSHEET_SUFFIXES:
        if head.startswith(b"PK"):
            raise DamagedSpreadsheet(path)
        if suffix in (".xls", ".xlt") and head.lstrip().startswith(b"<"):
            # Some web exports call an HTML or XML table ".xls".
            raise UnsupportedFormat(path, "it is a web page or XML file named .xls")
        raise NotASpreadsheet(path)
    return Kind.CSV


def _encrypted_office_file(path: Path) -> bool:
    # The directory sits near the start of a small container; an encrypted file holds
    # the whole workbook in one stream, so its directory is found in the first 64 KiB
    # or, for a large workbook, right after the encrypted stream at the end.
    with path.open("rb") as f:
        data = f.read(1 << 16)
        f.seek(0, 2)
        size = f.tell()
        if size > 1 << 16:
            f.seek(max(1 << 16, size - (1 << 16)))
            data += f.read()
    return any(name in data for name in _ENCRYPTED)


def _zip_kind(path: Path) -> Kind:
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            if "xl/workbook.xml" in names:
                kind = Kind.XLSX
            elif "xl/workbook.bin" in names:
                kind = Kind.XLSB
            elif "mimetype" in names and zf.read("mimetype").strip().startswith(_ODS_MIME):
                kind = Kind.ODS
            elif path.suffix.casefold() in _UNREAD or "Index/Document.iwa" in names:
                raise UnsupportedFormat(path)
            elif path.suffix.casefold() in (".ods", ".ots") and "content.xml" in names:
                kind = Kind.ODS  # an .ods without its mimetype entry: calamine decides
            else:
                raise NotASpreadsheet(path)
            for info in infos:
                _refuse_bomb(path, info)
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    with zf.open(info) as part:
                        if _declares_dtd(part):
                            raise UnsafeSpreadsheet(path)
            return kind
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error, NotImplementedError) as exc:
        raise DamagedSpreadsheet(path) from exc


def _refuse_bomb(path: Path, info: zipfile.ZipInfo) -> None:
    packed = max(1, info.compress_size)
    if info.file_size > _PART_LIMIT or (
        info.file_size > 64 << 20 and info.file_size / packed > _RATIO_LIMIT
    ):
        raise UnsafeSpreadsheet(
            path, f"{info.filename} would unpack to {info.file_size / (1 << 30):.1f} GB"
        )


def _declares_dtd(part: IO[bytes]) -> bool:
    """Whether an XML part has a DOCTYPE (or any other <! declaration) before its root."""
    read = part.read
    raw = read(4096)
    encoding = "utf-16" if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8"
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    text = decoder.decode(raw)
    seen = len(raw)
    i = 0
    while True:
        while i < len(text) and text[i] in " \t\r\n\ufeff":
            i += 1
        if i >= len(text) or (text[i] == "<" and i + 4 > len(text)):
            more = read(65536) if seen < _PROLOG_LIMIT else b""
            if not more:
                # The end of the part, or a prolog longer than any writer makes.
                return seen >= _PROLOG_LIMIT
            seen += len(more)
            text = text[i:] + decoder.decode(more)
            i = 0
            continue
        if text.startswith("<?", i) or text.startswith("<!--", i):
            closing = "?>" if text[i + 1] == "?" else "-->"
            end = text.find(closing, i + 2)
            if end < 0:
                more = read(65536) if seen < _PROLOG_LIMIT else b""
                if not more:
                    return seen >= _PROLOG_LIMIT
                seen += len(more)
                text = text[i:] + decoder.decode(more)
                i = 0
                continue
            i = end + len(closing)
            continue
        return text.startswith("<!", i)


# --- the extent of a sheet, before calamine reads it -------------------------------------

CELL_LIMIT = 16_000_000  # 200,000 guests x 80 columns; calamine holds it in 512 MB
_CHUNK = 8 << 20
# A row's r="12", a cell's r="AB12". Excel writes a space before each attribute; a
# literal prefix is 4 x faster to scan for, and other white space gets the slow scan.
_XLSX_ROWS = re.compile(rb""" r=["'][A-Z]*([0-9]+)["']""")
_XLSX_COLUMNS = re.compile(rb""" r=["']([A-Z]+)""")
_XLSX_ROWS_ANY = re.compile(rb"""\sr=["'][A-Z]*([0-9]+)["']""")
_XLSX_COLUMNS_ANY = re.compile(rb"""\sr=["']([A-Z]+)""")
_ODD_SPACE = re.compile(rb"[\t\r\n]r=")
_ODS_TAG = re.compile(
    rb"<(/?)table:(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*?)(/?)>"
)
_ROWS_REPEATED = re.compile(rb'number-rows-repeated="([0-9]+)"')
_COLUMNS_REPEATED = re.compile(rb'number-columns-repeated="([0-9]+)"')
_VALUE_TYPE = re.compile(rb"value-type=")
_SELF_CLOSING_ROW = re.compile(rb"<table:table-row(?:\s[^>]*)?/>")
_TABLE_START = re.compile(rb"<table:table(?=[\s>])")
_TABLE_NAME = re.compile(rb'[^>]*?table:name="([^"]*)"')


class _Extent:
    """The first and last used row and column seen (0-based), as calamine's range would be."""

    def __init__(self) -> None:
        self.top = self.left = 1 << 62
        self.bottom = self.right = -1

    def add_rows(self, first: int, last: int) -> None:
        self.top, self.bottom = min(self.top, first), max(self.bottom, last)

    def add_columns(self, first: int, last: int) -> None:
        self.left, self.right = min(self.left, first), max(self.right, last)

    def cells(self) -> int:
        """The cells handed on: rows are read from the sheet's first row and padded from
        column A (spreadsheets.py), so from A1 to the last used cell, not calamine's range."""
        if self.bottom < 0 or self.right < 0:
            return 0
        return (self.bottom + 1) * (self.right + 1)


def check_extent(path: Path, kind: Kind, cell_limit: int = CELL_LIMIT) -> None:
    """Refuse a sheet whose used rectangle is over ``cell_limit`` cells (before any reader)."""
    if kind not in (Kind.XLSX, Kind.ODS):
        return  # .xls is 16-bit addressed; .xlsb relies on the reader's memory bound
    try:
        with zipfile.ZipFile(path) as zf:
            if kind is Kind.XLSX:
                names = _xlsx_sheet_names(zf)
                for info in zf.infolist():
                    if info.filename.startswith("xl/worksheets/") and info.filename.endswith(
                        ".xml"
                    ):
                        with zf.open(info) as part:
                            extent = _xlsx_extent(part)
                        name = names.get(info.filename, info.filename.rsplit("/", 1)[-1][:-4])
                        _refuse_oversized(path, name, extent, cell_limit)
            elif kind is Kind.ODS:
                with zf.open("content.xml") as part:
                    content = part.read()  # under the bomb check's bound; calamine reads it whole
                for name, extent in _ods_extents(content):
                    _refuse_oversized(path, name, extent, cell_limit)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, zlib.error) as exc:
        raise DamagedSpreadsheet(path) from exc


def _xlsx_sheet_names(zf: zipfile.ZipFile) -> dict[str, str]:
    """Each worksheet part's name as the workbook shows it (for the sentence only)."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        workbook = fromstring(zf.read("xl/workbook.xml"))
        rels = fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, SyntaxError, DefusedXmlException):
        return {}
    targets = {r.get("Id"): (r.get("Target") or "") for r in rels}
    names: dict[str, str] = {}
    for sheet in workbook.iter(f"{_MAIN}sheet"):
        target = targets.get(sheet.get(f"{_REL}id"), "")
        part = target.lstrip("/") if target.startswith("/") else "xl/" + target
        names[part] = sheet.get("name") or ""
    return names


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _refuse_oversized(path: Path, sheet: str, extent: _Extent, cell_limit: int) -> None:
    if extent.cells() > cell_limit:
        raise OversizedSpreadsheet(
            path,
            sheet,
            _cell_name(extent.bottom, extent.right),
            extent.bottom + 1,
            extent.right + 1,
        )


def _cell_name(row: int, column: int) -> str:
    letters = ""
    n = column + 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row + 1}"


def _chunks(part: IO[bytes]) -> Iterator[bytes]:
    """The part in pieces that end after a '>', so no tag is cut in two."""
    carry = b""
    while True:
        more = part.read(_CHUNK)
        data = carry + more
        if not more:
            if data:
                yield data
            return
        cut = data.rfind(b">") + 1
        carry = data[cut:]
        if cut:
            yield data[:cut]


def _xlsx_extent(part: IO[bytes]) -> _Extent:
    extent = _Extent()
    for data in _chunks(part):
        # Two plain scans (no tuples, no per-match Python) and sets of the distinct
        # values: 0.08 s on a 50,000-row sheet. Digit strings of one length sort as numbers.
        odd = _ODD_SPACE.search(data) is not None
        rows = set((_XLSX_ROWS_ANY if odd else _XLSX_ROWS).findall(data))
        if rows:
            longest = max(map(len, rows))
            last = int(max(r for r in rows if len(r) == longest))
            extent.add_rows(0, last - 1)
            # Cells without a reference (allowed) stand in column A onwards: at least one.
            extent.add_columns(0, 0)
        columns = set((_XLSX_COLUMNS_ANY if odd else _XLSX_COLUMNS).findall(data))
        if columns:
            extent.add_columns(0, max(map(_column_number, columns)))
    return extent


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


def _ods_extents(data: bytes) -> Iterator[tuple[str, _Extent]]:
    """Each table's used rectangle, counting repeated rows and columns as calamine does.

    Row by row with byte searches (0.1 s for 50,000 rows): a row's used width is its cells
    and their column repeats once the empty cells at its end are dropped (LibreOffice
    ends every row with one repeated 16,000-fold). A file with self-closing rows, which
    this cannot see, is walked tag by tag instead (0.9 s for 50,000 rows).
    """
    if _SELF_CLOSING_ROW.search(data):
        yield from _ods_extents_by_tag(data)
        return
    for table in _TABLE_START.split(data)[1:]:
        found = _TABLE_NAME.match(table)
        name = found.group(1).decode("utf-8", "replace") if found else ""
        extent, row = _Extent(), 0
        for segment in table.split(b"</table:table-row>")[:-1]:
            start = max(segment.rfind(b"<table:table-row "), segment.rfind(b"<table:table-row>"))
            if start < 0:
                continue
            end = segment.find(b">", start) + 1
            repeat = _ROWS_REPEATED.search(segment, start, end)
            count = int(repeat.group(1)) if repeat else 1
            stop = _used_end(segment, end)
            width = segment.count(b"<table:table-cell", end, stop) + segment.count(
                b"<table:covered-table-cell", end, stop
            )
            if width and segment.find(b"columns-repeated", end, stop) >= 0:
                width += sum(int(n) - 1 for n in _COLUMNS_REPEATED.findall(segment, end, stop))
            if width:
                extent.add_rows(row, row + count - 1)
                extent.add_columns(0, width - 1)
            row += count
        yield name, extent


def _used_end(segment: bytes, begin: int) -> int:
    """Where a row's cells end once the empty ones (self-closing, no value type) at its end
    are dropped; positions only, no copies."""
    stop = len(segment)
    while True:
        while stop > begin and segment[stop - 1] in b" \t\r\n":
            stop -= 1
        if not segment.endswith(b"/>", begin, stop):
            return stop
        start = max(
            segment.rfind(b"<table:table-cell", begin, stop),
            segment.rfind(b"<table:covered-table-cell", begin, stop),
        )
        if (
            start < 0
            or segment.find(b">", start, stop) != stop - 1
            or segment.find(b"value-type", start, stop) >= 0
        ):
            return stop
        stop = start


def _ods_extents_by_tag(data: bytes) -> Iterator[tuple[str, _Extent]]:
    """As _ods_extents, one tag at a time."""
    name, extent = "", _Extent()
    row = column = 0
    row_repeat = 1
    row_used: tuple[int, int] | None = None  # the first and last used column of this row
    for m in _ODS_TAG.finditer(data):
        closing, tag, attrs, empty = m.groups()
        if tag == b"table":
            if closing:
                yield name, extent
            else:
                found = re.search(rb'table:name="([^"]*)"', attrs)
                name = found.group(1).decode("utf-8", "replace") if found else ""
                extent, row = _Extent(), 0
        elif tag == b"table-row":
            if not closing:
                column, row_used = 0, None
                repeat = _ROWS_REPEATED.search(attrs)
                row_repeat = int(repeat.group(1)) if repeat else 1
            if closing or empty:
                if row_used is not None:
                    extent.add_rows(row, row + row_repeat - 1)
                    extent.add_columns(*row_used)
                row += row_repeat
        elif not closing:
            repeat = _COLUMNS_REPEATED.search(attrs)
            count = int(repeat.group(1)) if repeat else 1
            if not empty or _VALUE_TYPE.search(attrs):
                first = column if row_used is None else row_used[0]
                row_used = (first, column + count - 1)
            column += count
