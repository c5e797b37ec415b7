"""`checkin copy`: an event from a .checkin file to PostgreSQL and back, scans and all.

Prepare at the office on a file, run the doors on the server, take a file home
for the export. The target must not hold an event yet; the copy is one
transaction on the target, so a failed copy leaves no half event behind.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from checkin.errors import StoreExists, StoreUnavailable
from checkin.location import is_server_url
from checkin.store import Store


def copy_event(source: str | Path, target: str | Path) -> Store:
    """Copy everything of ``source`` into a new event at ``target``; returns it open."""
    if not is_server_url(target) and Path(target).exists():
        raise StoreExists(str(target))
    with Store.open(source) as src:
        tables = src.dump()
        event = src.event()
    created = Store.create(target, name=event.name, capacity=event.capacity,
                           event_date=event.date, timezone=event.timezone)
    try:
        created.load(tables)
    except BaseException:
        created.close()
        if not is_server_url(target):
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
        raise
    return created



def copy_for_reading(path: Path) -> tuple[Path, Path]:
    """An older event file on read-only media, copied to the temp folder to be read.

    Reading it in place would need a migration, which writes; the copy is
    brought up to date instead and the original is never touched. Returns the
    folder (the caller removes it) and the copy.
    """
    folder = Path(tempfile.mkdtemp(prefix="checkin-read-"))
    copy = folder / path.name
    try:
        shutil.copyfile(path, copy)
        wal = Path(f"{path}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{copy}-wal"))
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise StoreUnavailable(path.name, f"it could not be copied to be read: {exc.strerror}") \
            from exc
    return folder, copy
