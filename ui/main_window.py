"""The main window: the start screen until an event is open, then the event's tabs.

Pages get the store, the settings and the task runner through their
constructors; the window only wires their signals together. A page that an
event elsewhere made out of date is refreshed when it is next shown, so a scan
at the door never waits for the guest table to reload.

The event's pages (and through them SQLAlchemy, ~200 ms) are imported when the
first event opens, not with this module: the app shows its window first and
opens the event right after the first paint (ui/app.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from .settings import Settings
from .start import StartScreen
from .tasks import Tasks

if TYPE_CHECKING:
    from checkin.store import Store

    from .badges_page import BadgesPage
    from .door_screen import DoorScreen
    from .export_page import ExportPage
    from .guests import GuestsPage
    from .import_dialog import ImportDialog
    from .pin_dialog import PinDialog
    from .settings_page import SettingsPage

GUESTS, DOOR, BADGES, EXPORT, SETTINGS = range(5)


class MainWindow(QMainWindow):
    store_opened = Signal(object)

    def __init__(
        self,
        settings: Settings,
        tasks: Tasks,
        *,
        set_language: Callable[[str], None] | None = None,
        store: Store | None = None,
        door_first: bool = False,
        kiosk: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.tasks = tasks
        self._set_language = set_language
        self.door_first = door_first
        self.kiosk = kiosk
        self.store: Store | None = None
        self.tabs: QTabWidget | None = None
        self.guests_page: GuestsPage | None = None
        self.door_screen: DoorScreen | None = None
        self.pin_dialog: PinDialog | None = None
        self.badges_page: BadgesPage | None = None
        self.export_page: ExportPage | None = None
        self.settings_page: SettingsPage | None = None
        self.import_dialog: ImportDialog | None = None
        self.reminder: QMessageBox | None = None
        self._stale: set[int] = set()
        self._camera_started = False

        self.stack = QStackedWidget()
        self.start_screen = StartScreen(settings)
        self.start_screen.opened.connect(self.open_store)
        self.stack.addWidget(self.start_screen)
        self.opening = QLabel()
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setStyleSheet("font-size: 16pt;")
        self.stack.addWidget(self.opening)
        self.setCentralWidget(self.stack)
        self.setAcceptDrops(True)
        self._build_menu()
        self.resize(1180, 760)
        self._update_title()
        if store is not None:
            self.open_store(store)

    # menus ---------------------------------------------------------------------

    def _build_menu(self) -> None:
        bar = self.menuBar()
        bar.clear()
        event_menu = bar.addMenu(self.tr("&Event"))
        self.import_action = QAction(self.tr("&Import guest list…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.open_import())
        event_menu.addAction(self.import_action)
        self.close_action = QAction(self.tr("&Close event"), self)
        self.close_action.triggered.connect(self.close_store)
        event_menu.addAction(self.close_action)
        event_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.quit)
        event_menu.addAction(quit_action)
        self.quit_action = quit_action
        view_menu = bar.addMenu(self.tr("&View"))
        full = QAction(self.tr("&Full screen"), self)
        full.setShortcut(QKeySequence("F11"))
        full.triggered.connect(self.toggle_full_screen)
        view_menu.addAction(full)
        self.addAction(full)  # the shortcut works with the menu bar hidden (kiosk) too
        self._enable_event_actions()

    def _enable_event_actions(self) -> None:
        self.import_action.setEnabled(self.store is not None)
        self.close_action.setEnabled(self.store is not None)

    # opening and closing events ------------------------------------------------

    def show_opening(self, what: str | None) -> None:
        """What the first paint shows while the event ``what`` (None: the demo) is opened."""
        name = self.tr("the demo event") if what is None else what
        self.opening.setText(self.tr("Opening %1…").replace("%1", name))
        self.stack.setCurrentWidget(self.opening)

    def show_start(self) -> None:
        self.stack.setCurrentWidget(self.start_screen)

    def open_store(self, store: Store) -> None:
        if self.store is not None and self.store is not store:
            self._drop_event_view()
            self.store.close()
        self.store = store
        on_door = self.door_first or self.kiosk
        self._build_event_view(DOOR if self.door_first else GUESTS)
        self.door_first = False
        self._enable_event_actions()
        self._update_title()
        if self.kiosk and self.door_screen is not None:
            self.door_screen.enter_kiosk()
        if not on_door:
            # A box over the Door screen would take the scanner's key presses; the
            # organiser's laptop, which opens on the Guests tab, is the one to remind.
            self.remind_retention()
        self.store_opened.emit(store)

    def remind_retention(self) -> QMessageBox | None:
        """Tell the organiser, without blocking, that the retention period has passed."""
        from checkin.privacy import purge_due, retention_ends

        if self.store is None:
            return None
        event = self.store.event()
        today = datetime.now(ZoneInfo(event.timezone)).date()
        if not purge_due(event, today):
            return None
        box = QMessageBox(self)
        box.setObjectName("retentionReminder")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Personal data"))
        box.setText(self.tr(
            "The retention period of this event ended on %1. The guest list still holds "
            "names, email addresses and other personal data, which should now be removed.")
            .replace("%1", retention_ends(event).isoformat()))
        box.setInformativeText(self.tr(
            "You can remove it in Settings, under Personal data. The counts, scan times and "
            "the peak stay."))
        self.go_to_settings_button: QPushButton = box.addButton(
            self.tr("Go to Settings"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(self._reminder_answered)
        if self.reminder is not None:
            self.reminder.deleteLater()
        self.reminder = box
        box.open()
        return box

    def _reminder_answered(self, button: object) -> None:
        if button is self.go_to_settings_button and self.tabs is not None:
            self.tabs.setCurrentIndex(SETTINGS)

    def close_store(self) -> None:
        if self.store is None:
            return
        self.tasks.cancel_all()
        self.tasks.wait()
        self._drop_event_view()
        self.store.close()
        self.store = None
        self.start_screen.fill_recent()
        self.stack.setCurrentWidget(self.start_screen)
        self._enable_event_actions()
        self._update_title()

    def _build_event_view(self, tab: int) -> None:
        from .badges_page import BadgesPage
        from .door_screen import DoorScreen
        from .export_page import ExportPage
        from .guests import GuestsPage
        from .settings_page import SettingsPage

        assert self.store is not None
        store, settings, tasks = self.store, self.settings, self.tasks
        self.guests_page = GuestsPage(store, settings, tasks)
        self.door_screen = DoorScreen(store, door_name=settings.door_name,
                                      sounds=settings.sounds, kiosk=self.kiosk,
                                      full_screen_key=False)
        self.badges_page = BadgesPage(store, settings, tasks)
        self.export_page = ExportPage(store, settings, tasks)
        self.settings_page = SettingsPage(store, settings, tasks)
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        tabs.addTab(self.guests_page, self.tr("Guests"))
        tabs.addTab(self.door_screen, self.tr("Door"))
        tabs.addTab(self.badges_page, self.tr("Badges"))
        tabs.addTab(self.export_page, self.tr("Export"))
        tabs.addTab(self.settings_page, self.tr("Settings"))
        self.tabs = tabs
        self._stale.clear()

        self.door_screen.changed.connect(lambda: self._mark_stale(GUESTS, BADGES, EXPORT))
        self.guests_page.changed.connect(self._guests_changed)
        self.settings_page.language_changed.connect(self.change_language)
        self.settings_page.sounds_changed.connect(self.door_screen.set_sounds_enabled)
        self.settings_page.door_name_changed.connect(self.door_screen.set_door_name)
        self.settings_page.scanner_mode_changed.connect(self._scanner_mode)
        self.settings_page.event_changed.connect(self._event_changed)
        self.settings_page.purged.connect(self._purged)
        tabs.currentChanged.connect(self._tab_shown)

        self.stack.addWidget(tabs)
        self.stack.setCurrentWidget(tabs)
        tabs.setCurrentIndex(tab)
        self._tab_shown(tab)

    def _drop_event_view(self) -> None:
        if self.tabs is None:
            return
        if self.door_screen is not None and self.door_screen.webcam_panel is not None:
            self.door_screen.set_camera_enabled(False)
        self.stack.removeWidget(self.tabs)
        self.tabs.deleteLater()
        self.tabs = None
        self.guests_page = self.badges_page = self.export_page = self.settings_page = None
        self.door_screen = None
        self._camera_started = False

    # keeping the pages in step --------------------------------------------------

    def _mark_stale(self, *tabs: int) -> None:
        self._stale.update(tabs)
        if self.tabs is not None and self.tabs.currentIndex() in self._stale:
            self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if index == DOOR and self.door_screen is not None:
            if self.settings.scanner_mode == "webcam" and not self._camera_started:
                self._camera_started = True
                self.door_screen.set_camera_enabled(True)
            self.door_screen.focus_scan_field()
        if index not in self._stale:
            return
        self._stale.discard(index)
        page = {GUESTS: self.guests_page, DOOR: self.door_screen, BADGES: self.badges_page,
                EXPORT: self.export_page}.get(index)
        if page is not None:
            page.refresh()

    def _guests_changed(self) -> None:
        self._mark_stale(DOOR, BADGES, EXPORT)

    def _event_changed(self) -> None:
        self._update_title()
        self._mark_stale(DOOR, EXPORT)

    def _purged(self) -> None:
        # Every page names guests; each shows "Guest 17" from now on.
        self._update_title()
        self.refresh_all()

    def _scanner_mode(self, mode: str) -> None:
        self._camera_started = mode == "webcam"
        door = self.door_screen
        if door is not None and (mode == "webcam" or door.webcam_panel is not None):
            door.set_camera_enabled(mode == "webcam")

    def refresh_all(self) -> None:
        self._mark_stale(GUESTS, DOOR, BADGES, EXPORT)

    def change_language(self, language: str) -> None:
        """Install the translators, then rebuild the screens so every label is redrawn."""
        if self._set_language is not None:
            self._set_language(language)
        self._build_menu()
        index = GUESTS
        if self.tabs is not None:
            index = self.tabs.currentIndex()
            self._drop_event_view()
        old_start = self.start_screen
        self.start_screen = StartScreen(self.settings)
        self.start_screen.opened.connect(self.open_store)
        self.stack.insertWidget(0, self.start_screen)
        self.stack.removeWidget(old_start)
        old_start.deleteLater()
        if self.store is not None:
            self._build_event_view(index)
        else:
            self.stack.setCurrentWidget(self.start_screen)
        self._update_title()

    def _update_title(self) -> None:
        if self.store is None:
            self.setWindowTitle(self.tr("Door check-in"))
            return
        event = self.store.event()
        self.setWindowTitle(f"{event.name} — {self.store.display} — {self.tr('Door check-in')}")

    def toggle_full_screen(self) -> None:
        if self.door_screen is not None:
            # The Door screen knows kiosk mode: leaving it needs the supervisor PIN.
            self.door_screen.toggle_full_screen()
        elif self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def quit(self) -> None:
        """Close the app; in kiosk mode only with the supervisor PIN (if the event has one)."""
        if self.door_screen is not None and self.door_screen.kiosk and self.store is not None:
            from .pin_dialog import ask_pin

            self.pin_dialog = ask_pin(
                self, self.store, self.close,
                action=self.tr("Quitting kiosk mode needs the supervisor PIN."))
            return
        self.close()

    # importing -----------------------------------------------------------------

    def open_import(self, path: Path | None = None) -> ImportDialog | None:
        from .import_dialog import ImportDialog

        if self.store is None:
            return None
        dialog = ImportDialog(self.store, self.settings, self.tasks, path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _report: self.refresh_all())
        dialog.destroyed.connect(lambda: setattr(self, "import_dialog", None))
        self.import_dialog = dialog
        dialog.open()
        if path is None:
            dialog.choose_file()
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self.store is not None and self._dropped_list(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._dropped_list(event) if self.store is not None else None
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_import(path)

    @staticmethod
    def _dropped_list(event: QDragEnterEvent | QDropEvent) -> Path | None:
        from .import_dialog import is_guest_list

        urls = event.mimeData().urls()
        if len(urls) != 1 or not urls[0].isLocalFile():
            return None
        path = Path(urls[0].toLocalFile())
        return path if is_guest_list(path) else None

    # closing -------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Long work stops at its next check and writes nothing; the store closes after it.
        self.tasks.cancel_all()
        self.tasks.wait()
        self._drop_event_view()
        if self.store is not None:
            self.store.close()
            self.store = None
        self.settings.sync()
        super().closeEvent(event)
