"""The door's small forms: capacity, door name, a reason, the scanner settings.

Each is the kit's one form dialog (ui/kit/form.py); the supervisor PIN is the app's one
PIN prompt (ui/pin_dialog.py). None of them is a live field on the Door screen: the
capacity and the door's name change only through a deliberate dialog that shows the old
value beside the new one. Each is opened beside the verdict (``open_beside``, never
``exec()``), so the door keeps answering scans while it is up; the screen says "Scan not
taken: finish … first" for a scan that arrives meanwhile. What OK sends goes to
``send`` (the door's flow); whether a value is good is the door service's decision: the
dialog shows its sentence and stays open.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import QKeySequenceEdit, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from ..kit.form import FormDialog, Send


class CapacityDialog(FormDialog):
    """Old capacity → new capacity. A whole number; its range is the service's."""

    def __init__(self, old: int, send: Send, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change the capacity"), send=send, intro=self.tr(
            "The most people inside at once. The change is logged with this door's name."),
            ok_text=self.tr("Change"), what=self.tr("the capacity change"), parent=parent)
        self.old = old
        self.old_label = QLabel(str(old), self)
        self.new_field = QLineEdit(self)
        self.new_field.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,7}"), self.new_field))
        self.new_field.setText(str(old))
        self.new_field.selectAll()
        self.form.addRow(self.tr("Now"), self.old_label)
        self.form.addRow(self.tr("New"), self.new_field)

    def value(self) -> int:
        text = self.new_field.text().strip()
        if not text.isdigit():
            raise ValueError(self.tr("Type the new capacity as a whole number."))
        return int(text)


class DoorNameDialog(FormDialog):
    """This laptop's door name (kept in its settings), old and new."""

    def __init__(self, old: str, send: Send, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Name this door"), send=send, intro=self.tr(
            "Every scan is logged with it; the other doors show it."),
            ok_text=self.tr("Rename"), what=self.tr("naming the door"), parent=parent)
        self.old_label = QLabel(old or self.tr("(no name)"), self)
        self.new_field = QLineEdit(old, self)
        self.new_field.setMaxLength(60)
        self.new_field.selectAll()
        self.form.addRow(self.tr("Now"), self.old_label)
        self.form.addRow(self.tr("New"), self.new_field)

    def value(self) -> str:
        name = self.new_field.text().strip()
        if not name:
            raise ValueError(self.tr("Give the door a name, such as Main entrance."))
        return name


class ReasonDialog(FormDialog):
    """Why: for an undo or a supervisor's override; the service refuses an empty reason."""

    def __init__(self, title: str, intro: str, ok_text: str, what: str, send: Send,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, send=send, intro=intro, ok_text=ok_text, what=what,
                         parent=parent)
        self.reason_field = QLineEdit(self)
        self.reason_field.setMaxLength(200)
        self.form.addRow(self.tr("Reason"), self.reason_field)

    def value(self) -> str:
        return self.reason_field.text()


class ScannerDialog(FormDialog):
    """This laptop's scanner: an optional prefix key, and how long exit mode stays on."""

    def __init__(self, prefix: str, quiet_minutes: int, send: Send,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Scanner"), send=send, intro=self.tr(
            "A scan is recognised by its speed: a whole code and Enter in a few milliseconds. "
            "If this laptop's timing is unreliable (a remote desktop, a virtual machine), "
            "set the scanner to send a prefix key before each code and press that key here."),
            ok_text=self.tr("Save"), what=self.tr("the scanner settings"), parent=parent)
        self.prefix_field = QKeySequenceEdit(QKeySequence(prefix), self)
        self.prefix_field.setMaximumSequenceLength(1)
        self.clear_button = QPushButton(self.tr("No prefix"), self)
        self.clear_button.clicked.connect(self.prefix_field.clear)
        self.quiet_field = QSpinBox(self)
        self.quiet_field.setRange(1, 240)
        self.quiet_field.setValue(quiet_minutes)
        self.quiet_field.setSuffix(self.tr(" min"))
        self.form.addRow(self.tr("Prefix key"), self.prefix_field)
        self.form.addRow("", self.clear_button)
        self.form.addRow(self.tr("Exit mode ends after"), self.quiet_field)
        # The key field would take Enter and Esc as the prefix: they answer the dialog.
        self.prefix_field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (watched is self.prefix_field and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)):
            if event.key() == Qt.Key.Key_Escape:
                self.reject()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.try_submit()
                return True
        return super().eventFilter(watched, event)

    def value(self) -> tuple[str, int]:
        prefix = self.prefix_field.keySequence().toString(
            QKeySequence.SequenceFormat.PortableText)
        return prefix, self.quiet_field.value()
