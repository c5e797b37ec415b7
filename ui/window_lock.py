"""Kiosk mode for the whole window: the door only, and no way out without the PIN.

In kiosk mode the tab bar and the menu bar are gone and every other tab is
disabled (Ctrl+Tab and Ctrl+PgDown skip disabled tabs), so no other screen, no
import or export dialog, no personal list and no file browser can be reached.
Every way to leave — Quit (Ctrl+Q), Close (Ctrl+W), the window manager's close
button and Alt+F4 (both arrive as a close event), and the Door screen's own Esc
and F11 — asks for the supervisor PIN when the event has one. With the PIN the
window becomes an ordinary window again: tabs, menus and all.

The PIN check and its back-off after wrong tries are the core's (``pin.check``),
made on the store worker; this module only decides when to ask and what follows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QMainWindow, QTabWidget, QWidget

from checkin.errors import CheckinError

from .kit.form import FormDialog

if TYPE_CHECKING:
    from checkin.store import Store

    from .worker import StoreWorker


class PinAsk(FormDialog):
    """The supervisor PIN for a way out of kiosk mode, checked by the core with its
    back-off (checkin/pin.py): a wrong one says so and empties the field, and after five
    the wait is shown; the right one closes the dialog and ``submitted`` follows."""

    def __init__(self, store: Store, worker: StoreWorker | None, action: str,
                 parent: QWidget, check: Callable[[str], bool] | None = None) -> None:
        """``check``: the PIN's check instead of ``pin.check`` (a read-only room display
        checks without writing: checkin/display.py); it runs on the worker."""
        super().__init__("", self._job, worker=worker, parent=parent)
        self.check = check
        self.setObjectName("kioskPin")
        self.setWindowTitle(self.tr("Supervisor PIN"))
        self.ok_button.setText(self.tr("Unlock"))
        self.set_intro(action)
        self.store = store
        self.pin_field = QLineEdit()
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.pin_field))
        self.pin_field.setPlaceholderText(self.tr("PIN (4 to 12 digits)"))
        self.add_wide(self.pin_field)
        self.setMinimumWidth(420)

    def _job(self) -> Callable[[], bool]:
        # SQLAlchemy comes with checkin.pin: imported when a PIN is asked, not at start.
        from checkin import pin

        store, typed, check = self.store, self.pin_field.text(), self.check
        if check is not None:
            return lambda: check(typed)
        return lambda: pin.check(store, typed)

    def show_problem(self, text: str) -> None:
        super().show_problem(text)
        self.pin_field.clear()
        self.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def open(self) -> None:
        super().open()
        self.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)


class WindowLock(QObject):
    """Locks ``window`` to the tab ``door_tab`` while kiosk mode is on."""

    def __init__(self, window: QMainWindow, door_tab: int) -> None:
        super().__init__(window)
        self.window = window
        self.door_tab = door_tab
        self.on = False
        self.pin_dialog: PinAsk | None = None

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

    def _forget(self, dialog: PinAsk) -> None:
        if self.pin_dialog is dialog:
            self.pin_dialog = None

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

    def ask(self, store: Store, worker: StoreWorker | None, then: Callable[[], None],
            action: str, check: Callable[[str], bool] | None = None) -> PinAsk:
        """``then`` once the right PIN is given; one question at a time."""
        # A dialog closed before is deleted by Qt (WA_DeleteOnClose): touching its wrapper
        # would raise inside closeEvent, which PySide 6.11 turns into a crash.
        asking = self.pin_dialog
        if asking is not None and shiboken6.isValid(asking) and asking.isVisible():
            return asking
        dialog = PinAsk(store, worker, action, self.window, check)
        dialog.submitted.connect(lambda _right: then())
        dialog.destroyed.connect(lambda _gone=None, d=dialog: self._forget(d))
        self.pin_dialog = dialog
        dialog.open()
        return dialog
