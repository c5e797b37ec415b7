"""The badge printer's strip on the Door screen: its state, the recent badges, reprint.

One line shows the printer's state in a coloured pill (ready, paused, out of
paper, stopped, not there), with "Badge printer…" beside it to choose. Below,
the badges of this session and those left unprinted from before, newest first;
a badge that did not come out is selected and printed again. The strip only
shows and forwards: the printing is ui/desk/printer.py's, the rules the core's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin.door import Door, ScanResult
from checkin.errors import CheckinError
from checkin.printing import BadgeJob, PrinterState

from ..errors import error_text
from ..kit import style
from .choice import DeskDialog
from .printer import DeskPrinter
from .words import job_text, state_text

if TYPE_CHECKING:
    from ..door.screen import DoorScreen
    from ..settings import Settings
    from ..tasks import Tasks
    from ..worker import StoreWorker

KEEP = 30  # badges in the list
ROWS = 2  # rows shown before it scrolls: the verdict keeps its room


class DeskPanel(QWidget):
    """A badge printed on arrival, on the Door screen."""

    def __init__(
        self,
        door: Door,
        location: str,
        worker: StoreWorker,
        settings: Settings,
        *,
        tasks: Tasks | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.printer = DeskPrinter(door, location, worker, settings, tasks=tasks, parent=self)
        self.dialog: DeskDialog | None = None
        self.sealed: Callable[[], bool] = lambda: False  # kiosk mode: no names, no choosing
        self.jobs: dict[str, BadgeJob] = {}
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Badge printer"))
        self.choose_button = self._button(self.tr("Badge printer…"), self.open_choice)
        self.choose_button.setToolTip(
            self.tr("Print a badge on arrival: the printer and the layout")
        )
        self.left_over = QLabel(self)
        self.left_over.setWordWrap(True)
        style.make_problem(self.left_over)
        self.left_over.hide()
        self.badges = QListWidget(self)
        self.badges.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.badges.setMaximumHeight(self.fontMetrics().height() * (ROWS + 1) + 8)
        self.badges.itemSelectionChanged.connect(self._selection)
        self.reprint_button = self._button(self.tr("Print again"), self.reprint_selected)
        self.clear_button = self._button(self.tr("Clear"), self.clear_selected)
        self.clear_button.setToolTip(
            self.tr("Take the badge off the list (printed by hand, or not wanted)")
        )
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.state_label)
        top.addStretch(1)
        top.addWidget(self.reprint_button)
        top.addWidget(self.clear_button)
        top.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.left_over)
        layout.addWidget(self.badges)
        p = self.printer
        p.state_changed.connect(self._show_state)
        p.job_changed.connect(self.show_job)
        p.unprinted_found.connect(self._left_over)
        p.problem.connect(self._problem)
        self._show_state(None)
        self._selection()
        p.start()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click never takes the scan field's
        button.clicked.connect(slot)
        return button

    # what the Door screen calls ------------------------------------------------------

    @classmethod
    def attach(
        cls,
        screen: DoorScreen,
        layout: QBoxLayout,
        door: Door,
        location: str,
        worker: StoreWorker,
        settings: Settings | None,
    ) -> DeskPanel | None:
        """The strip on ``screen`` (None without settings: no laptop to keep a choice for),
        told every verdict after it is shown, stopped when the screen closes."""
        if settings is None:
            return None
        panel = cls(door, location, worker, settings, parent=screen)
        panel.sealed = lambda: screen.kiosk  # names are behind the PIN in kiosk mode
        layout.addWidget(panel)
        screen.flow.shown.connect(panel.on_verdict)  # connected after the screen's own
        screen.installEventFilter(panel)
        return panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Close:
            self.stop()
        elif event.type() == QEvent.Type.Resize:  # into or out of kiosk mode (full screen)
            self._selection()
        return False

    def on_verdict(self, result: ScanResult) -> None:
        """Every verdict the door shows; the printer decides if it gets a badge."""
        self.printer.on_verdict(result)

    def stop(self) -> None:
        self.printer.stop()

    # the printer's state ----------------------------------------------------------------

    def _show_state(self, state: PrinterState | None) -> None:
        printer = self.printer.choice.printer
        text, tone = state_text(state, printer)
        if state is not None and state.waiting and state.takes_jobs:
            text += " · " + self.tr("%n badge(s) waiting", "", state.waiting)
        if not self.printer.on:
            text = (
                self.tr("Badges on arrival: off")
                if not printer
                else self.tr("Badges on arrival: off") + " · " + text
            )
        self.state_label.setText(text)
        self.state_label.setAccessibleDescription(text)
        self.state_label.setStyleSheet(style.pill_sheet(style.verdict_colours(tone)))
        self._selection()  # kiosk mode may have come or gone since

    def _problem(self, error: CheckinError) -> None:
        self.left_over.setText(error_text(error))
        self.left_over.show()

    # the badges ----------------------------------------------------------------------------

    def show_job(self, job: BadgeJob, name: str) -> None:
        """Add or update a badge's line, newest on top."""
        self.jobs[job.id] = job
        item = self._item(job.id)
        if item is None:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, job.id)
            self.badges.insertItem(0, item)
            while self.badges.count() > KEEP:
                gone = self.badges.takeItem(self.badges.count() - 1)
                self.jobs.pop(str(gone.data(Qt.ItemDataRole.UserRole)), None)
        item.setText(job_text(job, name or self.printer.names.get(job.id, "")))
        self._selection()

    def _item(self, job_id: str) -> QListWidgetItem | None:
        for row in range(self.badges.count()):
            item = self.badges.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == job_id:
                return item
        return None

    def _left_over(self, jobs: list[BadgeJob]) -> None:
        for job in jobs:
            self.show_job(job, "")
        self.left_over.setText(
            self.tr(
                "%n badge(s) from before were not printed: print them again or clear them.",
                "",
                len(jobs),
            )
        )
        self.left_over.show()

    def _selected(self) -> BadgeJob | None:
        items = self.badges.selectedItems()
        return self.jobs.get(str(items[0].data(Qt.ItemDataRole.UserRole))) if items else None

    def _selection(self) -> None:
        sealed = self.sealed()
        # an empty list takes no room from the verdict; in kiosk mode no guest's name shows
        listed = self.badges.count() > 0 and not sealed
        for widget in (self.badges, self.reprint_button, self.clear_button):
            widget.setVisible(listed)
        self.choose_button.setVisible(not sealed)
        chosen = self._selected()
        self.reprint_button.setEnabled(chosen is not None and bool(self.printer.choice.printer))
        self.clear_button.setEnabled(chosen is not None)

    def reprint_selected(self) -> None:
        job = self._selected()
        if job is not None:
            self._remove(job)
            self.printer.reprint(job)

    def clear_selected(self) -> None:
        job = self._selected()
        if job is not None:
            self.printer.forget(job)
            self._remove(job)

    def _remove(self, job: BadgeJob) -> None:
        item = self._item(job.id)
        if item is not None:
            self.badges.takeItem(self.badges.row(item))
        self.jobs.pop(job.id, None)
        if not any(j.asked_at < job.asked_at for j in self.jobs.values()):
            self.left_over.hide()
        self._selection()

    # choosing ------------------------------------------------------------------------------

    def open_choice(self) -> DeskDialog:
        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = DeskDialog(self.printer, self)
            self.dialog.changed.connect(lambda: self._show_state(self.printer.state))
            self.dialog.show()  # modeless: scans go on while it is open
        return self.dialog
