"""Sending tickets from the app: in the background, with the count, the rate and Cancel.

The work is the core's ``send_tickets`` run through the one background helper
(ui/tasks.py), so the rest of the app keeps working; what was sent stays sent
when it is cancelled (the outbox), and the next run goes on from there.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from checkin.errors import CheckinError
from checkin.mail import account as accounts
from checkin.mail.password import find_password
from checkin.mail.sender import SendReport, send_tickets
from checkin.store import Store

from ..kit.text import fill
from ..tasks import TaskHandle, Tasks
from .words import MailWords


def start_sending(
    store: Store,
    tasks: Tasks,
    *,
    only: Sequence[str] | None,
    on_done: Callable[[SendReport], object],
    on_error: Callable[[CheckinError], object],
    on_progress: Callable[[int, int], None] | None = None,
) -> TaskHandle:
    """The account and the keychain's password are read in the background too."""

    def work(progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> SendReport:
        account = accounts.load(store)
        server = accounts.checked(account).server
        password = find_password(server, {}, None)  # the keychain only: never the environment
        return send_tickets(
            store,
            server,
            password,
            account.sender_of(),
            only=only,
            progress=progress,
            cancelled=cancelled,
        )

    return tasks.run(work, on_done=on_done, on_error=on_error, on_progress=on_progress)


class SendPanel(QWidget):
    """ "Send tickets": the bar, "12 of 40 sent · 29 a minute", Cancel; hidden when idle."""

    finished = Signal(str)  # what happened, one sentence

    def __init__(
        self, store: Store, tasks: Tasks, words: MailWords, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.tasks = tasks
        self.words = words
        self.label = QLabel()
        self.bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.cancel_button)
        self.handle: TaskHandle | None = None
        self._started = 0.0
        self.last_report: SendReport | None = None
        self.hide()

    @property
    def busy(self) -> bool:
        return self.handle is not None

    def send(self, only: Sequence[str] | None = None) -> TaskHandle | None:
        if self.handle is not None:
            return None
        self._started = time.monotonic()
        self.bar.setRange(0, 0)
        self.label.setText(self.tr("Connecting to the mail server…"))
        self.cancel_button.setEnabled(True)
        self.show()
        handle = start_sending(
            self.store,
            self.tasks,
            only=only,
            on_done=self._done,
            on_error=self._failed,
            on_progress=self._progress,
        )
        self.handle = None if handle.done else handle
        return handle

    def _progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        minutes = max(time.monotonic() - self._started, 1e-3) / 60
        self.label.setText(
            fill(self.tr("%1 of %2 sent · %3 a minute"), done, total, round(done / minutes))
        )

    def cancel(self) -> None:
        if self.handle is not None:
            self.handle.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Stopping after the message being sent…"))

    def _done(self, report: SendReport) -> None:
        self.handle = None
        self.last_report = report
        self.hide()
        if not (report.sent or report.refused or report.left or report.stopped):
            self.finished.emit(self.tr("Every guest with a valid address has their ticket."))
            return
        text = self.tr("%n ticket(s) sent.", "", report.sent)
        if report.refused:
            text += " " + fill(
                self.tr("Refused: %1."),
                "; ".join(f"{r.name} <{r.email}>: {r.answer}" for r in report.refused),
            )
        if report.invalid:
            text += " " + self.tr("%n guest(s) without a valid address.", "", len(report.invalid))
        if report.stopped:
            text += " " + fill(
                self.tr("The mail server stopped answering (%1); %2 not sent, send again later."),
                report.stopped,
                report.left,
            )
        elif report.left:
            text += " " + self.tr("Stopped: %n ticket(s) not sent yet.", "", report.left)
        self.finished.emit(text)

    def _failed(self, exc: CheckinError) -> None:
        self.handle = None
        self.hide()
        self.finished.emit(self.words.error(exc))
