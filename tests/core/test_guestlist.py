"""Guest lists in the shapes organisers send them, imported into a real event file."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import PatternFill

from checkin import codes
from checkin.cli import main
from checkin.door import DoorService, Verdict
from checkin.errors import Cancelled, InvalidValue, NoNameColumn
from checkin.guestlist import (
    FIELDS,
    Column,
    RowNote,
    field_for_header,
    import_guest_list,
    is_not_coming,
    is_pending,
    parse_count,
    preview,
    split_name,
)
from checkin.models import Guest, Presence
from checkin.store import Store
from tests.conftest import T0, Clock

Rows = list[list[object]]


def write_xlsx(path: Path, sheets: dict[str, Rows], *, styled_empty: tuple[int, ...] = ()) -> Path:
    """A real workbook; rows numbered in ``styled_empty`` get a fill but no value."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(row=r, column=c, value=value)
        for r in styled_empty:
            for c in range(1, 6):
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="FFFF00")
    wb.save(path)
    return path


def by_last(store: Store) -> dict[str, Guest]:
    return {g.last_name or g.name: g for g in store.guests()}


@pytest.fixture
def empty(tmp_path: Path) -> Store:
    s = Store.create(tmp_path / "new.checkin", name="Symposium", capacity=100, now=T0)
    yield s  # type: ignore[misc]
    s.close()


# --- an organiser's Dutch list -------------------------------------------------

DUTCH: Rows = [
    ["Gastenlijst Inspiratiesessie Nieuw-West"],  # 1 title
    ["Vrijdag 18 juni 2021, Podium Mozaïek"],  # 2 subtitle
    [],  # 3 blank
    [
        "Voornaam",
        "Tussenvoegsel",
        "Achternaam",
        "Organisatie",
        "E-mailadres (werk)",
        "Komt u?",
        "Opmerkingen",
        "Tafel",
        "Introducés",
        "Dieetwens",
    ],  # 4 header
    [
        "Anna",
        "van den",
        "Berg",
        "Podium Mozaïek",
        "anna@example.nl",
        "Ja",
        "spreker",
        1,
        0,
        "vegan",
    ],  # 5
    ["Zoë", None, "Yılmaz", "Studio Ğ", "ZOE@example.nl", "ja", None, 2, 1, None],  # 6
    [],  # 7 styled but empty
    [
        "Jan",
        None,
        "de Vries",
        "Gemeente Amsterdam",
        "jan@example.nl",
        "Nee",
        None,
        None,
        None,
        None,
    ],  # 8
    [None, None, None, "Zonder Naam BV", "wie@example.nl", "Ja", None, None, None, None],  # 9
    ["Zoë", None, "Yılmaz", "Studio Ğ", "zoe@example.nl", "Ja", "dubbel", 2, 1, None],  # 10
    ["Els", None, "De Smet", "Vlaams Cultuurhuis", None, "Ja", None, 3, "twee", None],  # 11
]


def test_dutch_list_with_title_rows_blank_rows_and_tussenvoegsel(
    tmp_path: Path, empty: Store
) -> None:
    path = write_xlsx(tmp_path / "Gastenlijst.xlsx", {"Gasten": DUTCH}, styled_empty=(7,))
    report = import_guest_list(empty, path, now=T0)

    assert (report.imported, report.updated, report.cancelled) == (5, 0, 1)
    # Row 9 has no name but an email: kept under the email as the list had it, and said so.
    assert report.skipped == ()
    assert report.name_missing == (RowNote(9, "name missing; imported as 'wie@example.nl'"),)
    assert report.duplicates == (RowNote(10, "same email as row 6"),)
    assert report.warnings[0].row == 11 and "'twee'" in report.warnings[0].reason
    assert report.sheet == "Gasten" and report.missing == ()

    guests = empty.guests()
    # Door-list order: under the last name, tussenvoegsel ignored (Berg, De Smet, Vries, Yılmaz).
    assert [g.name for g in guests] == [
        "Anna van den Berg",
        "Els De Smet",
        "Jan de Vries",
        "wie@example.nl",
        "Zoë Yılmaz",
    ]
    anna, els, jan, wie, zoe = guests
    assert wie.name_missing and wie.organisation == "Zonder Naam BV"
    assert not any(g.name_missing for g in (anna, els, jan, zoe))
    assert (anna.first_name, anna.middle, anna.last_name) == ("Anna", "van den", "Berg")
    assert anna.organisation == "Podium Mozaïek" and anna.email == "anna@example.nl"
    assert (anna.notes, anna.seat, anna.companions) == ("spreker", "1", 0)
    assert anna.extra == {"Dieetwens": "vegan"}
    assert not anna.cancelled and codes.is_generated(anna.code)
    # A last-name cell carrying its tussenvoegsel is split too.
    assert (jan.first_name, jan.middle, jan.last_name, jan.cancelled) == (
        "Jan",
        "de",
        "Vries",
        True,
    )
    assert (els.middle, els.last_name, els.companions) == ("", "De Smet", 0)
    assert (zoe.email, zoe.seat, zoe.companions, zoe.extra) == ("ZOE@example.nl", "2", 1, {})
    assert len({g.code for g in guests}) == 5
    assert empty.imports()[-1].skipped == 0 and empty.imports()[-1].duplicates == 1


def test_ticket_shop_export_with_barcodes_and_refunds(tmp_path: Path, empty: Store) -> None:
    rows: Rows = [
        [
            "Order #",
            "Order Date",
            "First Name",
            "Last Name",
            "Email",
            "Ticket Type",
            "Attendee #",
            "Barcode #",
            "Attendee Status",
            "Company",
        ],
        [
            1234567,
            "2021-05-01",
            "Mila",
            "Jansen",
            "mila@example.com",
            "Early bird",
            1,
            100234567890,
            "Attending",
            "Rijksmuseum",
        ],
        [
            1234568,
            "2021-05-02",
            "Omar",
            "El Amrani",
            "omar@example.com",
            "Regular",
            2,
            100234567891,
            "Refunded",
            "",
        ],
        [
            1234569,
            "2021-05-03",
            "Omar",
            "El Amrani",
            "omar@example.com",
            "Regular",
            3,
            100234567892,
            "Attending",
            "",
        ],
        [
            1234570,
            "2021-05-03",
            "Lotte",
            "Visser",
            "lotte@example.com",
            "Regular",
            4,
            100234567893,
            "Refunded",
            "",
        ],
        [
            1234571,
            "2021-05-04",
            "Mila",
            "Jansen",
            "mila@example.com",
            "Regular",
            5,
            100234567890,
            "Attending",
            "",
        ],
    ]
    path = write_xlsx(tmp_path / "eventbrite-report.xlsx", {"Attendees": rows})
    report = import_guest_list(empty, path, now=T0)
    assert (report.imported, report.cancelled) == (3, 1)
    # Omar's refunded order was bought again: the order he comes with is the one kept.
    assert report.duplicates == (
        RowNote(3, "same email as row 4, which is not cancelled and was kept"),
        RowNote(6, "same code as row 2"),
    )
    g = by_last(empty)
    assert g["Jansen"].code == "100234567890" and not g["Jansen"].cancelled
    assert g["Jansen"].ticket_type == "Early bird" and g["Jansen"].organisation == "Rijksmuseum"
    assert g["Jansen"].extra == {
        "Order #": "1234567",
        "Order Date": "2021-05-01",
        "Attendee #": "1",
    }
    assert g["El Amrani"].code == "100234567892" and not g["El Amrani"].cancelled
    assert g["Visser"].code == "100234567893" and g["Visser"].cancelled
    assert empty.guest_by_code("100234567890") == g["Jansen"]
    assert empty.guest_by_code("100234567891") is None


def test_forms_export_only_no_is_cancelled_and_full_names_are_split(
    tmp_path: Path, empty: Store
) -> None:
    rows: Rows = [
        ["Tijdstempel", "Naam", "E-mailadres", "Komt u?", "Aantal personen"],
        ["2021/06/01 10:00", "Jan de Vries", "jan@example.nl", "Ja", 2],
        ["2021/06/01 10:05", "Anna van den Berg", "anna@example.nl", "Misschien", 1],
        ["2021/06/01 10:07", "Berg, Piet van der", "piet@example.nl", "Nee", None],
        ["2021/06/01 10:09", "Kees van 't Hof", "kees@example.nl", "Maybe", 3],
    ]
    path = write_xlsx(tmp_path / "Formulierreacties.xlsx", {"Formulierreacties 1": rows})
    import_guest_list(empty, path, now=T0)
    g = {x.first_name: x for x in empty.guests()}
    assert {k: v.cancelled for k, v in g.items()} == {
        "Jan": False,
        "Anna": False,
        "Piet": True,
        "Kees": False,
    }
    assert (g["Jan"].middle, g["Jan"].last_name, g["Jan"].name) == ("de", "Vries", "Jan de Vries")
    assert (g["Piet"].middle, g["Piet"].last_name, g["Piet"].name) == (
        "van der",
        "Berg",
        "Piet van der Berg",
    )
    assert (g["Kees"].middle, g["Kees"].last_name) == ("van 't", "Hof")
    # "Aantal personen" counts the guest too: 2 people is one companion.
    assert {k: v.companions for k, v in g.items()} == {"Jan": 1, "Anna": 0, "Piet": 0, "Kees": 2}


def test_codes_typed_as_numbers_stay_text_and_missing_codes_are_generated(
    tmp_path: Path, empty: Store
) -> None:
    rows: Rows = [
        ["Name", "Ticket nr."],
        ["Ada Lovelace", 100234],
        ["Alan Turing", 100235.0],
        ["Grace Hopper", "000123"],
        ["Edsger Dijkstra", None],
    ]
    path = write_xlsx(tmp_path / "tickets.xlsx", {"Sheet1": rows})
    import_guest_list(empty, path, now=T0)
    got = {g.name: g.code for g in empty.guests()}
    assert got["Ada Lovelace"] == "100234" and got["Alan Turing"] == "100235"
    assert got["Grace Hopper"] == "000123"
    assert codes.tag_of(got["Edsger Dijkstra"]) == empty.event().tag


def test_list_on_the_second_sheet_behind_an_instructions_sheet(
    tmp_path: Path, empty: Store
) -> None:
    sheets: dict[str, Rows] = {
        "Instructies": [["Vul de lijst in op het tabblad Gasten."], ["Eén gast per regel."]],
        "Gasten": [["Naam", "Bedrijf"], ["Fatima Bakkali", "Mediamatic"]],
    }
    path = write_xlsx(tmp_path / "lijst.xlsx", sheets)
    report = import_guest_list(empty, path, now=T0)
    assert report.sheet == "Gasten" and report.imported == 1
    g = empty.guests()[0]
    assert (g.first_name, g.last_name, g.organisation) == ("Fatima", "Bakkali", "Mediamatic")
    p = preview(path)
    assert p.sheets == ["Instructies", "Gasten"] and p.sheet == "Gasten"


def test_explicit_sheet_is_used(tmp_path: Path, empty: Store) -> None:
    sheets: dict[str, Rows] = {
        "Dag 1": [["Naam"], ["Eerste Dag"]],
        "Dag 2": [["Naam"], ["Tweede Dag"], ["Nog Iemand"]],
    }
    path = write_xlsx(tmp_path / "dagen.xlsx", sheets)
    report = import_guest_list(empty, path, sheet="Dag 2", now=T0)
    assert report.sheet == "Dag 2"
    assert sorted(g.name for g in empty.guests()) == ["Nog Iemand", "Tweede Dag"]


# --- CSV ----------------------------------------------------------------------------


def test_windows_1252_semicolon_csv(tmp_path: Path, empty: Store) -> None:
    text = (
        "Voornaam;Achternaam;Organisatie;Opmerkingen\r\n"
        'Noë;Brûlé;Café Zoë;"allergie; noten"\r\n'
        ";;;\r\n"
        "René;Müller;Théâtre;\r\n"
    )
    path = tmp_path / "export.csv"
    path.write_bytes(text.encode("cp1252"))
    report = import_guest_list(empty, path, now=T0)
    assert report.imported == 2 and report.skipped == () and report.sheet is None
    g = by_last(empty)
    assert (g["Brûlé"].first_name, g["Brûlé"].organisation, g["Brûlé"].notes) == (
        "Noë",
        "Café Zoë",
        "allergie; noten",
    )
    assert g["Müller"].name == "René Müller"


def test_utf8_bom_comma_csv(tmp_path: Path, empty: Store) -> None:
    path = tmp_path / "gasten.csv"
    path.write_bytes(
        "\ufeffName,Email,Code\nŞebnem Ağaoğlu,s@example.org,00042\n"
        "Łukasz Żółć,l@example.org,\n".encode()
    )
    import_guest_list(empty, path, now=T0)
    g = by_last(empty)
    # The BOM is not glued to the first header, so "Name" was recognised.
    assert g["Ağaoğlu"].first_name == "Şebnem" and g["Ağaoğlu"].code == "00042"
    assert g["Żółć"].email == "l@example.org" and codes.is_generated(g["Żółć"].code)


def test_excel_sep_hint_names_the_delimiter(tmp_path: Path, empty: Store) -> None:
    path = tmp_path / "excel.csv"
    path.write_text(
        "sep=|\nNaam|Organisatie\nIbrahim Öztürk|Pakhuis de Zwijger, Amsterdam\n|Zonder naam\n",
        encoding="utf-8",
    )
    report = import_guest_list(empty, path, now=T0)
    assert report.skipped == (RowNote(4, "no name"),)
    g = empty.guests()[0]
    assert (g.name, g.organisation) == ("Ibrahim Öztürk", "Pakhuis de Zwijger, Amsterdam")


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path: Path, empty: Store) -> None:
    path = tmp_path / "Unicode-tekst.txt"
    path.write_bytes("Voornaam\tAchternaam\nĞül\tŞahin\n".encode("utf-16"))
    import_guest_list(empty, path, now=T0)
    assert empty.guests()[0].name == "Ğül Şahin"


def test_a_wrong_dimension_in_the_file_does_not_cut_rows_short(
    tmp_path: Path, empty: Store
) -> None:
    """Some exporters write <dimension ref="A1"/>; read-only openpyxl would trust it."""
    path = write_xlsx(
        tmp_path / "export.xlsx",
        {
            "Export": [
                ["Naam", "Organisatie", "Tafel"],
                ["Ada Lovelace", "Analytical", 7],
                ["Alan Turing", "Bletchley", 8],
            ]
        },
    )
    with zipfile.ZipFile(path) as src:
        parts = {i.filename: src.read(i) for i in src.infolist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    assert re.search(rb'<dimension ref="A1:C3" ?/>', sheet)
    parts["xl/worksheets/sheet1.xml"] = re.sub(
        rb'<dimension ref="A1:C3" ?/>', b'<dimension ref="A1" />', sheet
    )
    with zipfile.ZipFile(path, "w") as dst:
        for name, data in parts.items():
            dst.writestr(name, data)
    report = import_guest_list(empty, path, now=T0)
    assert report.imported == 2
    assert [(g.organisation, g.seat) for g in empty.guests()] == [
        ("Analytical", "7"),
        ("Bletchley", "8"),
    ]


def test_tab_separated_csv(tmp_path: Path, empty: Store) -> None:
    path = tmp_path / "gasten.tsv"
    path.write_text(
        "First name\tLast name\tCompany, Inc.\tSeat\nAda\tLovelace\tAnalytical, Ltd\tA1\n",
        encoding="utf-8",
    )
    import_guest_list(empty, path, now=T0)
    g = empty.guests()[0]
    assert (g.name, g.organisation, g.seat) == ("Ada Lovelace", "Analytical, Ltd", "A1")


# --- re-import ---------------------------------------------------------------------


def test_reimport_updates_keeps_check_ins_reports_missing_and_deletes_nothing(
    tmp_path: Path, empty: Store, clock: Clock
) -> None:
    header = ["Voornaam", "Achternaam", "Organisatie", "E-mail", "Code"]
    v1 = write_xlsx(
        tmp_path / "v1.xlsx",
        {
            "Gasten": [
                header,
                ["Anna", "Berg", "Podium Mozaïek", "anna@example.nl", "2001"],
                ["Bob", "Smit", "Tolhuistuin", "bob@example.nl", "2002"],
                ["Cas", "Kok", "Het Nieuwe Instituut", "cas@example.nl", "2003"],
            ]
        },
    )
    import_guest_list(empty, v1, now=T0)
    admitted = DoorService(empty, "main", clock=clock).scan("2001")
    assert admitted.verdict is Verdict.ADMITTED
    before = by_last(empty)

    v2 = write_xlsx(
        tmp_path / "v2.xlsx",
        {
            "Gasten": [
                header,
                ["Anna", "Berg", "Podium Mozaïek Nieuw-West", "anna@example.nl", "2001"],
                ["Bob", "Smit", "Tolhuistuin", "bob@example.nl", "2002"],
                ["Dewi", "Sastro", "Framer Framed", "dewi@example.nl", "2004"],
            ]
        },
    )
    report = import_guest_list(empty, v2, now=clock())
    assert (report.imported, report.updated) == (1, 1)  # Anna changed; Bob matched as he was
    assert report.missing == (before["Kok"].id,)
    after = by_last(empty)
    assert set(after) == {"Berg", "Smit", "Kok", "Sastro"}  # nothing deleted
    anna = after["Berg"]
    assert anna.id == before["Berg"].id and anna.organisation == "Podium Mozaïek Nieuw-West"
    assert anna.presence is Presence.INSIDE and anna.entries == 1
    assert anna.first_arrival == before["Berg"].first_arrival == admitted.at
    assert after["Kok"] == before["Kok"]
    assert empty.event().inside == 1
    assert any("not in this list" in line for line in report.lines())


# --- the column mapping, preview, progress and cancel -----------------------------------


def test_mapping_override_names_an_unrecognised_column(tmp_path: Path, empty: Store) -> None:
    path = write_xlsx(
        tmp_path / "wie.xlsx",
        {
            "Blad1": [
                ["Wie", "Mail", "Postcode"],
                ["Hanna Schmidt", "hanna@example.de", "1061 AA"],
            ]
        },
    )
    with pytest.raises(NoNameColumn):
        import_guest_list(empty, path)
    p = preview(path)
    assert p.header_row == 1
    assert p.columns == [
        Column(0, "Wie", None),
        Column(1, "Mail", "email"),
        Column(2, "Postcode", None),
    ]
    assert p.rows == [["Hanna Schmidt", "hanna@example.de", "1061 AA"]]

    report = import_guest_list(empty, path, mapping={0: "name", 1: None}, now=T0)
    assert report.imported == 1
    g = empty.guests()[0]
    assert (g.first_name, g.last_name, g.email) == ("Hanna", "Schmidt", "")
    assert g.extra == {"Mail": "hanna@example.de", "Postcode": "1061 AA"}


def test_mapping_moves_a_field_to_another_column(tmp_path: Path, empty: Store) -> None:
    path = write_xlsx(
        tmp_path / "twee.xlsx",
        {"Blad1": [["Naam", "Roepnaam"], ["Johannes de Boer", "Hans de Boer"]]},
    )
    import_guest_list(empty, path, mapping={1: "name"}, now=T0)
    g = empty.guests()[0]
    assert g.name == "Hans de Boer" and g.extra == {"Naam": "Johannes de Boer"}
    with pytest.raises(InvalidValue):
        import_guest_list(empty, path, mapping={1: "shoe_size"})


def test_preview_finds_the_header_below_title_rows(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "Gastenlijst.xlsx", {"Gasten": DUTCH}, styled_empty=(7,))
    p = preview(path, rows=3)
    assert (p.sheet, p.header_row) == ("Gasten", 4)
    assert [c.field for c in p.columns] == [
        "first_name",
        "middle",
        "last_name",
        "organisation",
        "email",
        "status",
        "notes",
        "seat",
        "companions",
        None,
    ]
    assert [r[0] for r in p.rows] == ["Anna", "Zoë", "Jan"]  # the empty row 7 is not shown


def test_progress_is_reported_and_cancel_changes_nothing(tmp_path: Path, store: Store) -> None:
    rows: Rows = [["Naam", "E-mail"]] + [[f"Gast {i}", f"g{i}@example.nl"] for i in range(2500)]
    path = write_xlsx(tmp_path / "groot.xlsx", {"Gasten": rows})
    before = store.guests()
    with pytest.raises(Cancelled):
        import_guest_list(store, path, cancelled=lambda: True)
    assert store.guests() == before and len(store.imports()) == 1

    calls: list[tuple[int, int]] = []
    report = import_guest_list(store, path, progress=lambda d, t: calls.append((d, t)))
    assert report.imported == 2500
    assert calls[-1][0] == calls[-1][1] and len(calls) >= 4
    assert all(a[0] / a[1] <= b[0] / b[1] for a, b in zip(calls, calls[1:], strict=False))


# --- the CLI ------------------------------------------------------------------------


def test_cli_import_json_and_guests_json(
    tmp_path: Path, event_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", str(event_path), "--name", "Symposium", "--capacity", "50"]) == 0
    path = write_xlsx(tmp_path / "Gastenlijst.xlsx", {"Gasten": DUTCH}, styled_empty=(7,))
    capsys.readouterr()
    assert main(["import", str(event_path), str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["file"] == "Gastenlijst.xlsx" and out["sheet"] == "Gasten"
    assert (out["imported"], out["updated"], out["cancelled"]) == (5, 0, 1)
    assert out["skipped"] == []
    assert out["name_missing"] == [
        {"row": 9, "reason": "name missing; imported as 'wie@example.nl'"}
    ]
    assert out["duplicates"] == [{"row": 10, "reason": "same email as row 6"}]
    assert out["missing"] == []

    assert main(["import", str(event_path), str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    # The same list again: every guest matched, none changed.
    assert lines[0].startswith('Imported Gastenlijst.xlsx (sheet "Gasten"): 0 new, 0 updated')
    assert "  row 9: name missing; imported as 'wie@example.nl'" in lines

    assert main(["guests", str(event_path), "--json"]) == 0
    guests = json.loads(capsys.readouterr().out)
    anna = guests[0]
    assert set(anna) == {
        "id",
        "name",
        "first_name",
        "last_name",
        "organisation",
        "email",
        "code",
        "status",
    }
    assert (anna["name"], anna["first_name"], anna["last_name"]) == (
        "Anna van den Berg",
        "Anna",
        "Berg",
    )
    assert [g["status"] for g in guests].count("cancelled") == 1


# --- the rules on their own -------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Voornaam", "first_name"),
        ("First Name", "first_name"),
        ("Tussenvoegsel", "middle"),
        ("Achternaam", "last_name"),
        ("Surname", "last_name"),
        ("Naam", "name"),
        ("Full name", "name"),
        ("Bedrijfsnaam", "organisation"),
        ("Company", "organisation"),
        ("Organisatie", "organisation"),
        ("E-mailadres (werk)", "email"),
        ("Email", "email"),
        ("Ticket nr.", "code"),
        ("Barcode #", "code"),
        ("Code", "code"),
        ("Ticket type", "ticket_type"),
        ("Rol", "ticket_type"),
        ("Komt u?", "status"),
        ("RSVP", "status"),
        ("Attendee Status", "status"),
        ("Aanwezig", "status"),
        ("Opmerkingen", "notes"),
        ("Tafel", "seat"),
        ("Stoel", "seat"),
        ("Table", "seat"),
        ("Plus-ones", "companions"),
        ("Introducés", "companions"),
        ("Total Guests", "companions"),
        ("Aantal personen", "companions"),
        ("Order #", None),
        ("Attendee #", None),
        ("Postcode", None),
        ("Woonplaats", None),
        ("Telefoon", None),
        ("", None),
    ],
)
def test_header_recognition(header: str, field: str | None) -> None:
    assert field_for_header(header) == field
    assert field is None or field in FIELDS


@pytest.mark.parametrize(
    ("full", "parts"),
    [
        ("Anna van den Berg", ("Anna", "van den", "Berg")),
        ("Jan de Vries", ("Jan", "de", "Vries")),
        ("Berg, Anna van den", ("Anna", "van den", "Berg")),
        ("Jan Willem Jansen", ("Jan Willem", "", "Jansen")),
        ("Els De Smet", ("Els", "", "De Smet")),
        ("Madonna", ("Madonna", "", "")),
        ("  Ada   Lovelace ", ("Ada", "", "Lovelace")),
    ],
)
def test_split_name(full: str, parts: tuple[str, str, str]) -> None:
    assert split_name(full) == parts


@pytest.mark.parametrize(
    ("status", "cancelled"),
    [
        ("Refunded", True),
        ("Cancelled", True),
        ("Not Attending", True),
        ("declined", True),
        ("no", True),
        ("Nee", True),
        ("Afgemeld", True),
        ("geannuleerd", True),
        ("Nee, helaas", True),
        ("Attending", False),
        ("Checked In", False),
        ("Ja", False),
        ("yes", False),
        ("maybe", False),
        ("Misschien", False),
        ("Nog niet bekend", False),
    ],
)
def test_status_values(status: str, cancelled: bool) -> None:
    assert is_not_coming(status) is cancelled


@pytest.mark.parametrize(
    ("value", "count"),
    [
        (2, 2),
        (2.0, 2),
        ("3", 3),
        ("+1", 1),
        ("geen", 0),
        ("", 0),
        (None, 0),
        ("twee", None),
        (-1, None),
        (1.5, None),
        (True, None),
    ],
)
def test_parse_count(value: object, count: int | None) -> None:
    assert parse_count(value) == count


@pytest.mark.parametrize(
    ("status", "pending"),
    [
        ("Pending", True),
        ("pending payment", True),
        ("Unpaid", True),
        ("UNPAID", True),
        ("Awaiting payment", True),
        ("Awaiting Payment (iDEAL)", True),
        ("Expired", True),
        ("On hold", True),
        ("on-hold", True),
        ("Waiting list", True),
        ("Waiting-list", True),
        ("Waitlist", True),
        ("Wachtlijst", True),
        ("wachtlijst 2", True),
        ("Niet betaald", True),
        ("niet-betaald", True),
        ("In afwachting", True),
        ("In afwachting van betaling", True),
        ("Ja", False),
        ("Attending", False),
        ("Paid", False),
        ("Betaald", False),
        ("Nog niet bekend", False),
        ("Cancelled", False),
        ("", False),
    ],
)
def test_pending_words(status: str, pending: bool) -> None:
    assert is_pending(status) is pending


def test_not_confirmed_guests_import_as_pending_and_cancelled_wins(
    tmp_path: Path, empty: Store
) -> None:
    path = write_xlsx(
        tmp_path / "shop.xlsx",
        {
            "Orders": [
                ["Name", "Email", "Order status"],
                ["Ada Lovelace", "ada@example.com", "Paid"],
                ["Alan Turing", "alan@example.com", "Awaiting payment"],
                ["Grace Hopper", "grace@example.com", "Wachtlijst"],
                ["Edsger Dijkstra", "edsger@example.com", "Cancelled (unpaid)"],
            ]
        },
    )
    report = import_guest_list(empty, path, now=T0)
    assert (report.imported, report.pending, report.cancelled) == (4, 2, 1)
    status = {g.name: g.status.value for g in empty.guests()}
    assert status == {
        "Ada Lovelace": "not_arrived",
        "Alan Turing": "pending",
        "Grace Hopper": "pending",
        "Edsger Dijkstra": "cancelled",
    }
    assert report.as_json()["pending"] == 2 and "2 pending" in report.lines()[0]


def test_rows_without_a_name_are_kept_by_code_or_email(tmp_path: Path, empty: Store) -> None:
    path = write_xlsx(
        tmp_path / "eventbrite.xlsx",
        {
            "Attendees": [
                ["First Name", "Last Name", "Email", "Barcode #"],
                [None, None, "j.devries@example.nl", 111222333],
                [None, None, None, 111222334],
                [None, None, None, None],
                ["Ada", "Lovelace", None, 111222335],
            ]
        },
    )
    report = import_guest_list(empty, path, now=T0)
    assert report.imported == 3 and report.skipped == ()
    assert report.name_missing == (
        RowNote(2, "name missing; imported as 'j.devries@example.nl'"),
        RowNote(3, "name missing; imported as '111222334'"),
    )
    by_code = {g.code: g for g in empty.guests()}
    assert (by_code["111222333"].name, by_code["111222333"].name_missing) == (
        "j.devries@example.nl",
        True,
    )
    assert (by_code["111222334"].name, by_code["111222334"].name_missing) == ("111222334", True)
    assert not by_code["111222335"].name_missing
    assert DoorService(empty, "main").scan("111222334").verdict is Verdict.ADMITTED


def test_a_list_starting_at_c3_keeps_the_sheets_column_letters(
    tmp_path: Path, empty: Store
) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["C3"], ws["D3"], ws["E3"] = "Naam", "Wie betaalt", "Ticket"
    ws["C4"], ws["D4"], ws["E4"] = "Ada Lovelace", "Analytical", "000777"
    path = tmp_path / "verschoven.xlsx"
    wb.save(path)
    p = preview(path)
    assert p.header_row == 3
    assert [(c.index, c.field) for c in p.columns[2:]] == [(2, "name"), (3, None), (4, "code")]
    report = import_guest_list(empty, path, mapping={3: "organisation"}, now=T0)
    assert report.imported == 1
    g = empty.guests()[0]
    assert (g.name, g.organisation, g.code) == ("Ada Lovelace", "Analytical", "000777")


def test_the_preview_reads_the_head_as_the_import_reads_the_whole(tmp_path: Path) -> None:
    """The preview's own reader of an .xlsx head (shared and inline strings, dates, times,
    booleans, numbers) shows what the import's reader sees."""
    from datetime import date, datetime, time

    from checkin.guestlist.cells import cell_text
    from checkin.guestlist.reading import open_book

    rows: Rows = [["Naam", "Datum", "Tijd", "Moment", "Ja/nee", "Getal", "Code"]]
    rows += [
        [
            f"Gast {i}",
            date(2021, 6, i % 28 + 1),
            time(9, i % 60),
            datetime(2021, 6, 18, 14, 30, 15),
            i % 2 == 0,
            1.5 + i,
            100_000 + i,
        ]
        for i in range(150)
    ]
    path = write_xlsx(tmp_path / "types.xlsx", {"Blad1": rows})
    head = open_book(path, head_only=True)
    whole = open_book(path)
    try:
        got = [[cell_text(v) for v in r] for r in head.sheets[0].rows(1)]
        want = [[cell_text(v) for v in r] for r in whole.sheets[0].rows(1)]
    finally:
        head.close()
        whole.close()
    assert len(got) >= 60 and got == want[: len(got)]
    assert got[1] == [
        "Gast 0",
        "2021-06-01",
        "09:00:00",
        "2021-06-18 14:30:15",
        "TRUE",
        "1.5",
        "100000",
    ]
