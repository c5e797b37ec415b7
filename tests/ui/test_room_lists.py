"""Issue 9 on the organiser's screens: contact tracing, the paper door list, paper check-ins,
and the guests' arrival, seat and companions."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pypdfium2
import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from checkin.door import DoorService
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import Clock
from tests.ui.translations import installed
from ui.badges_page import BadgesPage
from ui.export_page import ExportPage
from ui.guests import GuestsPage, GuestTableModel, PaperCheckInDialog
from ui.kit.context import Context
from ui.settings import Settings
from ui.tasks import Tasks
from ui.worker import StoreWorker


@pytest.fixture(autouse=True)
def english_plurals() -> Iterator[None]:
    with installed("en"):
        yield


def local(hour: int, minute: int) -> datetime:
    """A wall-clock time on the fixture's event day (2021-06-18, Amsterdam, UTC+2)."""
    return datetime(2021, 6, 18, hour, minute)


def at_utc(hour: int, minute: int) -> datetime:
    return datetime(2021, 6, 18, hour - 2, minute, tzinfo=UTC)


def pdf_text(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def test_contact_tracing_saves_the_people_present_in_the_window(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks, tmp_path: Path
) -> None:
    DoorService(store, clock=lambda: at_utc(19, 0)).scan("1001")
    DoorService(store, clock=lambda: at_utc(19, 5)).scan("1002")
    DoorService(store, clock=lambda: at_utc(19, 30)).scan("1001", exit=True)
    DoorService(store, clock=lambda: at_utc(20, 15)).scan("1003")
    DoorService(store, clock=lambda: at_utc(21, 30)).scan("1004")  # came after the window
    page = ExportPage(store, app_settings, inline_tasks)
    qtbot.addWidget(page)
    # The whole event day in its own time, to begin with.
    assert page.present_from.dateTime() == QDateTime(QDate(2021, 6, 18), QTime(0, 0))
    assert page.present_to.dateTime() == QDateTime(QDate(2021, 6, 18), QTime(23, 59))
    page.set_present_window(local(19, 45), local(21, 0))
    dialog = page.choose_present_file()
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    out = tmp_path / "aanwezig 19.45.xlsx"
    with qtbot.waitSignal(page.present_saved) as saved:
        dialog.selectFile(str(out))
        dialog.accept()
    assert saved.args == [out, 2]
    assert page.present_message.text() == f"Saved 2 people present to {out}."
    rows = list(openpyxl.load_workbook(out)["Present"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Name", "Organisation", "Email")
    assert sorted(r[0] for r in rows[1:]) == ["Jan de Vries", "Zoë Yılmaz"]
    zoe = next(r for r in rows[1:] if r[0] == "Zoë Yılmaz")
    assert zoe[2] == "zoe@example.nl" and zoe[4] == local(19, 5)  # local time, as typed

    # Widen the window to include Anna's visit, as CSV this time.
    page.set_present_window(local(19, 0), local(21, 0))
    out_csv = tmp_path / "aanwezig.csv"
    page.save_present(out_csv)
    with out_csv.open(encoding="utf-8-sig", newline="") as f:
        names = sorted(line[0] for line in list(csv.reader(f))[1:])
    assert names == ["Anna van den Berg", "Jan de Vries", "Zoë Yılmaz"]


def test_contact_tracing_window_backwards_is_refused_and_writes_nothing(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks, tmp_path: Path
) -> None:
    page = ExportPage(store, app_settings, inline_tasks)
    qtbot.addWidget(page)
    page.set_present_window(local(21, 0), local(19, 0))
    out = tmp_path / "never.xlsx"
    page.save_present(out)
    assert not out.exists()
    assert "ends before it starts" in page.present_message.text()
    assert page.present_button.isEnabled()


def test_the_door_list_button_writes_the_paper_list(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks, tmp_path: Path
) -> None:
    page = BadgesPage(store, app_settings, inline_tasks)
    qtbot.addWidget(page)
    assert page.door_list_button.text() == "Door list (paper)…"
    dialog = page.choose_door_list_file()
    out = tmp_path / "deurlijst.pdf"
    with qtbot.waitSignal(page.door_list_saved) as saved:
        dialog.selectFile(str(out))
        dialog.accept()
    assert saved.args == [out]
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    assert "Berg, Anna van den" in text and "Yılmaz, Zoë" in text
    assert "Klaassen" not in text  # cancelled guests are not on the door list
    assert page.message.text() == f"Saved the door list to {out}."
    assert page.save_button.isEnabled() and page.door_list_button.isEnabled()


def test_guest_table_shows_arrival_seat_and_companions(
    qtmodeltester: ModelTester, store: Store, clock: Clock
) -> None:
    store.add_guest(
        GuestInput(first_name="Fatima", last_name="El Amrani", seat="Tafel 7", companions=2)
    )
    DoorService(store, clock=lambda: at_utc(19, 7)).scan("1002")
    model = GuestTableModel(zone=None)
    model.set_rows(tuple(store.guests()))
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.COLUMNS)]
    assert headers[model.ARRIVED : model.COMPANIONS + 1] == ["Arrived", "Seat", "With"]
    by_name = {model.guest_at(r).name: r for r in range(model.rowCount())}
    zoe, fatima = by_name["Zoë Yılmaz"], by_name["Fatima El Amrani"]
    assert model.data(model.index(zoe, model.ARRIVED)) == "2021-06-18 19:07"
    assert model.data(model.index(fatima, model.ARRIVED)) == ""
    assert model.data(model.index(fatima, model.SEAT)) == "Tafel 7"
    assert model.data(model.index(fatima, model.COMPANIONS)) == "+2"
    assert model.data(model.index(zoe, model.COMPANIONS)) == ""
    model.sort(model.ARRIVED, Qt.SortOrder.AscendingOrder)
    assert model.guest_at(0).name == "Zoë Yılmaz"  # the only arrival first, the rest after


def open_paper(page: GuestsPage, guest_id: int) -> PaperCheckInDialog:
    page.select(guest_id)
    dialog = page.open_paper_check_in()
    assert isinstance(dialog, PaperCheckInDialog) and dialog.isVisible()
    return dialog


def test_paper_check_in_logs_paper_at_the_time_it_happened(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    app_settings.door_name = "Zij-ingang"
    page = GuestsPage(Context(store, app_settings, inline_tasks, StoreWorker(inline=True)))
    qtbot.addWidget(page)
    jan = store.guest_by_code("1003")
    assert jan is not None
    page.table.clearSelection()
    assert not page.paper_button.isEnabled()
    dialog = open_paper(page, jan.id)
    assert page.paper_button.isEnabled()
    assert dialog.when_label.text() == "When it happened (Europe/Amsterdam)"
    dialog.when.setDateTime(QDateTime(QDate(2021, 6, 18), QTime(19, 15)))
    assert dialog.moment() == at_utc(19, 15)
    with qtbot.waitSignal(page.changed):
        dialog.check_in()
    scan = store.scans()[-1]
    assert (scan.action, scan.verdict, scan.at, scan.guest_id, scan.door) == (
        "paper",
        "admitted",
        at_utc(19, 15),
        jan.id,
        "Zij-ingang",
    )
    assert (
        page.message.text() == "Jan de Vries is checked in from the paper list at 19:15; "
        "1 inside now."
    )
    row = page.model.row_of(jan.id)
    assert page.model.data(page.model.index(row, GuestTableModel.ARRIVED)) == "2021-06-18 19:15"
    assert page.model.data(page.model.index(row, GuestTableModel.STATUS)) == "inside"

    # Ticked twice on the list: the second is a verdict, not a second admission.
    open_paper(page, jan.id).check_in()
    assert page.message.text() == "Jan de Vries was already inside (since 19:15); nothing changed."
    assert store.event().inside == 1

    piet = store.guest_by_code("1005")  # cancelled
    assert piet is not None
    open_paper(page, piet.id).check_in()
    assert page.message.text() == "Not checked in: Piet Klaassen is marked cancelled."
    assert store.event().inside == 1


def test_paper_check_in_asks_for_the_door_question(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    store.update_event(door_question="Geen klachten?")
    page = GuestsPage(Context(store, app_settings, inline_tasks, StoreWorker(inline=True)))
    qtbot.addWidget(page)
    anna = store.guest_by_code("1001")
    assert anna is not None
    dialog = open_paper(page, anna.id)
    assert dialog.question is not None and "Geen klachten?" in dialog.question.text()
    logged = len(store.scans())
    dialog.check_in()
    assert dialog.isVisible() and "door question" in dialog.problem.text()
    assert len(store.scans()) == logged and store.event().inside == 0
    dialog.question.setChecked(True)
    dialog.check_in()
    assert not dialog.isVisible()
    assert store.scans()[-1].action == "paper" and store.event().inside == 1
