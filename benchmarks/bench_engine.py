"""One door engine (issue 24), before and after, on the same machine in the same run.

The code before the engine (commit BEFORE, the last one before issue 24's work) is
taken out of git into a temporary folder, and the same small program scans through
it and through the working tree, in turns, each in its own process: a connected
scan on SQLite (admitted, and already inside) with the SQL statements it sends,
and an offline-capable door on a private PostgreSQL cluster, connected and then
with the server stopped hard (the door decides from its copy).

Needs the repository's history (a clone, not an archive) and, for the offline
rows, PostgreSQL server binaries.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import Figure

ROOT = Path(__file__).resolve().parents[1]
BEFORE = "37234c4"  # main before issue 24: a second copy of the rules offline
ROUNDS = 3

# Runs with the tree under test first on sys.path; the project's tests/ (the
# private cluster, the list import) comes from the working tree.
CHILD = r"""
import json, sys, tempfile, time
from pathlib import Path
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from checkin.door import DoorService
from checkin.models import GuestInput
from checkin.store import Store

def seed(store, guests):
    try:
        store.merge_guests([(g, True) for g in guests], file_name="b.csv", skipped=0,
                           duplicates=0)
    except (AttributeError, TypeError):
        from tests.guestlists import import_guests
        import_guests(store, guests, file_name="b.csv")

def p(values, q):
    v = sorted(values)
    return v[max(0, min(len(v) - 1, round(q / 100 * (len(v) - 1))))] * 1000

def timed(door, codes):
    out = []
    for c in codes:
        t = time.perf_counter(); door.scan(c); out.append(time.perf_counter() - t)
    return out

def connected():
    sent = []
    sa.event.listen(Engine, "before_cursor_execute", lambda *a: sent.append(1))
    loc = tempfile.mkdtemp() + "/e.checkin"
    codes = [f"{100000 + i}" for i in range(2000)]
    with Store.create(loc, name="B", capacity=100_000) as s:
        seed(s, [GuestInput(name=f"G {i}", code=c) for i, c in enumerate(codes)])
    with Store.open(loc) as s:
        door = DoorService(s, "bench")
        door.scan("warm-up")
        sent.clear(); door.scan(codes[-1]); admit_sql = len(sent)
        sent.clear(); door.scan(codes[-1]); again_sql = len(sent)
        admitted = timed(door, codes[:1500])
        again = timed(door, codes[:1500])
    return {"admitted": [p(admitted, 50), p(admitted, 99)], "again": [p(again, 50), p(again, 99)],
            "admit_sql": admit_sql, "again_sql": again_sql}

def offline():
    from checkin.offline.door import OfflineDoor
    from tests.pgcluster import PgCluster, pg_bin_dir
    root = Path(tempfile.mkdtemp())
    cluster = PgCluster(pg_bin_dir(), Path(tempfile.mkdtemp(prefix="bench-engine-pg-")))
    try:
        cluster.init(); cluster.start()
        url = cluster.create_database()
        codes = [f"B{i:05d}" for i in range(3000)]
        s = Store.create(url, name="B", capacity=100_000)
        seed(s, [GuestInput(name=f"G {i}", code=c) for i, c in enumerate(codes)])
        s.close()
        door = OfflineDoor(url, "Noord", root / "d")
        time.sleep(2.5)
        on = timed(door, codes[:1000])
        cluster.stop("immediate")
        timed(door, codes[1000:1001])
        off = timed(door, codes[1001:2001])
        door.close()
    finally:
        cluster.destroy()
    return {"on": [p(on, 50), p(on, 99)], "off": [p(off, 50), p(off, 99)]}

print(json.dumps(connected() if sys.argv[1] == "connected" else offline()))
"""


def _before_tree() -> Path | None:
    folder = Path(tempfile.mkdtemp(prefix="bench-engine-before-"))
    try:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", BEFORE, "checkin"],
            capture_output=True,
            check=True,
            timeout=60,
        ).stdout
    except (subprocess.CalledProcessError, OSError):
        return None
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True, timeout=60)
    return folder


def _child(tree: Path, mode: str) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tree), str(ROOT)])}
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    ).stdout
    return json.loads(out.splitlines()[-1])  # type: ignore[no-any-return]


def _pair(runs: list[dict[str, object]], key: str) -> str:
    p50 = statistics.median(float(r[key][0]) for r in runs)  # type: ignore[index]
    p99 = statistics.median(float(r[key][1]) for r in runs)  # type: ignore[index]
    return f"p50 {p50:.2f} ms, p99 {p99:.2f} ms"


def measure() -> list[Figure]:
    before = _before_tree()
    if before is None:
        return [Figure("engine before/after", "not measured: no git history", "")]
    try:
        runs: dict[str, list[dict[str, object]]] = {"before": [], "now": []}
        for _ in range(ROUNDS):  # in turns, so a busy moment falls on both
            runs["before"].append(_child(before, "connected"))
            runs["now"].append(_child(ROOT, "connected"))
        figures = []
        for key, what in (("admitted", "admitted"), ("again", "already inside")):
            b, n = runs["before"], runs["now"]
            sql = "admit_sql" if key == "admitted" else "again_sql"
            figures.append(
                Figure(
                    f"a scan through DoorService, SQLite, 2,000 guests ({what}): before the "
                    f"one engine ({BEFORE}) and now, {ROUNDS} runs each in turns",
                    f"before {_pair(b, key)}, {b[0][sql]} SQL statements; "
                    f"now {_pair(n, key)}, {n[0][sql]} SQL statements",
                    "p99 < 1 ms (5 ms accepted)",
                )
            )
        if shutil.which("pg_ctl") or Path("/usr/lib/postgresql").exists():
            off = {"before": [_child(before, "offline")], "now": [_child(ROOT, "offline")]}
            for key, what in (("on", "connected"), ("off", "server stopped, from its copy")):
                figures.append(
                    Figure(
                        f"an offline-capable door on PostgreSQL, {what}: before the one "
                        f"engine ({BEFORE}) and now",
                        f"before {_pair(off['before'], key)}; now {_pair(off['now'], key)} "
                        "(1000 scans each)",
                        "within 1 s",
                    )
                )
        return figures
    finally:
        shutil.rmtree(before, ignore_errors=True)
