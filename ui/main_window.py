"""The main window: the start screen until an event is open, then the event's tabs.

Pages get what they need (store, settings, tasks, the serial store worker) as one
:class:`Context` through their constructors; the window only wires their signals
together. Kiosk mode locks the window to the Door tab (ui/window_lock.py). A page that an
event elsewhere made out of date is refreshed when it is next shown, so a scan
at the door never waits for the guest table to reload.

The event's pages (and through them SQLAlchemy, ~200 ms) are imported when the
first event opens, not with this module: the app shows its window first and
opens the event right after the first paint (ui/app.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from .display import add_display_action
from .door_link import DoorNotices, OpenedEvent
from .kit import placing, style
from .kit.context import Context
from .kit.text import fill
from .pin_dialog import PinDialog
from .settings import Settings
from .start import StartScreen
from .tasks import Tasks
from .window_lock import WindowLock, close_own_windows, watch_destroyed
from .window_parts import (
    WindowActions,
    about_box,
    build_menu,
    dropped_guest_list,
    page_or_none,
    retention_reminder,
    stop_worker_after,
    unreachable_page,
)

if TYPE_CHECKING:
    from checkin.store import Store

    from .badges_page import BadgesPage
    from .door.screen import DoorScreen
    from .export_page import ExportPage
    from .guests import GuestsPage
    from .import_dialog import ImportDialog
    from .settings_page import SettingsPage
    from .worker import StoreWorker

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
        self.kiosk = kiosk  # asked for (--kiosk); the lock is on while an event is open
        self.lock = WindowLock(self, DOOR)
        self._closing_for_good = False
        self._dropped_tabs: QTabWidget | None = None
        self.store: Store | None = None
        self.opened: OpenedEvent | None = None  # the store and, on a server, the door
        self.door_notices: DoorNotices | None = None
        self.ctx: Context | None = None
        self.worker: StoreWorker | None = None
        self.about_box: QMessageBox | None = None
        self.actions_: WindowActions | None = None
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
        self.start_screen = StartScreen(settings, tasks)
        self.start_screen.opened.connect(self.open_store)
        self.stack.addWidget(self.start_screen)
        self.opening = QLabel()
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setFont(style.font(self.opening.font(), style.HEADING_PT))
        self.stack.addWidget(self.opening)
        self.setCentralWidget(self.stack)
        self.setAcceptDrops(True)
        self._build_menu()
        placing.fit_main(self)  # wholly on the screen, title bar too (1366×768 laptops)
        # Destroyed by another program (not closed): reopened in kiosk mode, else the app ends.
        self.window_gone = watch_destroyed(self, self.lock, self._close_for_good)
        self._update_title()
        if store is not None:
            self.open_store(store)

    # menus ---------------------------------------------------------------------

    def _build_menu(self) -> None:
        self.actions_ = build_menu(
            self,
            self.actions_,
            open_import=self.open_import,
            close_event=self.close_store,
            close_window=self.close,
            quit_app=self.quit,
            full_screen=self.toggle_full_screen,
            about=self.show_about,
        )
        self.import_action = self.actions_.import_list
        self.close_action = self.actions_.close_event
        self.quit_action = self.actions_.quit
        self.display_action = add_display_action(  # View → Room display: its own process
            self,
            self.actions_.full_screen,
            lambda: self.store.location if self.store else None,
            self.settings.data_dir,
        )
        self._enable_event_actions()

    def _enable_event_actions(self) -> None:
        # In kiosk mode Import (Ctrl+I) and Close event are off whatever has the focus.
        usable = self.store is not None and not self.lock.on
        self.import_action.setEnabled(usable)
        self.close_action.setEnabled(usable)
        self.display_action.setEnabled(usable)

    def show_about(self) -> QMessageBox:
        self.about_box = about_box(self)
        return self.about_box

    # opening and closing events ------------------------------------------------

    def show_opening(self, what: str | None) -> None:
        """What the first paint shows while the event ``what`` (None: the demo) is opened."""
        name = self.tr("the demo event") if what is None else what
        self.opening.setText(fill(self.tr("Opening %1…"), name))
        self.stack.setCurrentWidget(self.opening)

    def show_start(self) -> None:
        self.stack.setCurrentWidget(self.start_screen)

    def open_store(self, opened: Store | OpenedEvent) -> None:
        """Show an open event; a server event's door keeps scanning offline (door_link)."""
        if not isinstance(opened, OpenedEvent):
            opened = OpenedEvent(opened)
        store = opened.store
        if self.store is not None and self.store is not store:
            self._drop_event_view()
            self._close_opened()
        self.store, self.opened = store, opened
        self._start_worker(store)
        # --kiosk opens on the door whatever else is given.
        on_door = self.door_first or self.kiosk
        self._build_event_view(DOOR if on_door else GUESTS)
        self.door_first = False
        if self.kiosk and self.door_screen is not None:
            self.lock.lock(self.tabs)
            self.door_screen.kiosk_mode.enter()
        self._enable_event_actions()
        self._update_title()
        if not on_door:
            # A box over the Door screen would take the scanner's key presses; the
            # organiser's laptop, which opens on the Guests tab, is the one to remind.
            self.remind_retention()
        self.store_opened.emit(store)

    def remind_retention(self) -> QMessageBox | None:
        """Tell the organiser, without blocking, that the retention period has passed."""
        made = (
            retention_reminder(self, self.store, self.settings.language)
            if self.store is not None
            else None
        )
        if made is None:
            return None
        box, self.go_to_settings_button = made
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
        self._stop_worker()
        self._close_opened()
        self.start_screen.fill_recent()
        self.stack.setCurrentWidget(self.start_screen)
        self._enable_event_actions()
        self._update_title()

    def _build_event_view(self, tab: int) -> None:
        from checkin.door import DoorService

        from .badges_page import BadgesPage
        from .door.screen import DoorScreen
        from .door.where import Where
        from .export_page import ExportPage
        from .guests import GuestsPage
        from .settings_page import SettingsPage

        assert self.store is not None and self.worker is not None
        store, settings, tasks = self.store, self.settings, self.tasks
        self.ctx = ctx = Context(store=store, settings=settings, tasks=tasks, worker=self.worker)
        self.guests_page = GuestsPage(ctx)
        door = self.opened.door if self.opened is not None else None
        self.door_screen = DoorScreen(
            door or DoorService(store, door=settings.door_name.strip()),
            Where(store.location, store.display),
            sounds=settings.sounds,
            kiosk=self.kiosk,
            full_screen_key=False,
            worker=self.worker,
            settings=settings,
        )
        if door is not None and self.opened is not None:
            self.door_notices = DoorNotices(
                door, self.door_screen, self.opened.started_offline, settings
            )
            self.opened.started_offline = False  # said once, not again after a language switch
        # A server down at start (the door works offline) leaves these pages out until the
        # event is opened again: they read the event as they are built.
        self.badges_page = page_or_none(lambda: BadgesPage(store, settings, tasks))
        self.export_page = page_or_none(lambda: ExportPage(store, settings, tasks))
        self.settings_page = page_or_none(lambda: SettingsPage(store, settings, tasks))
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        tabs.addTab(self.guests_page, self.tr("Guests"))
        tabs.addTab(self.door_screen, self.tr("Door"))
        tabs.addTab(self.badges_page or unreachable_page(), self.tr("Badges"))
        tabs.addTab(self.export_page or unreachable_page(), self.tr("Export"))
        tabs.addTab(self.settings_page or unreachable_page(), self.tr("Settings"))
        self.tabs = tabs
        self._stale.clear()

        self.door_screen.changed.connect(lambda: self._mark_stale(GUESTS, BADGES, EXPORT))
        self.door_screen.scan_arrived.connect(self.bring_door_forward)
        self.door_screen.door_name_changed.connect(lambda _name: self._update_title())
        self.guests_page.changed.connect(self._guests_changed)
        if (page := self.settings_page) is not None:
            page.language_changed.connect(self.change_language)
            page.sounds_changed.connect(self.door_screen.set_sounds_enabled)
            page.door_name_changed.connect(self.door_screen.set_door_name)
            page.door_name_changed.connect(lambda _name: self._update_title())
            page.scanner_mode_changed.connect(self._scanner_mode)
            page.event_changed.connect(self._event_changed)
            page.purged.connect(self._purged)
        tabs.currentChanged.connect(self._tab_shown)

        self.stack.addWidget(tabs)
        self.stack.setCurrentWidget(tabs)
        tabs.setCurrentIndex(tab)
        self._tab_shown(tab)
        if self.lock.on:
            self.lock.lock(tabs)

    def _drop_event_view(self) -> None:
        if self.tabs is None:
            return
        if self.door_screen is not None:
            # Its scanner filter watches the whole app: it goes now, not when Qt deletes it.
            self.door_screen.scanner.uninstall()
            if self.door_screen.webcam_panel is not None:
                self.door_screen.set_camera_enabled(False)
        # The dropped pages go quiet at once: no timer of theirs may reach the store (or
        # its worker, which stops with the event) between now and their deletion.
        for timer in self.tabs.findChildren(QTimer):
            timer.stop()
        self.stack.removeWidget(self.tabs)
        self.tabs.deleteLater()
        self._dropped_tabs = self.tabs
        self.tabs = None
        self.guests_page = self.badges_page = self.export_page = self.settings_page = None
        self.door_screen = None
        self.ctx = None
        self._camera_started = False

    # keeping the pages in step --------------------------------------------------

    def _mark_stale(self, *tabs: int) -> None:
        self._stale.update(tabs)
        if self.tabs is not None and self.tabs.currentIndex() in self._stale:
            self._tab_shown(self.tabs.currentIndex())

    def _tab_shown(self, index: int) -> None:
        if self.lock.on and index != DOOR and self.tabs is not None:
            self.tabs.setCurrentIndex(DOOR)  # kiosk: no other tab, whoever asks
            return
        if index == DOOR and self.door_screen is not None:
            if self.settings.scanner_mode == "webcam" and not self._camera_started:
                self._camera_started = True
                self.door_screen.set_camera_enabled(True)
            self.door_screen.focus_scan_field()
        if index not in self._stale:
            return
        self._stale.discard(index)
        page = {
            GUESTS: self.guests_page,
            DOOR: self.door_screen,
            BADGES: self.badges_page,
            EXPORT: self.export_page,
        }.get(index)
        if page is not None:
            page.refresh()

    def bring_door_forward(self) -> None:
        """A badge was scanned on another tab: the door comes to the front with its verdict."""
        if self.tabs is not None and self.tabs.currentIndex() != DOOR:
            self.tabs.setCurrentIndex(DOOR)

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
        self.start_screen = StartScreen(self.settings, self.tasks)
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
        """The event, and this laptop's door first when it has a name: which door is this?"""
        if self.store is None:
            self.setWindowTitle(self.tr("Door check-in"))
            return
        from checkin.errors import CheckinError

        try:
            name = self.store.event().name
        except CheckinError:
            name = self.windowTitle().split(" — ")[0]  # keep what it was; the door says why
        parts = [name, self.store.display, self.tr("Door check-in")]
        door = self.settings.door_name
        if door:
            parts.insert(0, door)
        self.setWindowTitle(" — ".join(parts))

    def toggle_full_screen(self) -> None:
        if self.lock.on and self.door_screen is not None:
            # In kiosk mode F11 means "leave?", full screen or not (a window manager may
            # have refused full screen): the PIN when one is set.
            self.door_screen.kiosk_mode.ask_leave()
        elif self.door_screen is not None:
            # The Door screen knows kiosk mode: leaving it needs the supervisor PIN.
            self.door_screen.kiosk_mode.toggle_full_screen()
        elif self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def quit(self) -> None:
        """Close the app; in kiosk mode only with the supervisor PIN (if the event has one)."""
        self.close()

    def _kiosk_left(self) -> None:
        """The PIN was given: an ordinary window again, with tabs and menus."""
        self.kiosk = False
        self.lock.unlock(self.tabs)
        self._enable_event_actions()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        # The Door screen leaves kiosk mode itself (Esc or F11, then the PIN): follow it.
        if (
            event.type() == QEvent.Type.WindowStateChange
            and self.lock.on
            and self.door_screen is not None
            and not self.door_screen.kiosk
        ):
            self._kiosk_left()

    # importing -----------------------------------------------------------------

    def open_import(self, path: Path | None = None) -> ImportDialog | None:
        from .import_dialog import ImportDialog

        if self.store is None or self.lock.on:
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
        if self.store is not None and not self.lock.on and dropped_guest_list(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = dropped_guest_list(event) if self.store is not None and not self.lock.on else None
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_import(path)

    # closing -------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Alt+F4 and the window manager's close button arrive here, like Ctrl+Q and Ctrl+W.
        if not self._closing_for_good and self.lock.needs_pin(self.store):
            event.ignore()
            try:
                assert self.store is not None
                self.pin_dialog = self.lock.ask(
                    self.store,
                    self.worker,
                    self._close_for_good,
                    self.tr("Closing the door in kiosk mode needs the supervisor PIN."),
                    self.door_screen.verdict if self.door_screen is not None else None,
                )
            except Exception:  # noqa: BLE001 - a bug: the crash dialog, and the door stays
                # An exception escaping closeEvent crashes PySide 6.11 (the app would close).
                sys.excepthook(*sys.exc_info())
            return
        # Long work stops at its next check and writes nothing; the store closes after it.
        self.tasks.cancel_all()
        self.tasks.wait()
        self._drop_event_view()
        self._stop_worker()
        self._close_opened()
        self.settings.sync()
        close_own_windows(self)  # the inside list too: no app without its main window
        super().closeEvent(event)

    def _close_opened(self) -> None:
        """Close the event's store and its door (the door's last contact has a deadline)."""
        opened, self.opened = self.opened, None
        if opened is not None:
            opened.close()
        elif self.store is not None:
            self.store.close()
        self.store = None

    def _close_for_good(self) -> None:
        self._closing_for_good = True
        self.close()

    # the store worker ------------------------------------------------------------

    def _start_worker(self, store: Store) -> None:
        from .worker import StoreWorker

        self._stop_worker()
        # One serial worker per open event, shared by every page; inline when the tasks
        # are (tests), so a test reads the screen right after an action.
        self.worker = StoreWorker(inline=self.tasks.inline, parent=self)

    def _stop_worker(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            stop_worker_after(worker, self._dropped_tabs)
