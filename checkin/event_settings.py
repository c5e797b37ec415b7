"""The event's settings as a person changes them: checked here, saved in one transaction.

Settings (and the start screen, and the Door screen) save name, capacity,
door question, retention, language and undo window together through
``Store.update_event``: all or nothing. A capacity change on any path is
the same door action, checked against THE one range below and logged with
the door's name (``Tx.change_capacity``). This module needs nothing but the
error tree, so the store, the door and the screens can all ask it.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from checkin.errors import InvalidValue

CAPACITY_MIN, CAPACITY_MAX = 1, 100_000  # the most people inside at once, on every path

SETTINGS = frozenset(
    {
        "name",
        "date",
        "timezone",
        "retention_days",
        "door_question",
        "pin_hash",
        "language",
        "badge_design",
        "undo_minutes",
        "capacity",
    }
)
RETENTION_MAX_DAYS = 3650
UNDO_MAX_MINUTES = 24 * 60


def check_capacity(capacity: object) -> int:
    """THE capacity range, for every path that sets one."""
    if (
        isinstance(capacity, bool)
        or not isinstance(capacity, int)
        or not CAPACITY_MIN <= capacity <= CAPACITY_MAX
    ):
        raise InvalidValue(
            "capacity", capacity, f"must be a whole number from {CAPACITY_MIN} to {CAPACITY_MAX:,}"
        )
    return capacity


def _whole(field: str, value: object, low: int, high: int, unit: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidValue(field, value, f"must be between {low} and {high} {unit}")
    return value


def checked(values: dict[str, Any]) -> dict[str, Any]:
    """The settings as the store keeps them, or InvalidValue naming the first bad one."""
    unknown = set(values) - SETTINGS
    if unknown:
        raise InvalidValue("event field", sorted(unknown)[0], "is not a setting of an event")
    out = dict(values)
    if "name" in out:
        if not str(out["name"]).strip():
            raise InvalidValue("name", out["name"], "is empty; give the event a name")
        out["name"] = str(out["name"]).strip()
    if "capacity" in out:
        check_capacity(out["capacity"])
    if "retention_days" in out:
        _whole("retention", out["retention_days"], 0, RETENTION_MAX_DAYS, "days")
    if "undo_minutes" in out:
        _whole("undo window", out["undo_minutes"], 0, UNDO_MAX_MINUTES, "minutes")
    if "language" in out and out["language"] not in ("nl", "en"):
        raise InvalidValue("language", out["language"], "must be nl or en")
    if "door_question" in out:
        out["door_question"] = str(out["door_question"] or "").strip()
    if isinstance(out.get("badge_design"), dict):
        out["badge_design"] = json.dumps(out["badge_design"], sort_keys=True)
    if isinstance(out.get("date"), date):
        out["date"] = out["date"].isoformat()
    return out
