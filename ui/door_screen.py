"""The Door screen: the scan field, the verdict, the headcount.

Keyboard-first for door staff under pressure: the scan field always has the
focus, so a USB scanner's typed code and Enter always land there. Scans run on
the UI thread on purpose: they are fast and must stay in order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from checkin import door
from checkin.errors import CheckinError
from checkin.store import Store


class DoorScreen(QWidget):
    """Scan badges in (or out) and see what the door decided."""

    changed = Signal()

    def __init__(
        self,
        store: Store,
        *,
        door_name: str = "",
        sounds: bool = True,
        kiosk: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._door_name = door_name
        self._sounds = sounds
        self._kiosk = kiosk
        self.scan_field = QLineEdit(self)
        self.scan_field.setPlaceholderText(self.tr("Scan a badge"))
        self.scan_field.returnPressed.connect(self._on_scan)
        self.verdict_label = QLabel(self)
        self.verdict_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.headcount_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headcount_label)
        layout.addWidget(self.verdict_label, 1)
        layout.addWidget(self.scan_field)
        self._refresh_headcount()

    def set_door_name(self, name: str) -> None:
        self._door_name = name

    def set_sounds_enabled(self, enabled: bool) -> None:
        self._sounds = enabled

    def _on_scan(self) -> None:
        text = self.scan_field.text()
        self.scan_field.clear()
        if not text.strip():
            return
        try:
            result = door.scan(self._store, text, door=self._door_name)
        except CheckinError as exc:
            self.verdict_label.setText(exc.sentence())
            return
        self.verdict_label.setText(result.verdict.value)
        self._refresh_headcount()
        self.changed.emit()

    def _refresh_headcount(self) -> None:
        event = self._store.event()
        self.headcount_label.setText(
            self.tr("%1 / %2 inside").replace("%1", str(event.inside))
            .replace("%2", str(event.capacity))
        )
