"""The door's dialogs as steps: walk-in, undo, override, capacity, door name, the PIN.

One door dialog at a time (``dialog``): while it is open, a scan is answered "Scan
not taken: finish … first" by the screen. Each dialog's answer goes to the flow,
which sends it to the door service; a refusal comes back to the dialog (which
shows it and stays open), success closes it, and the service's wish for the PIN
opens the PIN prompt in its place.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from checkin import pin as pins
from checkin.door import ScanResult, Verdict
from checkin.errors import CheckinError
from checkin.models import Guest, GuestInput

from ..kit.text import fill
from .dialogs import (
    CapacityDialog,
    DoorDialog,
    DoorNameDialog,
    PinPrompt,
    ReasonDialog,
    ScannerDialog,
)
from .flow import DoorFlow, PinRequest
from .inside import place_beside
from .walkin import WalkInDialog

OVERRIDABLE = (Verdict.CANCELLED, Verdict.PENDING, Verdict.REVOKED)


class DoorSteps(QObject):
    def __init__(self, screen: QWidget, flow: DoorFlow, changed: Callable[[], None],
                 verdict: QWidget) -> None:
        super().__init__(screen)
        self.screen = screen
        self.verdict = verdict  # never covered: "Scan not taken" must stay readable
        self.flow = flow
        self._changed = changed  # a dialog opened or closed: the scanner light follows
        self.dialog: DoorDialog | None = None

    def _open(self, dialog: DoorDialog, on_submit: Callable[[object], None]) -> DoorDialog:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.close()
        self.dialog = dialog
        dialog.submitted.connect(on_submit)
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()
        place_beside(dialog, self.screen, self.verdict)
        self._changed()
        return dialog

    def _closed(self, dialog: DoorDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self._changed()

    # A store answer may come after its dialog was closed (and deleted): then the flow's
    # notice says what went wrong, and there is nothing left to close.

    def _closer(self, dialog: DoorDialog) -> Callable[[object], None]:
        def close(_result: object) -> None:
            if shiboken6.isValid(dialog):
                dialog.accept()
        return close

    def _teller(self, dialog: DoorDialog) -> Callable[[CheckinError], None]:
        def tell(error: CheckinError) -> None:
            if shiboken6.isValid(dialog) and dialog.isVisible():
                dialog.fail(error)
            else:
                self.flow.problem.emit(error)
        return tell

    @property
    def walk_in_dialog(self) -> WalkInDialog | None:
        return self.dialog if isinstance(self.dialog, WalkInDialog) else None

    def open_walk_in(self) -> WalkInDialog:
        dialog = WalkInDialog(self.screen)
        self._open(dialog, lambda person: self._walk_in(dialog, person, new=False))
        dialog.is_match.connect(lambda guest: self._walk_in_is(dialog, guest))
        dialog.not_match.connect(lambda person: self._walk_in(dialog, person, new=True))
        dialog.name_field.setFocus()
        return dialog

    def _walk_in(self, dialog: WalkInDialog, person: object, *, new: bool) -> None:
        assert isinstance(person, GuestInput)

        close = self._closer(dialog)

        def done(result: ScanResult) -> None:
            if result.verdict is not Verdict.MATCH:
                close(result)

        self.flow.walk_in(person, new=new, failed=self._teller(dialog), done=done)

    def _walk_in_is(self, dialog: WalkInDialog, guest: Guest) -> None:
        dialog.accept()
        self.flow.admit(guest)

    def undo_last(self) -> ReasonDialog:
        dialog = ReasonDialog(self.tr("Undo the last scan"),
                              self.tr("This door's last entry, exit or count is taken back. Why?"),
                              self.tr("Undo"), self.tr("the undo"), self.screen)
        self._open(dialog, lambda reason: self.flow.undo(
            str(reason), done=self._closer(dialog), failed=self._teller(dialog),
            text=self.tr("Undoing a scan after the undo window needs the supervisor PIN.")))
        dialog.reason_field.setFocus()
        return dialog

    def open_override(self) -> ReasonDialog | None:
        """Let a cancelled, pending or revoked guest in anyway: a reason, maybe the PIN."""
        last = self.flow.last
        if last is None or last.verdict not in OVERRIDABLE:
            return None
        target: str | int = last.code or (last.guest.id if last.guest else "")
        who = last.guest.name if last.guest else last.code
        dialog = ReasonDialog(self.tr("Override"), fill(
            self.tr("Let %1 in anyway (never past the capacity). It is logged as an override. "
                    "Why?"), who), self.tr("Let in"), self.tr("the override"), self.screen)
        self._open(dialog, lambda reason: self.flow.override(
            target, str(reason), done=self._closer(dialog), failed=self._teller(dialog),
            text=self.tr("An override needs the supervisor PIN.")))
        dialog.reason_field.setFocus()
        return dialog

    def open_capacity(self, old: int) -> CapacityDialog:
        dialog = CapacityDialog(old, self.screen)
        self._open(dialog, lambda n: self.flow.set_capacity(
            int(str(n)), done=self._closer(dialog), failed=self._teller(dialog),
            text=fill(self.tr("Changing the capacity to %1 needs the supervisor PIN."), n)))
        dialog.new_field.setFocus()
        return dialog

    def open_door_name(self, old: str, rename: Callable[[str], None]) -> DoorNameDialog:
        """This laptop's door name, behind the supervisor PIN when the event has one."""
        dialog = DoorNameDialog(old, self.screen)
        store, worker = self.flow.service.store, self.flow.worker

        def submitted(name: object) -> None:
            def check(pin: str | None, ok: Callable[[object], None] | None,
                      failed: Callable[[CheckinError], None] | None) -> None:
                def answered(right: bool) -> None:
                    if not right:  # the event has a PIN and none was given yet
                        self.ask_pin(PinRequest(self.tr(
                            "Renaming this door needs the supervisor PIN."), check))
                        return
                    rename(str(name))
                    self._closer(dialog)(None)
                    if ok is not None:
                        ok(None)  # the PIN prompt closes too

                worker.submit(lambda: pins.check(store, pin), answered,
                              failed or self._teller(dialog))

            check(None, None, None)

        self._open(dialog, submitted)
        dialog.new_field.setFocus()
        return dialog

    def open_scanner(self, prefix: str, minutes: int,
                     apply: Callable[[str, int], None]) -> ScannerDialog:
        dialog = ScannerDialog(prefix, minutes, self.screen)

        def submitted(value: object) -> None:
            assert isinstance(value, tuple)
            apply(str(value[0]), int(value[1]))
            dialog.accept()

        self._open(dialog, submitted)
        return dialog

    def behind_pin(self, text: str, then: Callable[[], None]) -> None:
        """``then`` once the supervisor PIN is given (at once when the event has none).

        Whether a PIN is set and whether the one typed is right are the core's
        (``pin.check``, with its backoff), asked on the store worker. A store that
        does not answer opens nothing: the error is shown and the gate stays shut.
        """
        store, worker = self.flow.service.store, self.flow.worker

        def check(pin: str | None, ok: Callable[[object], None] | None,
                  failed: Callable[[CheckinError], None] | None) -> None:
            def answered(right: bool) -> None:
                if not right:  # the event has a PIN and none was given yet
                    self.ask_pin(PinRequest(text, check))
                    return
                if ok is not None:
                    ok(None)  # the PIN prompt closes
                then()

            worker.submit(lambda: pins.check(store, pin), answered,
                          failed or self.flow.problem.emit)

        check(None, None, None)

    def ask_pin(self, request: PinRequest) -> PinPrompt:
        """The service wants the PIN: the prompt takes the place of the dialog that asked."""
        prompt = PinPrompt(request.text, self.screen)
        self._open(prompt, lambda pin: request.retry(
            str(pin), self._closer(prompt), self._teller(prompt)))
        prompt.pin_field.setFocus()
        return prompt
