"""The supervisor PIN: a small gate in front of the few actions a door volunteer may not take.

``ask_pin(parent, store, on_ok)`` is the whole API. An event without a PIN runs
``on_ok`` at once; otherwise a small window-modal dialog opens (``open()``, never
``exec()``) and ``on_ok`` runs only after :func:`checkin.pin.verify_pin` accepts
what was typed. A wrong PIN changes nothing, says so, and leaves the dialog open
for another try; Cancel or Esc closes it and runs ``on_cancel`` if given.

The PIN's hash is read from the store when the PIN is checked, not when the
dialog opens, so a PIN changed on another laptop meanwhile is the one asked for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError
from checkin.pin import verify_pin
from checkin.store import Store

from .errors import error_text


class PinDialog(QDialog):
    """Asks for the supervisor PIN; emits ``unlocked`` once the right one is typed."""

    unlocked = Signal()

    def __init__(self, store: Store, action: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.attempts = 0
        self.setWindowTitle(self.tr("Supervisor PIN"))
        self.prompt_label = QLabel(
            action or self.tr("This needs the supervisor PIN."), self)
        self.prompt_label.setWordWrap(True)
        self.pin_field = QLineEdit(self)
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.pin_field))
        self.pin_field.setPlaceholderText(self.tr("PIN (4 to 12 digits)"))
        font = QFont(self.pin_field.font())
        font.setPointSize(18)
        self.pin_field.setFont(font)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
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
        """Check what was typed; True (and the dialog closes) when it is right."""
        pin = self.pin_field.text()
        try:
            right = verify_pin(pin, self._store.event().pin_hash)
        except CheckinError as exc:
            self._say(error_text(exc))
            return False
        if not right:
            self.attempts += 1
            self._say(self.tr("Wrong PIN: nothing was changed. Try again or press Cancel."))
            return False
        self.accept()
        self.unlocked.emit()
        return True

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
) -> PinDialog | None:
    """Run ``on_ok`` once the supervisor PIN is given; at once when the event has none.

    Returns the open dialog, or None when ``on_ok`` already ran. ``action`` is the
    sentence shown above the field ("Undo the last scan needs the supervisor PIN.").
    A store that cannot be read raises its :class:`CheckinError`: without it nobody
    can tell whether a PIN is needed, and the caller shows the error.
    """
    if not store.event().pin_hash:
        on_ok()
        return None
    dialog = PinDialog(store, action, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.unlocked.connect(on_ok)
    if on_cancel is not None:
        dialog.rejected.connect(on_cancel)
    dialog.open()
    dialog.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)
    return dialog
