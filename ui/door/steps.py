"""The door's dialogs as steps: walk-in, undo, override, capacity, door name, scanner, PIN.

One door dialog at a time (``dialog``): while it is open, a scan is answered "Scan
not taken: finish … first" by the screen. Every one is the kit's form dialog, opened
beside the verdict on the door's screen (ui/kit/placing.py) with the typing in its
first field. What OK sends goes to the flow, which sends it to the door service; a
refusal comes back to the dialog (which shows it and stays open), success closes it,
and the service's wish for the PIN opens the app's one PIN prompt in its place.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from checkin.door import ScanResult, Verdict
from checkin.errors import CheckinError
from checkin.models import Guest, GuestInput

from ..kit.form import Done, Failed, FormDialog
from ..kit.text import fill
from ..pin_dialog import PinDialog
from .dialogs import CapacityDialog, DoorNameDialog, ReasonDialog, ScannerDialog, UndoDialog
from .flow import DoorFlow, PinRequest
from .walkin import WalkInDialog

OVERRIDABLE = (Verdict.CANCELLED, Verdict.PENDING, Verdict.REVOKED)


class DoorSteps(QObject):
    def __init__(
        self,
        screen: QWidget,
        flow: DoorFlow,
        changed: Callable[[], None],
        verdict: QWidget,
        timezone: Callable[[], str] = lambda: "Europe/Amsterdam",
    ) -> None:
        super().__init__(screen)
        self.timezone = timezone  # the event's, for the times the undo dialog names
        self.screen = screen
        self.verdict = verdict  # never covered: "Scan not taken" must stay readable
        self.flow = flow
        self._changed = changed  # a dialog opened or closed: the scanner light follows
        self.dialog: FormDialog | None = None

    def _open(
        self, dialog: FormDialog, on_submit: Callable[[object], None] | None = None
    ) -> FormDialog:
        if self.dialog is not None and shiboken6.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.close()
        self.dialog = dialog
        if on_submit is not None:
            dialog.submitted.connect(on_submit)
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open_beside(self.screen, self.verdict)
        self._changed()
        return dialog

    def _closed(self, dialog: FormDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self._changed()

    def _or_screen(self, dialog: FormDialog, failed: Failed) -> Failed:
        """A store answer may come after its dialog was closed (and deleted): then the
        flow's notice says what went wrong."""

        def tell(error: CheckinError) -> None:
            if shiboken6.isValid(dialog) and dialog.isVisible():
                failed(error)
            else:
                self.flow.problem.emit(error)

        return tell

    @property
    def walk_in_dialog(self) -> WalkInDialog | None:
        return self.dialog if isinstance(self.dialog, WalkInDialog) else None

    def open_walk_in(self) -> WalkInDialog:
        dialog: WalkInDialog

        def send(person: object, done: Done, failed: Failed) -> None:
            assert isinstance(person, GuestInput)

            def answered(result: ScanResult) -> None:
                if result.verdict is not Verdict.MATCH:  # a match is asked in the dialog
                    done(result)

            self.flow.walk_in(
                person, new=dialog.as_new, failed=self._or_screen(dialog, failed), done=answered
            )

        dialog = WalkInDialog(send, self.screen)
        dialog.is_match.connect(lambda guest: self._walk_in_is(dialog, guest))
        self._open(dialog)
        return dialog

    def _walk_in_is(self, dialog: WalkInDialog, guest: Guest) -> None:
        dialog.accept()
        self.flow.admit(guest)

    def undo_last(self) -> UndoDialog:
        """Undo: this door's recent scans are named first (the newest chosen); the one
        picked is sent with the reason."""
        dialog: UndoDialog

        def send(value: object, done: Done, failed: Failed) -> None:
            assert isinstance(value, tuple)
            scan, reason = value
            self.flow.undo(
                str(reason),
                scan=scan,
                done=done,
                failed=self._or_screen(dialog, failed),
                text=dialog.pin_text(),
            )

        dialog = UndoDialog(self.timezone(), send, self.screen)
        self._open(dialog)
        self.flow.undo_choices(
            lambda choices: dialog.show_choices(choices) if shiboken6.isValid(dialog) else None,
            self._or_screen(dialog, dialog.fail),
        )
        dialog.reason_field.setFocus()
        return dialog

    def open_override(self) -> ReasonDialog | None:
        """Let a cancelled, pending or revoked guest in anyway: a reason, maybe the PIN."""
        last = self.flow.last
        if last is None or last.verdict not in OVERRIDABLE:
            return None
        target: str | int = last.code or (last.guest.id if last.guest else "")
        who = last.guest.name if last.guest else last.code
        dialog: ReasonDialog

        def send(reason: object, done: Done, failed: Failed) -> None:
            self.flow.override(
                target,
                str(reason),
                done=done,
                failed=self._or_screen(dialog, failed),
                text=self.tr("An override needs the supervisor PIN."),
            )

        dialog = ReasonDialog(
            self.tr("Override"),
            fill(
                self.tr(
                    "Let %1 in anyway (never past the capacity). It is logged as an override. Why?"
                ),
                who,
            ),
            self.tr("Let in"),
            self.tr("the override"),
            send,
            self.screen,
        )
        self._open(dialog)
        return dialog

    def open_capacity(self, old: int) -> CapacityDialog:
        dialog: CapacityDialog

        def send(n: object, done: Done, failed: Failed) -> None:
            self.flow.set_capacity(
                int(str(n)),
                done=done,
                failed=self._or_screen(dialog, failed),
                text=fill(self.tr("Changing the capacity to %1 needs the supervisor PIN."), n),
            )

        dialog = CapacityDialog(old, send, self.screen)
        self._open(dialog)
        return dialog

    def open_door_name(self, old: str, rename: Callable[[str], None]) -> DoorNameDialog:
        """This laptop's door name, behind the supervisor PIN when the event has one."""

        def send(name: object, done: Done, _failed: Failed) -> None:
            def renamed() -> None:
                rename(str(name))
                done(name)

            self.behind_pin(self.tr("Renaming this door needs the supervisor PIN."), renamed)

        dialog = DoorNameDialog(old, send, self.screen)
        self._open(dialog)
        return dialog

    def open_scanner(
        self, prefix: str, minutes: int, apply: Callable[[str, int], None]
    ) -> ScannerDialog:
        def send(value: object, done: Done, _failed: Failed) -> None:
            assert isinstance(value, tuple)
            apply(str(value[0]), int(value[1]))
            done(value)

        dialog = ScannerDialog(prefix, minutes, send, self.screen)
        self._open(dialog)
        return dialog

    def behind_pin(self, text: str, then: Callable[[], object]) -> None:
        """``then`` once the supervisor PIN is given (at once when the event has none).

        Whether a PIN is set and whether the one typed is right are the door's
        (``Door.check_pin``: the server's check with its backoff, offline the PIN the
        door's copy holds), asked on the store worker. A door that does not answer
        opens nothing: the error is shown and the gate stays shut.
        """
        door = self.flow.service

        def answered(right: bool) -> None:
            if right:
                then()
                return
            prompt = self.ask_pin(PinRequest(text, self.check_pin))  # the event has a PIN
            prompt.unlocked.connect(then)

        self.flow.worker.submit(lambda: door.check_pin(None), answered, self.flow.problem.emit)

    def check_pin(self, pin: str, done: Done | None, failed: Failed | None) -> None:
        """A typed PIN to the door's check on the store worker: True, False (nothing
        typed) or a PinError (wrong, or wait: the back-off holds here too)."""
        door = self.flow.service
        self.flow.worker.submit(
            lambda: door.check_pin(pin or None),
            done or (lambda _r: None),
            failed or self.flow.problem.emit,
        )

    def ask_pin(self, request: PinRequest) -> PinDialog:
        """The PIN is wanted: the one PIN prompt takes the place of the dialog that asked."""
        prompt: PinDialog

        def send(pin: object, done: Done, failed: Failed) -> None:
            request.retry(str(pin), done, self._or_screen(prompt, failed))

        prompt = PinDialog(request.text, send, self.screen)
        self._open(prompt)
        return prompt
