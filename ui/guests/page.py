"""The Guests screen: the list, search as you type, add/edit, cancel, reprint a badge.

The table is a small QAbstractTableModel over a tuple of frozen Guest rows.
Search folds the query like the store folds its search key and filters the
rows in Python, then resets the model: a QSortFilterProxyModel over a Python
model calls data() for every row on every keystroke (DESIGN.md, Pitfalls).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from datetime import UTC, datetime
from itertools import compress
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError
from checkin.models import Event, Guest, GuestInput, GuestStatus
from checkin.store import Store
from checkin.text import fold

from .errors import error_text, show_error
from .files import save_dialog
from .settings import Settings
from .tasks import ProgressPanel, Tasks

if TYPE_CHECKING:
    from checkin.door import ScanResult

AnyIndex = QModelIndex | QPersistentModelIndex


_CANCELLED_COLOUR = QColor("#8a8a8a")


def event_zone(event: Event) -> ZoneInfo:
    return event.zone


def _fold_code(code: str) -> str:
    # Codes are nearly always ASCII; fold()'s Unicode decomposition costs 15 µs a guest.
    return code.lower() if code.isascii() else fold(code)


class GuestTableModel(QAbstractTableModel):
    NAME, ORGANISATION, EMAIL, CODE, STATUS, ARRIVED, SEAT, COMPANIONS = range(8)
    COLUMNS = 8
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QWidget | None = None, *,
                 zone: ZoneInfo | None = None) -> None:
        super().__init__(parent)
        # Arrival times are shown in the event's own time zone, whatever the laptop's.
        self.zone = zone or ZoneInfo("Europe/Amsterdam")
        # Every guest in the chosen order, each with its prepared haystack.
        self._all: tuple[Guest, ...] = ()
        self._keys: tuple[str, ...] = ()
        # What the last query matched: a query that extends it searches only these.
        self._last_folded = ""
        self._matched: tuple[tuple[Guest, ...], tuple[str, ...]] = ((), ())
        self._rows: tuple[Guest, ...] = ()
        self._query = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        # Looked up once: data() runs for every visible cell on every repaint.
        self._status_texts = {
            GuestStatus.NOT_ARRIVED: self.tr("not arrived"),
            GuestStatus.INSIDE: self.tr("inside"),
            GuestStatus.LEFT: self.tr("left"),
            GuestStatus.CANCELLED: self.tr("cancelled"),
        }
        self._walk_in = " " + self.tr("(walk-in)")

    # data in -----------------------------------------------------------------

    def set_rows(self, rows: tuple[Guest, ...]) -> None:
        if self._sort is not None:
            rows = self._sorted(rows, *self._sort)
        self._all = rows
        # One prepared haystack per guest: the store's folded search key plus the code.
        self._keys = tuple(f"{g.search_key}\x1f{_fold_code(g.code)}" for g in rows)
        self._last_folded = ""
        self._apply()

    def set_filter(self, query: str) -> None:
        self._query = query
        self._apply()

    def _apply(self) -> None:
        folded = " ".join(fold(self._query).split())
        terms = folded.split()
        if not terms:
            rows, keys = self._all, self._keys
        else:
            # Typing one more letter can only narrow the matches: every term of the new
            # query contains the term of the old one it grew from.
            if self._last_folded and folded.startswith(self._last_folded):
                rows, keys = self._matched
            else:
                rows, keys = self._all, self._keys
            for term in terms:
                # A mask of bools and compress(): no small tuple per guest, which at
                # 100,000 guests would wake the garbage collector mid-keystroke.
                mask = [term in k for k in keys]
                rows = tuple(compress(rows, mask))
                keys = tuple(compress(keys, mask))
        self._last_folded = folded
        self._matched = (rows, keys)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def query(self) -> str:
        return self._query

    def guest_at(self, row: int) -> Guest:
        return self._rows[row]

    def row_of(self, guest_id: int) -> int:
        for i, g in enumerate(self._rows):
            if g.id == guest_id:
                return i
        return -1

    # the model ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        g = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(g, col)
        if role == self.SORT_ROLE:
            return self._sort_value(g, col)
        if role == self.ROW_ROLE:
            return g
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME and g.notes:
            return g.notes
        if role == Qt.ItemDataRole.ForegroundRole and g.cancelled:
            return _CANCELLED_COLOUR
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [self.tr("Name"), self.tr("Organisation"), self.tr("Email"), self.tr("Code"),
                  self.tr("Status"), self.tr("Arrived"), self.tr("Seat"), self.tr("With")]
        return titles[section] if 0 <= section < len(titles) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMNS:
            return
        if self._sort == (column, order):
            return
        self._sort = (column, order)
        # Sort everything once, so that every later search keeps this order for free.
        self.set_rows(self._all)

    def _sorted(self, rows: tuple[Guest, ...], column: int,
                order: Qt.SortOrder) -> tuple[Guest, ...]:
        key: Callable[[Guest], Any] = operator.attrgetter("sort_key")
        if column != self.NAME:
            key = lambda g: (self._sort_value(g, column), g.sort_key)  # noqa: E731
        return tuple(sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder))

    def _display(self, g: Guest, col: int) -> str:
        if col == self.NAME:
            return g.name + self._walk_in if g.walk_in else g.name
        if col == self.ORGANISATION:
            return g.organisation
        if col == self.EMAIL:
            return g.email
        if col == self.CODE:
            return g.code
        if col == self.STATUS:
            return self.status_text(g.status)
        if col == self.ARRIVED:
            if g.first_arrival is None:
                return ""
            return f"{g.first_arrival.astimezone(self.zone):%Y-%m-%d %H:%M}"
        if col == self.SEAT:
            return g.seat
        if col == self.COMPANIONS:
            return f"+{g.companions}" if g.companions else ""
        return ""

    def _sort_value(self, g: Guest, col: int) -> str:
        if col == self.NAME:
            return g.sort_key
        if col == self.STATUS:
            return g.status.value
        if col == self.ARRIVED:
            # ISO text in UTC sorts in time order; guests not yet arrived go last.
            return g.first_arrival.astimezone(UTC).isoformat() if g.first_arrival else "~"
        if col == self.COMPANIONS:
            return f"{g.companions:04d}"
        return fold(self._display(g, col))

    def status_text(self, status: GuestStatus) -> str:
        return self._status_texts[status]


class GuestDialog(QDialog):
    """Add or edit one guest; the store decides what is valid, the dialog shows why not."""

    saved = Signal(object)  # the Guest as stored

    def __init__(self, store: Store, guest: Guest | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.guest = guest
        self.setWindowTitle(self.tr("Edit guest") if guest else self.tr("Add guest"))
        self.first_name = QLineEdit()
        self.middle = QLineEdit()
        self.middle.setPlaceholderText(self.tr("van, de, van den…"))
        self.last_name = QLineEdit()
        self.organisation = QLineEdit()
        self.email = QLineEdit()
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("empty: a new code is made"))
        self.ticket_type = QLineEdit()
        self.seat = QLineEdit()
        self.companions = QSpinBox()
        self.companions.setRange(0, 50)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Tussenvoegsel"), self.middle)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("Organisation"), self.organisation)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Badge code"), self.code)
        form.addRow(self.tr("Ticket type"), self.ticket_type)
        form.addRow(self.tr("Seat or table"), self.seat)
        form.addRow(self.tr("Companions"), self.companions)
        form.addRow(self.tr("Notes"), self.notes)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if guest is not None:
            self._fill(guest)

    def _fill(self, g: Guest) -> None:
        self.first_name.setText(g.first_name)
        self.middle.setText(g.middle)
        self.last_name.setText(g.last_name)
        if not (g.first_name or g.last_name):
            # A list with only a full-name column: edit the name as one field.
            self.last_name.setText(g.name)
        self.organisation.setText(g.organisation)
        self.email.setText(g.email)
        self.code.setText(g.code)
        self.ticket_type.setText(g.ticket_type)
        self.seat.setText(g.seat)
        self.companions.setValue(g.companions)
        self.notes.setPlainText(g.notes)

    def value(self) -> GuestInput:
        return GuestInput(
            first_name=self.first_name.text(), middle=self.middle.text(),
            last_name=self.last_name.text(), organisation=self.organisation.text(),
            email=self.email.text(), code=self.code.text(),
            cancelled=self.guest.cancelled if self.guest else False,
            ticket_type=self.ticket_type.text(), seat=self.seat.text(),
            notes=self.notes.toPlainText(), companions=self.companions.value(),
            extra=dict(self.guest.extra) if self.guest else {},
        )

    def save(self) -> None:
        try:
            if self.guest is None:
                stored = self.store.add_guest(self.value())
            else:
                stored = self.store.update_guest(self.guest.id, self.value())
        except CheckinError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        self.saved.emit(stored)
        self.accept()


class PaperCheckInDialog(QDialog):
    """A guest ticked on the paper door list, typed in afterwards with the time it happened."""

    checked_in = Signal(object)  # the ScanResult

    def __init__(self, store: Store, guest: Guest, door_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.guest = guest
        self.door_name = door_name
        event = store.event()
        self.zone = event_zone(event)
        self.setWindowTitle(self.tr("Check in from the paper list"))
        who = QLabel(self.tr("%1 was ticked on the paper door list.").replace("%1", guest.name))
        who.setWordWrap(True)
        now = datetime.now(self.zone)
        self.when = QDateTimeEdit(QDateTime(QDate(now.year, now.month, now.day),
                                            QTime(now.hour, now.minute)))
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when_label = QLabel(
            self.tr("When it happened (%1)").replace("%1", str(self.zone)))
        form = QFormLayout()
        form.addRow(self.when_label, self.when)
        self.question: QCheckBox | None = None
        if event.door_question:
            self.question = QCheckBox(
                self.tr("Asked at the door: %1").replace("%1", event.door_question))
            form.addRow(self.question)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("Check in"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.check_in)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(who)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def moment(self) -> datetime:
        """The time typed, read as the event's local time, in UTC for the store."""
        d, t = self.when.date(), self.when.time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.zone)
        return local.astimezone(UTC)

    def check_in(self) -> None:
        from checkin import door

        confirmed = self.question is not None and self.question.isChecked()
        try:
            result = door.check_in(self.store, self.guest.id, door=self.door_name,
                                   now=self.moment(), paper=True, confirmed=confirmed)
        except CheckinError as exc:
            self._problem(error_text(exc))
            return
        if result.verdict == door.Verdict.CONFIRM:
            self._problem(self.tr("Tick the door question first: it was asked at the door."))
            return
        self.checked_in.emit(result)
        self.accept()

    def _problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class GuestsPage(QWidget):
    """The organiser's guest list."""

    changed = Signal()  # a guest was added, edited or cancelled here
    loaded = Signal()  # the first load of the guest rows is in the table

    def __init__(self, store: Store, settings: Settings, tasks: Tasks,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.tasks = tasks
        self.model = GuestTableModel(self, zone=event_zone(store.event()))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, organisation, email or code"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(GuestTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Fixed starting widths: sizing to contents would measure every row (100,000 of them).
        for column, width in ((GuestTableModel.NAME, 240), (GuestTableModel.EMAIL, 230),
                              (GuestTableModel.CODE, 150), (GuestTableModel.STATUS, 100),
                              (GuestTableModel.ARRIVED, 130), (GuestTableModel.SEAT, 70),
                              (GuestTableModel.COMPANIONS, 50)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(GuestTableModel.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(self.tr("Add guest…"))
        self.add_button.clicked.connect(self.add_guest)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.cancel_button = QPushButton(self.tr("Mark cancelled"))
        self.cancel_button.clicked.connect(self.toggle_cancelled)
        self.badge_button = QPushButton(self.tr("Reprint badge…"))
        self.badge_button.clicked.connect(self.choose_badge_file)
        self.paper_button = QPushButton(self.tr("Check in from paper list…"))
        self.paper_button.setToolTip(self.tr(
            "For a guest ticked on the paper door list while the laptop was down: logged "
            "at the time it really happened."))
        self.paper_button.clicked.connect(self.open_paper_check_in)
        self.progress = ProgressPanel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.cancel_button, self.badge_button,
                  self.paper_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.dialog: QDialog | None = None
        self.paper_result: ScanResult | None = None
        self.is_loaded = False
        # Each refresh bumps this; a background load that finishes after a newer refresh
        # is dropped instead of putting older rows back.
        self._generation = 0
        self._load()

    # reading -----------------------------------------------------------------

    def _load(self) -> None:
        """The first fill, off the UI thread: the tabs appear while 10,000 rows are read."""
        self.count.setText(self.tr("Loading the guests…"))
        generation = self._generation
        self.tasks.run(lambda _progress, _cancelled: tuple(self.store.guests()),
                       on_done=lambda rows: self._loaded(generation, rows),
                       on_error=lambda exc: show_error(self, exc))

    def _loaded(self, generation: int, rows: tuple[Guest, ...]) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        self._show_rows(rows)

    def refresh(self) -> None:
        self._generation += 1
        self._show_rows(tuple(self.store.guests()))

    def _show_rows(self, rows: tuple[Guest, ...]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        if selected is not None:
            self.select(selected.id)
        self._update_count()
        self._update_buttons()
        if not self.is_loaded:
            self.is_loaded = True
            self.loaded.emit()

    def _search(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()
        if self.model.rowCount() == 1:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            self.count.setText(self.tr("1 guest") if total == 1
                               else self.tr("%1 guests").replace("%1", str(total)))
        else:
            self.count.setText(self.tr("%1 of %2 shown").replace("%1", str(shown))
                               .replace("%2", str(total)))

    def selected(self) -> Guest | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.guest_at(rows[0].row())

    def select(self, guest_id: int) -> None:
        row = self.model.row_of(guest_id)
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        g = self.selected()
        for b in (self.edit_button, self.cancel_button, self.badge_button, self.paper_button):
            b.setEnabled(g is not None)
        self.cancel_button.setText(
            self.tr("Restore (coming after all)") if g is not None and g.cancelled
            else self.tr("Mark cancelled"))

    # changing ----------------------------------------------------------------

    def add_guest(self) -> GuestDialog:
        return self._open_dialog(GuestDialog(self.store, None, self))

    def edit_selected(self) -> GuestDialog | None:
        g = self.selected()
        if g is None:
            return None
        return self._open_dialog(GuestDialog(self.store, g, self))

    def _open_dialog(self, dialog: GuestDialog) -> GuestDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, guest: Guest) -> None:
        self.refresh()
        self.select(guest.id)
        self.message.setText(self.tr("Saved %1.").replace("%1", guest.name))
        self.changed.emit()

    def toggle_cancelled(self) -> None:
        g = self.selected()
        if g is None:
            return
        try:
            stored = self.store.set_cancelled(g.id, not g.cancelled)
        except CheckinError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.select(stored.id)
        self.message.setText(
            self.tr("%1 is marked cancelled and will be turned away at the door.")
            .replace("%1", stored.name) if stored.cancelled
            else self.tr("%1 is expected again.").replace("%1", stored.name))
        self.changed.emit()

    # the paper door list -------------------------------------------------------

    def open_paper_check_in(self) -> PaperCheckInDialog | None:
        g = self.selected()
        if g is None:
            return None
        dialog = PaperCheckInDialog(self.store, g, self.settings.door_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.checked_in.connect(self._paper_checked_in)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _paper_checked_in(self, result: ScanResult) -> None:
        from checkin.door import Verdict

        name = result.guest.name if result.guest is not None else ""
        zone = self.model.zone
        if result.verdict == Verdict.ADMITTED:
            text = (self.tr("%1 is checked in from the paper list at %2; %3 inside now.")
                    .replace("%1", name).replace("%2", f"{result.at.astimezone(zone):%H:%M}")
                    .replace("%3", str(result.inside)))
        elif result.verdict == Verdict.ALREADY_INSIDE:
            since = result.since.astimezone(zone) if result.since else None
            text = (self.tr("%1 was already inside (since %2); nothing changed.")
                    .replace("%1", name).replace("%2", f"{since:%H:%M}" if since else "?"))
        elif result.verdict == Verdict.FULL:
            text = (self.tr("Not checked in: the room is full (%1 of %2 inside).")
                    .replace("%1", str(result.inside)).replace("%2", str(result.capacity)))
        elif result.verdict == Verdict.CANCELLED:
            text = self.tr("Not checked in: %1 is marked cancelled.").replace("%1", name)
        else:
            text = self.tr("Not checked in (%1).").replace("%1", result.verdict.value)
        self.refresh()
        if result.guest is not None:
            self.select(result.guest.id)
        self.message.setText(text)
        self.paper_result = result
        self.changed.emit()

    # badges ------------------------------------------------------------------

    def choose_badge_file(self) -> QFileDialog | None:
        g = self.selected()
        if g is None:
            return None
        code = g.code
        dialog = save_dialog(self, self.tr("Save badge"), self.settings.last_folder,
                             self.tr("PDF (*.pdf)"), "pdf", f"badge-{code}.pdf",
                             lambda out: self.reprint_badge(code, out))
        self.dialog = dialog
        return dialog

    def reprint_badge(self, code: str, out: Path) -> None:
        from checkin.badges import write_badges

        self.settings.last_folder = str(out.parent)
        layout = self.settings.badge_layout
        handle = self.tasks.run(
            lambda progress, cancelled: write_badges(
                self.store, out, layout=layout, codes=[code], progress=progress,
                cancelled=cancelled),
            on_done=lambda result: self.message.setText(
                self.tr("Badge saved to %1.").replace("%1", str(result.path))),
            on_error=lambda exc: show_error(self, exc),
        )
        self.progress.follow(handle, self.tr("Writing the badge…"))
