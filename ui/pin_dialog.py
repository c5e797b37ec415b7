"""The supervisor PIN: the app's one PIN prompt, in front of the few actions a door
volunteer may not take (the settings, a purge, the door's supervisor actions, the way
out of kiosk mode).

:class:`PinDialog` is the kit's form dialog with the one PIN field: what is typed goes
to ``send`` — the core's :func:`checkin.pin.check` on the store worker
(:func:`pin_checker`), or the door service through the door's flow (which checks it
with the same core function). Either way a wrong PIN changes nothing, says so, empties
the field and leaves the dialog open; after five in a row the core makes the next try
wait (60 s, doubling), the dialog says how long, in words, and refuses even the right
PIN until then. Cancel or Esc closes it. The check never runs on the window's thread:
scrypt is slow on purpose and the store may be slow or gone.

``ask_pin(parent, store, on_ok)`` runs ``on_ok`` at once when the event has no PIN,
else after the right one. The worker is the one given, else the window's
(``MainWindow.worker``: Settings lives in its tabs), else one that runs on the calling
thread (a page on its own, in a test).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from checkin.errors import CheckinError, PinLockedOut, WrongPin

from .errors import show_error
from .kit.form import Done, Failed, FormDialog, Send
from .kit.pin_field import PinField
from .worker import StoreWorker

if TYPE_CHECKING:
    from checkin.store import Store


def worker_for(parent: QWidget | None, worker: StoreWorker | None = None) -> StoreWorker:
    """THE store worker for a dialog of ``parent``: given, the window's, or inline."""
    if worker is not None:
        return worker
    found = getattr(parent.window(), "worker", None) if parent is not None else None
    if isinstance(found, StoreWorker):
        return found
    return StoreWorker(inline=True, parent=parent)


def checked(store: Store, typed: str | None, now: datetime | None = None) -> bool:
    """The core's check; a wrong PIN that starts a wait is answered with the wait."""
    from checkin import pin

    try:
        return pin.check(store, typed, now=now)
    except WrongPin as wrong:
        lock = pin.lock_state(store)
        wait = lock.seconds_left(now or datetime.now(UTC))
        if wait and lock.until is not None:
            raise PinLockedOut(lock.until, wait) from wrong
        raise


def pin_checker(
    store: Store, worker: StoreWorker, clock: Callable[[], datetime] | None = None
) -> Send:
    """A PIN dialog's ``send``: the core's check on the store worker, answering True (right,
    or no PIN set), False (nothing typed) or a PinError."""

    def send(typed: object, done: Done, failed: Failed) -> None:
        now = clock() if clock is not None else None
        worker.submit(lambda: checked(store, str(typed) or None, now), done, failed)

    return send


class PinDialog(FormDialog):
    """Asks for the supervisor PIN; ``unlocked`` once ``send`` accepted it."""

    unlocked = Signal()

    def __init__(self, action: str, send: Send, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Supervisor PIN"),
            send=send,
            ok_text=self.tr("Unlock"),
            intro=action or self.tr("This needs the supervisor PIN."),
            what=self.tr("the supervisor PIN"),
            parent=parent,
            problem_of=self._nothing_typed,
        )
        self.setObjectName("pinDialog")
        self.attempts = 0  # wrong PINs typed here
        self.pin_field = PinField(self.tr("PIN (digits only)"), self)
        self.add_wide(self.pin_field)
        self.submitted.connect(lambda _answer: self.unlocked.emit())

    def value(self) -> str:
        return self.pin_field.text()

    def _nothing_typed(self, answer: object) -> str | None:
        # False: the event has a PIN and none was typed. Anything else is the door's
        # answer (a verdict) or True: the PIN was right.
        return self.tr("Type the supervisor PIN, or press Cancel.") if answer is False else None

    def show_problem(self, text: str) -> None:
        super().show_problem(text)
        self.pin_field.clear()
        self.pin_field.setFocus()

    def fail(self, error: CheckinError) -> None:
        if isinstance(error, WrongPin) or isinstance(error.__cause__, WrongPin):
            self.attempts += 1
        super().fail(error)


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
        dialog = PinDialog(action, pin_checker(store, chosen, clock), parent)
        dialog.unlocked.connect(on_ok)
        if on_cancel is not None:
            dialog.rejected.connect(on_cancel)
        dialog.open_beside(parent)
        opened.append(dialog)

    chosen.submit(
        lambda: bool(store.event().pin_hash), answered, lambda exc: show_error(parent, exc)
    )
    return opened[0] if opened else None
