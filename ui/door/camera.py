"""The webcam beside the verdict: made when first switched on, its codes go the scanner's way."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QBoxLayout, QWidget

if TYPE_CHECKING:
    from ..webcam import WebcamPanel


class CameraSlot(QObject):
    preferences_changed = Signal(str, bool)  # camera id, mirrored preview

    def __init__(self, screen: QWidget, layout: QBoxLayout, scanned: Callable[[str], None]) -> None:
        super().__init__(screen)
        self.screen = screen
        self.layout = layout
        self.scanned = scanned
        self.panel: WebcamPanel | None = None
        self.camera_id, self.mirrored = "", True

    def set_enabled(self, on: bool) -> None:
        from ..webcam import WebcamPanel

        if on and self.panel is None:
            self.panel = WebcamPanel(
                camera_id=self.camera_id, mirrored=self.mirrored, parent=self.screen
            )
            self.panel.code_scanned.connect(self.scanned)
            self.panel.preferences_changed.connect(self._on_preferences)
            self.layout.addWidget(self.panel, 2)
        if self.panel is not None:
            self.panel.setVisible(on)
            if on:
                self.panel.start()
            else:
                self.panel.stop()

    def set_preferences(self, camera_id: str, mirrored: bool) -> None:
        """The camera and mirroring chosen last time (kept in the settings by the window)."""
        self.camera_id, self.mirrored = camera_id, mirrored
        if self.panel is not None:
            self.panel.set_preferences(camera_id, mirrored)

    def _on_preferences(self, camera_id: str, mirrored: bool) -> None:
        self.camera_id, self.mirrored = camera_id, mirrored
        self.preferences_changed.emit(camera_id, mirrored)
