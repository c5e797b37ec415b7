"""Who is inside now, from the Door screen: the list, the PDF, the print-out.

The store fixture: capacity 3, guests 1001..1005 (1005 cancelled).
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from checkin.documents.reports import inside_now
from checkin.door import DoorService
from checkin.models import GuestInput
from checkin.store import Store
from tests.ui.doors import door_screen
from ui.door.inside import InsideModel, InsideWindow
from ui.door.screen import DoorScreen
from ui.worker import StoreWorker


def pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def scripted_session(store: Store) -> DoorScreen:
    store.update_event(capacity=10)
    store.add_guest(
        GuestInput(
            first_name="Anna",
            last_name="Groen",
            organisation="Groen & Co",
            code="2001",
            companions=2,
        )
    )
    screen = door_screen(store, worker=StoreWorker(inline=True), door_name="Main", sounds=False)
    for code in ("1001", "1002", "1003"):
        screen.scan_code(code)
    screen.scan_code("2001")
    screen.choose_companions(1)
    screen.set_exit_mode(True)
    screen.scan_code("1002")
    screen.set_exit_mode(False)
    screen.count(1)
    screen.count(1)
    return screen


# The offscreen platform cannot raise a window and says so; a real screen has no such message.
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)
def test_f6_lists_everyone_inside_as_the_store_has_it(qtbot: QtBot, store: Store) -> None:
    screen = scripted_session(store)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.scan_field.hasFocus())
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F6)
    window = screen.inside_window
    assert window is not None and window.isVisible()
    rows, counter = inside_now(store)
    model = window.model
    shown = [
        tuple(model.data(model.index(r, c)) for c in range(4)) for r in range(model.rowCount())
    ]
    assert shown == [
        (r.name, r.organisation, r.arrived.strftime("%H:%M"), str(r.people)) for r in rows
    ]
    assert [(name, people) for name, _, _, people in shown] == [
        ("Anna van den Berg", "1"),
        ("Anna Groen", "2"),
        ("Jan de Vries", "1"),
    ]
    assert counter == 2
    assert window.summary_label.text() == (
        "6 people inside: 3 guests (4 with companions), 2 counted in without a name."
    )
    assert store.event().inside == 6
    # The door keeps the keyboard: the next badge still lands in the scan field.
    qtbot.waitUntil(lambda: screen.scan_field.hasFocus())
    screen.scan_code("1004")
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F6)  # the open list is brought up to date
    assert screen.inside_window is window
    assert window.model.rowCount() == 4


def test_save_pdf_and_print_write_the_list(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    scripted_session(store)
    window = InsideWindow(DoorService(store))
    qtbot.addWidget(window)
    saved = window.save_pdf(tmp_path / "inside.pdf")
    assert saved == tmp_path / "inside.pdf"
    text = pdf_text(saved)
    for name in ("Anna van den Berg", "Anna Groen", "Jan de Vries"):
        assert name in text
    assert "Zoë Yılmaz" not in text  # she left
    assert "Saved to" in window.message_label.text()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    window.print_to(printer)
    printed = pdf_text(tmp_path / "printed.pdf")
    assert "Anna Groen" in printed and "Groen & Co" in printed
    assert "6 people inside" in printed
    assert "Zoë Yılmaz" not in printed


def test_a_pdf_that_cannot_be_written_says_why(qtbot: QtBot, store: Store, tmp_path: Path) -> None:
    window = InsideWindow(DoorService(store))
    qtbot.addWidget(window)
    assert window.save_pdf(tmp_path / "inside.docx") is None
    assert "inside.docx" in window.message_label.text()


def test_the_inside_model_is_a_sound_qt_model(qtmodeltester: object, store: Store) -> None:
    DoorService(store).scan("1001")
    DoorService(store).scan("1003")
    model = InsideModel()
    model.set_rows(inside_now(store)[0])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 2
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
