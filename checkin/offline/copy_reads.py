"""What the door's tools read from its copy while the server is away: the search (F2)
and who is inside (F6), as the store answers them connected."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from checkin.door.reads import Found, InsideList
from checkin.models import Guest, Presence
from checkin.offline.copy_rows import GUEST_COLUMNS, guest_of
from checkin.offline.replica import Replica
from checkin.text import fold, sort_key

_G = ", ".join(GUEST_COLUMNS)


def _guests(replica: Replica, where: str, params: Sequence[object]) -> list[Guest]:
    """The copy's guests that match, in door-list order (as the store sorts them)."""
    with replica.lock:
        rows = replica.conn.execute(f"SELECT {_G} FROM guest WHERE {where}", params).fetchall()
    guests = [guest_of(r) for r in rows]
    guests.sort(key=lambda g: (sort_key(g.first_name, g.last_name, g.name), g.id))
    return guests


def search(replica: Replica, text: str, limit: int) -> Found:
    """The door's search on the copy: every word in the name, organisation, email or
    code, as the store's search does it."""
    terms = [t.replace("%", "").replace("_", "") for t in fold(text).split()]
    where = " AND ".join("(search_key LIKE ? OR lower(code) LIKE ?)" for _ in terms)
    params = [p for t in terms for p in (f"%{t}%", f"%{t}%")]
    return Found(tuple(_guests(replica, where or "1", params)[:limit]), from_copy=True)


def inside_list(replica: Replica) -> InsideList:
    """Who is inside as this door's copy knows it: the server's list at the last
    contact, moved by this door's own scans since."""
    from checkin.documents.reports import InsideRow  # openpyxl: only when asked

    event = replica.event()
    heard = replica.room().last_contact
    rows = tuple(
        InsideRow(
            guest_id=g.id,
            name=g.name,
            organisation=g.organisation,
            arrived=(g.inside_since or g.first_arrival or heard or datetime.now(UTC)).astimezone(
                event.zone
            ),
            people=max(1, g.party),
        )
        for g in _guests(replica, "presence = ?", (Presence.INSIDE.value,))
    )
    return InsideList(rows, event.counter, event, from_copy=True)
