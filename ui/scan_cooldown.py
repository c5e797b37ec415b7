"""The camera's rule against scanning one badge thirty times a second. No Qt here.

A camera sees a held-up badge in every frame. The same code seen again within
``seconds`` of its last sighting is ignored, so a badge kept in view counts
once however long it stays; a different code is taken at once (the next guest
should not wait). The clock is passed in, so tests drive it by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class CodeCooldown:
    def __init__(self, seconds: float = 3.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = seconds
        self._clock = clock
        self._last_seen: dict[str, float] = {}

    def offer(self, code: str) -> bool:
        """True when ``code`` should be scanned now; every sighting restarts its cool-down."""
        now = self._clock()
        self._forget_before(now - self.seconds)
        fresh = code not in self._last_seen
        self._last_seen[code] = now
        return fresh

    def remaining(self, code: str) -> float:
        """Seconds until ``code`` would be taken again (0 when it would be taken now)."""
        seen = self._last_seen.get(code)
        if seen is None:
            return 0.0
        return max(0.0, seen + self.seconds - self._clock())

    def reset(self) -> None:
        self._last_seen.clear()

    def _forget_before(self, limit: float) -> None:
        # Only codes seen in the last few seconds are kept: a handful at any door.
        for code in [c for c, seen in self._last_seen.items() if seen <= limit]:
            del self._last_seen[code]
