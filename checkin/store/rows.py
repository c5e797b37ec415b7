"""Rows to values and back: times as UTC text, the event, guest and scan rows as frozen values."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa

from checkin.models import (
    Event,
    Guest,
    GuestInput,
    Presence,
    ScanRecord,
)
from checkin.text import display_name, fold, sort_key

# --- time ------------------------------------------------------------------


def utcnow() -> datetime:
    return datetime.now(UTC)


def to_db(moment: datetime | None) -> str | None:
    """UTC ISO text with microseconds, so text order is time order on both databases."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError("naive datetime given to the store")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def from_db(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


# --- rows to values --------------------------------------------------------


def _event_of(row: sa.Row[Any]) -> Event:
    m = row._mapping
    return Event(
        name=m["name"],
        date=date.fromisoformat(m["date"]) if m["date"] else None,
        capacity=m["capacity"],
        tag=m["tag"],
        inside=m["inside"],
        counter=m["counter"],
        peak=m["peak"],
        peak_at=from_db(m["peak_at"]),
        timezone=m["timezone"],
        retention_days=m["retention_days"],
        purged_at=from_db(m["purged_at"]),
        door_question=m["door_question"],
        pin_hash=m["pin_hash"],
        language=m["language"],
        badge_design=json.loads(m["badge_design"] or "{}"),
        undo_minutes=m["undo_minutes"],
        created_at=from_db(m["created_at"]) or utcnow(),
    )


def _guest_of(row: sa.Row[Any]) -> Guest:
    m = row._mapping
    return Guest(
        id=m["id"],
        first_name=m["first_name"],
        middle=m["middle"],
        last_name=m["last_name"],
        name=m["name"],
        organisation=m["organisation"],
        email=m["email"],
        code=m["code"],
        cancelled=bool(m["cancelled"]),
        presence=Presence(m["presence"]),
        walk_in=bool(m["walk_in"]),
        ticket_type=m["ticket_type"],
        seat=m["seat"],
        notes=m["notes"],
        companions=m["companions"],
        party=m["party"],
        first_arrival=from_db(m["first_arrival"]),
        last_departure=from_db(m["last_departure"]),
        inside_since=from_db(m["inside_since"]),
        entries=m["entries"],
        extra=json.loads(m["extra"]),
        sort_key=m["sort_key"],
        search_key=m["search_key"],
        pending=bool(m["pending"]),
        name_missing=bool(m["name_missing"]),
    )


def _scan_of(row: sa.Row[Any]) -> ScanRecord:
    m = row._mapping
    return ScanRecord(
        id=m["id"],
        at=from_db(m["at"]) or utcnow(),
        door=m["door"],
        raw=m["raw"],
        guest_id=m["guest_id"],
        action=m["action"],
        verdict=m["verdict"],
        inside_after=m["inside_after"],
        people=m["people"],
        confirmed=bool(m["confirmed"]),
        undone=bool(m["undone"]),
        uuid=m["uuid"],
        override=bool(m["override"]),
        reason=m["reason"],
        offline=bool(m["offline"]),
        flag=m["flag"],
    )


def guest_values(g: GuestInput) -> dict[str, Any]:
    """The stored columns of a guest as given, with the derived name and keys."""
    name = g.name.strip() or display_name(g.first_name, g.middle, g.last_name)
    return {
        "first_name": g.first_name.strip(),
        "middle": g.middle.strip(),
        "last_name": g.last_name.strip(),
        "name": name,
        "organisation": g.organisation.strip(),
        "email": g.email.strip(),
        "cancelled": g.cancelled,
        "ticket_type": g.ticket_type.strip(),
        "seat": g.seat.strip(),
        "notes": g.notes.strip(),
        "companions": max(0, g.companions),
        "extra": json.dumps(g.extra, ensure_ascii=False, sort_keys=True, default=str)
        if g.extra
        else "{}",
        "walk_in": g.walk_in,
        "pending": g.pending,
        "name_missing": g.name_missing,
        "sort_key": sort_key(g.first_name, g.last_name, name),
        "search_key": _search_key(name, g.organisation, g.email),
    }


def _search_key(name: str, organisation: str, email: str) -> str:
    return fold(f"{name}\x1f{organisation}\x1f{email}")
