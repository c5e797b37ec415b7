"""The verdict, big: colour, a shape and words, so nobody needs to tell red from green.

Each verdict has its own icon (✓ ✗ ! ← ↺) and headline besides its colour; the
guest's name, organisation and seat come below. ``describe`` turns a
:class:`ScanResult` into those texts and is what the tests read.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from checkin.door import ScanResult, Verdict
from checkin.models import Guest


class Tone(enum.Enum):
    """What the door person must do; each has a colour and a shape."""

    GO = "go"  # let them through
    OUT = "out"  # they left
    LOOK = "look"  # nothing changed, but look at this guest
    STOP = "stop"  # do not let them in
    IDLE = "idle"


# Background, text. Contrast of both pairs is above 7:1; the icon carries the meaning too.
COLOURS: dict[Tone, tuple[str, str]] = {
    Tone.GO: ("#1b6e20", "#ffffff"),
    Tone.OUT: ("#0d47a1", "#ffffff"),
    Tone.LOOK: ("#ffc400", "#000000"),
    Tone.STOP: ("#b71c1c", "#ffffff"),
    Tone.IDLE: ("#eceff1", "#263238"),
}

ICONS: dict[Tone, str] = {Tone.GO: "✓", Tone.OUT: "←", Tone.LOOK: "!", Tone.STOP: "✗",
                          Tone.IDLE: "▢"}


@dataclass(frozen=True)
class Shown:
    tone: Tone
    icon: str
    headline: str
    name: str
    details: tuple[str, ...]

    @property
    def text(self) -> str:
        """Everything on screen as one string (what a screen reader or a test reads)."""
        return "\n".join([self.icon, self.headline, self.name, *self.details]).strip()


def _t(text: str) -> str:
    return QCoreApplication.translate("VerdictView", text)


def _zone(name: str) -> tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_time(moment: datetime, timezone: str) -> str:
    """The time of day at the event (its time zone; the laptop's when unknown)."""
    zone = _zone(timezone)
    local = moment.astimezone(zone) if zone is not None else moment.astimezone()
    return local.strftime("%H:%M")


def seat_text(seat: str) -> str:
    """A bare number is a table ("Table 4"); anything else is shown as written."""
    seat = seat.strip()
    if not seat:
        return ""
    return _t("Table %1").replace("%1", seat) if seat.isdigit() else seat


def _guest_lines(guest: Guest | None) -> tuple[str, tuple[str, ...]]:
    if guest is None:
        return "", ()
    details = [d for d in (guest.organisation, seat_text(guest.seat)) if d]
    return guest.name, tuple(details)


def describe(result: ScanResult, timezone: str = "Europe/Amsterdam") -> Shown:
    """What the door screen shows for one attempt."""
    name, details = _guest_lines(result.guest)
    v = result.verdict
    extra: list[str] = []
    if v is Verdict.ADMITTED:
        tone, headline = Tone.GO, _t("Welcome")
        if result.people > 1:
            extra.append(_t("%1 people").replace("%1", str(result.people)))
    elif v is Verdict.EXITED:
        tone, headline = Tone.OUT, _t("Goodbye")
        if not name:
            name = _t("One person out")
    elif v is Verdict.ALREADY_INSIDE:
        tone, headline = Tone.LOOK, _t("Already inside")
        if result.since is not None:
            extra.append(_t("since %1").replace("%1", local_time(result.since, timezone)))
    elif v is Verdict.FULL:
        tone = Tone.STOP
        headline = (_t("Room full (%1 / %2)").replace("%1", str(result.inside))
                    .replace("%2", str(result.capacity)))
        extra.append(_t("Wait until someone leaves"))
    elif v is Verdict.CANCELLED:
        tone, headline = Tone.STOP, _t("Cancelled")
        extra.append(_t("This guest is marked as not coming"))
    elif v is Verdict.UNKNOWN:
        tone, headline = Tone.STOP, _t("Unknown badge")
        if result.code:
            extra.append(_t("Code %1 is not on the guest list").replace("%1", result.code))
    elif v is Verdict.WRONG_EVENT:
        tone, headline = Tone.STOP, _t("Badge of another event")
    elif v is Verdict.NOT_INSIDE:
        tone, headline = Tone.LOOK, _t("Not inside")
        extra.append(_t("Nobody to let out: this guest was not checked in"))
    elif v is Verdict.UNDONE:
        tone, headline = Tone.LOOK, _t("Undone")
        extra.append(_t("The last scan was taken back"))
    else:  # Verdict.NOTHING_TO_UNDO
        tone, headline = Tone.LOOK, _t("Nothing to undo")
    if result.guest is None and v is Verdict.ADMITTED:
        name = _t("One person in")
    return Shown(tone, ICONS[tone], headline, name, (*details, *extra))


def idle(exit_mode: bool = False) -> Shown:
    headline = _t("Scan a badge to let someone out") if exit_mode else _t("Ready to scan")
    return Shown(Tone.IDLE, ICONS[Tone.IDLE], headline, "", ())


class VerdictView(QFrame):
    """Fills its space with the last verdict. A display only: it never takes the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Ignored with a fixed minimum: a long name or an extra line must not change the
        # window's minimum size (which would make the window jump) on every scan.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(320, 220)
        self.setObjectName("verdict")
        self.icon_label = self._label(96, bold=True)
        self.headline_label = self._label(40, bold=True)
        self.name_label = self._label(30, bold=True)
        self.details_label = self._label(20, bold=False)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.icon_label, self.headline_label, self.name_label,
                      self.details_label):
            layout.addWidget(label)
        layout.addStretch(1)
        self.shown = idle()
        self.show_verdict(self.shown)

    def _label(self, points: int, *, bold: bool) -> QLabel:
        label = QLabel(self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(label.font())
        font.setPointSize(points)
        font.setBold(bold)
        label.setFont(font)
        return label

    def show_verdict(self, shown: Shown) -> None:
        self.shown = shown
        background, foreground = COLOURS[shown.tone]
        self.setStyleSheet(
            f"QFrame#verdict {{ background: {background}; border-radius: 12px; }}"
            f"QFrame#verdict QLabel {{ color: {foreground}; background: transparent; }}"
        )
        self.icon_label.setText(shown.icon)
        self.headline_label.setText(shown.headline)
        self.name_label.setText(shown.name)
        self.name_label.setVisible(bool(shown.name))
        self.details_label.setText("\n".join(shown.details))
        self.details_label.setVisible(bool(shown.details))
        self.setAccessibleName(shown.text)

    @property
    def text(self) -> str:
        return self.shown.text
