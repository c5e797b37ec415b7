"""The main window: the start screen, the demo event, the tabs working together, Dutch."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from checkin.store import Store
from ui.app import PROBE_ENV, Translations
from ui.main_window import BADGES, DOOR, GUESTS, MainWindow
from ui.settings import Settings
from ui.tasks import Tasks

ROOT = Path(__file__).resolve().parents[2]


def make_window(qtbot: QtBot, settings: Settings, tasks: Tasks, **kwargs: object) -> MainWindow:
    window = MainWindow(settings, tasks, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    return window


def tab_titles(window: MainWindow) -> list[str]:
    assert window.tabs is not None
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_the_demo_event_opens_with_its_guests(
    qtbot: QtBot, demo_store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    window = make_window(qtbot, app_settings, inline_tasks, store=demo_store)
    assert (
        window.windowTitle()
        == "Inspiratiesessie Kunst & Cultuur Nieuw-West — demo.checkin — Door check-in"
    )
    assert tab_titles(window) == ["Guests", "Door", "Badges", "Export", "Settings"]
    assert window.guests_page is not None
    assert window.guests_page.model.total == 26
    assert window.guests_page.count.text() == "26 guests"
    statuses = [window.guests_page.model.guest_at(r).status.value for r in range(26)]
    assert statuses.count("inside") == 8 and statuses.count("cancelled") == 2
    window.guests_page.search.setText("zoe")
    assert window.guests_page.model.guest_at(0).name == "Zoë Yılmaz"


def test_door_first_opens_on_the_door_tab(
    qtbot: QtBot, demo_store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    window = make_window(qtbot, app_settings, inline_tasks, store=demo_store, door_first=True)
    assert window.tabs is not None and window.tabs.currentIndex() == DOOR


def test_kiosk_mode_opens_full_screen_on_the_door(
    qtbot: QtBot, demo_store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    window = MainWindow(app_settings, inline_tasks, store=demo_store, door_first=True, kiosk=True)
    qtbot.addWidget(window)
    assert window.door_screen is not None and window.door_screen.kiosk
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.tabs is not None and window.tabs.currentIndex() == DOOR


def test_the_demo_button_builds_the_demo_in_the_data_folder(
    qtbot: QtBot, app_settings: Settings, inline_tasks: Tasks
) -> None:
    window = make_window(qtbot, app_settings, inline_tasks)
    window.start_screen.demo_button.click()
    assert window.store is not None
    assert app_settings.demo_path.is_file()
    assert window.store.counts()["guests"] == 26
    window.close_store()
    window.start_screen.demo_button.click()  # the second time it opens what is there
    assert window.store is not None and window.store.counts()["guests"] == 26


def test_a_scan_at_the_door_shows_on_the_guests_tab(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    window = make_window(qtbot, app_settings, inline_tasks, store=store, door_first=True)
    assert window.door_screen is not None and window.guests_page is not None
    window.door_screen.scan_code("1002")
    assert window.tabs is not None
    window.tabs.setCurrentIndex(GUESTS)
    page = window.guests_page
    row = page.model.row_of(store.guest_by_code("1002").id)  # type: ignore[union-attr]
    assert page.model.guest_at(row).status.value == "inside"


def test_a_scan_on_another_tab_brings_the_door_forward_with_its_verdict(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    from tests.ui.scanner_keys import burst

    window = make_window(qtbot, app_settings, inline_tasks, store=store)
    qtbot.waitExposed(window)
    window.activateWindow()
    assert window.tabs is not None and window.tabs.currentIndex() == GUESTS
    assert window.guests_page is not None
    window.guests_page.search.setFocus()
    qtbot.waitUntil(lambda: window.guests_page is not None and window.guests_page.search.hasFocus())
    burst("1002")  # a USB scanner, typing into the Guests tab's search field
    assert window.tabs.currentIndex() == DOOR
    assert window.door_screen is not None
    assert "Zoë Yılmaz" in window.door_screen.verdict_view.text
    assert window.guests_page.search.text() == ""  # no code left in the field
    assert store.event().inside == 1


def test_the_title_names_this_door_across_restarts_and_languages(
    qtbot: QtBot,
    qapp: QApplication,
    demo_store: Store,
    app_settings: Settings,
    inline_tasks: Tasks,
) -> None:
    from ui.settings import Settings as Reopened

    app_settings.door_name = "Hoofdingang"
    app_settings.sync()
    again = Reopened(app_settings.data_dir)  # the next start of the app
    assert again.door_name == "Hoofdingang"
    translations = Translations(qapp)
    window = make_window(
        qtbot, again, inline_tasks, store=demo_store, set_language=translations.apply
    )
    assert window.windowTitle().startswith("Hoofdingang — Inspiratiesessie")
    try:
        window.change_language("nl")
        assert window.windowTitle().startswith("Hoofdingang — Inspiratiesessie")
        assert window.door_screen is not None and window.door_screen.door_name == "Hoofdingang"
    finally:
        translations.apply("en")


def test_the_about_box_says_the_version(
    qtbot: QtBot, app_settings: Settings, inline_tasks: Tasks
) -> None:
    from checkin.version import version

    window = make_window(qtbot, app_settings, inline_tasks)
    box = window.show_about()
    assert box.isVisible() and version() in box.text() and version() != "0+unknown"
    box.close()


def test_create_an_event_on_the_start_screen_then_reopen_it_from_recent(
    qtbot: QtBot, app_settings: Settings, inline_tasks: Tasks, tmp_path: Path
) -> None:
    window = make_window(qtbot, app_settings, inline_tasks)
    start = window.start_screen
    assert window.stack.currentWidget() is start
    assert window.windowTitle() == "Door check-in"
    start.name.setText("Symposium Cultuur")
    start.capacity.setValue(120)
    start.location.setText(str(tmp_path / "symposium"))
    start.create_button.click()
    assert window.store is not None
    assert (tmp_path / "symposium.checkin").is_file()
    assert window.store.event().capacity == 120
    assert window.windowTitle().startswith("Symposium Cultuur — symposium.checkin")
    window.close_store()
    assert window.store is None and window.stack.currentWidget() is window.start_screen
    recent = window.start_screen.recent
    assert recent.count() == 1
    assert recent.item(0).data(Qt.ItemDataRole.UserRole) == str(tmp_path / "symposium.checkin")
    recent.itemActivated.emit(recent.item(0))
    assert window.store is not None and window.store.event().name == "Symposium Cultuur"


def test_opening_something_that_is_no_event_says_so(
    qtbot: QtBot, app_settings: Settings, inline_tasks: Tasks, tmp_path: Path
) -> None:
    window = make_window(qtbot, app_settings, inline_tasks)
    junk = tmp_path / "notes.checkin"
    junk.write_bytes(b"this is not a database at all" * 100)
    window.start_screen.open_text.setText(str(junk))
    window.start_screen.open_button.click()
    assert window.store is None
    assert window.start_screen.problem.text() == f"{junk}: this is not an event file."
    window.start_screen.create_event()  # no file chosen yet
    assert "Choose where" in window.start_screen.problem.text()


def test_switching_to_dutch_relabels_the_window(
    qtbot: QtBot,
    qapp: QApplication,
    demo_store: Store,
    app_settings: Settings,
    inline_tasks: Tasks,
) -> None:
    translations = Translations(qapp)
    window = make_window(
        qtbot, app_settings, inline_tasks, store=demo_store, set_language=translations.apply
    )
    assert window.tabs is not None
    window.tabs.setCurrentIndex(4)
    try:
        assert window.settings_page is not None
        window.settings_page.language.setCurrentIndex(window.settings_page.language.findData("nl"))
        assert app_settings.language == "nl"
        assert tab_titles(window) == ["Gasten", "Deur", "Badges", "Export", "Instellingen"]
        assert window.tabs.currentIndex() == 4  # still on the settings
        assert window.guests_page is not None
        assert window.guests_page.add_button.text() == "Gast toevoegen…"
        assert window.guests_page.count.text() == "26 gasten"
        assert window.windowTitle().endswith("— Deur check-in")
        assert window.menuBar().actions()[0].text() == "&Evenement"
        # The privacy settings, contact tracing, door list and paper check-in too.
        assert window.settings_page.purge_button.text() == "Persoonsgegevens nu verwijderen…"
        assert window.export_page is not None and window.badges_page is not None
        assert window.export_page.present_button.text() == "Lijst van aanwezigen opslaan…"
        assert window.badges_page.door_list_button.text() == "Deurlijst (papier)…"
        assert window.guests_page.paper_button.text() == "Inchecken van papieren lijst…"
    finally:
        translations.apply("en")
    window.change_language("en")
    assert tab_titles(window)[0] == "Guests"


def test_dropping_a_guest_list_opens_the_import(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Naam", "E-mailadres"])
    sheet.append(["Fleur de Wit", "fleur@example.nl"])
    dropped = tmp_path / "lijst.xlsx"
    book.save(dropped)
    window = make_window(qtbot, app_settings, inline_tasks, store=store)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(drop)
    dialog = window.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.current is not None and dialog.current.path == dropped
    assert [c.field for c in dialog.current.columns] == ["name", "email"]
    # Something that is not a guest list is refused at the door of the window.
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.jpg"))])
    refused = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        other,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dragEnterEvent(refused)
    assert not refused.isAccepted()


def test_the_badges_tab_is_refreshed_after_a_guest_is_added(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    window = make_window(qtbot, app_settings, inline_tasks, store=store)
    assert window.badges_page is not None and window.guests_page is not None
    assert window.badges_page.about.text().startswith("4 badge")
    dialog = window.guests_page.add_guest()
    dialog.first_name.setText("Fleur")
    dialog.save()
    assert window.tabs is not None
    window.tabs.setCurrentIndex(BADGES)
    assert window.badges_page.about.text().startswith("5 badge")


def run_app(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{PROBE_ENV: "1"})
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args, "--data-dir", str(data_dir)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_main_py_demo_builds_the_demo_in_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run_app(["--demo"], data)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("shown ")
    assert (data / "demo.checkin").is_file()
    assert (data / "logs").is_dir()  # where a crash would be logged
    with Store.open(data / "demo.checkin") as store:
        assert store.counts()["guests"] == 26
        assert store.event().inside == 8


def test_main_py_with_a_missing_event_starts_on_the_start_screen(tmp_path: Path) -> None:
    done = run_app([str(tmp_path / "nothing.checkin")], tmp_path / "data")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("shown ")
    assert "Traceback" not in done.stderr
