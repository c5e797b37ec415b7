"""The event store: one event in one SQLite file, or in one PostgreSQL database.

A folder of one job a file: ``schema`` (the tables), ``rows`` (rows to frozen
values and back), ``engine`` (connecting, naming a location), ``tx`` (the
writing transaction with the cap; its ``scan_log`` and the ``statements`` the scan
path builds once), ``event_store`` (opening, creating, changing; its
``transactions`` and its ``reads``), ``migrations`` (older files brought up to
date). Everything a caller needs is named here.
"""

from checkin.store.engine import display_location
from checkin.store.event_store import Store
from checkin.store.migrations import MIGRATIONS
from checkin.store.rows import from_db, guest_values, to_db, utcnow
from checkin.store.schema import (
    DEFAULT_RETENTION_DAYS,
    DEFAULT_TIMEZONE,
    SCHEMA_VERSION,
    door_t,
    event_t,
    guest_t,
    import_t,
    meta_t,
    metadata,
    outbox_t,
    replaced_code_t,
    scan_t,
)
from checkin.store.tx import Tx

__all__ = [
    "DEFAULT_RETENTION_DAYS",
    "DEFAULT_TIMEZONE",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "Store",
    "Tx",
    "display_location",
    "door_t",
    "event_t",
    "from_db",
    "guest_t",
    "guest_values",
    "import_t",
    "meta_t",
    "metadata",
    "outbox_t",
    "replaced_code_t",
    "scan_t",
    "to_db",
    "utcnow",
]
