"""Bringing a store written by an older version up to date, one schema step at a time."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.engine import Connection

from checkin.store.schema import ROOM_NOTIFY_DDL

# --- migrations ------------------------------------------------------------


def _migrate_1_to_2(conn: Connection) -> None:
    """Schema 2: seats, companions, door question, retention, purge and PIN."""
    ddl = [
        "ALTER TABLE event ADD COLUMN retention_days INTEGER NOT NULL DEFAULT 14",
        "ALTER TABLE event ADD COLUMN purged_at TEXT",
        "ALTER TABLE event ADD COLUMN door_question TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE event ADD COLUMN pin_hash TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE guest ADD COLUMN seat TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE guest ADD COLUMN companions INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE guest ADD COLUMN party INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE scan ADD COLUMN people INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE scan ADD COLUMN confirmed BOOLEAN NOT NULL DEFAULT FALSE",
    ]
    for statement in ddl:
        conn.exec_driver_sql(statement)
    # Everyone inside under schema 1 came in alone.
    conn.exec_driver_sql("UPDATE guest SET party = 1 WHERE presence = 'inside'")


def _migrate_2_to_3(conn: Connection) -> None:
    """Schema 3: event language and badge design, pending guests, scan ids, overrides,
    undo reasons, offline scans and replaced badge codes."""
    ddl = [
        "ALTER TABLE event ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'en'",
        "ALTER TABLE event ADD COLUMN badge_design TEXT NOT NULL DEFAULT '{}'",
        "ALTER TABLE event ADD COLUMN undo_minutes INTEGER NOT NULL DEFAULT 15",
        "ALTER TABLE guest ADD COLUMN pending BOOLEAN NOT NULL DEFAULT FALSE",
        "ALTER TABLE guest ADD COLUMN name_missing BOOLEAN NOT NULL DEFAULT FALSE",
        "ALTER TABLE scan ADD COLUMN uuid VARCHAR(64)",
        "ALTER TABLE scan ADD COLUMN override BOOLEAN NOT NULL DEFAULT FALSE",
        "ALTER TABLE scan ADD COLUMN reason TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE scan ADD COLUMN offline BOOLEAN NOT NULL DEFAULT FALSE",
        "ALTER TABLE scan ADD COLUMN flag TEXT NOT NULL DEFAULT ''",
        "CREATE UNIQUE INDEX scan_uuid ON scan (uuid)",
        "CREATE TABLE replaced_code (code TEXT PRIMARY KEY, "
        "guest_id INTEGER NOT NULL REFERENCES guest (id), replaced_at TEXT NOT NULL)",
    ]
    for statement in ddl:
        conn.exec_driver_sql(statement)


def _migrate_3_to_4(conn: Connection) -> None:
    """Schema 4: the doors and their shares of the free places (offline doors)."""
    conn.exec_driver_sql(
        "CREATE TABLE door (name TEXT PRIMARY KEY, share INTEGER NOT NULL DEFAULT 0, "
        "released BOOLEAN NOT NULL DEFAULT FALSE, first_contact TEXT NOT NULL, "
        "last_contact TEXT NOT NULL, clock_offset_ms INTEGER NOT NULL DEFAULT 0, "
        "waiting INTEGER NOT NULL DEFAULT 0, sent INTEGER NOT NULL DEFAULT 0, "
        "overshoot INTEGER NOT NULL DEFAULT 0, "
        "CONSTRAINT share_not_negative CHECK (share >= 0))"
    )


def _migrate_4_to_5(conn: Connection) -> None:
    """Schema 5: a door's identity (an id its own copy made once), beside its name, and
    whether it ended cleanly."""
    conn.exec_driver_sql("ALTER TABLE door ADD COLUMN door_id TEXT NOT NULL DEFAULT ''")
    conn.exec_driver_sql("ALTER TABLE door ADD COLUMN closed BOOLEAN NOT NULL DEFAULT FALSE")
    # the room's "turned away" count goes with every verdict: the full ones found by index
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS scan_verdict ON scan (verdict, id)")


def _migrate_5_to_6(conn: Connection) -> None:
    """Schema 6: the outbox of tickets by e-mail (checkin/mail/outbox.py)."""
    conn.exec_driver_sql(
        "CREATE TABLE outbox (guest_id INTEGER PRIMARY KEY REFERENCES guest (id), "
        "code TEXT NOT NULL, message_id TEXT NOT NULL, state VARCHAR(16) NOT NULL, "
        "attempted_at TEXT NOT NULL, sent_at TEXT, answer TEXT NOT NULL DEFAULT '', "
        "copies INTEGER NOT NULL DEFAULT 0)"
    )
    conn.exec_driver_sql("CREATE INDEX outbox_attempted ON outbox (attempted_at)")


def _migrate_6_to_7(conn: Connection) -> None:
    """Schema 7: on a server, the headcount's changes NOTIFY the room display (schema.py)."""
    if conn.dialect.name == "postgresql":
        for statement in ROOM_NOTIFY_DDL:
            conn.exec_driver_sql(statement)
    # a scan given a time is judged against the log from its time on (door/timeline.py)
    conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS scan_at ON scan (at)")


def _migrate_7_to_8(conn: Connection) -> None:
    """Schema 8: a door's journal mark (its newest entry at its last contact), to know a
    copy put back to an older state, and how often that was found."""
    conn.exec_driver_sql("ALTER TABLE door ADD COLUMN copy_seq INTEGER NOT NULL DEFAULT 0")
    conn.exec_driver_sql("ALTER TABLE door ADD COLUMN copy_uuid TEXT NOT NULL DEFAULT ''")
    conn.exec_driver_sql("ALTER TABLE door ADD COLUMN restored INTEGER NOT NULL DEFAULT 0")


# MIGRATIONS[n] takes a store from schema n to n + 1.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {
    1: _migrate_1_to_2,
    2: _migrate_2_to_3,
    3: _migrate_3_to_4,
    4: _migrate_4_to_5,
    5: _migrate_5_to_6,
    6: _migrate_6_to_7,
    7: _migrate_7_to_8,
}
