"""The open event's tabs: its pages built, kept in step with each other, and let go.

Split from the main window by job: the window opens and closes events, its
menus and kiosk lock; this widget holds one open event's pages (Guests, Door,
Badges, Export, Settings), each given what it needs through its constructor, and
wires their signals to each other. A page that something elsewhere made out of
date is refreshed when it is next shown, so a scan at the door never waits for
the guest table to reload.

The pages (and through them SQLAlchemy, ~200 ms) are imported when the first
event opens, not with this module (see ui/main_window.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QTabWidget

from .door_link import DoorNotices, OpenedEvent
from .kit.context import Context
from .window_parts import page_or_none, unreachable_page

if TYPE_CHECKING:
    from checkin.store import Store

    from .badges_page import BadgesPage
    from .export_page import ExportPage
    from .settings import Settings
    from .settings_page import SettingsPage
    from .tasks import Tasks
    from .worker import StoreWorker

GUESTS, DOOR, BADGES, EXPORT, SETTINGS = range(5)


class EventTabs(QTabWidget):
    """One open event's pages, in their tabs; ``locked`` says whether kiosk mode holds the
    window on the Door tab."""

    title_changed = Signal()  # the event or this laptop's door name changed
    language_changed = Signal(str)

    def __init__(
        self,
        opened: OpenedEvent,
        settings: Settings,
        tasks: Tasks,
        worker: StoreWorker,
        *,
        kiosk: bool,
        locked: Callable[[], bool],
    ) -> None:
        from checkin.door import DoorService

        from .badges_page import BadgesPage
        from .door.screen import DoorScreen
        from .door.where import Where
        from .export_page import ExportPage
        from .guests import GuestsPage
        from .settings_page import SettingsPage

        super().__init__()
        self.setDocumentMode(True)
        self.settings = settings
        self._locked = locked
        self._stale: set[int] = set()
        self._camera_started = False
        store: Store = opened.store
        self.ctx = ctx = Context(store=store, settings=settings, tasks=tasks, worker=worker)
        self.guests_page = GuestsPage(ctx)
        door = opened.door
        self.door_screen = DoorScreen(
            door or DoorService(store, door=settings.door_name.strip()),
            Where(store.location, store.display),
            sounds=settings.sounds,
            kiosk=kiosk,
            full_screen_key=False,
            worker=worker,
            settings=settings,
        )
        self.door_notices: DoorNotices | None = None
        if door is not None:
            self.door_notices = DoorNotices(
                door, self.door_screen, opened.started_offline, settings
            )
            opened.started_offline = False  # said once, not again after a language switch
        # A server down at start (the door works offline) leaves these pages out until the
        # event is opened again: they read the event as they are built.
        self.badges_page: BadgesPage | None = page_or_none(
            lambda: BadgesPage(store, settings, tasks)
        )
        self.export_page: ExportPage | None = page_or_none(
            lambda: ExportPage(store, settings, tasks)
        )
        self.settings_page: SettingsPage | None = page_or_none(
            lambda: SettingsPage(store, settings, tasks)
        )
        self.addTab(self.guests_page, self.tr("Guests"))
        self.addTab(self.door_screen, self.tr("Door"))
        self.addTab(self.badges_page or unreachable_page(), self.tr("Badges"))
        self.addTab(self.export_page or unreachable_page(), self.tr("Export"))
        self.addTab(self.settings_page or unreachable_page(), self.tr("Settings"))

        self.door_screen.changed.connect(lambda: self.mark_stale(GUESTS, BADGES, EXPORT))
        self.door_screen.scan_arrived.connect(self.bring_door_forward)
        self.door_screen.door_name_changed.connect(lambda _name: self.title_changed.emit())
        self.guests_page.changed.connect(lambda: self.mark_stale(DOOR, BADGES, EXPORT))
        if (page := self.settings_page) is not None:
            page.language_changed.connect(self.language_changed)
            page.sounds_changed.connect(self.door_screen.set_sounds_enabled)
            page.door_name_changed.connect(self.door_screen.set_door_name)
            page.door_name_changed.connect(lambda _name: self.title_changed.emit())
            page.scanner_mode_changed.connect(self._scanner_mode)
            page.event_changed.connect(self._event_changed)
            page.purged.connect(self._purged)
        self.currentChanged.connect(self.tab_shown)

    def show_tab(self, index: int) -> None:
        self.setCurrentIndex(index)
        self.tab_shown(index)

    def drop(self) -> None:
        """Before the tabs go: the door takes no more scans and no page reaches the store
        (or its worker, which stops with the event) between now and their deletion."""
        # The scanner filter watches the whole app: it goes now, not when Qt deletes it.
        self.door_screen.scanner.uninstall()
        if self.door_screen.webcam_panel is not None:
            self.door_screen.set_camera_enabled(False)
        for timer in self.findChildren(QTimer):
            timer.stop()

    # keeping the pages in step --------------------------------------------------

    def mark_stale(self, *tabs: int) -> None:
        self._stale.update(tabs)
        if self.currentIndex() in self._stale:
            self.tab_shown(self.currentIndex())

    def tab_shown(self, index: int) -> None:
        if self._locked() and index != DOOR:
            self.setCurrentIndex(DOOR)  # kiosk: no other tab, whoever asks
            return
        if index == DOOR:
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
        if self.currentIndex() != DOOR:
            self.setCurrentIndex(DOOR)

    def refresh_all(self) -> None:
        self.mark_stale(GUESTS, DOOR, BADGES, EXPORT)

    def _event_changed(self) -> None:
        self.title_changed.emit()
        self.mark_stale(DOOR, EXPORT)

    def _purged(self) -> None:
        # Every page names guests; each shows "Guest 17" from now on.
        self.title_changed.emit()
        self.refresh_all()

    def _scanner_mode(self, mode: str) -> None:
        self._camera_started = mode == "webcam"
        door = self.door_screen
        if mode == "webcam" or door.webcam_panel is not None:
            door.set_camera_enabled(mode == "webcam")
