"""The writing transaction: the door's vocabulary over one locked event."""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from checkin.errors import (
    GuestNotFound,
    InvalidValue,
)
from checkin.models import (
    Event,
    Guest,
    GuestInput,
    Presence,
    ScanRecord,
)
from checkin.store import doors
from checkin.store.rows import _event_of, _guest_of, _scan_of, guest_values, to_db
from checkin.store.schema import door_t, event_t, guest_t, replaced_code_t, scan_t

# a door's own undo, not the corrective undo a journal sends (its id ends in "+undo")
_BY_A_DOOR = sa.or_(scan_t.c.uuid.is_(None), sa.not_(scan_t.c.uuid.like("%+undo")))

# --- the write transaction -------------------------------------------------

# The statements of the scan path, built once: building a statement costs more
# than executing it on SQLite (docs/design.md, Speed and memory: a scan's p99 under 1 ms).
_people = sa.bindparam("people", type_=sa.Integer)
_SELECT_EVENT = sa.select(event_t).where(event_t.c.id == 1)
_LOCK_EVENT = _SELECT_EVENT.with_for_update()
_SELECT_GUEST = sa.select(guest_t).where(guest_t.c.id == sa.bindparam("gid"))
_GUESTS_BY_CODE = sa.select(guest_t).where(
    guest_t.c.code.in_(sa.bindparam("codes", expanding=True))
)
# The places the doors hold as their shares (doors.py) count as taken:
# inside + shares <= capacity at every moment.
_HELD = sa.select(sa.func.coalesce(sa.func.sum(door_t.c.share), 0)).scalar_subquery()
_ADMIT = (
    sa.update(event_t)
    .where(event_t.c.id == 1, event_t.c.inside + _people + _HELD <= event_t.c.capacity)
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
_RELEASE = (
    sa.update(event_t)
    .where(event_t.c.id == 1)
    .values(inside=sa.case((event_t.c.inside >= _people, event_t.c.inside - _people), else_=0))
    .returning(event_t.c.inside)
)
_FORCE_ADMIT = (
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
_INSERT_SCAN = sa.insert(scan_t).returning(scan_t.c.id)
_LAST_FULL = sa.select(sa.func.max(scan_t.c.id)).where(scan_t.c.verdict == "full")
_HAD_ROOM = (
    sa.select(scan_t.c.id)
    .where(
        scan_t.c.id < sa.bindparam("last"),
        scan_t.c.verdict != "full",
        scan_t.c.inside_after < sa.bindparam("cap"),
    )
    .order_by(scan_t.c.id.desc())
    .limit(1)
)
_FULL_SINCE = sa.select(sa.func.count()).where(
    scan_t.c.id > sa.bindparam("since"), scan_t.c.verdict == "full"
)
_SCAN_BY_UUID = sa.select(scan_t).where(scan_t.c.uuid == sa.bindparam("uuid"))
_COUNTING = sa.and_(
    scan_t.c.guest_id == sa.bindparam("gid"),
    scan_t.c.undone == sa.false(),
    scan_t.c.verdict.in_(["admitted", "exited", "already_inside", "not_inside"]),
    scan_t.c.action.in_(
        ["scan", "camera", "manual", "paper", "walk_in", "scan_out", "camera_out", "manual_out"]
    ),
)
_HISTORY = sa.select(scan_t).where(_COUNTING).order_by(scan_t.c.at, scan_t.c.id)
_NEWEST_AT = sa.select(sa.func.max(scan_t.c.at)).where(_COUNTING)


@functools.cache
def _set_guest_statement(columns: tuple[str, ...]) -> sa.Update:
    """An UPDATE of these guest columns, built once per set of columns."""
    return (
        sa.update(guest_t)
        .where(guest_t.c.id == sa.bindparam("gid"))
        .values({c: sa.bindparam(f"v_{c}") for c in columns})
    )


class _Reconnect(Exception):
    """The connection was dead before the transaction did anything: try a fresh one."""


class Tx:
    """One writing transaction with the event's lock held: the door's vocabulary.

    ``locked`` is the event as it was when the lock was taken. The transaction
    keeps the headcount it last read or wrote, so a scan needs no extra round
    trip to log "inside after". ``door`` is the door that pays for admissions
    from its share ("" none: the office, a door that holds no share); with
    ``replay`` the door is sending its journal: what it admitted offline is paid
    from its share whatever the cap, and its exits give places back to it.
    One of the door engine's two ledgers (checkin/door/ledger.py).
    """

    def __init__(
        self, conn: Connection, locked: Event, *, door: str = "", replay: bool = False
    ) -> None:
        self.conn = conn
        self.locked = locked
        self.inside: int | None = locked.inside
        self.door = door
        self.replay = replay

    def event(self) -> Event:
        event = _event_of(self.conn.execute(_SELECT_EVENT).one())
        self.inside = event.inside
        return event

    def guest(self, guest_id: int) -> Guest:
        row = self.conn.execute(_SELECT_GUEST, {"gid": guest_id}).first()
        if row is None:
            raise GuestNotFound(guest_id)
        return _guest_of(row)

    def guest_by_code(self, readings: Sequence[str]) -> tuple[Guest, str] | None:
        """The guest named by the first reading that names one, and that reading."""
        if not readings:
            return None
        rows = self.conn.execute(_GUESTS_BY_CODE, {"codes": list(readings)}).all()
        by_code = {r._mapping["code"]: r for r in rows}
        for reading in readings:
            if reading in by_code:
                return _guest_of(by_code[reading]), reading
        return None

    def invited(self, word: str, email: str) -> list[Guest]:
        """Invited guests (not walk-ins) whose search key holds ``word`` or whose email is
        ``email``: the candidates a walk-in is compared with (rules.invited_match)."""
        conds: list[sa.ColumnElement[bool]] = []
        if word:
            conds.append(guest_t.c.search_key.like(f"%{word}%"))
        if email:
            conds.append(sa.func.lower(guest_t.c.email) == email)
        if not conds:
            return []
        rows = self.conn.execute(
            sa.select(guest_t)
            .where(guest_t.c.walk_in == sa.false(), sa.or_(*conds))
            .order_by(guest_t.c.id)
        ).all()
        return [_guest_of(r) for r in rows]

    def admit(self, people: int, now: datetime) -> bool:
        """Count ``people`` in if the room has space for all of them: THE cap.

        One conditional UPDATE; nothing else in the code base changes ``inside``
        upwards. False means the room is full and nothing changed. The paying door
        pays from its share first (doors.spend, same transaction).
        """
        if not doors.spend(self.conn, self.door, people, forced=self.replay):
            return False
        row = self.conn.execute(_ADMIT, {"people": people, "stamp": to_db(now)}).first()
        if row is None:
            return False
        self.inside = row[0]
        return True

    def has_room(self, people: int) -> bool:
        """Whether ``people`` would fit now, shares held by doors counted as taken; for
        deciding before anything is written (a walk-in is added only if it fits)."""
        inside, capacity, held = self.conn.execute(
            sa.select(event_t.c.inside, event_t.c.capacity, _HELD).where(event_t.c.id == 1)
        ).one()
        return bool(inside + people + held <= capacity)

    def release(self, people: int, *, guest_id: int | None = None) -> None:
        """Count ``people`` out (``guest_id``: whose party); the headcount never goes
        below zero."""
        if self.replay:
            doors.refill(self.conn, self.door, people)
        self.inside = self.conn.execute(_RELEASE, {"people": people}).scalar_one()

    def turned_away(self) -> int:
        """The "full" verdicts since the last scan that still left room before them."""
        capacity = self.locked.capacity
        last_full = self.conn.execute(_LAST_FULL).scalar()
        if last_full is None:
            return 0
        had_room = self.conn.execute(_HAD_ROOM, {"last": last_full, "cap": capacity}).scalar() or 0
        return int(self.conn.execute(_FULL_SINCE, {"since": had_room}).scalar_one())

    def change_counter(self, delta: int) -> None:
        self.conn.execute(
            sa.update(event_t).where(event_t.c.id == 1).values(counter=event_t.c.counter + delta)
        )

    def set_guest(self, guest_id: int, **values: Any) -> None:
        for key in ("first_arrival", "last_departure", "inside_since", "updated_at"):
            if isinstance(values.get(key), datetime):
                values[key] = to_db(values[key])
        if isinstance(values.get("presence"), Presence):
            values["presence"] = values["presence"].value
        self.conn.execute(
            _set_guest_statement(tuple(sorted(values))),
            {"gid": guest_id, **{f"v_{k}": v for k, v in values.items()}},
        )

    def insert_guest(self, g: GuestInput, code: str, now: datetime) -> int:
        stamp = to_db(now)
        values = guest_values(g) | {"code": code, "created_at": stamp, "updated_at": stamp}
        result = self.conn.execute(sa.insert(guest_t).values(**values))
        pk = result.inserted_primary_key
        assert pk is not None
        return int(pk[0])

    def force_admit(self, people: int, now: datetime) -> None:
        """Count ``people`` in whatever the cap: only for what already happened (a paper
        tick, a late upload), which the door records rather than decides."""
        doors.spend(self.conn, self.door, people, forced=True)
        self.inside = self.conn.execute(
            _FORCE_ADMIT, {"people": people, "stamp": to_db(now)}
        ).scalar_one()

    def log(
        self,
        *,
        at: datetime,
        door: str,
        raw: str,
        guest_id: int | None,
        action: str,
        verdict: str,
        people: int = 1,
        confirmed: bool = False,
        uuid: str | None = None,
        override: bool = False,
        reason: str = "",
        offline: bool = False,
        flag: str = "",
    ) -> ScanRecord:
        inside = self.inside
        if inside is None:
            inside = self.conn.execute(sa.select(event_t.c.inside)).scalar_one()
        values = {
            "at": to_db(at),
            "door": door,
            "raw": raw,
            "guest_id": guest_id,
            "action": action,
            "verdict": verdict,
            "inside_after": inside,
            "people": people,
            "confirmed": confirmed,
            "undone": False,
            "uuid": uuid,
            "override": override,
            "reason": reason,
            "offline": offline,
            "flag": flag,
        }
        scan_id = self.conn.execute(_INSERT_SCAN, values).scalar_one()
        return ScanRecord(
            id=int(scan_id),
            at=at,
            door=door,
            raw=raw,
            guest_id=guest_id,
            action=action,
            verdict=verdict,
            inside_after=inside,
            people=people,
            confirmed=confirmed,
            uuid=uuid,
            override=override,
            reason=reason,
            offline=offline,
            flag=flag,
        )

    def scan_by_uuid(self, uuid: str) -> ScanRecord | None:
        """The attempt already stored under this id (a re-sent scan), if any."""
        row = self.conn.execute(_SCAN_BY_UUID, {"uuid": uuid}).first()
        return None if row is None else _scan_of(row)

    def scan(self, scan_id: int) -> ScanRecord:
        return _scan_of(self.conn.execute(sa.select(scan_t).where(scan_t.c.id == scan_id)).one())

    def history(self, guest_id: int) -> list[ScanRecord]:
        """A guest's entries and exits that count, in time order: (at, id).

        Repeats that changed nothing when they were made (already_inside,
        not_inside) are included: with a late scan before them they may come
        to count (a re-entry after an exit that arrived late).
        """
        rows = self.conn.execute(_HISTORY, {"gid": guest_id}).all()
        return [_scan_of(r) for r in rows]

    def newest_at(self, guest_id: int) -> datetime | None:
        """The time of the guest's newest entry or exit attempt that counts."""
        text = self.conn.execute(_NEWEST_AT, {"gid": guest_id}).scalar()
        return None if text is None else datetime.fromisoformat(text)

    def set_verdict(self, scan_id: int, verdict: str, people: int) -> None:
        """Re-judge an earlier attempt once a late scan moved what came before it."""
        self.conn.execute(
            sa.update(scan_t).where(scan_t.c.id == scan_id).values(verdict=verdict, people=people)
        )

    def last_at_door(self, door: str, actions: Sequence[str]) -> ScanRecord | None:
        """This door's latest attempt that changed something and is not undone."""
        row = self.conn.execute(
            sa.select(scan_t)
            .where(
                scan_t.c.door == door,
                scan_t.c.undone == sa.false(),
                scan_t.c.action.in_(list(actions)),
                scan_t.c.verdict.in_(["admitted", "exited"]),
            )
            .order_by(scan_t.c.id.desc())
            .limit(1)
        ).first()
        return None if row is None else _scan_of(row)

    # codes -----------------------------------------------------------------

    def replaced(self, readings: Sequence[str]) -> tuple[Guest, datetime, str] | None:
        """The guest whose earlier code this is, when it was replaced, and the reading."""
        if not readings:
            return None
        rows = self.conn.execute(
            sa.select(replaced_code_t).where(replaced_code_t.c.code.in_(list(readings)))
        ).all()
        by_code = {r._mapping["code"]: r._mapping for r in rows}
        for reading in readings:
            if reading in by_code:
                m = by_code[reading]
                return self.guest(m["guest_id"]), datetime.fromisoformat(m["replaced_at"]), reading
        return None

    def replace_code(self, guest_id: int, new_code: str, at: datetime) -> Guest:
        """Give a guest a new badge code; the old one is kept as replaced (it scans `revoked`).

        For a reissued badge and for a re-import that brings a matched guest a
        new code. A code in use by another guest, or replaced before, is refused.
        """
        guest = self.guest(guest_id)
        new_code = new_code.strip()
        if not new_code:
            raise InvalidValue("code", new_code, "is empty")
        if new_code == guest.code:
            return guest
        other = self.guest_by_code([new_code])
        if other is not None:
            raise InvalidValue("code", new_code, "belongs to another guest already")
        # A code given back (the guest's own earlier code) is live again.
        self.conn.execute(
            sa.delete(replaced_code_t).where(
                replaced_code_t.c.code == new_code, replaced_code_t.c.guest_id == guest_id
            )
        )
        if (
            self.conn.execute(
                sa.select(replaced_code_t.c.code).where(replaced_code_t.c.code == new_code)
            ).first()
            is not None
        ):
            raise InvalidValue("code", new_code, "was another guest's badge and is revoked")
        self.conn.execute(
            sa.insert(replaced_code_t).values(
                code=guest.code, guest_id=guest_id, replaced_at=to_db(at)
            )
        )
        self.set_guest(guest_id, code=new_code, updated_at=at)
        return self.guest(guest_id)

    # the event's settings ------------------------------------------------------

    def settings(self) -> dict[str, Any]:
        text = self.conn.execute(sa.select(event_t.c.settings)).scalar_one()
        value = json.loads(text or "{}")
        return value if isinstance(value, dict) else {}

    def set_settings(self, **values: Any) -> None:
        """Merge these keys into the event's settings (JSON): counts every door shares."""
        merged = self.settings() | values
        self.conn.execute(
            sa.update(event_t).values(settings=json.dumps(merged, sort_keys=True, default=str))
        )

    def change_capacity(self, capacity: int, *, door: str, at: datetime, uuid: str) -> ScanRecord:
        """Set the capacity and log it as a door action: the old capacity as its text, the
        new one as its people (a capacity change is a door action on every path)."""
        old = self.locked.capacity
        self.locked = self.set_event(capacity=capacity)
        return self.log(
            at=at,
            door=door,
            raw=str(old),
            guest_id=None,
            action="capacity",
            verdict="changed",
            people=capacity,
            uuid=uuid,
        )

    def set_event(self, **values: Any) -> Event:
        self.conn.execute(sa.update(event_t).values(**values))
        return self.event()

    def last_scan(self, guest_id: int | None, actions: Sequence[str]) -> ScanRecord | None:
        """The latest not-undone scan that changed something for this guest (or counter)."""
        cond = scan_t.c.guest_id.is_(None) if guest_id is None else scan_t.c.guest_id == guest_id
        row = self.conn.execute(
            sa.select(scan_t)
            .where(
                cond,
                scan_t.c.undone == sa.false(),
                scan_t.c.action.in_(list(actions)),
                scan_t.c.verdict.in_(["admitted", "exited"]),
            )
            .order_by(scan_t.c.id.desc())
            .limit(1)
        ).first()
        return None if row is None else _scan_of(row)

    def set_flag(self, scan_ids: Sequence[int], flag: str) -> None:
        """Flag these logged scans (a badge used at two doors while they were apart)."""
        self.conn.execute(
            sa.update(scan_t).where(scan_t.c.id.in_(list(scan_ids))).values(flag=flag)
        )

    # what undo and override ask of the log (checkin/door/undo.py, override.py) -------

    def undos_since(self, door: str, since: datetime) -> int:
        """Undos this door made without the PIN after ``since`` (a journal's corrective
        undos, ids ending in ``+undo``, are not the door person's)."""
        return int(
            self.conn.execute(
                sa.select(sa.func.count()).where(
                    scan_t.c.action == "undo",
                    scan_t.c.door == door,
                    scan_t.c.verdict == "undone",
                    scan_t.c.override == sa.false(),
                    scan_t.c.at > to_db(since),
                    _BY_A_DOOR,
                )
            ).scalar_one()
        )

    def undone_before(self, guest_id: int) -> bool:
        return bool(
            self.conn.execute(
                sa.select(sa.func.count()).where(
                    scan_t.c.action == "undo",
                    scan_t.c.guest_id == guest_id,
                    scan_t.c.verdict == "undone",
                    _BY_A_DOOR,
                )
            ).scalar_one()
        )

    def walk_in_for_code(self, raw: str) -> int | None:
        """The walk-in a supervisor let in with this unknown code before, if any."""
        found = self.conn.execute(
            sa.select(scan_t.c.guest_id)
            .join(guest_t, guest_t.c.id == scan_t.c.guest_id)
            .where(
                scan_t.c.raw == raw,
                scan_t.c.override == sa.true(),
                scan_t.c.verdict == "admitted",
                guest_t.c.walk_in == sa.true(),
            )
            .order_by(scan_t.c.id)
            .limit(1)
        ).scalar()
        return None if found is None else int(found)

    def whole_log(self) -> Connection | None:
        """The event's whole scan log, which a timed scan is judged against."""
        return self.conn

    def mark_undone(self, scan_id: int) -> None:
        self.conn.execute(sa.update(scan_t).where(scan_t.c.id == scan_id).values(undone=True))
