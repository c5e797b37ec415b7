"""The door never hangs: how long a door takes to answer when the store cannot decide.

A door frozen with the event's lock (PostgreSQL and SQLite), a server stopped
hard, and the time from the server's return to the first admission. Needs
PostgreSQL server binaries: a private cluster is started, as the tests do.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _common import Figure, percentile

from checkin.door import DoorService
from checkin.models import GuestInput
from checkin.store import Store
from tests.guestlists import import_guests
from tests.pgcluster import PgCluster, pg_bin_dir

ROOT = Path(__file__).resolve().parents[1]
_HOLDER = """
import sys, time
from checkin.store import Store
with Store.open(sys.argv[1]).write():
    print("locked", flush=True)
    time.sleep(600)
"""


def _event(location: str, guests: int = 500) -> list[str]:
    codes = [f"B{i:05d}" for i in range(guests)]
    with Store.create(location, name="Bench", capacity=guests) as s:
        import_guests(
            s, [GuestInput(name=f"Gast {c}", code=c) for c in codes], file_name="seed.csv"
        )
    return codes


def _spread(values: list[float]) -> str:
    return f"p50 {percentile(values, 50):.2f} s, max {max(values):.2f} s ({len(values)} scans)"


def _frozen(location: str, codes: list[str], doors: int, rounds: int) -> list[float]:
    """Answer times while a stopped process holds the lock; ``doors`` scanning at once."""
    stores = [Store.open(location) for _ in range(doors)]
    for s in stores:
        s.event()  # connected before the clock starts
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, location],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    times: list[float] = []
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"locked\n"
        os.kill(holder.pid, signal.SIGSTOP)
        it = iter(codes)
        for _ in range(rounds):

            def one(store: Store, code: str) -> None:
                start = time.perf_counter()
                verdict = DoorService(store, "bench").scan(code).verdict.value
                assert verdict == "not_connected", verdict
                times.append(time.perf_counter() - start)

            threads = [threading.Thread(target=one, args=(s, next(it))) for s in stores]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
        for s in stores:
            s.close()
    return times


def _postgres(bindir: Path) -> list[Figure]:
    cluster = PgCluster(bindir, Path(tempfile.mkdtemp(prefix="checkin-bench-pg-")))
    figures = []
    try:
        cluster.init()
        cluster.start()
        url = cluster.create_database()
        codes = _event(url)
        one = _frozen(url, codes[:100], doors=1, rounds=4)
        two = _frozen(url, codes[100:200], doors=2, rounds=2)
        figures.append(
            Figure(
                "PostgreSQL, a door frozen holding the lock: the other door's "
                "answer (not_connected)",
                _spread(one),
                "about 2 s",
            )
        )
        figures.append(
            Figure(
                "PostgreSQL, a door frozen holding the lock: two doors scanning at once",
                _spread(two),
                "about 2 s",
            )
        )
        with Store.open(url) as store:
            door = DoorService(store, "bench")
            door.scan("warm-up")
            cluster.stop("immediate")
            down = []
            for code in codes[200:220]:
                start = time.perf_counter()
                assert door.scan(code).verdict.value == "not_connected"
                down.append(time.perf_counter() - start)
            cluster.start()
            back = time.perf_counter()
            assert door.scan(codes[220]).verdict.value == "admitted"
            again = time.perf_counter() - back
        figures.append(
            Figure(
                "PostgreSQL stopped hard: answer (not_connected)",
                f"p50 {percentile(down, 50) * 1000:.1f} ms, "
                f"max {max(down) * 1000:.1f} ms ({len(down)} scans)",
                "about 2 s at most",
            )
        )
        figures.append(
            Figure(
                "PostgreSQL back: its start to the first admission",
                f"{again * 1000:.0f} ms (same connection pool, no restart)",
                "the next scan reconnects",
            )
        )
    finally:
        cluster.destroy()
    return figures


def _sqlite() -> list[Figure]:
    folder = Path(tempfile.mkdtemp(prefix="checkin-bench-"))
    try:
        path = str(folder / "bench.checkin")
        codes = _event(path)
        times = _frozen(path, codes, doors=1, rounds=4)
        return [
            Figure(
                "SQLite, a process frozen inside its write on the same file: the "
                "other's answer (not_connected)",
                _spread(times),
                "about 2 s",
            )
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measure() -> list[Figure]:
    figures = _sqlite()
    bindir = pg_bin_dir()
    if bindir is None:
        return figures + [Figure("PostgreSQL faults", "not measured: no initdb/pg_ctl", "")]
    return figures + _postgres(bindir)
