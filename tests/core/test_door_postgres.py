"""Two doors on one PostgreSQL event: late scans, re-sends, undo and the PIN across doors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from checkin import pin
from checkin.door import DoorService, Verdict, over_cap
from checkin.errors import InvalidValue, PinLockedOut, WrongPin
from checkin.models import GuestInput, Presence
from checkin.store import Store

pytestmark = pytest.mark.postgres

DAY = datetime(2021, 6, 18, 8, 0, tzinfo=UTC)


def _at(minutes: int) -> datetime:
    return DAY + timedelta(minutes=minutes)


def test_two_doors_share_time_order_ids_undo_and_the_pin(pg_url: str) -> None:
    now = _at(300)
    with Store.create(pg_url, name="Congres", capacity=2, event_date=DAY.date()) as s:
        for i in range(1, 5):
            s.add_guest(GuestInput(name=f"Gast {i}", code=f"100{i}"))
    north_store, south_store = Store.open(pg_url), Store.open(pg_url)
    try:
        north = DoorService(north_store, "Noord", clock=lambda: now)
        south = DoorService(south_store, "Zuid", clock=lambda: now)
        assert north.scan("1001", at=_at(60)).verdict is Verdict.ADMITTED
        assert north.scan("1001", exit=True, at=_at(120)).verdict is Verdict.EXITED
        # The south door was offline; its journal arrives now, twice (a retried upload
        # from the same door over another connection): each scan judged at its own time.
        journal = [
            ("a1", "1001", False, _at(90)),
            ("a2", "1002", False, _at(100)),
            ("a3", "1003", False, _at(110)),
            ("a4", "1004", False, _at(130)),
        ]
        first = [south.scan(c, exit=o, at=t, scan_id=i) for i, c, o, t in journal]
        resend = DoorService(north_store, "Zuid", clock=lambda: now)
        again = [resend.scan(c, exit=o, at=t, scan_id=i) for i, c, o, t in journal]
        # At 110 minutes 1001 and 1002 were inside a room of 2: 1003 did not fit then;
        # at 130 1001 had left.
        assert [r.verdict for r in first] == [
            Verdict.ALREADY_INSIDE,
            Verdict.ADMITTED,
            Verdict.FULL,
            Verdict.ADMITTED,
        ]
        assert [r.record_id for r in again] == [r.record_id for r in first]
        assert len(north_store.scans()) == 6
        assert north_store.event().inside == 2
        assert north_store.guest(1).presence is Presence.LEFT
        assert over_cap(north_store) is None  # a time is no way past the cap
        # The same id from another door is another scan: refused.
        with pytest.raises(InvalidValue):
            north.scan("1004", at=_at(130), scan_id="a4")
        # Live, the cap holds for both doors.
        assert north.scan("1003").verdict is Verdict.FULL
        # Each door undoes its own last scan only (a window long enough for the journal).
        north_store.update_event(undo_minutes=240)
        assert south.undo(reason="wrong guest").verdict is Verdict.UNDONE
        assert north_store.guest(4).presence is Presence.NOT_ARRIVED
        assert north_store.guest(2).presence is Presence.INSIDE
        # Wrong PINs count across doors.
        pin.set_pin(north_store, "2468")
        for n in range(5):
            with pytest.raises(WrongPin):
                (north if n % 2 else south).set_capacity(5, pin="1111")
        with pytest.raises(PinLockedOut):
            north.set_capacity(5, pin="2468")
        assert south_store.event().capacity == 2
    finally:
        north_store.close()
        south_store.close()
