"""Who is inside now: a separate, non-modal window that never covers the verdict.

It opens beside the door without taking the keyboard (the scanner's bursts are
taken by the door wherever the focus is anyway), lists everyone inside with the
unnamed +/- count, and saves or prints the roll call. The list is a door call
(``Door.inside_list``): the server's while connected, the door's own copy
offline, and a list read from the copy says so.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.door import Door
from checkin.errors import CheckinError

from ..errors import error_text
from ..files import print_dialog, save_dialog, suggested_name
from ..kit import placing
from ..kit.text import fill
from ..worker import StoreWorker

if TYPE_CHECKING:
    # reports loads openpyxl and ReportLab: only when the list is opened (start-up time)
    from checkin.documents.reports import InsideRow
    from checkin.door.reads import InsideList

AnyIndex = QModelIndex | QPersistentModelIndex


def _font(widget: QWidget, points: int, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    return font


class InsideModel(QAbstractTableModel):
    """Who is inside: one immutable row per guest, in door-list order."""

    NAME, ORGANISATION, ARRIVED, PEOPLE = range(4)
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[InsideRow] = []

    def set_rows(self, rows: list[InsideRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, col = self.rows[index.row()], index.column()
        if role == self.ROW_ROLE:
            return row
        if role == self.SORT_ROLE:
            return (row.name, row.organisation, row.arrived.isoformat(), row.people)[col]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.organisation, row.arrived.strftime("%H:%M"), str(row.people))[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,  # noqa: N802
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Name"), self.tr("Organisation"), self.tr("Arrived"), self.tr("People"))
        return titles[section] if 0 <= section < len(titles) else None


class InsideWindow(QDialog):
    """Everyone inside now, with the unnamed +/- count; Save PDF… and Print…. Non-modal."""

    def __init__(
        self, door: Door, parent: QWidget | None = None, worker: StoreWorker | None = None
    ) -> None:
        """``worker``: the door's store worker; without one (a test) the reads run inline."""
        super().__init__(parent)
        self._door = door
        self.shown: InsideList | None = None  # the list on screen: what is saved and printed
        self._worker = worker or StoreWorker(inline=True, parent=self)
        self._event, self._language = "", "en"  # the event: its name and language
        self.counter = 0
        self.dialog: QFileDialog | QPrintDialog | None = None
        self.setWindowTitle(self.tr("Who is inside"))
        self.setModal(False)
        self.summary_label = QLabel(self)
        self.summary_label.setFont(_font(self.summary_label, 14))
        self.summary_label.setWordWrap(True)
        self.model = InsideModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (InsideModel.ARRIVED, InsideModel.PEOPLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.save_button = QPushButton(self.tr("Save PDF…"), self)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.refresh_button.clicked.connect(lambda: self.reload())  # not its "checked"
        self.save_button.clicked.connect(self.choose_file)
        self.print_button.clicked.connect(self.choose_printer)
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        for b in (self.save_button, self.print_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.resize(640, 480)
        self.reload()

    def reload(self, then: Callable[[], None] | None = None) -> None:
        """Read the list again on the store worker; ``then`` once it is shown."""
        door = self._door

        def shown(got: InsideList) -> None:
            self._show(got)
            if then is not None:
                then()

        self._worker.submit(door.inside_list, shown, self._failed)

    def _failed(self, exc: CheckinError) -> None:
        self.message_label.setText(error_text(exc))

    def _show(self, got: InsideList) -> None:
        self.shown = got
        self._event, self._language = got.event.name, got.event.language
        self.counter = counter = got.counter
        rows: list[InsideRow] = list(got.rows)
        self.model.set_rows(rows)
        people = got.people
        if people != len(rows):
            text = self.tr(
                "%1 people inside: %2 guests (%3 with companions), %4 counted in without a name."
            )
        else:
            text = self.tr("%1 people inside: %2 guests, %4 counted in without a name.")
        summary = fill(text, people + counter, len(rows), people, counter)
        if got.from_copy:
            summary += " " + self.tr(
                "Read from this door's own copy: the server does not answer, so who went "
                "in or out at other doors since may be missing."
            )
        self.summary_label.setText(summary)

    # saving and printing ---------------------------------------------------------

    def choose_file(self) -> QFileDialog:
        dialog = save_dialog(
            self,
            self.tr("Save who is inside"),
            str(Path.home()),
            self.tr("PDF (*.pdf)"),
            "pdf",
            suggested_name(self._event, self._language, "file.inside", "pdf"),
            self.save_pdf,
        )
        self.dialog = dialog
        return dialog

    def save_pdf(self, out: Path) -> Path | None:
        """The roll call as a PDF with tick boxes, freshly read from the door (the core
        writes it, atomically, on the store worker). Returns the path when it is written
        by the time this returns."""
        from checkin.documents.reports import write_roll_call

        door = self._door
        saved: list[Path] = []

        def write() -> Path:
            got = door.inside_list()
            return write_roll_call(out, got.event, got.rows, got.counter)

        def done(path: Path) -> None:
            saved.append(path)
            self.message_label.setText(fill(self.tr("Saved to %1."), path))

        self._worker.submit(write, done, self._failed)
        return saved[0] if saved else None

    def choose_printer(self) -> QPrintDialog:
        dialog = print_dialog(self, self.print_to)
        self.dialog = dialog
        return dialog

    def print_to(self, printer: QPrinter) -> None:
        """The list, freshly read, on ``printer``."""
        self.reload(then=lambda: self._print(printer))

    def _print(self, printer: QPrinter) -> None:
        document = QTextDocument(self)
        document.setHtml(self._html())
        printer.setDocName(self.windowTitle())
        document.print_(printer)
        self.message_label.setText(self.tr("Sent to the printer."))

    def _html(self) -> str:
        titles = (
            self.model.headerData(c, Qt.Orientation.Horizontal)
            for c in range(self.model.columnCount())
        )
        head = "".join(f"<th align='left'>{html.escape(str(t))}</th>" for t in titles)
        body = "".join(
            "<tr><td>&#9744; "
            + html.escape(r.name)
            + "</td><td>"
            + html.escape(r.organisation)
            + "</td><td>"
            + r.arrived.strftime("%H:%M")
            + f"</td><td>{r.people}</td></tr>"
            for r in self.model.rows
        )
        title = html.escape(fill(self.tr("Who is inside: %1"), self._event))
        summary = html.escape(self.summary_label.text())
        return (
            f"<h2>{title}</h2><p>{summary}</p>"
            f"<table width='100%' cellspacing='0' cellpadding='3' border='1'>"
            f"<tr>{head}</tr>{body}</table>"
        )


def open_beside(
    door: QWidget, window: InsideWindow | None, service: Door, avoid: QWidget, worker: StoreWorker
) -> InsideWindow:
    """The inside list on the door's screen, beside the door window or ``avoid`` (the
    verdict) when there is room (ui/kit/placing.py), tall enough for many rows, never
    with the keyboard."""
    # A list closed before is deleted (WA_DeleteOnClose): F6 opens a new one.
    if window is not None and shiboken6.isValid(window) and window.isVisible():
        window.reload()
        window.raise_()
        return window
    window = InsideWindow(service, door, worker)
    window.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
    window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.setMinimumSize(440, 360)  # smaller to stand beside the verdict, but many rows
    placing.keep_placed(window, door, avoid)
    window.show()
    return window
