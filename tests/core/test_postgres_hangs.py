"""A frozen door and a server that goes away: every door keeps answering.

Each test runs its own PostgreSQL cluster (tests/pgcluster.py), since it
freezes a client holding the event's lock or stops the server.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin.store import Store
from checkin.store.engine import IDLE_IN_TX_SECONDS
from tests.core.test_concurrency import check_log_matches_headcount, make_event
from tests.pgcluster import PgCluster, wait_until

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]

# A door process that takes the event's lock, as a scan's first statement does,
# says so, and then does nothing more: SIGSTOP it there and it is a laptop whose
# lid closed in the middle of a scan.
_HOLDER = """
import sys, time
from checkin.store import Store
from checkin.store.engine import IDLE_IN_TX_SECONDS
store = Store.open(sys.argv[1])
with store.write() as tx:
    print("locked", flush=True)
    time.sleep(600)
"""


class Door:
    """A `checkin scan --json` stream on stdin, answering one line at a time."""

    def __init__(self, url: str, name: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "checkin.cli", "scan", url, "--json", "--door", name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=ROOT,
        )
        self.sel = selectors.DefaultSelector()
        assert self.proc.stdout is not None
        self.sel.register(self.proc.stdout, selectors.EVENT_READ)

    def send(self, code: str) -> None:
        assert self.proc.stdin is not None
        self.sent = time.monotonic()
        self.proc.stdin.write(code.encode() + b"\n")
        self.proc.stdin.flush()

    def answer(self, within: float = 30) -> tuple[dict[str, object], float]:
        """The next answer and how long since the last send."""
        assert self.proc.stdout is not None
        if not self.sel.select(timeout=within):
            raise AssertionError(f"no answer within {within} s")
        line = self.proc.stdout.readline()
        took = time.monotonic() - self.sent
        assert line, self.proc.stderr.read() if self.proc.stderr else "no output"
        return json.loads(line), took

    def scan(self, code: str, within: float = 30) -> tuple[dict[str, object], float]:
        self.send(code)
        return self.answer(within)

    def close(self) -> int:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        status = self.proc.wait(timeout=60)
        for stream in (self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()
        return status


def _scan_at_both(
    doors: list[Door], it: Iterator[str], answers: list[tuple[str, dict[str, object]]]
) -> list[str]:
    """One code at each door at the same moment; each answered within 3 s."""
    sent = [(d, next(it)) for d in doors]
    for d, code in sent:
        d.send(code)
    verdicts = []
    for d, code in sent:
        answer, took = d.answer()
        assert took < 3.0, (code, took, answer)
        answers.append((code, answer))
        verdicts.append(str(answer["verdict"]))
    return verdicts


def _frozen_door(pg_cluster: PgCluster, kill_after: float | None) -> None:
    url = pg_cluster.create_database()
    codes = make_event(url, guests=120, capacity=30)
    doors = [Door(url, "Noord"), Door(url, "Zuid")]
    for d in doors:  # started and connected: the timings below are the scans' own
        assert d.scan("WARM-UP")[0]["verdict"] == "unknown"
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    answers: list[tuple[str, dict[str, object]]] = []
    it = iter(codes)
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline() == b"locked\n"
        pg_cluster.freeze(holder.pid)  # the lid closes with the event row locked
        frozen_at = time.monotonic()
        # While it is frozen every scan is answered within 3 s: not_connected
        while time.monotonic() - frozen_at < (kill_after or 3.0):
            assert _scan_at_both(doors, it, answers) == ["not_connected"] * 2
        if kill_after is not None:
            os.kill(holder.pid, signal.SIGKILL)  # the stopped door is killed
            holder.wait(timeout=10)
        released_at = time.monotonic()
        # ... and within 10 s (killed) or the server's idle timeout (left frozen) the
        # doors admit again
        limit = 10.0 if kill_after is not None else IDLE_IN_TX_SECONDS + 5.0
        while "admitted" not in _scan_at_both(doors, it, answers):
            assert time.monotonic() - released_at < limit, "no door admitted again in time"
        # and go on deciding until the list is done: the cap holds
        while True:
            try:
                _scan_at_both(doors, it, answers)
            except StopIteration:
                break
    finally:
        pg_cluster.thaw_all()
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=10)
        for stream in (holder.stdout, holder.stderr):
            if stream is not None:
                stream.close()
        statuses = [d.close() for d in doors]
    assert statuses == [1, 1]
    verdicts = Counter(str(a["verdict"]) for _, a in answers)
    assert verdicts["admitted"] == 30 and verdicts["full"] > 0, verdicts
    # no scan admitted without its record, none recorded that was answered not_connected
    with Store.open(url) as s:
        logged = {(x.raw, x.verdict) for x in s.scans()}
    for code, a in answers:
        if a["verdict"] == "not_connected" or code == "WARM-UP":
            assert not any(raw == code for raw, _ in logged), code
        else:
            assert (code, a["verdict"]) in logged, code
    assert check_log_matches_headcount(url)[0] == 30


def test_a_frozen_door_does_not_stop_the_other_doors(pg_cluster: PgCluster) -> None:
    _frozen_door(pg_cluster, kill_after=3.0)


def test_a_frozen_door_left_frozen_is_let_go_by_the_server(pg_cluster: PgCluster) -> None:
    _frozen_door(pg_cluster, kill_after=None)


def test_a_stream_outlives_a_server_outage(pg_cluster: PgCluster) -> None:
    url = pg_cluster.create_database()
    codes = make_event(url, guests=200, capacity=1000)
    door = Door(url, "Hoofdingang")
    verdicts: list[str] = []
    try:
        for code in codes[:60]:
            verdicts.append(str(door.scan(code)[0]["verdict"]))
        pg_cluster.stop("immediate")
        down_at = time.monotonic()
        outage = codes[60:140]
        for i, code in enumerate(outage):
            # spread over the ten seconds the server is away
            time.sleep(max(0.0, down_at + 10 * i / len(outage) - time.monotonic()))
            answer, took = door.scan(code)
            assert took < 3.0, (code, took)
            verdicts.append(str(answer["verdict"]))
            # the line says why: the server, and that it did not answer
            assert "reason" in answer and "127.0.0.1" in str(answer["reason"]), answer
        pg_cluster.start()
        for code in codes[140:]:
            answer, took = door.scan(code)
            verdicts.append(str(answer["verdict"]))
    finally:
        status = door.close()
    assert len(verdicts) == 200
    assert verdicts[:60] == ["admitted"] * 60
    assert verdicts[60:140] == ["not_connected"] * 80
    assert verdicts[140:] == ["admitted"] * 60
    assert status == 1
    with Store.open(url) as s:
        assert sorted(x.raw for x in s.scans()) == sorted(codes[:60] + codes[140:])
    assert check_log_matches_headcount(url)[0] == 120


def test_a_frozen_server_connection_is_given_up_in_seconds(pg_cluster: PgCluster) -> None:
    """The server's backend for a door stops (a frozen server process): the door's
    next lock waits at most the lock timeout on the other doors' side."""
    url = pg_cluster.create_database()
    make_event(url, guests=3, capacity=3)
    with Store.open(url) as a, Store.open(url) as b:
        with a.write():
            # a holds the lock; b's door gives up after the lock timeout, not never
            start = time.monotonic()
            from checkin.errors import StoreUnavailable

            with pytest.raises(StoreUnavailable) as caught, b.write():
                pass
            assert time.monotonic() - start < 3.0
            assert "more than 1 s" in str(caught.value)
        assert wait_until(lambda: a.event().inside == 0, 5)


def test_a_stream_started_while_the_server_is_down_answers_and_connects_later(
    pg_cluster: PgCluster,
) -> None:
    url = pg_cluster.create_database()
    codes = make_event(url, guests=4, capacity=10)
    pg_cluster.stop("fast")
    door = Door(url, "Noord")
    try:
        answer, took = door.scan(codes[0], within=30)
        assert answer["verdict"] == "not_connected"
        pg_cluster.start()
        assert door.scan(codes[1])[0]["verdict"] == "admitted"
    finally:
        status = door.close()
    assert status == 1


def test_a_frozen_server_process_is_answered_not_connected_by_the_door(
    pg_cluster: PgCluster,
) -> None:
    """The server process serving this door stops (SIGSTOP): its kernel still acknowledges,
    so no server timeout and no keepalive fires. The door's own deadline cuts the wait:
    the scan is answered not_connected within about 2.5 s, and nothing was recorded."""
    from checkin.door import DoorService, Verdict

    url = pg_cluster.create_database()
    make_event(url, guests=3, capacity=3)
    dbname = url.rsplit("/", 1)[1]
    with Store.open(url) as store:
        door = DoorService(store, "Noord")
        assert door.scan("T0000").verdict is Verdict.ADMITTED  # the pooled connection exists
        frozen = pg_cluster.backend_pids(dbname)
        assert frozen
        for pid in frozen:
            pg_cluster.freeze(pid)
        try:
            start = time.monotonic()
            result = door.scan("T0001")
            took = time.monotonic() - start
        finally:
            pg_cluster.thaw_all()
        assert result.verdict is Verdict.NOT_CONNECTED
        assert took < 3.5, took
        # the server is back: the next scan is decided, and the one cut was never recorded
        assert door.scan("T0002").verdict is Verdict.ADMITTED
        assert store.event().inside == 2
        assert [s.raw for s in store.scans()] == ["T0000", "T0002"]


def test_a_screen_reading_the_event_of_a_frozen_server_is_told_in_seconds(
    pg_cluster: PgCluster,
) -> None:
    """The small reads a screen makes (the event, one guest, the counts) get the door's
    deadline, not the minute an export may take: a frozen server is 'not connected'."""
    from checkin.errors import StoreUnavailable

    url = pg_cluster.create_database()
    make_event(url, guests=3, capacity=3)
    dbname = url.rsplit("/", 1)[1]
    with Store.open(url) as store:
        assert store.event().capacity == 3  # the pooled connection exists
        for pid in pg_cluster.backend_pids(dbname):
            pg_cluster.freeze(pid)
        try:
            start = time.monotonic()
            with pytest.raises(StoreUnavailable):
                store.counts()
            assert time.monotonic() - start < 3.5
        finally:
            pg_cluster.thaw_all()
        assert store.event().capacity == 3  # a fresh connection once the server is back
