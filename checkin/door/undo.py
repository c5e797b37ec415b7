"""Undo: a door takes back one of its own recent scans, once; anything more is the
supervisor's.

The door person's undo (no PIN) takes back a scan that

- this door made (an entry, exit or count that changed something, not undone),
- within the event's undo window (``undo_minutes``, 15 by default, as pretix),
- when this door has not used its free undo within the window already, and
- of a guest none of whose scans was undone before.

Anything else (an older scan, another door's, a second undo in the window, a
second undo for the same guest) needs the supervisor PIN, and a PIN must be set
for that: without one it is refused. The window holds whether or not a PIN is
set. Every refusal is logged (``pin_required`` or ``refused``, the reason why in
the row's flag), an undo that needed the PIN is logged as an override, and the
status counts both. So repeated undo cannot quietly let a room hold more people
than its headcount says.

Before it acts, the door names what it will take back: :func:`undo_choices` lists
this door's recent scans (guest, time, whether the PIN is needed), newest first.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Connection
from sqlalchemy.exc import NoResultFound

from checkin.door import timeline
from checkin.door.ledger import Ledger
from checkin.door.verdicts import (
    COUNTER_ACTIONS,
    IN_ACTIONS,
    OUT_ACTIONS,
    Action,
    ScanResult,
    Verdict,
)
from checkin.models import Event, Guest, ScanRecord
from checkin.store import Tx, scan_t, to_db
from checkin.store.rows import _guest_of, _scan_of
from checkin.store.schema import guest_t

if TYPE_CHECKING:  # rules.py re-exports this module's undo_scan: no import back at run time
    from checkin.door.rules import Step

UNDOABLE = tuple(a.value for a in (*IN_ACTIONS, *OUT_ACTIONS, *COUNTER_ACTIONS))
CHOICES = 8  # recent scans a door is offered to undo

# Why an undo needs the supervisor PIN: the flag of a refused or supervised undo.
FREE = ""
WINDOW = "undo_window"  # older than the undo window
ONCE = "undo_once"  # this door used its free undo within the window already
AGAIN = "undo_again"  # a scan of this guest was undone before
OTHER_DOOR = "undo_other_door"  # another door's scan


@dataclass(frozen=True)
class UndoChoice:
    """A scan an undo would take back, named before anything changes."""

    record_id: int
    at: datetime
    door: str
    action: Action
    verdict: Verdict  # admitted or exited: what is taken back
    people: int
    code: str  # as scanned
    guest: Guest | None  # None for the counter
    needs_pin: str  # FREE, or why the supervisor PIN is needed
    pin_set: bool  # whether the event has a PIN (else needs_pin means refused)

    @property
    def allowed(self) -> bool:
        """Whether it can be undone at all (free, or with the PIN the event has)."""
        return not self.needs_pin or self.pin_set


def _undoable(door: str | None) -> sa.ColumnElement[bool]:
    cond = sa.and_(
        scan_t.c.undone == sa.false(),
        scan_t.c.action.in_(UNDOABLE),
        scan_t.c.verdict.in_(["admitted", "exited"]),
    )
    return cond if door is None else sa.and_(cond, scan_t.c.door == door)


# An undo a door person made: not the offline sync's correction of an admission the
# door had refused while apart (checkin/offline/sending.py logs those as "<scan id>+undo").
_BY_A_DOOR = sa.or_(scan_t.c.uuid.is_(None), sa.not_(scan_t.c.uuid.like("%+undo")))


def why_pin(log: Ledger, event: Event, door: str, scan: ScanRecord, now: datetime) -> str:
    """FREE when the door person may undo ``scan`` without the PIN, else why not. ``log``
    is the ledger (the store's transaction, or a door's own copy offline)."""
    window = timedelta(minutes=event.undo_minutes)
    if scan.door != door:
        return OTHER_DOOR
    if now - scan.at > window:
        return WINDOW
    if log.undos_since(door, now - window):
        return ONCE
    if scan.guest_id is not None and log.undone_before(scan.guest_id):
        return AGAIN
    return FREE


def _db(moment: datetime) -> str:
    text = to_db(moment)
    assert text is not None
    return text


def choice(
    conn: Connection, event: Event, door: str, scan: ScanRecord, now: datetime
) -> UndoChoice:
    guest = None
    if scan.guest_id is not None:
        row = conn.execute(sa.select(guest_t).where(guest_t.c.id == scan.guest_id)).first()
        guest = None if row is None else _guest_of(row)
    return UndoChoice(
        record_id=scan.id,
        at=scan.at,
        door=scan.door,
        action=Action(scan.action),
        verdict=Verdict(scan.verdict),
        people=scan.people,
        code=scan.raw,
        guest=guest,
        needs_pin=why_pin(Tx(conn, event), event, door, scan, now),
        pin_set=bool(event.pin_hash),
    )


def undo_choices(
    conn: Connection,
    event: Event,
    door: str,
    now: datetime,
    scan: int | None = None,
    limit: int = CHOICES,
) -> tuple[UndoChoice, ...]:
    """This door's recent scans that an undo could take back, newest first; with ``scan``,
    that one scan (any door's) if it can be taken back at all."""
    query = sa.select(scan_t).where(_undoable(None if scan is not None else door))
    if scan is not None:
        query = query.where(scan_t.c.id == scan)
    rows = conn.execute(query.order_by(scan_t.c.id.desc()).limit(limit)).all()
    return tuple(choice(conn, event, door, _scan_of(r), now) for r in rows)


def door_undo(step: Step, scan_id: int | None, *, pin_given: bool) -> ScanResult:
    """The door's undo, in the action's transaction: this door's last scan, or the one
    named by ``scan_id``; the PIN as the rules above say. ``pin_given``: a right PIN
    was given (the service checked it)."""
    tx, event = step.tx, step.event
    target: ScanRecord | None
    if scan_id is None:
        target = tx.last_at_door(step.door, list(UNDOABLE))
    else:
        try:
            target = tx.scan(scan_id)
        except NoResultFound:  # no such scan: nothing to undo
            target = None
    if (
        target is None
        or target.undone
        or target.action not in UNDOABLE
        or target.verdict not in ("admitted", "exited")
    ):
        return step.log(None, Verdict.NOTHING_TO_UNDO, 0)
    guest = tx.guest(target.guest_id) if target.guest_id is not None else None
    why = why_pin(tx, event, step.door, target, step.at)
    supervised = pin_given and bool(event.pin_hash)
    named = replace(step, code=target.raw)
    if why and not supervised:
        verdict = Verdict.PIN_REQUIRED if event.pin_hash else Verdict.REFUSED
        return named.log(guest, verdict, target.people, flag=why)
    if why:
        named = replace(named, override=True)
    return undo_scan(named, target, flag=why)


def undo_scan(step: Step, last: ScanRecord, flag: str = "") -> ScanResult:
    """Take back one logged entry, exit or count.

    The guest's state is folded again without it (and without the repeats
    that only echoed it). Undoing an exit lets the guest back in, and that
    goes through the cap like any admission.
    """
    tx = step.tx
    if last.action in (a.value for a in COUNTER_ACTIONS):
        if last.verdict == "admitted":
            tx.release(1)
            tx.change_counter(-1)
        else:
            if not tx.admit(1, step.at):
                return step.log(None, Verdict.FULL, 1)
            tx.change_counter(1)
        tx.mark_undone(last.id)
        return step.log(None, Verdict.UNDONE, 1, flag=flag)
    assert last.guest_id is not None
    guest = tx.guest(last.guest_id)
    rows = tx.history(guest.id)
    gone = {last.id} | {r.id for r in timeline.echoes(rows, last)}
    kept = [r for r in rows if r.id not in gone]
    settled = timeline.settle(tx, guest, kept, step.at, capped=True)
    if settled is None:
        return step.log(guest, Verdict.FULL, last.people)
    for scan_id in sorted(gone):
        tx.mark_undone(scan_id)
    return step.log(settled, Verdict.UNDONE, last.people, flag=flag)


@dataclass(frozen=True)
class UndoCounts:
    """What undo did at every door, for the status: the door sees repeated undo."""

    taken_back: int  # scans undone by a door person (not the offline sync's corrections)
    with_pin: int  # of which needed the supervisor PIN (past the window, again, ...)
    refused: int  # undo attempts refused or waiting for the PIN
    people: int  # people whose admission was taken back


def counts(conn: Connection) -> UndoCounts:
    undo = sa.and_(scan_t.c.action == Action.UNDO.value, _BY_A_DOOR)
    taken, pinned, refused = conn.execute(
        sa.select(
            sa.func.count().filter(undo, scan_t.c.verdict == Verdict.UNDONE.value),
            sa.func.count().filter(
                undo, scan_t.c.verdict == Verdict.UNDONE.value, scan_t.c.override == sa.true()
            ),
            sa.func.count().filter(
                undo, scan_t.c.verdict.in_([Verdict.PIN_REQUIRED.value, Verdict.REFUSED.value])
            ),
        )
    ).one()
    people = conn.execute(
        sa.select(sa.func.coalesce(sa.func.sum(scan_t.c.people), 0)).where(
            scan_t.c.undone == sa.true(), scan_t.c.verdict == "admitted"
        )
    ).scalar_one()
    return UndoCounts(int(taken), int(pinned), int(refused), int(people))
