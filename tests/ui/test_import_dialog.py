"""Importing a guest list through the dialog: preview, a changed column, the report."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from checkin.store import Store
from ui.import_dialog import ImportDialog, PreviewModel, column_letter
from ui.settings import Settings
from ui.tasks import Tasks


def write_list(path: Path) -> Path:
    """A list as organisers send them: a title above the header, a column the app cannot
    recognise ("Functie") that here holds the organisation, a cancellation, a duplicate."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Gasten"
    sheet.append(["Inspiratiesessie Nieuw-West, 18 juni"])
    sheet.append([])
    sheet.append(
        ["Voornaam", "Tussenvoegsel", "Achternaam", "Functie", "E-mailadres (werk)", "Komt u?"]
    )
    sheet.append(["Fleur", "de", "Wit", "Podium Mozaïek", "fleur@example.nl", "ja"])
    sheet.append(["Emre", "", "Çelik", "Hiphophuis West", "emre@example.nl", "ja"])
    sheet.append(["Lotte", "van", "Dam", "Filmhuis", "lotte@example.nl", "afgemeld"])
    sheet.append(["Fleur", "de", "Wit", "Podium Mozaïek", "fleur@example.nl", "ja"])
    book.create_sheet("Notities").append(["niets"])
    book.save(path)
    return path


def test_preview_change_a_column_and_import(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    store: Store,
    app_settings: Settings,
    inline_tasks: Tasks,
    tmp_path: Path,
) -> None:
    path = write_list(tmp_path / "gasten.xlsx")
    dialog = ImportDialog(store, app_settings, inline_tasks)
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.import_button.isEnabled()
    dialog.load(path)
    found = dialog.current
    assert found is not None
    assert found.header_row == 3
    assert dialog.sheet.isVisibleTo(dialog) and dialog.sheet.count() == 2
    assert "row 3" in dialog.found.text()
    assert [c.currentData() for c in dialog.combos] == [
        "first_name",
        "middle",
        "last_name",
        None,
        "email",
        "status",
    ]
    assert dialog.model.rowCount() == 4
    qtmodeltester.check(dialog.model)
    assert (
        dialog.model.headerData(3, Qt.Orientation.Horizontal)
        == "Functie\n→ (keep as an extra column)"
    )

    # "Functie" holds the organisation here: point it there, as a person does with the combo.
    combo = dialog.combos[3]
    combo.setCurrentIndex(combo.findData("organisation"))
    assert dialog.mapping()[3] == "organisation"
    assert dialog.model.headerData(3, Qt.Orientation.Horizontal) == "Functie\n→ Organisation"
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    report = signal.args[0]
    assert report.imported == 3 and report.cancelled == 1 and len(report.duplicates) == 1

    fleur = [g for g in store.guests() if g.email == "fleur@example.nl"]
    assert len(fleur) == 1
    assert fleur[0].name == "Fleur de Wit" and fleur[0].organisation == "Podium Mozaïek"
    lotte = [g for g in store.guests() if g.email == "lotte@example.nl"][0]
    assert lotte.cancelled
    assert store.counts()["guests"] == 5 + 3
    text = dialog.report_view.toPlainText()
    assert "New guests: 3" in text and "Duplicates (imported once): 1" in text
    assert "Duplicate, row 7:" in text
    assert dialog.report_view.isVisibleTo(dialog) and dialog.close_button.text() == "Done"


def test_choosing_another_sheet_reloads_the_preview(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks, tmp_path: Path
) -> None:
    path = write_list(tmp_path / "gasten.xlsx")
    dialog = ImportDialog(store, app_settings, inline_tasks, path)
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.sheet.setCurrentIndex(dialog.sheet.findData("Notities"))
    assert dialog.current is not None and dialog.current.sheet == "Notities"
    # No name column there: importing as is is refused with the file's own sentence.
    dialog.import_button.click()
    assert (
        "gasten.xlsx" in dialog.problem.text() and "no column with names" in dialog.problem.text()
    )
    assert store.counts()["guests"] == 5


def test_a_file_that_is_no_spreadsheet_is_one_sentence(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks, tmp_path: Path
) -> None:
    bad = tmp_path / "lijst.xlsx"
    bad.write_bytes(b"%PDF-1.4 not a workbook")
    dialog = ImportDialog(store, app_settings, inline_tasks, bad)
    qtbot.addWidget(dialog)
    assert dialog.problem.text().startswith("lijst.xlsx: ")
    assert not dialog.import_button.isEnabled()
    assert dialog.model.rowCount() == 0


def test_the_preview_model_alone(qtmodeltester: ModelTester) -> None:
    model = PreviewModel()
    model.set_preview(["A", "B"], [["1", "2"], ["3", "4"]])
    qtmodeltester.check(model)
    assert [column_letter(i) for i in (0, 25, 26, 27)] == ["A", "Z", "AA", "AB"]


DATA = Path(__file__).parents[1] / "core" / "data"


def test_an_ods_from_libreoffice_reports_pending_and_nameless_guests(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    dialog = ImportDialog(store, app_settings, inline_tasks, DATA / "gastenlijst.ods")
    qtbot.addWidget(dialog)
    assert dialog.current is not None and dialog.current.header_row == 3
    assert dialog.model.data(dialog.model.index(0, 5)) == "100234"
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    assert signal.args[0].pending == 3
    text = dialog.report_view.toPlainText()
    assert "Not confirmed (imported as pending: unpaid, waiting list): 3" in text
    assert "Name missing (imported under their code or email): 2" in text
    assert "Name missing, row 12: name missing; imported as '100237'" in text
    pending = [g.name for g in store.guests() if g.status.value == "pending"]
    assert sorted(pending) == ["Emre Çelik", "Lotte Dam", "Søren Østergaard"]


def test_the_import_runs_in_the_background_and_cancel_changes_nothing(
    qtbot: QtBot, store: Store, app_settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "groot.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Gasten")
    sheet.append(["Naam", "E-mail"])
    for i in range(20_000):
        sheet.append([f"Gast {i}", f"g{i}@example.nl"])
    book.save(path)
    tasks = Tasks()
    dialog = ImportDialog(store, app_settings, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10_000)
    before = store.guests()
    dialog.import_button.click()
    assert dialog.progress.isVisible()  # the window stays responsive; the work runs elsewhere
    dialog.progress.cancel_button.click()
    qtbot.waitUntil(lambda: not tasks.busy, timeout=30_000)
    assert "Cancelled; nothing was changed." in dialog.problem.text()
    assert store.guests() == before and dialog.import_button.isEnabled()
    # Again without cancelling: progress runs to the end and the guests are there.
    with qtbot.waitSignal(dialog.imported, timeout=60_000) as signal:
        dialog.import_button.click()
    assert signal.args[0].imported == 20_000
    assert len(store.guests()) == 5 + 20_000
