"""The Door screen's prompts and its "who is inside" window, built in code.

The two prompts (the door question, and how many came with a guest) are panels
that take the verdict's place on the Door screen rather than dialogs: the scan
field keeps the focus while they show, so a scanner's keystrokes are never
swallowed by a window that popped up. The screen routes the few keys they answer
to (a bare Enter, Esc, the arrow keys) and their buttons never take the focus.

The inside list is a separate, non-modal window: the door keeps working behind it.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError
from checkin.store import Store

from .errors import error_text
from .files import print_dialog, save_dialog

if TYPE_CHECKING:
    # reports loads openpyxl and ReportLab: only when the list is opened (start-up time)
    from checkin.reports import InsideRow

AnyIndex = QModelIndex | QPersistentModelIndex
PROMPT_STYLE = (
    "QFrame#prompt { background: #fff8e1; border: 6px solid #ff8f00; border-radius: 12px; }"
    "QFrame#prompt QLabel { color: #212121; background: transparent; }"
)


def _font(widget: QWidget, points: int, bold: bool = True) -> QFont:
    font = QFont(widget.font())
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _big_button(text: str, parent: QWidget, background: str, points: int = 24) -> QPushButton:
    button = QPushButton(text, parent)
    # Never the focus: the scan field keeps it, so the next badge is never lost.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setFont(_font(button, points))
    button.setMinimumHeight(72)
    button.setStyleSheet(
        f"QPushButton {{ background: {background}; color: white; border-radius: 10px;"
        " padding: 10px 28px; }"
        # The preselected number must stand out by more than a colour: a thick frame too.
        "QPushButton:checked { background: #ff8f00; color: #000000;"
        " border: 5px solid #000000; }")
    return button


def _label(text: str, parent: QWidget, points: int, bold: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setFont(_font(label, points, bold))
    return label


class QuestionPanel(QFrame):
    """The event's door question, large, with "Yes, let in" and "No"."""

    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prompt")
        self.setStyleSheet(PROMPT_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.icon_label = _label("?", self, 56)
        self.question_label = _label("", self, 30)
        self.guest_label = _label("", self, 20, bold=False)
        self.yes_button = _big_button(self.tr("✓ Yes, let in"), self, "#1b6e20")
        self.no_button = _big_button(self.tr("✗ No"), self, "#b71c1c")
        self.yes_button.clicked.connect(lambda: self.answered.emit(True))
        self.no_button.clicked.connect(lambda: self.answered.emit(False))
        self.hint_label = _label(
            self.tr("Enter (scan field empty): yes  ·  Esc: no  ·  a new scan: no, next guest"),
            self, 12, bold=False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.yes_button)
        buttons.addSpacing(24)
        buttons.addWidget(self.no_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (self.icon_label, self.question_label, self.guest_label):
            layout.addWidget(w)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)

    def ask(self, question: str, who: str) -> None:
        self.question_label.setText(question)
        self.guest_label.setText(who)
        self.guest_label.setVisible(bool(who))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, 220)


class CompanionsPanel(QFrame):
    """How many came with a guest: one button per number, the largest chosen already."""

    chosen = Signal(int)  # companions who came (0..the most the guest may bring)
    cancelled = Signal()
    PER_ROW = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("prompt")
        self.setStyleSheet(PROMPT_STYLE)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.question_label = _label("", self, 28)
        self.hint_label = _label(
            self.tr("↑ ↓ choose  ·  Enter (scan field empty): let in  ·  Esc: cancel"),
            self, 12, bold=False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel_button.clicked.connect(self.cancelled.emit)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.idClicked.connect(self.chosen.emit)
        self._grid = QGridLayout()
        self._grid.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.question_label)
        layout.addSpacing(12)
        layout.addLayout(self._grid)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)

    def ask(self, name: str, most: int) -> None:
        self.question_label.setText(self.tr("How many came with %1?").replace("%1", name))
        for button in self.buttons:
            self.group.removeButton(button)
            button.deleteLater()
        self.buttons = []
        for n in range(most + 1):
            button = _big_button(str(n), self, "#37474f", points=26)
            button.setCheckable(True)
            button.setMinimumWidth(80)
            button.setMaximumWidth(200)  # a target, not a bar: centred, not stretched
            self.group.addButton(button, n)
            self._grid.addWidget(button, n // self.PER_ROW, n % self.PER_ROW)
            self.buttons.append(button)
        self.buttons[-1].setChecked(True)

    @property
    def selected(self) -> int:
        return max(0, self.group.checkedId())

    def step(self, delta: int) -> None:
        n = max(0, min(len(self.buttons) - 1, self.selected + delta))
        self.buttons[n].setChecked(True)

    def confirm(self) -> None:
        self.chosen.emit(self.selected)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(320, 220)


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
            return (row.name, row.organisation, row.arrived.strftime("%H:%M"),
                    str(row.people))[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.PEOPLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = (self.tr("Name"), self.tr("Organisation"), self.tr("Arrived"),
                  self.tr("People"))
        return titles[section] if 0 <= section < len(titles) else None


class InsideWindow(QDialog):
    """Everyone inside now, with the unnamed +/- count; Save PDF… and Print…. Non-modal."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
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
        self.refresh_button.clicked.connect(self.reload)
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

    def reload(self) -> None:
        try:
            from checkin.reports import inside_now

            rows, counter = inside_now(self._store)
        except CheckinError as exc:
            self.message_label.setText(error_text(exc))
            return
        self.counter = counter
        self.model.set_rows(rows)
        people = sum(r.people for r in rows)
        if people != len(rows):
            text = self.tr("%1 people inside: %2 guests (%3 with companions), "
                           "%4 counted in without a name.")
        else:
            text = self.tr("%1 people inside: %2 guests, %4 counted in without a name.")
        self.summary_label.setText(
            text.replace("%1", str(people + counter)).replace("%2", str(len(rows)))
            .replace("%3", str(people)).replace("%4", str(counter)))

    # saving and printing ---------------------------------------------------------

    def choose_file(self) -> QFileDialog:
        dialog = save_dialog(self, self.tr("Save who is inside"), str(Path.home()),
                             self.tr("PDF (*.pdf)"), "pdf", self.tr("Inside now.pdf"),
                             self.save_pdf)
        self.dialog = dialog
        return dialog

    def save_pdf(self, out: Path) -> Path | None:
        """The roll call as a PDF with tick boxes (the core writes it, atomically)."""
        try:
            from checkin.reports import write_inside_list

            path = write_inside_list(self._store, out)
        except CheckinError as exc:
            self.message_label.setText(error_text(exc))
            return None
        self.message_label.setText(self.tr("Saved to %1.").replace("%1", str(path)))
        return path

    def choose_printer(self) -> QPrintDialog:
        dialog = print_dialog(self, self.print_to)
        self.dialog = dialog
        return dialog

    def print_to(self, printer: QPrinter) -> None:
        """The list as shown, freshly read, on ``printer``."""
        self.reload()
        document = QTextDocument(self)
        document.setHtml(self._html())
        printer.setDocName(self.windowTitle())
        document.print_(printer)
        self.message_label.setText(self.tr("Sent to the printer."))

    def _html(self) -> str:
        titles = (self.model.headerData(c, Qt.Orientation.Horizontal)
                  for c in range(self.model.columnCount()))
        head = "".join(f"<th align='left'>{html.escape(str(t))}</th>" for t in titles)
        body = "".join(
            "<tr><td>&#9744; " + html.escape(r.name) + "</td><td>" + html.escape(r.organisation)
            + "</td><td>" + r.arrived.strftime("%H:%M") + f"</td><td>{r.people}</td></tr>"
            for r in self.model.rows)
        title = html.escape(self.tr("Who is inside: %1").replace("%1", self._event_name()))
        summary = html.escape(self.summary_label.text())
        return (f"<h2>{title}</h2><p>{summary}</p>"
                f"<table width='100%' cellspacing='0' cellpadding='3' border='1'>"
                f"<tr>{head}</tr>{body}</table>")

    def _event_name(self) -> str:
        try:
            return self._store.event().name
        except CheckinError:
            return ""
