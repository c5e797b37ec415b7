"""A guest without a name is shown, printed and exported as the list had them.

Ticket shops leave the name empty when the buyer did not fill it in: the row has
an e-mail (often a shared one, info@…) or only a ticket code. The guest is kept
under that e-mail whole, or that code, marked as nameless; never as "info", the
e-mail's local part, which reads like a name and says nothing.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pypdfium2 as pdfium

from checkin.cli import main
from checkin.documents.badges import write_badges
from checkin.documents.export import export_attendance
from checkin.guestlist import import_guest_list
from checkin.store import Store
from tests.conftest import T0


def _list(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Gasten"
    sheet.append(["Voornaam", "Achternaam", "E-mail", "Ticket"])
    sheet.append(["Anna", "Berg", "anna@example.nl", "T-1001"])
    sheet.append([None, None, "info@bedrijf.nl", "T-1002"])
    sheet.append([None, None, None, "T-1003"])
    book.save(path)
    return path


def _pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(path)
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_a_nameless_guest_keeps_what_the_list_had(tmp_path: Path) -> None:
    with Store.create(
        tmp_path / "e.checkin", name="Feest", capacity=50, now=T0, language="en"
    ) as store:
        report = import_guest_list(store, _list(tmp_path / "lijst.xlsx"), now=T0)
        assert [n.reason for n in report.name_missing] == [
            "name missing; imported as 'info@bedrijf.nl'",
            "name missing; imported as 'T-1003'",
        ]
        by_code = {g.code: g for g in store.guests()}
        assert (by_code["T-1002"].name, by_code["T-1002"].name_missing) == ("info@bedrijf.nl", True)
        assert (by_code["T-1003"].name, by_code["T-1003"].name_missing) == ("T-1003", True)
        assert not by_code["T-1001"].name_missing
        assert all(g.name != "info" for g in store.guests())

        out = tmp_path / "aanwezig.xlsx"
        export_attendance(store, out)
        book = openpyxl.load_workbook(out)
        names = [r[0] for r in book["Attendance"].iter_rows(min_row=2, values_only=True)]
        book.close()
        assert "info@bedrijf.nl (name missing)" in names and "T-1003 (name missing)" in names
        assert "Anna Berg" in names and "info" not in names

        pdf = tmp_path / "badges.pdf"
        write_badges(store, pdf)
        text = _pdf_text(pdf)
        assert "info@bedrijf.nl" in text and "T-1003" in text
        assert text.count("name missing") == 2
        assert "\ninfo\n" not in f"\n{text}\n".replace("\r", "")


def test_the_dutch_documents_say_it_in_dutch(tmp_path: Path) -> None:
    with Store.create(
        tmp_path / "e.checkin", name="Feest", capacity=50, now=T0, language="nl"
    ) as store:
        import_guest_list(store, _list(tmp_path / "lijst.xlsx"), now=T0)
        out = tmp_path / "aanwezig.xlsx"
        export_attendance(store, out)
        book = openpyxl.load_workbook(out)
        names = [r[0] for r in book.worksheets[0].iter_rows(min_row=2, values_only=True)]
        book.close()
        assert "info@bedrijf.nl (naam ontbreekt)" in names


def test_reimporting_an_unchanged_list_updates_nobody(tmp_path: Path, capsys: object) -> None:
    event = tmp_path / "e.checkin"
    lijst = _list(tmp_path / "lijst.xlsx")
    with Store.create(event, name="Feest", capacity=50, now=T0) as store:
        first = import_guest_list(store, lijst, now=T0)
        again = import_guest_list(store, lijst, now=T0)
        assert (first.imported, first.updated) == (3, 0)
        assert (again.imported, again.updated, again.missing) == (0, 0, ())
        assert [i.updated for i in store.imports()] == [0, 0]
        # One guest changed in the list: one updated.
        book = openpyxl.load_workbook(lijst)
        book["Gasten"]["B2"] = "van den Berg"
        book.save(lijst)
        assert import_guest_list(store, lijst, now=T0).updated == 1
    assert main(["import", str(event), str(lijst), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)  # type: ignore[attr-defined]
    assert (out["imported"], out["updated"]) == (0, 0)
