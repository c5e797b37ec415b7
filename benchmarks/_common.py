"""What every benchmark shares: a figure row and the median of several runs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    work: str  # what was measured
    value: str  # the median (and spread) as text, with its unit
    target: str  # what docs/design.md asks, or "" where it asks nothing


def median_seconds(fn: Callable[[], object], runs: int = 5) -> tuple[float, float, float]:
    """Run ``fn`` ``runs`` times; the median, fastest and slowest wall time in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times), max(times)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]
