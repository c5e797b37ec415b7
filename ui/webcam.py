"""Scanning badges with the laptop's camera (optional; the USB scanner needs none of it).

Frames come from QtMultimedia (QCamera -> QMediaCaptureSession -> QVideoSink)
on the UI thread. Decoding is the slow part, so it runs in one worker thread,
and the hand-over is a single slot with a busy flag: while the worker decodes,
new frames are dropped, never queued, so the camera can never fall behind the
badge in front of it. Reading a frame is ui/webcam_reader.py. A decoded code passes
the cool-down (ui/scan_cooldown.py)
and then goes through exactly the path of a typed code, marked camera=True.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import (
    QCameraPermission,
    QCoreApplication,
    QObject,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from .kit import style
from .kit.text import fill
from .media_probe import media_support, quiet_backend
from .scan_cooldown import CodeCooldown
from .webcam_reader import image_view, read_codes

__all__ = [
    "CameraScanner",
    "FrameDecoder",
    "VideoPreview",
    "WebcamPanel",
    "image_view",
    "read_codes",
]

IDLE_SECONDS = 5.0  # the worker thread ends after this long without frames


class FrameDecoder(QObject):
    """Decodes one frame at a time in a worker thread; frames offered meanwhile are dropped.

    ``decoded`` is emitted for every decoded frame (an empty list when it held no
    code) and arrives on the thread that owns this object, the UI thread.
    """

    decoded = Signal(list)

    def __init__(
        self, read: Callable[[QImage], list[str]] = read_codes, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._read = read
        self._lock = threading.Condition()
        self._slot: QImage | None = None
        self._busy = False
        self._stopping = False
        self._thread: threading.Thread | None = None
        self.offered = 0
        self.dropped = 0
        self.decoded_frames = 0

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._busy

    def submit(self, image: QImage) -> bool:
        """Hand a frame to the worker; False (and dropped) when it is still busy."""
        with self._lock:
            self.offered += 1
            if self._busy or self._stopping:
                self.dropped += 1
                return False
            self._busy = True
            # No copy: a QImage from QVideoFrame.toImage() owns its pixels, and its
            # shared data is reference-counted safely across threads.
            self._slot = image
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._work, name="frame-decoder", daemon=True
                )
                self._thread.start()
            self._lock.notify()
            return True

    def shutdown(self, timeout: float = 2.0) -> None:
        with self._lock:
            self._stopping = True
            self._lock.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _work(self) -> None:
        while True:
            with self._lock:
                if self._slot is None and not self._stopping:
                    self._lock.wait(IDLE_SECONDS)
                if self._stopping or self._slot is None:
                    # Idle for a while, or shutting down: the next submit starts a new one.
                    self._thread = None
                    return
                image, self._slot = self._slot, None
            try:
                found = self._read(image)
            except Exception:  # noqa: BLE001 - one unreadable frame must not stop the camera
                found = []
            with self._lock:
                self.decoded_frames += 1
                # Free before the answer goes out: whoever hears it may offer the next frame.
                self._busy = False
            try:
                self.decoded.emit(found)
            except RuntimeError:  # the screen was closed while a frame was being read
                return


class CameraScanner(QObject):
    """The camera's frames in, codes to scan out: the decoder plus the cool-down."""

    code_scanned = Signal(str)  # passed the cool-down: scan it now
    cooling = Signal(str, float)  # seen again too soon: ignored, seconds left
    frame_ready = Signal(QImage)  # for the preview
    problem = Signal(str)  # why the camera does not run, in the interface language
    running_changed = Signal(bool)

    def __init__(
        self,
        *,
        cooldown: CodeCooldown | None = None,
        decoder: FrameDecoder | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.cooldown = cooldown or CodeCooldown()
        self.decoder = decoder or FrameDecoder(parent=self)
        self.decoder.decoded.connect(self._on_decoded)
        self._camera: QObject | None = None
        self._session: QObject | None = None
        self._sink: QObject | None = None
        self.last_problem = ""

    # devices ---------------------------------------------------------------

    def cameras(self) -> list[tuple[str, str]]:
        """(id, description) of every camera; empty without one or without QtMultimedia."""
        module = media_support().module
        if module is None:
            return []
        with quiet_backend():
            devices = module.QMediaDevices.videoInputs()
        return [(bytes(d.id().data()).decode("utf-8", "replace"), d.description()) for d in devices]

    @property
    def running(self) -> bool:
        return self._camera is not None

    def start(self, camera_id: str = "") -> bool:
        """Start the chosen (or the default) camera; False with ``problem`` emitted if not."""
        self.stop()
        module = media_support().module
        if module is None:
            return self._fail(self.tr("Camera scanning is not available on this computer."))
        with quiet_backend():
            devices = module.QMediaDevices.videoInputs()
        if not devices:
            return self._fail(self.tr("No camera found. Connect one, or use the badge scanner."))
        permission = self._permission()
        if permission == Qt.PermissionStatus.Undetermined:
            # macOS asks the person once; the camera starts when they answer yes.
            app = QCoreApplication.instance()
            assert app is not None
            app.requestPermission(
                QCameraPermission(), self, lambda _p: self._after_permission(camera_id)
            )
            return self._fail(self.tr("Waiting for permission to use the camera…"))
        if permission == Qt.PermissionStatus.Denied:
            return self._fail(
                self.tr(
                    "The app may not use the camera. Allow it in the system's privacy settings."
                )
            )
        chosen = next(
            (d for d in devices if bytes(d.id().data()).decode("utf-8", "replace") == camera_id),
            devices[0],
        )
        with quiet_backend():
            camera = module.QCamera(chosen, self)
            session = module.QMediaCaptureSession(self)
            sink = module.QVideoSink(self)
            session.setCamera(camera)
            session.setVideoSink(sink)
            sink.videoFrameChanged.connect(self._on_video_frame)
            camera.errorOccurred.connect(self._on_camera_error)
            camera.start()
        self._camera, self._session, self._sink = camera, session, sink
        self.last_problem = ""
        self.running_changed.emit(True)
        return True

    def stop(self) -> None:
        if self._camera is None:
            return
        with quiet_backend():
            self._camera.stop()  # type: ignore[attr-defined]
        for part in (self._sink, self._session, self._camera):
            if part is not None:
                part.deleteLater()
        self._camera = self._session = self._sink = None
        self.cooldown.reset()
        self.running_changed.emit(False)

    def shutdown(self) -> None:
        self.stop()
        self.decoder.shutdown()

    def _permission(self) -> Qt.PermissionStatus:
        app = QCoreApplication.instance()
        if app is None:
            return Qt.PermissionStatus.Denied
        return app.checkPermission(QCameraPermission())

    def _after_permission(self, camera_id: str) -> None:
        if self._permission() == Qt.PermissionStatus.Granted:
            self.start(camera_id)
        else:
            self._fail(
                self.tr(
                    "The app may not use the camera. Allow it in the system's privacy settings."
                )
            )

    def _fail(self, message: str) -> bool:
        self.last_problem = message
        self.problem.emit(message)
        return False

    def _on_camera_error(self, _error: object, text: str) -> None:
        self.stop()
        self._fail(fill(self.tr("The camera stopped: %1"), text))

    def _on_video_frame(self, frame: object) -> None:
        image = frame.toImage()  # type: ignore[attr-defined]
        if not image.isNull():
            self.offer_frame(image)

    # frames ----------------------------------------------------------------

    def offer_frame(self, image: QImage) -> bool:
        """Every camera frame passes here: shown, and decoded unless the decoder is busy."""
        self.frame_ready.emit(image)
        return self.decoder.submit(image)

    def _on_decoded(self, codes: list[str]) -> None:
        taken = self.cooldown.see(codes)
        for code in codes:
            if code in taken:
                self.code_scanned.emit(code)
            else:
                self.cooling.emit(code, self.cooldown.remaining(code))


class VideoPreview(QWidget):
    """The last camera frame, scaled to fit, mirrored when that feels more natural."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(160, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.mirrored = False
        self.image = QImage()

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def set_mirrored(self, mirrored: bool) -> None:
        self.mirrored = mirrored
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(style.CAMERA_BACKGROUND))
        if self.image.isNull():
            return
        size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        target = QRectF(0, 0, size.width(), size.height())
        target.moveCenter(QPointF(self.rect().center()))
        if self.mirrored:
            # Only the preview is mirrored: a mirrored QR code would not decode.
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(target, self.image)


class WebcamPanel(QWidget):
    """Camera choice, mirror switch, live preview and what the camera is doing."""

    code_scanned = Signal(str)
    preferences_changed = Signal(str, bool)  # camera id, mirrored: for the settings file

    def __init__(
        self,
        scanner: CameraScanner | None = None,
        *,
        mirrored: bool = True,
        camera_id: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scanner = scanner or CameraScanner(parent=self)
        self.camera_box = QComboBox(self)
        self.camera_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.camera_box.setToolTip(self.tr("Which camera to scan with"))
        self.mirror_box = QCheckBox(self.tr("Mirror"), self)
        self.mirror_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.mirror_box.setChecked(mirrored)
        self.preview = VideoPreview(self)
        self.preview.set_mirrored(mirrored)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        top = QHBoxLayout()
        top.addWidget(self.camera_box, 1)
        top.addWidget(self.mirror_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status_label)
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.timeout.connect(self._show_running)
        self.mirror_box.toggled.connect(self.preview.set_mirrored)
        self.camera_box.activated.connect(self._on_camera_chosen)
        self.scanner.frame_ready.connect(self.preview.set_image)
        self.scanner.problem.connect(self._show_problem)
        self.scanner.code_scanned.connect(self.code_scanned)
        self.scanner.cooling.connect(self._show_cooling)
        self.scanner.running_changed.connect(lambda _running: self._show_running())
        self.mirror_box.toggled.connect(lambda _on: self._emit_preferences())
        self._wanted_camera = camera_id
        self.refresh_cameras()

    @property
    def camera_id(self) -> str:
        return str(self.camera_box.currentData() or "")

    @property
    def mirrored(self) -> bool:
        return self.mirror_box.isChecked()

    def set_preferences(self, camera_id: str, mirrored: bool) -> None:
        self._wanted_camera = camera_id
        self.mirror_box.setChecked(mirrored)
        index = self.camera_box.findData(camera_id)
        if index >= 0:
            self.camera_box.setCurrentIndex(index)

    def refresh_cameras(self) -> None:
        # The camera chosen before, if it is plugged in; else whatever comes first.
        current = self.camera_id or self._wanted_camera
        self.camera_box.clear()
        for camera_id, description in self.scanner.cameras():
            self.camera_box.addItem(description, camera_id)
        index = self.camera_box.findData(current)
        if index >= 0:
            self.camera_box.setCurrentIndex(index)
        self.camera_box.setEnabled(self.camera_box.count() > 0)

    def start(self) -> bool:
        self.refresh_cameras()
        return self.scanner.start(self.camera_id)

    def stop(self) -> None:
        self.scanner.stop()
        self.preview.set_image(QImage())

    def _emit_preferences(self) -> None:
        self.preferences_changed.emit(self.camera_id, self.mirrored)

    def _on_camera_chosen(self, _index: int) -> None:
        self._wanted_camera = self.camera_id
        self._emit_preferences()
        if self.scanner.running:
            self.scanner.start(self.camera_id)

    def _show_problem(self, message: str) -> None:
        self._status_timer.stop()
        self.status_label.setText(message)
        self.preview.setVisible(self.scanner.running)

    def _show_cooling(self, code: str, seconds: float) -> None:
        self.status_label.setText(
            self.tr("Scanned. To scan this badge again, take it out of view for a second.")
        )
        self._status_timer.start(1000)

    def _show_running(self) -> None:
        self.preview.setVisible(self.scanner.running)
        if self.scanner.running:
            self.status_label.setText(self.tr("Hold a badge in front of the camera"))
        elif not self.scanner.last_problem:
            self.status_label.setText(self.tr("Camera off"))
