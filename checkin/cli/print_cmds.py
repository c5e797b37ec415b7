"""Badges printed at the desk: `checkin print-badge` and `checkin scan ... --print PRINTER`.

`print-badge EVENT CODE... --printer P [--layout L]` sends each guest's badge
to the printer now (one job a guest; a companion who came in with the guest is
the "+1" on it). `scan ... --print P` sends the badge of each guest it admits
for the first time, after the verdict is recorded; a refusal or a re-entry
prints nothing, and the verdict says whether the job was sent (`"printed"`).

A printer that does not exist is one sentence and exit status 2, before any
scan. Exit status of print-badge: 0 every badge sent, 1 some not sent (each
line says why), 2 bad input. Printing goes through CUPS (`lp`), on Linux and
macOS; on Windows the app prints (docs/desk.md).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TextIO

from checkin import codes as badge_codes
from checkin.cli.common import EXIT_DENIED, EXIT_OK, print_json
from checkin.door import ScanResult
from checkin.errors import CheckinError, GuestNotFound
from checkin.models import Event, Guest
from checkin.printing import (
    DEFAULT_PRINT_LAYOUT,
    PRINT_LAYOUTS,
    BadgeDesk,
    BadgeJob,
    CupsSpooler,
    JobState,
    PrintChoice,
)
from checkin.store import Store


def _layout_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--layout",
        default=DEFAULT_PRINT_LAYOUT,
        help="the badge's paper: "
        + ", ".join(PRINT_LAYOUTS)
        + f" (default {DEFAULT_PRINT_LAYOUT}, a Brother QL's 62 mm roll)",
    )


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("print-badge", help="print guests' badges now, one job a guest")
    p.add_argument("event")
    p.add_argument("codes", nargs="+", metavar="CODE")
    p.add_argument("--printer", required=True, help="the print queue (`lpstat -p` lists them)")
    _layout_option(p)
    p.add_argument("--json", action="store_true")


def add_scan_options(p: argparse.ArgumentParser) -> None:
    """`scan --print PRINTER [--layout L]`."""
    p.add_argument(
        "--print",
        dest="print_to",
        metavar="PRINTER",
        default=None,
        help="print the badge of each guest admitted for the first time",
    )
    _layout_option(p)


def _desk(event: str, printer: str, layout: str) -> BadgeDesk:
    desk = BadgeDesk(CupsSpooler(), PrintChoice(printer, layout), event=event)
    desk.check()  # no such printer: one sentence, exit 2, before anything is scanned
    return desk


class ScanPrinting:
    """What `scan --print` adds to each verdict: the badge sent, and whether it was."""

    def __init__(self, desk: BadgeDesk | None) -> None:
        self.desk = desk
        self._last: tuple[ScanResult, BadgeJob] | None = None
        self._event: Event | None = None  # read once, at the first badge

    def after(self, store: Store, result: ScanResult) -> ScanResult:
        """Send the badge ``result`` gets, if any; the verdict is already recorded, so
        nothing here may raise: a badge that cannot be made is ``printed: false``."""
        if self.desk is not None:
            job = self.desk.job_for(result)
            if job is not None and result.guest is not None:
                try:
                    self._event = self._event or store.event()
                except CheckinError as exc:  # the store went away after the verdict
                    job = job.with_state(JobState.FAILED, detail=str(exc))
                else:
                    job = self.desk.send(job, self._event, result.guest)
                self._last = (result, job)
        return result

    def _job(self, result: ScanResult) -> BadgeJob | None:
        return self._last[1] if self._last and self._last[0] is result else None

    def fields(self, result: ScanResult) -> dict[str, object]:
        """``"printed"`` in each JSON verdict when printing; the reason when not sent."""
        if self.desk is None:
            return {}
        job = self._job(result)
        out: dict[str, object] = {"printed": job is not None and job.state == JobState.SENT}
        if job is not None and job.state == JobState.SENT:
            out["print_job"] = job.job
        elif job is not None:
            out["print_error"] = job.detail
        return out

    def text(self, result: ScanResult) -> str:
        job = self._job(result) if self.desk is not None else None
        if job is None:
            return ""
        return (
            f"\tbadge sent ({job.job})"
            if job.state == JobState.SENT
            else f"\tbadge not sent: {job.detail}"
        )


def scan_printing(args: argparse.Namespace, event: str) -> ScanPrinting:
    """For `scan`: printing when --print was given (the printer checked first)."""
    printer = getattr(args, "print_to", None)
    return ScanPrinting(_desk(event, printer, args.layout) if printer else None)


def _guest(store: Store, raw: str) -> Guest:
    for reading in badge_codes.candidates(raw):
        guest = store.guest_by_code(reading)
        if guest is not None:
            return guest
    raise GuestNotFound(raw.strip())


def _print_badge(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    desk = _desk(args.event, args.printer, args.layout)
    with Store.open(args.event, read_only=True) as store:
        event = store.event()
        guests = [_guest(store, raw) for raw in args.codes if raw.strip()]  # all checked first
    ok = True
    for guest in guests:
        people = guest.party if guest.party > 1 else 1  # inside with companions: "+N"
        job = desk.print_badge(event, guest, people=people)
        sent = job.state == JobState.SENT
        ok = ok and sent
        if args.json:
            print_json(
                out,
                {
                    "code": guest.code,
                    "guest": {"id": guest.id, "name": guest.name},
                    "printed": sent,
                    "printer": job.printer,
                    **({"print_job": job.job} if sent else {"print_error": job.detail}),
                },
            )
        else:
            said = f"sent\t{job.job}" if sent else f"not sent\t{job.detail}"
            print(f"{said}\t{guest.name}", file=out)
        out.flush()
    return EXIT_OK if ok else EXIT_DENIED


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "print-badge": _print_badge,
}
