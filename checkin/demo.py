"""The demo event: an inspiration meeting of arts-and-culture pioneers in Amsterdam Nieuw-West.

Built from resources/demo/guests.csv through the same import as any list, then a
few guests are scanned in through the door rules, so every screen has something
to show. The event is built under a temporary name and renamed into place, so a
crash half-way never leaves a half-built demo to be opened next time.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

from checkin import resources
from checkin.door import DoorService
from checkin.guestlist import import_guest_list
from checkin.store import Store, utcnow

DEMO_NAME = "Inspiratiesessie Kunst & Cultuur Nieuw-West"
DEMO_CAPACITY = 20
DEMO_INSIDE = 8


def build_demo(path: Path, *, now: datetime | None = None, source: Path | None = None) -> Store:
    """Create the demo event at ``path`` (which must not exist) and return it open."""
    path = Path(path)
    at = now or utcnow()
    partial = path.with_name(f".{path.name}.building")
    for leftover in _with_sidecars(partial):
        leftover.unlink(missing_ok=True)
    store = Store.create(
        partial,
        name=DEMO_NAME,
        capacity=DEMO_CAPACITY,
        event_date=at.date(),
        now=at - timedelta(days=14),
    )
    try:
        import_guest_list(store, source or resources.demo_list(), now=at - timedelta(days=7))
        expected = [g for g in store.guests() if not g.cancelled]
        # Every third guest, so the ones inside are spread over the alphabet.
        arriving = expected[::3][:DEMO_INSIDE]
        moment = [at]
        svc = DoorService(store, "Hoofdingang", clock=lambda: moment[0])
        for i, guest in enumerate(arriving):
            moment[0] = at - timedelta(minutes=3 * (len(arriving) - i))
            svc.scan(guest.code, ask_companions=False)  # a demo party comes in whole
    finally:
        store.close()
    os.replace(partial, path)
    return Store.open(path)


def open_demo(path: Path, *, now: datetime | None = None) -> Store:
    """The demo event at ``path``, built first if it is not there yet."""
    path = Path(path)
    if path.is_file():
        return Store.open(path)
    return build_demo(path, now=now)


def _with_sidecars(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
