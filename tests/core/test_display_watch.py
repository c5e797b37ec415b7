"""The room display's watch (checkin/display.py): scans by another process are seen.

A file event and a server event (LISTEN/NOTIFY through schema 5's trigger) are
scanned by `checkin scan` subprocesses; the watch, on its one read-only
connection, reads the new headcount; the board turns red at full, green again
after an exit, and says stale once the store stops answering.
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from checkin import pin
from checkin.display import STALE_SECONDS, Look, RoomWatch, board
from checkin.errors import PinLockedOut, StoreError, WrongPin
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import seed
from tests.pgcluster import PgCluster

ROOT = Path(__file__).resolve().parents[2]


def scan(location: str, code: str, *extra: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "checkin.cli", "scan", location, code, *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr


def make_event(location: str) -> None:
    with Store.create(location, name="Party", capacity=2, language="nl") as store:
        seed(
            store,
            [
                GuestInput(first_name=f"Guest{i}", last_name="X", code=f"C00{i}")
                for i in range(1, 4)
            ],
        )
        pin.set_pin(store, "2468")


def watch_until(watch: RoomWatch, inside: int, seconds: float = 10.0) -> float:
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if watch.next(0.5).inside == inside:
            return time.monotonic() - start
    raise AssertionError(f"the watch never saw {inside} inside")


def run_room(location: str) -> None:
    make_event(location)
    store = Store.open(location, read_only=True)
    watch = RoomWatch(store)
    try:
        first = watch.next(0)
        assert (first.inside, first.capacity) == (0, 2)
        now = datetime.now(UTC)
        green = board(first, now=now, fresh_at=now)
        assert green.look is Look.ROOM and green.headline == "Kom binnen"
        assert green.count == "0 / 2" and green.left == "nog 2 plaatsen vrij"
        scan(location, "C001")
        watch_until(watch, 1)
        scan(location, "C002")
        watch_until(watch, 2)
        full = watch.next(0)
        red = board(full, now=full.at, fresh_at=full.at)
        assert red.look is Look.FULL and red.headline == "Even wachten"
        scan(location, "C003")  # full: refused, the count stays
        assert watch.next(0.5).inside == 2
        scan(location, "C001", "--exit")
        back = board(
            watch.next(0) if watch.next(0).inside == 1 else _seen(watch, 1),
            now=datetime.now(UTC),
            fresh_at=datetime.now(UTC),
        )
        assert back.look is Look.ROOM and back.count == "1 / 2"
        # the PIN, checked without writing to the read-only store
        with pytest.raises(WrongPin):
            watch.check_pin("1111")
        assert watch.check_pin("2468")
    finally:
        watch.close()
        store.close()


def _seen(watch: RoomWatch, inside: int):  # type: ignore[no-untyped-def]
    watch_until(watch, inside)
    return watch.next(0)


def test_file_event_seen_from_another_process(tmp_path: Path) -> None:
    run_room(str(tmp_path / "party.checkin"))


def test_server_event_seen_through_notify(pg_url: str) -> None:
    run_room(pg_url)


def test_stale_board_names_the_time_of_the_last_figures(tmp_path: Path) -> None:
    location = str(tmp_path / "party.checkin")
    make_event(location)
    with Store.open(location, read_only=True) as store:
        watch = RoomWatch(store)
        figures = watch.next(0)
        watch.close()
    later = figures.at + timedelta(seconds=STALE_SECONDS + 1)
    stale = board(figures, now=later, fresh_at=figures.at)
    assert stale.look is Look.STALE
    assert stale.count == "0 / 2" and "Laatste cijfers van" in stale.note
    assert stale.note in stale.description
    assert board(None, now=later, fresh_at=None).look is Look.STALE


def test_server_gone_is_a_store_error_then_back(pg_cluster: PgCluster) -> None:
    url = pg_cluster.create_database()
    make_event(url)
    store = Store.open(url, read_only=True)
    watch = RoomWatch(store)
    try:
        assert watch.next(0).inside == 0
        pg_cluster.stop("fast")
        start = time.monotonic()
        with pytest.raises(StoreError):
            for _ in range(20):
                watch.next(0.5)
        assert time.monotonic() - start < 10
        pg_cluster.start()
        assert watch.next(0).inside == 0  # connects again on its own
    finally:
        watch.close()
        store.close()


def test_a_schema_6_server_event_gets_the_notice_trigger(pg_url: str) -> None:
    """An event made before schema 7 is given the trigger by the migration."""
    import psycopg

    Store.create(pg_url, name="Old", capacity=5).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP TRIGGER room_changed ON event")
        for column in ("copy_seq", "copy_uuid", "restored"):  # schema 8's, also on the way
            conn.execute(f"ALTER TABLE door DROP COLUMN {column}")
        conn.execute("UPDATE meta SET value = '6' WHERE key = 'schema_version'")
    Store.open(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("LISTEN checkin_room")
        conn.execute("UPDATE event SET inside = inside + 1")
        heard = list(conn.notifies(timeout=2, stop_after=1))
    assert [n.channel for n in heard] == ["checkin_room"]
    with psycopg.connect(pg_url) as conn:
        columns = conn.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'door'"
        ).fetchall()
    assert {"copy_seq", "copy_uuid", "restored"} <= {c for (c,) in columns}


def test_the_read_only_pin_check_backs_off_like_the_door(tmp_path: Path) -> None:
    """Wrong PINs at the display wait as at a door, without writing to the event."""
    location = str(tmp_path / "party.checkin")
    make_event(location)
    with Store.open(location, read_only=True) as store:
        event = store.event()
    gate = pin.ReadOnlyPin()
    now = datetime(2026, 12, 7, 20, 0, tzinfo=UTC)
    for _ in range(pin.FREE_TRIES):
        with pytest.raises(WrongPin):
            gate.check(event, {}, "1111", now)
    with pytest.raises(PinLockedOut):
        gate.check(event, {}, "2468", now)  # even the right one waits
    later = now + timedelta(seconds=pin.FIRST_WAIT_S + 1)
    assert gate.check(event, {}, "2468", later)
    # the event's own back-off (from wrong tries at the doors) holds here too
    shared = {"pin_failures": 6, "pin_wait_until": (later + timedelta(minutes=1)).isoformat()}
    with pytest.raises(PinLockedOut):
        gate.check(event, shared, "2468", later)
