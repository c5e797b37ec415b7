"""The frozen folder (`make dist`) next to the venv: its size, and how fast each starts.

Start-up is measured from outside, as bench_app does: the clock starts before the process
is spawned and stops at the wall-clock times the app prints (CHECKIN_PROBE_SHOWN) when
its window is painted and when the demo's guests are listed. The command is timed on
`checkin status` of the demo event. Needs `make dist` first; without dist/checkin the
rows say so.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import Figure, median_seconds

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "checkin"
VENV_BIN = ROOT / ".venv" / ("Scripts" if os.name == "nt" else "bin")
EXE = ".exe" if os.name == "nt" else ""
RUNS = 5


def _size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def _app_start(app: Path, home: Path) -> tuple[list[float], list[float]]:
    shown, ready = [], []
    env = {
        **os.environ,
        "HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "CHECKIN_PROBE_SHOWN": "1",
    }
    for _ in range(RUNS + 1):  # the first run builds the demo and warms the disk cache
        start = time.time()
        out = subprocess.run(
            [str(app), "--demo"], env=env, capture_output=True, text=True, timeout=120, check=True
        ).stdout
        times = dict(
            line.split() for line in out.splitlines() if line.startswith(("shown ", "ready "))
        )
        shown.append(float(times["shown"]) - start)
        ready.append(float(times["ready"]) - start)
    return sorted(shown[1:]), sorted(ready[1:])


def _median(values: list[float]) -> str:
    return f"{values[len(values) // 2]:.2f} s (min {values[0]:.2f}, max {values[-1]:.2f})"


def measure() -> list[Figure]:
    if not (DIST / ("checkin-app" + EXE)).exists():
        return [Figure("frozen folder (make dist)", "not built: run `make dist` first", "")]
    size, count = _size(DIST)
    figures = [
        Figure(
            "frozen folder dist/checkin (checkin-app and checkin, one folder)",
            f"{size / 2**20:.0f} MiB in {count} files",
            "",
        )
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for label, folder in (("frozen", DIST), ("venv", VENV_BIN)):
            home = Path(tmp) / label
            home.mkdir()
            shown, ready = _app_start(folder / ("checkin-app" + EXE), home)
            figures.append(
                Figure(
                    f"{label} app: window shown after start (demo event)",
                    _median(shown),
                    "under 0.5 s",
                )
            )
            figures.append(
                Figure(f"{label} app: demo's guests listed after start", _median(ready), "")
            )
            demo = next(home.rglob("demo.checkin"))
            command = [str(folder / ("checkin" + EXE)), "status", str(demo)]
            med, low, high = median_seconds(
                lambda c=command: subprocess.run(c, capture_output=True, check=True, timeout=60),
                runs=RUNS,
            )
            figures.append(
                Figure(
                    f"{label} command: `checkin status` of the demo, start to end",
                    f"{med:.2f} s (min {low:.2f}, max {high:.2f})",
                    "",
                )
            )
    return figures


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    for figure in measure():
        print(figure)
