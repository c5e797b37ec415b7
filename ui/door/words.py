"""The verdict, big: colour, a shape and words, so nobody needs to tell red from green.

Each verdict has its own icon (✓ ✗ ! ← ↺) and headline besides its colour; the
guest's name (with the party: "Anna van den Berg + 2"), organisation and seat come
below. ``describe`` turns a
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

_qt = QCoreApplication  # lupdate finds every _qt.translate("VerdictView", ...)

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
    if seat.isdigit():
        return _fill(_qt.translate("VerdictView", "Table %1"), seat)
    return seat


def _guest_lines(guest: Guest | None, people: int = 1) -> tuple[str, tuple[str, ...]]:
    if guest is None:
        return "", ()
    details = [d for d in (guest.organisation, seat_text(guest.seat)) if d]
    return party_name(guest.name, people), tuple(details)


def party_name(name: str, people: int) -> str:
    """ "Anna van den Berg + 2": the guest and the companions counted with them."""
    if people <= 1:
        return name
    return _fill(_qt.translate("VerdictView", "%1 + %2"), name, people - 1)


def verdict_word(verdict: str) -> str:
    """One short word per logged verdict, for the strip of other doors' scans."""
    words = {
        Verdict.ADMITTED: _qt.translate("VerdictView", "in"),
        Verdict.EXITED: _qt.translate("VerdictView", "out"),
        Verdict.ALREADY_INSIDE: _qt.translate("VerdictView", "already inside"),
        Verdict.FULL: _qt.translate("VerdictView", "full"),
        Verdict.CANCELLED: _qt.translate("VerdictView", "cancelled"),
        Verdict.UNKNOWN: _qt.translate("VerdictView", "unknown"),
        Verdict.WRONG_EVENT: _qt.translate("VerdictView", "other event"),
        Verdict.NOT_INSIDE: _qt.translate("VerdictView", "not inside"),
        Verdict.UNDONE: _qt.translate("VerdictView", "undone"),
        Verdict.NOTHING_TO_UNDO: _qt.translate("VerdictView", "nothing to undo"),
        Verdict.CONFIRM: _qt.translate("VerdictView", "question"),
    }
    try:
        return words[Verdict(verdict)]
    except ValueError:
        return verdict


def _fill(text: str, *values: object) -> str:
    """Qt-style %1, %2 placeholders, so translators can reorder them."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def describe(result: ScanResult, timezone: str = "Europe/Amsterdam") -> Shown:
    """What the door screen shows for one attempt."""
    v = result.verdict
    # A group's size is named where it counted: in, out, refused for room, or asked.
    grouped = v in (Verdict.ADMITTED, Verdict.EXITED, Verdict.FULL, Verdict.CONFIRM,
                    Verdict.UNDONE)
    name, details = _guest_lines(result.guest, result.people if grouped else 1)
    extra: list[str] = []
    if v is Verdict.ADMITTED:
        tone, headline = Tone.GO, _qt.translate("VerdictView", "Welcome")
        if result.people > 1:
            extra.append(_fill(_qt.translate("VerdictView", "%1 people"), result.people))
        if result.guest is None:
            name = _qt.translate("VerdictView", "One person in")
    elif v is Verdict.EXITED:
        tone, headline = Tone.OUT, _qt.translate("VerdictView", "Goodbye")
        if not name:
            name = _qt.translate("VerdictView", "One person out")
    elif v is Verdict.ALREADY_INSIDE:
        tone, headline = Tone.LOOK, _qt.translate("VerdictView", "Already inside")
        if result.since is not None:
            since = local_time(result.since, timezone)
            extra.append(_fill(_qt.translate("VerdictView", "since %1"), since))
    elif v is Verdict.FULL:
        tone = Tone.STOP
        headline = _fill(_qt.translate("VerdictView", "Room full (%1 / %2)"),
                         result.inside, result.capacity)
        if result.people > 1 and result.room_left > 0:
            headline = _fill(_qt.translate("VerdictView", "Not enough room (%1 / %2)"),
                             result.inside, result.capacity)
            extra.append(_fill(_qt.translate("VerdictView", "Room for %1, this group is %2"),
                               result.room_left, result.people))
        else:
            extra.append(_qt.translate("VerdictView", "Wait until someone leaves"))
    elif v is Verdict.CANCELLED:
        tone, headline = Tone.STOP, _qt.translate("VerdictView", "Cancelled")
        extra.append(_qt.translate("VerdictView", "This guest is marked as not coming"))
    elif v is Verdict.UNKNOWN:
        tone, headline = Tone.STOP, _qt.translate("VerdictView", "Unknown badge")
        if result.code:
            extra.append(_fill(_qt.translate("VerdictView", "Code %1 is not on the guest list"),
                               result.code))
    elif v is Verdict.WRONG_EVENT:
        tone, headline = Tone.STOP, _qt.translate("VerdictView", "Badge of another event")
    elif v is Verdict.NOT_INSIDE:
        tone, headline = Tone.LOOK, _qt.translate("VerdictView", "Not inside")
        if result.guest is None:  # the - counter with nobody counted in by hand
            extra.append(_qt.translate("VerdictView", "Nobody counted in with +1 to count out"))
        else:
            extra.append(_qt.translate("VerdictView",
                                       "Nobody to let out: this guest was not checked in"))
    elif v is Verdict.UNDONE:
        tone, headline = Tone.LOOK, _qt.translate("VerdictView", "Undone")
        extra.append(_qt.translate("VerdictView", "The last scan was taken back"))
    elif v is Verdict.CONFIRM:
        tone, headline = Tone.LOOK, _qt.translate("VerdictView", "Ask the door question first")
    else:  # Verdict.NOTHING_TO_UNDO
        tone, headline = Tone.LOOK, _qt.translate("VerdictView", "Nothing to undo")
    return Shown(tone, ICONS[tone], headline, name, (*details, *extra))


def idle(exit_mode: bool = False) -> Shown:
    if exit_mode:
        headline = _qt.translate("VerdictView", "Scan a badge to let someone out")
    else:
        headline = _qt.translate("VerdictView", "Ready to scan")
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
