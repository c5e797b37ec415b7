"""Full screen and kiosk mode for the Door screen: leaving kiosk mode needs the PIN.

The window's own lock-down (no tabs, no menus, every way out behind the PIN) is
the main window's; this part only keeps F11 and Esc from being a back door out
of the Door screen's kiosk. Whether the event has a PIN, and whether the one
typed is right (with its backoff after wrong tries), is read on the store worker
and asked in the door's own PIN prompt.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin import pin as pins
from checkin.errors import CheckinError
from checkin.store import Store

from ..worker import StoreWorker
from .flow import OnError, PinRequest
from .steps import DoorSteps


class Kiosk:
    def __init__(self, screen: QWidget, store: Store, worker: StoreWorker, steps: DoorSteps,
                 on: bool) -> None:
        self.screen = screen
        self.store = store
        self.worker = worker
        self.steps = steps
        self.on = on
        self.box: QMessageBox | None = None

    def toggle_full_screen(self) -> None:
        window = self.screen.window()
        if window.isFullScreen() and self.on:
            self.ask_leave()  # F11 is no back door out of kiosk mode
            return
        if window.isFullScreen():
            window.showNormal()
        else:
            window.showFullScreen()

    def guard_search(self, open_search: Callable[[], None]) -> None:
        """F2 shows guests' names: in kiosk mode only with the PIN (when one is set)."""
        if not self.on:
            open_search()
            return
        self.steps.behind_pin(QCoreApplication.translate(
            "Kiosk", "Finding a guest by name in kiosk mode needs the supervisor PIN."),
            open_search)

    def guard_inside(self, open_inside: Callable[[], None]) -> None:
        """F6, the inside list, names everyone inside: likewise behind the PIN in kiosk mode."""
        if not self.on:
            open_inside()
            return
        self.steps.behind_pin(QCoreApplication.translate(
            "Kiosk", "The list of who is inside needs the supervisor PIN in kiosk mode."),
            open_inside)

    def enter(self) -> None:
        self.on = True
        self.screen.window().showFullScreen()

    def ask_leave(self) -> QWidget | None:
        """The supervisor PIN if the event has one, else a yes/no question."""
        if self.box is not None and self.box.isVisible():
            return self.box
        store = self.store
        # Unknown (the store does not answer): the kiosk stays shut behind the PIN.
        self.worker.submit(lambda: bool(store.event().pin_hash), self._ask,
                           lambda _e: self._ask(True))
        return self.box if self.box is not None else self.steps.dialog

    def _ask(self, locked: bool) -> None:
        if locked:
            self.steps.ask_pin(PinRequest(QCoreApplication.translate(
                "Kiosk", "Leaving kiosk mode needs the supervisor PIN."), self._check))
            return
        # Not a QObject: the context is named, as lupdate files it ("Kiosk").
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("Kiosk", "Leave kiosk mode?"),
                          QCoreApplication.translate(
                              "Kiosk", "Leave full-screen kiosk mode? The door keeps working."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.screen)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._answered)
        self.box = box
        box.open()

    def _check(self, pin: str, done: Callable[[object], None] | None,
               failed: OnError | None) -> None:
        store = self.store

        def right(ok: bool) -> None:
            if ok:
                self._leave()
                if done is not None:
                    done(None)

        def wrong(error: CheckinError) -> None:
            if failed is not None:
                failed(error)

        self.worker.submit(lambda: pins.check(store, pin), right, wrong)

    def _answered(self, answer: int) -> None:
        self.box = None
        if answer == QMessageBox.StandardButton.Yes:
            self._leave()

    def _leave(self) -> None:
        self.on = False
        self.screen.window().showNormal()
