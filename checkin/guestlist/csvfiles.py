"""Reading CSV and text exports: any of , ; tab; UTF-8 with or without BOM, UTF-16, Windows-1252.

The shapes Excel and web shops write: semicolons and Windows-1252 from a
Dutch Windows laptop, a "sep=;" hint on the first line, "Unicode text" that is
UTF-16 with tabs. The file is decoded once (that text is the one copy held);
its rows are parsed as they are read.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from checkin.errors import FileNotFound, NotASpreadsheet
from checkin.guestlist.book import Book, Sheet


def decode(path: Path, data: bytes) -> str:
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
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


def sniff_delimiter(lines: list[str]) -> str:
    best, best_score = ",", (0, 0)
    for delimiter in (",", ";", "\t"):
        widths = [len(r) for r in csv.reader(lines, delimiter=delimiter) if any(r)]
        common = Counter(w for w in widths if w > 1).most_common(1)
        score = (common[0][1], common[0][0]) if common else (0, 0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def open_csv(path: Path) -> Book:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileNotFound(path, exc.strerror or "") from exc
    text = decode(path, data)
    del data
    sample = text[:65536].splitlines()[:50]
    # Excel's own hint on the first line ("sep=;") names the delimiter outright.
    hint = sample[0].strip() if sample else ""
    named = hint[4:] if len(hint) == 5 and hint.casefold().startswith("sep=") else ""
    delimiter = named or sniff_delimiter(sample)

    def rows(first: int) -> Iterator[Sequence[object]]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for number, row in enumerate(reader, start=1):
                if number < first:
                    continue
                # The hint line is an empty row, so that row numbers stay those of the file.
                yield [] if named and number == 1 else row
        except csv.Error as exc:
            raise NotASpreadsheet(path, str(exc)) from exc

    def size() -> int | None:
        return text.count("\n") + 1

    return Book(path, [], [Sheet(None, rows, size)])
