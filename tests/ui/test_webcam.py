"""Camera scanning without a camera: real badge PDFs, rasterised, held up crooked.

This machine has no camera (the one thing faked, by handing frames to the
scanner the way its video sink would). Everything else is real: the badge PDF
from checkin.documents.badges, pypdfium2's rendering, zxing-cpp in the worker thread,
the cool-down, and door.scan on the event file.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from pytestqt.qtbot import QtBot

from checkin.documents.badges import write_badges
from checkin.store import Store
from tests.ui.doors import door_screen
from ui.door.screen import DoorScreen
from ui.scan_cooldown import CodeCooldown
from ui.webcam import CameraScanner, FrameDecoder, WebcamPanel, read_codes
from ui.worker import StoreWorker


def badge_image(store: Store, tmp_path: Path, code: str) -> QImage:
    """The printed A6 badge of ``code``, as a 72 dpi x 1.5 picture of the paper."""
    pdf_path = tmp_path / f"badge-{code}.pdf"
    write_badges(store, pdf_path, layout="a6", codes=[code])
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        bitmap = pdf[0].render(scale=1.5)
        image = QImage(
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
            QImage.Format.Format_BGR888,
        ).copy()
    finally:
        pdf.close()
    return image


def camera_frame(
    badge: QImage | None,
    *,
    size: tuple[int, int] = (1280, 720),
    angle: float = 0.0,
    scale: float = 1.0,
    blur: float = 1.0,
    noise: float = 0.0,
    seed: int = 1,
) -> QImage:
    """A webcam's view: a room-coloured frame, the badge tilted and scaled, blur, sensor grain."""
    width, height = size
    frame = QImage(width, height, QImage.Format.Format_RGB32)
    frame.fill(QColor(118, 104, 92))
    painter = QPainter(frame)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    if badge is not None:
        painter.translate(width / 2, height / 2)
        painter.rotate(angle)
        w, h = badge.width() * scale, badge.height() * scale
        painter.drawImage(QRectF(-w / 2, -h / 2, w, h), badge)
    painter.end()
    if blur > 1:
        smooth = Qt.TransformationMode.SmoothTransformation
        ignore = Qt.AspectRatioMode.IgnoreAspectRatio
        frame = frame.scaled(int(width / blur), int(height / blur), ignore, smooth)
        frame = frame.scaled(width, height, ignore, smooth)
    if noise:
        grain = QImage(
            random.Random(seed).randbytes(width * height),
            width,
            height,
            width,
            QImage.Format.Format_Grayscale8,
        ).copy()
        painter = QPainter(frame)
        painter.setOpacity(noise)
        painter.drawImage(0, 0, grain)
        painter.end()
    return frame


@pytest.fixture
def badges(store: Store, tmp_path: Path) -> dict[str, QImage]:
    return {code: badge_image(store, tmp_path, code) for code in ("1001", "1002", "1005")}


@pytest.fixture
def screen(qtbot: QtBot, store: Store) -> Iterator[DoorScreen]:
    widget = door_screen(
        store, worker=StoreWorker(inline=True), door_name="Camera door", sounds=False
    )
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_camera_enabled(True)
    yield widget
    assert widget.webcam_panel is not None
    widget.webcam_panel.scanner.shutdown()


def feed(qtbot: QtBot, scanner: CameraScanner, frame: QImage) -> None:
    """One frame, as the video sink would hand it over, then wait for the worker's answer."""
    with qtbot.waitSignal(scanner.decoder.decoded, timeout=5000):
        assert scanner.offer_frame(frame)


@pytest.mark.parametrize(
    "distortion",
    [
        {},
        {"angle": 20, "scale": 0.8},
        {"angle": 170},
        {"scale": 0.4},
        {"blur": 3.0},
        {"noise": 0.3},
        {"angle": -35, "scale": 0.6, "blur": 2.5, "noise": 0.2},
        {"size": (1920, 1080), "angle": 10, "scale": 1.4, "blur": 2.0, "noise": 0.2},
    ],
    ids=["straight", "tilted", "upside-down", "far", "blurred", "grainy", "all-at-once", "1080p"],
)
def test_a_printed_badge_is_read_from_a_camera_frame(
    badges: dict[str, QImage], distortion: dict[str, object]
) -> None:
    frame = camera_frame(badges["1001"], **distortion)  # type: ignore[arg-type]
    assert read_codes(frame) == ["1001"]


@pytest.mark.parametrize(
    "pixel_format",
    [
        QImage.Format.Format_RGB32,
        QImage.Format.Format_ARGB32_Premultiplied,
        QImage.Format.Format_RGBA8888,
        QImage.Format.Format_RGBX8888,
        QImage.Format.Format_RGB888,
        QImage.Format.Format_BGR888,
        QImage.Format.Format_Grayscale8,
        QImage.Format.Format_RGB16,
    ],
    ids=lambda f: f.name,
)
def test_every_frame_format_a_camera_gives_is_read(
    badges: dict[str, QImage], pixel_format: QImage.Format
) -> None:
    # An odd width gives rows padded to whole words: the stride must be honoured.
    frame = camera_frame(badges["1002"], size=(1279, 719), angle=5, scale=0.7)
    assert read_codes(frame.convertToFormat(pixel_format)) == ["1002"]


def test_a_frame_without_a_badge_yields_nothing() -> None:
    assert read_codes(camera_frame(None, noise=0.3)) == []
    assert read_codes(QImage()) == []


def test_camera_scans_go_through_the_door_once_each(
    qtbot: QtBot, screen: DoorScreen, store: Store, badges: dict[str, QImage]
) -> None:
    panel = screen.webcam_panel
    assert panel is not None
    scanner = panel.scanner
    feed(qtbot, scanner, camera_frame(badges["1001"], angle=12, noise=0.15))
    assert "Anna van den Berg" in screen.verdict_view.text
    assert "Welcome" in screen.verdict_view.text
    # The badge stays in view for a while: one scan, not one per frame.
    for seed in range(2, 8):
        feed(qtbot, scanner, camera_frame(badges["1001"], angle=12, noise=0.15, seed=seed))
    assert "Welcome" in screen.verdict_view.text
    assert "take it out of view" in panel.status_label.text()
    # The next guest's badge is taken at once; a cancelled one is refused once.
    feed(qtbot, scanner, camera_frame(badges["1002"], angle=-8, scale=0.7))
    assert "Zoë Yılmaz" in screen.verdict_view.text
    feed(qtbot, scanner, camera_frame(badges["1005"]))
    feed(qtbot, scanner, camera_frame(badges["1005"], seed=3, noise=0.1))
    assert "Cancelled" in screen.verdict_view.text
    feed(qtbot, scanner, camera_frame(None, noise=0.2))
    scans = store.scans()
    assert [(s.raw, s.verdict, s.action, s.door) for s in scans] == [
        ("1001", "admitted", "camera", "Camera door"),
        ("1002", "admitted", "camera", "Camera door"),
        ("1005", "cancelled", "camera", "Camera door"),
    ]
    assert screen.headcount.headcount_label.text() == "2 / 3 inside"


def test_exit_mode_applies_to_the_camera_too(
    qtbot: QtBot, screen: DoorScreen, store: Store, badges: dict[str, QImage]
) -> None:
    assert screen.webcam_panel is not None
    screen.scan_code("1001")
    screen.set_exit_mode(True)
    feed(qtbot, screen.webcam_panel.scanner, camera_frame(badges["1001"], scale=0.5))
    assert store.scans()[-1].action == "camera_out"
    assert store.event().inside == 0


def test_without_a_camera_the_panel_says_so_and_the_scanner_keeps_working(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    panel = screen.webcam_panel
    assert panel is not None and panel.isVisible()
    assert not panel.scanner.running
    assert "No camera found" in panel.status_label.text()
    assert not panel.camera_box.isEnabled()
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.scan_field.hasFocus())
    qtbot.keyClicks(screen.scan_field, "1002")
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)
    assert store.event().inside == 1
    screen.set_camera_enabled(False)
    assert not panel.isVisible()
    assert not screen.tools.camera_button.isChecked()


def test_a_busy_decoder_drops_frames_instead_of_queueing_them(
    qtbot: QtBot, badges: dict[str, QImage]
) -> None:
    gate = threading.Event()
    reading = threading.Event()

    def slow_read(image: QImage) -> list[str]:
        reading.set()
        gate.wait(5)
        return read_codes(image)

    decoder = FrameDecoder(read=slow_read)
    try:
        frame = camera_frame(badges["1001"])
        assert decoder.submit(frame)
        assert reading.wait(5)
        taken = [decoder.submit(camera_frame(badges["1002"], seed=s)) for s in range(10)]
        assert taken == [False] * 10
        assert (decoder.offered, decoder.dropped) == (11, 10)
        with qtbot.waitSignal(decoder.decoded, timeout=5000) as blocker:
            gate.set()
        assert blocker.args == [["1001"]]  # the first frame, not a queued later one
        qtbot.waitUntil(lambda: not decoder.busy)
        assert decoder.decoded_frames == 1
        with qtbot.waitSignal(decoder.decoded, timeout=5000) as blocker:
            assert decoder.submit(camera_frame(badges["1002"]))
        assert blocker.args == [["1002"]]
    finally:
        gate.set()
        decoder.shutdown()


def test_the_cool_down_lets_the_same_badge_in_again_after_a_pause(
    qtbot: QtBot, badges: dict[str, QImage]
) -> None:
    now = [100.0]
    scanner = CameraScanner(cooldown=CodeCooldown(clock=lambda: now[0]))
    seen: list[str] = []
    cooling: list[tuple[str, float]] = []
    scanner.code_scanned.connect(seen.append)
    scanner.cooling.connect(lambda code, left: cooling.append((code, left)))
    try:
        frame = camera_frame(badges["1001"], scale=0.6)
        feed(qtbot, scanner, frame)
        now[0] += 1.0
        feed(qtbot, scanner, frame)
        assert seen == ["1001"]
        assert cooling == [("1001", 1.0)]
        for seed in range(6):  # out of view for longer than the cool-down
            now[0] += 0.25
            feed(qtbot, scanner, camera_frame(None, seed=seed))
        feed(qtbot, scanner, frame)
        assert seen == ["1001", "1001"]
    finally:
        scanner.shutdown()


def test_the_preview_can_be_mirrored(qtbot: QtBot) -> None:
    panel = WebcamPanel(mirrored=False)
    qtbot.addWidget(panel)
    panel.resize(400, 300)
    image = QImage(160, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.fillRect(0, 0, 80, 120, QColor("black"))  # the left half black
    painter.end()
    panel.scanner.frame_ready.emit(image)

    def left_pixel() -> QColor:
        shot = panel.preview.grab().toImage()
        return shot.pixelColor(shot.width() // 2 - 20, shot.height() // 2)

    assert left_pixel().lightness() < 50
    panel.mirror_box.setChecked(True)
    assert panel.preview.mirrored
    assert left_pixel().lightness() > 200


def test_the_mirror_choice_is_reported_for_the_settings(qtbot: QtBot, screen: DoorScreen) -> None:
    panel = screen.webcam_panel
    assert panel is not None and panel.mirrored
    with qtbot.waitSignal(screen.camera_preferences_changed) as blocker:
        panel.mirror_box.setChecked(False)
    assert blocker.args == ["", False]
    screen.set_camera_preferences("usb-cam", True)
    assert panel.mirrored
