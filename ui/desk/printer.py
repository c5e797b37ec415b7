"""The desk's printer in the app: each admitted guest's badge, sent off the door's path.

The Door screen hands every verdict it shows to :meth:`DeskPrinter.on_verdict`
after the verdict is on screen. A verdict that gets a badge (a guest admitted
for the first time: checkin.printing.wants_badge) is listed at once in the
data folder's ledger, then rendered and sent through the one background helper
(ui/tasks.py) on two threads of the desk's own (so a badge never waits behind an
export), one badge after the other, never on the store worker: a slow or paused
printer never holds up a scan. The printer's state is asked every few
seconds, also off the UI thread, each ask with the print system's deadline.

The event (its name, date, language and badge design) is read once from the door
(``checkin.door.Door.event``) through the store worker when printing starts; a
reprint of a badge from an earlier session reads its guest the same way
(``Door.guest``). An offline door answers both from its own copy, so badges go on
printing while the server is away. Nothing here decides who gets in.
"""

from __future__ import annotations

import time
from collections import deque
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from checkin.door import Door, ScanResult
from checkin.errors import CheckinError
from checkin.models import Event, Guest
from checkin.printing import (
    DEFAULT_PRINT_LAYOUT,
    PRINT_LAYOUTS,
    BadgeDesk,
    BadgeJob,
    Ledger,
    PrintChoice,
    PrinterState,
    Spooler,
)

from ..tasks import Tasks
from .spoolers import system_spooler

if TYPE_CHECKING:
    from ..settings import Settings
    from ..worker import StoreWorker

POLL_MS = 3000  # how often the printer's state is asked
RETRY_S = 30.0  # after the event could not be read, before it is read again


class DeskPrinter(QObject):
    """Badges on arrival at ``door`` for the event at ``location`` (its ledger's name), on
    the printer kept in ``settings``."""

    job_changed = Signal(object, str)  # a BadgeJob as it now is, and the guest's name
    state_changed = Signal(object)  # PrinterState
    unprinted_found = Signal(list)  # BadgeJobs left from before (the app opened again)
    test_done = Signal(object)  # the test badge's BadgeJob
    problem = Signal(object)  # a CheckinError to show (the event could not be read)

    def __init__(
        self,
        door: Door,
        location: str,
        worker: StoreWorker,
        settings: Settings,
        *,
        tasks: Tasks | None = None,
        spooler: Spooler | None = None,
        poll_ms: int = POLL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.door = door
        self.location = location
        self.worker = worker
        self.settings = settings
        # Its own two threads (a badge, the printer's state), so a badge never waits
        # behind a long export or a sheet of badges on the app's shared pool.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self.tasks = tasks or Tasks(pool=self._pool)
        self.spooler = spooler or system_spooler()
        self.ledger = Ledger(settings.data_dir)
        self.known_event: Event | None = None
        self.state: PrinterState | None = None
        self._queue: deque[tuple[BadgeJob, Guest]] = deque()
        self._sending = False
        self._polling = False
        self._loading = False
        self._failed_at = -RETRY_S  # when the event could not be read
        self._seen: set[str] = set()  # scan ids already given a badge: each once
        self.names: dict[str, str] = {}  # job id -> the guest's name, for the list
        self.desk = self._make_desk()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.poll)
        self._timer.start(poll_ms)

    # the choice ------------------------------------------------------------------------

    @property
    def on(self) -> bool:
        on, printer, _ = self.settings.desk
        return on and bool(printer.strip())

    @property
    def choice(self) -> PrintChoice:
        return self.desk.choice

    def _make_desk(self) -> BadgeDesk:
        _, printer, layout = self.settings.desk
        layout = layout if layout in PRINT_LAYOUTS else DEFAULT_PRINT_LAYOUT
        return BadgeDesk(
            self.spooler,
            PrintChoice(printer, layout),
            event=self.location,
            ledger=self.ledger,
        )

    def set_choice(self, on: bool, printer: str, layout: str) -> None:
        """Keep the choice for this laptop and use it from the next badge on."""
        self.settings.desk = (on, printer.strip(), layout)
        self.desk = self._make_desk()
        self.state = None
        if on:
            self.load_event()
        self.poll()

    def load_event(self) -> None:
        """Read the event (the badge's design) from the door through the store worker; one
        read at a time, and after a failure not again for RETRY_S, so a store that does
        not answer never keeps the door's worker busy."""
        if self._loading or time.monotonic() - self._failed_at < RETRY_S:
            return
        self._loading = True
        self.worker.submit(self.door.event, self._got_event, self._event_failed)

    def _event_failed(self, exc: CheckinError) -> None:
        if self._gone():
            return
        self._loading = False
        self._failed_at = time.monotonic()
        self.problem.emit(exc)

    def _gone(self) -> bool:
        """An answer that comes back after the screen was rebuilt (a language switch)."""
        return not shiboken6.isValid(self)

    def _got_event(self, event: Event) -> None:
        if self._gone():
            return
        self._loading = False
        self.known_event = event
        self._pump()

    def start(self) -> None:
        """When the Door screen opens: the event if printing, and the badges left from before."""
        if self.on:
            self.load_event()
        self.tasks.run(
            lambda _p, _c: self.desk.unprinted(),
            on_done=self._found_unprinted,
            on_error=self.problem.emit,
        )
        self.poll()

    def _found_unprinted(self, jobs: list[BadgeJob]) -> None:
        if jobs and not self._gone():
            self.unprinted_found.emit(jobs)

    def stop(self) -> None:
        """The screen or the app closes: badges still to send are listed for next time."""
        self._timer.stop()
        self.desk.keep([job for job, _guest in self._queue])
        self._queue.clear()

    # badges ------------------------------------------------------------------------------

    def on_verdict(self, result: ScanResult) -> None:
        """After a verdict is shown: the badge of a guest admitted for the first time."""
        if not self.on or (result.scan_id and result.scan_id in self._seen):
            return
        job, guest = self.desk.job_for(result), result.guest
        if job is None or guest is None:
            return
        self._seen.add(job.id)
        # Listed in the data folder (a file written, fsync) only once the event loop is
        # back, so the verdict's repaint goes first; then sent on the printing thread.
        QTimer.singleShot(0, self, lambda: self._list_and_send(job, guest))

    def _list_and_send(self, job: BadgeJob, guest: Guest) -> None:
        try:
            self.desk.keep([job])
        except CheckinError as exc:  # the data folder cannot be written: print all the same
            self.problem.emit(exc)
        self._enqueue(job, guest)

    def reprint(self, job: BadgeJob) -> None:
        """Print a listed badge again (it did not come out), on the printer chosen now."""

        def found(guest: Guest) -> None:
            self.desk.forget({job.id})
            again = self.desk.job(guest, people=job.people)
            self._enqueue(again, guest)

        if self.known_event is None:
            self.load_event()
        self.worker.submit(lambda: self.door.guest(job.guest_id), found, self.problem.emit)

    def forget(self, job: BadgeJob) -> None:
        self.desk.forget({job.id})

    def print_test(self) -> None:
        """A badge for a made-up guest on the chosen printer and layout."""

        def send(event: Event) -> None:
            self.known_event = event
            self.tasks.run(
                lambda _p, _c: self.desk.test_badge(event),
                on_done=self.test_done.emit,
                on_error=self.problem.emit,
            )

        self.worker.submit(self.door.event, send, self.problem.emit)

    def _enqueue(self, job: BadgeJob, guest: Guest) -> None:
        self.names[job.id] = guest.name
        self.job_changed.emit(job, guest.name)
        self._queue.append((job, guest))
        self._pump()

    def _pump(self) -> None:
        """Send the next badge when none is being sent (one after another, in order)."""
        if self._sending or not self._queue or self.known_event is None:
            return
        job, guest = self._queue.popleft()
        event = self.known_event
        self._sending = True
        self.tasks.run(
            lambda _p, _c: self.desk.send(job, event, guest),
            on_done=self._sent,
            on_error=lambda exc: self._not_sent(job, exc),
        )

    def _sent(self, job: BadgeJob) -> None:
        if self._gone():
            return
        self._sending = False
        self.job_changed.emit(job, self.names.get(job.id, ""))
        self.poll()
        self._pump()

    def _not_sent(self, job: BadgeJob, exc: CheckinError) -> None:
        if self._gone():
            return
        self._sending = False
        self.job_changed.emit(job.with_state("failed", detail=str(exc)), self.names.get(job.id, ""))
        self._pump()

    # the printer's state ------------------------------------------------------------------

    def poll(self) -> None:
        """Ask the printer's state off the UI thread (one ask at a time)."""
        if self._queue and self.known_event is None:
            self.load_event()  # badges wait for the event's design
        if self._polling or not self.choice.printer:
            return
        self._polling = True
        printer, desk = self.choice.printer, self.desk

        def ask(_p: object, _c: object) -> PrinterState:
            state = self.spooler.state(printer)
            if state.waiting == 0 and state.takes_jobs:
                desk.unprinted()  # the badges printed since come off the list
            return state

        self.tasks.run(ask, on_done=self._polled, on_error=self._poll_failed)

    def _polled(self, state: PrinterState) -> None:
        if self._gone():
            return
        self._polling = False
        if state.printer == self.choice.printer:
            self.state = state
            self.state_changed.emit(state)

    def _poll_failed(self, exc: CheckinError) -> None:
        if self._gone():
            return
        self._polling = False
        self.problem.emit(exc)
