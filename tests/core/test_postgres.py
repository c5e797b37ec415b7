"""Several doors, one headcount: the same store on a real PostgreSQL server."""

from __future__ import annotations

import json
import random
import threading
import time
from collections import Counter
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from checkin import copying
from checkin.cli import main
from checkin.copying import copy_event
from checkin.door import DoorService, ScanResult, Verdict
from checkin.errors import StoreExists
from checkin.models import GuestInput, Presence
from checkin.store import Store, door_t
from tests.core.test_concurrency import _scanner, check_log_matches_headcount, make_event

pytestmark = pytest.mark.postgres


def test_every_verdict_on_the_server(pg_url: str) -> None:
    with Store.create(pg_url, name="Congres", capacity=2) as s:
        s.add_guest(GuestInput(name="Anna van den Berg", code="1001"))
        s.add_guest(GuestInput(name="Zoë Yılmaz", code="1002"))
        s.add_guest(GuestInput(name="Jan de Vries", code="1003"))
        s.add_guest(GuestInput(name="Afgemeld", code="1004", cancelled=True))
        door = DoorService(s)
        assert door.scan("1001").verdict is Verdict.ADMITTED
        assert door.scan("1001").verdict is Verdict.ALREADY_INSIDE
        assert door.scan("1002").verdict is Verdict.ADMITTED
        assert door.scan("1003").verdict is Verdict.FULL
        assert door.scan("1004").verdict is Verdict.CANCELLED
        assert door.scan("nope").verdict is Verdict.UNKNOWN
        assert door.scan("1003", exit=True).verdict is Verdict.NOT_INSIDE
        assert door.scan("1001", exit=True).verdict is Verdict.EXITED
        assert door.undo("Anna did not leave").verdict is Verdict.UNDONE
        assert door.count(+1).verdict is Verdict.FULL
        assert [g.name for g in s.search("yilmaz")] == ["Zoë Yılmaz"]
        assert s.display.endswith(pg_url.rsplit("/", 1)[1])
    with Store.open(pg_url) as again:
        assert again.event().inside == 2
        with pytest.raises(StoreExists):
            Store.create(pg_url, name="Twice", capacity=3)


def test_checkin_new_and_scan_accept_a_server_url(pg_url: str) -> None:
    assert main(["new", pg_url, "--name", "Symposium", "--capacity", "10"]) == 0
    with Store.open(pg_url) as s:
        s.add_guest(GuestInput(name="Gast", code="X1"))
    assert main(["scan", pg_url, "X1", "--json"]) == 0


def test_four_doors_never_admit_past_the_cap(pg_url: str) -> None:
    codes = make_event(pg_url, guests=300, capacity=100)
    procs = []
    for n in range(4):
        order = random.Random(n).choices(codes, k=250)
        extra = ["--exit"] if n == 3 else []
        p = _scanner(pg_url, "--door", f"door {n}", *extra)
        procs.append((p, order))
    for p, order in procs:
        assert p.stdin is not None
        p.stdin.write("".join(c + "\n" for c in order))
        p.stdin.close()
    answers = []
    for p, order in procs:
        assert p.stdout is not None and p.stderr is not None
        out, err = p.stdout.read(), p.stderr.read()
        p.wait(timeout=300)
        p.stdout.close()
        p.stderr.close()
        lines = [json.loads(x) for x in out.splitlines()]
        assert [x["code"] for x in lines] == order, err
        answers.extend(lines)
    assert len(answers) == 1000
    with Store.open(pg_url) as s:
        scans = s.scans()
        capacity = s.event().capacity
    assert len(scans) == 1000
    assert max(x.inside_after for x in scans) <= capacity
    assert all(a["inside"] <= capacity for a in answers)
    admitted = Counter(x.guest_id for x in scans if x.verdict == "admitted")
    exited = Counter(x.guest_id for x in scans if x.verdict == "exited")
    assert all(admitted[g] <= exited[g] + 1 for g in admitted)
    assert sum(1 for x in scans if x.verdict == "full") > 0  # the cap was really tested
    check_log_matches_headcount(pg_url)


def test_a_cut_connection_mid_scan_records_nothing_and_reconnects(pg_url: str) -> None:
    make_event(pg_url, guests=5, capacity=5)
    with Store.open(pg_url) as s:
        blocker = psycopg.connect(pg_url)
        # The scan takes the event lock and counts the guest in, then waits on this row:
        # the cut comes after it has written, before it commits.
        blocker.execute("SELECT id FROM guest WHERE code = %s FOR UPDATE", ("T0001",))
        outcome: list[ScanResult] = []

        def scan() -> None:
            outcome.append(DoorService(s, "Noord").scan("T0001"))

        worker = threading.Thread(target=scan)
        worker.start()
        admin = psycopg.connect(pg_url, autocommit=True)
        for _ in range(100):
            row = admin.execute(
                "SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                "AND datname = current_database()"
            ).fetchone()
            if row:
                break
            time.sleep(0.05)
        assert row is not None, "the scan never waited on the lock"
        admin.execute("SELECT pg_terminate_backend(%s)", (row[0],))
        worker.join(timeout=10)
        blocker.rollback()
        blocker.close()
        admin.close()
        assert len(outcome) == 1 and outcome[0].verdict is Verdict.NOT_CONNECTED
        assert "not connected" in outcome[0].reason
        assert s.scans() == []
        assert s.event().inside == 0
        # the door reconnects by itself: the next scan goes through
        assert DoorService(s).scan("T0001").verdict is Verdict.ADMITTED


def test_copy_round_trips_an_event_with_its_scans(tmp_path: Path, pg_url: str) -> None:
    office = tmp_path / "office.checkin"
    with Store.create(office, name="Relatie-event", capacity=3) as s:
        s.add_guest(
            GuestInput(
                first_name="Anna",
                middle="van den",
                last_name="Berg",
                code="1001",
                extra={"Dieet": "vegetarisch"},
            )
        )
        s.add_guest(GuestInput(name="Zoë Yılmaz", code="1002"))
        DoorService(s, "Kantoor").scan("1001")
        DoorService(s).scan("nope")
        before = copying.dump(s)
    assert main(["copy", str(office), pg_url]) == 0
    with Store.open(pg_url) as server:
        assert copying.dump(server) == before
        assert DoorService(server, "Zuid").scan("1002").verdict is Verdict.ADMITTED
        server.add_guest(GuestInput(name="Aan de deur"))  # ids go on after the copied ones
        after = copying.dump(server)
        # a door of the server holds a share: the copy must not inherit its held places
        with server.write() as tx:
            tx.conn.execute(
                sa.insert(door_t).values(
                    name="Zuid",
                    share=1,
                    first_contact="2021-06-18T10:00:00.000000+00:00",
                    last_contact="2021-06-18T10:00:00.000000+00:00",
                )
            )
    home = tmp_path / "home.checkin"
    copy_event(pg_url, home).close()
    with Store.open(home) as back:
        assert copying.dump(back) == after
        with back.read() as conn:
            assert conn.execute(sa.select(sa.func.count()).select_from(door_t)).scalar() == 0
        assert back.guest(1).extra == {"Dieet": "vegetarisch"}
        assert back.guest(2).presence is Presence.INSIDE
        assert len(back.scans()) == 3
    assert main(["copy", str(office), str(home)]) == 2


def test_a_server_that_is_not_there_is_one_clear_sentence(
    capsys: pytest.CaptureFixture[str], pg_url: str
) -> None:
    url = sa.make_url(pg_url).set(port=1).render_as_string(hide_password=False)
    assert main(["status", url]) == 2
    err = capsys.readouterr().err
    assert "not connected" in err and len(err.strip().splitlines()) == 1


def test_a_door_reconnects_by_itself_after_the_server_dropped_it(pg_url: str) -> None:
    make_event(pg_url, guests=5, capacity=5)
    with Store.open(pg_url) as s:
        door = DoorService(s)
        assert door.scan("T0001").verdict is Verdict.ADMITTED
        with psycopg.connect(pg_url, autocommit=True) as admin:
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        # The pooled connection is dead; nothing was under way, so the scan goes through.
        assert door.scan("T0002").verdict is Verdict.ADMITTED
        assert [x.verdict for x in s.scans()] == ["admitted", "admitted"]
