"""The Guests screen: the table model, search as you type, add/edit/cancel, reprint a badge."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from checkin.models import Guest, GuestStatus
from checkin.store import Store
from ui.guests import GuestDialog, GuestsPage, GuestTableModel
from ui.kit.context import Context
from ui.settings import Settings
from ui.tasks import Tasks
from ui.worker import StoreWorker


def names(model: GuestTableModel) -> list[str]:
    return [model.guest_at(r).name for r in range(model.rowCount())]


def test_the_model_passes_qts_model_test(qtmodeltester: ModelTester, store: Store) -> None:
    model = GuestTableModel()
    model.set_rows(tuple(store.guests()))
    qtmodeltester.check(model)
    model.set_filter("berg")
    qtmodeltester.check(model)


def test_rows_headers_and_roles(store: Store) -> None:
    model = GuestTableModel()
    model.set_rows(tuple(store.guests()))
    assert model.rowCount() == 5
    assert model.columnCount() == GuestTableModel.COLUMNS
    assert model.headerData(GuestTableModel.NAME, Qt.Orientation.Horizontal) == "Name"
    # Door-list order: under the last name, the tussenvoegsel ignored.
    assert names(model) == [
        "Anna van den Berg",
        "Piet Klaassen",
        "Søren Østergaard",
        "Jan de Vries",
        "Zoë Yılmaz",
    ]
    index = model.index(0, GuestTableModel.CODE)
    assert model.data(index) == "1001"
    row = model.data(index, GuestTableModel.ROW_ROLE)
    assert isinstance(row, Guest) and row.name == "Anna van den Berg"
    assert (
        model.data(model.index(0, GuestTableModel.NAME), GuestTableModel.SORT_ROLE) == row.sort_key
    )
    assert model.data(model.index(1, GuestTableModel.STATUS)) == "cancelled"


def test_search_folds_accents_and_special_letters(store: Store) -> None:
    model = GuestTableModel()
    model.set_rows(tuple(store.guests()))
    model.set_filter("zoe")
    assert names(model) == ["Zoë Yılmaz"]
    model.set_filter("yilmaz")
    assert names(model) == ["Zoë Yılmaz"]
    model.set_filter("OSTERGAARD")
    assert names(model) == ["Søren Østergaard"]
    model.set_filter("mozaiek")  # the organisation, Podium Mozaïek
    assert names(model) == ["Anna van den Berg"]
    model.set_filter("1003")  # the code
    assert names(model) == ["Jan de Vries"]
    model.set_filter("van berg")  # every word must match, in any place
    assert names(model) == ["Anna van den Berg"]
    model.set_filter("nobody")
    assert model.rowCount() == 0
    model.set_filter("")
    assert model.rowCount() == 5


def test_sorting_by_a_column(store: Store) -> None:
    model = GuestTableModel()
    model.set_rows(tuple(store.guests()))
    model.sort(GuestTableModel.CODE, Qt.SortOrder.DescendingOrder)
    assert [model.guest_at(r).code for r in range(5)] == ["1005", "1004", "1003", "1002", "1001"]
    model.set_filter("a")  # a new filter keeps the chosen order
    codes = [model.guest_at(r).code for r in range(model.rowCount())]
    assert codes == sorted(codes, reverse=True)


def make_page(qtbot: QtBot, store: Store, settings: Settings, tasks: Tasks) -> GuestsPage:
    page = GuestsPage(Context(store, settings, tasks, StoreWorker(inline=True)))
    qtbot.addWidget(page)
    page.show()
    return page


def test_typing_in_the_search_field_filters_the_table(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    page = make_page(qtbot, store, app_settings, inline_tasks)
    assert page.count.text() == "5 guests"
    qtbot.keyClicks(page.search, "zoe")
    assert names(page.model) == ["Zoë Yılmaz"]
    assert page.count.text() == "1 of 5 shown"
    # One match is selected at once, ready to edit.
    assert page.selected() is not None and page.selected().code == "1002"


def test_add_a_guest_through_the_dialog(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    page = make_page(qtbot, store, app_settings, inline_tasks)
    dialog = page.add_guest()
    assert dialog.isVisible()
    # Saving without a name is refused by the store, and the dialog says why.
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "name" in dialog.problem.text()
    dialog.first_name.setText("Ayşe")  # QTest types ASCII only
    qtbot.keyClicks(dialog.last_name, "Kaya")
    qtbot.keyClicks(dialog.organisation, "Muziekcentrum Osdorp")
    dialog.companions.setValue(1)
    with qtbot.waitSignal(page.changed):
        dialog.ok_button.click()
    added = [g for g in store.guests() if g.last_name == "Kaya"]
    assert len(added) == 1 and added[0].name == "Ayşe Kaya" and added[0].companions == 1
    assert added[0].code.startswith(store.event().tag)  # a generated code
    assert page.model.total == 6
    assert page.selected() is not None and page.selected().id == added[0].id


def test_edit_a_guest_through_the_dialog(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    page = make_page(qtbot, store, app_settings, inline_tasks)
    page.select(store.guest_by_code("1003").id)  # type: ignore[union-attr]
    dialog = page.edit_selected()
    assert isinstance(dialog, GuestDialog)
    assert dialog.middle.text() == "de" and dialog.code.text() == "1003"
    dialog.organisation.setText("Theater de Meervaart")
    # A code that belongs to someone else is refused.
    dialog.code.setText("1001")
    dialog.save()
    assert "another guest" in dialog.problem.text()
    assert store.guest_by_code("1003").organisation == ""  # type: ignore[union-attr]
    dialog.code.setText("1003")
    dialog.save()
    assert store.guest_by_code("1003").organisation == "Theater de Meervaart"  # type: ignore[union-attr]
    row = page.model.row_of(store.guest_by_code("1003").id)  # type: ignore[union-attr]
    assert (
        page.model.data(page.model.index(row, GuestTableModel.ORGANISATION))
        == "Theater de Meervaart"
    )


def test_mark_cancelled_and_restore(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    page = make_page(qtbot, store, app_settings, inline_tasks)
    anna = store.guest_by_code("1001")
    assert anna is not None
    page.select(anna.id)
    assert page.cancel_button.text() == "Mark cancelled"
    page.cancel_button.click()
    assert store.guest(anna.id).status == GuestStatus.CANCELLED
    assert "turned away" in page.message.text()
    assert page.cancel_button.text() == "Restore (coming after all)"
    page.cancel_button.click()
    assert store.guest(anna.id).status == GuestStatus.NOT_ARRIVED


def test_reprint_one_badge_through_the_file_dialog(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks, tmp_path: Path
) -> None:
    page = make_page(qtbot, store, app_settings, inline_tasks)
    page.select(store.guest_by_code("1002").id)  # type: ignore[union-attr]
    dialog = page.choose_badge_file()
    assert isinstance(dialog, QFileDialog)
    out = tmp_path / "zoe.pdf"
    dialog.selectFile(str(out))
    dialog.accept()
    assert out.is_file()
    assert "Badge saved" in page.message.text()
    pdf = pypdfium2.PdfDocument(str(out))
    assert len(pdf) == 1
    image = pdf[0].render(scale=3).to_pil()
    found = [r.text for r in zxingcpp.read_barcodes(image)]
    assert found == ["1002"]


def test_typing_on_narrows_and_deleting_widens_again(store: Store) -> None:
    model = GuestTableModel()
    model.set_rows(tuple(store.guests()))
    expected = {}
    for query in ("e", "er", "ere", "er", "e", "", "s", "so", "so r", "so", "sø"):
        fresh = GuestTableModel()
        fresh.set_rows(tuple(store.guests()))
        fresh.set_filter(query)
        expected[query] = names(fresh)
        model.set_filter(query)
        assert names(model) == expected[query], query
    assert expected["ere"] == []
    assert expected["er"] == ["Anna van den Berg", "Søren Østergaard"]
    assert expected["so r"] == ["Søren Østergaard"]


def test_pending_and_name_missing_guests_are_shown_as_such(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    store: Store,
    app_settings: Settings,
    inline_tasks: Tasks,
) -> None:
    from checkin.models import GuestInput

    store.add_guest(GuestInput(first_name="Ilse", last_name="Bakker", code="1006", pending=True))
    store.add_guest(GuestInput(name="Guest 1007", code="1007", name_missing=True))
    page = make_page(qtbot, store, app_settings, inline_tasks)
    qtmodeltester.check(page.model)
    model = page.model
    ilse = model.row_of(store.guest_by_code("1006").id)  # type: ignore[union-attr]
    nameless = model.row_of(store.guest_by_code("1007").id)  # type: ignore[union-attr]
    assert model.guest_at(ilse).status == GuestStatus.PENDING
    assert model.data(model.index(ilse, model.STATUS)) == "pending (not confirmed)"
    assert model.data(model.index(ilse, model.NAME), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(nameless, model.NAME)) == "Guest 1007 (name missing)"
    assert "no name" in model.data(model.index(nameless, model.NAME), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(nameless, model.NAME), Qt.ItemDataRole.FontRole).italic()
    assert page.count.text() == "7 guests · 1 pending · 1 without a name"

    # Editing the name-missing guest without typing a name keeps the stand-in;
    # confirming the pending one lets the door admit her.
    page.select(store.guest_by_code("1007").id)  # type: ignore[union-attr]
    dialog = page.edit_selected()
    assert dialog is not None and dialog.last_name.text() == ""
    dialog.seat.setText("T4")
    dialog.save()
    kept = store.guest_by_code("1007")
    assert kept is not None and kept.name == "Guest 1007" and kept.name_missing
    page.select(store.guest_by_code("1006").id)  # type: ignore[union-attr]
    dialog = page.edit_selected()
    assert dialog is not None and dialog.pending.isChecked()
    dialog.pending.setChecked(False)
    dialog.save()
    assert store.guest_by_code("1006").status == GuestStatus.NOT_ARRIVED  # type: ignore[union-attr]
    assert page.count.text() == "7 guests · 1 without a name"


def test_a_new_badge_replaces_the_old_code(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from checkin.door import DoorService, Verdict

    app_settings.door_name = "Hoofdingang"
    page = make_page(qtbot, store, app_settings, inline_tasks)
    anna = store.guest_by_code("1001")
    assert anna is not None
    page.select(anna.id)
    box = page.reissue_selected()
    assert isinstance(box, QMessageBox) and "Anna van den Berg" in box.text()
    (yes,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    yes.click()
    renewed = store.guest(anna.id)
    assert renewed.code != "1001"
    assert renewed.code in page.message.text() and "new badge" in page.message.text()
    assert page.selected() is not None and page.selected().code == renewed.code
    old = DoorService(store, door="Hoofdingang").scan("1001")
    assert old.verdict == Verdict.REVOKED


def test_a_cancelled_new_badge_question_changes_nothing(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    page = make_page(qtbot, store, app_settings, inline_tasks)
    page.select(store.guest_by_code("1002").id)  # type: ignore[union-attr]
    box = page.reissue_selected()
    assert box is not None
    box.reject()
    assert store.guest_by_code("1002") is not None


def test_a_paper_tick_goes_through_the_door_at_its_own_time(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    from datetime import UTC, datetime

    from PySide6.QtCore import QDate, QDateTime, QTime

    from ui.guests import PaperCheckInDialog

    store.update_event(door_question="Geen klachten?")
    app_settings.door_name = "Zij-ingang"
    page = make_page(qtbot, store, app_settings, inline_tasks)
    jan = store.guest_by_code("1003")
    assert jan is not None
    page.select(jan.id)
    dialog = page.open_paper_check_in()
    assert isinstance(dialog, PaperCheckInDialog)
    dialog.when.setDateTime(QDateTime(QDate(2021, 6, 18), QTime(19, 15)))
    dialog.check_in()  # the door question was not ticked: the form stays, nothing logged
    assert dialog.isVisible() and "door question" in dialog.problem.text()
    assert store.event().inside == 0
    assert dialog.question is not None
    dialog.question.setChecked(True)
    with qtbot.waitSignal(page.changed):
        dialog.check_in()
    scan = store.scans()[-1]
    assert (scan.action, scan.verdict, scan.door, scan.at) == (
        "paper",
        "admitted",
        "Zij-ingang",
        datetime(2021, 6, 18, 17, 15, tzinfo=UTC),
    )
    assert (
        page.message.text()
        == "Jan de Vries is checked in from the paper list at 19:15; 1 inside now."
    )
