"""Time order: a guest's state and the headcount follow the log sorted by (time, id).

A live scan comes last in time, so the door applies it to the guest's present
state (the fast path in rules.py). A scan stamped earlier than the guest's
newest entry or exit (a paper tick, an upload from a door that was offline)
is judged by the state the guest was in at that time, and the guest's state is
then recomputed by folding all their entries and exits in time order; the
headcount moves by the difference. Repeats that changed nothing when they were
made are part of the fold: a late exit may turn a later "already inside" into a
re-entry, exactly as if the scans had arrived in time order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from checkin.door.ledger import Ledger
from checkin.door.verdicts import IN_ACTIONS, OverCap
from checkin.models import Guest, Presence, ScanRecord
from checkin.store import Store, from_db, scan_t

_ENTRIES = frozenset(a.value for a in IN_ACTIONS)
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


def settle(tx: Ledger, guest: Guest, rows: Sequence[ScanRecord], at: datetime, *,
           capped: bool) -> Guest | None:
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
    changes: dict[str, Any] = {"presence": state.presence, "party": state.party,
               "inside_since": state.inside_since, "first_arrival": state.first_arrival,
               "last_departure": state.last_departure, "entries": state.entries}
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


def over_cap(store: Store) -> OverCap | None:
    """The worst moment the time-ordered log had more people inside than the capacity.

    Late admissions are recorded as they happened, so the room may have been
    over its cap at a time already past; the status and the export say when.
    The capacity at each moment follows the logged capacity changes.
    """
    with store.read() as conn:
        rows = conn.execute(
            sa.select(scan_t.c.at, scan_t.c.action, scan_t.c.verdict, scan_t.c.people,
                      scan_t.c.raw)
            .where(scan_t.c.undone == sa.false(),
                   sa.or_(scan_t.c.verdict.in_(["admitted", "exited"]),
                          scan_t.c.action == "capacity"))
            .order_by(scan_t.c.at, scan_t.c.id)
        ).all()
        capacity_now = conn.execute(sa.text("SELECT capacity FROM event")).scalar_one()
    first_change = next((r for r in rows if r.action == "capacity"), None)
    capacity = int(first_change.raw) if first_change is not None and first_change.raw.isdigit() \
        else capacity_now
    inside, worst = 0, None
    for r in rows:
        if r.action == "capacity":
            capacity = r.people
            continue
        inside += r.people if r.verdict == "admitted" else -r.people
        inside = max(0, inside)
        if inside > capacity and (worst is None or inside - capacity > worst.by):
            worst = OverCap(at=from_db(r.at) or datetime.min, inside=inside, capacity=capacity)
    return worst
