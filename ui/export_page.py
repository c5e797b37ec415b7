"""The Export screen: who came, when, and how full it was, as .xlsx or .csv."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin import door
from checkin.errors import Cancelled, CheckinError
from checkin.store import Store
from ui.errors import error_text, show_error
from ui.settings import Settings
from ui.tasks import ProgressPanel, Tasks

if TYPE_CHECKING:
    from checkin.export import ExportResult


class ExportPage(QWidget):
    exported = Signal(object)  # the ExportResult

    def __init__(self, store: Store, settings: Settings, tasks: Tasks,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.tasks = tasks
        self.dialog: QFileDialog | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        explain = QLabel(self.tr(
            "The Excel workbook holds one row per guest (arrival, departure, entries), "
            "every scan, and a summary with the headcount over time. The CSV file holds the "
            "attendance only."))
        explain.setWordWrap(True)
        self.xlsx_button = QPushButton(self.tr("Save as Excel (.xlsx)…"))
        self.xlsx_button.clicked.connect(lambda: self.choose_file("xlsx"))
        self.csv_button = QPushButton(self.tr("Save as CSV…"))
        self.csv_button.clicked.connect(lambda: self.choose_file("csv"))
        self.progress = ProgressPanel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        buttons.addWidget(self.xlsx_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(explain)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        s = door.status(self.store)
        self.summary.setText(
            self.tr("%1 guests invited, %2 cancelled; %3 arrived, %4 inside now "
                    "(most at once: %5, capacity %6).")
            .replace("%1", str(s.guests)).replace("%2", str(s.cancelled))
            .replace("%3", str(s.arrived)).replace("%4", str(s.inside))
            .replace("%5", str(s.peak)).replace("%6", str(s.capacity)))

    def choose_file(self, kind: str) -> QFileDialog:
        name = self.store.event().name or "attendance"
        title = self.tr("Save the attendance")
        filter_ = self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" \
            else self.tr("CSV file (*.csv)")
        dialog = QFileDialog(self, title, self.settings.last_folder, filter_)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.selectFile(f"{name} - attendance.{kind}")
        dialog.fileSelected.connect(lambda path: self.export(Path(path)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def export(self, out: Path) -> None:
        # Imported on first use: openpyxl would add ~90 ms to every start of the app.
        from checkin.export import export_attendance

        self.settings.last_folder = str(out.parent)
        self.xlsx_button.setEnabled(False)
        self.csv_button.setEnabled(False)
        self.message.clear()
        handle = self.tasks.run(
            lambda progress, cancelled: export_attendance(
                self.store, out, progress=progress, cancelled=cancelled),
            on_done=self._done,
            on_error=self._failed,
        )
        self.progress.follow(handle, self.tr("Exporting…"))

    def _done(self, result: ExportResult) -> None:
        self._enable()
        self.message.setText(
            self.tr("Saved %1 guests and %2 scans to %3.").replace("%1", str(result.guests))
            .replace("%2", str(result.scans)).replace("%3", str(result.path)))
        self.exported.emit(result)

    def _failed(self, exc: CheckinError) -> None:
        self._enable()
        if isinstance(exc, Cancelled):
            self.message.setText(error_text(exc))
            return
        self.message.setText(error_text(exc))
        show_error(self, exc)

    def _enable(self) -> None:
        self.xlsx_button.setEnabled(True)
        self.csv_button.setEnabled(True)
