"""Schema 4 and the shares on a real event file: the cap counts the doors' shares."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from checkin.door import DoorService, Verdict
from checkin.door.books import StoreBooks
from checkin.models import GuestInput
from checkin.store import SCHEMA_VERSION, Store, doors, metadata, utcnow
from tests.conftest import T0, Clock, seed


def _event(path: Path, capacity: int, guests: int) -> Store:
    store = Store.create(path, name="Zaal", capacity=capacity, event_date=T0.date(), now=T0)
    seed(store, [GuestInput(name=f"Guest {i}", code=f"C{i:03d}") for i in range(guests)])
    return store


def _holds(store: Store) -> tuple[int, int, int]:
    with store.read() as conn:
        capacity, inside = conn.execute(sa.text("SELECT capacity, inside FROM event")).one()
        return capacity, inside, doors.held(conn)


def _contact(store: Store, door: str, declared: int | None, clock: Clock) -> doors.Contact:
    with store.write() as tx:
        return doors.contact(
            tx.conn, door, declared=declared, waiting=0, door_time=clock.now, now=clock.now
        )


def test_a_schema_3_file_gets_the_door_table(tmp_path: Path) -> None:
    path = tmp_path / "old.checkin"
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # schema 3 is schema 4 without the door table
        metadata.create_all(
            conn, tables=[t for t in metadata.sorted_tables if t.name not in ("door", "outbox")]
        )
        conn.execute(sa.text("INSERT INTO meta VALUES ('schema_version', '3')"))
        conn.execute(
            sa.text(
                "INSERT INTO event (id, name, capacity, tag, created_at) "
                "VALUES (1, 'Oud', 2, 'ABCD', '2021-06-18T17:00:00.000000+00:00')"
            )
        )
    engine.dispose()
    with Store.open(path) as store:
        with store.write() as tx:
            contact = doors.contact(tx.conn, "Hal", declared=None, waiting=0, door_time=T0, now=T0)
        assert contact.share == 1  # half of 2 free places
        store.add_guest(GuestInput(name="Anna", code="A1"))
        assert DoorService(store, door="Zij").scan("A1").verdict is Verdict.ADMITTED
        assert DoorService(store, door="Zij").scan("A1", exit=True).verdict is Verdict.EXITED
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT value FROM meta").fetchone() == (str(SCHEMA_VERSION),)
    assert raw.execute("SELECT name, share FROM door").fetchall() == [("Hal", 1)]
    raw.close()


def test_places_in_shares_are_not_free_for_anyone_else(tmp_path: Path, clock: Clock) -> None:
    store = _event(tmp_path / "e.checkin", capacity=4, guests=6)
    assert _contact(store, "Hal", None, clock).share == 2
    office = DoorService(store, door="Kantoor", clock=clock)
    assert office.scan("C000").verdict is Verdict.ADMITTED
    assert office.scan("C001").verdict is Verdict.ADMITTED
    # two places left, both in Hal's share: the office (no share) is turned away
    assert office.scan("C002").verdict is Verdict.FULL
    assert _holds(store) == (4, 2, 2)
    hal = DoorService(StoreBooks(store, pays="Hal"), door="Hal", clock=clock)
    assert hal.scan("C003").verdict is Verdict.ADMITTED  # paid from its share
    assert _holds(store) == (4, 3, 1)
    assert hal.scan("C004").verdict is Verdict.ADMITTED
    assert hal.scan("C005").verdict is Verdict.FULL
    assert _holds(store) == (4, 4, 0)


def test_a_connected_door_pays_from_its_share_then_the_pool(tmp_path: Path, clock: Clock) -> None:
    store = _event(tmp_path / "e.checkin", capacity=10, guests=12)
    told = {d: _contact(store, d, None, clock).share for d in ("A", "B")}
    assert told == {"A": 5, "B": 2}  # B joined when A already held half
    told["A"] = _contact(store, "A", told["A"], clock).share
    assert told["A"] == 2  # A is told to shrink; the server holds 5 until A agrees
    assert _holds(store) == (10, 0, 7)
    told["A"] = _contact(store, "A", told["A"], clock).share
    assert _holds(store) == (10, 0, 4)
    a = DoorService(StoreBooks(store, pays="A"), door="A", clock=clock)
    for i in range(8):  # 2 from its share, then the 6 of the pool
        assert a.scan(f"C{i:03d}").verdict is Verdict.ADMITTED
    assert a.scan("C008").verdict is Verdict.FULL  # B's 2 are B's
    assert _holds(store) == (10, 8, 2)
    capacity, inside, held = _holds(store)
    assert inside + held <= capacity


def test_a_journal_sent_late_pays_from_the_share_and_an_exit_refills_it(
    tmp_path: Path, clock: Clock
) -> None:
    store = _event(tmp_path / "e.checkin", capacity=10, guests=12)
    assert _contact(store, "A", None, clock).share == 5
    a = DoorService(StoreBooks(store, pays="A", replay=True), door="A", clock=clock)
    t1, t2 = clock(), clock()
    r = a.scan("C001", at=t1, scan_id="u-1", offline=True)
    assert r.verdict is Verdict.ADMITTED and r.offline
    assert a.scan("C001", at=t2, exit=True, scan_id="u-2", offline=True).verdict is Verdict.EXITED
    # the same journal again: stored once
    assert a.scan("C001", at=t1, scan_id="u-1", offline=True).verdict is Verdict.ADMITTED
    assert _holds(store) == (10, 0, 5)
    assert len([s for s in store.scans() if s.uuid in ("u-1", "u-2")]) == 2


def test_a_released_door_holds_nothing_and_its_late_admissions_overshoot(
    tmp_path: Path, clock: Clock
) -> None:
    store = _event(tmp_path / "e.checkin", capacity=2, guests=4)
    assert _contact(store, "A", None, clock).share == 1
    with store.write() as tx:
        assert doors.release(tx.conn, "A") == 1
    office = DoorService(store, door="Kantoor", clock=clock)
    assert office.scan("C000").verdict is Verdict.ADMITTED
    assert office.scan("C001").verdict is Verdict.ADMITTED
    # it had admitted one offline meanwhile
    a = DoorService(StoreBooks(store, pays="A", replay=True), door="A", clock=clock)
    assert a.scan("C002", at=clock.now, scan_id="late", offline=True).verdict is Verdict.ADMITTED
    with store.read() as conn:
        assert doors.over_by(conn) == 1
    assert _holds(store) == (2, 3, 0)


def test_a_supervisor_releases_a_door_from_the_command_line(
    tmp_path: Path,
    clock: Clock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from checkin.cli import main
    from checkin.pin import set_pin

    path = tmp_path / "e.checkin"
    store = _event(path, capacity=10, guests=2)
    set_pin(store, "2468")
    assert _contact(store, "Hal", None, clock).share == 5
    monkeypatch.setenv("CHECKIN_PIN", "2468")
    assert main(["release-door", str(path), "Hal"]) == 0
    assert "5 places released" in capsys.readouterr().out
    assert _holds(store) == (10, 0, 0)
    with store.read() as conn:
        assert [(d.name, d.released) for d in doors.door_rows(conn)] == [("Hal", True)]
    assert main(["release-door", str(path), "Zij"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "never held a share" in err[0]
    monkeypatch.setenv("CHECKIN_PIN", "1111")
    assert main(["release-door", str(path), "Hal"]) == 2
    assert "PIN is wrong" in capsys.readouterr().err
    store.close()


def test_releasing_a_live_door_warns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`release-door` of a door that is live right now was accepted without a word."""
    from checkin.cli import main

    path = tmp_path / "e.checkin"
    store = _event(path, capacity=10, guests=2)
    with store.write() as tx:  # heard from just now, by the server's clock
        doors.contact(tx.conn, "Hal", declared=None, waiting=0, door_time=utcnow())
    monkeypatch.delenv("CHECKIN_PIN", raising=False)
    assert main(["release-door", str(path), "Hal"]) == 0
    captured = capsys.readouterr()
    assert "5 places released" in captured.out
    warning = captured.err.strip().splitlines()
    assert len(warning) == 1 and "warning: door Hal was heard from" in warning[0]
    store.close()
