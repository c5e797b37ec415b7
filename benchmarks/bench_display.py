"""The room display: from a scan at another door to the display showing it.

The display (ui/display, its real store worker thread, offscreen) runs in this
process on its read-only store; the other door is another process, a
`checkin scan EVENT` stream that takes one code a line. Each figure is the time
from writing the code to that door to the display's board showing the new count
(its ``shown`` signal, on the UI thread): the door's scan and commit, then the
display noticing (SQLite: ``PRAGMA data_version`` asked every 0.25 s;
PostgreSQL: the trigger's NOTIFY) and reading. PostgreSQL needs CHECKIN_TEST_PG_URL (a database of
the benchmark's own is made and dropped).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import Figure, percentile  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from checkin.display import Board, RoomWatch  # noqa: E402
from checkin.models import GuestInput  # noqa: E402
from checkin.store import Store  # noqa: E402
from tests.guestlists import import_guests  # noqa: E402
from ui.display.window import RoomDisplay  # noqa: E402

SCANS = 40
ROOT = Path(__file__).resolve().parents[1]


def measure() -> list[Figure]:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        location = str(Path(folder) / "bench.checkin")
        figures.append(_figure("SQLite file (data_version every 0.25 s)", _latencies(location)))
        figures.append(_poll_cost(location))
    url = os.environ.get("CHECKIN_TEST_PG_URL", "")
    if not url:
        figures.append(
            Figure(
                "a scan at another door to the room display showing it, PostgreSQL",
                "not measured: set CHECKIN_TEST_PG_URL",
                "within 1 s",
            )
        )
        return figures
    import psycopg

    name = f"checkin_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        figures.append(
            _figure(
                "PostgreSQL over loopback (LISTEN/NOTIFY)",
                _latencies(f"{url.rpartition('/')[0]}/{name}"),
            )
        )
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return figures


def _poll_cost(location: str) -> Figure:
    """What the file's watch costs while nothing happens: one data_version question."""
    with Store.open(location, read_only=True) as store:
        watch = RoomWatch(store)
        watch.next(0)
        conn = watch._connection()
        runs = 20_000
        start = time.perf_counter()
        for _ in range(runs):
            watch._data_version(conn)
        each = (time.perf_counter() - start) / runs
        watch.close()
    return Figure(
        "the file watch's poll: one PRAGMA data_version on the display's connection",
        f"{each * 1e6:.1f} µs (4 a second: {each * 4 * 100:.4f} % of one core)",
        "—",
    )


def _figure(where: str, seconds: list[float]) -> Figure:
    ms = 1000
    return Figure(
        f"a scan at another door (another process) to the room display showing it, {where}",
        f"p50 {statistics.median(seconds) * ms:.0f} ms, p99 "
        f"{percentile(seconds, 99) * ms:.0f} ms, max {max(seconds) * ms:.0f} ms "
        f"({len(seconds)} scans)",
        "within 1 s",
    )


def _latencies(location: str) -> list[float]:
    codes = [f"{500000 + i}" for i in range(SCANS)]
    with Store.create(location, name="Bench", capacity=SCANS) as store:
        import_guests(
            store,
            [GuestInput(first_name=f"G{i}", last_name="X", code=c) for i, c in enumerate(codes)],
            file_name="bench.csv",
        )
    store = (
        Store.connect_later(location) if "://" in location else Store.open(location, read_only=True)
    )
    display = RoomDisplay(store)
    display.resize(1366, 768)
    display.show()
    door = subprocess.Popen(
        [sys.executable, "-m", "checkin.cli", "scan", location, "--door", "Side"],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        bufsize=1,
    )
    out: list[float] = []
    try:
        _wait_for(display, "0 / " + str(SCANS))
        _pause(1.0)  # the door process is started and has opened the event
        for inside, code in enumerate(codes, start=1):
            assert door.stdin is not None and door.stdout is not None
            start = time.perf_counter()
            door.stdin.write(code + "\n")
            door.stdin.flush()
            _wait_for(display, f"{inside} / {SCANS}")
            out.append(time.perf_counter() - start)
            door.stdout.readline()
            # Scans apart, as at a door, the display running meanwhile; gaps of 0.10 to
            # 0.37 s so that a scan lands at every phase of the file's 0.25 s poll.
            _pause(0.10 + (inside * 0.037) % 0.27)
    finally:
        if door.stdin is not None:
            door.stdin.close()
        door.wait(30)
        display._closing_for_good = True
        display.close()
        store.close()
    return out


def _pause(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _wait_for(display: RoomDisplay, count: str, seconds: float = 10.0) -> None:
    board = display.board
    if board is not None and board.count == count:
        return
    loop = QEventLoop()

    def seen(shown: Board) -> None:
        if shown.count == count:
            loop.quit()

    display.shown.connect(seen)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    display.shown.disconnect(seen)
    board = display.board
    assert board is not None and board.count == count, f"never showed {count}"


if __name__ == "__main__":
    for figure in measure():
        print(f"{figure.work}: {figure.value} (target {figure.target})")
