"""What the Door screen says about the badge printer and each badge, in the app's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from checkin.printing import BadgeJob, JobState, PrinterCondition, PrinterState

from ..kit.style import Tone
from ..kit.text import fill

_qt = QCoreApplication  # lupdate finds every _qt.translate("DeskPanel", ...)

LAYOUT_TITLES = {
    "label-62mm": lambda: _qt.translate("DeskPanel", "Brother QL 62 mm roll (62 × 100 mm)"),
    "card-86x54": lambda: _qt.translate("DeskPanel", "A card (86 × 54 mm)"),
    "a6": lambda: _qt.translate("DeskPanel", "A6 (105 × 148 mm)"),
    "a4-1": lambda: _qt.translate("DeskPanel", "One badge on A4, with cut marks"),
}


def layout_title(name: str) -> str:
    title = LAYOUT_TITLES.get(name)
    return title() if title is not None else name


def state_text(state: PrinterState | None, printer: str) -> tuple[str, Tone]:
    """The printer's state as the door person reads it, and the colour it is shown in."""
    if not printer:
        return _qt.translate("DeskPanel", "Badge printer: none chosen"), Tone.IDLE
    if state is None:
        return fill(_qt.translate("DeskPanel", "Badge printer %1: asking…"), printer), Tone.IDLE
    said = {
        PrinterCondition.READY: (_qt.translate("DeskPanel", "Badge printer %1: ready"), Tone.GO),
        PrinterCondition.PRINTING: (
            _qt.translate("DeskPanel", "Badge printer %1: printing"),
            Tone.GO,
        ),
        PrinterCondition.PAUSED: (
            _qt.translate("DeskPanel", "Badge printer %1: paused; badges wait until it is resumed"),
            Tone.LOOK,
        ),
        PrinterCondition.OUT_OF_PAPER: (
            _qt.translate("DeskPanel", "Badge printer %1: out of paper or labels"),
            Tone.STOP,
        ),
        PrinterCondition.STOPPED: (
            _qt.translate("DeskPanel", "Badge printer %1: stopped, a job failed"),
            Tone.STOP,
        ),
        PrinterCondition.MISSING: (
            _qt.translate("DeskPanel", "Badge printer %1: not on this computer"),
            Tone.STOP,
        ),
        PrinterCondition.UNKNOWN: (
            _qt.translate("DeskPanel", "Badge printer %1: does not answer"),
            Tone.LOOK,
        ),
    }[state.condition]
    return fill(said[0], printer), said[1]


def job_text(job: BadgeJob, name: str) -> str:
    """One line of the badges list: who, and what became of the badge."""
    who = name or fill(_qt.translate("DeskPanel", "Guest %1"), job.guest_id)
    if job.state == JobState.SENT:
        what = fill(_qt.translate("DeskPanel", "sent to %1"), job.printer)
    elif job.state == JobState.FAILED:
        what = fill(_qt.translate("DeskPanel", "not printed: %1"), job.detail)
    else:
        what = _qt.translate("DeskPanel", "waiting to be sent")
    if job.people > 1:
        who = f"{who} +{job.people - 1}"
    return f"{who} — {what}"
