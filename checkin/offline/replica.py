"""A door's own copy in its data folder: the guest list, the journal of its scans, its share.

One SQLite file per door and event (WAL, synchronous=FULL): a verdict is in the
journal, on disk, before the door shows it. The guest list follows the server
while connected (see :meth:`Replica.follow`); the share is the number of places
this door may still fill on its own. A file that cannot be read, or that was
written for another event or door, is refused with one sentence and kept.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import threading
import uuid as uuidlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from checkin.errors import DamagedReplica, ReplicaOfOtherEvent
from checkin.models import Event, Guest
from checkin.offline.copy_rows import (
    ADDED_COLUMNS,
    FORMAT,
    GUEST_COLUMNS,
    JOURNAL_COLUMNS,
    SCHEMA,
    Entry,
    RoomCopy,
    entry_of,
    guest_of,
)
from checkin.pin import PinLock
from checkin.store.rows import from_db, to_db

_G = ", ".join(GUEST_COLUMNS)
_J = ", ".join(JOURNAL_COLUMNS)

_PIN_KEYS = ("server_pin_failures", "server_pin_until", "pin_failures", "pin_until")


def replica_path(data_dir: Path, location: str, door: str) -> Path:
    """Where this door keeps its copy of this event: one file per server event and door."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", door).strip("-").lower() or "door"
    digest = hashlib.sha1(f"{location}\x1f{door}".encode()).hexdigest()[:12]
    return data_dir / "doors" / f"{slug[:40]}-{digest}.replica"


class Replica:
    """The door's copy. One connection shared by the door's threads, so every use holds
    ``lock`` (re-entrant: the offline door holds it across a decision)."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self.lock = threading.RLock()

    @classmethod
    def open(cls, path: Path, *, door: str, location: str) -> Replica:
        """Open or create. A damaged file, or one of another door: refused, kept."""
        fresh = not path.exists() or path.stat().st_size == 0
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=2.0)
        except sqlite3.DatabaseError as exc:
            raise DamagedReplica(path) from exc
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            if not fresh:
                ok = conn.execute("PRAGMA quick_check").fetchone()
                if ok is None or ok[0] != "ok":
                    raise DamagedReplica(path)
                names = {
                    r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
                }
                if not {"meta", "guest", "journal", "replaced"} <= names:
                    raise DamagedReplica(path)
            conn.executescript(SCHEMA)
            for table, column, decl in ADDED_COLUMNS:
                have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
                if column not in have:
                    conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
            replica = cls(path, conn)
            if fresh:
                replica.set_meta({"format": FORMAT, "door": door, "location": location})
            elif replica.meta("format") != FORMAT:
                raise DamagedReplica(path)
            elif replica.meta("door") != door:
                raise ReplicaOfOtherEvent(path, f"door {replica.meta('door')}", f"door {door}")
            if not replica.meta("door_id"):
                # the door's identity, made once: the name is only its label
                replica.set_meta({"door_id": str(uuidlib.uuid4())})
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise DamagedReplica(path) from exc
        except BaseException:
            conn.close()
            raise
        return replica

    def close(self) -> None:
        """Closed under the lock: a thread still using the copy finishes first."""
        with self.lock:
            self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One writing transaction on the copy (durable at its end), the lock held."""
        with self.lock:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def _all(self, sql: str, params: Sequence[object] = ()) -> list[Any]:
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def _one(self, sql: str, params: Sequence[object] = ()) -> Any:
        with self.lock:
            return self.conn.execute(sql, params).fetchone()

    # meta ------------------------------------------------------------------

    def meta(self, key: str, default: str = "") -> str:
        row = self._one("SELECT value FROM meta WHERE key = ?", (key,))
        return default if row is None else str(row[0])

    def set_meta(self, values: dict[str, object], conn: sqlite3.Connection | None = None) -> None:
        if conn is None:
            with self.transaction() as c:
                self.set_meta(values, c)
            return
        conn.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [(k, str(v)) for k, v in values.items()],
        )

    def room(self) -> RoomCopy:
        m = dict(self._all("SELECT key, value FROM meta"))
        return RoomCopy(
            tag=m.get("tag", ""),
            name=m.get("event", ""),
            capacity=int(m.get("capacity", "0")),
            inside=int(m.get("inside", "0")),
            share=int(m.get("share", "0")),
            door_question=m.get("door_question", ""),
            offset_ms=int(m.get("offset_ms", "0")),
            last_contact=from_db(m.get("last_contact")),
            connected_once=m.get("tag", "") != "",
        )

    def check_event(self, tag: str, name: str) -> None:
        """The server's event must be the one this copy was made for."""
        mine = self.meta("tag")
        if mine and mine != tag:
            raise ReplicaOfOtherEvent(self.path, self.meta("event"), name)

    def set_share(self, share: int) -> None:
        self.set_meta({"share": share})

    # the supervisor PIN's back-off offline ------------------------------------------

    def pin_locks(self) -> tuple[PinLock, PinLock]:
        """The server's back-off as last heard, and this door's wrong PINs since (the
        ones still to be counted on the server)."""
        m = dict(self._all("SELECT key, value FROM meta WHERE key IN (?, ?, ?, ?)", _PIN_KEYS))

        def lock(failures: str, until: str) -> PinLock:
            when = m.get(until) or ""
            moment = datetime.fromisoformat(when) if when else None
            return PinLock(int(m.get(failures) or 0), moment)

        return lock("server_pin_failures", "server_pin_until"), lock("pin_failures", "pin_until")

    def set_pin_lock(
        self, own: PinLock, conn: sqlite3.Connection, *, heard: PinLock | None = None
    ) -> None:
        values: dict[str, object] = {
            "pin_failures": own.failures,
            "pin_until": own.until.isoformat() if own.until else "",
        }
        if heard is not None:
            values["server_pin_failures"] = heard.failures
            values["server_pin_until"] = heard.until.isoformat() if heard.until else ""
        self.set_meta(values, conn)

    # following the server ------------------------------------------------------

    def follow(
        self,
        *,
        event: Event,
        guests: Iterable[Guest],
        replaced: Sequence[tuple[str, int, datetime]] | None,
        last_scan: int,
        share: int | None,
        offset_ms: int | None,
        contact: datetime | None,
    ) -> None:
        """What the server said, in one transaction: the room, changed guests, share."""
        rows = [
            (
                g.id,
                g.code,
                g.name,
                g.organisation,
                int(g.cancelled),
                int(g.pending),
                g.presence.value,
                g.companions,
                g.party,
                to_db(g.inside_since),
                int(g.walk_in),
                g.first_name,
                g.middle,
                g.last_name,
                g.email,
                g.search_key,
                to_db(g.first_arrival),
                to_db(g.last_departure),
                g.entries,
            )
            for g in guests
        ]
        marks = ", ".join("?" for _ in GUEST_COLUMNS)
        updates = ", ".join(f"{c}=excluded.{c}" for c in GUEST_COLUMNS[1:])
        with self.transaction() as c:
            c.executemany(
                f"INSERT INTO guest ({_G}) VALUES ({marks}) "
                f"ON CONFLICT (id) DO UPDATE SET {updates}",
                rows,
            )
            if replaced is not None:
                c.execute("DELETE FROM replaced")
                c.executemany(
                    "INSERT INTO replaced VALUES (?, ?, ?)",
                    [(code, gid, to_db(when)) for code, gid, when in replaced],
                )
            values: dict[str, object] = {
                "tag": event.tag,
                "event": event.name,
                "capacity": event.capacity,
                "inside": event.inside,
                "counter": event.counter,
                "door_question": event.door_question,
                "last_scan": last_scan,
                "pin_hash": event.pin_hash,
                "undo_minutes": event.undo_minutes,
                "timezone": event.timezone,
                "language": event.language,
                "date": event.date.isoformat() if event.date else "",
                "badge_design": json.dumps(event.badge_design),
            }
            if share is not None:
                values["share"] = share
            if offset_ms is not None:
                values["offset_ms"] = offset_ms
            if contact is not None:
                values["last_contact"] = to_db(contact)
            self.set_meta(values, c)

    def event(self) -> Event:
        """The event as this copy knows it (the room as last heard, moved by its scans)."""
        m = dict(self._all("SELECT key, value FROM meta"))
        day = m.get("date", "")
        return Event(
            name=m.get("event", ""),
            date=date.fromisoformat(day) if day else None,
            capacity=int(m.get("capacity", "0")),
            tag=m.get("tag", ""),
            inside=int(m.get("inside", "0")),
            counter=int(m.get("counter", "0")),
            peak=0,
            peak_at=None,
            timezone=m.get("timezone", "Europe/Amsterdam"),
            retention_days=0,
            purged_at=None,
            door_question=m.get("door_question", ""),
            pin_hash=m.get("pin_hash", ""),
            created_at=datetime.min,
            language=m.get("language", "en"),
            undo_minutes=int(m.get("undo_minutes", "15")),
            badge_design=json.loads(m.get("badge_design") or "{}"),  # badges print offline
        )

    # the guest list -------------------------------------------------------------

    def guest_by_code(self, readings: Sequence[str]) -> Guest | None:
        for reading in readings:
            row = self._one(f"SELECT {_G} FROM guest WHERE code = ?", (reading,))
            if row is not None:
                return guest_of(row)
        return None

    def replaced(self, readings: Sequence[str]) -> tuple[Guest, datetime] | None:
        for reading in readings:
            row = self._one(
                f"SELECT {', '.join('g.' + c for c in GUEST_COLUMNS)}, r.replaced_at "
                "FROM replaced r JOIN guest g ON g.id = r.guest_id WHERE r.code = ?",
                (reading,),
            )
            if row is not None:
                n = len(GUEST_COLUMNS)
                return guest_of(row[:n]), from_db(row[n]) or datetime.min
        return None

    def guest(self, guest_id: int) -> Guest | None:
        row = self._one(f"SELECT {_G} FROM guest WHERE id = ?", (guest_id,))
        return None if row is None else guest_of(row)

    def counts(self) -> dict[str, int]:
        """Guests by status, as this copy knows them."""
        rows = self._all(
            "SELECT cancelled, pending, presence, COUNT(*) FROM guest "
            "GROUP BY cancelled, pending, presence"
        )
        out = {"guests": 0, "cancelled": 0, "pending": 0, "not_arrived": 0, "inside": 0, "left": 0}
        for cancelled, pending, presence, n in rows:
            out["guests"] += n
            key = "cancelled" if cancelled else "pending" if pending else str(presence)
            out[key] = out.get(key, 0) + n
        return out

    def adopt(self, local_id: int, server_id: int) -> None:
        """A walk-in made here is on the server now: the copy takes the server's id."""
        with self.transaction() as c:
            c.execute("DELETE FROM guest WHERE id = ? AND id != ?", (server_id, local_id))
            c.execute("UPDATE guest SET id = ?, made_here = 0 WHERE id = ?", (server_id, local_id))
            c.execute("UPDATE journal SET guest_id = ? WHERE guest_id = ?", (server_id, local_id))

    def purge(self, purged_at: str) -> None:
        """The event was purged on the server: every name, code and organisation this copy
        holds goes (the guest list is fetched again, anonymised), the journal's codes of
        scans already sent are blanked, and the file is rewritten so no old page keeps them."""
        with self.transaction() as c:
            c.execute("DELETE FROM guest")
            c.execute("DELETE FROM replaced")
            c.execute("UPDATE journal SET raw = '' WHERE sent = 1")
            self.set_meta({"purged_at": purged_at, "guest_stamp": "", "last_scan": 0}, c)
        with self.lock:
            self.conn.execute("VACUUM")
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def blank_sent(self) -> None:
        """After a purge, a scan's code goes once the scan is on the server."""
        with self.transaction() as c:
            c.execute("UPDATE journal SET raw = '' WHERE sent = 1 AND raw != ''")

    def turned_away(self) -> int:
        """The "full" verdicts in the journal since the last verdict that was not one."""
        row = self._one("SELECT MAX(seq) FROM journal WHERE verdict != 'full'")
        return int(
            self._one(
                "SELECT COUNT(*) FROM journal WHERE verdict = 'full' AND seq > ?", (row[0] or 0,)
            )[0]
        )

    def guests(self) -> int:
        return int(self._one("SELECT COUNT(*) FROM guest")[0])

    # the journal ---------------------------------------------------------------

    def record(
        self,
        *,
        uuid: str,
        at: datetime,
        raw: str,
        action: str,
        verdict: str,
        people: int,
        guest: Guest | None,
        confirmed: bool,
        offline: bool,
        share: int | None = None,
        inside: int | None = None,
        corrected: datetime | None = None,
    ) -> None:
        """One scan, durable (fsync'd) before this returns; with the guest's new state and
        the door's new share in the same transaction. An id already journalled (a re-sent
        scan) keeps its first entry."""
        with self.transaction() as c:
            if corrected is None:
                corrected = at + timedelta(milliseconds=int(self.meta("offset_ms", "0")))
            c.execute(
                "INSERT OR IGNORE INTO journal (uuid, at, corrected, raw, action, verdict, people, "
                "guest_id, confirmed, offline, sent, inside_after) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    uuid,
                    to_db(at),
                    to_db(corrected),
                    raw,
                    action,
                    verdict,
                    people,
                    guest.id if guest else None,
                    int(confirmed),
                    int(offline),
                    int(not offline),
                    inside or 0,
                ),
            )
            if guest is not None:
                c.execute(
                    "UPDATE guest SET presence = ?, party = ?, inside_since = ?, "
                    "first_arrival = ?, last_departure = ?, entries = ? WHERE id = ?",
                    (
                        guest.presence.value,
                        guest.party,
                        to_db(guest.inside_since),
                        to_db(guest.first_arrival),
                        to_db(guest.last_departure),
                        guest.entries,
                        guest.id,
                    ),
                )
            values: dict[str, object] = {}
            if share is not None:
                values["share"] = share
            if inside is not None:
                values["inside"] = inside
            self.set_meta(values, c)

    def unsent(self) -> list[Entry]:
        rows = self._all(f"SELECT {_J} FROM journal WHERE sent = 0 ORDER BY seq")
        return [entry_of(r) for r in rows]

    def waiting(self) -> int:
        return int(self._one("SELECT COUNT(*) FROM journal WHERE sent = 0")[0])

    def mark_sent(self, done: Sequence[tuple[str, str]]) -> None:
        """These scans (uuid, flag) are on the server."""
        if not done:
            return
        with self.transaction() as c:
            c.executemany(
                "UPDATE journal SET sent = 1, flag = ? WHERE uuid = ?",
                [(flag, uuid) for uuid, flag in done],
            )

    def newest(self) -> tuple[int, str] | None:
        """The journal's newest entry (seq, scan id): the mark the server keeps."""
        row = self._one("SELECT seq, uuid FROM journal ORDER BY seq DESC LIMIT 1")
        return None if row is None else (int(row[0]), str(row[1]))

    def uuid_at(self, seq: int) -> str | None:
        row = self._one("SELECT uuid FROM journal WHERE seq = ?", (seq,))
        return None if row is None else str(row[0])

    def last_sent(self) -> str | None:
        """The id of the newest scan this door knows the server has (verdicts it showed)."""
        row = self._one("SELECT uuid FROM journal WHERE sent = 1 ORDER BY seq DESC LIMIT 1")
        return None if row is None else str(row[0])

    def resend(self, on_server: set[str]) -> int:
        """Every sent scan (entries and exits; not the actions that need the server, like a
        walk-in or an undo) the server no longer has is to be sent again."""
        with self.transaction() as c:
            rows = c.execute(
                "SELECT uuid FROM journal WHERE sent = 1 AND action IN ('scan', 'scan_out', "
                "'camera', 'camera_out', 'manual', 'manual_out')"
            ).fetchall()
            lost = [(u,) for (u,) in rows if u not in on_server]
            c.executemany("UPDATE journal SET sent = 0 WHERE uuid = ?", lost)
        return len(lost)

    def entries(self) -> list[Entry]:
        return [entry_of(r) for r in self._all(f"SELECT {_J} FROM journal ORDER BY seq")]
