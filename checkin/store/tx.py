"""The writing transaction: the door's vocabulary over one locked event."""

from __future__ import annotations

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
from checkin.store.rows import _event_of, _guest_of, guest_values, to_db
from checkin.store.scan_log import ScanLog
from checkin.store.schema import event_t, guest_t, replaced_code_t
from checkin.store.statements import (
    ADMIT,
    FORCE_ADMIT,
    FULL_SINCE,
    GUESTS_BY_CODE,
    HAD_ROOM,
    HELD,
    LAST_FULL,
    RELEASE,
    SELECT_EVENT,
    SELECT_GUEST,
    set_guest_statement,
)


class Tx(ScanLog):
    """One writing transaction with the event's lock held: the door's vocabulary.

    ``locked`` is the event as it was when the lock was taken. The transaction
    keeps the headcount it last read or wrote, so a scan needs no extra round
    trip to log "inside after". ``door`` is the door that pays for admissions
    from its share ("" none: the office, a door that holds no share); with
    ``replay`` the door is sending its journal: what it admitted offline is paid
    from its share whatever the cap, and its exits give places back to it.
    One of the door engine's two ledgers (checkin/door/ledger.py); its scan log
    is :class:`ScanLog` (scan_log.py), its statements are built once (statements.py).
    """

    def __init__(
        self, conn: Connection, locked: Event, *, door: str = "", replay: bool = False
    ) -> None:
        self.conn = conn
        self.locked = locked
        self.inside = locked.inside
        self.door = door
        self.replay = replay

    def event(self) -> Event:
        event = _event_of(self.conn.execute(SELECT_EVENT).one())
        self.inside = event.inside
        return event

    def guest(self, guest_id: int) -> Guest:
        row = self.conn.execute(SELECT_GUEST, {"gid": guest_id}).first()
        if row is None:
            raise GuestNotFound(guest_id)
        return _guest_of(row)

    def guest_by_code(self, readings: Sequence[str]) -> tuple[Guest, str] | None:
        """The guest named by the first reading that names one, and that reading."""
        if not readings:
            return None
        rows = self.conn.execute(GUESTS_BY_CODE, {"codes": list(readings)}).all()
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
        row = self.conn.execute(ADMIT, {"people": people, "stamp": to_db(now)}).first()
        if row is None:
            return False
        self.inside = row[0]
        return True

    def has_room(self, people: int) -> bool:
        """Whether ``people`` would fit now, shares held by doors counted as taken; for
        deciding before anything is written (a walk-in is added only if it fits)."""
        inside, capacity, held = self.conn.execute(
            sa.select(event_t.c.inside, event_t.c.capacity, HELD).where(event_t.c.id == 1)
        ).one()
        return bool(inside + people + held <= capacity)

    def release(self, people: int, *, guest_id: int | None = None) -> None:
        """Count ``people`` out (``guest_id``: whose party); the headcount never goes
        below zero."""
        if self.replay:
            doors.refill(self.conn, self.door, people)
        self.inside = self.conn.execute(RELEASE, {"people": people}).scalar_one()

    def turned_away(self) -> int:
        """The "full" verdicts since the last scan that still left room before them."""
        capacity = self.locked.capacity
        last_full = self.conn.execute(LAST_FULL).scalar()
        if last_full is None:
            return 0
        had_room = self.conn.execute(HAD_ROOM, {"last": last_full, "cap": capacity}).scalar() or 0
        return int(self.conn.execute(FULL_SINCE, {"since": had_room}).scalar_one())

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
            set_guest_statement(tuple(sorted(values))),
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
            FORCE_ADMIT, {"people": people, "stamp": to_db(now)}
        ).scalar_one()

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
