"""The door's buttons: find, walk-in, undo, ±1, capacity, door name, exit mode, and the rest.

Buttons never take the keyboard focus (a click must not take a field's place),
and each only says it was pressed: the screen decides what opens.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ..kit.text import fill


class DoorTools(QObject):
    """Two rows of buttons: ``top`` (door, lists, modes) and ``bottom`` (actions)."""

    find_guest = Signal()
    walk_in = Signal()
    undo = Signal()
    counted = Signal(int)
    capacity = Signal()
    door_name = Signal()
    scanner = Signal()
    exit_mode = Signal(bool)
    sound = Signal(bool)
    camera = Signal(bool)
    full_screen = Signal()
    inside = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.top = QWidget(parent)
        self.bottom = QWidget(parent)
        b = self._button
        self.door_button = b(
            self.tr("Door: %1"), self.door_name.emit, self.tr("This laptop's door name: change it")
        )
        self.inside_button = b(
            self.tr("Who is inside (F6)"),
            self.inside.emit,
            self.tr("Everyone inside now, to save or print"),
        )
        self.exit_button = b(
            self.tr("Exit mode (F4)"),
            lambda: self.exit_mode.emit(self.exit_button.isChecked()),
            self.tr("Scan guests out instead of in"),
        )
        self.exit_button.setCheckable(True)
        self.sound_button = b(
            self.tr("Sound"), lambda: self.sound.emit(self.sound_button.isChecked())
        )
        self.sound_button.setCheckable(True)
        self.camera_button = b(
            self.tr("Camera"), lambda: self.camera.emit(self.camera_button.isChecked())
        )
        self.camera_button.setCheckable(True)
        self.fullscreen_button = b(self.tr("Full screen (F11)"), self.full_screen.emit)
        self.scanner_button = b(
            self.tr("Scanner…"),
            self.scanner.emit,
            self.tr("A prefix key, and how long exit mode stays on"),
        )
        self.search_button = b(self.tr("Find by name (F2)"), self.find_guest.emit)
        self.walk_in_button = b(self.tr("Walk-in (F3)"), self.walk_in.emit)
        self.undo_button = b(
            self.tr("Undo… (Ctrl+Z)"),
            self.undo.emit,
            self.tr("Take back one of this door's recent scans, named first"),
        )
        self.minus_button = b(
            "−1", lambda: self.counted.emit(-1), self.tr("One person without a badge left")
        )
        self.plus_button = b(
            "+1", lambda: self.counted.emit(1), self.tr("One person without a badge came in")
        )
        self.capacity_button = b(
            self.tr("Capacity…"),
            self.capacity.emit,
            self.tr("Change the capacity (the old and new value are shown)"),
        )
        top = QHBoxLayout()
        top.addWidget(self.door_button)
        top.addStretch(1)
        for w in (
            self.inside_button,
            self.exit_button,
            self.sound_button,
            self.camera_button,
            self.scanner_button,
            self.fullscreen_button,
        ):
            top.addWidget(w)
        bottom = QHBoxLayout()
        for w in (self.search_button, self.walk_in_button, self.undo_button):
            bottom.addWidget(w)
        bottom.addStretch(1)
        for w in (self.minus_button, self.plus_button, self.capacity_button):
            bottom.addWidget(w)
        top.setContentsMargins(0, 0, 0, 0)
        bottom.setContentsMargins(0, 0, 0, 0)
        self.top.setLayout(top)
        self.bottom.setLayout(bottom)

    def _button(self, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        button = QPushButton(text, self.top)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        if tip:
            button.setToolTip(tip)
        return button

    def show_door(self, name: str) -> None:
        self.door_button.setText(fill(self.tr("Door: %1"), name or self.tr("(no name)")))

    def show_capacity(self, capacity: int) -> None:
        self.capacity_button.setText(fill(self.tr("Capacity %1…"), capacity))
