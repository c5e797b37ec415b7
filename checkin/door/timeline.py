"""Time order: a guest's state and the headcount follow the log sorted by (time, id).

A live scan comes last in time, so the door applies it to the guest's present
state (the fast path in rules.py). A scan given a time (``--at``, a paper tick)
is judged here, by the guest's history and by the cap, both at its own time: the
guest's entries and exits are folded again in time order with the new scan in
its place, and the room's headcount, replayed from the log, must stay within
the capacity of every moment the new scan raises it (and the live cap, with
the doors' shares, when it raises the headcount now). What does not fit is
``full``, logged at its time. Only a supervisor (the PIN, ``Step.supervised``)
records an entry that the log then shows over the cap; it is flagged
``over_cap`` and the status reports the moment. Repeats that changed nothing
when they were made are part of the fold: a late exit may turn a later "already
inside" into a re-entry, exactly as if the scans had arrived in time order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from checkin.door.ledger import Ledger
from checkin.door.verdicts import IN_ACTIONS, OverCap, ScanResult, Verdict
from checkin.models import Guest, Presence, ScanRecord
from checkin.store import Store, from_db, scan_t, to_db

if TYPE_CHECKING:  # rules.py imports this module; a Step is only passed in
    from checkin.door.rules import Step

_ENTRIES = frozenset(a.value for a in IN_ACTIONS)
OVER_CAP = "over_cap"  # the flag of an entry a supervisor recorded over the cap
OVER_CAP_NEEDS_PIN = "over_cap_needs_pin"  # an override refused: over the cap, no PIN set
LATEST = 2**62  # the id a scan not yet logged sorts with: after everything at its time


@dataclass
class Folded:
    """A guest's state after folding their entries and exits in time order."""

    inside: bool = False
    party: int = 0
    inside_since: datetime | None = None
    first_arrival: datetime | None = None
    last_departure: datetime | None = None
    entries: int = 0
    # row id -> (verdict, people) as the fold judges it
    verdicts: dict[int, tuple[str, int]] = field(default_factory=dict)

    @property
    def presence(self) -> Presence:
        if self.inside:
            return Presence.INSIDE
        return Presence.LEFT if self.entries else Presence.NOT_ARRIVED


def fold(rows: Iterable[ScanRecord], companions: int) -> Folded:
    state = Folded()
    for row in sorted(rows, key=lambda r: (r.at, r.id)):
        if row.action in _ENTRIES:
            if state.inside:
                state.verdicts[row.id] = ("already_inside", 0)
                continue
            people = row.people if row.people > 0 else 1 + companions
            state.inside, state.party, state.inside_since = True, people, row.at
            state.first_arrival = state.first_arrival or row.at
            state.entries += 1
            state.verdicts[row.id] = ("admitted", people)
        else:
            if not state.inside:
                state.verdicts[row.id] = ("not_inside", 0)
                continue
            state.verdicts[row.id] = ("exited", state.party)
            state.inside, state.party, state.last_departure = False, 0, row.at
    return state


def is_late(tx: Ledger, guest_id: int, at: datetime) -> bool:
    """Whether a scan at ``at`` comes before the guest's newest entry or exit."""
    newest = tx.newest_at(guest_id)
    return newest is not None and at < newest


def settle(
    tx: Ledger, guest: Guest, rows: Sequence[ScanRecord], at: datetime, *, capped: bool
) -> Guest | None:
    """Bring the guest, the headcount and the earlier verdicts in line with the fold.

    With ``capped`` a rise in the headcount goes through the cap (an undo that
    lets someone back in) and None means full, nothing changed; without it the
    rise is recorded as it happened (a late admission).
    """
    state = fold(rows, guest.companions)
    before = guest.party if guest.presence is Presence.INSIDE else 0
    delta = state.party - before
    if delta > 0:
        if capped:
            if not tx.admit(delta, at):
                return None
        else:
            tx.force_admit(delta, at)
    elif delta < 0:
        tx.release(-delta)
    for row in rows:
        judged = state.verdicts[row.id]
        if row.id != LATEST and (row.verdict, row.people) != judged:
            tx.set_verdict(row.id, *judged)
    changes: dict[str, Any] = {
        "presence": state.presence,
        "party": state.party,
        "inside_since": state.inside_since,
        "first_arrival": state.first_arrival,
        "last_departure": state.last_departure,
        "entries": state.entries,
    }
    tx.set_guest(guest.id, **changes)
    return replace(guest, **changes)


def echoes(rows: Sequence[ScanRecord], undone: ScanRecord) -> list[ScanRecord]:
    """The repeats that only echoed an undone scan: "already inside" right after an
    undone entry, "not inside" right after an undone exit. They go with it."""
    entry = undone.action in _ENTRIES
    out = []
    for row in sorted(rows, key=lambda r: (r.at, r.id)):
        if (row.at, row.id) <= (undone.at, undone.id):
            continue
        same = (row.action in _ENTRIES) == entry
        echo = row.verdict == ("already_inside" if entry else "not_inside")
        if not (same and echo):
            break
        out.append(row)
    return out


# What moves the headcount in the log: admissions and exits not undone, and the
# capacity changes (their people is the new capacity, their text the old one).
_LOG = (
    sa.select(
        scan_t.c.id, scan_t.c.at, scan_t.c.action, scan_t.c.verdict, scan_t.c.people, scan_t.c.raw
    )
    .where(
        scan_t.c.undone == sa.false(),
        sa.or_(scan_t.c.verdict.in_(["admitted", "exited"]), scan_t.c.action == "capacity"),
    )
    .order_by(scan_t.c.at, scan_t.c.id)
)
_CAPACITY = sa.text("SELECT capacity FROM event")


def _delta(verdict: str, people: int) -> int:
    if verdict == "admitted":
        return people
    return -people if verdict == "exited" else 0


@dataclass(frozen=True)
class _Move:
    """One row of the replayed log: how it moved the headcount before and after a change."""

    at: datetime
    id: int
    old: int
    new: int
    capacity: int | None = None  # a capacity change: the capacity from here on


def _log_moves(conn: Connection, since: datetime | None = None) -> tuple[list[_Move], int, int]:
    """The log as moves (old = new) from ``since`` on (all of it without), the headcount
    before them and the capacity then. A scan given a time changes nothing before its
    time, so only the log from there on is replayed (one sum for what came before)."""
    query = _LOG if since is None else _LOG.where(scan_t.c.at >= _text(since))
    rows = conn.execute(query).all()
    first = conn.execute(_LOG.where(scan_t.c.action == "capacity").limit(1)).first()
    if first is not None and first.raw.isdigit():
        capacity = int(first.raw)  # the capacity before any logged change
    else:
        capacity = int(conn.execute(_CAPACITY).scalar_one())
    inside = 0
    if since is not None:
        before = scan_t.c.at < _text(since)
        changed = conn.execute(
            _LOG.where(scan_t.c.action == "capacity", before)
            .order_by(None)
            .order_by(scan_t.c.at.desc(), scan_t.c.id.desc())
            .limit(1)
        ).first()
        if changed is not None:
            capacity = int(changed.people)
        inside = int(
            conn.execute(
                sa.select(
                    sa.func.coalesce(
                        sa.func.sum(
                            sa.case(
                                (scan_t.c.verdict == "admitted", scan_t.c.people),
                                (scan_t.c.verdict == "exited", -scan_t.c.people),
                                else_=0,
                            )
                        ),
                        0,
                    )
                ).where(scan_t.c.undone == sa.false(), scan_t.c.action != "capacity", before)
            ).scalar_one()
        )
    moves = []
    for r in rows:
        at = from_db(r.at) or datetime.min
        if r.action == "capacity":
            moves.append(_Move(at, r.id, 0, 0, capacity=int(r.people)))
        else:
            d = _delta(r.verdict, int(r.people))
            moves.append(_Move(at, r.id, d, d))
    return moves, max(0, inside), capacity


def _text(moment: datetime) -> str:
    text = to_db(moment)
    assert text is not None
    return text


def _replay(
    moves: Iterable[_Move], inside: int, capacity: int, *, raised_only: bool
) -> OverCap | None:
    """The worst moment the new headcount is over the capacity of that moment; with
    ``raised_only`` only where the change raised it above the old headcount."""
    old = new = inside
    worst: OverCap | None = None
    for m in sorted(moves, key=lambda m: (m.at, m.id)):
        if m.capacity is not None:
            capacity = m.capacity
            continue
        old, new = max(0, old + m.old), max(0, new + m.new)
        if (
            new > capacity
            and (new > old or not raised_only)
            and (worst is None or new - capacity > worst.by)
        ):
            worst = OverCap(at=m.at, inside=new, capacity=capacity)
    return worst


def over_cap(store: Store) -> OverCap | None:
    """The worst moment the time-ordered log had more people inside than the capacity.

    Only a supervisor records an entry past the cap (or an offline door's upload
    brings one), so the room may have been over its cap at a time already past;
    the status and the export say when. The capacity at each moment follows the
    logged capacity changes.
    """
    with store.read() as conn:
        moves, inside, capacity = _log_moves(conn)
    return _replay(moves, inside, capacity, raised_only=False)


def raised_over(
    conn: Connection, rows: Sequence[ScanRecord], state: Folded, added: ScanRecord
) -> OverCap | None:
    """Where a guest's history folded again with ``added`` (``state``) would put the room
    over the cap of that moment, counting the whole log in time order from the new
    scan's time on."""
    since = added.at  # nothing before the new scan's time changes
    moves, inside, capacity = _log_moves(conn, since)
    mine = {r.id: r for r in rows if r.at >= since}
    out = [m for m in moves if m.id not in mine]
    for r in mine.values():
        judged, people = state.verdicts[r.id]
        out.append(_Move(r.at, r.id, _delta(r.verdict, r.people), _delta(judged, people)))
    out.append(_Move(added.at, LATEST, 0, _delta(added.verdict, added.people)))
    return _replay(out, inside, capacity, raised_only=True)


def judge(step: Step, guest: Guest, people: int, confirmed: bool) -> ScanResult:
    """A scan given a time (an entry or an exit), judged at its own time.

    The guest's verdict comes from their history folded with this scan in its
    place; the room must hold it at every moment it raises the headcount, and now
    (``Tx.admit``, the doors' shares counted) if it raises the headcount now.
    Otherwise the verdict is ``full``, unless a supervisor records it
    (``step.supervised``): then it is kept as it happened and flagged ``over_cap``.
    An offline door's journal (``step.offline``) is kept as the door decided it.
    """
    tx = step.tx
    rows = tx.history(guest.id)
    provisional = ScanRecord(
        id=LATEST,
        at=step.at,
        door=step.door,
        raw=step.code,
        guest_id=guest.id,
        action=step.action.value,
        verdict="",
        inside_after=0,
        people=people,
    )
    state = fold([*rows, provisional], guest.companions)
    verdict, judged_people = state.verdicts[LATEST]
    provisional = replace(provisional, verdict=verdict, people=judged_people)
    since = None
    if verdict == "already_inside":
        before = fold([r for r in rows if (r.at, r.id) < (step.at, LATEST)], guest.companions)
        since = before.inside_since
    # (an offline door's journal is recorded whatever the log says: no replay needed)
    # A door's journal arriving at the server (``tx.replay``) is recorded as the door
    # decided within its share; a door's own copy holds no whole log (``whole_log`` is
    # None): its share is its cap, and ``settle`` below admits only within it.
    log = tx.whole_log()
    over = (
        None
        if log is None or (tx.replay and not step.supervised)
        else raised_over(log, rows, state, provisional)
    )
    recorded = step.supervised or tx.replay
    if over is not None and not recorded:
        # an override without the PIN (none set): said in the log, so a supervisor knows
        return step.log(
            guest, Verdict.FULL, max(1, people), flag=OVER_CAP_NEEDS_PIN if step.override else ""
        )
    settled = settle(tx, guest, [*rows, provisional], step.at, capped=not recorded)
    if settled is None:  # it fitted then, but the room has no place for it now
        return step.log(guest, Verdict.FULL, max(1, people))
    now_over = (tx.inside or 0) > step.event.capacity
    flag = OVER_CAP if step.supervised and (over is not None or now_over) else ""
    return step.log(
        settled,
        Verdict(verdict),
        judged_people,
        since=since,
        confirmed=confirmed and verdict == "admitted",
        flag=flag,
    )
