"""Attendance export of 100,000 guests to .xlsx: time and peak memory (docs/design.md)."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from _common import Figure, median_seconds  # noqa: E402

from checkin.documents.export import export_attendance  # noqa: E402
from checkin.door import DoorService  # noqa: E402
from checkin.models import GuestInput  # noqa: E402
from checkin.store import Store  # noqa: E402
from tests.guestlists import import_guests  # noqa: E402

GUESTS = 100_000
SCANNED = 2_000  # guests who come in through the door (and some leave again)
T0 = datetime(2021, 6, 18, 17, 0, tzinfo=UTC)

# Run in a fresh interpreter so ru_maxrss is the export's own, not the build's.
# VmHWM, not ru_maxrss: a child's ru_maxrss starts at its parent's size at fork.
_MEMORY_PROBE = """
import json, sys, tracemalloc
sys.path.insert(0, sys.argv[3])
from pathlib import Path
from checkin.documents.export import export_attendance
from checkin.store import Store
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0
with Store.open(sys.argv[1]) as store:
    store.event()
    base = hwm()
    tracemalloc.start()
    export_attendance(store, Path(sys.argv[2]))
peak = tracemalloc.get_traced_memory()[1]
print(json.dumps({"traced": peak, "rss": hwm(), "base": base}))
"""


def build(path: Path, guests: int = GUESTS, scanned: int = SCANNED) -> None:
    with Store.create(
        path, name="Benchmark", capacity=guests, event_date=T0.date(), now=T0
    ) as store:
        records = [
            GuestInput(
                first_name=f"First{i}",
                last_name=f"Last{i:06d}",
                organisation=f"Organisation {i % 500}",
                email=f"g{i}@example.org",
                code=f"B{i:07d}",
                seat=f"T{i % 200}",
                extra={"Phone": f"06{i:08d}", "Diet": "vegetarian" if i % 7 else ""},
            )
            for i in range(guests)
        ]
        import_guests(store, records, file_name="bench.csv", now=T0)
        del records
        now = [T0]
        door = DoorService(store, clock=lambda: now[0])
        for i in range(scanned):
            now[0] = T0 + timedelta(seconds=3 * i)
            door.scan(f"B{i:07d}")
        for i in range(0, scanned, 3):
            now[0] = T0 + timedelta(hours=2, seconds=i)
            door.scan(f"B{i:07d}", exit=True)


def measure() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        event = Path(tmp) / "bench.checkin"
        build(event)
        out = Path(tmp) / "attendance.xlsx"
        with Store.open(event) as store:
            scans = len(store.scans())
            median, low, high = median_seconds(lambda: export_attendance(store, out), runs=3)
        size_mb = out.stat().st_size / 1e6
        probe = subprocess.run(
            [sys.executable, "-c", _MEMORY_PROBE, str(event), str(Path(tmp) / "m.xlsx"), str(ROOT)],
            capture_output=True,
            text=True,
            check=True,
        )
        mem = json.loads(probe.stdout)
    return [
        Figure(
            f"export of {GUESTS:,} guests and {scans:,} scans to .xlsx",
            f"{median:.2f} s ({low:.2f}-{high:.2f}), {size_mb:.1f} MB file",
            "under 10 s",
        ),
        Figure(
            "peak memory of that export",
            f"{mem['traced'] / 1e6:.1f} MB traced by Python; process peak RSS "
            f"{mem['rss'] / 1e3:.0f} MB ({mem['base'] / 1e3:.0f} MB before the export)",
            "bounded (rows streamed)",
        ),
    ]


if __name__ == "__main__":
    for figure in measure():
        print(figure)
