"""Kiosk mode for the whole window: the door only, and no way out without the PIN.

In kiosk mode the tab bar and the menu bar are gone and every other tab is
disabled (Ctrl+Tab and Ctrl+PgDown skip disabled tabs), so no other screen, no
import or export dialog, no personal list and no file browser can be reached.
Every way to leave — Quit (Ctrl+Q), Close (Ctrl+W), the window manager's close
button and Alt+F4 (both arrive as a close event), and the Door screen's own Esc
and F11 — asks for the supervisor PIN when the event has one. With the PIN the
window becomes an ordinary window again: tabs, menus and all.

The PIN is asked in the app's one PIN prompt (ui/pin_dialog.py), placed on the
window's screen; the check and its back-off after wrong tries are the core's
(``pin.check``), made on the store worker; this module only decides when to ask and
what follows.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    QTimer,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

from checkin.errors import CheckinError

from .kit.form import Done, Failed
from .pin_dialog import PinDialog, worker_for

if TYPE_CHECKING:
    from checkin.door import Door

    from .worker import StoreWorker


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

    def _forget(self, dialog: PinDialog) -> None:
        if self.pin_dialog is dialog:
            self.pin_dialog = None

    def wants_pin(self, door: Door) -> bool:
        """Whether leaving asks for the PIN: in kiosk mode, when the event has one as the
        door knows it now (offline: its copy's). A door that does not answer keeps the
        window shut: pulling the network cable must not open it."""
        if not self.on:
            return False
        try:
            return not door.check_pin(None)
        except CheckinError:
            return True

    def ask(
        self,
        worker: StoreWorker | None,
        then: Callable[[], None],
        action: str,
        avoid: QWidget | None = None,
        *,
        check: Callable[[str], bool],
    ) -> PinDialog:
        """``then`` once the right PIN is given; one question at a time, never over
        ``avoid`` (the door's verdict) where the screen has room beside it. ``check``:
        the PIN's check, run on the worker: the door's (offline, its copy's), or the
        room display's read-only one (checkin/display.py)."""
        # A dialog closed before is deleted by Qt (WA_DeleteOnClose): touching its wrapper
        # would raise inside closeEvent, which PySide 6.11 turns into a crash.
        asking = self.pin_dialog
        if asking is not None and shiboken6.isValid(asking) and asking.isVisible():
            return asking
        on = worker_for(self.window, worker)

        def send(typed: object, done: Done, failed: Failed) -> None:
            on.submit(lambda: check(str(typed)), done, failed)

        dialog = PinDialog(action, send, self.window)
        dialog.setObjectName("kioskPin")
        dialog.unlocked.connect(then)
        dialog.destroyed.connect(lambda _gone=None, d=dialog: self._forget(d))
        self.pin_dialog = dialog
        dialog.open_beside(self.window, avoid)
        return dialog


# An X11 DestroyNotify event (xcb_destroy_notify_event_t): its kind in the first byte, the
# window that is gone at byte 8.
_XCB_EVENT = b"xcb_generic_event_t"
_DESTROY_NOTIFY = 17
_DESTROYED_WINDOW_AT = 8


class WindowGone(QAbstractNativeEventFilter):
    """Hears the X server say that ``window``'s native window was destroyed by another
    program (``xdotool windowclose``, a window manager's "destroy"): not a close, so no
    closeEvent, and without this the app would run on with no window at all. ``gone``
    then runs on the main thread. Other platforms have no such way to destroy another
    program's window; their close is a closeEvent."""

    def __init__(self, window: QWidget, gone: Callable[[], None]) -> None:
        super().__init__()
        self.window = window
        self.gone = gone

    def nativeEventFilter(
        self,
        eventType: QByteArray | bytes | bytearray | memoryview,  # noqa: N802,N803 (Qt's names)
        message: int,
    ) -> object:
        kind_name = eventType.data() if isinstance(eventType, QByteArray) else bytes(eventType)
        address = int(message)  # a shiboken VoidPtr, whose truth is not its address
        if kind_name == _XCB_EVENT and address and shiboken6.isValid(self.window):
            kind = ctypes.c_uint8.from_address(address).value & 0x7F
            if kind == _DESTROY_NOTIFY:
                destroyed = ctypes.c_uint32.from_address(address + _DESTROYED_WINDOW_AT).value
                if destroyed and destroyed == int(self.window.winId()):
                    QTimer.singleShot(0, self.window, self.gone)
        return False, 0


def watch_destroyed(
    window: QMainWindow, lock: WindowLock, close_for_good: Callable[[], None]
) -> WindowGone | None:
    """When another program destroys ``window``'s X window: in kiosk mode a new one opens
    (full screen, still locked); otherwise the window closes for good (``close_for_good``:
    the store is closed, the settings saved) and the app ends. None off X11."""
    app = QCoreApplication.instance()
    if app is None or QGuiApplication.platformName() != "xcb":
        return None

    def gone() -> None:
        window.destroy(True, True)  # Qt's side of the dead native window goes too
        if lock.on:
            window.create()
            window.showFullScreen()
            return
        close_for_good()
        if not any(w.isVisible() for w in QApplication.topLevelWidgets()):
            # Hidden already (destroyed), so its close was no "last window closed".
            QCoreApplication.quit()

    watcher = WindowGone(window, gone)
    app.installNativeEventFilter(watcher)
    window.destroyed.connect(lambda: app.removeNativeEventFilter(watcher))
    return watcher


def close_own_windows(window: QWidget) -> None:
    """Close the other windows that belong to ``window`` (the inside list): without the
    main window the app must end, not run on behind a small one."""

    def belongs(other: QWidget) -> bool:
        parent = other.parentWidget()
        while parent is not None:  # isAncestorOf stops at the edge of a window
            if parent is window:
                return True
            parent = parent.parentWidget()
        return False

    for other in QApplication.topLevelWidgets():
        if other is not window and other.isVisible() and belongs(other):
            other.close()
