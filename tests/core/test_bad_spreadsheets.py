"""Tiny files that would make the reader ask for gigabytes: one sentence, nothing changed.

The files are written here by hand (XML into a zip), as small as the ones found:
an .xlsx of 1.5 KB whose second cell is XFD1048576, an .ods of 800 bytes whose
repeat counts reach the same corner. python-calamine (Rust) aborts the process
when it cannot get the memory; the import must neither abort nor change the event.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from checkin.errors import Cancelled, DamagedSpreadsheet, OversizedSpreadsheet, ReaderStopped
from checkin.guestlist import import_guest_list, preview
from checkin.guestlist.reading import ReadLimits, open_book
from checkin.store import Store

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
    'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
    '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
    'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.'
    'openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.'
    'openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet '
    'name="Gasten" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://'
    'schemas.openxmlformats.org/package/2006/relationships"><Relationship '
    'Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)


def _cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def write_xlsx(path: Path, rows: str, dimension: str = "") -> Path:
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.'
        f'openxmlformats.org/spreadsheetml/2006/main">{dimension}<sheetData>{rows}'
        "</sheetData></worksheet>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
    return path


def far_cell_xlsx(path: Path) -> Path:
    """A header, one guest, and one cell at XFD1048576: calamine asks for 549 GB."""
    return write_xlsx(
        path,
        '<row r="1">'
        + _cell("A1", "Naam")
        + '</row><row r="2">'
        + _cell("A2", "Anna de Vries")
        + '</row><row r="1048576">'
        + _cell("XFD1048576", "x")
        + "</row>",
    )


_ODS_CELL = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'


_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:'
    'oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/'
    'vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path='
    '"content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
)


def write_ods(path: Path, body: str) -> Path:
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office='
        '"urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:'
        'names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:'
        'opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
        '<office:spreadsheet><table:table table:name="Gasten">'
        + body
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", _MANIFEST)
        z.writestr("content.xml", content)
    return path


def far_ods(path: Path) -> Path:
    """Repeat counts that reach column 16,382 and row 1,048,572 with a value there."""
    return write_ods(
        path,
        "<table:table-row>"
        + _ODS_CELL.format("Naam")
        + '<table:table-cell table:number-columns-repeated="16380"/>'
        + _ODS_CELL.format("x")
        + "</table:table-row>"
        + '<table:table-row table:number-rows-repeated="1048570"><table:table-cell/>'
        + "</table:table-row><table:table-row>"
        + _ODS_CELL.format("x")
        + "</table:table-row>",
    )


def repeated_value_ods(path: Path, rows: int, columns: int) -> Path:
    """One value repeated over a rectangle: 800 bytes that read as rows x columns cells."""
    return write_ods(
        path,
        f'<table:table-row table:number-rows-repeated="{rows}">'
        '<table:table-cell office:value-type="string" '
        f'table:number-columns-repeated="{columns}"><text:p>x</text:p>'
        "</table:table-cell></table:table-row>",
    )


_BARE_READ = """
import resource, sys
import python_calamine as pc
resource.setrlimit(resource.RLIMIT_AS, (1 << 30, resource.RLIM_INFINITY))
book = pc.CalamineWorkbook.from_path(sys.argv[1])
book.get_sheet_by_name("Gasten")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_AS is POSIX")
def test_the_bare_reader_aborts_on_the_far_cell(tmp_path: Path) -> None:
    """The harm itself, reproduced: calamine alone kills its process with SIGABRT."""
    path = far_cell_xlsx(tmp_path / "far.xlsx")
    assert path.stat().st_size < 2000
    done = subprocess.run(
        [sys.executable, "-c", _BARE_READ, str(path)], capture_output=True, timeout=120, check=False
    )
    assert done.returncode == -signal.SIGABRT
    assert b"memory allocation of 549755813888 bytes failed" in done.stderr


def _guests(store: Store) -> list[tuple[str, str | None]]:
    return sorted((g.name, g.email) for g in store.guests())


@pytest.mark.parametrize("make", [far_cell_xlsx, far_ods], ids=["xlsx", "ods"])
def test_a_far_cell_is_one_sentence_and_changes_nothing(
    store: Store, tmp_path: Path, make: object
) -> None:
    suffix = ".xlsx" if make is far_cell_xlsx else ".ods"
    path = make(tmp_path / f"gasten{suffix}")  # type: ignore[operator]
    assert path.stat().st_size < 2000
    before = _guests(store)
    with pytest.raises(OversizedSpreadsheet) as caught:
        import_guest_list(store, path)
    text = str(caught.value)
    assert text.startswith(f'gasten{suffix}: the sheet "Gasten" reaches cell ')
    assert "far beyond any guest list; the file was not read and nothing was changed." in text
    assert "\n" not in text
    assert _guests(store) == before
    if suffix == ".ods":  # read by calamine for the preview too
        with pytest.raises(OversizedSpreadsheet):
            preview(path)
    else:  # the preview reads an .xlsx's first rows itself, in Python: harmless
        assert preview(path).rows == [["Anna de Vries"]]


def test_a_dimension_far_away_alone_is_harmless(store: Store, tmp_path: Path) -> None:
    """<dimension ref="A1:XFD1048576"> is only a hint: the list imports."""
    path = write_xlsx(
        tmp_path / "gasten.xlsx",
        '<row r="1">'
        + _cell("A1", "Naam")
        + '</row><row r="2">'
        + _cell("A2", "Anna de Vries")
        + "</row>",
        dimension='<dimension ref="A1:XFD1048576"/>',
    )
    report = import_guest_list(store, path)
    assert report.imported == 1


def test_the_reader_abort_is_caught_and_said(tmp_path: Path) -> None:
    """With the extent check out of the way, calamine really aborts, in the child only."""
    path = far_cell_xlsx(tmp_path / "far.xlsx")
    limits = ReadLimits(cells=1 << 62, memory=1 << 30)
    with pytest.raises(ReaderStopped) as caught:
        open_book(path, limits=limits)
    assert caught.value.why == "memory"
    assert str(caught.value) == (
        "far.xlsx could not be read: the reader stopped (it needed "
        "more memory than a guest list may take); nothing was changed."
    )


def test_rows_over_the_memory_bound_stop_the_reader(tmp_path: Path) -> None:
    """A file past the cell limit but under the extent check's eye: the memory bound holds."""
    path = repeated_value_ods(tmp_path / "rep.ods", 1_000_000, 4)
    assert path.stat().st_size < 1000
    with pytest.raises(ReaderStopped) as caught:
        open_book(path, limits=ReadLimits(memory=300 << 20))
    assert caught.value.why == "memory"


@pytest.mark.parametrize(
    ("rows", "columns"),
    [
        (100_000, 16_000),  # 1.6 billion cells: calamine refuses it itself, as "damaged"
        (1_000_000, 99),  # 99 million: under calamine's own limit, 3.1 GB to read
    ],
)
def test_the_extent_limit_counts_repeats(tmp_path: Path, rows: int, columns: int) -> None:
    path = repeated_value_ods(tmp_path / "rep.ods", rows, columns)
    assert path.stat().st_size < 1000
    with pytest.raises(OversizedSpreadsheet) as caught:
        open_book(path)
    assert (caught.value.height, caught.value.width) == (rows, columns)


def test_the_reader_has_a_deadline_and_a_cancel(tmp_path: Path) -> None:
    path = repeated_value_ods(tmp_path / "rep.ods", 1_000_000, 4)
    started = time.monotonic()
    with pytest.raises(ReaderStopped) as caught:
        open_book(path, limits=ReadLimits(seconds=0.3))
    assert caught.value.why == "time"
    assert time.monotonic() - started < 10
    with pytest.raises(Cancelled):
        open_book(path, cancelled=lambda: True)


def test_the_command_line_says_one_sentence(tmp_path: Path) -> None:
    event = tmp_path / "feest.checkin"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "checkin.cli",
            "new",
            str(event),
            "--name",
            "Feest",
            "--capacity",
            "100",
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    path = far_cell_xlsx(tmp_path / "gasten.xlsx")
    done = subprocess.run(
        [sys.executable, "-m", "checkin.cli", "import", str(event), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().startswith('checkin: gasten.xlsx: the sheet "Gasten" reaches cell')
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr


def test_a_self_closing_repeated_row_is_counted(tmp_path: Path) -> None:
    """Rows the row-by-row scan cannot see (self-closing) send it to the tag-by-tag walk."""
    path = write_ods(
        tmp_path / "gat.ods",
        "<table:table-row>"
        + _ODS_CELL.format("Naam")
        + '</table:table-row><table:table-row table:number-rows-repeated="1048570"/>'
        + "<table:table-row>"
        + _ODS_CELL.format("x") * 20
        + "</table:table-row>",
    )
    with pytest.raises(OversizedSpreadsheet) as caught:
        open_book(path)
    assert (caught.value.height, caught.value.width) == (1_048_572, 20)


def test_empty_cells_at_the_end_of_each_row_are_no_extent(store: Store, tmp_path: Path) -> None:
    """LibreOffice ends every row with one empty cell repeated 16,000-fold, and the sheet
    with an empty row repeated a million-fold: 2,000 guests are still 2,000 rows by 1."""
    end = '<table:table-cell table:number-columns-repeated="16383"/></table:table-row>'
    rows = ["<table:table-row>" + _ODS_CELL.format("Naam") + end]
    rows += ["<table:table-row>" + _ODS_CELL.format(f"Gast {i}") + end for i in range(2000)]
    rows.append(
        '<table:table-row table:number-rows-repeated="1046575">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>'
    )
    path = write_ods(tmp_path / "lang.ods", "".join(rows))
    assert import_guest_list(store, path).imported == 2000


def test_the_preview_refuses_a_column_past_xfd(tmp_path: Path) -> None:
    """The .xlsx preview reads its head in the app's own process: a cell at column ZZZZZZ
    (308 million columns to pad) is a damaged file, said at once."""
    path = write_xlsx(
        tmp_path / "breed.xlsx",
        '<row r="1">' + _cell("A1", "Naam") + _cell("ZZZZZZ1", "x") + "</row>",
    )
    started = time.monotonic()
    with pytest.raises(DamagedSpreadsheet):
        preview(path)
    assert time.monotonic() - started < 10
