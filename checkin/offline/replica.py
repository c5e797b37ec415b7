"""A door's own copy in its data folder: the guest list, the journal of its scans, its share.

One SQLite file per door and event (WAL, synchronous=FULL): a verdict is in the
journal, on disk, before the door shows it. The guest list follows the server
while connected (see :meth:`Replica.follow`); the share is the number of places
this door may still fill on its own. A file that cannot be read, or that was
written for another event or door, is refused with one sentence and kept.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from checkin.errors import DamagedReplica, ReplicaOfOtherEvent
from checkin.models import Guest, Presence
from checkin.store.rows import from_db, to_db

FORMAT = "checkin-door-replica-1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS guest (
    id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '', cancelled INTEGER NOT NULL DEFAULT 0,
    pending INTEGER NOT NULL DEFAULT 0, presence TEXT NOT NULL DEFAULT 'not_arrived',
    companions INTEGER NOT NULL DEFAULT 0, party INTEGER NOT NULL DEFAULT 0,
    inside_since TEXT, walk_in INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS replaced (code TEXT PRIMARY KEY, guest_id INTEGER NOT NULL,
    replaced_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS journal (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT NOT NULL UNIQUE,
    at TEXT NOT NULL,           -- the door's clock
    corrected TEXT NOT NULL,    -- the door's clock + the offset at its last server contact
    raw TEXT NOT NULL, action TEXT NOT NULL, verdict TEXT NOT NULL,
    people INTEGER NOT NULL, guest_id INTEGER, confirmed INTEGER NOT NULL DEFAULT 0,
    offline INTEGER NOT NULL, sent INTEGER NOT NULL, flag TEXT NOT NULL DEFAULT '');
CREATE INDEX IF NOT EXISTS journal_unsent ON journal (sent, seq);
"""


def replica_path(data_dir: Path, location: str, door: str) -> Path:
    """Where this door keeps its copy of this event: one file per server event and door."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", door).strip("-").lower() or "door"
    digest = hashlib.sha1(f"{location}\x1f{door}".encode()).hexdigest()[:12]
    return data_dir / "doors" / f"{slug[:40]}-{digest}.replica"


@dataclass(frozen=True)
class Entry:
    """One scan in the journal."""

    seq: int
    uuid: str
    at: datetime
    corrected: datetime
    raw: str
    action: str
    verdict: str
    people: int
    guest_id: int | None
    confirmed: bool
    offline: bool
    sent: bool
    flag: str


@dataclass(frozen=True)
class RoomCopy:
    """What the door last heard of the room, and its own share."""

    tag: str
    name: str
    capacity: int
    inside: int
    share: int
    door_question: str
    offset_ms: int
    last_contact: datetime | None
    connected_once: bool


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
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False,
                                   timeout=2.0)
        except sqlite3.DatabaseError as exc:
            raise DamagedReplica(path) from exc
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            if not fresh:
                ok = conn.execute("PRAGMA quick_check").fetchone()
                if ok is None or ok[0] != "ok":
                    raise DamagedReplica(path)
                names = {r[0] for r in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type='table'")}
                if not {"meta", "guest", "journal", "replaced"} <= names:
                    raise DamagedReplica(path)
            conn.executescript(_SCHEMA)
            replica = cls(path, conn)
            if fresh:
                replica._set({"format": FORMAT, "door": door, "location": location})
            elif replica.meta("format") != FORMAT:
                raise DamagedReplica(path)
            elif replica.meta("door") != door:
                raise ReplicaOfOtherEvent(path, f"door {replica.meta('door')}", f"door {door}")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise DamagedReplica(path) from exc
        except BaseException:
            conn.close()
            raise
        return replica

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
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

    def _set(self, values: dict[str, object], conn: sqlite3.Connection | None = None) -> None:
        if conn is None:
            with self._tx() as c:
                self._set(values, c)
            return
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                      [(k, str(v)) for k, v in values.items()])

    def room(self) -> RoomCopy:
        m = dict(self._all("SELECT key, value FROM meta"))
        return RoomCopy(tag=m.get("tag", ""), name=m.get("event", ""),
                        capacity=int(m.get("capacity", "0")), inside=int(m.get("inside", "0")),
                        share=int(m.get("share", "0")), door_question=m.get("door_question", ""),
                        offset_ms=int(m.get("offset_ms", "0")),
                        last_contact=from_db(m.get("last_contact")),
                        connected_once=m.get("tag", "") != "")

    def check_event(self, tag: str, name: str) -> None:
        """The server's event must be the one this copy was made for."""
        mine = self.meta("tag")
        if mine and mine != tag:
            raise ReplicaOfOtherEvent(self.path, self.meta("event"), name)

    def set_share(self, share: int) -> None:
        self._set({"share": share})

    # following the server ------------------------------------------------------

    def follow(self, *, tag: str, name: str, capacity: int, inside: int, door_question: str,
               guests: Iterable[Guest], replaced: Sequence[tuple[str, int, datetime]] | None,
               last_scan: int, share: int | None, offset_ms: int | None,
               contact: datetime | None) -> None:
        """What the server said, in one transaction: the room, changed guests, share."""
        rows = [(g.id, g.code, g.name, g.organisation, int(g.cancelled), int(g.pending),
                 g.presence.value, g.companions, g.party, to_db(g.inside_since),
                 int(g.walk_in)) for g in guests]
        with self._tx() as c:
            c.executemany(
                "INSERT INTO guest (id, code, name, organisation, cancelled, pending, presence, "
                "companions, party, inside_since, walk_in) VALUES (?,?,?,?,?,?,?,?,?,?,?) "
                "ON CONFLICT (id) DO UPDATE SET code=excluded.code, name=excluded.name, "
                "organisation=excluded.organisation, cancelled=excluded.cancelled, "
                "pending=excluded.pending, presence=excluded.presence, "
                "companions=excluded.companions, party=excluded.party, "
                "inside_since=excluded.inside_since, walk_in=excluded.walk_in", rows)
            if replaced is not None:
                c.execute("DELETE FROM replaced")
                c.executemany("INSERT INTO replaced VALUES (?, ?, ?)",
                              [(code, gid, to_db(when)) for code, gid, when in replaced])
            values: dict[str, object] = {"tag": tag, "event": name, "capacity": capacity,
                                         "inside": inside, "door_question": door_question,
                                         "last_scan": last_scan}
            if share is not None:
                values["share"] = share
            if offset_ms is not None:
                values["offset_ms"] = offset_ms
            if contact is not None:
                values["last_contact"] = to_db(contact)
            self._set(values, c)

    # the guest list -------------------------------------------------------------

    def guest_by_code(self, readings: Sequence[str]) -> Guest | None:
        for reading in readings:
            row = self._one("SELECT * FROM guest WHERE code = ?", (reading,))
            if row is not None:
                return _guest(row)
        return None

    def replaced(self, readings: Sequence[str]) -> tuple[Guest, datetime] | None:
        for reading in readings:
            row = self._one(
                "SELECT g.*, r.replaced_at FROM replaced r JOIN guest g ON g.id = r.guest_id "
                "WHERE r.code = ?", (reading,))
            if row is not None:
                return _guest(row[:11]), from_db(row[11]) or datetime.min
        return None

    def guest(self, guest_id: int) -> Guest | None:
        row = self._one("SELECT * FROM guest WHERE id = ?", (guest_id,))
        return None if row is None else _guest(row)

    def counts(self) -> dict[str, int]:
        """Guests by status, as this copy knows them."""
        rows = self._all("SELECT cancelled, pending, presence, COUNT(*) FROM guest "
                         "GROUP BY cancelled, pending, presence")
        out = {"guests": 0, "cancelled": 0, "pending": 0, "not_arrived": 0, "inside": 0,
               "left": 0}
        for cancelled, pending, presence, n in rows:
            out["guests"] += n
            key = "cancelled" if cancelled else "pending" if pending else str(presence)
            out[key] = out.get(key, 0) + n
        return out

    def guests(self) -> int:
        return int(self._one("SELECT COUNT(*) FROM guest")[0])

    # the journal ---------------------------------------------------------------

    def record(self, *, uuid: str, at: datetime, raw: str, action: str, verdict: str,
               people: int, guest: Guest | None, confirmed: bool, offline: bool,
               share: int | None = None, inside: int | None = None,
               corrected: datetime | None = None) -> None:
        """One scan, durable (fsync'd) before this returns; with the guest's new state and
        the door's new share in the same transaction. An id already journalled (a re-sent
        scan) keeps its first entry."""
        with self._tx() as c:
            if corrected is None:
                corrected = at + timedelta(milliseconds=int(self.meta("offset_ms", "0")))
            c.execute(
                "INSERT OR IGNORE INTO journal (uuid, at, corrected, raw, action, verdict, people, "
                "guest_id, confirmed, offline, sent) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (uuid, to_db(at), to_db(corrected), raw, action, verdict, people,
                 guest.id if guest else None, int(confirmed), int(offline), int(not offline)))
            if guest is not None:
                c.execute("UPDATE guest SET presence = ?, party = ?, inside_since = ? "
                          "WHERE id = ?", (guest.presence.value, guest.party,
                                           to_db(guest.inside_since), guest.id))
            values: dict[str, object] = {}
            if share is not None:
                values["share"] = share
            if inside is not None:
                values["inside"] = inside
            self._set(values, c)

    def unsent(self) -> list[Entry]:
        rows = self._all("SELECT * FROM journal WHERE sent = 0 ORDER BY seq")
        return [_entry(r) for r in rows]

    def waiting(self) -> int:
        return int(self._one("SELECT COUNT(*) FROM journal WHERE sent = 0")[0])

    def mark_sent(self, done: Sequence[tuple[str, str]]) -> None:
        """These scans (uuid, flag) are on the server."""
        if not done:
            return
        with self._tx() as c:
            c.executemany("UPDATE journal SET sent = 1, flag = ? WHERE uuid = ?",
                          [(flag, uuid) for uuid, flag in done])

    def last_sent(self) -> str | None:
        """The id of the newest scan this door knows the server has (verdicts it showed)."""
        row = self._one("SELECT uuid FROM journal WHERE sent = 1 ORDER BY seq DESC LIMIT 1")
        return None if row is None else str(row[0])

    def resend(self, on_server: set[str]) -> int:
        """Every sent scan (entries and exits; not the actions that need the server, like a
        walk-in or an undo) the server no longer has is to be sent again."""
        with self._tx() as c:
            rows = c.execute(
                "SELECT uuid FROM journal WHERE sent = 1 AND action IN ('scan', 'scan_out', "
                "'camera', 'camera_out', 'manual', 'manual_out')").fetchall()
            lost = [(u,) for (u,) in rows if u not in on_server]
            c.executemany("UPDATE journal SET sent = 0 WHERE uuid = ?", lost)
        return len(lost)

    def entries(self) -> list[Entry]:
        return [_entry(r) for r in self._all("SELECT * FROM journal ORDER BY seq")]


def _guest(row: Sequence[Any]) -> Guest:
    gid, code, name, org, cancelled, pending, presence, companions, party, since, walk = row
    return Guest(id=int(gid), first_name="", middle="", last_name="",
                 name=str(name), organisation=str(org), email="", code=str(code),
                 cancelled=bool(cancelled), presence=Presence(str(presence)),
                 walk_in=bool(walk), companions=int(companions),
                 party=int(party), inside_since=from_db(since),
                 pending=bool(pending))


def _entry(r: Sequence[Any]) -> Entry:
    seq, uuid, at, corrected, raw, action, verdict, people, gid, confirmed, off, sent, flag = r
    return Entry(seq=int(seq), uuid=str(uuid),
                 at=from_db(str(at)) or datetime.min,
                 corrected=from_db(str(corrected)) or datetime.min, raw=str(raw),
                 action=str(action), verdict=str(verdict),
                 people=int(people),
                 guest_id=None if gid is None else int(gid),
                 confirmed=bool(confirmed), offline=bool(off), sent=bool(sent), flag=str(flag))
