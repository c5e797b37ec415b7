"""A scan's id: the same id twice is one scan, answered with its first verdict.

The door makes a UUID for every scan, so a scan sent again (a retried upload, a
script that did not hear back) is stored once. An id that comes back with
another payload (another code, action, door, number of people or time) is not
that scan: it is refused in one sentence, so a second guest is never told the
first guest's verdict and left counted nowhere.
"""

from __future__ import annotations

from datetime import datetime

from checkin.door.ledger import Ledger
from checkin.door.rules import answered
from checkin.door.verdicts import Action, ScanResult
from checkin.errors import InvalidValue


def resent(
    tx: Ledger,
    scan_id: str,
    *,
    code: str,
    action: Action,
    door: str,
    people: int | None = None,
    at: datetime | None = None,
) -> ScanResult | None:
    """The first verdict when ``scan_id`` was stored already with this payload; None when
    the id is new. Raises InvalidValue when the id was used for another scan."""
    earlier = tx.scan_by_uuid(scan_id)
    if earlier is None:
        return None
    differs = []
    if earlier.raw != code:
        differs.append(f"code {earlier.raw or '(none)'}")
    if earlier.action != action.value:
        differs.append(f"action {earlier.action}")
    if earlier.door != door:
        differs.append(f"door {earlier.door or '(no name)'}")
    if people is not None and earlier.verdict in ("admitted", "full") and earlier.people != people:
        differs.append(f"{earlier.people} people")
    if at is not None and earlier.at != at:
        differs.append(f"time {earlier.at.isoformat()}")
    if differs:
        raise InvalidValue(
            "scan id",
            scan_id,
            f"was used for another scan ({', '.join(differs)}); give each scan its own id",
        )
    return answered(tx, earlier, tx.locked.capacity)
