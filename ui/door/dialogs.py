"""The door's small forms: capacity, door name, a reason, undo, the scanner settings.

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

from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, QRegularExpression, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QWidget,
)

from checkin.door import Verdict
from checkin.door.undo import UndoChoice

from ..kit.form import FormDialog, Send
from ..kit.text import fill


class CapacityDialog(FormDialog):
    """Old capacity → new capacity. A whole number; its range is the service's."""

    def __init__(self, old: int, send: Send, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Change the capacity"),
            send=send,
            intro=self.tr(
                "The most people inside at once. The change is logged with this door's name."
            ),
            ok_text=self.tr("Change"),
            what=self.tr("the capacity change"),
            parent=parent,
        )
        self.old = old
        self.old_label = QLabel(str(old), self)
        self.new_field = QLineEdit(self)
        self.new_field.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,7}"), self.new_field)
        )
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
        super().__init__(
            self.tr("Name this door"),
            send=send,
            intro=self.tr("Every scan is logged with it; the other doors show it."),
            ok_text=self.tr("Rename"),
            what=self.tr("naming the door"),
            parent=parent,
        )
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

    def __init__(
        self,
        title: str,
        intro: str,
        ok_text: str,
        what: str,
        send: Send,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, send=send, intro=intro, ok_text=ok_text, what=what, parent=parent)
        self.reason_field = QLineEdit(self)
        self.reason_field.setMaxLength(200)
        self.form.addRow(self.tr("Reason"), self.reason_field)

    def value(self) -> str:
        return self.reason_field.text()


class UndoDialog(ReasonDialog):
    """Undo: which scan is taken back (this door's recent ones, the newest chosen), named
    with its guest and time before anything changes, and why. Whether it needs the
    supervisor PIN is the service's answer (``UndoChoice.needs_pin``), shown beside it."""

    def __init__(self, timezone: str, send: Send, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Undo a scan"),
            self.tr("Pick the scan to take back; it is named before anything changes. Why?"),
            self.tr("Undo"),
            self.tr("the undo"),
            send,
            parent,
        )
        self.timezone = timezone
        self.choices: tuple[UndoChoice, ...] = ()
        self.scan_list = QListWidget(self)
        self.scan_list.setMinimumHeight(120)
        self.scan_list.currentRowChanged.connect(self._chosen)
        self.named_label = QLabel(self)
        self.named_label.setWordWrap(True)
        self.form.insertRow(0, self.tr("Scan"), self.scan_list)
        self.form.insertRow(1, "", self.named_label)
        self.scan_list.addItem(self.tr("Looking up this door's scans…"))
        self.scan_list.setEnabled(False)

    def show_choices(self, choices: tuple[UndoChoice, ...]) -> None:
        self.choices = choices
        self.scan_list.clear()
        self.scan_list.setEnabled(bool(choices))
        for choice in choices:
            self.scan_list.addItem(self._line(choice))
        if choices:
            self.scan_list.setCurrentRow(0)
        else:
            self.named_label.setText(self.tr("This door has no entry, exit or count to take back."))
            self.ok_button.setEnabled(False)
        self.reason_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _line(self, choice: UndoChoice) -> str:
        when = choice.at.astimezone(ZoneInfo(self.timezone)).strftime("%H:%M:%S")
        if choice.guest is not None:
            who = choice.guest.name
            what = self.tr("in") if choice.verdict is Verdict.ADMITTED else self.tr("out")
        else:
            who = self.tr("Counter")
            what = "+1" if choice.verdict is Verdict.ADMITTED else "−1"
        return fill(self.tr("%1  %2 (%3)"), when, who, what)

    def _chosen(self, row: int) -> None:
        if not 0 <= row < len(self.choices):
            return
        choice = self.choices[row]
        named = fill(self.tr("Takes back: %1."), self._line(choice))
        why = {
            "undo_window": self.tr("it is older than the undo window"),
            "undo_once": self.tr("this door has used its undo within the window"),
            "undo_again": self.tr("this guest was taken back before"),
            "undo_other_door": self.tr("another door scanned it"),
        }.get(choice.needs_pin, "")
        if not choice.needs_pin:
            self.named_label.setText(named)
        elif choice.pin_set:
            self.named_label.setText(fill(self.tr("%1 Needs the supervisor PIN: %2."), named, why))
        else:
            self.named_label.setText(
                fill(
                    self.tr(
                        "%1 Only a supervisor may take it back (%2), and this event has no PIN: "
                        "set one in Settings."
                    ),
                    named,
                    why,
                )
            )
        self.ok_button.setEnabled(choice.allowed)

    def pin_text(self) -> str:
        """What the PIN prompt says when the service wants the PIN for this undo."""
        return self.tr("Undoing this scan needs the supervisor PIN.")

    def value(self) -> tuple[int | None, str]:  # type: ignore[override]
        row = self.scan_list.currentRow()
        scan = self.choices[row].record_id if 0 <= row < len(self.choices) else None
        return scan, self.reason_field.text()


class ScannerDialog(FormDialog):
    """This laptop's scanner: an optional prefix key, and how long exit mode stays on."""

    def __init__(
        self, prefix: str, quiet_minutes: int, send: Send, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Scanner"),
            send=send,
            intro=self.tr(
                "A scan is recognised by its speed: a whole code and Enter in a few milliseconds. "
                "If this laptop's timing is unreliable (a remote desktop, a virtual machine), "
                "set the scanner to send a prefix key before each code and press that key here."
            ),
            ok_text=self.tr("Save"),
            what=self.tr("the scanner settings"),
            parent=parent,
        )
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
        if (
            watched is self.prefix_field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers()
            in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        ):
            if event.key() == Qt.Key.Key_Escape:
                self.reject()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.try_submit()
                return True
        return super().eventFilter(watched, event)

    def value(self) -> tuple[str, int]:
        prefix = self.prefix_field.keySequence().toString(QKeySequence.SequenceFormat.PortableText)
        return prefix, self.quiet_field.value()
