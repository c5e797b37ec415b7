"""Retention and purge: personal data kept only as long as the rules ask.

Dutch health authorities asked venues to keep contact details 14 days after an
event for contact tracing, and no longer. A purge removes for good everything
that names a person (names, organisation, email, notes, seat, extra columns,
imported ticket codes, the codes a guest had before (a reissued badge), the raw
text of scans, which may be a ticket-shop order number, the reasons typed for
overrides and undos, and the names of the imported files, which are often a
person's or a company's) and keeps what the organiser reports on: the counts,
scan times, verdicts, doors and the peak. Guests become "Guest 17".

No byte of the removed text stays in the event file: on SQLite the purge runs
with ``secure_delete`` (freed space is zeroed as it is freed), then VACUUM
rewrites the file and a TRUNCATE checkpoint empties the ``-wal`` (waiting, with
a deadline, for readers in other processes to let go). On PostgreSQL the tables
are rewritten with VACUUM FULL; the server's own WAL archive and backups are
its administrator's to expire (docs/faults.md, privacy).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa

from checkin.errors import InvalidValue, PinNeeded
from checkin.models import Event
from checkin.store import Store, event_t, guest_t, outbox_t, scan_t, to_db, utcnow
from checkin.store.schema import import_t, replaced_code_t

_CHECKPOINT_SECONDS = 10.0  # how long the purge waits for other readers to let go of the WAL


@dataclass(frozen=True)
class PurgeResult:
    guests: int
    scans: int
    purged_at: datetime
    # False when another program reading the event kept its old pages in the -wal file
    # past the deadline; SQLite empties it when that program closes the event.
    wal_emptied: bool = True


def retention_ends(event: Event) -> date:
    """The last day personal data may be kept: the event date plus the retention period."""
    start = event.date or event.created_at.astimezone(event.zone).date()
    return start + timedelta(days=event.retention_days)


def purge_due(event: Event, today: date) -> bool:
    """Whether the retention period has passed and the event still holds personal data."""
    return event.purged_at is None and today > retention_ends(event)


def set_retention(store: Store, days: int) -> Event:
    if not 0 <= days <= 3650:
        raise InvalidValue("retention", days, "must be between 0 and 3650 days")
    return store.update_event(retention_days=days)


def purge(store: Store, *, now: datetime | None = None) -> PurgeResult:
    """Remove every personal detail for good; one transaction, then the file is rewritten."""
    stamp = now or utcnow()
    with store.write() as tx:
        conn = tx.conn
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # Zero what the updates below free, so no page keeps the old text even before
            # the VACUUM (and if it cannot run). Per connection: set back before commit.
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
        anonymous = sa.literal("Guest ") + sa.cast(guest_t.c.id, sa.Text)
        guests = conn.execute(
            sa.update(guest_t).values(
                first_name="",
                middle="",
                last_name="",
                name=anonymous,
                organisation="",
                email="",
                notes="",
                seat="",
                ticket_type="",
                extra="{}",
                code=sa.literal("purged-") + sa.cast(guest_t.c.id, sa.Text),
                sort_key=sa.func.lpad(sa.cast(guest_t.c.id, sa.Text), 12, "0")
                if conn.dialect.name == "postgresql"
                else sa.func.printf("%012d", guest_t.c.id),
                search_key="",
            )
        ).rowcount
        scans = conn.execute(sa.update(scan_t).values(raw="", reason="")).rowcount
        conn.execute(sa.delete(replaced_code_t))
        conn.execute(sa.update(import_t).values(file_name=""))
        conn.execute(sa.delete(outbox_t))  # the tickets mailed: codes and the server's answers
        conn.execute(sa.update(event_t).values(purged_at=to_db(stamp)))
        if sqlite:
            conn.exec_driver_sql("PRAGMA secure_delete=OFF")
    emptied = _reclaim(store)
    return PurgeResult(guests=guests, scans=scans, purged_at=stamp, wal_emptied=emptied)


def purge_with_pin(store: Store, pin: str | None, *, now: datetime | None = None) -> PurgeResult:
    """A purge as a supervisor's action: with the PIN when the event has one.

    A wrong PIN raises WrongPin (counted, nothing changed); none given while
    one is set raises PinNeeded.
    """
    from checkin import pin as pins

    if not pins.check(store, pin, now=now):
        raise PinNeeded()
    return purge(store, now=now)


def _reclaim(store: Store) -> bool:
    """Rewrite the database so that no old page still holds the removed text; False when
    another program's open read kept the ``-wal`` from being emptied within the deadline."""
    if store.engine.dialect.name == "sqlite":
        with store.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("VACUUM")
            # VACUUM's new pages went through the WAL; fold them in and empty it. A reader
            # in another process holding an old snapshot keeps the WAL busy: wait for it.
            deadline = time.monotonic() + _CHECKPOINT_SECONDS
            while raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]:
                if time.monotonic() > deadline:
                    return False  # emptied when that program lets go (its last close)
                time.sleep(0.1)
    else:
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for table in ("guest", "scan", "replaced_code", '"import"'):
                conn.exec_driver_sql(f"VACUUM FULL {table}")
    return True
