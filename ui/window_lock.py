"""Kiosk mode for the whole window: the door only, and no way out without the PIN.

In kiosk mode the tab bar and the menu bar are gone and every other tab is
disabled (Ctrl+Tab and Ctrl+PgDown skip disabled tabs), so no other screen, no
import or export dialog, no personal list and no file browser can be reached.
Every way to leave — Quit (Ctrl+Q), Close (Ctrl+W), the window manager's close
button and Alt+F4 (both arrive as a close event), and the Door screen's own Esc
and F11 — asks for the supervisor PIN when the event has one. With the PIN the
window becomes an ordinary window again: tabs, menus and all.

The PIN check and its back-off after wrong tries are the core's (checkin/pin.py),
through the PIN dialog; this class only decides when to ask and what follows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QTabWidget

from checkin.errors import CheckinError

if TYPE_CHECKING:
    from checkin.store import Store

    from .pin_dialog import PinDialog


class WindowLock(QObject):
    """Locks ``window`` to the tab ``door_tab`` while kiosk mode is on."""

    def __init__(self, window: QMainWindow, door_tab: int) -> None:
        super().__init__(window)
        self.window = window
        self.door_tab = door_tab
        self.on = False
        self.pin_dialog: PinDialog | None = None

    def lock(self, tabs: QTabWidget | None) -> None:
        self.on = True
        self.window.menuBar().hide()
        if tabs is not None:
            tabs.setCurrentIndex(self.door_tab)
            tabs.tabBar().hide()
            for index in range(tabs.count()):
                tabs.setTabEnabled(index, index == self.door_tab)

    def unlock(self, tabs: QTabWidget | None) -> None:
        self.on = False
        self.window.menuBar().show()
        if tabs is not None:
            tabs.tabBar().show()
            for index in range(tabs.count()):
                tabs.setTabEnabled(index, True)

    def needs_pin(self, store: Store | None) -> bool:
        """Whether leaving asks for the PIN: in kiosk mode with one set, or unknown."""
        if not self.on or store is None:
            return False
        try:
            return bool(store.event().pin_hash)
        except CheckinError:
            # A store that does not answer keeps the kiosk shut: pulling the network
            # cable must not open it.
            return True

    def ask(self, store: Store, then: Callable[[], None], action: str) -> PinDialog | None:
        """``then`` once the PIN is given (at once without one); one question at a time."""
        from .pin_dialog import PinDialog, ask_pin

        if self.pin_dialog is not None and self.pin_dialog.isVisible():
            return self.pin_dialog
        self.pin_dialog = None
        try:
            dialog = ask_pin(self.window, store, then, action=action)
        except CheckinError:
            return None  # not connected: stay in; the Door screen says why
        self.pin_dialog = dialog if isinstance(dialog, PinDialog) else None
        return dialog
