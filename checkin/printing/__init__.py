"""Badges printed at the registration desk, through the operating system's print system.

``desk`` (the API: which verdicts get a badge, ask, send, the list of badges
not yet printed), ``badge`` (one guest's badge as a one-page PDF), ``cups``
(lp and lpstat with deadlines), ``ledger`` (the list kept in the data folder).
"""

from checkin.printing.badge import DEFAULT_PRINT_LAYOUT, PRINT_LAYOUTS, badge_pdf
from checkin.printing.cups import CupsSpooler, PrinterCondition, PrinterState
from checkin.printing.desk import BadgeDesk, PrintChoice, Spooler, wants_badge
from checkin.printing.ledger import BadgeJob, JobState, Ledger

__all__ = [
    "DEFAULT_PRINT_LAYOUT",
    "PRINT_LAYOUTS",
    "BadgeDesk",
    "BadgeJob",
    "CupsSpooler",
    "JobState",
    "Ledger",
    "PrintChoice",
    "PrinterCondition",
    "PrinterState",
    "Spooler",
    "badge_pdf",
    "wants_badge",
]
