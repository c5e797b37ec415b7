"""Set or change the supervisor PIN: typed twice, stored only as its hash."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from checkin import pin
from checkin.errors import CheckinError, InvalidValue
from checkin.store import Store

from .errors import error_text
from .kit import style

_PIN_PATTERN = QRegularExpression(r"\d{0,12}")


class NewPinDialog(QDialog):
    """Set or change the supervisor PIN: typed twice, stored only as its hash."""

    saved = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Supervisor PIN"))
        explain = QLabel(self.tr(
            "The PIN guards the event settings, removing personal data and the door's "
            "supervisor actions. It is 4 to 12 digits and is stored only as a hash: "
            "nobody can read it back, so keep it somewhere safe."))
        explain.setWordWrap(True)
        self.pin_field = self._field()
        self.again_field = self._field()
        form = QFormLayout()
        form.addRow(self.tr("New PIN"), self.pin_field)
        form.addRow(self.tr("The same PIN again"), self.again_field)
        self.problem = style.make_problem(QLabel())
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setValidator(QRegularExpressionValidator(_PIN_PATTERN, field))
        return field

    def save(self) -> bool:
        if self.pin_field.text() != self.again_field.text():
            self._problem(self.tr("The two PINs differ; type the same PIN twice."))
            return False
        try:
            # hash_pin, not set_pin: an empty field must be refused, not remove the PIN.
            self.store.update_event(pin_hash=pin.hash_pin(self.pin_field.text()))
        except InvalidValue:
            self._problem(self.tr("A PIN is 4 to 12 digits."))
            return False
        except CheckinError as exc:
            self._problem(error_text(exc))
            return False
        self.saved.emit()
        self.accept()
        return True

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self.pin_field.clear()
        self.again_field.clear()
        self.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)
