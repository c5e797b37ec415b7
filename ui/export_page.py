"""The Export screen: who came, when, and how full it was, as .xlsx or .csv.

Contact tracing lives here too: the people present between two moments, in
the event's own time zone, read from the scan log by the core.
"""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import Cancelled, CheckinError
from checkin.store import Store

from .dates import qt_format
from .errors import error_text, show_error
from .files import save_dialog, suggested_name
from .guests import event_zone
from .kit.text import fill
from .settings import Settings
from .tasks import ProgressPanel, Tasks

if TYPE_CHECKING:
    from checkin.documents.export import ExportResult


def to_qt(moment: datetime) -> QDateTime:
    """A wall-clock time for a QDateTimeEdit, to the minute (its fields are read back as is)."""
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def from_qt(edit: QDateTimeEdit) -> datetime:
    """The edit's wall-clock fields as a naive time: the core reads it as the event's time."""
    d, t = edit.date(), edit.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class ExportPage(QWidget):
    exported = Signal(object)  # the ExportResult
    present_saved = Signal(object, int)  # the Path of the contact-tracing list, people on it

    def __init__(
        self, store: Store, settings: Settings, tasks: Tasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.tasks = tasks
        self.dialog: QFileDialog | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        explain = QLabel(
            self.tr(
                "The Excel workbook holds one row per guest (arrival, departure, entries), "
                "every scan, and a summary with the headcount over time. The CSV file holds the "
                "attendance only."
            )
        )
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
        layout.addWidget(self._build_tracing_box())
        layout.addStretch(1)
        self.refresh()

    def _build_tracing_box(self) -> QGroupBox:
        event = self.store.event()
        zone = event_zone(event)
        day = event.date or datetime.now(zone).date()
        explain = QLabel(
            fill(
                self.tr(
                    "Everyone who was inside at any moment between these two times, with their "
                    "contact details, one row per visit; an undone scan does not count. Times are "
                    "the event's local time (%1)."
                ),
                str(zone),
            )
        )
        explain.setWordWrap(True)
        self.present_from = self._time_edit(datetime.combine(day, time(0, 0)))
        self.present_to = self._time_edit(datetime.combine(day, time(23, 59)))
        self.present_button = QPushButton(self.tr("Save list of people present…"))
        self.present_button.clicked.connect(self.choose_present_file)
        form = QFormLayout()
        # A date-time and a button need no more than their own width.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("From"), self.present_from)
        form.addRow(self.tr("To"), self.present_to)
        form.addRow("", self.present_button)
        self.present_message = QLabel()
        self.present_message.setWordWrap(True)
        self.present_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QGroupBox(self.tr("Contact tracing"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(explain)
        box_layout.addLayout(form)
        box_layout.addWidget(self.present_message)
        return box

    def _time_edit(self, moment: datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(to_qt(moment))
        edit.setDisplayFormat(qt_format(self.settings.language))
        edit.setCalendarPopup(True)
        return edit

    def set_present_window(self, start: datetime, end: datetime) -> None:
        """Both ends as the event's wall-clock time (naive)."""
        self.present_from.setDateTime(to_qt(start))
        self.present_to.setDateTime(to_qt(end))

    def choose_present_file(self) -> QFileDialog:
        start = from_qt(self.present_from)
        stamp = f"{start:%Y-%m-%d %H.%M}"
        dialog = save_dialog(
            self,
            self.tr("Save the list of people present"),
            self.settings.last_folder,
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
            "xlsx",
            self._file_name("file.present", "xlsx", start=stamp),
            self.save_present,
        )
        self.dialog = dialog
        return dialog

    def save_present(self, out: Path) -> None:
        from checkin.documents.reports import present_between, write_present

        start, end = from_qt(self.present_from), from_qt(self.present_to)
        self.settings.last_folder = str(out.parent)
        self.present_button.setEnabled(False)
        self.present_message.clear()

        def work(_progress: object, _cancelled: object) -> tuple[Path, int]:
            people = len(present_between(self.store, start, end))
            return write_present(self.store, start, end, out), people

        self.tasks.run(work, on_done=self._present_done, on_error=self._present_failed)

    def _present_done(self, result: tuple[Path, int]) -> None:
        path, people = result
        self.present_button.setEnabled(True)
        self.present_message.setText(
            fill(self.tr("Saved %1 present to %2."), self.tr("%n person(s)", "", people), path)
        )
        self.present_saved.emit(path, people)

    def _present_failed(self, exc: CheckinError) -> None:
        self.present_button.setEnabled(True)
        self.present_message.setText(error_text(exc))
        show_error(self, exc)

    def refresh(self) -> None:
        """The counts of the workbook's Summary sheet, by its rule (checkin/documents/tally.py)."""
        from checkin.documents.tally import attendance_tally

        t, event = attendance_tally(self.store), self.store.event()
        self.summary.setText(
            fill(
                self.tr(
                    "Invited: %1 (attended %2, no-shows %3, cancelled %4, pending %5). "
                    "Walk-ins: %6. Inside now: %7 (most at once: %8, capacity %9)."
                ),
                t.invited,
                t.attended,
                t.no_shows,
                t.cancelled,
                t.pending,
                t.walk_ins,
                event.inside,
                event.peak,
                event.capacity,
            )
        )

    def _file_name(self, key: str, suffix: str, **values: object) -> str:
        event = self.store.event()
        return suggested_name(event.name, event.language, key, suffix, **values)

    def choose_file(self, kind: str) -> QFileDialog:
        title = self.tr("Save the attendance")
        filter_ = (
            self.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else self.tr("CSV file (*.csv)")
        )
        dialog = save_dialog(
            self,
            title,
            self.settings.last_folder,
            filter_,
            kind,
            self._file_name("file.attendance", kind),
            self.export,
        )
        self.dialog = dialog
        return dialog

    def export(self, out: Path) -> None:
        # Imported on first use: openpyxl would add ~90 ms to every start of the app.
        from checkin.documents.export import export_attendance

        self.settings.last_folder = str(out.parent)
        self.xlsx_button.setEnabled(False)
        self.csv_button.setEnabled(False)
        self.message.clear()
        handle = self.tasks.run(
            lambda progress, cancelled: export_attendance(
                self.store, out, progress=progress, cancelled=cancelled
            ),
            on_done=self._done,
            on_error=self._failed,
        )
        self.progress.follow(handle, self.tr("Exporting…"))

    def _done(self, result: ExportResult) -> None:
        self._enable()
        self.message.setText(
            fill(
                self.tr("Saved %1 and %2 to %3."),
                self.tr("%n guest(s)", "", result.guests),
                self.tr("%n scan(s)", "", result.scans),
                result.path,
            )
        )
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
