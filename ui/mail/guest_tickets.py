"""The Guests screen's ticket column: each guest's ticket state, a filter on it, and
(re)sending one guest's ticket from their row (after "New badge", or a lost mail).

The states are read on the serial store worker after every load of the rows; the
sending runs in the background (ui/mail/sending.py) and the column follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from checkin.errors import CheckinError
from checkin.mail import outbox
from checkin.mail.outbox import TicketState
from checkin.mail.sender import SendReport
from checkin.models import Guest

from ..kit.text import fill
from ..tasks import TaskHandle
from .sending import start_sending
from .words import MailWords

if TYPE_CHECKING:
    from ..guests.page import GuestsPage


class GuestTickets(QObject):
    def __init__(self, page: GuestsPage) -> None:
        super().__init__(page)
        self.page = page
        self.words = MailWords(page.settings.language, self)
        self.filter_box = QComboBox()
        for value, text in self.words.filters:
            self.filter_box.addItem(text, value)
        self.filter_box.currentIndexChanged.connect(self._filter)
        self.send_button = QPushButton(self.tr("Send ticket"))
        self.send_button.setToolTip(
            self.tr("Mail this guest their ticket now, again if it was sent before.")
        )
        self.send_button.clicked.connect(self.send_selected)
        self.send_button.setEnabled(False)
        page.table.selectionModel().selectionChanged.connect(self._selection)
        self.handle: TaskHandle | None = None
        self._generation = 0
        self._rows: tuple[Guest, ...] = ()

    def _selection(self) -> None:
        guest = self.page.selected()
        self.send_button.setEnabled(
            guest is not None and bool(guest.email.strip()) and self.handle is None
        )

    def reload(self, rows: tuple[Guest, ...]) -> None:
        """The outbox is read on the store worker (one quick query); the states are worked
        out in the background, so the worker stays free for the door's scans."""
        self._generation += 1
        generation = self._generation
        store, tasks = self.page.store, self.page.tasks
        self._rows = rows

        def judge(kept: dict[int, outbox.OutboxRow]) -> None:
            tasks.run(
                lambda _p, _c: {g.id: outbox.state_of(g, kept.get(g.id)) for g in rows},
                on_done=lambda found: self._show(generation, found),
                on_error=self.page._failed,
            )

        self.page.worker.submit(lambda: outbox.rows(store), judge, self.page._failed)

    def _show(self, generation: int, found: dict[int, TicketState]) -> None:
        if generation != self._generation or not shiboken6.isValid(self.page):
            return
        model, zone = self.page.model, self.page.model.zone
        model.tickets = {
            gid: (s.ticket.value, self.words.ticket(s, zone)) for gid, s in found.items()
        }
        if model.ticket_filter:
            self._refilter()
        elif model.rowCount():
            model.dataChanged.emit(
                model.index(0, model.TICKET),
                model.index(model.rowCount() - 1, model.TICKET),
                [Qt.ItemDataRole.DisplayRole],
            )

    def _filter(self) -> None:
        self.page.model.ticket_filter = str(self.filter_box.currentData() or "")
        self._refilter()

    def _refilter(self) -> None:
        selected = self.page.selected()
        self.page.model.set_filter(self.page.model.query)
        if selected is not None:
            self.page.select(selected.id)
        self.page._update_count()

    def send_selected(self) -> TaskHandle | None:
        guest = self.page.selected()
        if guest is None or self.handle is not None:
            return None
        self.send_button.setEnabled(False)
        self.page.message.setText(fill(self.tr("Sending the ticket of %1…"), guest.name))
        handle = start_sending(
            self.page.store,
            self.page.tasks,
            only=[guest.code],
            on_done=self._sent,
            on_error=self._failed,
        )
        self.handle = None if handle.done else handle
        return handle

    def _sent(self, report: SendReport) -> None:
        self.handle = None
        if not shiboken6.isValid(self.page):
            return
        if report.refused:
            r = report.refused[0]
            text = fill(self.tr("The server refused the ticket of %1: %2"), r.name, r.answer)
        elif report.invalid:
            text = fill(
                self.tr("%1 has no valid address; no ticket was sent."), report.invalid[0].name
            )
        elif report.sent:
            text = self.tr("The ticket was sent.")
        else:
            text = fill(self.tr("Not sent: %1"), report.stopped or "—")
        self.page.message.setText(text)
        self._selection()
        self.reload(self._rows)

    def _failed(self, exc: CheckinError) -> None:
        self.handle = None
        if not shiboken6.isValid(self.page):
            return
        self.page.message.setText(self.words.error(exc))
        self._selection()
