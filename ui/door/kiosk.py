"""Full screen and kiosk mode for the Door screen: leaving kiosk mode needs the PIN.

The window's own lock-down (no tabs, no menus, every way out behind the PIN) is
the main window's; this part keeps F11 and Esc from being a back door out of the
Door screen's kiosk, and puts what a passer-by must not do there (find a name, see
who is inside, a walk-in, the ±1 counter, the scanner settings) behind the PIN.
Whether the event has a PIN, and whether the one typed is right (with its backoff
after wrong tries), is asked of the door (``Door.check_pin``: the server, or offline
the door's own copy) on the store worker and typed in the app's one PIN prompt; the
"leave?" question without a PIN is placed like every door window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin.door import Door

from ..kit import placing
from ..worker import StoreWorker
from .flow import PinRequest
from .steps import DoorSteps


class Kiosk:
    def __init__(
        self, screen: QWidget, door: Door, worker: StoreWorker, steps: DoorSteps, on: bool
    ) -> None:
        self.screen = screen
        self.door = door
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

    def guard(self, text: str, then: Callable[[], object]) -> None:
        """``then`` at once outside kiosk mode; in it, once the supervisor PIN is given
        (at once when the event has none). ``text`` says what needs it."""
        if not self.on:
            then()
            return
        self.steps.behind_pin(text, then)

    def guard_search(self, open_search: Callable[[], object]) -> None:
        """F2 shows guests' names: in kiosk mode only with the PIN (when one is set)."""
        self.guard(
            QCoreApplication.translate(
                "Kiosk", "Finding a guest by name in kiosk mode needs the supervisor PIN."
            ),
            open_search,
        )

    def guard_inside(self, open_inside: Callable[[], object]) -> None:
        """F6, the inside list, names everyone inside: likewise behind the PIN in kiosk mode."""
        self.guard(
            QCoreApplication.translate(
                "Kiosk", "The list of who is inside needs the supervisor PIN in kiosk mode."
            ),
            open_inside,
        )

    def guard_walk_in(self, open_walk_in: Callable[[], object]) -> None:
        """F3: a walk-in adds a guest and lets them in; a kiosk passer-by may not."""
        self.guard(
            QCoreApplication.translate(
                "Kiosk", "A walk-in in kiosk mode needs the supervisor PIN."
            ),
            open_walk_in,
        )

    def guard_count(self, count: Callable[[], object]) -> None:
        """The ±1 counter changes the headcount: behind the PIN in kiosk mode."""
        self.guard(
            QCoreApplication.translate(
                "Kiosk", "Counting a person in or out in kiosk mode needs the supervisor PIN."
            ),
            count,
        )

    def guard_scanner(self, open_scanner: Callable[[], object]) -> None:
        """The scanner settings decide what counts as a scan: behind the PIN in kiosk mode."""
        self.guard(
            QCoreApplication.translate(
                "Kiosk", "The scanner settings in kiosk mode need the supervisor PIN."
            ),
            open_scanner,
        )

    def enter(self) -> None:
        self.on = True
        self.screen.window().showFullScreen()

    def ask_leave(self) -> QWidget | None:
        """The supervisor PIN if the event has one, else a yes/no question."""
        if self.box is not None and self.box.isVisible():
            return self.box
        door = self.door
        # Unknown (the door does not answer): the kiosk stays shut behind the PIN.
        self.worker.submit(lambda: not door.check_pin(None), self._ask, lambda _e: self._ask(True))
        return self.box if self.box is not None else self.steps.dialog

    def _ask(self, locked: bool) -> None:
        if locked:
            prompt = self.steps.ask_pin(
                PinRequest(
                    QCoreApplication.translate(
                        "Kiosk", "Leaving kiosk mode needs the supervisor PIN."
                    ),
                    self.steps.check_pin,
                )
            )
            prompt.unlocked.connect(self._leave)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Kiosk", "Leave kiosk mode?"),
            QCoreApplication.translate(
                "Kiosk", "Leave full-screen kiosk mode? The door keeps working."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.screen,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._answered)
        self.box = box
        placing.keep_placed(box, self.screen, self.steps.verdict)
        box.open()

    def _answered(self, answer: int) -> None:
        self.box = None
        if answer == QMessageBox.StandardButton.Yes:
            self._leave()

    def _leave(self) -> None:
        self.on = False
        self.screen.window().showNormal()
