"""The statements of the scan path, built once (the writing transaction's, checkin/store/tx.py).

Building a statement costs more than executing it on SQLite (docs/design.md, Speed
and memory: a scan's p99 under 1 ms), so the ones a scan runs are made here, at
import, and only bound per call.
"""

from __future__ import annotations

import functools

import sqlalchemy as sa

from checkin.store.schema import door_t, event_t, guest_t, scan_t

# a door's own undo, not the corrective undo a journal sends (its id ends in "+undo")
BY_A_DOOR = sa.or_(scan_t.c.uuid.is_(None), sa.not_(scan_t.c.uuid.like("%+undo")))

_people = sa.bindparam("people", type_=sa.Integer)
SELECT_EVENT = sa.select(event_t).where(event_t.c.id == 1)
SELECT_GUEST = sa.select(guest_t).where(guest_t.c.id == sa.bindparam("gid"))
GUESTS_BY_CODE = sa.select(guest_t).where(guest_t.c.code.in_(sa.bindparam("codes", expanding=True)))
# The places the doors hold as their shares (doors.py) count as taken:
# inside + shares <= capacity at every moment.
HELD = sa.select(sa.func.coalesce(sa.func.sum(door_t.c.share), 0)).scalar_subquery()
ADMIT = (
    sa.update(event_t)
    .where(event_t.c.id == 1, event_t.c.inside + _people + HELD <= event_t.c.capacity)
    .values(
        inside=event_t.c.inside + _people,
        peak_at=sa.case(
            (event_t.c.inside + _people > event_t.c.peak, sa.bindparam("stamp")),
            else_=event_t.c.peak_at,
        ),
        peak=sa.case(
            (event_t.c.inside + _people > event_t.c.peak, event_t.c.inside + _people),
            else_=event_t.c.peak,
        ),
    )
    .returning(event_t.c.inside)
)
RELEASE = (
    sa.update(event_t)
    .where(event_t.c.id == 1)
    .values(inside=sa.case((event_t.c.inside >= _people, event_t.c.inside - _people), else_=0))
    .returning(event_t.c.inside)
)
FORCE_ADMIT = (
    sa.update(event_t)
    .where(event_t.c.id == 1)
    .values(
        inside=event_t.c.inside + _people,
        peak_at=sa.case(
            (event_t.c.inside + _people > event_t.c.peak, sa.bindparam("stamp")),
            else_=event_t.c.peak_at,
        ),
        peak=sa.case(
            (event_t.c.inside + _people > event_t.c.peak, event_t.c.inside + _people),
            else_=event_t.c.peak,
        ),
    )
    .returning(event_t.c.inside)
)
INSERT_SCAN = sa.insert(scan_t).returning(scan_t.c.id)
LAST_FULL = sa.select(sa.func.max(scan_t.c.id)).where(scan_t.c.verdict == "full")
HAD_ROOM = (
    sa.select(scan_t.c.id)
    .where(
        scan_t.c.id < sa.bindparam("last"),
        scan_t.c.verdict != "full",
        scan_t.c.inside_after < sa.bindparam("cap"),
    )
    .order_by(scan_t.c.id.desc())
    .limit(1)
)
FULL_SINCE = sa.select(sa.func.count()).where(
    scan_t.c.id > sa.bindparam("since"), scan_t.c.verdict == "full"
)
SCAN_BY_UUID = sa.select(scan_t).where(scan_t.c.uuid == sa.bindparam("uuid"))
_COUNTING = sa.and_(
    scan_t.c.guest_id == sa.bindparam("gid"),
    scan_t.c.undone == sa.false(),
    scan_t.c.verdict.in_(["admitted", "exited", "already_inside", "not_inside"]),
    scan_t.c.action.in_(
        ["scan", "camera", "manual", "paper", "walk_in", "scan_out", "camera_out", "manual_out"]
    ),
)
HISTORY = sa.select(scan_t).where(_COUNTING).order_by(scan_t.c.at, scan_t.c.id)
NEWEST_AT = sa.select(sa.func.max(scan_t.c.at)).where(_COUNTING)


@functools.cache
def set_guest_statement(columns: tuple[str, ...]) -> sa.Update:
    """An UPDATE of these guest columns, built once per set of columns."""
    return (
        sa.update(guest_t)
        .where(guest_t.c.id == sa.bindparam("gid"))
        .values({c: sa.bindparam(f"v_{c}") for c in columns})
    )
