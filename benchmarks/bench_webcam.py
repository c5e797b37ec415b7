"""Reading a webcam frame with zxing-cpp, as the decoder thread does (ui.webcam.read_codes).

Frames are 720p and 1080p pictures of a room with a badge held up (a real
generated code, QR at about 6 px a module, slightly tilted, with sensor grain),
and the same room without a badge, which costs the most: zxing-cpp looks
everywhere before it gives up. The frames-per-second figure is 1 / median, for
one decoder thread; frames arriving meanwhile are dropped, not queued.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

import qrcode
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import Figure, median_seconds  # noqa: E402

from checkin import codes  # noqa: E402
from ui.webcam import read_codes  # noqa: E402

RUNS = 25
TARGET = "under 33 ms (every frame at 30 fps)"


def _badge(code: str, module_px: int) -> QImage:
    qr = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(code)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    side = len(matrix) * module_px
    card = QImage(side + 40, side + 120, QImage.Format.Format_RGB32)
    card.fill(QColor("white"))
    painter = QPainter(card)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(20 + x * module_px, 100 + y * module_px, module_px, module_px,
                                 QColor("black"))
    painter.end()
    return card


def _frame(width: int, height: int, badge: QImage | None) -> QImage:
    frame = QImage(width, height, QImage.Format.Format_RGB32)
    frame.fill(QColor(118, 104, 92))
    painter = QPainter(frame)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if badge is not None:
        painter.translate(width * 0.45, height * 0.5)
        painter.rotate(8)
        painter.drawImage(QRectF(-badge.width() / 2, -badge.height() / 2, badge.width(),
                                 badge.height()), badge)
        painter.resetTransform()
    grain = QImage(random.Random(7).randbytes(width * height), width, height, width,
                   QImage.Format.Format_Grayscale8).copy()
    painter.setOpacity(0.12)
    painter.drawImage(0, 0, grain)
    painter.end()
    return frame


def measure() -> list[Figure]:
    app = QGuiApplication.instance() or QGuiApplication([])
    code = codes.new_code(codes.new_tag())
    figures: list[Figure] = []
    for width, height, module_px in ((1280, 720, 6), (1920, 1080, 9)):
        for label, badge in (("with a badge", _badge(code, module_px)), ("no code", None)):
            frame = _frame(width, height, badge)
            found = read_codes(frame)
            expected = [code] if badge is not None else []
            if found != expected:
                raise AssertionError(f"{width}x{height} {label}: read {found}, not {expected}")
            median, fastest, slowest = median_seconds(lambda f=frame: read_codes(f), RUNS)
            figures.append(Figure(
                work=f"webcam frame {width}×{height}, {label} (zxing-cpp, colour frame)",
                value=(f"{median * 1000:.1f} ms ({fastest * 1000:.1f}–{slowest * 1000:.1f}); "
                       f"{1 / median:.0f} frames/s on one thread"),
                target=TARGET,
            ))
    del app
    return figures


if __name__ == "__main__":
    for figure in measure():
        print(figure)
