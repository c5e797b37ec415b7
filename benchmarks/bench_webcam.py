"""Reading webcam frames: how many of our badges the panel reads, and how fast.

The frames are 384 synthetic 1280×720 webcam frames made from our own badges
(tests/ui/webcam_frames.py, seed 2020: tilt, perspective, blur, grain, JPEG,
glare; a third paper badges, a third phones, a third phones in dark mode, whose
code is inverted). Three decoders read them:

- the panel's decoder (ui.webcam_reader.read_codes): one pass, then a second
  binarizer with inverted codes, then the frame's centre upscaled 2× in grey;
- the panel's decoder before (one pass, QR only, ``try_invert=False``);
- plain zxing-cpp with its defaults (every format, inverted codes tried).

Then the longest run of unreadable frames of a badge held up by a person (six
seconds at 30 fps, three ways of showing it, three people): the cool-down
(ui/scan_cooldown.py) must outlast it, so a badge kept in view is scanned once.
Time per frame is for one decoder thread; frames arriving meanwhile are dropped.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import zxingcpp  # noqa: E402
from _common import Figure, percentile  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage  # noqa: E402

from tests.ui.webcam_frames import KINDS, _code, frame_set, held_up  # noqa: E402
from ui.scan_cooldown import ABSENT_SECONDS  # noqa: E402
from ui.webcam_reader import read_codes, read_codes_plain  # noqa: E402

FRAMES = 384
FPS = 30
TARGET_TIME = "under ~5 ms a 720p frame"


def _plain_zxing(image: QImage) -> list[str]:
    return [b.text for b in zxingcpp.read_barcodes(image)]


DECODERS: tuple[tuple[str, Callable[[QImage], list[str]], str], ...] = (
    ("the panel's decoder (2nd binarizer with inverted codes, 2× centre)", read_codes, TARGET_TIME),
    ("the panel's decoder before (QR only, try_invert=False)", read_codes_plain, "—"),
    ("plain zxing-cpp, defaults (all formats)", _plain_zxing, "—"),
)


def _read_rates(frames: list[tuple[object, QImage]]) -> list[Figure]:
    figures = []
    for name, read, target in DECODERS:
        right: dict[str, int] = dict.fromkeys(KINDS, 0)
        times: list[float] = []
        for shot, frame in frames:
            start = time.perf_counter()
            found = read(frame)
            times.append(time.perf_counter() - start)
            right[shot.kind] += shot.code in found  # type: ignore[attr-defined]
        per_kind = len(frames) // len(KINDS)
        kinds = ", ".join(f"{k.replace('_', ' ')} {100 * right[k] / per_kind:.0f} %" for k in KINDS)
        figures.append(
            Figure(
                work=f"webcam: {len(frames)} synthetic 720p frames of our badges, {name}",
                value=(
                    f"{100 * sum(right.values()) / len(frames):.1f} % read ({kinds}); "
                    f"mean {1000 * statistics.fmean(times):.1f} ms, median "
                    f"{1000 * statistics.median(times):.1f} ms, p95 "
                    f"{1000 * percentile(times, 95):.1f} ms a frame"
                ),
                target=target,
            )
        )
    return figures


def _no_code_frame() -> list[Figure]:
    room = QImage(1280, 720, QImage.Format.Format_RGB32)
    room.fill(0x8A7868)
    grain = QImage(
        random.Random(3).randbytes(1280 * 720), 1280, 720, 1280, QImage.Format.Format_Grayscale8
    ).copy()
    from PySide6.QtGui import QPainter

    painter = QPainter(room)
    painter.setOpacity(0.12)
    painter.drawImage(0, 0, grain)
    painter.end()
    times = []
    for _ in range(25):
        start = time.perf_counter()
        read_codes(room)
        times.append(time.perf_counter() - start)
    return [
        Figure(
            work="webcam: a 720p frame with no code, the panel's decoder (all three passes)",
            value=f"{1000 * statistics.median(times):.1f} ms (median of 25)",
            target="under 33 ms (every frame at 30 fps)",
        )
    ]


def _held_up_runs() -> list[Figure]:
    worst = (0, "")
    read = total = 0
    for kind in KINDS:
        for person in range(3):
            code = _code(random.Random(person), "BCD")
            run = 0
            for frame in held_up(code, seconds=6.0, fps=FPS, kind=kind, seed=person):
                total += 1
                if code in read_codes(frame):
                    read += 1
                    run = 0
                else:
                    run += 1
                    worst = max(worst, (run, kind.replace("_", " ")))
    return [
        Figure(
            work=(
                f"webcam: longest run of unreadable frames, a badge held up 6 s at {FPS} fps "
                "(3 ways of showing x 3 people)"
            ),
            value=(
                f"{worst[0]} frames ({worst[0] / FPS:.2f} s, {worst[1]}); "
                f"{100 * read / total:.0f} % of {total} frames read"
            ),
            target=f"shorter than the cool-down's absence, {ABSENT_SECONDS:.1f} s",
        )
    ]


def measure() -> list[Figure]:
    app = QGuiApplication.instance() or QGuiApplication([])
    frames = list(frame_set(FRAMES))
    figures = _read_rates(frames)  # type: ignore[arg-type]
    figures += _no_code_frame()
    figures += _held_up_runs()
    del app
    return figures


if __name__ == "__main__":
    for figure in measure():
        print(figure)
