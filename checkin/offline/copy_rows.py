"""The door's copy as stored: its SQLite schema (and the columns added to older copies),
and its rows read back as the door's values (a guest, a journal entry, the room)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from checkin.models import Guest, Presence, ScanRecord
from checkin.store.rows import from_db

FORMAT = "checkin-door-replica-1"

SCHEMA = """
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

# Added for the one door engine (the copy is a ledger the door rules run against):
# what the rules read of a guest, and what they log of a scan. Added to older copies.
ADDED_COLUMNS = (
    ("guest", "first_name", "TEXT NOT NULL DEFAULT ''"),
    ("guest", "middle", "TEXT NOT NULL DEFAULT ''"),
    ("guest", "last_name", "TEXT NOT NULL DEFAULT ''"),
    ("guest", "email", "TEXT NOT NULL DEFAULT ''"),
    ("guest", "search_key", "TEXT NOT NULL DEFAULT ''"),
    ("guest", "first_arrival", "TEXT"),
    ("guest", "last_departure", "TEXT"),
    ("guest", "entries", "INTEGER NOT NULL DEFAULT 0"),
    ("guest", "made_here", "INTEGER NOT NULL DEFAULT 0"),  # a walk-in this door added
    ("journal", "inside_after", "INTEGER NOT NULL DEFAULT 0"),
    ("journal", "override", "INTEGER NOT NULL DEFAULT 0"),
    ("journal", "reason", "TEXT NOT NULL DEFAULT ''"),
    ("journal", "undone", "INTEGER NOT NULL DEFAULT 0"),
)
GUEST_COLUMNS = (
    "id",
    "code",
    "name",
    "organisation",
    "cancelled",
    "pending",
    "presence",
    "companions",
    "party",
    "inside_since",
    "walk_in",
    "first_name",
    "middle",
    "last_name",
    "email",
    "search_key",
    "first_arrival",
    "last_departure",
    "entries",
)
JOURNAL_COLUMNS = (
    "seq",
    "uuid",
    "at",
    "corrected",
    "raw",
    "action",
    "verdict",
    "people",
    "guest_id",
    "confirmed",
    "offline",
    "sent",
    "flag",
    "inside_after",
    "override",
    "reason",
    "undone",
)


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
    inside_after: int = 0
    override: bool = False
    reason: str = ""
    undone: bool = False

    def as_record(self) -> ScanRecord:
        """The entry as the door rules read a logged scan (its id: the journal's seq)."""
        return ScanRecord(
            id=self.seq,
            at=self.corrected,
            door="",
            raw=self.raw,
            guest_id=self.guest_id,
            action=self.action,
            verdict=self.verdict,
            inside_after=self.inside_after,
            people=self.people,
            confirmed=self.confirmed,
            undone=self.undone,
            uuid=self.uuid,
            override=self.override,
            reason=self.reason,
            offline=self.offline,
            flag=self.flag,
        )


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


def guest_of(row: Sequence[Any]) -> Guest:
    (
        gid,
        code,
        name,
        org,
        cancelled,
        pending,
        presence,
        companions,
        party,
        since,
        walk,
        first,
        middle,
        last,
        email,
        search_key,
        first_arrival,
        last_departure,
        entries,
    ) = row
    return Guest(
        id=int(gid),
        first_name=str(first),
        middle=str(middle),
        last_name=str(last),
        name=str(name),
        organisation=str(org),
        email=str(email),
        code=str(code),
        cancelled=bool(cancelled),
        presence=Presence(str(presence)),
        walk_in=bool(walk),
        companions=int(companions),
        party=int(party),
        inside_since=from_db(since),
        pending=bool(pending),
        first_arrival=from_db(first_arrival),
        last_departure=from_db(last_departure),
        entries=int(entries),
        search_key=str(search_key),
    )


def entry_of(r: Sequence[Any]) -> Entry:
    (
        seq,
        uuid,
        at,
        corrected,
        raw,
        action,
        verdict,
        people,
        gid,
        confirmed,
        off,
        sent,
        flag,
        inside_after,
        override,
        reason,
        undone,
    ) = r
    return Entry(
        seq=int(seq),
        uuid=str(uuid),
        at=from_db(str(at)) or datetime.min,
        corrected=from_db(str(corrected)) or datetime.min,
        raw=str(raw),
        action=str(action),
        verdict=str(verdict),
        people=int(people),
        guest_id=None if gid is None else int(gid),
        confirmed=bool(confirmed),
        offline=bool(off),
        sent=bool(sent),
        flag=str(flag),
        inside_after=int(inside_after),
        override=bool(override),
        reason=str(reason),
        undone=bool(undone),
    )
