"""The supervisor PIN against a copy of the event file: what one guess costs, and so what
trying every PIN costs on one core of this machine (the back-off does not hold offline).

- One guess: checkin.pin.verify_pin on a hash made under the old cost (scrypt N=2^14,
  r=8, p=1: 16 MiB) and under today's (N=2^16: 64 MiB), median of several.
- Every PIN: 10^digits guesses at that cost (half of it on average), for the old
  4-digit PIN (found in 162 s in issue 23) and today's 6-digit default.
"""

from __future__ import annotations

import hashlib
import secrets
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import Figure  # noqa: E402

from checkin import pin  # noqa: E402

RUNS = 7


def _old_hash(value: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(value.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt${2**14}$8$1${salt.hex()}${digest.hex()}"


def _guess(stored: str) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        pin.verify_pin("000000", stored)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _span(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 2 * 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 2 * 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


def measure() -> list[Figure]:
    old = _guess(_old_hash("4821"))
    new = _guess(pin.hash_pin("583920"))
    return [
        Figure(
            "one PIN guess against a copy of the event file, old cost (scrypt N=2^14, 16 MiB)",
            f"{old * 1000:.0f} ms",
            "—",
        ),
        Figure(
            "one PIN guess, today's cost (scrypt N=2^16, 64 MiB)",
            f"{new * 1000:.0f} ms ({new / old:.1f} x the old)",
            "dearer than the old",
        ),
        Figure(
            "every 4-digit PIN at the old cost, one core (issue 23: found in 162 s)",
            f"{_span(1e4 * old)} (half that on average)",
            "—",
        ),
        Figure(
            "every 6-digit PIN (the default for a new PIN) at today's cost, one core",
            f"{_span(1e6 * new)} (half that on average); "
            f"{1e6 * new / (1e4 * old):.0f} x the old 4-digit search",
            "far beyond an evening",
        ),
    ]


if __name__ == "__main__":
    for figure in measure():
        print(figure, flush=True)
