"""Files that cannot be used: one sentence naming the file, exit 2, and nothing changed.

Each case is a real file of the kind that reaches an organiser's inbox, written
by the test. The event already holds the five guests of the ``store`` fixture;
after every failed import they must be exactly as they were.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest

from checkin.cli import main
from checkin.errors import (
    DamagedSpreadsheet,
    EmptyGuestList,
    FileNotFound,
    InputFileError,
    NoNameColumn,
    NotASpreadsheet,
    ProtectedSpreadsheet,
    SheetNotFound,
    UnsafeSpreadsheet,
    UnsupportedFormat,
)
from checkin.guestlist import import_guest_list, preview
from checkin.store import Store


def xlsx(path: Path, rows: list[list[object]], title: str = "Gasten") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def good_list(path: Path) -> Path:
    return xlsx(path, [["Naam", "E-mail"], ["Nieuwe Gast", "nieuw@example.nl"]])


MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def excel_package(
    path: Path, *, strings_prolog: str = "", sheet_prolog: str = "", name_cell: str = "Nieuwe Gast"
) -> Path:
    """An .xlsx the way Excel writes one: cells point into a shared-strings part.

    The prologs go between the XML declaration and the root element, where a
    DTD would stand; ``name_cell`` is the text of the one guest's name.
    """
    strings = ["Naam", "E-mail", name_cell, "nieuw@example.nl"]
    sst = (
        XML_DECL
        + strings_prolog
        + f'<sst xmlns="{MAIN}" count="4" uniqueCount="4">'
        + "".join(f"<si><t>{t}</t></si>" for t in strings)
        + "</sst>"
    )
    rows = "".join(
        f'<row r="{r}"><c r="A{r}" t="s"><v>{a}</v></c><c r="B{r}" t="s"><v>{b}</v></c></row>'
        for r, a, b in ((1, 0, 1), (2, 2, 3))
    )
    sheet = (
        XML_DECL + sheet_prolog + f'<worksheet xmlns="{MAIN}"><dimension ref="A1:B2"/>'
        f"<sheetData>{rows}</sheetData></worksheet>"
    )
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
            f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}.worksheet+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
            f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets>'
            '<sheet name="Gasten" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{PKG}">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
            "</Relationships>"
        ),
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": sst,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)
    return path


# Billion laughs, kept small: nine levels of ten, which would be 10^8 letters "a".
BOMB_DTD = (
    '<!DOCTYPE sst [\n <!ENTITY a "aaaaaaaaaa">\n'
    + "".join(
        f' <!ENTITY {b} "{("&" + a + ";") * 10}">\n'
        for a, b in zip("abcdefgh", "bcdefghi", strict=True)
    )
    + "]>\n"
)


def bomb_in_shared_strings(path: Path) -> Path:
    return excel_package(path, strings_prolog=BOMB_DTD, name_cell="&i;")


def bomb_behind_a_long_comment(path: Path) -> Path:
    """The DTD pushed far past the first bytes, so defusedxml inside openpyxl must catch it."""
    padding = "<!-- " + "x" * 20000 + " -->\n"
    return excel_package(path, strings_prolog=padding + BOMB_DTD, name_cell="&i;")


def bomb_in_the_sheet(path: Path) -> Path:
    padding = "<!-- " + "x" * 20000 + " -->\n"
    return excel_package(path, sheet_prolog=padding + BOMB_DTD.replace("sst", "worksheet"))


def replace_part(path: Path, part: str, make: Callable[[bytes], bytes]) -> Path:
    """Rewrite one part of an .xlsx package, the others copied as they are."""
    with zipfile.ZipFile(path) as src:
        parts = {i.filename: src.read(i) for i in src.infolist()}
    parts[part] = make(parts[part])
    path.unlink()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    return path


def truncated(path: Path) -> Path:
    good_list(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def broken_sheet_xml(path: Path) -> Path:
    good_list(path)
    return replace_part(path, "xl/worksheets/sheet1.xml", lambda d: d[: len(d) // 2])


def pdf(path: Path) -> Path:
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n")
    return path


def old_xls(path: Path) -> Path:
    # The OLE2 compound-file signature that every .xls (and every encrypted .xlsx) starts with.
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504))
    return path


def numbers(path: Path) -> Path:
    """An Apple Numbers document: a zip of binary .iwa parts that no reader of ours knows."""
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("Index/Document.iwa", bytes(64))
    return path


def encrypted_ooxml(path: Path) -> Path:
    """The shape of an .xlsx saved with a password: an OLE container whose directory names
    the EncryptionInfo and EncryptedPackage streams (built by hand; the real LibreOffice
    files with a password are in test_import_formats.py)."""
    names = b"".join(
        n.encode("utf-16-le").ljust(128, b"\x00")
        for n in ("Root Entry", "EncryptionInfo", "EncryptedPackage")
    )
    path.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504) + names + bytes(1024))
    return path


def zip_bomb(path: Path) -> Path:
    """A sheet that packs 80 MB of nothing into a few kilobytes."""
    good_list(path)
    return replace_part(
        path, "xl/worksheets/sheet1.xml", lambda d: d + b"<!-- " + b" " * (80 << 20) + b" -->"
    )


def ods(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    return path


def docx_renamed(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return path


def empty_workbook(path: Path) -> Path:
    openpyxl.Workbook().save(path)
    return path


def header_only(path: Path) -> Path:
    return xlsx(path, [["Voornaam", "Achternaam", "E-mail"]])


def no_name_column(path: Path) -> Path:
    return xlsx(path, [["E-mail", "Organisatie"], ["a@example.nl", "Mozaïek"]])


def binary_csv(path: Path) -> Path:
    path.write_bytes(b"\x00\x01\x02\x03Naam\x00\xff\xfe" * 10)
    return path


def missing(path: Path) -> Path:
    return path


CASES: list[tuple[str, Callable[[Path], Path], type[InputFileError], str]] = [
    ("report.xlsx", pdf, NotASpreadsheet, "not a spreadsheet"),
    ("lijst.xlsx", truncated, DamagedSpreadsheet, "damaged"),
    ("lijst.xlsx", broken_sheet_xml, DamagedSpreadsheet, "damaged"),
    ("lijst.xls", old_xls, DamagedSpreadsheet, "damaged"),
    ("lijst.xlsx", old_xls, DamagedSpreadsheet, "damaged"),
    ("lijst.ods", ods, DamagedSpreadsheet, "damaged"),
    ("lijst.numbers", numbers, UnsupportedFormat, "save it as .xlsx"),
    ("brief.xlsx", docx_renamed, NotASpreadsheet, "not a spreadsheet"),
    ("lijst.xlsb", docx_renamed, NotASpreadsheet, "not a spreadsheet"),
    ("geheim.xlsx", encrypted_ooxml, ProtectedSpreadsheet, "password"),
    ("groot.xlsx", zip_bomb, UnsafeSpreadsheet, "would unpack"),
    ("leeg.xlsx", empty_workbook, EmptyGuestList, "no guests"),
    ("kop.xlsx", header_only, EmptyGuestList, "no guests"),
    ("adressen.xlsx", no_name_column, NoNameColumn, '"E-mail", "Organisatie"'),
    ("bom.xlsx", bomb_in_shared_strings, UnsafeSpreadsheet, "forbidden XML"),
    ("bom2.xlsx", bomb_behind_a_long_comment, UnsafeSpreadsheet, "forbidden XML"),
    ("bom3.xlsx", bomb_in_the_sheet, UnsafeSpreadsheet, "forbidden XML"),
    ("rommel.csv", binary_csv, NotASpreadsheet, "not a spreadsheet"),
    ("weg.xlsx", missing, FileNotFound, "no such file"),
]


@pytest.mark.parametrize(
    ("name", "make", "error", "words"), CASES, ids=[f"{c[1].__name__}-{c[0]}" for c in CASES]
)
def test_bad_file_changes_nothing(
    tmp_path: Path,
    store: Store,
    name: str,
    make: Callable[[Path], Path],
    error: type[InputFileError],
    words: str,
) -> None:
    path = make(tmp_path / name)
    before, imports = store.guests(), store.imports()
    with pytest.raises(error) as caught:
        import_guest_list(store, path)
    assert type(caught.value) is error
    sentence = str(caught.value)
    assert sentence.startswith(name) and words in sentence and "\n" not in sentence
    assert store.guests() == before and store.imports() == imports


@pytest.mark.parametrize(
    ("name", "make", "error", "words"), CASES, ids=[f"{c[1].__name__}-{c[0]}" for c in CASES]
)
def test_cli_says_one_line_and_exits_2(
    tmp_path: Path,
    store: Store,
    event_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    make: Callable[[Path], Path],
    error: type[InputFileError],
    words: str,
) -> None:
    path = make(tmp_path / name)
    before = store.guests()
    assert main(["import", str(event_path), str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and name in lines[0] and words in lines[0]
    assert "Traceback" not in captured.err
    assert store.guests() == before


def test_sheet_not_found_lists_the_sheets(
    tmp_path: Path, store: Store, event_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = good_list(tmp_path / "lijst.xlsx")
    before = store.guests()
    with pytest.raises(SheetNotFound) as caught:
        import_guest_list(store, path, sheet="Gastenlijst")
    assert caught.value.sheets == ["Gasten"]
    assert str(caught.value) == (
        'lijst.xlsx: there is no sheet "Gastenlijst"; the sheets are "Gasten".'
    )
    assert main(["import", str(event_path), str(path), "--sheet", "Gastenlijst"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == ['checkin: lijst.xlsx: there is no sheet "Gastenlijst"; the sheets are "Gasten".']
    assert store.guests() == before


def test_no_name_column_names_the_columns_and_the_sheet(tmp_path: Path, store: Store) -> None:
    path = no_name_column(tmp_path / "adressen.xlsx")
    with pytest.raises(NoNameColumn) as caught:
        import_guest_list(store, path)
    assert caught.value.columns == ["E-mail", "Organisatie"]
    assert caught.value.sheet == "Gasten"


def test_preview_refuses_the_same_files(tmp_path: Path) -> None:
    with pytest.raises(UnsafeSpreadsheet):
        preview(bomb_in_shared_strings(tmp_path / "bom.xlsx"))
    with pytest.raises(DamagedSpreadsheet):
        preview(truncated(tmp_path / "kapot.xlsx"))
    with pytest.raises(EmptyGuestList):
        preview(empty_workbook(tmp_path / "leeg.xlsx"))


def test_the_hand_built_package_is_a_good_list_without_the_bomb(
    tmp_path: Path, store: Store
) -> None:
    """The control for the bomb cases: the same package with a harmless prolog imports."""
    path = excel_package(
        tmp_path / "excel.xlsx", strings_prolog="<!-- Excel -->\n", sheet_prolog="<!-- Excel -->\n"
    )
    report = import_guest_list(store, path)
    assert report.imported == 1
    assert {g.name for g in store.guests()} >= {"Nieuwe Gast"}


def test_a_good_file_after_the_bad_ones_still_imports(tmp_path: Path, store: Store) -> None:
    for name, make, error, _ in CASES:
        with pytest.raises(error):
            import_guest_list(store, make(tmp_path / f"x-{make.__name__}-{name}"))
    report = import_guest_list(store, good_list(tmp_path / "goed.xlsx"))
    assert report.imported == 1 and len(store.guests()) == 6
