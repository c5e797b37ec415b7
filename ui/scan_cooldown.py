"""The camera's rule against scanning one badge thirty times a second. No Qt here.

A camera sees a held-up badge in most frames, not all: a tilt, the hand's motion
blur or a lamp's glare make some frames unreadable while the badge stays in
view. So a badge is taken again only after it has been *absent* longer than the
longest run of unreadable frames of a badge held in view, and never while it
stays in view, however long.

That run was measured on synthetic frames of badges held up as a person holds
them (tests/ui/webcam_frames.py ``held_up``; benchmarks/bench_webcam.py, with
the figure in BENCHMARKS.md): at most 23 frames at 30 fps (0.77 s), on a phone in
dark mode; paper badges 4. Hence one second: a guest who shows the badge again
after a second, or turns round at an exit door, is scanned; one who keeps it up
is not scanned twice. Absence also needs frames actually looked at
(``absent_frames``): when the decoder thread falls behind, a second without
frames is not a second without the badge.

A different code is taken at once (the next guest should not wait). The clock is
passed in, so tests drive it by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

ABSENT_SECONDS = 1.0
ABSENT_FRAMES = 5


@dataclass
class _Sighting:
    at: float  # when the code was last read
    frames_without: int = 0  # frames decoded since then that did not hold it


class CodeCooldown:
    def __init__(
        self,
        seconds: float = ABSENT_SECONDS,
        *,
        frames: int = ABSENT_FRAMES,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.seconds = seconds
        self.frames = frames
        self._clock = clock
        self._seen: dict[str, _Sighting] = {}

    def see(self, codes: Iterable[str]) -> list[str]:
        """One decoded frame's codes (maybe none); returns the ones to scan now."""
        now = self._clock()
        found = list(dict.fromkeys(codes))
        for code, sighting in list(self._seen.items()):
            if code not in found:
                sighting.frames_without += 1
                if self._gone(sighting, now):
                    del self._seen[code]  # only codes of the last second are kept
        taken: list[str] = []
        for code in found:
            last = self._seen.get(code)
            if last is None or self._gone(last, now):
                taken.append(code)
            self._seen[code] = _Sighting(now)
        return taken

    def offer(self, code: str) -> bool:
        """A frame that held ``code`` (and nothing else): whether to scan it now."""
        return bool(self.see([code]))

    def remaining(self, code: str) -> float:
        """Seconds the badge must be out of sight before it is taken again (0: now)."""
        sighting = self._seen.get(code)
        if sighting is None:
            return 0.0
        return max(0.0, sighting.at + self.seconds - self._clock())

    def reset(self) -> None:
        self._seen.clear()

    def _gone(self, sighting: _Sighting, now: float) -> bool:
        return now - sighting.at > self.seconds and sighting.frames_without >= self.frames
