"""A door's identity, its clean end, and the server's clock: the cap's edges, as attacked."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

import pytest

from checkin.errors import DoorNameTaken
from checkin.models import GuestInput
from checkin.offline.door import OfflineDoor
from checkin.store import Store, doors, utcnow
from tests.conftest import T0, seed
from tests.pgcluster import PgCluster


def _event(location: str | Path, capacity: int = 30, guests: int = 40) -> None:
    store = Store.create(location, name="Zaal", capacity=capacity, event_date=T0.date())
    seed(store, [GuestInput(name=f"Guest {i}", code=f"C{i:03d}") for i in range(guests)])
    store.close()


def _held(location: str | Path) -> dict[str, int]:
    with Store.open(location) as store, store.read() as conn:
        return {d.name: d.share for d in doors.door_rows(conn)}


def test_doors_that_end_cleanly_give_their_share_back(tmp_path: Path) -> None:
    """Five one-shot door runs held 25 of 30 places, so a plain door said `full` at 5/30."""
    path = tmp_path / "e.checkin"
    _event(path)
    for i in range(5):
        with OfflineDoor(path, f"Run {i}", tmp_path / f"d{i}", background=False) as door:
            assert door.link().share
            assert door.scan(f"C{i:03d}").verdict.value == "admitted"
    assert sum(_held(path).values()) == 0
    from checkin.door import DoorService

    with Store.open(path) as store:
        plain = DoorService(store, door="Plain")
        answers = [plain.scan(f"C{i:03d}").verdict.value for i in range(5, 30)]
        assert answers == ["admitted"] * 25 and store.event().inside == 30


def test_a_second_laptop_with_a_live_doors_name_is_refused(tmp_path: Path) -> None:
    """Two laptops cloned from one image, one door name: 30 inside at cap 20."""
    path = tmp_path / "e.checkin"
    _event(path, capacity=20)
    first = OfflineDoor(path, "Noord", tmp_path / "laptop-1", background=False)
    try:
        assert first.flush(5)
        with pytest.raises(DoorNameTaken) as err:
            OfflineDoor(path, "Noord", tmp_path / "laptop-2", background=False)
        assert str(err.value).count(".") == 1 and "another door name" in str(err.value)
        # the first laptop vanishes (no clean end) while it holds places: still refused
        time.sleep(doors.SILENT_AFTER.total_seconds() + 1)
        with pytest.raises(DoorNameTaken) as err:
            OfflineDoor(path, "Noord", tmp_path / "laptop-2", background=False)
        assert "release" in str(err.value)
        assert _held(path)["Noord"] > 0
    finally:
        first.close()
    # the first ended cleanly: its share is back and the name is free for another laptop
    assert _held(path)["Noord"] == 0
    with OfflineDoor(path, "Noord", tmp_path / "laptop-2", background=False) as second:
        assert second.link().share


def test_the_clock_offset_is_measured_against_the_servers_clock(
    pg_url: str, tmp_path: Path
) -> None:
    """A laptop 40 minutes slow logged its scans 40 minutes early (the offset was 0)."""
    _event(pg_url)
    slow = timedelta(minutes=40)
    with OfflineDoor(
        pg_url, "Traag", tmp_path, clock=lambda: utcnow() - slow, background=False
    ) as door:
        r = door.scan("C001")
        assert abs(r.at - utcnow()) < timedelta(minutes=1)
        assert abs(door.server_now() - utcnow()) < timedelta(minutes=1)
    with Store.open(pg_url) as store, store.read() as conn:
        row = next(d for d in doors.door_rows(conn) if d.name == "Traag")
        assert abs(row.clock_offset_ms - slow.total_seconds() * 1000) < 60_000
        logged = [s.at for s in store.scans() if s.uuid == r.scan_id]
    assert len(logged) == 1 and abs(logged[0] - utcnow()) < timedelta(minutes=1)


def test_a_journal_entry_the_server_refuses_is_named_and_the_rest_is_sent(tmp_path: Path) -> None:
    """A laptop clock put 3 days back while offline: its journal was refused for good,
    while the door said the server did not answer."""
    import sqlite3

    path = tmp_path / "e.checkin"
    store = Store.create(path, name="Zaal", capacity=30, event_date=utcnow().date())
    seed(store, [GuestInput(name=f"Guest {i}", code=f"C{i:03d}") for i in range(10)])
    store.close()
    skew = [timedelta(0)]
    with OfflineDoor(
        path, "Noord", tmp_path / "d", clock=lambda: utcnow() - skew[0], background=False
    ) as door:
        raw = sqlite3.connect(path, isolation_level=None, timeout=5)
        raw.execute("BEGIN IMMEDIATE")  # the server does not answer
        assert door.scan("C001").verdict.value == "admitted"
        skew[0] = timedelta(days=3)
        assert door.scan("C002").verdict.value == "admitted"
        assert door.scan("C003").verdict.value == "admitted"
        time.sleep(2.5)  # the server's own try gives up
        raw.execute("ROLLBACK")
        raw.close()
        assert door.flush(10)
        text = " ".join(map(str, door.notices))
        assert "3 scans sent" in text and text.count("could not take") == 2, text
        assert "C002" in text and "more than a day before" in text
    with Store.open(path) as store:
        assert store.event().inside == 3  # every admission the door made counts
        flags = [s.flag for s in store.scans() if s.flag]
    assert len(flags) == 2 and all("refused by the server" in f for f in flags)


def test_a_purge_reaches_every_copy_at_its_next_contact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Names, organisations, codes and journals stayed in every door's data folder."""
    from checkin.cli import main
    from checkin.offline.replica import replica_path
    from checkin.privacy import purge
    from checkin.store import display_location

    path = tmp_path / "e.checkin"
    store = Store.create(path, name="Zaal", capacity=30, event_date=T0.date())
    seed(
        store,
        [
            GuestInput(name="Zoë Yılmaz", organisation="Studio Gerrit", code="ZOE-1"),
            GuestInput(name="Jan de Vries", code="JAN-2"),
        ],
    )
    store.close()
    for name in ("A", "B"):
        with OfflineDoor(path, name, tmp_path / name, background=False) as door:
            assert door.scan("ZOE-1" if name == "A" else "JAN-2").verdict.value == "admitted"
    files = {n: replica_path(tmp_path / n, display_location(str(path)), n) for n in "AB"}
    assert b"Studio Gerrit" in files["A"].read_bytes()
    with Store.open(path) as store:
        purge(store)
    with OfflineDoor(path, "A", tmp_path / "A", background=False):
        pass  # door A's next contact
    data = files["A"].read_bytes()
    for text in ("Zoë Yılmaz", "Studio Gerrit", "ZOE-1", "JAN-2", "Jan de Vries"):
        assert text.encode() not in data, text
    assert main(["status", str(path)]) == 0
    lines = [x for x in capsys.readouterr().out.splitlines() if x.startswith("door ")]
    assert len(lines) == 2
    assert "still holds guest data" in lines[1] and "still holds" not in lines[0]


def test_a_copy_edited_to_hold_500_places_still_stops_at_the_cap(tmp_path: Path) -> None:
    """A copy edited to share=500: 61 inside at cap 20."""
    import sqlite3

    from checkin.offline.replica import replica_path
    from checkin.store import display_location

    path = tmp_path / "e.checkin"
    _event(path, capacity=20, guests=40)
    with Store.open(path) as store:
        from checkin.door import DoorService

        office = DoorService(store, door="Kantoor")
        assert all(office.scan(f"C{i:03d}").verdict.value == "admitted" for i in range(5))
    with OfflineDoor(path, "Noord", tmp_path / "d", background=False):
        pass  # the door has its copy
    copy = replica_path(tmp_path / "d", display_location(str(path)), "Noord")
    raw = sqlite3.connect(copy)
    raw.execute("UPDATE meta SET value = '500' WHERE key = 'share'")
    raw.commit()
    raw.close()
    held = sqlite3.connect(path, isolation_level=None, timeout=5)
    held.execute("BEGIN IMMEDIATE")  # the server does not answer
    try:
        with OfflineDoor(
            path, "Noord", tmp_path / "d", background=False, connect_timeout=0.5
        ) as again:
            answers = [again.scan(f"C{i:03d}").verdict.value for i in range(5, 40)]
    finally:
        held.execute("ROLLBACK")
        held.close()
    assert answers.count("admitted") <= 15  # 5 inside as the copy heard it, cap 20


def test_a_copy_put_back_from_a_snapshot_is_known_at_its_next_contact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A copy restored from a snapshot: 29 inside at cap 20 and the server reported nothing.
    Offline, a copy put back cannot be told from the real one (it admits on the share it
    held then); at its next contact the server knows it, counts its scans, says so, and
    sets its share."""
    import shutil
    import sqlite3

    from checkin.cli import main
    from checkin.door import DoorService
    from checkin.offline.replica import replica_path
    from checkin.store import display_location

    path = tmp_path / "e.checkin"
    _event(path, capacity=20, guests=40)
    copy = replica_path(tmp_path / "d", display_location(str(path)), "Noord")
    snapshot = tmp_path / "snapshot.replica"
    with OfflineDoor(path, "Noord", tmp_path / "d", background=False) as door:
        assert all(door.scan(f"C{i:03d}").verdict.value == "admitted" for i in range(5))
        held_then = door.link().share
        live, snap = sqlite3.connect(copy), sqlite3.connect(snapshot)
        live.backup(snap)  # the laptop's backup, taken while the door works
        live.close()
        snap.close()
        assert all(door.scan(f"C{i:03d}").verdict.value == "admitted" for i in range(5, 10))
    assert held_then > 0 and _held(path)["Noord"] == 0  # ended cleanly: its share is back
    with Store.open(path) as store:
        office = DoorService(store, door="Kantoor")
        assert [office.scan(f"C{i:03d}").verdict.value for i in range(10, 21)].count(
            "admitted"
        ) == 10
        assert store.event().inside == 20
        with store.read() as conn:
            assert all(d.restored == 0 for d in doors.door_rows(conn))  # nothing to say yet
    for suffix in ("-wal", "-shm"):
        copy.with_name(copy.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(snapshot, copy)  # the laptop put back as it was
    held = sqlite3.connect(path, isolation_level=None, timeout=5)
    held.execute("BEGIN IMMEDIATE")  # the server does not answer: the door starts offline
    try:
        again = OfflineDoor(path, "Noord", tmp_path / "d", background=False, connect_timeout=0.5)
        answers = [again.scan(f"C{i:03d}").verdict.value for i in range(21, 40)]
    finally:
        held.execute("ROLLBACK")
        held.close()
    admitted = answers.count("admitted")
    assert 0 < admitted <= held_then  # the share the snapshot held, never more
    try:
        assert again.flush(10)
        said = " ".join(map(str, again.notices))
        assert "older than the server had heard it" in said, said
        assert f"the room went {admitted} over its cap" in said, said
        assert again.link().share == 0  # the server sets its share: the room is over
        assert again.scan("C039").verdict.value == "full"
    finally:
        again.close()
    with Store.open(path) as store, store.read() as conn:
        assert store.event().inside == 20 + admitted  # the people are in: counted
        (row,) = [d for d in doors.door_rows(conn) if d.name == "Noord"]
        assert row.restored == 1
    capsys.readouterr()
    assert main(["status", str(path)]) == 0
    out = capsys.readouterr().out
    assert "door Noord:" in out and "came back older than the server had heard it (once)" in out


def test_a_lost_copy_or_another_address_cannot_spend_the_doors_places_twice(
    pg_cluster: PgCluster, tmp_path: Path
) -> None:
    """The door's data folder deleted, or the server reached under another address
    (`localhost` for `127.0.0.1`), while offline scans wait to be sent: 30 inside at cap
    20 and the server reported nothing. Either is a new copy, so a new door: refused under
    the name of the door that holds places, and the waiting journal still arrives."""
    import shutil

    url = pg_cluster.create_database()
    _event(url, capacity=20, guests=40)
    first = OfflineDoor(url, "Noord", tmp_path / "d", background=False)
    held = first.link().share
    assert held and held > 0
    pg_cluster.stop("immediate")
    offline = [first.scan(f"C{i:03d}") for i in range(held + 3)]
    admitted = sum(r.verdict.value == "admitted" and r.offline for r in offline)
    assert admitted == held  # its share, then full
    first.close()  # vanished: the journal waits in its copy
    pg_cluster.start()
    shutil.copytree(tmp_path / "d", tmp_path / "kept")
    shutil.rmtree(tmp_path / "d")  # the data folder deleted
    elsewhere = url.replace("127.0.0.1", "localhost")  # the same server, another address
    for location, folder in ((url, tmp_path / "d"), (elsewhere, tmp_path / "kept")):
        with pytest.raises(DoorNameTaken) as err:
            OfflineDoor(location, "Noord", folder, background=False)
        assert str(err.value).count(".") == 1 and "another door name" in str(err.value)
    assert _held(url)["Noord"] == held  # its places stay reserved for its journal
    with OfflineDoor(url, "Noord", tmp_path / "kept", background=False) as back:
        assert back.flush(10)  # the real copy, at its own address: its journal is sent
    with Store.open(url) as store:
        assert store.event().inside == admitted  # every admission it made is counted


def test_a_released_door_whose_name_was_taken_is_told_its_scans_were_counted(
    tmp_path: Path,
) -> None:
    """A door released by a supervisor, its name then given to another laptop: when the
    old laptop comes back its journal goes in first (the people are in), then it is
    refused by name, and the sentence says what was counted (it said nothing of it)."""
    import sqlite3

    path = tmp_path / "e.checkin"
    _event(path, capacity=20, guests=40)
    old = OfflineDoor(path, "A", tmp_path / "d1", background=False, connect_timeout=0.5)
    share = old.link().share
    assert share and share > 0
    held = sqlite3.connect(path, isolation_level=None, timeout=5)
    held.execute("BEGIN IMMEDIATE")  # the server does not answer
    try:
        answers = [old.scan(f"C{i:03d}").verdict.value for i in range(share)]
    finally:
        old.close()  # it vanished, its journal waiting
        held.execute("ROLLBACK")
        held.close()
    assert answers == ["admitted"] * share
    with Store.open(path) as store, store.write() as tx:
        assert doors.release(tx.conn, "A") == share  # a supervisor gave its places back
    with OfflineDoor(path, "A", tmp_path / "d2", background=False) as new:
        assert new.link().share  # another laptop is door A now
        with pytest.raises(DoorNameTaken) as err:
            OfflineDoor(path, "A", tmp_path / "d1", background=False)
        said = str(err.value)
        assert said.count(".") == 1 and f"{share} waiting scans were sent and counted" in said
    with Store.open(path) as store:
        assert store.event().inside == share  # every admission the old laptop made counts
