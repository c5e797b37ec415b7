"""Runs every benchmarks/bench_*.py and rewrites the table in BENCHMARKS.md.

Each module defines ``measure() -> list[Figure]``. Run as ``make bench`` or
``python benchmarks/run.py [NAME ...]`` to run only some (the others keep
their last rows).
"""

from __future__ import annotations

import datetime
import importlib.util
import os
import platform
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from _common import Figure  # noqa: E402

OUT = ROOT / "BENCHMARKS.md"
ROW = re.compile(r"^\| (?P<bench>[\w-]+) \| .*\|$")


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}"


def _load(path: Path) -> object:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(names: list[str]) -> int:
    benches = sorted(HERE.glob("bench_*.py"))
    if names:
        benches = [b for b in benches if b.stem.removeprefix("bench_") in names]
    old_rows: dict[str, list[str]] = {}
    if OUT.exists():
        for line in OUT.read_text().splitlines():
            m = ROW.match(line)
            if m and m["bench"] != "bench":
                old_rows.setdefault(m["bench"], []).append(line)
    new_rows: dict[str, list[str]] = {}
    for path in benches:
        name = path.stem.removeprefix("bench_")
        print(f"running {name} ...", flush=True)
        figures: list[Figure] = _load(path).measure()  # type: ignore[attr-defined]
        new_rows[name] = [f"| {name} | {f.work} | {f.value} | {f.target or '—'} |" for f in figures]
        for row in new_rows[name]:
            print("  " + row, flush=True)
    rows = {**old_rows, **new_rows}
    today = datetime.date.today().isoformat()
    text = [
        "# Benchmarks",
        "",
        "Written by `make bench` (benchmarks/run.py); do not edit by hand.",
        "Each figure is the median of several runs unless it says otherwise.",
        "",
        f"- Machine: {_machine()}",
        f"- Python: {platform.python_version()}",
        f"- Date of the last run: {today}",
        "",
        "This machine's fsync takes about 0.1 ms and a laptop SSD's 1-10 ms: compare",
        "durable-commit figures as ratios, not absolutes (docs/design.md, Pitfalls).",
        "",
        "| bench | work | measured | target |",
        "|---|---|---|---|",
    ]
    for name in sorted(rows):
        text.extend(rows[name])
    OUT.write_text("\n".join(text) + "\n")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
