"""The main window: the start screen until an event is open, then the event's tabs.

Pages get the store, the settings and the task runner through their
constructors; the window only wires their signals together. A page that an
event elsewhere made out of date is refreshed when it is next shown, so a scan
at the door never waits for the guest table to reload.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QTabWidget, QWidget

from checkin.store import Store
from ui.badges_page import BadgesPage
from ui.door_screen import DoorScreen
from ui.export_page import ExportPage
from ui.guests import GuestsPage
from ui.import_dialog import ImportDialog, is_guest_list
from ui.settings import Settings
from ui.settings_page import SettingsPage
from ui.start import StartScreen
from ui.tasks import Tasks

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
        self.badges_page: BadgesPage | None = None
        self.export_page: ExportPage | None = None
        self.settings_page: SettingsPage | None = None
        self.import_dialog: ImportDialog | None = None
        self._stale: set[int] = set()
        self._camera_started = False

        self.stack = QStackedWidget()
        self.start_screen = StartScreen(settings)
        self.start_screen.opened.connect(self.open_store)
        self.stack.addWidget(self.start_screen)
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
        quit_action.triggered.connect(self.close)
        event_menu.addAction(quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        full = QAction(self.tr("&Full screen"), self)
        full.setShortcut(QKeySequence("F11"))
        full.triggered.connect(self.toggle_full_screen)
        view_menu.addAction(full)
        self._enable_event_actions()

    def _enable_event_actions(self) -> None:
        self.import_action.setEnabled(self.store is not None)
        self.close_action.setEnabled(self.store is not None)

    # opening and closing events ------------------------------------------------

    def open_store(self, store: Store) -> None:
        if self.store is not None and self.store is not store:
            self._drop_event_view()
            self.store.close()
        self.store = store
        self._build_event_view(DOOR if self.door_first else GUESTS)
        self.door_first = False
        self._enable_event_actions()
        self._update_title()
        if self.kiosk and self.door_screen is not None:
            self.door_screen.enter_kiosk()
        self.store_opened.emit(store)

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
        assert self.store is not None
        store, settings, tasks = self.store, self.settings, self.tasks
        self.guests_page = GuestsPage(store, settings, tasks)
        self.door_screen = DoorScreen(store, door_name=settings.door_name,
                                      sounds=settings.sounds, kiosk=self.kiosk)
        self.badges_page = BadgesPage(store, settings, tasks)
        self.export_page = ExportPage(store, settings, tasks)
        self.settings_page = SettingsPage(store, settings)
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
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # importing -----------------------------------------------------------------

    def open_import(self, path: Path | None = None) -> ImportDialog | None:
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
