"""The Guests screen: the list, search as you type, add/edit, cancel, reprint, a new badge.

Every store call goes through the serial store worker (the page never waits on
the store on the UI thread); badge files are long work and go to the tasks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError
from checkin.models import Event, Guest

from ..errors import show_error
from ..files import save_dialog
from ..kit.context import Context
from ..kit.text import fill
from ..mail.guest_tickets import GuestTickets
from ..tasks import ProgressPanel
from .dialogs import GuestDialog, PaperCheckInDialog
from .model import GuestTableModel, event_zone

if TYPE_CHECKING:
    from checkin.door import ScanResult


class GuestsPage(QWidget):
    """The organiser's guest list."""

    changed = Signal()  # a guest was added, edited or cancelled here
    loaded = Signal()  # the first load of the guest rows is in the table

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.settings = ctx.settings
        self.tasks = ctx.tasks
        self.worker = ctx.worker
        # The event (its time zone, door question) comes with every read of the guests.
        self.last_event: Event | None = None
        self.model = GuestTableModel(self, language=self.settings.language)
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
        for column, width in (
            (GuestTableModel.NAME, 240),
            (GuestTableModel.EMAIL, 230),
            (GuestTableModel.CODE, 150),
            (GuestTableModel.STATUS, self._status_width()),
            (GuestTableModel.ARRIVED, 130),
            (GuestTableModel.SEAT, 70),
            (GuestTableModel.COMPANIONS, 50),
            (GuestTableModel.TICKET, 200),
        ):
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
        self.paper_button.setToolTip(
            self.tr(
                "For a guest ticked on the paper door list while the laptop was down: logged "
                "at the time it really happened."
            )
        )
        self.paper_button.clicked.connect(self.open_paper_check_in)
        self.reissue_button = QPushButton(self.tr("New badge"))
        self.reissue_button.setToolTip(
            self.tr(
                "A lost or copied badge: the guest gets a new code, and the old badge is turned "
                "away at the door as replaced."
            )
        )
        self.reissue_button.clicked.connect(self.reissue_selected)
        self.progress = ProgressPanel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.tickets = GuestTickets(self)  # the ticket column, its filter, (re)send one
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.tickets.filter_box)
        top.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (
            self.add_button,
            self.edit_button,
            self.cancel_button,
            self.badge_button,
            self.reissue_button,
            self.paper_button,
            self.tickets.send_button,
        ):
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

    def _status_width(self) -> int:
        """Wide enough for the longest status word ("niet binnen geweest" in Dutch) and the
        header with its sort arrow: measured once, never per row (there may be 100,000)."""
        italic = QFont(self.table.font())
        italic.setItalic(True)  # some rows are drawn in italics, which may run wider
        cells = max(
            max(
                QFontMetrics(self.table.font()).horizontalAdvance(text),
                QFontMetrics(italic).horizontalAdvance(text),
            )
            for text in self.model.status_texts()
        )
        header = self.table.horizontalHeader()
        title = str(self.model.headerData(GuestTableModel.STATUS, Qt.Orientation.Horizontal))
        heading = QFontMetrics(header.font()).horizontalAdvance(title) + 28  # the sort arrow
        return max(100, cells + 16, heading)

    def _load(self) -> None:
        """The first fill, off the UI thread: the tabs appear while 10,000 rows are read."""
        self.count.setText(self.tr("Loading the guests…"))
        self.refresh()

    def _loaded(self, generation: int, read: tuple[Event, tuple[Guest, ...]]) -> None:
        if generation != self._generation or not shiboken6.isValid(self):
            return
        self.last_event, rows = read
        self.model.zone = event_zone(self.last_event)
        self._show_rows(rows)

    def refresh(self, then: Callable[[], object] | None = None) -> None:
        """Read the guests again on the store worker; ``then`` runs once they are shown."""
        self._generation += 1
        generation = self._generation
        store = self.store

        def shown(read: tuple[Event, tuple[Guest, ...]]) -> None:
            self._loaded(generation, read)
            if then is not None and generation == self._generation:
                then()

        self.worker.submit(lambda: (store.event(), tuple(store.guests())), shown, self._failed)

    def _failed(self, exc: CheckinError) -> None:
        if shiboken6.isValid(self):
            show_error(self, exc)

    def _show_rows(self, rows: tuple[Guest, ...]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        self.tickets.reload(rows)
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
        text = (
            self.tr("%n guests", "", total)
            if shown == total
            else fill(self.tr("%1 of %2 shown"), shown, total)
        )
        pending, missing = self.model.pending, self.model.name_missing
        if pending:
            text += " · " + self.tr("%n pending", "", pending)
        if missing:
            text += " · " + self.tr("%n without a name", "", missing)
        self.count.setText(text)

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
        for b in (
            self.edit_button,
            self.cancel_button,
            self.badge_button,
            self.paper_button,
            self.reissue_button,
        ):
            b.setEnabled(g is not None)
        self.cancel_button.setText(
            self.tr("Restore (coming after all)")
            if g is not None and g.cancelled
            else self.tr("Mark cancelled")
        )

    # changing ----------------------------------------------------------------

    def add_guest(self) -> GuestDialog:
        return self._open_dialog(GuestDialog(self.store, None, self, worker=self.worker))

    def edit_selected(self) -> GuestDialog | None:
        g = self.selected()
        if g is None:
            return None
        return self._open_dialog(GuestDialog(self.store, g, self, worker=self.worker))

    def _open_dialog(self, dialog: GuestDialog) -> GuestDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, guest: Guest) -> None:
        self._changed(guest.id, fill(self.tr("Saved %1."), guest.name))

    def _changed(self, guest_id: int, message: str) -> None:
        """A guest changed here: show the list as stored, that guest selected, and say so."""
        self.message.setText(message)
        self.refresh(then=lambda: self.select(guest_id))
        self.changed.emit()

    def toggle_cancelled(self) -> None:
        g = self.selected()
        if g is None:
            return
        store, guest_id, cancel = self.store, g.id, not g.cancelled
        self.worker.submit(
            lambda: store.set_cancelled(guest_id, cancel), self._cancelled_set, self._failed
        )

    def _cancelled_set(self, stored: Guest) -> None:
        if not shiboken6.isValid(self):
            return
        self._changed(
            stored.id,
            fill(
                self.tr("%1 is marked cancelled and will be turned away at the door.")
                if stored.cancelled
                else self.tr("%1 is expected again."),
                stored.name,
            ),
        )

    # the paper door list -------------------------------------------------------

    def open_paper_check_in(self) -> PaperCheckInDialog | None:
        g = self.selected()
        if g is None:
            return None
        dialog = PaperCheckInDialog(
            self.store, g, self.settings.door_name, self, worker=self.worker, event=self.last_event
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.checked_in.connect(self._paper_checked_in)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _paper_checked_in(self, result: ScanResult) -> None:
        self.paper_result = result
        if result.guest is not None:
            self._changed(result.guest.id, self.paper_text(result))
        else:
            self.message.setText(self.paper_text(result))

    def paper_text(self, result: ScanResult) -> str:
        from checkin.door import Verdict

        name = result.guest.name if result.guest is not None else ""
        zone = self.model.zone
        if result.verdict == Verdict.ADMITTED:
            return fill(
                self.tr("%1 is checked in from the paper list at %2; %3 inside now."),
                name,
                f"{result.at.astimezone(zone):%H:%M}",
                result.inside,
            )
        if result.verdict == Verdict.ALREADY_INSIDE:
            since = result.since.astimezone(zone) if result.since else None
            return fill(
                self.tr("%1 was already inside (since %2); nothing changed."),
                name,
                f"{since:%H:%M}" if since else "?",
            )
        if result.verdict == Verdict.FULL:
            return fill(
                self.tr("Not checked in: the room is full (%1 of %2 inside)."),
                result.inside,
                result.capacity,
            )
        if result.verdict == Verdict.CANCELLED:
            return fill(self.tr("Not checked in: %1 is marked cancelled."), name)
        if result.verdict == Verdict.PENDING:
            return fill(
                self.tr(
                    "Not checked in: %1 is not confirmed (pending); a supervisor "
                    "can let them in at the door."
                ),
                name,
            )
        return fill(self.tr("Not checked in (%1)."), result.verdict.value)

    # a new badge -----------------------------------------------------------------

    def reissue_selected(self) -> QMessageBox | None:
        """Ask (without blocking) before the old badge stops working."""
        g = self.selected()
        if g is None:
            return None
        box = QMessageBox(self)
        box.setObjectName("reissueQuestion")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("New badge"))
        box.setText(fill(self.tr("Give %1 a new badge code?"), g.name))
        box.setInformativeText(
            self.tr(
                "The old badge is turned away at the door from now on, as replaced. Print the "
                "new badge afterwards with Reprint badge."
            )
        )
        yes = box.addButton(self.tr("New badge"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        guest_id = g.id
        box.buttonClicked.connect(lambda button: self.reissue(guest_id) if button is yes else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = box
        box.open()
        return box

    def reissue(self, guest_id: int) -> None:
        """A new code through the door service, which keeps the old one as replaced."""
        from checkin.door import DoorService

        store, door_name = self.store, self.settings.door_name
        self.worker.submit(
            lambda: DoorService(store, door=door_name).reissue(guest_id),
            self._reissued,
            self._failed,
        )

    def _reissued(self, result: ScanResult) -> None:
        if not shiboken6.isValid(self):
            return
        guest = result.guest
        if guest is None:  # the store did not answer in time: nothing was changed
            self.message.setText(
                self.tr("Not connected to the event store; no new badge was made. Try again.")
            )
            return
        self._changed(
            guest.id,
            fill(
                self.tr(
                    "%1 has a new badge code, %2; the old badge is no longer let in. "
                    "Reprint the badge now."
                ),
                guest.name,
                guest.code,
            ),
        )

    # badges ------------------------------------------------------------------

    def choose_badge_file(self) -> QFileDialog | None:
        g = self.selected()
        if g is None:
            return None
        code = g.code
        dialog = save_dialog(
            self,
            self.tr("Save badge"),
            self.settings.last_folder,
            self.tr("PDF (*.pdf)"),
            "pdf",
            f"badge-{code}.pdf",
            lambda out: self.reprint_badge(code, out),
        )
        self.dialog = dialog
        return dialog

    def reprint_badge(self, code: str, out: Path) -> None:
        from checkin.documents.badges import write_badges

        self.settings.last_folder = str(out.parent)
        layout = self.settings.badge_layout
        handle = self.tasks.run(
            lambda progress, cancelled: write_badges(
                self.store, out, layout=layout, codes=[code], progress=progress, cancelled=cancelled
            ),
            on_done=lambda result: self.message.setText(
                fill(self.tr("Badge saved to %1."), result.path)
            ),
            on_error=lambda exc: show_error(self, exc),
        )
        self.progress.follow(handle, self.tr("Writing the badge…"))
