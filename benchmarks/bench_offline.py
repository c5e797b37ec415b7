"""Offline doors: scan latency connected and offline, the time from the server's return
until every journal is sent, and the places sitting in shares at each fill level.

Needs PostgreSQL server binaries (initdb, pg_ctl): a private cluster is started,
stopped hard and started again, as the tests do.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from _common import Figure, percentile

from checkin.models import GuestInput
from checkin.offline.door import OfflineDoor
from checkin.store import Store, shares
from tests.guestlists import import_guests
from tests.pgcluster import PgCluster, pg_bin_dir

GUESTS = 20_000
SCANS = 1000
DOORS = 4
JOURNAL = 250  # offline scans per door waiting when the server returns


def _ms(values: list[float]) -> str:
    return (
        f"p50 {percentile(values, 50) * 1000:.2f} ms, "
        f"p99 {percentile(values, 99) * 1000:.2f} ms ({len(values)} scans)"
    )


def _timed(door: OfflineDoor, codes: list[str]) -> tuple[list[float], int]:
    times, offline = [], 0
    for code in codes:
        start = time.perf_counter()
        r = door.scan(code)
        times.append(time.perf_counter() - start)
        offline += r.offline
    return times, offline


def _fill_levels() -> list[Figure]:
    out = []
    for inside in (0, 25, 50, 75, 90, 100):
        ledger = shares.ShareLedger(capacity=100, inside=inside)
        told: dict[str, int | None] = {f"door{i}": None for i in range(DOORS)}
        for _ in range(3):  # contacts until every door holds its target
            for name in told:
                ledger, told[name] = shares.renew(ledger, name, told[name])
        out.append(f"{inside}% full: {ledger.held} in shares ({ledger.free} in the pool)")
    return [
        Figure(
            f"places in shares, capacity 100, {DOORS} connected doors",
            "; ".join(out),
            "inside + shares <= capacity",
        )
    ]


def measure() -> list[Figure]:
    figures = _fill_levels()
    bindir = pg_bin_dir()
    if bindir is None:
        return [*figures, Figure("offline doors", "not measured: no PostgreSQL binaries", "")]
    root = Path(tempfile.mkdtemp(prefix="bench-offline-"))
    # its own folder: the cluster's owner (postgres, when we are root) must reach it
    cluster = PgCluster(bindir, Path(tempfile.mkdtemp(prefix="bench-offline-pg-")))
    try:
        cluster.init()
        cluster.start()
        url = cluster.create_database()
        store = Store.create(url, name="Bench", capacity=100_000)
        import_guests(
            store,
            [GuestInput(name=f"Guest {i}", code=f"B{i:06d}") for i in range(GUESTS)],
            file_name="bench.csv",
        )
        store.close()
        codes = [f"B{i:06d}" for i in range(GUESTS)]
        doors = [OfflineDoor(url, f"Door {i}", root / f"d{i}") for i in range(DOORS)]
        time.sleep(2.5)  # every door holds its share
        online, off = _timed(doors[0], codes[:SCANS])
        figures.append(
            Figure(
                f"scan at an offline-capable door, connected (PostgreSQL, "
                f"{GUESTS:,} guests; verdict journalled)",
                _ms(online),
                "answered within 1 s",
            )
        )
        cluster.stop("immediate")
        first, _ = _timed(doors[0], codes[SCANS : SCANS + 1])
        offline, n_off = _timed(doors[0], codes[SCANS + 1 : 2 * SCANS + 1])
        figures.append(
            Figure(
                "scan at an offline door (from its copy, journal WAL+FULL)",
                _ms(offline) + f"; the first scan after the server went away "
                f"{first[0] * 1000:.0f} ms (a refused connection is known at once; "
                f"a silent one waits for the 0.8 s deadline)",
                "within 1 s",
            )
        )
        for i, door in enumerate(doors[1:], 1):
            base = 2 * SCANS + 1 + i * JOURNAL
            _timed(door, codes[base : base + JOURNAL])
        waiting = sum(d.link().waiting for d in doors)
        cluster.start()
        back = time.perf_counter()
        while any(d.link().waiting for d in doors) and time.perf_counter() - back < 120:
            time.sleep(0.05)
        sent = time.perf_counter() - back
        figures.append(
            Figure(
                f"server back to every journal sent ({DOORS} doors, "
                f"{waiting:,} scans waiting; contact every 1 s)",
                f"{sent:.2f} s ({sent / max(1, waiting) * 1000:.1f} ms a scan)",
                "a few seconds",
            )
        )
        for d in doors:
            d.close()
    finally:
        cluster.destroy()
        shutil.rmtree(root, ignore_errors=True)
    return figures
