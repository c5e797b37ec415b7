"""What the door reads between scans, offline: F2's search, F6's inside list and the PIN
are door calls, answered by the server while connected and by the door's own copy when
the server is away (a file whose write lock another process holds, or a PostgreSQL
server stopped hard), and a list read from the copy says so."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from checkin.door import DoorService, Verdict
from checkin.errors import WrongPin
from checkin.models import GuestInput, Presence
from checkin.offline.door import OfflineDoor
from checkin.pin import set_pin
from checkin.store import Store
from tests.conftest import T0, seed
from tests.pgcluster import PgCluster

PIN = "480517"


def _event(location: str | Path, capacity: int = 20) -> Store:
    store = Store.create(location, name="Zaal", capacity=capacity, event_date=T0.date())
    seed(
        store,
        [
            GuestInput(name="Anna de Vries", organisation="Groen & Co", code="C001"),
            GuestInput(name="Bram Jansen", code="C002"),
            GuestInput(name="Anna Bakker", code="C003"),
            GuestInput(name="Cees Visser", code="C004", companions=2),
        ],
    )
    return store


@contextmanager
def _held(path: Path) -> Iterator[None]:
    """Another process holds the event's write lock: the server does not answer a scan."""
    raw = sqlite3.connect(path, isolation_level=None, timeout=5)
    raw.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        raw.execute("ROLLBACK")
        raw.close()


def test_search_and_the_inside_list_come_from_the_copy_offline(tmp_path: Path) -> None:
    path = tmp_path / "e.checkin"
    with _event(path) as store:
        set_pin(store, PIN)
    with OfflineDoor(path, "Hal", tmp_path / "data", background=False) as door:
        found = door.search("anna", 20)
        assert not found.from_copy
        assert [g.code for g in found.guests] == ["C003", "C001"]  # door-list order
        assert door.scan("C001").verdict is Verdict.ADMITTED
        listed = door.inside_list()
        assert not listed.from_copy and [r.name for r in listed.rows] == ["Anna de Vries"]
        with _held(path):
            r = door.scan("C002")
            assert r.offline and r.verdict is Verdict.ADMITTED
            offline = door.count(1)
            assert offline.offline and offline.verdict is Verdict.ADMITTED
            # F2: from the copy, which knows what this door did offline
            found = door.search("bram", 20)
            assert found.from_copy
            assert [(g.code, g.presence) for g in found.guests] == [("C002", Presence.INSIDE)]
            assert [g.code for g in door.search("groen", 20).guests] == ["C001"]  # organisation
            assert [g.code for g in door.search("c00", 2).guests] == ["C003", "C002"]  # code
            assert door.search("nobody here", 20).guests == ()
            # F6: the server's list as last heard, moved by this door's own scans
            listed = door.inside_list()
            assert listed.from_copy and listed.event.name == "Zaal"
            assert sorted(r.name for r in listed.rows) == ["Anna de Vries", "Bram Jansen"]
            assert listed.counter == 1 and listed.people == 2
            # the PIN the copy holds: asked, wrong (counted), right
            assert door.check_pin(None) is False
            with pytest.raises(WrongPin):
                door.check_pin("111111")
            assert door.check_pin(PIN) is True
            # the server never saw the offline admission: the answers above were the copy's
            with Store.open(path) as server:
                bram = server.guest_by_code("C002")
                assert bram is not None and bram.presence is Presence.NOT_ARRIVED


def test_a_connected_door_reads_the_store(tmp_path: Path) -> None:
    with _event(tmp_path / "e.checkin") as store:
        door = DoorService(store, door="Main")
        asked = door.scan("C004")  # two companions: how many came along?
        assert asked.question is not None
        assert door.answer(asked.question, 3).verdict is Verdict.ADMITTED
        answer = door.inside_list()
        assert not answer.from_copy and answer.people == 3
        assert [r.name for r in answer.rows] == ["Cees Visser"]
        assert door.search("visser").guests[0].presence is Presence.INSIDE
        assert door.check_pin(None) is True  # no PIN set: every tool opens


@pytest.mark.postgres
@pytest.mark.slow
def test_a_door_whose_server_stopped_hard_still_finds_and_lists(
    pg_cluster: PgCluster, tmp_path: Path
) -> None:
    url = pg_cluster.create_database()
    _event(url).close()
    with OfflineDoor(url, "Hal", tmp_path / "data", background=False) as door:
        door.flush()
        assert door.scan("C001").verdict is Verdict.ADMITTED
        pg_cluster.stop("immediate")
        assert door.scan("C003").offline
        walk = door.walk_in(GuestInput(name="Dirk Nieuw"), new=True)
        assert walk.offline and walk.verdict is Verdict.ADMITTED
        found = door.search("dirk", 20)  # a walk-in made offline is on the copy's list
        assert found.from_copy and [g.name for g in found.guests] == ["Dirk Nieuw"]
        listed = door.inside_list()
        assert listed.from_copy
        assert sorted(r.name for r in listed.rows) == ["Anna Bakker", "Anna de Vries", "Dirk Nieuw"]
        assert not door.online


@pytest.mark.postgres
@pytest.mark.slow
def test_the_command_lines_inside_list_reads_the_door_copy_offline(
    pg_cluster: PgCluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from checkin.cli import main

    url = pg_cluster.create_database()
    _event(url).close()
    data = ["--door", "Noord", "--data-dir", str(tmp_path / "noord")]
    assert main(["scan", url, "C001", *data, "--json"]) == 0
    capsys.readouterr()
    assert main(["inside", url, *data, "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert [g["name"] for g in said["guests"]] == ["Anna de Vries"] and "offline" not in said
    pg_cluster.stop("immediate")
    assert main(["inside", url, *data, "--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["offline"] is True and [g["name"] for g in said["guests"]] == ["Anna de Vries"]
    assert main(["inside", url, *data]) == 0
    got = capsys.readouterr()
    assert "Anna de Vries" in got.out and "own copy" in got.err
    pdf = tmp_path / "inside.pdf"
    assert main(["inside", url, *data, "-o", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
