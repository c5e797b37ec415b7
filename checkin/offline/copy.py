"""The door's own copy as a ledger: the door rules run against it when the server is silent.

:class:`CopyLedger` is one writing transaction on the copy (replica.py), the
copy's lock held, and implements :class:`checkin.door.ledger.Ledger` so the door
service decides an offline scan with the same rules as a connected one. The cap
here is the door's share: :meth:`CopyLedger.admit` takes places from it through
:class:`checkin.offline.shares.Allowance`, an exit gives them back to it. The
log is the journal: each scan is on disk when the transaction ends, before the
verdict is returned. Capacity changes and new badges need the server.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.exc import NoResultFound

from checkin import pin as pins
from checkin.door.reads import Found, InsideList
from checkin.door.verdicts import DoorStatus, RoomState, ScanResult
from checkin.errors import GuestNotFound, ServerOnly, WrongPin
from checkin.models import Event, Guest, GuestInput, Presence, ScanRecord
from checkin.offline import copy_reads
from checkin.offline.copy_rows import GUEST_COLUMNS, JOURNAL_COLUMNS, entry_of, guest_of
from checkin.offline.replica import Replica
from checkin.offline.shares import Allowance
from checkin.store.rows import _search_key, to_db

_G = ", ".join(GUEST_COLUMNS)
_J = ", ".join(JOURNAL_COLUMNS)
_COUNTING_VERDICTS = ("admitted", "exited", "already_inside", "not_inside")
_COUNTING_ACTIONS = (
    "scan",
    "camera",
    "manual",
    "paper",
    "walk_in",
    "scan_out",
    "camera_out",
    "manual_out",
)
_GUEST_FIELDS = frozenset(GUEST_COLUMNS) - {"id"}


class CopyLedger:
    """One writing transaction on a door's copy: the offline ledger."""

    def __init__(
        self, replica: Replica, conn: sqlite3.Connection, door: str, offset: timedelta
    ) -> None:
        self.replica = replica
        self.conn = conn
        self.door = door
        self.offset = offset
        self.locked = replica.event()
        self.inside: int | None = self.locked.inside
        self.counter = self.locked.counter
        self.allowance = Allowance(share=int(replica.meta("share", "0")))
        self.replay = False  # a door's own copy decides; it never replays a journal

    def finish(self) -> None:
        """The room and the share as this transaction left them, in the same commit."""
        self.replica.set_meta(
            {"share": self.allowance.share, "inside": self.inside or 0, "counter": self.counter},
            self.conn,
        )

    # looking up ---------------------------------------------------------------

    def event(self) -> Event:
        return replace(self.locked, inside=self.inside or 0, counter=self.counter)

    def guest(self, guest_id: int) -> Guest:
        row = self.conn.execute(f"SELECT {_G} FROM guest WHERE id = ?", (guest_id,)).fetchone()
        if row is None:
            raise GuestNotFound(guest_id)
        return guest_of(row)

    def guest_by_code(self, readings: Sequence[str]) -> tuple[Guest, str] | None:
        for reading in readings:
            row = self.conn.execute(f"SELECT {_G} FROM guest WHERE code = ?", (reading,)).fetchone()
            if row is not None:
                return guest_of(row), reading
        return None

    def replaced(self, readings: Sequence[str]) -> tuple[Guest, datetime, str] | None:
        for reading in readings:
            row = self.conn.execute(
                "SELECT guest_id, replaced_at FROM replaced WHERE code = ?", (reading,)
            ).fetchone()
            if row is not None:
                return self.guest(int(row[0])), datetime.fromisoformat(row[1]), reading
        return None

    def invited(self, word: str, email: str) -> list[Guest]:
        rows = self.conn.execute(
            f"SELECT {_G} FROM guest WHERE walk_in = 0 AND ((? != '' AND search_key LIKE ?) "
            "OR (? != '' AND lower(email) = ?)) ORDER BY id",
            (word, f"%{word}%", email, email),
        ).fetchall()
        return [guest_of(r) for r in rows]

    # the cap: the door's share --------------------------------------------------

    def has_room(self, people: int) -> bool:
        return people <= self.allowance.share and self._under_capacity(people)

    def _under_capacity(self, people: int) -> bool:
        """A share is never spent past the capacity as the copy last heard the room: a
        copy edited to hold more places than the room has still stops at the cap."""
        return (self.inside or 0) + people <= self.locked.capacity

    def admit(self, people: int, now: datetime) -> bool:
        if not self._under_capacity(people):
            return False
        taken = self.allowance.admit(people)
        if taken is None:
            return False
        self.allowance = taken
        self.inside = (self.inside or 0) + people
        return True

    def force_admit(self, people: int, now: datetime) -> None:
        """What already happened: paid from the share as far as it goes, counted anyway."""
        self.allowance = self.allowance.spend(people)
        self.inside = (self.inside or 0) + people

    def release(self, people: int, *, guest_id: int | None = None) -> None:
        """People out. Their places come back to this door's share only when this door
        let them in (a counter's, or a guest whose admission is in this journal): a copied
        badge scanned out at two offline doors frees one place, not two."""
        if guest_id is None or self._admitted_here(guest_id):
            self.allowance = self.allowance.leave(people)
        self.inside = max(0, (self.inside or 0) - people)

    # what undo and override ask of the log: this door's own journal ------------------

    def undos_since(self, door: str, since: datetime) -> int:
        row = self.conn.execute(
            "SELECT count(*) FROM journal WHERE action = 'undo' AND verdict = 'undone' "
            "AND override = 0 AND corrected > ?",
            (to_db(since),),
        ).fetchone()
        return int(row[0])

    def undone_before(self, guest_id: int) -> bool:
        row = self.conn.execute(
            "SELECT count(*) FROM journal WHERE action = 'undo' AND verdict = 'undone' "
            "AND guest_id = ?",
            (guest_id,),
        ).fetchone()
        return bool(row[0])

    def walk_in_for_code(self, raw: str) -> int | None:
        row = self.conn.execute(
            "SELECT j.guest_id FROM journal j JOIN guest g ON g.id = j.guest_id "
            "WHERE j.raw = ? AND j.override = 1 AND j.verdict = 'admitted' AND g.walk_in = 1 "
            "ORDER BY j.seq LIMIT 1",
            (raw,),
        ).fetchone()
        return None if row is None else int(row[0])

    def whole_log(self) -> None:
        """A copy holds this door's journal, not the event's log: its share is its cap."""
        return None

    def _admitted_here(self, guest_id: int) -> bool:
        row = self.conn.execute(
            "SELECT verdict FROM journal WHERE guest_id = ? AND undone = 0 AND verdict IN "
            "('admitted', 'exited') ORDER BY seq DESC LIMIT 1",
            (guest_id,),
        ).fetchone()
        return row is not None and row[0] == "admitted"

    def change_counter(self, delta: int) -> None:
        self.counter += delta

    def turned_away(self) -> int:
        return self.replica.turned_away()

    # guests ------------------------------------------------------------------------

    def set_guest(self, guest_id: int, **values: Any) -> None:
        cols = {k: v for k, v in values.items() if k in _GUEST_FIELDS}
        if not cols:
            return
        for key, value in cols.items():
            if isinstance(value, datetime):
                cols[key] = to_db(value)
            elif isinstance(value, Presence):
                cols[key] = value.value
            elif isinstance(value, bool):
                cols[key] = int(value)
        sets = ", ".join(f"{k} = ?" for k in cols)
        self.conn.execute(f"UPDATE guest SET {sets} WHERE id = ?", (*cols.values(), guest_id))

    def insert_guest(self, g: GuestInput, code: str, now: datetime) -> int:
        """A walk-in added at this door: an id below zero (the server's are above), sent
        once when the server is back, which then gives the guest its own id."""
        low = self.conn.execute("SELECT MIN(id) FROM guest").fetchone()[0]
        gid = min(0, int(low or 0)) - 1
        name = g.name.strip() or " ".join(
            p for p in (g.first_name, g.middle, g.last_name) if p.strip()
        )
        self.conn.execute(
            "INSERT INTO guest (id, code, name, organisation, cancelled, pending, presence, "
            "companions, party, walk_in, first_name, middle, last_name, email, made_here, "
            "search_key) VALUES (?, ?, ?, ?, 0, 0, 'not_arrived', ?, 0, 1, ?, ?, ?, ?, 1, ?)",
            (
                gid,
                code,
                name,
                g.organisation,
                max(0, g.companions),
                g.first_name,
                g.middle,
                g.last_name,
                g.email,
                _search_key(name, g.organisation, g.email),  # found by F2 as the store's
            ),
        )
        return gid

    # the log: the journal -------------------------------------------------------------

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
        inside = self.inside or 0
        cur = self.conn.execute(
            "INSERT INTO journal (uuid, at, corrected, raw, action, verdict, people, guest_id, "
            "confirmed, offline, sent, flag, inside_after, override, reason) "
            "VALUES (?,?,?,?,?,?,?,?,?,1,0,?,?,?,?)",
            (
                uuid,
                to_db(at - self.offset),
                to_db(at),
                raw,
                action,
                verdict,
                people,
                guest_id,
                int(confirmed),
                flag,
                inside,
                int(override),
                reason,
            ),
        )
        return ScanRecord(
            id=int(cur.lastrowid or 0),
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
            offline=True,
            flag=flag,
        )

    def _entries(self, where: str, params: Sequence[object], tail: str = "") -> list[ScanRecord]:
        rows = self.conn.execute(
            f"SELECT {_J} FROM journal WHERE {where} {tail}", params
        ).fetchall()
        # every entry of a copy's journal is this door's own scan
        return [replace(entry_of(r).as_record(), door=self.door) for r in rows]

    def scan_by_uuid(self, uuid: str) -> ScanRecord | None:
        found = self._entries("uuid = ?", (uuid,))
        return found[0] if found else None

    def scan(self, scan_id: int) -> ScanRecord:
        found = self._entries("seq = ?", (scan_id,))
        if not found:  # as the store's transaction says it: no such scan
            raise NoResultFound(f"no scan {scan_id} in this door's journal")
        return found[0]

    def history(self, guest_id: int) -> list[ScanRecord]:
        return self._entries(
            f"guest_id = ? AND undone = 0 AND verdict IN {_COUNTING_VERDICTS} "
            f"AND action IN {_COUNTING_ACTIONS}",
            (guest_id,),
            "ORDER BY corrected, seq",
        )

    def newest_at(self, guest_id: int) -> datetime | None:
        rows = self.history(guest_id)
        return max(r.at for r in rows) if rows else None

    def set_verdict(self, scan_id: int, verdict: str, people: int) -> None:
        self.conn.execute(
            "UPDATE journal SET verdict = ?, people = ? WHERE seq = ?", (verdict, people, scan_id)
        )

    def last_at_door(self, door: str, actions: Sequence[str]) -> ScanRecord | None:
        """This door's latest scan that changed something: the journal is this door's."""
        marks = ", ".join("?" for _ in actions)
        found = self._entries(
            f"undone = 0 AND action IN ({marks}) AND verdict IN ('admitted', 'exited')",
            tuple(actions),
            "ORDER BY seq DESC LIMIT 1",
        )
        return found[0] if found else None

    def last_scan(self, guest_id: int | None, actions: Sequence[str]) -> ScanRecord | None:
        marks = ", ".join("?" for _ in actions)
        who = "guest_id IS NULL" if guest_id is None else "guest_id = ?"
        params = tuple(actions) if guest_id is None else (guest_id, *actions)
        found = self._entries(
            f"{who} AND undone = 0 AND action IN ({marks}) AND verdict IN ('admitted', 'exited')",
            params,
            "ORDER BY seq DESC LIMIT 1",
        )
        return found[0] if found else None

    def mark_undone(self, scan_id: int) -> None:
        """Taken back here: a scan the server has already is sent again, as taken back."""
        self.conn.execute("UPDATE journal SET undone = 1, sent = 0 WHERE seq = ?", (scan_id,))

    # the server's -------------------------------------------------------------------

    def change_capacity(self, capacity: int, *, door: str, at: datetime, uuid: str) -> ScanRecord:
        raise ServerOnly("capacity")

    def replace_code(self, guest_id: int, new_code: str, at: datetime) -> Guest:
        raise ServerOnly("badge")


def room_at_door(inside: int, capacity: int, share: int, away: int) -> RoomState:
    """The room as an offline door sees it: its free places are the ones in its share."""
    free = min(max(0, capacity - inside), share)
    return RoomState(
        inside=inside, capacity=capacity, full=free == 0, room_for=free, turned_away=away
    )


class CopyBooks:
    """A door's copy as its books: the door service run on these decides offline."""

    offline = True

    def __init__(self, replica: Replica, door: str, offset: Callable[[], timedelta]) -> None:
        self.replica = replica
        self.door = door
        self.offset = offset

    @contextmanager
    def write(self) -> Iterator[CopyLedger]:
        with self.replica.transaction() as conn:
            ledger = CopyLedger(self.replica, conn, self.door, self.offset())
            yield ledger
            ledger.finish()

    def event(self) -> Event:
        return self.replica.event()

    def room(self) -> RoomState:
        event = self.replica.event()
        free = min(max(0, event.capacity - event.inside), int(self.replica.meta("share", "0")))
        return RoomState(
            inside=event.inside,
            capacity=event.capacity,
            full=free == 0,
            room_for=free,
            turned_away=self.replica.turned_away(),
        )

    def status(self) -> DoorStatus:
        event = self.replica.event()
        c = self.replica.counts()
        return DoorStatus(
            inside=event.inside,
            capacity=event.capacity,
            guests=c["guests"],
            cancelled=c["cancelled"],
            arrived=c["inside"] + c["left"],
            peak=0,
            peak_at=None,
            counter=event.counter,
            not_arrived=c["not_arrived"],
            left=c["left"],
            pending=c["pending"],
        )

    def room_of(self, tx: CopyLedger, result: ScanResult) -> RoomState:
        return room_at_door(
            result.inside, result.capacity, tx.allowance.share, self.replica.turned_away()
        )

    def scans(self, since_id: int, newest: int) -> list[ScanRecord]:
        """This door's journal after ``since_id`` (the door's own scans, as it logged them)."""
        rows = [
            replace(e.as_record(), door=self.door)
            for e in self.replica.entries()
            if e.seq > since_id
        ]
        return rows[-newest:] if since_id == 0 else rows

    def guest_name(self, guest_id: int) -> str:
        guest = self.replica.guest(guest_id)
        if guest is None:
            raise GuestNotFound(guest_id)
        return guest.name

    def search(self, text: str, limit: int) -> Found:
        return copy_reads.search(self.replica, text, limit)

    def inside_list(self) -> InsideList:
        return copy_reads.inside_list(self.replica)

    def check_pin(self, pin: str | None, now: datetime) -> bool:
        """The PIN the copy holds (the event's hash), with the server's back-off as last
        heard and this door's own wrong tries since: counted before the PIN is verified,
        as on the server, and sent to the server at the next contact (sync.contact)."""
        stored = self.replica.meta("pin_hash")
        if not stored:
            return True
        if pin is None:
            return False
        with self.replica.transaction() as c:
            heard, own = self.replica.pin_locks()
            tried = pins.count_try(heard, own, now)
            self.replica.set_pin_lock(tried, c)
        if not pins.verify_pin(pin, stored):
            raise WrongPin(heard.failures + tried.failures, tried.until, tried.seconds_left(now))
        with self.replica.transaction() as c:
            self.replica.set_pin_lock(pins.PinLock(0, None), c, heard=pins.PinLock(0, None))
        return True
        if pin is None:
            return False
        if not pins.verify_pin(pin, stored):
            failures = int(self.replica.meta("pin_failures", "0")) + 1
            self.replica.set_meta({"pin_failures": failures})
            raise WrongPin(failures)
        return True

    def guest(self, guest_id: int) -> Guest:
        """A guest as the copy knows it (a badge printed again while offline)."""
        guest = self.replica.guest(guest_id)
        if guest is None:
            raise GuestNotFound(guest_id)
        return guest
