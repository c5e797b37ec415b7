"""The Guests screen's two forms: add or edit a guest, and a tick from the paper door list.

Both are the kit's FormDialog: the store or the door decides what is valid and
the form shows its sentence; neither blocks the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from checkin.models import Event, Guest, GuestInput
from checkin.store import Store

from ..kit.form import FormDialog
from ..kit.text import fill
from .model import event_zone

if TYPE_CHECKING:
    from checkin.door import ScanResult

    from ..worker import StoreWorker


class GuestDialog(FormDialog):
    """Add or edit one guest; the store decides what is valid, the dialog shows why not."""

    saved = Signal(object)  # the Guest as stored

    def __init__(
        self,
        store: Store,
        guest: Guest | None = None,
        parent: QWidget | None = None,
        *,
        worker: StoreWorker | None = None,
    ) -> None:
        super().__init__("", self._job, worker=worker, parent=parent)
        self.setWindowTitle(self.tr("Edit guest") if guest else self.tr("Add guest"))
        self.ok_button.setText(self.tr("Save"))
        self.store = store
        self.guest = guest
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
        self.pending = QCheckBox(
            self.tr("Not confirmed yet (pending): only a supervisor can let this guest in")
        )
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.add_row(self.tr("First name"), self.first_name)
        self.add_row(self.tr("Tussenvoegsel"), self.middle)
        self.add_row(self.tr("Last name"), self.last_name)
        self.add_row(self.tr("Organisation"), self.organisation)
        self.add_row(self.tr("Email"), self.email)
        self.add_row(self.tr("Badge code"), self.code)
        self.add_row(self.tr("Ticket type"), self.ticket_type)
        self.add_row(self.tr("Seat or table"), self.seat)
        self.add_row(self.tr("Companions"), self.companions)
        self.add_wide(self.pending)
        self.add_row(self.tr("Notes"), self.notes)
        self.submitted.connect(self.saved)
        if guest is not None:
            self._fill(guest)

    def _fill(self, g: Guest) -> None:
        self.first_name.setText(g.first_name)
        self.middle.setText(g.middle)
        self.last_name.setText(g.last_name)
        if g.name_missing:
            # "Guest 7KX…" is a stand-in, not a name to edit: the fields stay empty.
            self.last_name.setPlaceholderText(self.tr("name missing in the guest list"))
        elif not (g.first_name or g.last_name):
            # A list with only a full-name column: edit the name as one field.
            self.last_name.setText(g.name)
        self.organisation.setText(g.organisation)
        self.email.setText(g.email)
        self.code.setText(g.code)
        self.ticket_type.setText(g.ticket_type)
        self.seat.setText(g.seat)
        self.companions.setValue(g.companions)
        self.pending.setChecked(g.pending)
        self.notes.setPlainText(g.notes)

    def value(self) -> GuestInput:
        g = self.guest
        typed = any(f.text().strip() for f in (self.first_name, self.middle, self.last_name))
        # A guest whose name is still missing keeps the stand-in until one is typed.
        still_missing = g is not None and g.name_missing and not typed
        return GuestInput(
            first_name=self.first_name.text(),
            middle=self.middle.text(),
            last_name=self.last_name.text(),
            name=g.name if still_missing and g else "",
            organisation=self.organisation.text(),
            email=self.email.text(),
            code=self.code.text(),
            cancelled=g.cancelled if g else False,
            ticket_type=self.ticket_type.text(),
            seat=self.seat.text(),
            notes=self.notes.toPlainText(),
            companions=self.companions.value(),
            extra=dict(g.extra) if g else {},
            walk_in=g.walk_in if g else False,
            pending=self.pending.isChecked(),
            name_missing=still_missing,
        )

    def _job(self) -> Callable[[], Guest]:
        store, value = self.store, self.value()
        if self.guest is None:
            return lambda: store.add_guest(value)
        guest_id = self.guest.id
        return lambda: store.update_guest(guest_id, value)

    def save(self) -> None:
        self.try_submit()


class PaperCheckInDialog(FormDialog):
    """A guest ticked on the paper door list, typed in afterwards with the time it happened."""

    checked_in = Signal(object)  # the ScanResult

    def __init__(
        self,
        store: Store,
        guest: Guest,
        door_name: str,
        parent: QWidget | None = None,
        *,
        worker: StoreWorker | None = None,
        event: Event | None = None,
    ) -> None:
        super().__init__("", self._job, worker=worker, problem_of=self._problem_of, parent=parent)
        self.setWindowTitle(self.tr("Check in from the paper list"))
        self.ok_button.setText(self.tr("Check in"))
        self.set_intro(fill(self.tr("%1 was ticked on the paper door list."), guest.name))
        # The page's last read of the event, so opening the form needs no trip to the store.
        event = event if event is not None else store.event()
        self.store = store
        self.guest = guest
        self.door_name = door_name
        self.zone = event_zone(event)
        now = datetime.now(self.zone)
        self.when = QDateTimeEdit(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.when_label = QLabel(fill(self.tr("When it happened (%1)"), self.zone))
        self.form.addRow(self.when_label, self.when)
        self.question: QCheckBox | None = None
        if event.door_question:
            self.question = QCheckBox(fill(self.tr("Asked at the door: %1"), event.door_question))
            self.add_wide(self.question)
        self.submitted.connect(self.checked_in)

    def moment(self) -> datetime:
        """The time typed, read as the event's local time, in UTC for the store."""
        d, t = self.when.date(), self.when.time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.zone)
        return local.astimezone(UTC)

    def _job(self) -> Callable[[], ScanResult]:
        from checkin.door import DoorService

        store, guest_id, door_name = self.store, self.guest.id, self.door_name
        confirmed = self.question is not None and self.question.isChecked()
        at = self.moment()
        # The paper list says who came and when, not with how many: no companions question.
        return lambda: DoorService(store, door=door_name).admit(
            guest_id, at=at, confirmed=confirmed, ask_companions=False
        )

    def _problem_of(self, result: object) -> str | None:
        from checkin.door import ScanResult, Verdict

        if isinstance(result, ScanResult) and result.verdict == Verdict.CONFIRM:
            return self.tr("Tick the door question first: it was asked at the door.")
        return None

    def check_in(self) -> None:
        self.try_submit()
