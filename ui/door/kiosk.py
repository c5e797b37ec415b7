"""Full screen and kiosk mode for the Door screen: leaving kiosk mode needs the PIN.

The window's own lock-down (no tabs, no menus, every way out behind the PIN) is
the main window's; this part only keeps F11 and Esc from being a back door out
of the Door screen's kiosk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin.errors import CheckinError
from checkin.store import Store

from ..pin_dialog import PinDialog, ask_pin


class Kiosk:
    def __init__(self, screen: QWidget, store: Store, on: bool, full_screen_key: bool) -> None:
        self.screen = screen
        self.store = store
        self.on = on
        self.box: QMessageBox | PinDialog | None = None

    def toggle_full_screen(self) -> None:
        window = self.screen.window()
        if window.isFullScreen() and self.on:
            self.ask_leave()  # F11 is no back door out of kiosk mode
            return
        if window.isFullScreen():
            window.showNormal()
        else:
            window.showFullScreen()

    def enter(self) -> None:
        self.on = True
        self.screen.window().showFullScreen()

    def ask_leave(self) -> QMessageBox | PinDialog | None:
        """The supervisor PIN if the event has one, else a yes/no question."""
        if self.box is not None and self.box.isVisible():
            return self.box
        try:
            locked = bool(self.store.event().pin_hash)
        except CheckinError:
            locked = True  # unknown: keep the kiosk shut (pulling a cable must not open it)
        if locked:
            try:
                self.box = ask_pin(self.screen, self.store, self._leave,
                                   action=self.screen.tr(
                                       "Leaving kiosk mode needs the supervisor PIN."))
            except CheckinError:
                self.box = None
            return self.box
        box = QMessageBox(QMessageBox.Icon.Question, self.screen.tr("Leave kiosk mode?"),
                          self.screen.tr("Leave full-screen kiosk mode? The door keeps working."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.screen)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._answered)
        self.box = box
        box.open()
        return box

    def _answered(self, answer: int) -> None:
        self.box = None
        if answer == QMessageBox.StandardButton.Yes:
            self._leave()

    def _leave(self) -> None:
        self.on = False
        self.screen.window().showNormal()
