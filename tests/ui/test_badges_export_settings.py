"""The Badges, Export and Settings screens, each on a real event file."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pypdfium2
import pytest
import zxingcpp
from PIL import Image
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from checkin.documents.design import design_of
from checkin.door import DoorService
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import Clock
from tests.ui.translations import installed
from ui.badges_page import BadgesPage, render_page
from ui.export_page import ExportPage
from ui.settings import Settings
from ui.settings_page import SettingsPage
from ui.tasks import Tasks


@pytest.fixture(autouse=True)
def english_plurals() -> Iterator[None]:
    """The English catalogue holds only the plural forms ("1 badge", "2 badges")."""
    with installed("en"):
        yield


def codes_in(pdf_path: Path) -> list[str]:
    found: list[str] = []
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    for page in pdf:
        found += [r.text for r in zxingcpp.read_barcodes(page.render(scale=3).to_pil())]
    return found


def test_badges_page_previews_and_saves_the_pdf(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks, tmp_path: Path
) -> None:
    page = BadgesPage(store, app_settings, inline_tasks)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.preview_ready):
        page.show()
    preview = page.preview.pixmap()
    assert not preview.isNull() and preview.width() == 560
    # A4 is portrait: the preview is taller than wide.
    assert preview.height() > preview.width()
    assert page.about.text().startswith("4 badges")  # the cancelled guest gets none

    page.layout_choice.setCurrentIndex(page.layout_choice.findData("a6"))
    assert app_settings.badge_layout == "a6"
    dialog = page.choose_file()
    assert isinstance(dialog, QFileDialog)
    out = tmp_path / "badges.pdf"
    with qtbot.waitSignal(page.saved) as signal:
        dialog.selectFile(str(out))
        dialog.accept()
    assert signal.args[0].badges == 4 and signal.args[0].pages == 4
    assert sorted(codes_in(out)) == ["1001", "1002", "1003", "1004"]
    assert "Saved 4 badges on 4 pages" in page.message.text()


def test_badges_go_to_the_printer(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks, tmp_path: Path
) -> None:
    """A PDF printer stands in for paper: what reaches it must still scan."""
    page = BadgesPage(store, app_settings, inline_tasks)
    qtbot.addWidget(page)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    with qtbot.waitSignal(page.printed, timeout=20_000) as signal:
        page.print_to(printer)
    assert signal.args == [1]
    assert sorted(codes_in(printed)) == ["1001", "1002", "1003", "1004"]
    image = render_page(printed, 0, 200)
    assert image is not None and image.width() == 200
    # The Print button opens the printer dialog without blocking.
    dialog = page.choose_printer()
    assert dialog.isVisible()
    dialog.reject()


def test_export_page_saves_an_xlsx_and_a_csv(
    qtbot: QtBot,
    store: Store,
    app_settings: Settings,
    inline_tasks: Tasks,
    tmp_path: Path,
    clock: Clock,
) -> None:
    door = DoorService(store, clock=clock)
    door.scan("1001")
    door.scan("1002")
    page = ExportPage(store, app_settings, inline_tasks)
    qtbot.addWidget(page)
    page.show()
    assert page.summary.text().startswith(
        "Invited: 5 (attended 2, no-shows 2, cancelled 1, pending 0). Walk-ins: 0. Inside now: 2"
    )
    dialog = page.choose_file("xlsx")
    out = tmp_path / "aanwezig.xlsx"
    with qtbot.waitSignal(page.exported):
        dialog.selectFile(str(out))
        dialog.accept()
    assert "Saved 5 guests and 2 scans" in page.message.text()
    book = openpyxl.load_workbook(out)
    assert "Attendance" in book.sheetnames
    rows = list(book["Attendance"].iter_rows(values_only=True))
    assert len(rows) == 6  # the header and five guests
    assert any("Zoë" in str(v) for r in rows for v in r)

    out_csv = tmp_path / "aanwezig.csv"
    page.export(out_csv)
    with out_csv.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert len(lines) == 6


def test_settings_page_changes_preferences_and_the_event(
    qtbot: QtBot, store: Store, app_settings: Settings
) -> None:
    page = SettingsPage(store, app_settings, Tasks(inline=True))
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.sounds_changed) as sounds:
        page.sounds.setChecked(True)
    assert sounds.args == [True] and app_settings.sounds
    page.door_name.setText("  Zij-ingang ")
    with qtbot.waitSignal(page.door_name_changed) as name:
        page.door_name.editingFinished.emit()
    assert name.args == ["Zij-ingang"] and app_settings.door_name == "Zij-ingang"
    page.scanner.setCurrentIndex(page.scanner.findData("webcam"))
    assert app_settings.scanner_mode == "webcam"
    page.capacity.setValue(25)
    page.event_name.setText("Inspiratiesessie")
    with qtbot.waitSignal(page.event_changed):
        page.apply_button.click()
    assert store.event().capacity == 25 and store.event().name == "Inspiratiesessie"
    page.event_name.setText("  ")
    page.apply_button.click()
    assert page.event_message.text() == "The event needs a name."
    assert store.event().name == "Inspiratiesessie"


def test_settings_persist_in_the_data_folder_without_passwords(tmp_path: Path) -> None:
    first = Settings(tmp_path / "data")
    first.language = "nl"
    first.sounds = False
    first.door_name = "Hoofdingang"
    first.add_recent(str(tmp_path / "a.checkin"))
    first.add_recent("postgresql://door:geheim@db.example.nl:5432/event")
    first.add_recent(str(tmp_path / "a.checkin"))  # moves to the top, not twice
    first.sync()
    again = Settings(tmp_path / "data")
    assert again.language == "nl" and again.sounds is False
    assert again.door_name == "Hoofdingang"
    assert again.recent == [
        str(tmp_path / "a.checkin"),
        "postgresql://door@db.example.nl:5432/event",
    ]
    assert "geheim" not in (tmp_path / "data" / "checkin.ini").read_text()
    assert Settings(tmp_path / "other").recent == []


def test_the_preview_shows_every_page_with_next_and_previous(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    for i in range(8):
        store.add_guest(GuestInput(first_name=f"Gast{i}", last_name="Extra"))
    page = BadgesPage(store, app_settings, inline_tasks)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.preview_ready):
        page.show()
    assert page.about.text().startswith("12 badges") and "on 2 pages" in page.about.text()
    preview = page.pages
    assert preview.page_label.text() == "Page 1 of 2"
    assert not preview.previous_button.isEnabled() and preview.next_button.isEnabled()
    first = preview.image.pixmap().toImage()
    preview.next_button.click()
    assert preview.page_label.text() == "Page 2 of 2"
    assert not preview.next_button.isEnabled() and preview.previous_button.isEnabled()
    assert preview.image.pixmap().toImage() != first
    preview.previous_button.click()
    assert preview.page_label.text() == "Page 1 of 2"


def test_the_badge_design_is_set_on_the_badges_screen_and_kept_with_the_event(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks, tmp_path: Path
) -> None:
    logo = tmp_path / "logo.png"
    Image.new("RGB", (200, 60), (228, 87, 46)).save(logo)
    page = BadgesPage(store, app_settings, inline_tasks)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.preview_ready):
        page.show()
    box = page.design_box
    assert box.logo_name.text() == "No logo" and not box.remove_logo_button.isEnabled()
    with qtbot.waitSignal(page.preview_ready):
        assert box.set_logo(logo)
    assert box.logo_name.text() == "logo.png" and box.remove_logo_button.isEnabled()
    assert box.set_accent("#c0392b")
    assert box.set_role_band(False)
    kept = design_of(store.event().badge_design)
    assert (kept.logo_name, kept.accent, kept.role_band) == ("logo.png", "#c0392b", False)
    image = page.preview.pixmap().toImage()
    orange = [
        (x, y)
        for x in range(0, image.width(), 3)
        for y in range(0, image.height() // 3, 3)
        if abs(image.pixelColor(x, y).red() - 228) < 30
        and abs(image.pixelColor(x, y).green() - 87) < 30
    ]
    assert orange  # the logo is on the preview
    # a file that is not an image: one sentence, and the design stays
    bad = tmp_path / "logo.svg"
    bad.write_text("not svg")
    assert not box.set_logo(bad)
    assert box.message.isVisibleTo(page) and "logo.svg" in box.message.text()
    assert design_of(store.event().badge_design) == kept
    assert box.remove_logo()
    assert design_of(store.event().badge_design).logo_data == b""


def test_settings_save_the_event_in_one_call_with_its_document_language(
    qtbot: QtBot, store: Store, app_settings: Settings
) -> None:
    app_settings.door_name = "Zij-ingang"
    page = SettingsPage(store, app_settings, Tasks(inline=True))
    qtbot.addWidget(page)
    assert page.event_language.currentData() == "en"
    page.event_name.setText("Jubileum")
    page.capacity.setValue(40)
    page.door_question.setText("Geen klachten?")
    page.retention.setValue(21)
    page.event_language.setCurrentIndex(page.event_language.findData("nl"))
    with qtbot.waitSignal(page.event_changed):
        page.apply_button.click()
    event = store.event()
    assert (
        event.name,
        event.capacity,
        event.door_question,
        event.retention_days,
        event.language,
    ) == ("Jubileum", 40, "Geen klachten?", 21, "nl")
    capacity_changes = [s for s in store.scans() if s.action == "capacity"]
    assert [(s.door, s.people) for s in capacity_changes] == [("Zij-ingang", 40)]
    assert page.event_message.text() == "Saved. 0 inside now, capacity 40."
