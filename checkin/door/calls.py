"""The older door calls, ``door.scan(store, raw, now=...)`` and friends.

Each runs the same rules as :class:`DoorService` in one transaction. They
take ``now`` (the moment of the attempt, applied as a live scan) and never
ask about companions: the caller passes ``people`` itself. New code uses the
service.
"""

from __future__ import annotations

from datetime import datetime

from checkin import codes
from checkin.door import rules
from checkin.door.rules import Step, new_id
from checkin.door.status import read_status
from checkin.door.verdicts import Action, DoorStatus, ScanResult
from checkin.errors import InvalidValue
from checkin.models import GuestInput
from checkin.store import Store, Tx, utcnow


def _step(tx: Tx, code: str, action: Action, now: datetime | None, door: str,
          timed: bool = False) -> Step:
    return Step(tx=tx, event=tx.locked, at=now or utcnow(), door=door, code=code,
                action=action, uuid=new_id(), timed=timed)


def scan(store: Store, raw: str, *, door: str = "", now: datetime | None = None,
         exit: bool = False, camera: bool = False, people: int | None = None,
         confirmed: bool = False) -> ScanResult:
    """A badge scanned at the door, in or (with ``exit``) out."""
    if exit:
        action = Action.CAMERA_OUT if camera else Action.SCAN_OUT
    else:
        action = Action.CAMERA if camera else Action.SCAN
    with store.write() as tx:
        step = _step(tx, codes.clean(raw), action, now, door)
        guest, denied = rules.look_up(step, raw)
        if denied is not None:
            return denied
        assert guest is not None
        if exit:
            return rules.leave(step, guest)
        return rules.enter(step, guest, people, confirmed)


def check_in(store: Store, guest_id: int, *, door: str = "", now: datetime | None = None,
             people: int | None = None, paper: bool = False,
             confirmed: bool = False) -> ScanResult:
    """A guest found by name and let in by hand; with ``paper`` a tick on the paper door
    list typed in afterwards, applied at the time it happened."""
    with store.write() as tx:
        step = _step(tx, "", Action.PAPER if paper else Action.MANUAL, now, door,
                     timed=paper and now is not None)
        return rules.enter(step, tx.guest(guest_id), people, confirmed)


def check_out(store: Store, guest_id: int, *, door: str = "",
              now: datetime | None = None) -> ScanResult:
    with store.write() as tx:
        return rules.leave(_step(tx, "", Action.MANUAL_OUT, now, door), tx.guest(guest_id))


def walk_in(store: Store, guest: GuestInput, *, door: str = "", now: datetime | None = None,
            confirmed: bool = False) -> ScanResult:
    if not (guest.name.strip() or guest.first_name.strip() or guest.last_name.strip()):
        raise InvalidValue("name", guest.name, "is empty; a walk-in needs a name")
    with store.write() as tx:
        return rules.walk_in(_step(tx, "", Action.WALK_IN, now, door), guest, confirmed)


def counter(store: Store, delta: int, *, door: str = "",
            now: datetime | None = None) -> ScanResult:
    if delta not in (1, -1):
        raise InvalidValue("counter", delta, "must be +1 or -1")
    action = Action.COUNTER if delta > 0 else Action.COUNTER_OUT
    with store.write() as tx:
        return rules.counter(_step(tx, "", action, now, door), delta)


def undo(store: Store, guest_id: int, *, door: str = "",
         now: datetime | None = None) -> ScanResult:
    """Take back a guest's last admission or exit (a mistaken scan)."""
    with store.write() as tx:
        return rules.undo_guest(_step(tx, "", Action.UNDO, now, door), tx.guest(guest_id))


def status(store: Store) -> DoorStatus:
    return read_status(store)
