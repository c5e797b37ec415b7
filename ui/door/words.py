"""The verdict's words: a shape, a headline and the guest, so nobody needs to tell red from green.

Each verdict has its own icon (✓ ✗ ! ← ▢ …) and headline besides its colour; the
guest's name (with the party: "Anna van den Berg + 2"), organisation and seat come
below. ``describe`` turns a :class:`ScanResult` into those texts (a :class:`Shown`)
and is what the tests read; ``ui/door/verdict.py`` paints them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from checkin import zones
from checkin.door import ScanResult, Verdict
from checkin.models import Guest

from ..kit.style import Tone

_qt = QCoreApplication  # lupdate finds every _qt.translate("VerdictView", ...)

ICONS: dict[Tone, str] = {
    Tone.GO: "✓",
    Tone.OUT: "←",
    Tone.LOOK: "!",
    Tone.STOP: "✗",
    Tone.IDLE: "▢",
}
CHECKING_ICON = "…"


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


def _zone(name: str) -> tzinfo:
    return zones.zone(name)  # never fails: an unknown name gets the default zone


def local_time(moment: datetime, timezone: str) -> str:
    """The time of day at the event (its time zone; the default zone when unknown)."""
    return moment.astimezone(_zone(timezone)).strftime("%H:%M")


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
        Verdict.REFUSED: _qt.translate("VerdictView", "refused"),
        Verdict.PIN_REQUIRED: _qt.translate("VerdictView", "waits for the PIN"),
        Verdict.CONFIRM: _qt.translate("VerdictView", "question"),
        Verdict.PENDING: _qt.translate("VerdictView", "not confirmed"),
        Verdict.REVOKED: _qt.translate("VerdictView", "old badge"),
        Verdict.CHANGED: _qt.translate("VerdictView", "capacity"),
    }
    try:
        return words[Verdict(verdict)]
    except (ValueError, KeyError):
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
    grouped = v in (Verdict.ADMITTED, Verdict.EXITED, Verdict.FULL, Verdict.CONFIRM, Verdict.UNDONE)
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
        headline = _fill(
            _qt.translate("VerdictView", "Room full (%1 / %2)"), result.inside, result.capacity
        )
        if result.people > 1 and result.room_left > 0:
            headline = _fill(
                _qt.translate("VerdictView", "Not enough room (%1 / %2)"),
                result.inside,
                result.capacity,
            )
            extra.append(
                _fill(
                    _qt.translate("VerdictView", "Room for %1, this group is %2"),
                    result.room_left,
                    result.people,
                )
            )
        else:
            extra.append(_qt.translate("VerdictView", "Wait until someone leaves"))
    elif v is Verdict.CANCELLED:
        tone, headline = Tone.STOP, _qt.translate("VerdictView", "Cancelled")
        extra.append(_qt.translate("VerdictView", "This guest is marked as not coming"))
    elif v is Verdict.UNKNOWN:
        tone, headline = Tone.STOP, _qt.translate("VerdictView", "Unknown badge")
        if result.code:
            extra.append(
                _fill(_qt.translate("VerdictView", "Code %1 is not on the guest list"), result.code)
            )
    elif v is Verdict.WRONG_EVENT:
        tone, headline = Tone.STOP, _qt.translate("VerdictView", "Badge of another event")
    elif v is Verdict.NOT_INSIDE:
        tone, headline = Tone.LOOK, _qt.translate("VerdictView", "Not inside")
        if result.guest is None:  # the - counter with nobody counted in by hand
            extra.append(_qt.translate("VerdictView", "Nobody counted in with +1 to count out"))
        else:
            extra.append(
                _qt.translate("VerdictView", "Nobody to let out: this guest was not checked in")
            )
    elif v is Verdict.PENDING:
        tone, headline = Tone.STOP, _qt.translate("VerdictView", "Not confirmed")
        extra.append(
            _qt.translate(
                "VerdictView", "Not paid, on the waiting list or expired: ask a supervisor"
            )
        )
    elif v is Verdict.REVOKED:
        tone, headline = Tone.STOP, _qt.translate("VerdictView", "Old badge")
        if result.replaced_on is not None:
            extra.append(
                _fill(
                    _qt.translate(
                        "VerdictView", "This badge was replaced on %1; the guest has a newer one"
                    ),
                    result.replaced_on.astimezone(_zone(timezone)).strftime("%d-%m %H:%M"),
                )
            )
        else:
            extra.append(_qt.translate("VerdictView", "This badge was replaced by a newer one"))
    elif v is Verdict.NOT_CONNECTED:
        tone, headline = Tone.STOP, _qt.translate("VerdictView", "Not connected")
        extra.append(
            _qt.translate(
                "VerdictView", "The event store did not answer: nothing was recorded. Scan again."
            )
        )
    elif v is Verdict.UNDONE:
        tone, headline = Tone.LOOK, _qt.translate("VerdictView", "Undone")
        extra.append(_qt.translate("VerdictView", "The last scan was taken back"))
    elif v is Verdict.CONFIRM:
        tone, headline = Tone.LOOK, _qt.translate("VerdictView", "Ask the door question first")
    elif v is Verdict.MATCH:
        tone, headline = Tone.LOOK, _qt.translate("VerdictView", "On the guest list")
    elif v is Verdict.PIN_REQUIRED:
        tone, headline = Tone.LOOK, _qt.translate("VerdictView", "Needs the supervisor PIN")
        extra.append(_qt.translate("VerdictView", "Nothing was changed"))
    elif v is Verdict.REFUSED:  # e.g. an undo past its window, and no PIN is set
        tone, headline = Tone.LOOK, _qt.translate("VerdictView", "Only a supervisor may")
        extra.append(
            _qt.translate(
                "VerdictView",
                "This event has no supervisor PIN: set one in Settings. Nothing was changed",
            )
        )
    elif v is Verdict.CHANGED:
        tone, headline = (
            Tone.LOOK,
            _fill(_qt.translate("VerdictView", "Capacity is now %1"), result.capacity),
        )
    elif v is Verdict.ERROR:
        tone, headline = Tone.STOP, _qt.translate("VerdictView", "Not decided")
        if result.reason:
            extra.append(result.reason)
    else:  # Verdict.NOTHING_TO_UNDO
        tone, headline = Tone.LOOK, _qt.translate("VerdictView", "Nothing to undo")
    if result.override and v is Verdict.ADMITTED:
        extra.append(_fill(_qt.translate("VerdictView", "Override: %1"), result.reason))
    if result.offline:
        extra.append(_qt.translate("VerdictView", "Decided offline, sent when connected"))
    return Shown(tone, ICONS[tone], headline, name, (*details, *extra))


def idle(exit_mode: bool = False) -> Shown:
    """The neutral screen between guests, so nobody reads the last guest's Welcome."""
    if exit_mode:
        headline = _qt.translate("VerdictView", "Ready: scan a badge to let someone out")
    else:
        headline = _qt.translate("VerdictView", "Ready for the next badge")
    return Shown(Tone.IDLE, ICONS[Tone.IDLE], headline, "", ())


def checking(code: str) -> Shown:
    return Shown(Tone.IDLE, CHECKING_ICON, _qt.translate("VerdictView", "Checking…"), code, ())


def not_taken(why: str) -> Shown:
    """A scan the door could not take: said in red, never silently."""
    return Shown(
        Tone.STOP,
        ICONS[Tone.STOP],
        _fill(_qt.translate("VerdictView", "Scan not taken: %1"), why),
        "",
        (_qt.translate("VerdictView", "Scan the badge again when it is done"),),
    )


def not_recorded(code: str, why: str) -> Shown:
    """A scan the store could not take (read-only, full, damaged): red, with the reason."""
    return Shown(
        Tone.STOP, ICONS[Tone.STOP], _qt.translate("VerdictView", "Not recorded"), code, (why,)
    )


def declined(name: str) -> Shown:
    return Shown(
        Tone.STOP,
        ICONS[Tone.STOP],
        _qt.translate("VerdictView", "Not let in"),
        name,
        (
            _qt.translate(
                "VerdictView", "The answer to the door question was no; nothing was recorded."
            ),
        ),
    )
