"""The one PIN field: digits only, hidden as they are typed, large enough to read."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from checkin.pin import MAX_PIN_DIGITS

from . import style


class PinField(QLineEdit):
    """A supervisor PIN being typed. The field takes only digits, at most as many as a PIN
    may have; whether the PIN is right or good enough is the core's (checkin/pin.py)."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{MAX_PIN_DIGITS}}}"), self)
        )
        self.setPlaceholderText(placeholder)
        self.setFont(style.font(self.font(), 18))
