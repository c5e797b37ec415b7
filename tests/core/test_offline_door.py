"""The offline-capable door in one process: its copy, its journal, and what it refuses."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from checkin import copying
from checkin.door import Verdict, over_cap
from checkin.errors import DamagedReplica, NeverConnected, ReplicaOfOtherEvent, WrongPin
from checkin.models import GuestInput
from checkin.offline import sending
from checkin.offline.door import OfflineDoor
from checkin.offline.replica import replica_path
from checkin.pin import set_pin
from checkin.store import Store, display_location, utcnow
from tests.conftest import T0, seed
from tests.pgcluster import PgCluster, free_port, wait_until


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
        (s.door, s.raw, s.action, s.verdict, s.people, s.offline, s.at) for s in scans
    ]
    a.close()
    b.close()


def test_a_door_that_was_connected_starts_offline(pg_cluster: PgCluster, tmp_path: Path) -> None:
    url = pg_cluster.create_database()
    _event(url, capacity=10, guests=12).close()
    with OfflineDoor(url, "A", tmp_path, background=False) as door:
        assert door.link().share
    # it ended cleanly: its places went back to the pool, so offline it has none
    pg_cluster.stop("immediate")
    with OfflineDoor(url, "A", tmp_path, background=False, connect_timeout=1) as door:
        assert any("starts offline" in n for n in map(str, door.notices))
        assert door.link().share == 0
        r = door.scan("C003")
        assert r.offline and r.verdict is Verdict.FULL
        assert r.guest is not None and r.guest.name == "Guest 3"


def test_the_copy_follows_the_server_within_seconds(pg_cluster: PgCluster, tmp_path: Path) -> None:
    url = pg_cluster.create_database()
    store = _event(url, capacity=10, guests=12)
    with (
        OfflineDoor(url, "A", tmp_path / "a", contact_every=0.3) as a,
        OfflineDoor(url, "B", tmp_path / "b", background=False) as b,
    ):
        gid = store.guest_by_code("C005").id  # type: ignore[union-attr]
        store.set_cancelled(gid, True)
        store.update_event(capacity=12)
        walk = b.walk_in(GuestInput(name="Wil Inloop", code="W1"), new=True, confirmed=True)
        assert walk.verdict is Verdict.ADMITTED
        assert b.scan("C006").verdict is Verdict.ADMITTED  # inside, seen from door A

        def caught_up() -> bool:
            g, w, c = (a.replica.guest_by_code([x]) for x in ("C005", "W1", "C006"))
            return bool(
                g
                and g.cancelled
                and w
                and c
                and c.presence.value == "inside"
                and a.replica.room().capacity == 12
            )

        assert wait_until(caught_up, 5)
        pg_cluster.stop("immediate")
        assert a.scan("C005").verdict is Verdict.CANCELLED
        assert a.scan("C006").verdict is Verdict.ALREADY_INSIDE
        r = a.scan("W1", exit=True)
        assert r.verdict is Verdict.EXITED and r.offline
    store.close()


def test_a_supervisor_releases_a_lost_door_and_its_late_scans_overshoot(
    pg_cluster: PgCluster, tmp_path: Path
) -> None:
    url = pg_cluster.create_database()
    store = _event(url, capacity=10, guests=20)
    set_pin(store, "4321")
    a = OfflineDoor(url, "A", tmp_path / "a", background=False)
    b = OfflineDoor(url, "B", tmp_path / "b", background=False)
    b.flush()
    lost = b.link().share
    assert lost
    pg_cluster.stop("immediate")
    late = [b.scan(f"C{i:03d}") for i in range(lost)]  # B admits on its share, then is lost
    assert all(r.verdict is Verdict.ADMITTED and r.offline for r in late)
    pg_cluster.start()
    store.close()
    store = Store.open(url)  # the test's own connections died with the server
    assert a.flush(10)
    with pytest.raises(WrongPin):
        a.release("B", "0000")
    assert a.release("B", None) == -2  # the PIN is needed
    assert a.release("B", "4321") == lost
    for i in range(10, 20):  # the released places are free for everyone now
        a.scan(f"C{i:03d}")
    assert store.event().inside == 10
    assert b.flush(10)  # B comes back: its late scans count, the overshoot is said
    assert any(f"went {lost} over its cap" in n for n in map(str, b.notices))
    assert store.event().inside == 10 + lost
    assert over_cap(store) is not None
    with store.read() as conn:
        row = conn.execute(sa.text("SELECT overshoot, released FROM door WHERE name = 'B'")).one()
    assert row[0] == lost and not row[1]
    a.close()
    b.close()
    store.close()


def test_the_command_line_door_and_status(
    pg_cluster: PgCluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from checkin.cli import main

    url = pg_cluster.create_database()
    _event(url, capacity=10, guests=12).close()
    data = str(tmp_path / "noord")
    assert main(["scan", url, "C001", "--door", "Noord", "--data-dir", data, "--json"]) == 0
    assert '"verdict": "admitted"' in capsys.readouterr().out
    assert main(["status", url, "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert [d["name"] for d in status["doors"]] == ["Noord"]
    # the command ended cleanly: its share went back to the pool (it held none offline)
    assert status["doors"][0]["share"] == 0 and status["doors"][0]["waiting"] == 0
    pg_cluster.stop("immediate")
    assert main(["scan", url, "C002", "--door", "Noord", "--data-dir", data, "--json"]) == 1
    captured = capsys.readouterr()
    assert '"offline": true' in captured.out and '"verdict": "full"' in captured.out
    assert "starts offline" in captured.err and "1 scans wait" in captured.err
    other = str(tmp_path / "zuid")
    assert main(["scan", url, "C003", "--door", "Zuid", "--data-dir", other]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "never been connected" in err[0]
    pg_cluster.start()
    assert main(["scan", url, "C004", "--door", "Noord", "--data-dir", data]) == 0
    assert "Back online: 1 scan sent" in capsys.readouterr().err
    assert main(["status", url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["doors"][0]["share"] == 0


def test_a_server_restored_from_a_backup_gets_the_scans_again(
    pg_cluster: PgCluster, tmp_path: Path
) -> None:
    url = pg_cluster.create_database()
    store = _event(url, capacity=10, guests=12)
    backup = copying.dump(store)  # as a backup would hold it, without the shares held then
    with OfflineDoor(url, "A", tmp_path, background=False) as door:
        first = [door.scan(f"C00{i}") for i in range(3)]
        assert all(r.verdict is Verdict.ADMITTED and not r.offline for r in first)
        assert door.scan("C000", exit=True).verdict is Verdict.EXITED
        copying.load(store, backup)  # the server is put back as it was before these scans
        assert store.event().inside == 0
        assert door.flush(10)
        assert any("lost 4 scans" in n for n in map(str, door.notices))
    assert store.event().inside == 2
    uuids = [s.uuid for s in store.scans() if s.uuid]
    assert sorted(uuids) == sorted({*uuids}) and len(uuids) == 4
    store.close()


def test_a_late_scan_is_placed_by_the_door_clock_corrected(
    pg_cluster: PgCluster, tmp_path: Path
) -> None:
    url = pg_cluster.create_database()
    _event(url, capacity=10, guests=12).close()
    behind = timedelta(hours=1)  # this laptop's clock is an hour behind the server's

    def clock() -> datetime:
        return utcnow() - behind

    with OfflineDoor(url, "A", tmp_path, background=False, clock=clock) as door:
        assert 3590_000 < door.replica.room().offset_ms < 3610_000
        connected = door.scan("C002")
        assert not connected.offline
        pg_cluster.stop("immediate")
        r = door.scan("C001")
        assert r.offline and r.verdict is Verdict.ADMITTED
        pg_cluster.start()
        assert door.flush(10)
    with Store.open(url) as store:
        (late,) = [s for s in store.scans() if s.uuid == r.scan_id]
        (live,) = [s for s in store.scans() if s.uuid == connected.scan_id]
    for scan in (late, live):  # both at the server's time, not the door's
        assert abs((scan.at - utcnow()).total_seconds()) < 60


def test_an_offline_exit_the_server_did_not_count_is_taken_off_the_share(
    pg_cluster: PgCluster, tmp_path: Path
) -> None:
    url = pg_cluster.create_database()
    _event(url, capacity=20, guests=12).close()
    a = OfflineDoor(url, "A", tmp_path / "a", background=False)
    b = OfflineDoor(url, "B", tmp_path / "b", background=False)
    assert a.scan("C001").verdict is Verdict.ADMITTED
    assert b.scan("C001", exit=True).verdict is Verdict.EXITED  # A has not heard of it
    pg_cluster.stop("immediate")
    before = a.link().share
    r = a.scan("C001", exit=True)
    assert r.offline and r.verdict is Verdict.EXITED  # as A's copy knows it
    assert a.link().share == (before or 0) + 1
    pg_cluster.start()
    with Store.open(url) as store:
        sent = sending.send_journal(store, a.replica, "A")
        assert sent.sent == 1 and sent.excess == 1  # the server did not count that exit
        assert a.flush(10)
        with store.read() as conn:
            held = {
                str(n): int(v) for n, v in conn.execute(sa.text("SELECT name, share FROM door"))
            }
        assert store.event().inside == 0
    assert (a.link().share or 0) <= held["A"]  # never more than the server reserves
    a.close()
    b.close()


def test_every_door_command_takes_the_data_dir_and_says_offline(
    pg_cluster: PgCluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from checkin.cli import main

    url = pg_cluster.create_database()
    _event(url, capacity=10, guests=12).close()
    data = ["--door", "Noord", "--data-dir", str(tmp_path / "noord"), "--json"]
    assert main(["count", url, "+1", *data]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["verdict"] == "admitted" and "offline" not in said
    pg_cluster.stop("immediate")
    # offline, this door holds no places (its last run gave them back): the cap holds
    for argv in (
        ["count", url, "+1"],
        ["walk-in", url, "--name", "Wil", "--new"],
        ["admit", url, "--guest", "2"],
    ):
        assert main([*argv, *data]) == 1, argv
        said = json.loads(capsys.readouterr().out)
        assert said["verdict"] == "full" and said["offline"] is True, (argv, said)
    assert main(["count", url, "-1", *data]) == 0  # the one counted in leaves
    said = json.loads(capsys.readouterr().out)
    assert said["verdict"] == "exited" and said["offline"] is True
    assert main(["undo", url, "--reason", "mis-tap", *data]) == 0
    assert json.loads(capsys.readouterr().out)["verdict"] == "undone"
    pg_cluster.start()
    assert main(["count", url, "+1", *data]) == 0
    capsys.readouterr()
    with Store.open(url) as store:
        event = store.event()
        # +1 online, -1 offline then undone offline, +1 online; the full ones are logged
        assert (event.inside, event.counter) == (2, 2)
        verdicts = [(s.action, s.verdict, s.offline) for s in store.scans()]
    assert ("walk_in", "full", True) in verdicts and ("undo", "undone", True) in verdicts
