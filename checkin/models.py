"""The values the core hands out: frozen dataclasses, never rows or dicts."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from checkin import zones


class Presence(enum.StrEnum):
    NOT_ARRIVED = "not_arrived"
    INSIDE = "inside"
    LEFT = "left"


class GuestStatus(enum.StrEnum):
    """What `checkin guests` and the Guests screen show."""

    NOT_ARRIVED = "not_arrived"
    INSIDE = "inside"
    LEFT = "left"
    CANCELLED = "cancelled"
    PENDING = "pending"  # not confirmed (unpaid, waiting list, expired): needs an override


@dataclass(frozen=True)
class Event:
    name: str
    date: date | None
    capacity: int
    tag: str
    inside: int
    counter: int  # people counted in with the +/- counter (crew, speakers without badge)
    peak: int
    peak_at: datetime | None
    timezone: str
    retention_days: int
    purged_at: datetime | None
    door_question: str
    pin_hash: str
    created_at: datetime
    # schema 3
    language: str = "en"  # nl or en: every document made for the event follows it
    badge_design: dict[str, Any] = field(default_factory=dict)  # logo, accent colour, ...
    undo_minutes: int = 15  # any door person may undo within this; later needs the PIN

    @property
    def room_left(self) -> int:
        return max(0, self.capacity - self.inside)

    @property
    def zone(self) -> ZoneInfo:
        """The event's local time zone, for every time a person reads."""
        # A store copied from a machine with other tz data, or no tz data at all: the
        # default zone, built in when even that is missing, so this never fails.
        return zones.zone(self.timezone)


@dataclass(frozen=True)
class Guest:
    id: int
    first_name: str
    middle: str  # tussenvoegsel: van, de, van den ...
    last_name: str
    name: str
    organisation: str
    email: str
    code: str
    cancelled: bool
    presence: Presence
    walk_in: bool
    ticket_type: str = ""
    seat: str = ""
    notes: str = ""
    companions: int = 0
    party: int = 0  # people counted in with this guest while inside (the guest + companions)
    first_arrival: datetime | None = None
    last_departure: datetime | None = None
    inside_since: datetime | None = None
    entries: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
    sort_key: str = ""
    search_key: str = ""
    pending: bool = False  # not confirmed: unpaid, waiting list, expired
    name_missing: bool = False  # the list had a code or email but no name

    @property
    def status(self) -> GuestStatus:
        if self.cancelled:
            return GuestStatus.CANCELLED
        if self.pending:
            return GuestStatus.PENDING
        return GuestStatus(self.presence.value)


@dataclass(frozen=True)
class GuestInput:
    """A guest as a list or a person gives it, before it has an id."""

    first_name: str = ""
    middle: str = ""
    last_name: str = ""
    name: str = ""
    organisation: str = ""
    email: str = ""
    code: str = ""
    cancelled: bool = False
    ticket_type: str = ""
    seat: str = ""
    notes: str = ""
    companions: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
    walk_in: bool = False
    pending: bool = False
    name_missing: bool = False


@dataclass(frozen=True)
class ScanRecord:
    id: int
    at: datetime
    door: str
    raw: str
    guest_id: int | None
    action: str
    verdict: str
    inside_after: int
    people: int = 1
    confirmed: bool = False
    undone: bool = False
    # schema 3
    uuid: str | None = None  # made by the door; the same id twice is stored once
    override: bool = False  # admitted by a supervisor's override
    reason: str = ""  # of an override or an undo
    offline: bool = False  # decided by a door while the server was out of reach
    flag: str = ""  # e.g. a badge used at two doors while they were apart


@dataclass(frozen=True)
class ImportRecord:
    id: int
    file_name: str
    at: datetime
    imported: int
    updated: int
    skipped: int
    duplicates: int
    cancelled: int
