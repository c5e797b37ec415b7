"""The operating system's print system on Linux and macOS: CUPS, through its own commands.

``lp -d PRINTER -t TITLE FILE`` sends a job and answers "request id is
PRINTER-12 (1 file(s))"; ``lpstat -l -p PRINTER`` says whether the queue is
idle, printing or disabled (paused with ``cupsdisable``, or stopped by CUPS
after a failed job: its error policy ``stop-printer``) and lists the printer's
alerts (``media-empty``: out of paper or labels); ``lpstat -W not-completed -o
PRINTER`` lists the jobs not yet printed. A queue that does not exist is
"Invalid destination name" with status 1.

Every command runs in the C locale (we read its English words) and has a
deadline: a print system that does not answer is a failed job or an unknown
state, never a wait without end. Nothing here knows about guests or badges.
"""

from __future__ import annotations

import enum
import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from checkin.errors import NoPrintSystem, PrinterNotFound, PrintFailed

SECONDS = 5.0  # the longest any lp/lpstat call may take
_REQUEST = re.compile(r"request id is (\S+)")
_MISSING = ("invalid destination", "unknown destination", "not exist", "no such")
_OUT_OF_PAPER = ("media-empty", "media-needed", "media-jam", "out of paper", "no paper")


class PrinterCondition(enum.StrEnum):
    """What the Door screen says about the printer."""

    READY = "ready"
    PRINTING = "printing"
    PAUSED = "paused"  # disabled by a person (cupsdisable, "Pause printer")
    OUT_OF_PAPER = "out_of_paper"
    STOPPED = "stopped"  # disabled by the print system after a job failed
    MISSING = "missing"  # no such printer on this computer
    UNKNOWN = "unknown"  # the print system did not answer in time


@dataclass(frozen=True)
class PrinterState:
    printer: str
    condition: PrinterCondition
    detail: str = ""  # the print system's own words, for a tooltip or a log
    waiting: int = 0  # jobs not yet printed

    @property
    def takes_jobs(self) -> bool:
        """Whether a job sent now is kept by the print system (it prints when it can)."""
        return self.condition not in (PrinterCondition.MISSING, PrinterCondition.UNKNOWN)


class CupsSpooler:
    """Jobs and printer states through ``lp`` and ``lpstat`` (found on PATH). Safe to use
    from any thread (each call is one process)."""

    def __init__(self, *, seconds: float = SECONDS) -> None:
        self.seconds = seconds

    def _tool(self, name: str, printer: str) -> str:
        found = shutil.which(name)
        if found is None:
            raise NoPrintSystem(printer)
        return found

    def _run(
        self, name: str, args: Sequence[str], printer: str
    ) -> subprocess.CompletedProcess[str]:
        env = dict(os.environ, LC_ALL="C", LANG="C")
        return subprocess.run(
            [self._tool(name, printer), *args],
            capture_output=True,
            text=True,
            timeout=self.seconds,
            env=env,
            check=False,
        )

    def submit(
        self, pdf: Path, printer: str, title: str, media: tuple[float, float] | None = None
    ) -> str:
        """Send ``pdf`` to ``printer``; the print system's job id ("checkin-pdf-12").

        ``media`` (millimetres) asks for paper of the badge's own size, short side
        first: without it CUPS lays the page on the queue's default (A4, Letter); a
        landscape badge is turned to fit by CUPS itself.
        """
        options = []
        if media is not None:
            short, long = sorted(media)
            options = ["-o", f"media=Custom.{short:g}x{long:g}mm"]
        try:
            done = self._run("lp", ["-d", printer, "-t", title, *options, "--", str(pdf)], printer)
        except subprocess.TimeoutExpired:
            raise PrintFailed(
                printer, f"the print system did not answer within {self.seconds:g} s"
            ) from None
        except OSError as exc:
            raise PrintFailed(printer, exc.strerror or str(exc)) from None
        said = (done.stderr or done.stdout).strip()
        if done.returncode != 0:
            if any(word in said.lower() for word in _MISSING):
                raise PrinterNotFound(printer)
            raise PrintFailed(printer, _last_line(said) or f"lp ended with {done.returncode}")
        match = _REQUEST.search(done.stdout)
        if match is None:
            raise PrintFailed(printer, f"lp gave no job id ({_last_line(said)})")
        return match.group(1)

    def state(self, printer: str) -> PrinterState:
        """The printer's condition now; MISSING or UNKNOWN rather than an error (only a
        computer without CUPS at all is NoPrintSystem)."""
        try:
            done = self._run("lpstat", ["-l", "-p", printer], printer)
            waiting = self.pending(printer) if done.returncode == 0 else set()
        except (subprocess.TimeoutExpired, OSError, PrintFailed):
            return PrinterState(
                printer,
                PrinterCondition.UNKNOWN,
                f"the print system did not answer within {self.seconds:g} s",
            )
        said = (done.stdout + done.stderr).strip()
        if done.returncode != 0 or not done.stdout.strip():
            if any(word in said.lower() for word in _MISSING) or not said:
                return PrinterState(printer, PrinterCondition.MISSING, _last_line(said))
            return PrinterState(printer, PrinterCondition.UNKNOWN, _last_line(said))
        return parse_state(printer, done.stdout, len(waiting))

    def pending(self, printer: str) -> set[str]:
        """The ids of the jobs on ``printer`` not yet printed (held, waiting, printing)."""
        try:
            done = self._run("lpstat", ["-W", "not-completed", "-o", printer], printer)
        except (subprocess.TimeoutExpired, OSError) as exc:
            raise PrintFailed(printer, f"the print system did not answer ({exc})") from None
        return {line.split()[0] for line in done.stdout.splitlines() if line.strip()}


def parse_state(printer: str, text: str, waiting: int = 0) -> PrinterState:
    """A printer's state from ``lpstat -l -p PRINTER`` in the C locale."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    head = lines[0] if lines else ""
    rest = [
        line
        for line in lines[1:]
        if not line.lower().startswith(
            (
                "description:",
                "location:",
                "connection:",
                "interface:",
                "on fault:",
                "after fault:",
                "users allowed:",
                "forms allowed:",
                "banner required",
                "charset sets:",
                "default pitch:",
                "default page size:",
                "default port settings:",
                "(all)",
                "(none)",
                "form mounted:",
                "content types:",
                "printer types:",
            )
        )
    ]
    alerts = " ".join(line for line in rest if line.lower().startswith("alerts:"))
    message = " ".join(line for line in rest if not line.lower().startswith("alerts:"))
    detail = (message + " " + alerts).strip()
    low = (head + " " + detail).lower()
    if any(word in low for word in _OUT_OF_PAPER):
        return PrinterState(printer, PrinterCondition.OUT_OF_PAPER, detail, waiting)
    if " disabled " in f" {head.lower()} ":
        paused = not message or message.lower().rstrip(".") in ("paused", "reason unknown")
        condition = PrinterCondition.PAUSED if paused else PrinterCondition.STOPPED
        return PrinterState(printer, condition, detail, waiting)
    if "now printing" in head.lower():
        return PrinterState(printer, PrinterCondition.PRINTING, detail, waiting)
    return PrinterState(printer, PrinterCondition.READY, detail, waiting)


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1].removeprefix("lp: ").removeprefix("lpstat: ") if lines else ""
