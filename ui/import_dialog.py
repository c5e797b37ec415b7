"""Importing a guest list: file and sheet, a preview with the detected columns, the report.

The core detects the header row and what each column means; the person sees the
first rows and can change any column's meaning before anything is written. The
preview reads only the head of the file (a 50,000-row .xlsx shows at once); the
import itself runs off the UI thread with progress and Cancel, and changes the
event all at once at its end.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError
from checkin.guestlist import (
    FIELDS,
    SPREADSHEET_SUFFIXES,
    ImportReport,
    Preview,
    RowNote,
    import_guest_list,
    preview,
)
from checkin.store import Store

from .errors import error_text
from .files import FileChooser
from .kit import style
from .kit.text import fill
from .settings import Settings
from .tasks import ProgressPanel, Tasks

# What the file dialog offers and what a dropped file may be; the core decides from
# the content, so a list with another name still imports when chosen by hand.
LIST_SUFFIXES = (*sorted(SPREADSHEET_SUFFIXES), ".csv", ".tsv", ".txt")
AnyIndex = QModelIndex | QPersistentModelIndex


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how Excel names the column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class PreviewModel(QAbstractTableModel):
    """The first rows of the list, headed by each column's header and chosen meaning."""

    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: tuple[str, ...] = ()
        self._rows: tuple[tuple[str, ...], ...] = ()

    def set_preview(self, headers: list[str], rows: list[list[str]]) -> None:
        self.beginResetModel()
        self._headers = tuple(headers)
        self._rows = tuple(tuple(r) for r in rows)
        self.endResetModel()

    def set_header(self, column: int, text: str) -> None:
        headers = list(self._headers)
        headers[column] = text
        self._headers = tuple(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, column, column)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()] if index.column() < len(row) else ""
        if role == self.ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportReport

    def __init__(
        self,
        store: Store,
        settings: Settings,
        tasks: Tasks,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.tasks = tasks
        self.current: Preview | None = None
        self.report: ImportReport | None = None
        self.file_dialog: QFileDialog | None = None
        self.combos: list[QComboBox] = []
        self.setWindowTitle(self.tr("Import a guest list"))
        self.resize(820, 640)

        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("an .xlsx, .xls, .ods or .csv file"))
        choose = QPushButton(self.tr("Choose file…"))
        choose.clicked.connect(self.choose_file)
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(self._sheet_changed)
        self.sheet_label = QLabel(self.tr("Sheet"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File")))
        top.addWidget(self.file, 1)
        top.addWidget(choose)
        top.addWidget(self.sheet_label)
        top.addWidget(self.sheet)

        self.found = QLabel()
        self.found.setWordWrap(True)
        self.mapping_grid = QGridLayout()
        self.mapping_grid.setColumnStretch(3, 1)  # keep letter, header and choice together
        self.mapping_grid.setHorizontalSpacing(16)
        mapping_widget = QWidget()
        mapping_widget.setLayout(self.mapping_grid)
        mapping_scroll = QScrollArea()
        mapping_scroll.setWidget(mapping_widget)
        mapping_scroll.setWidgetResizable(True)
        mapping_box = QGroupBox(self.tr("What each column holds"))
        box_layout = QVBoxLayout(mapping_box)
        box_layout.addWidget(self.found)
        box_layout.addWidget(mapping_scroll)

        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.verticalHeader().hide()

        self.report_view = QPlainTextEdit()
        self.report_view.setReadOnly(True)
        self.report_view.hide()
        self.progress = ProgressPanel()
        self.problem = style.make_problem(QLabel())
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setDefault(True)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(mapping_box, 2)
        layout.addWidget(QLabel(self.tr("The first rows")))
        layout.addWidget(self.table, 2)
        layout.addWidget(self.report_view, 2)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self._show_sheets([])
        if path is not None:
            self.load(Path(path))

    # labels ----------------------------------------------------------------------

    def field_label(self, field: str | None) -> str:
        labels = {
            "first_name": self.tr("First name"),
            "middle": self.tr("Tussenvoegsel"),
            "last_name": self.tr("Last name"),
            "name": self.tr("Full name"),
            "organisation": self.tr("Organisation"),
            "email": self.tr("Email"),
            "code": self.tr("Badge or ticket code"),
            "status": self.tr("Coming? (status)"),
            "notes": self.tr("Notes"),
            "ticket_type": self.tr("Ticket type or role"),
            "seat": self.tr("Seat or table"),
            "companions": self.tr("Companions"),
        }
        if field is None:
            return self.tr("(keep as an extra column)")
        return labels.get(field, field)

    # choosing ----------------------------------------------------------------------

    def choose_file(self) -> QFileDialog:
        dialog = FileChooser(
            self,
            self.tr("Choose the guest list"),
            self.settings.last_folder,
            fill(self.tr("Guest lists (%1)"), " ".join(f"*{x}" for x in LIST_SUFFIXES)),
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda p: self.load(Path(p)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_dialog = dialog
        dialog.open()
        return dialog

    def load(self, path: Path, sheet: str | None = None) -> None:
        """Read the file's first rows (off the UI thread) and show what was detected."""
        self.settings.last_folder = str(path.parent)
        self.file.setText(str(path))
        self.problem.clear()
        self.import_button.setEnabled(False)
        self.report_view.hide()
        self.table.show()
        mine = None if self.store.is_server else Path(self.store.location)
        self.tasks.run(
            lambda _progress, _cancelled: preview(path, sheet=sheet, event_file=mine),
            on_done=self._show_preview,
            on_error=self._preview_failed,
        )

    def _preview_failed(self, exc: CheckinError) -> None:
        self.current = None
        self._clear_mapping()
        self.model.set_preview([], [])
        self.found.clear()
        self.problem.setText(error_text(exc))

    def _show_preview(self, found: Preview) -> None:
        self.current = found
        self._show_sheets(found.sheets, found.sheet)
        self.found.setText(
            fill(
                self.tr(
                    "Column headers found in row %1. Change a column's meaning if it was "
                    "guessed wrong; columns not recognised are kept as extra fields."
                ),
                found.header_row,
            )
        )
        self._clear_mapping()
        for i, column in enumerate(found.columns):
            letter = QLabel(column_letter(column.index))
            header = QLabel(column.header or self.tr("(no header)"))
            combo = QComboBox()
            combo.addItem(self.field_label(None), None)
            for field in FIELDS:
                combo.addItem(self.field_label(field), field)
            combo.setCurrentIndex(max(0, combo.findData(column.field)))
            combo.currentIndexChanged.connect(lambda _i, c=i: self._mapping_changed(c))
            self.mapping_grid.addWidget(letter, i, 0)
            self.mapping_grid.addWidget(header, i, 1)
            self.mapping_grid.addWidget(combo, i, 2)
            self.combos.append(combo)
        self.model.set_preview(
            [self._header_text(i) for i in range(len(found.columns))], found.rows
        )
        self.table.resizeColumnsToContents()  # ten rows at most: cheap
        self.import_button.setEnabled(True)

    def _show_sheets(self, sheets: list[str], current: str | None = None) -> None:
        self.sheet.blockSignals(True)
        self.sheet.clear()
        for name in sheets:
            self.sheet.addItem(name, name)
        if current is not None:
            self.sheet.setCurrentIndex(max(0, self.sheet.findData(current)))
        self.sheet.blockSignals(False)
        visible = len(sheets) > 1
        self.sheet.setVisible(visible)
        self.sheet_label.setVisible(visible)

    def _sheet_changed(self) -> None:
        if self.current is not None and self.sheet.currentData() != self.current.sheet:
            self.load(self.current.path, str(self.sheet.currentData()))

    def _clear_mapping(self) -> None:
        self.combos.clear()
        while self.mapping_grid.count():
            item = self.mapping_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _header_text(self, i: int) -> str:
        assert self.current is not None
        header = self.current.columns[i].header or column_letter(self.current.columns[i].index)
        return f"{header}\n→ {self.combos[i].currentText()}"

    def _mapping_changed(self, i: int) -> None:
        self.model.set_header(i, self._header_text(i))

    def mapping(self) -> dict[int, str | None]:
        assert self.current is not None
        return {
            column.index: self.combos[i].currentData()
            for i, column in enumerate(self.current.columns)
        }

    def set_field(self, column_index: int, field: str | None) -> None:
        """Point a column (0-based, as in the file) at a field: what the combo does."""
        assert self.current is not None
        for i, column in enumerate(self.current.columns):
            if column.index == column_index:
                self.combos[i].setCurrentIndex(self.combos[i].findData(field))
                return
        raise ValueError(f"no column {column_index}")

    # importing ---------------------------------------------------------------------

    def start_import(self) -> None:
        if self.current is None:
            return
        path, sheet, mapping = self.current.path, self.current.sheet, self.mapping()
        self.import_button.setEnabled(False)
        self.problem.clear()
        handle = self.tasks.run(
            lambda progress, cancelled: import_guest_list(
                self.store,
                path,
                sheet=sheet,
                mapping=mapping,
                progress=progress,
                cancelled=cancelled,
            ),
            on_done=self._imported,
            on_error=self._import_failed,
        )
        self.progress.follow(handle, self.tr("Importing…"))

    def _import_failed(self, exc: CheckinError) -> None:
        self.import_button.setEnabled(True)
        self.problem.setText(error_text(exc))

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.table.hide()
        self.report_view.setPlainText(self.report_text(report))
        self.report_view.show()
        self.close_button.setText(self.tr("Done"))
        self.imported.emit(report)

    def report_text(self, r: ImportReport) -> str:
        lines = [
            fill(self.tr("%1: the guest list is imported."), r.file_name),
            "",
            fill(self.tr("New guests: %1"), r.imported),
            fill(self.tr("Updated guests: %1"), r.updated),
            fill(self.tr("Not coming (imported as cancelled): %1"), r.cancelled),
            fill(
                self.tr("Not confirmed (imported as pending: unpaid, waiting list): %1"), r.pending
            ),
            fill(
                self.tr("Name missing (imported under their code or email): %1"),
                len(r.name_missing),
            ),
            fill(self.tr("Duplicates (imported once): %1"), len(r.duplicates)),
            fill(self.tr("Rows skipped: %1"), len(r.skipped)),
        ]
        if r.missing:
            lines.append(
                self.tr(
                    "%n guest(s) of this event not in this list (they were kept; mark them "
                    "cancelled on the Guests screen if they will not come)",
                    "",
                    len(r.missing),
                )
            )
        for title, notes in (
            (self.tr("Skipped"), r.skipped),
            (self.tr("Duplicate"), r.duplicates),
            (self.tr("Name missing"), r.name_missing),
            (self.tr("Note"), r.warnings),
        ):
            for note in notes[:50]:
                lines.append(fill(self.tr("%1, row %2: %3"), title, note.row, self.note_text(note)))
            if len(notes) > 50:
                lines.append(self.tr("… and %n more.", "", len(notes) - 50))
        return "\n".join(lines)

    def note_text(self, note: RowNote) -> str:
        """What the core noted on a row (one of checkin/guestlist/report.py NOTE_KINDS), in
        the interface language."""
        texts = {
            "no_name": self.tr("no name"),
            "name_missing": self.tr("name missing; imported as %1"),
            "companions": self.tr("companions %1 is not a number; imported without companions"),
            "same_code": self.tr("same code as row %1"),
            "same_email": self.tr("same email address as row %1"),
            "same_code_kept": self.tr("same code as row %1, which is not cancelled and was kept"),
            "same_email_kept": self.tr(
                "same email address as row %1, which is not cancelled and was kept"
            ),
        }
        text = texts.get(note.kind)
        if text is None:
            return note.reason
        quoted = note.kind in ("name_missing", "companions")
        return fill(text, *(repr(v) if quoted else v for v in note.values))


def is_guest_list(path: Path) -> bool:
    return path.suffix.lower() in LIST_SUFFIXES
