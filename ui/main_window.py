"""The main window: the start screen until an event is open, then the event's tabs.

The window opens and closes events, holds the menus and the kiosk lock (ui/window_lock.py,
which keeps the window on the Door tab). The open event's pages, each given what it
needs through its constructor, and keeping them in step are ui/event_tabs.py's.

The event's pages (and through them SQLAlchemy, ~200 ms) are imported when the
first event opens, not with this module: the app shows its window first and
opens the event right after the first paint (ui/app.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
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
from .event_tabs import BADGES, DOOR, EXPORT, GUESTS, SETTINGS, EventTabs
from .kit import placing, style
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
    retention_reminder,
    stop_worker_after,
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

__all__ = ["BADGES", "DOOR", "EXPORT", "GUESTS", "SETTINGS", "MainWindow"]


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
        self.worker: StoreWorker | None = None
        self.about_box: QMessageBox | None = None
        self.actions_: WindowActions | None = None
        self.tabs: EventTabs | None = None  # the open event's pages
        self.pin_dialog: PinDialog | None = None
        self.import_dialog: ImportDialog | None = None
        self.reminder: QMessageBox | None = None

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
        assert self.opened is not None and self.worker is not None
        tabs = EventTabs(
            self.opened,
            self.settings,
            self.tasks,
            self.worker,
            kiosk=self.kiosk,
            locked=lambda: self.lock.on,
        )
        self.tabs = tabs
        tabs.title_changed.connect(self._update_title)
        tabs.language_changed.connect(self.change_language)
        self.stack.addWidget(tabs)
        self.stack.setCurrentWidget(tabs)
        tabs.show_tab(tab)
        if self.lock.on:
            self.lock.lock(tabs)

    def _drop_event_view(self) -> None:
        if self.tabs is None:
            return
        self.tabs.drop()
        self.stack.removeWidget(self.tabs)
        self.tabs.deleteLater()
        self._dropped_tabs = self.tabs
        self.tabs = None

    # the open event's pages (None while no event is open) ------------------------

    @property
    def door_screen(self) -> DoorScreen | None:
        return self.tabs.door_screen if self.tabs is not None else None

    @property
    def guests_page(self) -> GuestsPage | None:
        return self.tabs.guests_page if self.tabs is not None else None

    @property
    def badges_page(self) -> BadgesPage | None:
        return self.tabs.badges_page if self.tabs is not None else None

    @property
    def export_page(self) -> ExportPage | None:
        return self.tabs.export_page if self.tabs is not None else None

    @property
    def settings_page(self) -> SettingsPage | None:
        return self.tabs.settings_page if self.tabs is not None else None

    @property
    def door_notices(self) -> DoorNotices | None:
        return self.tabs.door_notices if self.tabs is not None else None

    def refresh_all(self) -> None:
        if self.tabs is not None:
            self.tabs.refresh_all()

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
        screen = self.door_screen
        if (
            not self._closing_for_good
            and screen is not None
            and self.lock.wants_pin(screen.service)
        ):
            event.ignore()
            door = screen.service
            try:
                self.pin_dialog = self.lock.ask(
                    self.worker,
                    self._close_for_good,
                    self.tr("Closing the door in kiosk mode needs the supervisor PIN."),
                    screen.verdict,
                    check=lambda typed: door.check_pin(typed or None),
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
