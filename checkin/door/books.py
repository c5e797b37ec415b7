"""The store as a door's books: its writing transaction is the connected ledger."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

from checkin import pin as pins
from checkin.door.reads import Found, InsideList
from checkin.door.room import room as read_room
from checkin.door.status import read_status
from checkin.door.verdicts import DoorStatus, RoomState, ScanResult
from checkin.models import Event, Guest, ScanRecord
from checkin.store import Store, Tx
from checkin.store.engine import DOOR_SECONDS


class StoreBooks:
    """A door's books on the event store. ``pays`` is the door whose share pays for
    its admissions ("" none: a door without a share); ``replay`` while it sends the
    journal of what it decided offline."""

    offline = False

    def __init__(self, store: Store, *, pays: str = "", replay: bool = False) -> None:
        self.store = store
        self.pays = pays
        self.replay = replay

    @contextmanager
    def write(self) -> Iterator[Tx]:
        with self.store.write(door=self.pays, replay=self.replay) as tx:
            yield tx

    def event(self) -> Event:
        return self.store.event()

    def room(self) -> RoomState:
        return read_room(self.store)

    def status(self) -> DoorStatus:
        return read_status(self.store)

    def room_of(self, tx: Tx, result: ScanResult) -> RoomState:
        """The room as a verdict left it, read in the verdict's own transaction."""
        full = result.inside >= result.capacity
        return RoomState(
            inside=result.inside,
            capacity=result.capacity,
            full=full,
            room_for=max(0, result.capacity - result.inside),
            turned_away=tx.turned_away(),
        )

    def scans(self, since_id: int, newest: int) -> list[ScanRecord]:
        """The log after ``since_id``, oldest first; from the start only the newest ones."""
        # what the Door screen reads after each verdict: within the door's deadline, so a
        # frozen server is "not connected" in seconds, not after the export's minute
        if since_id == 0:
            rows = self.store.scans(newest_first=True, limit=newest, seconds=DOOR_SECONDS)
            rows.reverse()
            return rows
        return self.store.scans(since_id=since_id, seconds=DOOR_SECONDS)

    def guest_name(self, guest_id: int) -> str:
        return self.store.guest(guest_id).name

    def guest(self, guest_id: int) -> Guest:
        return self.store.guest(guest_id)

    def check_pin(self, pin: str | None, now: datetime) -> bool:
        return pins.check(self.store, pin, now=now)

    def search(self, text: str, limit: int) -> Found:
        return Found(tuple(self.store.search(text, limit=limit)))

    def inside_list(self) -> InsideList:
        from checkin.documents.reports import inside_now  # openpyxl: only when asked

        rows, counter = inside_now(self.store)
        return InsideList(tuple(rows), counter, self.store.event())
