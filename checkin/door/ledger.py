"""The ledger the door rules are written against: one door engine, two ledgers.

The rules (rules.py, timeline.py) and the door service (service.py) decide a
scan by asking a :class:`Ledger`: look up a guest or a code, is there room,
admit under the cap, let out, record the scan, a guest's history. Two ledgers
implement it:

- the store's writing transaction (:class:`checkin.store.Tx`), connected: the
  cap is the conditional UPDATE over the event row, counting every door's
  share as taken; the door that pays is the one the transaction was opened for;
- the door's own copy (:class:`checkin.offline.copy.CopyLedger`), offline: the
  cap is the door's share (:class:`checkin.offline.shares.Allowance`); every
  scan is journalled, on disk, before the verdict is returned.

:class:`Books` is where a ledger comes from: one writing transaction at a time,
plus the reads the door shows (the room, the counts) and the PIN.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import Any, Protocol

from checkin.door.verdicts import DoorStatus, RoomState, ScanResult
from checkin.models import Event, Guest, GuestInput, ScanRecord


class Ledger(Protocol):
    """One writing transaction over one door's view of the event."""

    locked: Event  # the event as it was when the transaction began
    inside: int | None  # the headcount last read or written in this transaction
    door: str  # the door that pays for an admission from its share ("" none)

    # looking up
    def event(self) -> Event: ...
    def guest(self, guest_id: int) -> Guest: ...
    def guest_by_code(self, readings: Sequence[str]) -> tuple[Guest, str] | None: ...
    def replaced(self, readings: Sequence[str]) -> tuple[Guest, datetime, str] | None: ...
    def invited(self, word: str, email: str) -> list[Guest]: ...

    # the cap
    def has_room(self, people: int) -> bool: ...
    def admit(self, people: int, now: datetime) -> bool: ...
    def force_admit(self, people: int, now: datetime) -> None: ...
    def release(self, people: int, *, guest_id: int | None = None) -> None: ...
    def change_counter(self, delta: int) -> None: ...
    def turned_away(self) -> int: ...

    # guests
    def set_guest(self, guest_id: int, **values: Any) -> None: ...
    def insert_guest(self, g: GuestInput, code: str, now: datetime) -> int: ...

    # the log
    def log(
        self,
        *,
        at: datetime,
        door: str,
        raw: str,
        guest_id: int | None,
        action: str,
        verdict: str,
        people: int = 1,
        confirmed: bool = False,
        uuid: str | None = None,
        override: bool = False,
        reason: str = "",
        offline: bool = False,
        flag: str = "",
    ) -> ScanRecord: ...
    def scan_by_uuid(self, uuid: str) -> ScanRecord | None: ...
    def scan(self, scan_id: int) -> ScanRecord: ...
    def history(self, guest_id: int) -> list[ScanRecord]: ...
    def newest_at(self, guest_id: int) -> datetime | None: ...
    def set_verdict(self, scan_id: int, verdict: str, people: int) -> None: ...
    def last_at_door(self, door: str, actions: Sequence[str]) -> ScanRecord | None: ...
    def last_scan(self, guest_id: int | None, actions: Sequence[str]) -> ScanRecord | None: ...
    def mark_undone(self, scan_id: int) -> None: ...

    # server-only (a door's copy refuses them with ServerOnly)
    def change_capacity(
        self, capacity: int, *, door: str, at: datetime, uuid: str
    ) -> ScanRecord: ...
    def replace_code(self, guest_id: int, new_code: str, at: datetime) -> Guest: ...


class Books(Protocol):
    """Where a door's ledger comes from, and what the door shows between scans."""

    offline: bool  # verdicts from these books are marked offline

    def write(self) -> AbstractContextManager[Ledger]: ...
    def event(self) -> Event: ...
    def room(self) -> RoomState: ...
    def status(self) -> DoorStatus: ...
    def check_pin(self, pin: str | None, now: datetime) -> bool: ...
    def room_of(self, tx: Any, result: ScanResult) -> RoomState: ...
