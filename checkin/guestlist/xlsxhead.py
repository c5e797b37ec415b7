"""The first rows of an .xlsx, read in Python without reading the whole sheet.

calamine reads a sheet whole before it gives the first row (0.17-0.33 s for
50,000 rows), too slow for the preview, which must show the first rows at
once. This reads the sheet's XML as a stream and stops after its first rows,
and looks up only the shared strings those rows use. The parser is
defusedxml's: no DTD, no entity is ever expanded. The import itself reads
the file with calamine.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, Any

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring, iterparse

from checkin.errors import DamagedSpreadsheet, UnsafeSpreadsheet
from checkin.guestlist.book import Book, Sheet
from checkin.guestlist.header import HEADER_SEARCH_ROWS

HEAD_ROWS = HEADER_SEARCH_ROWS + 60  # the header's search plus the preview's rows
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL = re.compile(r"([A-Z]+)(\d+)")
_COLUMNS = 16384  # A to XFD
# Excel's built-in date and time formats, by number.
_DATE_FORMATS = frozenset(range(14, 23)) | frozenset(range(45, 48))
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


def open_head(path: Path) -> Book:
    try:
        zf = zipfile.ZipFile(path)
        try:
            return _Head(path, zf).book()
        except BaseException:
            zf.close()
            raise
    except DefusedXmlException as exc:
        raise UnsafeSpreadsheet(path) from exc
    except (zipfile.BadZipFile, KeyError, OSError, SyntaxError, ValueError) as exc:
        raise DamagedSpreadsheet(path) from exc


def _xml(zf: zipfile.ZipFile, name: str) -> Any:
    return fromstring(zf.read(name))


def _target(base: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    parts = base.split("/")[:-1]
    for piece in target.split("/"):
        if piece == "..":
            parts.pop()
        elif piece != ".":
            parts.append(piece)
    return "/".join(parts)


class _Head:
    def __init__(self, path: Path, zf: zipfile.ZipFile) -> None:
        self.path = path
        self.zf = zf
        self.strings: list[str] | None = None
        self.strings_part: str | None = None
        self.date_styles: frozenset[int] = frozenset()
        self.epoch = datetime(1899, 12, 30)

    def book(self) -> Book:
        workbook = _xml(self.zf, "xl/workbook.xml")
        rels = {
            r.get("Id"): r
            for r in _xml(self.zf, "xl/_rels/workbook.xml.rels").iter(f"{_PKG}Relationship")
        }
        for r in rels.values():
            if (r.get("Type") or "").endswith("/sharedStrings"):
                self.strings_part = _target("xl/workbook.xml", r.get("Target") or "")
            if (r.get("Type") or "").endswith("/styles"):
                self._read_styles(_target("xl/workbook.xml", r.get("Target") or ""))
        pr = workbook.find(f"{_MAIN}workbookPr")
        if pr is not None and pr.get("date1904") in ("1", "true"):
            self.epoch = datetime(1904, 1, 1)
        sheets: list[Sheet] = []
        for s in workbook.iter(f"{_MAIN}sheet"):
            rel = rels.get(s.get(f"{_REL}id"))
            if rel is None or not (rel.get("Type") or "").endswith("/worksheet"):
                continue  # a chart sheet holds no cells
            part = _target("xl/workbook.xml", rel.get("Target") or "")
            sheets.append(self._sheet(s.get("name") or "", part))
        return Book(self.path, [s.name or "" for s in sheets], sheets, self.zf.close)

    def _read_styles(self, part: str) -> None:
        if part not in self.zf.namelist():
            return
        styles = _xml(self.zf, part)
        custom = {
            int(f.get("numFmtId") or 0): f.get("formatCode") or ""
            for f in styles.iter(f"{_MAIN}numFmt")
        }
        dates = {i for i, code in custom.items() if _DATE_CODE.search(_QUOTED.sub("", code))}
        xfs = styles.find(f"{_MAIN}cellXfs")
        if xfs is None:
            return
        self.date_styles = frozenset(
            n
            for n, xf in enumerate(xfs.findall(f"{_MAIN}xf"))
            if (fmt := int(xf.get("numFmtId") or 0)) in _DATE_FORMATS or fmt in dates
        )

    def _sheet(self, name: str, part: str) -> Sheet:
        cache: list[list[object]] = []

        def rows(first: int) -> Iterator[Sequence[object]]:
            if not cache:
                cache.extend(self._head_rows(part))
            return iter(cache[first - 1 :])

        return Sheet(name, rows, lambda: None)

    def _head_rows(self, part: str) -> list[list[object]]:
        """The sheet's first rows, with shared strings and dates resolved."""
        raw: list[list[tuple[str, str, str]]] = []  # per row: (type, style, value) by column
        with self.zf.open(part) as stream:
            self._collect(stream, raw)
        needed = max((int(v) for row in raw for t, _, v in row if t == "s" and v), default=-1)
        strings = self._shared_strings(needed)
        out: list[list[object]] = []
        for row in raw:
            out.append([self._value(t, s, v, strings) for t, s, v in row])
        return out

    def _collect(self, stream: IO[bytes], raw: list[list[tuple[str, str, str]]]) -> None:
        row_number = 0
        cell: tuple[str, str, int] | None = None
        value = ""
        texts: list[str] = []
        for event, el in iterparse(stream, events=("start", "end")):
            tag = el.tag
            if event == "start":
                if tag == f"{_MAIN}row":
                    row_number = int(el.get("r") or row_number + 1)
                    if row_number > HEAD_ROWS:
                        return
                    while len(raw) < row_number:
                        raw.append([])
                elif tag == f"{_MAIN}c":
                    ref = _CELL.match(el.get("r") or "")
                    column = _column(ref.group(1)) if ref else len(raw[row_number - 1])
                    if column >= _COLUMNS:
                        # Past XFD no spreadsheet has a column: padding up to it would fill
                        # the app's memory (the preview reads in the app's own process).
                        raise DamagedSpreadsheet(self.path)
                    cell = (el.get("t") or "n", el.get("s") or "0", column)
                    value, texts = "", []
                continue
            if tag == f"{_MAIN}v":
                value = el.text or ""
            elif tag == f"{_MAIN}t" and cell is not None:
                texts.append(el.text or "")
            elif tag == f"{_MAIN}c" and cell is not None:
                kind, style, column = cell
                row = raw[row_number - 1]
                while len(row) < column:
                    row.append(("", "0", ""))
                row.append((kind, style, "".join(texts) if kind == "inlineStr" else value))
                cell = None
            elif tag == f"{_MAIN}row":
                el.clear()

    def _shared_strings(self, needed: int) -> list[str]:
        strings: list[str] = []
        if needed < 0 or self.strings_part is None:
            return strings
        with self.zf.open(self.strings_part) as stream:
            for _event, el in iterparse(stream, events=("end",)):
                if el.tag == f"{_MAIN}si":
                    # Rich text keeps its runs in <r><t>; phonetic hints (<rPh>) are no text.
                    strings.append(
                        "".join(
                            t.text or "" for t in el.iter(f"{_MAIN}t") if t not in _phonetic(el)
                        )
                    )
                    el.clear()
                    if len(strings) > needed:
                        break
        return strings

    def _value(self, kind: str, style: str, value: str, strings: list[str]) -> object:
        if kind == "s":
            i = int(value) if value else -1
            return strings[i] if 0 <= i < len(strings) else ""
        if kind in ("str", "inlineStr"):
            return value
        if kind == "b":
            return value == "1"
        if kind == "e" or not value:
            return value
        number = float(value)
        if int(style) in self.date_styles:
            moment = self.epoch + timedelta(seconds=round(number * 86400))
            if 0 <= number < 1:
                return moment.time()  # a time of day without a date, as calamine gives it
            return moment.date() if moment.time() == datetime.min.time() else moment
        return number


def _phonetic(si: Any) -> set[Any]:
    return {t for rph in si.iter(f"{_MAIN}rPh") for t in rph.iter(f"{_MAIN}t")}


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1
