"""Looking at a file before any reader does: what it is, and whether it is safe to read.

Decided from the bytes, never from the name alone, so a PDF renamed .xlsx, an
.xls renamed .xlsx or an .xlsx saved with a password each get their own
sentence. Inside a zip package (.xlsx, .xlsm, .xlsb, .ods) every XML part is
refused if it declares a DTD before its root element: Excel and LibreOffice
never write one, and entity bombs always need one. The readers would not
expand the entities anyway (calamine's XML parser knows none; the preview's
Python parser is defusedxml), so this is the first of two guards.
"""

from __future__ import annotations

import codecs
import enum
import zipfile
import zlib
from pathlib import Path
from typing import IO

from checkin.errors import (
    DamagedSpreadsheet,
    FileNotFound,
    NotASpreadsheet,
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


SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xltx", ".xltm", ".xlsb", ".xls", ".xlt",
                                  ".ods", ".ots"})
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
    if info.file_size > _PART_LIMIT or (info.file_size > 64 << 20
                                        and info.file_size / packed > _RATIO_LIMIT):
        raise UnsafeSpreadsheet(
            path, f"{info.filename} would unpack to {info.file_size / (1 << 30):.1f} GB")


def _declares_dtd(part: IO[bytes]) -> bool:
    """Whether an XML part has a DOCTYPE (or any other <! declaration) before its root."""
    read = part.read
    raw = read(4096)
    encoding = "utf-16" if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) \
        else "utf-8"
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
