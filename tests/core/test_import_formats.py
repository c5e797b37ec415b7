"""One guest list in every format an organiser sends: .xlsx, and .xls and .ods written by
LibreOffice, all imported into real event files, must give the same guests.

The .xls and .ods are made by LibreOffice in the test where ``soffice`` is
installed, and also committed (tests/core/data/, written by LibreOffice from
this same list by ``python -m tests.core.test_import_formats``) for machines
without it. Numbers typed as codes, text codes with leading zeros, dates,
accents, tussenvoegsels, status words meaning cancelled or pending, rows
without a name, a styled-but-empty row: each survives each format.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import PatternFill

from checkin import codes
from checkin.door import DoorService, Verdict
from checkin.errors import ProtectedSpreadsheet
from checkin.guestlist import import_guest_list, preview
from checkin.store import Store
from tests.conftest import T0, Clock

DATA = Path(__file__).parent / "data"
PASSWORD = "geheim"

ROWS: list[list[object]] = [
    ["Gastenlijst Inspiratiesessie Nieuw-West"],
    [],
    [
        "Voornaam",
        "Tussenvoegsel",
        "Achternaam",
        "Organisatie",
        "E-mailadres",
        "Ticket nr.",
        "Status",
        "Aangemeld op",
        "Tafel",
    ],
    ["Zoë", None, "Yılmaz", "Studio Ğ", "zoe@example.nl", 100234, "Ja", date(2021, 5, 3), 7],
    [
        "Anna",
        "van den",
        "Berg",
        "Podium Mozaïek",
        "anna@example.nl",
        "000123",
        "ja",
        date(2021, 5, 4),
        None,
    ],
    [
        "Emre",
        None,
        "Çelik",
        "Hiphophuis West",
        "emre@example.nl",
        100234567890,
        "Wachtlijst",
        None,
        None,
    ],
    ["Jan", None, "de Vries", "Gemeente Amsterdam", "jan@example.nl", None, "Afgemeld", None, None],
    [None] * 9,  # styled but empty
    ["Lotte", None, "Dam", "Filmhuis", "lotte@example.nl", None, "Niet betaald", None, 2],
    ["Søren", None, "Østergaard", None, None, 100236, "Awaiting payment", None, None],
    [None, None, None, "Zonder Naam BV", "wie@example.nl", None, "Ja", None, None],
    [None, None, None, None, None, 100237, "Ja", None, None],
]
STYLED_EMPTY = 8


def write_list(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Gasten"
    for row in ROWS:
        ws.append(row)
    for c in range(1, 10):
        ws.cell(row=STYLED_EMPTY, column=c).fill = PatternFill("solid", fgColor="FFFF00")
    wb.save(path)
    return path


def convert(source: Path, suffix: str, folder: Path) -> Path:
    """The list saved by LibreOffice as .xls or .ods, the way an organiser's office does."""
    profile = folder / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            suffix,
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    out = folder / (source.stem + "." + suffix)
    assert out.is_file(), f"LibreOffice wrote no {out.name}"
    return out


def guests_of(path: Path, folder: Path) -> list[tuple[object, ...]]:
    event = folder / f"{path.name}.checkin"
    with Store.create(event, name="Formats", capacity=50, now=T0) as store:
        report = import_guest_list(store, path, now=T0)
        assert (report.imported, report.cancelled, report.pending) == (8, 1, 3)
        assert [n.row for n in report.name_missing] == [11, 12] and report.skipped == ()
        return [
            (
                g.name,
                g.first_name,
                g.middle,
                g.last_name,
                g.organisation,
                g.email,
                "generated" if codes.tag_of(g.code) == store.event().tag else g.code,
                g.status.value,
                g.name_missing,
                g.seat,
                g.extra,
            )
            for g in store.guests()
        ]


EXPECTED = [
    (
        "Anna van den Berg",
        "Anna",
        "van den",
        "Berg",
        "Podium Mozaïek",
        "anna@example.nl",
        "000123",
        "not_arrived",
        False,
        "",
        {"Aangemeld op": "2021-05-04"},
    ),
    (
        "Emre Çelik",
        "Emre",
        "",
        "Çelik",
        "Hiphophuis West",
        "emre@example.nl",
        "100234567890",
        "pending",
        False,
        "",
        {},
    ),
    (
        "Lotte Dam",
        "Lotte",
        "",
        "Dam",
        "Filmhuis",
        "lotte@example.nl",
        "generated",
        "pending",
        False,
        "2",
        {},
    ),
    ("100237", "", "", "", "", "", "100237", "not_arrived", True, "", {}),
    ("Søren Østergaard", "Søren", "", "Østergaard", "", "", "100236", "pending", False, "", {}),
    (
        "Jan de Vries",
        "Jan",
        "de",
        "Vries",
        "Gemeente Amsterdam",
        "jan@example.nl",
        "generated",
        "cancelled",
        False,
        "",
        {},
    ),
    (
        "wie@example.nl",
        "",
        "",
        "",
        "Zonder Naam BV",
        "wie@example.nl",
        "generated",
        "not_arrived",
        True,
        "",
        {},
    ),
    (
        "Zoë Yılmaz",
        "Zoë",
        "",
        "Yılmaz",
        "Studio Ğ",
        "zoe@example.nl",
        "100234",
        "not_arrived",
        False,
        "7",
        {"Aangemeld op": "2021-05-03"},
    ),
]


@pytest.fixture
def xlsx(tmp_path: Path) -> Path:
    return write_list(tmp_path / "gastenlijst.xlsx")


def test_the_xlsx_itself(xlsx: Path, tmp_path: Path) -> None:
    got = guests_of(xlsx, tmp_path)
    assert sorted(got, key=repr) == sorted(EXPECTED, key=repr)


@pytest.mark.parametrize("suffix", ["xls", "ods"])
def test_committed_libreoffice_files_import_the_same_guests(
    xlsx: Path, tmp_path: Path, suffix: str
) -> None:
    committed = DATA / f"gastenlijst.{suffix}"
    assert guests_of(committed, tmp_path) == guests_of(xlsx, tmp_path)


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed; the committed files stand in",
)
@pytest.mark.parametrize("suffix", ["xls", "ods"])
def test_libreoffice_written_now_imports_the_same_guests(
    xlsx: Path, tmp_path: Path, suffix: str
) -> None:
    written = convert(xlsx, suffix, tmp_path / "lo")
    assert guests_of(written, tmp_path) == guests_of(xlsx, tmp_path)
    shown = preview(written)
    assert (shown.sheet, shown.header_row) == ("Gasten", 3)
    assert shown.rows[0][:6] == ["Zoë", "", "Yılmaz", "Studio Ğ", "zoe@example.nl", "100234"]


@pytest.mark.parametrize("suffix", ["xlsx", "xls", "ods"])
def test_the_preview_reads_each_format_alike(xlsx: Path, suffix: str) -> None:
    path = xlsx if suffix == "xlsx" else DATA / f"gastenlijst.{suffix}"
    shown = preview(path, rows=3)
    assert (shown.sheet, shown.header_row) == ("Gasten", 3)
    assert [c.field for c in shown.columns] == [
        "first_name",
        "middle",
        "last_name",
        "organisation",
        "email",
        "code",
        "status",
        None,
        "seat",
    ]
    assert shown.rows[0] == [
        "Zoë",
        "",
        "Yılmaz",
        "Studio Ğ",
        "zoe@example.nl",
        "100234",
        "Ja",
        "2021-05-03",
        "7",
    ]
    assert shown.rows[1][5] == "000123"


@pytest.mark.parametrize("suffix", ["xls", "ods"])
def test_a_file_saved_with_a_password_is_one_sentence_and_changes_nothing(
    store: Store, suffix: str
) -> None:
    path = DATA / f"gastenlijst-wachtwoord.{suffix}"
    before = store.guests()
    with pytest.raises(ProtectedSpreadsheet) as caught:
        import_guest_list(store, path)
    assert str(caught.value).startswith(path.name) and "password" in str(caught.value)
    assert store.guests() == before
    with pytest.raises(ProtectedSpreadsheet):
        preview(path)


def test_an_xls_named_xlsx_is_read_for_what_it_is(tmp_path: Path, xlsx: Path) -> None:
    renamed = tmp_path / "export.xlsx"
    shutil.copy(DATA / "gastenlijst.xls", renamed)
    assert guests_of(renamed, tmp_path) == guests_of(xlsx, tmp_path)


def test_reimport_with_a_new_code_keeps_the_old_one_as_replaced(
    xlsx: Path, tmp_path: Path, clock: Clock
) -> None:
    with Store.create(tmp_path / "e.checkin", name="Formats", capacity=50, now=T0) as store:
        import_guest_list(store, xlsx, now=T0)
        zoe = next(g for g in store.guests() if g.email == "zoe@example.nl")
        door = DoorService(store, "main", clock=clock)
        assert door.scan("100234").verdict is Verdict.ADMITTED
        # The ticket shop re-issued Zoë's ticket: the new list has a new number for her.
        wb = openpyxl.load_workbook(xlsx)
        wb["Gasten"]["F4"] = 900234
        wb.save(tmp_path / "v2.xlsx")
        report = import_guest_list(store, tmp_path / "v2.xlsx", now=clock())
        assert (report.imported, report.updated) == (0, 1)  # only Zoë changed
        after = store.guest(zoe.id)
        assert after.code == "900234" and after.presence is zoe.presence.INSIDE
        assert after.entries == 1  # her check-in is kept
        old = door.scan("100234")
        assert old.verdict is Verdict.REVOKED and old.guest is not None
        assert old.guest.id == zoe.id
        # Importing the first list again gives her the old code back; the new one is replaced.
        import_guest_list(store, xlsx, now=clock())
        assert store.guest(zoe.id).code == "100234"
        # A replaced badge still lets its guest out (docs/door-rules.md), never in again.
        assert door.scan("900234", exit=True).verdict is Verdict.EXITED
        assert door.scan("900234").verdict is Verdict.REVOKED


def _write_fixtures() -> None:
    """Write the committed files with LibreOffice: the list as .xls and .ods, and both again
    saved with the password "geheim" (through LibreOffice's own Python, UNO)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = write_list(folder / "gastenlijst.xlsx")
        for suffix in ("xls", "ods"):
            shutil.copy(convert(source, suffix, folder), DATA / f"gastenlijst.{suffix}")
        script = Path(__file__).with_name("data") / "save_with_password.py"
        subprocess.run(
            ["/usr/bin/python3", str(script), str(source), str(DATA), PASSWORD],
            check=True,
            timeout=180,
        )


if __name__ == "__main__":
    _write_fixtures()
    sys.exit(0)
