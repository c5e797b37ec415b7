"""A reproducible set of synthetic webcam frames made from our own badges.

There is no camera on the test machine, so the frames a door webcam sees are
made here, from a seed, never stored: the QR matrix of a real generated code
(``qrcode`` with the badge's own settings: error correction M, mask 2, quiet
zone of four modules) on a white badge card or on a phone's screen, then put
into a 1280×720 picture of a room as a guest holds it up:

- tilted in the plane (±35°) and turned away from the camera (±40° about the
  vertical axis: perspective), at 2.5–7 px a module;
- out of focus (a blur of 1–3 px), sensor grain, dim or bright light;
- a glare spot from a ceiling lamp on the paper or on the phone's glass;
- compressed as a webcam's MJPEG stream is (quality 35–90);
- a phone in dark mode shows the code inverted: light modules on black.

``frame_set()`` gives the same 384 frames for the same seed on every machine
(Qt's drawing is deterministic; only ``random.Random(seed)`` chooses). Used by
tests/ui/test_webcam_reading.py and benchmarks/bench_webcam.py.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass

import qrcode
import qrcode.constants
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QRadialGradient, QTransform

from checkin import codes

WIDTH, HEIGHT = 1280, 720
QR_MASK = 2  # the badges' fixed mask (checkin/documents/badges.py)
KINDS = ("paper", "phone", "phone_dark")


@dataclass(frozen=True)
class Shot:
    """How one frame was made: enough to make it again and to name it in a report."""

    code: str
    kind: str  # paper, phone, phone_dark
    module_px: float
    angle: float  # in the picture's plane, degrees
    turn: float  # about the vertical axis (perspective), degrees
    blur: float  # px
    noise: float  # grain opacity 0..1
    light: float  # 1 normal, <1 dim, >1 bright
    glare: bool
    jpeg: int  # quality, 0: not compressed
    x: float  # where the code's centre is, 0..1 of the frame
    y: float


def qr_image(code: str, *, inverted: bool = False) -> QImage:
    """The code's QR at one pixel a module, quiet zone included, black on white."""
    qr = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M, border=4, mask_pattern=QR_MASK
    )
    qr.add_data(code)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    side = len(matrix)
    image = QImage(side, side, QImage.Format.Format_Grayscale8)
    image.fill(255)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x, y, 0xFF000000)
    if inverted:
        image.invertPixels()
    return image


def _holder(shot: Shot, qr: QImage) -> tuple[QImage, QRectF]:
    """The badge card or the phone, with the QR on it; and where the QR lies in it."""
    side = qr.width() * shot.module_px
    if shot.kind == "paper":
        w, h = side * 1.5, side * 2.0
        card = QImage(round(w), round(h), QImage.Format.Format_RGB32)
        card.fill(QColor(250, 248, 240))
        spot = QRectF((w - side) / 2, h - side - side * 0.12, side, side)
    else:
        w, h = side * 1.25, side * 2.1
        card = QImage(round(w), round(h), QImage.Format.Format_RGB32)
        card.fill(QColor(20, 20, 22))  # the phone's body and bezel
        screen = QColor(0, 0, 0) if shot.kind == "phone_dark" else QColor(255, 255, 255)
        spot = QRectF((w - side) / 2, (h - side) / 2, side, side)
        painter = QPainter(card)
        painter.fillRect(QRectF(side * 0.06, side * 0.12, w - side * 0.12, h - side * 0.24), screen)
        painter.end()
    painter = QPainter(card)
    painter.drawImage(spot, qr)  # whole pixels a module are upscaled without smoothing
    if shot.glare:
        centre = QPointF(spot.center().x() + side * 0.2, spot.center().y() - side * 0.15)
        gradient = QRadialGradient(centre, side * 0.35)
        gradient.setColorAt(0.0, QColor(255, 255, 255, 235))
        gradient.setColorAt(0.5, QColor(255, 255, 255, 120))
        gradient.setColorAt(1.0, QColor(255, 255, 255, 0))
        painter.fillRect(QRectF(0, 0, w, h), QBrush(gradient))
    painter.end()
    return card, spot


def _room(rng: random.Random) -> QImage:
    frame = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    frame.fill(QColor(rng.randint(80, 150), rng.randint(70, 130), rng.randint(60, 120)))
    painter = QPainter(frame)
    for _ in range(6):  # furniture and people: shapes with edges for the detector to try
        painter.fillRect(
            QRectF(
                rng.uniform(0, WIDTH),
                rng.uniform(0, HEIGHT),
                rng.uniform(40, 400),
                rng.uniform(40, 300),
            ),
            QColor(rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255)),
        )
    painter.end()
    return frame


def _blurred(image: QImage, px: float) -> QImage:
    if px < 1:
        return image
    smooth = Qt.TransformationMode.SmoothTransformation
    small = image.scaled(
        max(1, round(image.width() / px)),
        max(1, round(image.height() / px)),
        Qt.AspectRatioMode.IgnoreAspectRatio,
        smooth,
    )
    return small.scaled(image.width(), image.height(), Qt.AspectRatioMode.IgnoreAspectRatio, smooth)


def _jpeg(image: QImage, quality: int) -> QImage:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "JPG", quality)  # type: ignore[call-overload]  # (stub says bytes)
    buffer.close()
    decoded = QImage()
    decoded.loadFromData(data, "JPG")
    return decoded.convertToFormat(QImage.Format.Format_RGB32)


def render(shot: Shot, seed: int = 0) -> QImage:
    """The frame ``shot`` describes (``seed`` chooses the room and the grain)."""
    rng = random.Random(f"{seed}:{shot}")
    frame = _room(rng)
    qr = qr_image(shot.code, inverted=shot.kind == "phone_dark")
    card, spot = _holder(shot, qr)
    painter = QPainter(frame)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    transform = QTransform()
    transform.translate(shot.x * WIDTH, shot.y * HEIGHT)
    transform.rotate(shot.turn, Qt.Axis.YAxis)
    transform.rotate(shot.angle)
    transform.translate(-spot.center().x(), -spot.center().y())
    painter.setTransform(transform)
    painter.drawImage(0, 0, card)
    painter.resetTransform()
    if shot.light < 1:
        painter.fillRect(frame.rect(), QColor(0, 0, 0, round(255 * (1 - shot.light))))
    elif shot.light > 1:
        painter.fillRect(frame.rect(), QColor(255, 255, 255, round(255 * (shot.light - 1))))
    painter.end()
    frame = _blurred(frame, shot.blur)
    if shot.noise > 0:
        grain = QImage(
            rng.randbytes(WIDTH * HEIGHT), WIDTH, HEIGHT, WIDTH, QImage.Format.Format_Grayscale8
        ).copy()
        painter = QPainter(frame)
        painter.setOpacity(shot.noise)
        painter.drawImage(0, 0, grain)
        painter.end()
    if shot.jpeg:
        frame = _jpeg(frame, shot.jpeg)
    return frame


def shots(count: int = 384, seed: int = 2020) -> list[Shot]:
    """``count`` frames' recipes: a third paper badges, a third phones, a third dark mode."""
    rng = random.Random(seed)
    tag = "BCD"
    made: list[Shot] = []
    for index in range(count):
        # A generated code most of the time; a ticket shop's number now and then.
        code = str(rng.randint(100000, 999999)) if index % 8 == 7 else _code(rng, tag)
        made.append(
            Shot(
                code=code,
                kind=KINDS[index % 3],
                module_px=rng.uniform(3.0, 7.0),
                angle=rng.uniform(-35, 35),
                turn=rng.uniform(-40, 40),
                blur=rng.choice((0.0, 0.0, 1.2, 1.6, 2.0, 2.5)),
                noise=rng.choice((0.0, 0.05, 0.1, 0.18)),
                light=rng.choice((0.55, 0.8, 1.0, 1.0, 1.2)),
                glare=rng.random() < 0.3,
                jpeg=rng.choice((0, 35, 60, 90)),
                x=rng.uniform(0.3, 0.7),
                y=rng.uniform(0.35, 0.65),
            )
        )
    return made


def _code(rng: random.Random, tag: str) -> str:
    # checkin.codes.new_code draws from `secrets`; the same alphabet from a seeded
    # generator keeps the set reproducible.
    return tag + "".join(rng.choice(codes.ALPHABET) for _ in range(codes.BODY_LENGTH))


def frame_set(count: int = 384, seed: int = 2020) -> Iterator[tuple[Shot, QImage]]:
    for shot in shots(count, seed):
        yield shot, render(shot, seed)


def held_up(
    code: str, seconds: float = 6.0, fps: int = 30, kind: str = "paper", seed: int = 7
) -> Iterator[QImage]:
    """A badge held in view as a person holds it: it sways, turns, tilts and blurs
    with the hand's speed (motion blur), with a lamp's glare crossing it now and then."""
    rng = random.Random(seed)
    phase = [rng.uniform(0, math.tau) for _ in range(4)]
    for frame in range(round(seconds * fps)):
        t = frame / fps
        sway = math.sin(1.3 * t + phase[0])
        speed = abs(math.cos(1.3 * t + phase[0])) + abs(math.cos(2.1 * t + phase[2]))
        shot = Shot(
            code=code,
            kind=kind,
            module_px=4.0 + 0.8 * math.sin(0.7 * t + phase[1]),
            angle=15 * sway,
            turn=25 * math.sin(2.1 * t + phase[2]),
            blur=0.5 + speed,
            noise=0.08,
            light=1.0,
            glare=math.sin(0.9 * t + phase[3]) > 0.6,
            jpeg=60,
            x=0.5 + 0.1 * sway,
            y=0.5,
        )
        yield render(shot, seed)
