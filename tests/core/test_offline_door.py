"""The offline-capable door in one process: its copy, its journal, and what it refuses."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from checkin.door import Verdict, over_cap
from checkin.errors import DamagedReplica, NeverConnected, ReplicaOfOtherEvent
from checkin.models import GuestInput
from checkin.offline.door import OfflineDoor
from checkin.offline.replica import replica_path
from checkin.store import Store, display_location
from tests.conftest import T0, seed
from tests.pgcluster import PgCluster, free_port


def _event(location: str | Path, capacity: int = 10, guests: int = 10) -> Store:
    store = Store.create(location, name="Zaal", capacity=capacity, event_date=T0.date())
    seed(store, [GuestInput(name=f"Guest {i}", code=f"C{i:03d}") for i in range(guests)])
    return store


def test_a_door_never_connected_says_so(tmp_path: Path) -> None:
    url = f"postgresql://checkin@127.0.0.1:{free_port()}/nothing"
    with pytest.raises(NeverConnected) as err:
        OfflineDoor(url, "Hal", tmp_path, background=False)
    assert "never been connected" in str(err.value)


def test_a_damaged_journal_is_refused_and_kept(tmp_path: Path) -> None:
    event = tmp_path / "e.checkin"
    _event(event).close()
    with OfflineDoor(event, "Hal", tmp_path / "data", background=False) as door:
        assert door.scan("C001").verdict is Verdict.ADMITTED
    path = replica_path(tmp_path / "data", display_location(str(event)), "Hal")
    data = bytearray(path.read_bytes())
    data[0:16] = b"not a database!!"
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedReplica) as err:
        OfflineDoor(event, "Hal", tmp_path / "data", background=False)
    assert "damaged" in str(err.value) and "kept" in str(err.value)
    assert path.read_bytes() == bytes(data)


def test_a_journal_of_another_event_is_refused_and_kept(tmp_path: Path) -> None:
    event = tmp_path / "e.checkin"
    _event(event).close()
    with OfflineDoor(event, "Hal", tmp_path / "data", background=False) as door:
        door.scan("C001")
    path = replica_path(tmp_path / "data", display_location(str(event)), "Hal")
    before = path.read_bytes()
    event.unlink()
    _event(event).close()  # the same file name, another event (another tag)
    with pytest.raises(ReplicaOfOtherEvent):
        OfflineDoor(event, "Hal", tmp_path / "data", background=False)
    assert path.exists() and len(path.read_bytes()) >= len(before) // 2


def test_offline_within_the_share_then_sent_once(pg_cluster: PgCluster, tmp_path: Path) -> None:
    url = pg_cluster.create_database()
    _event(url, capacity=20, guests=24).close()
    a = OfflineDoor(url, "A", tmp_path / "a", background=False)
    b = OfflineDoor(url, "B", tmp_path / "b", background=False)
    a.flush(), b.flush(), a.flush()  # shares settle: A 5, B 5 (half of 20 free)
    assert a.scan("C000").verdict is Verdict.ADMITTED and a.link().share is not None
    share_a, share_b = a.link().share, b.link().share
    assert share_a is not None and share_b is not None and share_a + share_b <= 19
    pg_cluster.stop("immediate")
    answers = [a.scan(f"C{i:03d}") for i in range(1, 13)]
    assert all(r.offline for r in answers)
    admitted = [r for r in answers if r.verdict is Verdict.ADMITTED]
    assert len(admitted) == share_a  # within its share, then full
    assert answers[-1].verdict is Verdict.FULL
    assert a.link().waiting == len(answers) and not a.link().online
    # an exit gives the place back to the share, so the next guest gets in
    assert a.scan("C001", exit=True).verdict is Verdict.EXITED
    assert a.scan("C013").verdict is Verdict.ADMITTED
    # the same badge at the other door, while apart: two people went in on it
    assert b.scan("C013").verdict is Verdict.ADMITTED
    pg_cluster.start()
    assert a.flush(10) and b.flush(10) and a.flush(10)
    assert a.link().online and a.link().waiting == 0
    with Store.open(url) as store:
        event = store.event()
        scans = store.scans()
        uuids = [s.uuid for s in scans if s.uuid]
        assert len(uuids) == len(set(uuids))
        sent = {r.scan_id for r in answers} | {s.uuid for s in scans if s.door == "B"}
        assert sent <= set(uuids)
        # A: C000 + its share - C001 + C013; B: C013 again (two people, one badge)
        assert event.inside == 1 + share_a - 1 + 1 + 1
        assert over_cap(store) is None
        with store.read() as conn:
            flags = conn.execute(sa.text("SELECT flag FROM scan WHERE flag <> ''")).all()
    assert len(flags) >= 2 and all("two doors" in f[0] for f in flags), [
        (s.door, s.raw, s.action, s.verdict, s.people, s.offline, s.at) for s in scans]
    a.close()
    b.close()


def test_a_door_that_was_connected_starts_offline(pg_cluster: PgCluster,
                                                  tmp_path: Path) -> None:
    url = pg_cluster.create_database()
    _event(url, capacity=10, guests=12).close()
    with OfflineDoor(url, "A", tmp_path, background=False) as door:
        share = door.link().share
    pg_cluster.stop("immediate")
    with OfflineDoor(url, "A", tmp_path, background=False, connect_timeout=1) as door:
        assert any("starts offline" in n for n in door.notices)
        r = door.scan("C003")
        assert r.offline and r.verdict is (Verdict.ADMITTED if share else Verdict.FULL)
        assert r.guest is not None and r.guest.name == "Guest 3"
