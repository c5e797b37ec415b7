"""A scan given a time (``--at``, a paper tick) is judged by the cap at its own time: the
log is replayed from that time on (checkin/door/timeline.py ``judge``). What that costs,
on SQLite, for a tick a minute old and an hour old in an evening's log."""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import Figure, percentile  # noqa: E402

from checkin.door import DoorService  # noqa: E402
from checkin.models import GuestInput  # noqa: E402
from checkin.store import Store  # noqa: E402
from tests.guestlists import import_guests  # noqa: E402

GUESTS = 5_000
LOGGED = 20_000  # entries and exits over four hours
TICKS = 200
START = datetime(2021, 6, 18, 15, 0, tzinfo=UTC)
END = START + timedelta(hours=4)


def _evening(location: str) -> None:
    with Store.create(
        location, name="Bench", capacity=GUESTS, event_date=START.date(), now=START
    ) as s:
        import_guests(
            s,
            [GuestInput(name=f"Gast {i}", code=f"B{i}") for i in range(GUESTS + TICKS)],
            file_name="bench.csv",
            now=START,
        )
        now = [START]
        svc = DoorService(s, "bench", clock=lambda: now[0])  # live scans, as the door made
        step = (END - START) / LOGGED
        for i in range(LOGGED):
            now[0] = START + step * i
            svc.scan(f"B{i // 2 % GUESTS}", exit=bool(i % 2))


def _ticks(location: str, age: timedelta) -> list[float]:
    out = []
    with Store.open(location) as s:
        svc = DoorService(s, "bench", clock=lambda: END)
        for i in range(TICKS):
            t = time.perf_counter()
            svc.scan(f"B{GUESTS + i}", at=END - age)
            out.append(time.perf_counter() - t)
            svc.scan(f"B{GUESTS + i}", exit=True, at=END - age + timedelta(seconds=1))
    return out


def measure() -> list[Figure]:
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        location = str(Path(tmp) / "timed.checkin")
        _evening(location)
        for label, age in (("a minute", timedelta(minutes=1)), ("an hour", timedelta(hours=1))):
            took = _ticks(location, age)
            figures.append(
                Figure(
                    f"a scan given a time {label} back, judged at its own time "
                    f"(SQLite, {LOGGED:,} scans logged)",
                    f"p50 {percentile(took, 50) * 1000:.1f} ms, "
                    f"p99 {percentile(took, 99) * 1000:.1f} ms ({TICKS} scans)",
                    "a paper tick is typed by hand: well under 1 s",
                )
            )
    return figures


if __name__ == "__main__":
    for f in measure():
        print(f"{f.work}: {f.value}")
