"""What the door says: verdicts, how an attempt arrived, and the frozen values it hands out."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

# One capacity range everywhere: the start screen, Settings, the Door screen, the CLI.
from checkin.event_settings import CAPACITY_MAX as CAPACITY_MAX  # the one range, re-exported
from checkin.event_settings import CAPACITY_MIN as CAPACITY_MIN
from checkin.models import Guest, GuestInput


class Verdict(enum.StrEnum):
    ADMITTED = "admitted"
    ALREADY_INSIDE = "already_inside"
    FULL = "full"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"
    WRONG_EVENT = "wrong_event"
    EXITED = "exited"
    NOT_INSIDE = "not_inside"
    PENDING = "pending"  # not confirmed: unpaid, waiting list, expired
    REVOKED = "revoked"  # a replaced code: the guest has a newer badge
    NOT_CONNECTED = "not_connected"  # the store did not answer; nothing recorded
    UNDONE = "undone"
    NOTHING_TO_UNDO = "nothing_to_undo"
    # A question must be answered first (the door question, how many came
    # along): nothing changed and nothing was logged; see ScanResult.question.
    CONFIRM = "confirm"
    MATCH = "match"  # a walk-in who is on the list: ScanResult.match is the invited guest
    PIN_REQUIRED = "pin_required"  # the action needs the supervisor PIN; nothing changed
    # the door may not do this, and no PIN could allow it (none is set): nothing changed;
    # ScanResult.flag says why (an undo past its window, checkin/door/undo.py)
    REFUSED = "refused"
    CHANGED = "changed"  # a door action that admits nobody: a capacity change, a new badge
    ERROR = "error"

    @property
    def ok(self) -> bool:
        """Whether the door did what was asked (the CLI's exit status 0)."""
        return self in (Verdict.ADMITTED, Verdict.EXITED, Verdict.UNDONE, Verdict.CHANGED)


class Action(enum.StrEnum):
    """How an attempt reached the door; logged with every scan."""

    SCAN = "scan"
    SCAN_OUT = "scan_out"
    CAMERA = "camera"
    CAMERA_OUT = "camera_out"
    MANUAL = "manual"
    MANUAL_OUT = "manual_out"
    PAPER = "paper"  # typed in afterwards from the ticked paper door list
    WALK_IN = "walk_in"
    COUNTER = "counter"
    COUNTER_OUT = "counter_out"
    UNDO = "undo"
    CAPACITY = "capacity"  # the capacity changed at this door; people = the new capacity
    REISSUE = "reissue"  # a new badge code for the guest


IN_ACTIONS: tuple[Action, ...] = (
    Action.SCAN,
    Action.CAMERA,
    Action.MANUAL,
    Action.PAPER,
    Action.WALK_IN,
)
OUT_ACTIONS: tuple[Action, ...] = (Action.SCAN_OUT, Action.CAMERA_OUT, Action.MANUAL_OUT)
COUNTER_ACTIONS: tuple[Action, ...] = (Action.COUNTER, Action.COUNTER_OUT)


@dataclass(frozen=True)
class Question:
    """What the door must ask before it decides, and everything needed to decide without
    looking anything up again.

    ``kind`` is "companions" (how many came along; the door question, if any,
    is asked in the same breath) or "question" (only the door question).
    """

    kind: str
    text: str  # the event's door question, "" if it has none
    max_people: int  # 1 + the guest's companions
    guest: Guest | None  # None for a walk-in not yet added
    token: str  # the scan id the answer will be logged under
    action: Action = Action.SCAN
    code: str = ""
    at: datetime | None = None  # a timed scan (paper tick) keeps its time
    walk_in: GuestInput | None = None
    override: str = ""  # the reason, for an override that waits for the door question


@dataclass(frozen=True)
class ScanResult:
    verdict: Verdict
    code: str  # as scanned
    guest: Guest | None  # as it is after this attempt
    inside: int
    capacity: int
    at: datetime
    action: Action
    scan_id: str  # the attempt's id (a UUID); "" when nothing was logged
    people: int = 1  # how many this attempt counted in or out (a guest and companions)
    since: datetime | None = None  # for already_inside: inside since when
    override: bool = False
    reason: str = ""
    offline: bool = False
    flag: str = ""
    question: Question | None = None  # for CONFIRM
    replaced_on: datetime | None = None  # for REVOKED: when the badge was replaced
    match: Guest | None = None  # for MATCH: the invited guest the walk-in resembles
    record_id: int = 0  # the log row, 0 when nothing was logged
    room: RoomState | None = None  # the room as this verdict left it (full, room for N)

    @property
    def room_left(self) -> int:
        return max(0, self.capacity - self.inside)

    def as_json(self) -> dict[str, object]:
        guest = None
        if self.guest is not None:
            guest = {
                "id": self.guest.id,
                "name": self.guest.name,
                "organisation": self.guest.organisation,
            }
        out: dict[str, object] = {
            "verdict": self.verdict.value,
            "code": self.code,
            "guest": guest,
            "inside": self.inside,
            "capacity": self.capacity,
        }
        if self.since is not None:
            out["since"] = self.since.isoformat()
        if self.action is Action.REISSUE and self.guest is not None:
            out["new_code"] = self.guest.code
        elif self.people != 1 and self.verdict is not Verdict.CHANGED:
            out["people"] = self.people
        if self.override:
            out["override"] = True
        if self.offline:
            out["offline"] = True
        if self.reason:
            out["reason"] = self.reason
        if self.flag:
            out["flag"] = self.flag
        if self.replaced_on is not None:
            out["replaced_on"] = self.replaced_on.isoformat()
        if self.match is not None:
            out["match"] = {
                "id": self.match.id,
                "name": self.match.name,
                "organisation": self.match.organisation,
                "status": self.match.status.value,
            }
        return out


@dataclass(frozen=True)
class OverCap:
    """A moment the time-ordered log puts more people inside than the capacity."""

    at: datetime
    inside: int
    capacity: int

    @property
    def by(self) -> int:
        return self.inside - self.capacity


@dataclass(frozen=True)
class DoorStatus:
    inside: int
    capacity: int
    guests: int
    cancelled: int
    arrived: int
    peak: int
    peak_at: datetime | None
    counter: int
    not_arrived: int
    left: int
    pending: int = 0
    over_cap: OverCap | None = None  # the worst moment over the cap, from late scans
    # undo at every door (checkin/door/undo.py): scans taken back, of which with the PIN,
    # attempts refused or left waiting for the PIN, people whose admission was taken back
    undos: int = 0
    undos_with_pin: int = 0
    undos_refused: int = 0
    undone_people: int = 0

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            "inside": self.inside,
            "capacity": self.capacity,
            "guests": self.guests,
            "cancelled": self.cancelled,
            "arrived": self.arrived,
            "peak": self.peak,
            "peak_at": self.peak_at.isoformat() if self.peak_at else None,
            "counter": self.counter,
            "not_arrived": self.not_arrived,
            "left": self.left,
            "pending": self.pending,
        }
        if self.over_cap is not None:
            out["over_cap"] = {
                "at": self.over_cap.at.isoformat(),
                "inside": self.over_cap.inside,
                "by": self.over_cap.by,
            }
        if self.undos or self.undos_refused:
            out["undo"] = {
                "taken_back": self.undos,
                "with_pin": self.undos_with_pin,
                "refused": self.undos_refused,
                "people": self.undone_people,
            }
        return out


@dataclass(frozen=True)
class RoomState:
    """What the door shows about the room: the "full" and "room for N" banners."""

    inside: int
    capacity: int
    full: bool
    room_for: int  # places free now
    turned_away: int  # "full" verdicts since the room last filled up


@dataclass(frozen=True)
class LinkState:
    """How this door is connected. A door without the offline journal is always "online"
    when the store answers; the offline package fills share and waiting."""

    online: bool
    share: int | None  # places reserved for this door, None if not sharing
    waiting: int  # scans not yet sent
    last_contact: datetime | None
