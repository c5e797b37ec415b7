"""The door's small dialogs: capacity, door name, a reason, undo, the supervisor PIN.

None of them is a live field on the Door screen: the capacity and the door's
name change only through a deliberate dialog that shows the old value beside
the new one. Each is opened with ``open()`` (never ``exec()``), so the door keeps
answering scans while it is up; the screen says "Scan not taken: finish … first"
for a scan that arrives meanwhile. Whether a value is good is the door
service's decision: the dialog shows its sentence and stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.door import Verdict
from checkin.door.undo import UndoChoice
from checkin.errors import CheckinError, PinLockedOut, WrongPin

from ..errors import error_text
from ..kit import style
from ..kit.text import fill


class DoorDialog(QDialog):
    """A form with a problem line and OK/Cancel; ``submitted`` carries what OK sends on."""

    submitted = Signal(object)
    # Each dialog reads its own fields: what OK sends on, or ValueError with the sentence.
    value: Callable[[], object]

    def __init__(self, title: str, intro: str, ok_text: str, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what  # "the capacity change": for "Scan not taken: finish … first"
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.intro_label = QLabel(intro, self)
        self.intro_label.setWordWrap(True)
        self.form = QFormLayout()
        self.problem_label = style.make_problem(QLabel(self))
        self.problem_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = self.main_layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(self.form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _submit(self) -> None:
        try:
            value = self.value()
        except ValueError as exc:
            self.say(str(exc))
            return
        self.submitted.emit(value)

    def say(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.show()

    def fail(self, error: CheckinError) -> None:
        self.say(error_text(error))


class CapacityDialog(DoorDialog):
    """Old capacity → new capacity. A whole number; its range is the service's."""

    def __init__(self, old: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Change the capacity"),
                         self.tr("The most people inside at once. The change is logged with "
                                 "this door's name."),
                         self.tr("Change"), self.tr("the capacity change"), parent)
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


class DoorNameDialog(DoorDialog):
    """This laptop's door name (kept in its settings), old and new."""

    def __init__(self, old: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Name this door"),
                         self.tr("Every scan is logged with it; the other doors show it."),
                         self.tr("Rename"), self.tr("naming the door"), parent)
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


class ReasonDialog(DoorDialog):
    """Why: for an undo or a supervisor's override; the service refuses an empty reason."""

    def __init__(self, title: str, intro: str, ok_text: str, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, intro, ok_text, what, parent)
        self.reason_field = QLineEdit(self)
        self.reason_field.setMaxLength(200)
        self.form.addRow(self.tr("Reason"), self.reason_field)

    def value(self) -> str:
        return self.reason_field.text()


class UndoDialog(ReasonDialog):
    """Undo: which scan is taken back (this door's recent ones, the newest chosen), named
    with its guest and time before anything changes, and why. Whether it needs the
    supervisor PIN is the service's answer (``UndoChoice.needs_pin``), shown beside it."""

    def __init__(self, timezone: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Undo a scan"),
                         self.tr("Pick the scan to take back; it is named before anything "
                                 "changes. Why?"),
                         self.tr("Undo"), self.tr("the undo"), parent)
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
            self.named_label.setText(self.tr("This door has no entry, exit or count to take "
                                             "back."))
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
            self.named_label.setText(fill(self.tr("%1 Needs the supervisor PIN: %2."),
                                          named, why))
        else:
            self.named_label.setText(fill(self.tr(
                "%1 Only a supervisor may take it back (%2), and this event has no PIN: "
                "set one in Settings."), named, why))
        self.ok_button.setEnabled(choice.allowed)

    def pin_text(self) -> str:
        """What the PIN prompt says when the service wants the PIN for this undo."""
        return self.tr("Undoing this scan needs the supervisor PIN.")

    def value(self) -> tuple[int | None, str]:  # type: ignore[override]
        row = self.scan_list.currentRow()
        scan = self.choices[row].record_id if 0 <= row < len(self.choices) else None
        return scan, self.reason_field.text()


class ScannerDialog(DoorDialog):
    """This laptop's scanner: an optional prefix key, and how long exit mode stays on."""

    def __init__(self, prefix: str, quiet_minutes: int, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Scanner"), self.tr(
            "A scan is recognised by its speed: a whole code and Enter in a few milliseconds. "
            "If this laptop's timing is unreliable (a remote desktop, a virtual machine), "
            "set the scanner to send a prefix key before each code and press that key here."),
            self.tr("Save"), self.tr("the scanner settings"), parent)
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

    def value(self) -> tuple[str, int]:
        prefix = self.prefix_field.keySequence().toString(
            QKeySequence.SequenceFormat.PortableText)
        return prefix, self.quiet_field.value()


class PinPrompt(DoorDialog):
    """The supervisor PIN, handed to the service: a wrong one says so and stays open;
    after too many, how long to wait."""

    def __init__(self, action: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Supervisor PIN"),
                         action or self.tr("This needs the supervisor PIN."),
                         self.tr("Unlock"), self.tr("the supervisor PIN"), parent)
        self.pin_field = QLineEdit(self)
        self.pin_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_field.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.pin_field))
        self.pin_field.setPlaceholderText(self.tr("PIN (4 to 12 digits)"))
        self.form.addRow(self.pin_field)
        self.prompt_label, self.error_label = self.intro_label, self.problem_label

    def value(self) -> str:
        return self.pin_field.text()

    def fail(self, error: CheckinError) -> None:
        if isinstance(error, PinLockedOut):
            self.say(fill(self.tr("Too many wrong PINs: wait %1 s, then try again. "
                                  "Nothing was changed."), error.seconds))
        elif isinstance(error, WrongPin):
            self.say(self.tr("Wrong PIN: nothing was changed. Try again or press Cancel."))
        else:
            super().fail(error)
        self.pin_field.clear()
        self.pin_field.setFocus(Qt.FocusReason.OtherFocusReason)


def opened(dialog: DoorDialog, on_submit: Callable[[object], None]) -> DoorDialog:
    dialog.submitted.connect(on_submit)
    dialog.open()
    return dialog
