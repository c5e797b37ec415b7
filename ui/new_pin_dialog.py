"""Set or change the supervisor PIN: typed twice, stored only as its hash.

The app's one form dialog with the one PIN field, twice. What a new PIN must be
(6 to 12 digits) is the core's rule, :func:`checkin.pin.check_new_pin`; the dialog
says it in the interface language and stays open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from checkin import pin
from checkin.errors import NewPinRefused

from .errors import error_text
from .kit.form import Done, Failed, FormDialog
from .kit.pin_field import PinField
from .kit.text import fill
from .pin_dialog import worker_for

if TYPE_CHECKING:
    from checkin.store import Store


class NewPinDialog(FormDialog):
    """Set or change the supervisor PIN: typed twice, stored only as its hash."""

    saved = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Supervisor PIN"), send=self._store_it, ok_text=self.tr("Save"), parent=parent
        )
        self.setObjectName("newPinDialog")
        self.store = store
        self.store_worker = worker_for(parent)
        self.set_intro(
            fill(
                self.tr(
                    "The PIN guards the event settings, removing personal data and the door's "
                    "supervisor actions. Choose %1 to %2 digits: a longer PIN takes far longer to "
                    "guess from a copy of the event file. It is stored only as a hash: nobody can "
                    "read it back, so keep it somewhere safe."
                ),
                pin.NEW_PIN_DIGITS,
                pin.MAX_PIN_DIGITS,
            )
        )
        example = fill(self.tr("%1 digits or more"), pin.NEW_PIN_DIGITS)
        self.pin_field = PinField(example, self)
        self.again_field = PinField("", self)
        self.add_row(self.tr("New PIN"), self.pin_field)
        self.add_row(self.tr("The same PIN again"), self.again_field)
        self.submitted.connect(lambda _event: self.saved.emit())

    def value(self) -> str:
        typed = self.pin_field.text()
        try:
            typed = pin.check_new_pin(typed)
        except NewPinRefused as refused:
            raise ValueError(error_text(refused)) from None
        if typed != self.again_field.text():
            raise ValueError(self.tr("The two PINs differ; type the same PIN twice."))
        return typed

    def _store_it(self, typed: object, done: Done, failed: Failed) -> None:
        store, chosen = self.store, str(typed)
        # hash_pin, not set_pin: an empty field must be refused, not remove the PIN.
        self.store_worker.submit(
            lambda: store.update_event(pin_hash=pin.hash_pin(chosen)), done, failed
        )

    def show_problem(self, text: str) -> None:
        super().show_problem(text)
        self.pin_field.clear()
        self.again_field.clear()
        self.pin_field.setFocus()
