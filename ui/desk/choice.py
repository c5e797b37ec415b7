"""Door → "Badge printer…": print a badge on arrival, which printer, which layout, a test badge.

Built in code and shown modeless (never a blocking ``exec()``: scans go
on behind it). Each change is kept at once, per laptop (ui/settings.py), and
used from the next badge on. The printers are the system's (QPrinterInfo);
one kept from before that is not there any more stays in the list, marked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError
from checkin.printing import PRINT_LAYOUTS, BadgeJob, JobState

from ..errors import error_text
from ..kit import style
from ..kit.text import fill
from .printer import DeskPrinter
from .spoolers import printer_names
from .words import layout_title


class DeskDialog(QDialog):
    changed = Signal()

    def __init__(self, printer: DeskPrinter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Badge printer"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.printer = printer
        on, chosen, _ = printer.settings.desk
        self.on_box = QCheckBox(self.tr("Print a badge on arrival"))
        self.on_box.setChecked(on)
        self.printers = QComboBox()
        names = printer_names()
        for name in names:
            self.printers.addItem(name, name)
        if chosen and chosen not in names:
            self.printers.insertItem(0, fill(self.tr("%1 (not on this computer)"), chosen), chosen)
        self.printers.setCurrentIndex(max(0, self.printers.findData(chosen)))
        self.layouts = QComboBox()
        for name in PRINT_LAYOUTS:
            self.layouts.addItem(layout_title(name), name)
        self.layouts.setCurrentIndex(max(0, self.layouts.findData(printer.choice.layout)))
        self.test_button = QPushButton(self.tr("Print a test badge"))
        self.test_button.clicked.connect(self.print_test)
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.none_found = style.make_problem(
            QLabel(
                self.tr(
                    "This computer has no printers. Add the badge printer in the system's printer "
                    "settings first."
                )
            )
        )
        self.none_found.setWordWrap(True)
        self.none_found.setVisible(not names)
        form = QFormLayout()
        form.addRow(self.on_box)
        form.addRow(self.tr("Printer"), self.printers)
        form.addRow(self.tr("Layout"), self.layouts)
        form.addRow(self.none_found)
        form.addRow(self.test_button)
        form.addRow(self.said)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.on_box.toggled.connect(self._apply)
        self.printers.currentIndexChanged.connect(self._apply)
        self.layouts.currentIndexChanged.connect(self._apply)
        printer.test_done.connect(self._tested)
        printer.problem.connect(self._failed)
        self._enable()

    def _enable(self) -> None:
        has_printer = bool(self.printers.currentData())
        self.test_button.setEnabled(has_printer)
        self.on_box.setEnabled(has_printer or self.on_box.isChecked())

    def _apply(self) -> None:
        self.printer.set_choice(
            self.on_box.isChecked(),
            str(self.printers.currentData() or ""),
            str(self.layouts.currentData()),
        )
        self._enable()
        self.changed.emit()

    def print_test(self) -> None:
        self.said.setText(self.tr("Sending a test badge…"))
        self.test_button.setEnabled(False)
        self.printer.print_test()

    def _tested(self, job: BadgeJob) -> None:
        self.test_button.setEnabled(True)
        if job.state == JobState.SENT:
            self.said.setText(fill(self.tr("A test badge was sent to %1."), job.printer))
            self.said.setStyleSheet(style.text_sheet(style.QUIET))
        else:
            self.said.setText(fill(self.tr("The test badge did not print: %1"), job.detail))
            style.make_problem(self.said)

    def _failed(self, error: CheckinError) -> None:
        self.test_button.setEnabled(True)
        self.said.setText(error_text(error))
        style.make_problem(self.said)
