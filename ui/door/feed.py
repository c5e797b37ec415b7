"""What the Door screen reads besides its own verdicts: the scans since the last look.

Run on the store worker (never the UI thread) by the flow's refresh: the new log
rows feed the headcount chart, and those of other doors the strip of their latest
scans, with the guests' names (read once per guest, then kept).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from checkin.errors import CheckinError
from checkin.models import ScanRecord

if TYPE_CHECKING:
    from checkin.door import Door

FIRST_LOAD = 5000  # the chart shows hours, not the whole log: the newest scans are plenty


@dataclass(frozen=True)
class Feed:
    scans: tuple[ScanRecord, ...]  # oldest first
    names: dict[int, str] = field(default_factory=dict)  # guest id -> name, for the strip


def read_feed(service: Door, since_id: int, known: dict[int, str]) -> Feed:
    """Through the door (the server's log, or offline the door's own journal)."""
    new = service.scans(since_id, FIRST_LOAD)
    names: dict[int, str] = {}
    for record in new[-20:]:
        gid = record.guest_id
        if gid is None or gid in known or gid in names or record.door == service.door:
            continue
        try:
            names[gid] = service.guest_name(gid)
        except CheckinError:
            continue
    return Feed(tuple(new), names)
