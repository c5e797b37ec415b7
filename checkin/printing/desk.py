"""The registration desk's printer: a badge for each guest admitted, sent off the door's path.

This is the one printing API the CLI and the app share (and a room display or
a self check-in kiosk would use):

- :func:`wants_badge` says whether a door's verdict gets a badge: a guest
  admitted for the first time; a refusal or a re-entry gets none.
- :meth:`BadgeDesk.job_for` makes the badge's job for a verdict (no file
  touched: the app calls it on the UI thread), :meth:`BadgeDesk.send` lists it,
  renders it and hands it to the print system (the app's printing thread, or
  the CLI in a row). A send never raises for a printer's trouble: the job comes
  back ``failed`` with the sentence why, and stays listed. :meth:`BadgeDesk.keep`
  lists jobs not sent yet (the app closing).
- :meth:`BadgeDesk.unprinted` is the list of badges not yet printed (asked,
  failed, or still in the print system's queue), from the ledger kept in the
  data folder; :meth:`BadgeDesk.forget` clears some.

Printing never admits anyone and never changes the event: it only reads the
guest a verdict already carries.
"""

from __future__ import annotations

import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from checkin.documents.layouts import MM, get_layout
from checkin.door.verdicts import ScanResult, Verdict
from checkin.errors import CheckinError, PrinterNotFound, PrintError
from checkin.models import Event, Guest
from checkin.printing.badge import DEFAULT_PRINT_LAYOUT, badge_pdf, print_layout, sample_guest
from checkin.printing.cups import PrinterCondition, PrinterState
from checkin.printing.ledger import BadgeJob, JobState, Ledger


class Spooler(Protocol):
    """The operating system's print system (CupsSpooler; the app's Qt spooler on Windows)."""

    def submit(
        self, pdf: Path, printer: str, title: str, media: tuple[float, float] | None = None
    ) -> str: ...
    def state(self, printer: str) -> PrinterState: ...
    def pending(self, printer: str) -> set[str]: ...


@dataclass(frozen=True)
class PrintChoice:
    """Which printer and layout this desk prints on (kept per laptop by the app)."""

    printer: str
    layout: str = DEFAULT_PRINT_LAYOUT


def wants_badge(result: ScanResult) -> bool:
    """A badge for a guest admitted for the first time; a re-entry prints nothing."""
    guest = result.guest
    return result.verdict is Verdict.ADMITTED and guest is not None and guest.entries <= 1


class BadgeDesk:
    """Badges of the event at ``event`` (its location) on ``choice``'s printer.

    ``ledger`` keeps the badges not yet printed across restarts (the app); without
    one nothing is kept (a CLI run that reports each job as it goes).
    """

    def __init__(
        self, spooler: Spooler, choice: PrintChoice, *, event: str, ledger: Ledger | None = None
    ) -> None:
        self.spooler = spooler
        self.choice = PrintChoice(choice.printer.strip(), print_layout(choice.layout))
        self.event = event
        self.ledger = ledger

    def check(self) -> PrinterState:
        """The printer's state; PrinterNotFound when there is no such printer."""
        state = self.spooler.state(self.choice.printer)
        if state.condition is PrinterCondition.MISSING:
            raise PrinterNotFound(self.choice.printer)
        return state

    def job(
        self,
        guest: Guest,
        *,
        people: int = 1,
        job_id: str | None = None,
        now: datetime | None = None,
    ) -> BadgeJob:
        """``guest``'s badge on this desk's printer, not yet listed (no file touched)."""
        return BadgeJob(
            id=job_id or uuid.uuid4().hex,
            event=self.event,
            guest_id=guest.id,
            code=guest.code,
            people=max(1, people),
            printer=self.choice.printer,
            layout=self.choice.layout,
            asked_at=(now or datetime.now(UTC)).isoformat(),
        )

    def job_for(self, result: ScanResult) -> BadgeJob | None:
        """The badge a door's verdict gets (the scan's id is the job's: once), not yet
        listed; None when it gets none."""
        if not wants_badge(result) or result.guest is None:
            return None
        return self.job(
            result.guest, people=result.people, job_id=result.scan_id or None, now=result.at
        )

    def keep(self, jobs: list[BadgeJob]) -> None:
        """List badges not sent yet (the app closing with badges still to send)."""
        for job in jobs:
            self._keep(job)

    def send(self, job: BadgeJob, event: Event, guest: Guest) -> BadgeJob:
        """Render ``job``'s badge and hand it to the print system; the job as it now is.
        A job not yet listed is listed first, so a crash mid-way leaves it listed."""
        if job.state == JobState.WAITING:
            self._keep(job)
        try:
            with tempfile.TemporaryDirectory(prefix="checkin-badge-") as folder:
                pdf = badge_pdf(
                    event, guest, Path(folder) / "badge.pdf", layout=job.layout, people=job.people
                )
                layout = get_layout(job.layout)
                printed = self.spooler.submit(
                    pdf,
                    job.printer,
                    f"badge-{guest.id}-{job.id[:8]}",
                    (round(layout.page_width / MM, 1), round(layout.page_height / MM, 1)),
                )
        except PrintError as exc:
            return self._keep(job.with_state(JobState.FAILED, detail=str(exc)))
        except CheckinError as exc:  # the badge could not be made (a bad design, a font)
            return self._keep(job.with_state(JobState.FAILED, detail=str(exc)))
        return self._keep(job.with_state(JobState.SENT, job=printed))

    def print_badge(
        self, event: Event, guest: Guest, *, people: int = 1, job_id: str | None = None
    ) -> BadgeJob:
        """Ask and send at once (the CLI, a reprint)."""
        return self.send(self.job(guest, people=people, job_id=job_id), event, guest)

    def test_badge(self, event: Event, now: datetime | None = None) -> BadgeJob:
        """A badge for a made-up guest, to see the printer and the layout work."""
        when = now or datetime.now(UTC)
        guest = sample_guest(when)
        job = BadgeJob(
            id=uuid.uuid4().hex,
            event=self.event,
            guest_id=guest.id,
            code=guest.code,
            people=2,
            printer=self.choice.printer,
            layout=self.choice.layout,
            asked_at=when.isoformat(),
        )
        return self.send(job, event, guest)  # not kept: a test badge is nobody's

    def unprinted(self) -> list[BadgeJob]:
        """The badges of this event not yet printed; those the print system has
        printed since are dropped from the list."""
        if self.ledger is None:
            return []
        jobs = self.ledger.jobs(self.event)
        done: set[str] = set()
        for printer in {j.printer for j in jobs if j.state == JobState.SENT}:
            try:
                waiting = self.spooler.pending(printer)
            except PrintError:
                continue  # the print system did not answer: keep them listed
            done |= {
                j.id
                for j in jobs
                if j.printer == printer and j.state == JobState.SENT and j.job not in waiting
            }
        self.ledger.remove(done)
        return [j for j in jobs if j.id not in done]

    def forget(self, ids: set[str]) -> None:
        """Take badges off the list (printed by hand, or not wanted any more)."""
        if self.ledger is not None:
            self.ledger.remove(ids)

    def _keep(self, job: BadgeJob) -> BadgeJob:
        if self.ledger is not None and job.guest_id:
            self.ledger.put(job)
        return job
