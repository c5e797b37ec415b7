"""Writes the Door screen's two sounds with the standard library only.

admitted.wav: a bright rising two-tone chime (admitted, exited).
denied.wav: a low rough buzz (every refusal). Distinct in pitch, rhythm and
timbre, so staff tell them apart without looking and without hearing colour.
Run: python packaging/make_sounds.py (a build-time tool: it is not installed with the app)
"""

from __future__ import annotations

import math
import os
import struct
import wave
from collections.abc import Callable
from pathlib import Path

RATE = 44100
HERE = Path(__file__).resolve().parents[1] / "resources" / "sounds"


def _envelope(i: int, n: int, attack: int = 220, release: int = 2200) -> float:
    # Short fades stop the speaker clicking at the start and end of a tone.
    return min(1.0, i / attack, (n - i) / release)


def _tone(
    freq: float, seconds: float, wave_fn: Callable[[float], float], volume: float
) -> list[float]:
    n = int(RATE * seconds)
    return [volume * _envelope(i, n) * wave_fn(2 * math.pi * freq * i / RATE) for i in range(n)]


def _sine(phase: float) -> float:
    return math.sin(phase) + 0.25 * math.sin(2 * phase)


def _square(phase: float) -> float:
    return 1.0 if math.sin(phase) >= 0 else -1.0


def chime() -> list[float]:
    gap = [0.0] * int(RATE * 0.02)
    return _tone(880.0, 0.12, _sine, 0.45) + gap + _tone(1318.5, 0.22, _sine, 0.45)


def buzz() -> list[float]:
    return _tone(140.0, 0.45, _square, 0.3)


def write_wav(path: Path, samples: list[float]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with wave.open(str(tmp), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(
            b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples)
        )
    os.replace(tmp, path)


def main() -> None:
    write_wav(HERE / "admitted.wav", chime())
    write_wav(HERE / "denied.wav", buzz())


if __name__ == "__main__":
    main()
