"""The tables of an event store, and its schema version.

One event per store. `meta` holds the schema version; see migrations.py for
how an older file is brought up to date.
"""

from __future__ import annotations

import sqlalchemy as sa

SCHEMA_VERSION = 8
DEFAULT_TIMEZONE = "Europe/Amsterdam"
DEFAULT_RETENTION_DAYS = 14

metadata = sa.MetaData()

meta_t = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

event_t = sa.Table(
    "event",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("date", sa.Text),
    sa.Column("capacity", sa.Integer, nullable=False),
    sa.Column("tag", sa.Text, nullable=False),
    sa.Column("inside", sa.Integer, nullable=False, server_default="0"),
    sa.Column("counter", sa.Integer, nullable=False, server_default="0"),
    sa.Column("peak", sa.Integer, nullable=False, server_default="0"),
    sa.Column("peak_at", sa.Text),
    sa.Column("timezone", sa.Text, nullable=False, server_default=DEFAULT_TIMEZONE),
    sa.Column("settings", sa.Text, nullable=False, server_default="{}"),
    sa.Column("created_at", sa.Text, nullable=False),
    # schema 2
    sa.Column("retention_days", sa.Integer, nullable=False, server_default="14"),
    sa.Column("purged_at", sa.Text),
    sa.Column("door_question", sa.Text, nullable=False, server_default=""),
    sa.Column("pin_hash", sa.Text, nullable=False, server_default=""),
    # schema 3
    sa.Column("language", sa.String(8), nullable=False, server_default="en"),
    sa.Column("badge_design", sa.Text, nullable=False, server_default="{}"),
    sa.Column("undo_minutes", sa.Integer, nullable=False, server_default="15"),
    sa.CheckConstraint("inside >= 0", name="inside_not_negative"),
)

guest_t = sa.Table(
    "guest",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("first_name", sa.Text, nullable=False, server_default=""),
    sa.Column("middle", sa.Text, nullable=False, server_default=""),
    sa.Column("last_name", sa.Text, nullable=False, server_default=""),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("organisation", sa.Text, nullable=False, server_default=""),
    sa.Column("email", sa.Text, nullable=False, server_default=""),
    sa.Column("code", sa.Text, nullable=False, unique=True),
    sa.Column("cancelled", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("presence", sa.String(16), nullable=False, server_default="not_arrived"),
    sa.Column("walk_in", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("ticket_type", sa.Text, nullable=False, server_default=""),
    sa.Column("notes", sa.Text, nullable=False, server_default=""),
    sa.Column("extra", sa.Text, nullable=False, server_default="{}"),
    sa.Column("first_arrival", sa.Text),
    sa.Column("last_departure", sa.Text),
    sa.Column("inside_since", sa.Text),
    sa.Column("entries", sa.Integer, nullable=False, server_default="0"),
    sa.Column("sort_key", sa.Text, nullable=False, server_default=""),
    sa.Column("search_key", sa.Text, nullable=False, server_default=""),
    sa.Column("created_at", sa.Text, nullable=False),
    sa.Column("updated_at", sa.Text, nullable=False),
    # schema 2
    sa.Column("seat", sa.Text, nullable=False, server_default=""),
    sa.Column("companions", sa.Integer, nullable=False, server_default="0"),
    sa.Column("party", sa.Integer, nullable=False, server_default="0"),
    # schema 3
    sa.Column("pending", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("name_missing", sa.Boolean, nullable=False, server_default=sa.false()),
)
sa.Index("guest_email", guest_t.c.email)
sa.Index("guest_sort", guest_t.c.sort_key)

scan_t = sa.Table(
    "scan",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.Text, nullable=False),
    sa.Column("door", sa.Text, nullable=False, server_default=""),
    sa.Column("raw", sa.Text, nullable=False, server_default=""),
    sa.Column("guest_id", sa.Integer, sa.ForeignKey("guest.id")),
    sa.Column("action", sa.String(16), nullable=False),
    sa.Column("verdict", sa.String(16), nullable=False),
    sa.Column("inside_after", sa.Integer, nullable=False),
    sa.Column("undone", sa.Boolean, nullable=False, server_default=sa.false()),
    # schema 2
    sa.Column("people", sa.Integer, nullable=False, server_default="1"),
    sa.Column("confirmed", sa.Boolean, nullable=False, server_default=sa.false()),
    # schema 3
    sa.Column("uuid", sa.String(64)),
    sa.Column("override", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("reason", sa.Text, nullable=False, server_default=""),
    sa.Column("offline", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("flag", sa.Text, nullable=False, server_default=""),
)
sa.Index("scan_guest", scan_t.c.guest_id)
sa.Index("scan_uuid", scan_t.c.uuid, unique=True)
# schema 5: the room's "turned away" count, read with every verdict, finds the full ones fast
sa.Index("scan_verdict", scan_t.c.verdict, scan_t.c.id)
sa.Index("scan_at", scan_t.c.at)  # a timed scan replays the log from its time on

# A guest's earlier badge codes (re-import with a new code, a reissued badge): they scan `revoked`.
replaced_code_t = sa.Table(
    "replaced_code",
    metadata,
    sa.Column("code", sa.Text, primary_key=True),
    sa.Column("guest_id", sa.Integer, sa.ForeignKey("guest.id"), nullable=False),
    sa.Column("replaced_at", sa.Text, nullable=False),
)

import_t = sa.Table(
    "import",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("file_name", sa.Text, nullable=False),
    sa.Column("at", sa.Text, nullable=False),
    sa.Column("imported", sa.Integer, nullable=False),
    sa.Column("updated", sa.Integer, nullable=False),
    sa.Column("skipped", sa.Integer, nullable=False),
    sa.Column("duplicates", sa.Integer, nullable=False),
    sa.Column("cancelled", sa.Integer, nullable=False),
)

# schema 4: the doors that hold a share of the free places (checkin/offline/).
# At every moment event.inside + SUM(door.share) <= event.capacity; Tx.admit checks it.
door_t = sa.Table(
    "door",
    metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("share", sa.Integer, nullable=False, server_default="0"),
    # a supervisor released its share (the laptop is gone): it holds none until it returns
    sa.Column("released", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("first_contact", sa.Text, nullable=False),
    sa.Column("last_contact", sa.Text, nullable=False),  # the server's clock
    # server clock minus door clock at the last contact, in milliseconds
    sa.Column("clock_offset_ms", sa.Integer, nullable=False, server_default="0"),
    sa.Column("waiting", sa.Integer, nullable=False, server_default="0"),  # as last reported
    sa.Column("sent", sa.Integer, nullable=False, server_default="0"),  # journal scans received
    sa.Column("overshoot", sa.Integer, nullable=False, server_default="0"),  # past the cap, total
    # schema 5: the door's identity, made once by its own copy; the name is its label
    sa.Column("door_id", sa.Text, nullable=False, server_default=""),
    # schema 5: the door ended cleanly (its share given back) and is not live
    sa.Column("closed", sa.Boolean, nullable=False, server_default=sa.false()),
    # schema 8: the newest entry of the door's journal at its last contact (its seq and
    # scan id), so a copy put back to an older state is known at its next contact; and
    # how many times that was found
    sa.Column("copy_seq", sa.Integer, nullable=False, server_default="0"),
    sa.Column("copy_uuid", sa.Text, nullable=False, server_default=""),
    sa.Column("restored", sa.Integer, nullable=False, server_default="0"),
    sa.CheckConstraint("share >= 0", name="share_not_negative"),
)

# schema 5: tickets by e-mail (checkin/mail/outbox.py), one row per guest: the code last
# mailed, its Message-ID, and the server's answer. state: sending (in flight, or a run that
# was killed), sent, refused (5xx, not retried), failed (4xx until the deadline, retried).
outbox_t = sa.Table(
    "outbox",
    metadata,
    sa.Column("guest_id", sa.Integer, sa.ForeignKey("guest.id"), primary_key=True),
    sa.Column("code", sa.Text, nullable=False),
    sa.Column("message_id", sa.Text, nullable=False),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("attempted_at", sa.Text, nullable=False),
    sa.Column("sent_at", sa.Text),
    sa.Column("answer", sa.Text, nullable=False, server_default=""),
    sa.Column("copies", sa.Integer, nullable=False, server_default="0"),
)
sa.Index("outbox_attempted", outbox_t.c.attempted_at)

# schema 7: on a server, a change of the headcount or the cap is announced on the channel
# ROOM_CHANNEL (NOTIFY, sent when the door's transaction commits), so a room display
# (checkin/display.py) that LISTENs shows it at once. A file event has no such thing: the
# display watches the file's data_version instead.
ROOM_CHANNEL = "checkin_room"
ROOM_NOTIFY_DDL = (
    "CREATE OR REPLACE FUNCTION checkin_room_changed() RETURNS trigger AS $$ "
    f"BEGIN PERFORM pg_notify('{ROOM_CHANNEL}', ''); RETURN NULL; END $$ LANGUAGE plpgsql",
    "CREATE TRIGGER room_changed AFTER UPDATE OF inside, capacity ON event FOR EACH ROW "
    "WHEN (OLD.inside IS DISTINCT FROM NEW.inside OR OLD.capacity IS DISTINCT FROM NEW.capacity) "
    "EXECUTE FUNCTION checkin_room_changed()",
)
for _statement in ROOM_NOTIFY_DDL:
    sa.event.listen(event_t, "after_create", sa.DDL(_statement).execute_if(dialect="postgresql"))  # type: ignore[no-untyped-call]
