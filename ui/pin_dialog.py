"""The supervisor PIN: a small gate in front of the few actions a door volunteer may not take.

``ask_pin(parent, store, on_ok)`` is the whole API. Whether the event has a PIN is
read on the store worker; without one ``on_ok`` runs at once, otherwise a small
window-modal dialog opens (``open()``, never ``exec()``) and ``on_ok`` runs only
after the core's :func:`checkin.pin.check` accepts what was typed. The check runs
on the serial store worker too (scrypt takes ~50 ms and the store may be slow or
gone): the window never waits for it. A wrong PIN changes nothing, says so and
leaves the dialog open; after five in a row the core makes the next try wait
(60 s, doubling) and the dialog says how long, in words, and refuses even the
right PIN until then. Cancel or Esc closes it and runs ``on_cancel`` if given.

The worker is the one given, else the window's (``MainWindow.worker``: Settings
lives in its tabs), else one that runs on the calling thread (a page on its own,
in a test).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError, PinLockedOut, WrongPin
from checkin.store import Store

from .errors import error_text, show_error
from .kit import style
from .worker import StoreWorker


def worker_for(parent: QWidget | None, worker: StoreWorker | None = None) -> StoreWorker:
    """THE store worker for a dialog of ``parent``: given, the window's, or inline."""
    if worker is not None:
        return worker
    found = getattr(parent.window(), "worker", None) if parent is not None else None
    if isinstance(found, StoreWorker):
        return found
    return StoreWorker(inline=True, parent=parent)


def _check(store: Store, typed: str, now: datetime | None) -> bool:
    """The core's check; a wrong PIN that starts a wait is answered with the wait."""
    from checkin import pin  # SQLAlchemy comes with it: imported when a PIN is asked

    try:
        return pin.check(store, typed, now=now)
    except WrongPin as wrong:
        lock = pin.lock_state(store)
        wait = lock.seconds_left(now or datetime.now(UTC))
        if wait and lock.until is not None:
            raise PinLockedOut(lock.until, wait) from wrong
        raise


class PinDialog(QDialog):
    """Asks for the supervisor PIN; emits ``unlocked`` once the core accepts it."""

    unlocked = Signal()

    def __init__(self, store: Store, action: str = "", parent: QWidget | None = None, *,
                 worker: StoreWorker | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._worker = worker_for(parent, worker)
        self._clock = clock
        self.attempts = 0
        self.checking = False  # a check is out on the worker: one press, one check
        self.setWindowTitle(self.tr("Supervisor PIN"))
        self.prompt_label = QLabel(
            action or self.tr("This needs the supervisor PIN."), self)
        self.prompt_label.setWordWrap(True)
        self.pin_field = QLineEdit(self)
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.pin_field))
        self.pin_field.setPlaceholderText(self.tr("PIN (4 to 12 digits)"))
        self.pin_field.setFont(style.font(self.pin_field.font(), 18))
        self.error_label = style.make_problem(QLabel(self), bold=True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Unlock"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        # Wide enough that the wrapped sentences never squeeze the field (Qt sizes a dialog
        # from its labels' one-line width otherwise).
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.pin_field)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def submit(self) -> bool:
        """Send what was typed to the core on the worker. True once it was accepted (at
        once with an inline worker; with a threaded one ``unlocked`` follows later)."""
        if self.checking:
            return False
        store, typed = self._store, self.pin_field.text()
        now = self._clock() if self._clock is not None else None
        self.checking = True
        self.ok_button.setEnabled(False)
        self._worker.submit(lambda: _check(store, typed, now), self._answered, self._refused)
        return self.result() == QDialog.DialogCode.Accepted and not self.checking

    def _answered(self, right: bool) -> None:
        self.checking = False
        self.ok_button.setEnabled(True)
        if right:
            self.accept()
            self.unlocked.emit()
        else:  # the event has a PIN and nothing was typed
            self._say(self.tr("Type the supervisor PIN, or press Cancel."))

    def _refused(self, exc: CheckinError) -> None:
        self.checking = False
        self.ok_button.setEnabled(True)
        if isinstance(exc, WrongPin) or isinstance(exc.__cause__, WrongPin):
            self.attempts += 1
        self._say(error_text(exc))

    def _say(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.pin_field.clear()
        self.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)


def ask_pin(
    parent: QWidget,
    store: Store,
    on_ok: Callable[[], None],
    *,
    action: str = "",
    on_cancel: Callable[[], None] | None = None,
    worker: StoreWorker | None = None,
    clock: Callable[[], datetime] | None = None,
) -> PinDialog | None:
    """Run ``on_ok`` once the supervisor PIN is given; at once when the event has none.

    Whether a PIN is set is read on the worker. Returns the dialog once it is open
    (with an inline worker: before this returns), None otherwise. ``action`` is the
    sentence above the field ("Undo the last scan needs the supervisor PIN."). A store
    that cannot be read is shown as its sentence: without it nobody can tell whether
    a PIN is needed, so nothing runs.
    """
    chosen = worker_for(parent, worker)
    opened: list[PinDialog] = []

    def answered(has_pin: bool) -> None:
        if not has_pin:
            on_ok()
            return
        dialog = PinDialog(store, action, parent, worker=chosen, clock=clock)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.unlocked.connect(on_ok)
        if on_cancel is not None:
            dialog.rejected.connect(on_cancel)
        dialog.open()
        dialog.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)
        opened.append(dialog)

    chosen.submit(lambda: bool(store.event().pin_hash), answered,
                  lambda exc: show_error(parent, exc))
    return opened[0] if opened else None
