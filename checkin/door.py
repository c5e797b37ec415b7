"""The door rules: scan in, scan out, manual check-in, walk-in, undo, the counter.

Each function runs one writing transaction (the event's lock held), decides a
:class:`Verdict`, logs the attempt, commits, and only then returns a
:class:`ScanResult`. "Full" is a verdict, not an exception. ``now`` is passed
in so that tests are exact; the CLI and the UI pass the clock's time.

Whether there is room is decided in exactly one place: :meth:`Tx.admit`, the
store's conditional update.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from checkin import codes
from checkin.errors import InvalidValue
from checkin.models import Event, Guest, GuestInput, Presence
from checkin.store import Store, Tx, scan_t, utcnow


class Verdict(enum.StrEnum):
    ADMITTED = "admitted"
    ALREADY_INSIDE = "already_inside"
    FULL = "full"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"
    WRONG_EVENT = "wrong_event"
    EXITED = "exited"
    NOT_INSIDE = "not_inside"
    UNDONE = "undone"
    NOTHING_TO_UNDO = "nothing_to_undo"
    # The event asks a door question (a health check) and it was not yet
    # confirmed: nothing changed and nothing was logged; ask, then scan again
    # with confirmed=True.
    CONFIRM = "confirm"

    @property
    def ok(self) -> bool:
        """Whether the door did what was asked (the CLI's exit status 0)."""
        return self in (Verdict.ADMITTED, Verdict.EXITED, Verdict.UNDONE)


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


_IN_ACTIONS = (Action.SCAN, Action.CAMERA, Action.MANUAL, Action.PAPER, Action.WALK_IN)
_OUT_ACTIONS = (Action.SCAN_OUT, Action.CAMERA_OUT, Action.MANUAL_OUT)


@dataclass(frozen=True)
class ScanResult:
    verdict: Verdict
    code: str  # as scanned
    guest: Guest | None  # as it is after this attempt
    inside: int
    capacity: int
    at: datetime
    action: Action
    scan_id: int
    people: int = 1  # how many this attempt counted in or out (a guest and companions)
    since: datetime | None = None  # for already_inside: inside since when

    @property
    def room_left(self) -> int:
        return max(0, self.capacity - self.inside)

    def as_json(self) -> dict[str, object]:
        guest = None
        if self.guest is not None:
            guest = {"id": self.guest.id, "name": self.guest.name,
                     "organisation": self.guest.organisation}
        out: dict[str, object] = {
            "verdict": self.verdict.value, "code": self.code, "guest": guest,
            "inside": self.inside, "capacity": self.capacity,
        }
        if self.since is not None:
            out["since"] = self.since.isoformat()
        if self.people != 1:
            out["people"] = self.people
        return out


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

    def as_json(self) -> dict[str, object]:
        return {
            "inside": self.inside, "capacity": self.capacity, "guests": self.guests,
            "cancelled": self.cancelled, "arrived": self.arrived, "peak": self.peak,
            "peak_at": self.peak_at.isoformat() if self.peak_at else None,
            "counter": self.counter, "not_arrived": self.not_arrived, "left": self.left,
        }


# --- the rules -------------------------------------------------------------


def scan(
    store: Store,
    raw: str,
    *,
    door: str = "",
    now: datetime | None = None,
    exit: bool = False,
    camera: bool = False,
    people: int | None = None,
    confirmed: bool = False,
) -> ScanResult:
    """A badge scanned at the door, in or (with ``exit``) out."""
    if exit:
        action = Action.CAMERA_OUT if camera else Action.SCAN_OUT
    else:
        action = Action.CAMERA if camera else Action.SCAN
    at = now or utcnow()
    code = codes.clean(raw)
    with store.write() as tx:
        event = tx.locked
        found = tx.guest_by_code(codes.candidates(raw))
        if found is None:
            verdict = Verdict.UNKNOWN
            tag = codes.tag_of(code.upper())
            if tag is not None and tag != event.tag:
                verdict = Verdict.WRONG_EVENT
            return _logged(tx, event, at, door, code, None, action, verdict, 1)
        guest = found[0]
        if exit:
            return _exit(tx, event, at, door, code, guest, action)
        return _enter(tx, event, at, door, code, guest, action, people, confirmed)


def check_in(
    store: Store,
    guest_id: int,
    *,
    door: str = "",
    now: datetime | None = None,
    people: int | None = None,
    paper: bool = False,
    confirmed: bool = False,
) -> ScanResult:
    """A guest without a badge, found by name and admitted by hand.

    With ``paper`` the time is when it really happened, typed in afterwards
    from the ticked paper door list.
    """
    at = now or utcnow()
    with store.write() as tx:
        guest = tx.guest(guest_id)
        action = Action.PAPER if paper else Action.MANUAL
        return _enter(tx, tx.locked, at, door, "", guest, action, people, confirmed)


def check_out(
    store: Store, guest_id: int, *, door: str = "", now: datetime | None = None
) -> ScanResult:
    """A guest found by name and let out by hand."""
    at = now or utcnow()
    with store.write() as tx:
        guest = tx.guest(guest_id)
        return _exit(tx, tx.locked, at, door, "", guest, Action.MANUAL_OUT)


def walk_in(
    store: Store, guest: GuestInput, *, door: str = "", now: datetime | None = None,
    confirmed: bool = False,
) -> ScanResult:
    """Someone not on the list, added at the door and admitted, under the cap.

    When the room is full the walk-in is not added (one transaction), so a
    denied walk-in leaves no half-made guest behind; the denial is logged.
    """
    if not (guest.name.strip() or guest.first_name.strip() or guest.last_name.strip()):
        raise InvalidValue("name", guest.name, "is empty; a walk-in needs a name")
    at = now or utcnow()
    with store.write() as tx:
        event = tx.locked
        people = 1 + max(0, guest.companions)
        if event.door_question and not confirmed:
            return _unconfirmed(event, at, "", None, Action.WALK_IN, people)
        if event.inside + people > event.capacity:
            return _logged(tx, event, at, door, "", None, Action.WALK_IN, Verdict.FULL, people)
        code = guest.code.strip() or codes.new_code(event.tag)
        if tx.guest_by_code([code]) is not None:
            raise InvalidValue("code", code, "belongs to another guest already")
        gid = tx.insert_guest(
            GuestInput(**{**guest.__dict__, "walk_in": True}), code, at
        )
        return _enter(tx, event, at, door, "", tx.guest(gid), Action.WALK_IN, None, True)


def counter(
    store: Store, delta: int, *, door: str = "", now: datetime | None = None
) -> ScanResult:
    """The +/- counter: people without a badge (crew, speakers), under the same cap."""
    if delta not in (1, -1):
        raise InvalidValue("counter", delta, "must be +1 or -1")
    at = now or utcnow()
    with store.write() as tx:
        event = tx.locked
        if delta > 0:
            if not tx.admit(1, at):
                return _logged(tx, event, at, door, "", None, Action.COUNTER, Verdict.FULL, 1)
            tx.change_counter(1)
            return _logged(tx, event, at, door, "", None, Action.COUNTER, Verdict.ADMITTED, 1)
        if event.counter <= 0:
            return _logged(tx, event, at, door, "", None, Action.COUNTER_OUT,
                           Verdict.NOT_INSIDE, 1)
        tx.release(1)
        tx.change_counter(-1)
        return _logged(tx, event, at, door, "", None, Action.COUNTER_OUT, Verdict.EXITED, 1)


def undo(
    store: Store, guest_id: int, *, door: str = "", now: datetime | None = None
) -> ScanResult:
    """Take back a guest's last admission or exit (a mistaken scan).

    Undoing an exit lets the guest back in, and that goes through the cap
    like any admission.
    """
    at = now or utcnow()
    with store.write() as tx:
        event = tx.locked
        guest = tx.guest(guest_id)
        last = tx.last_scan(guest_id, [*_IN_ACTIONS, *_OUT_ACTIONS])
        if last is None:
            return _logged(tx, event, at, door, "", guest, Action.UNDO,
                           Verdict.NOTHING_TO_UNDO, 0)
        if last.verdict == Verdict.ADMITTED:
            if guest.presence != Presence.INSIDE:
                return _logged(tx, event, at, door, "", guest, Action.UNDO,
                               Verdict.NOTHING_TO_UNDO, 0)
            tx.release(guest.party)
            entries = max(0, guest.entries - 1)
            tx.set_guest(
                guest_id,
                presence=Presence.LEFT if entries else Presence.NOT_ARRIVED,
                entries=entries,
                party=0,
                first_arrival=guest.first_arrival if entries else None,
                inside_since=None,
            )
            people = guest.party
        else:  # the last thing was an exit: back inside, if there is room
            if guest.presence == Presence.INSIDE:
                return _logged(tx, event, at, door, "", guest, Action.UNDO,
                               Verdict.NOTHING_TO_UNDO, 0)
            people = last.people
            if not tx.admit(people, at):
                return _logged(tx, event, at, door, "", guest, Action.UNDO, Verdict.FULL,
                               people)
            tx.mark_undone(last.id)
            previous_exit = tx.last_scan(guest_id, _OUT_ACTIONS)
            tx.set_guest(
                guest_id,
                presence=Presence.INSIDE,
                party=people,
                last_departure=previous_exit.at if previous_exit else None,
            )
            return _logged(tx, event, at, door, "", tx.guest(guest_id), Action.UNDO,
                           Verdict.UNDONE, people)
        tx.mark_undone(last.id)
        return _logged(tx, event, at, door, "", tx.guest(guest_id), Action.UNDO,
                       Verdict.UNDONE, people)


def status(store: Store) -> DoorStatus:
    event = store.event()
    c = store.counts()
    return DoorStatus(
        inside=event.inside, capacity=event.capacity, guests=c["guests"],
        cancelled=c["cancelled"], arrived=c["arrived"], peak=event.peak,
        peak_at=event.peak_at, counter=event.counter, not_arrived=c["not_arrived"],
        left=c["left"],
    )


# --- the steps -------------------------------------------------------------


def _enter(
    tx: Tx, event: Event, at: datetime, door: str, code: str, guest: Guest,
    action: Action, people: int | None, confirmed: bool,
) -> ScanResult:
    if guest.cancelled:
        return _logged(tx, event, at, door, code, guest, action, Verdict.CANCELLED, 1)
    if guest.presence == Presence.INSIDE:
        return _logged(tx, event, at, door, code, guest, action, Verdict.ALREADY_INSIDE, 0,
                       since=guest.inside_since)
    if people is None:
        people = 1 + guest.companions
    if people < 1 or people > 1 + guest.companions:
        raise InvalidValue("people", people,
                           f"must be between 1 and {1 + guest.companions} for this guest")
    if event.door_question and not confirmed:
        return _unconfirmed(event, at, code, guest, action, people)
    if not tx.admit(people, at):
        return _logged(tx, event, at, door, code, guest, action, Verdict.FULL, people)
    changes: dict[str, Any] = {"presence": Presence.INSIDE, "party": people, "inside_since": at,
               "first_arrival": guest.first_arrival or at, "entries": guest.entries + 1}
    tx.set_guest(guest.id, **changes)
    return _logged(tx, event, at, door, code, replace(guest, **changes), action,
                   Verdict.ADMITTED, people, confirmed=bool(event.door_question))


def _exit(
    tx: Tx, event: Event, at: datetime, door: str, code: str, guest: Guest, action: Action
) -> ScanResult:
    if guest.presence != Presence.INSIDE:
        return _logged(tx, event, at, door, code, guest, action, Verdict.NOT_INSIDE, 0)
    people = guest.party
    tx.release(people)
    changes: dict[str, Any] = {"presence": Presence.LEFT, "party": 0, "last_departure": at}
    tx.set_guest(guest.id, **changes)
    return _logged(tx, event, at, door, code, replace(guest, **changes), action,
                   Verdict.EXITED, people)


def _logged(
    tx: Tx, event: Event, at: datetime, door: str, code: str, guest: Guest | None,
    action: Action, verdict: Verdict, people: int, since: datetime | None = None,
    confirmed: bool = False,
) -> ScanResult:
    record = tx.log(at=at, door=door, raw=code, guest_id=guest.id if guest else None,
                    action=action.value, verdict=verdict.value, people=people,
                    confirmed=confirmed)
    capacity = event.capacity
    return ScanResult(
        verdict=verdict, code=code, guest=guest, inside=record.inside_after,
        capacity=capacity, at=at, action=action, scan_id=record.id, people=people,
        since=since,
    )



def _unconfirmed(
    event: Event, at: datetime, code: str, guest: Guest | None, action: Action, people: int
) -> ScanResult:
    return ScanResult(verdict=Verdict.CONFIRM, code=code, guest=guest, inside=event.inside,
                      capacity=event.capacity, at=at, action=action, scan_id=0, people=people)


@dataclass(frozen=True)
class QueueState:
    """What the door shows while the room is full, and the moment it has room again."""

    full: bool
    room: int  # places free now
    turned_away: int  # "full" verdicts since the room last filled up


def queue(store: Store) -> QueueState:
    """How many were turned away since the room filled, and how much room there is now.

    The count covers the latest run of "full" verdicts: those after the last
    scan that still left room before it. It stays readable once someone leaves
    (the door then shows "room for 1"), and starts again at the next fill.
    """
    event = store.event()
    with store.read() as conn:
        last_full = conn.execute(
            sa.select(sa.func.max(scan_t.c.id)).where(scan_t.c.verdict == Verdict.FULL.value)
        ).scalar()
        turned_away = 0
        if last_full is not None:
            had_room = conn.execute(
                sa.select(sa.func.max(scan_t.c.id)).where(
                    scan_t.c.id < last_full,
                    scan_t.c.verdict != Verdict.FULL.value,
                    scan_t.c.inside_after < event.capacity,
                )
            ).scalar() or 0
            turned_away = conn.execute(
                sa.select(sa.func.count()).where(
                    scan_t.c.id > had_room, scan_t.c.verdict == Verdict.FULL.value)
            ).scalar_one()
    return QueueState(full=event.inside >= event.capacity, room=event.room_left,
                      turned_away=turned_away)
