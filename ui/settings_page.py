"""The Settings screen: this laptop's preferences, and the event's name and capacity."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin.errors import CheckinError
from checkin.store import Store
from ui.errors import error_text
from ui.settings import Settings


class SettingsPage(QWidget):
    language_changed = Signal(str)
    sounds_changed = Signal(bool)
    door_name_changed = Signal(str)
    scanner_mode_changed = Signal(str)
    event_changed = Signal()

    def __init__(self, store: Store, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings

        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(settings.language))
        self.language.currentIndexChanged.connect(self._language)
        self.sounds = QCheckBox(self.tr("Play a sound with every verdict"))
        self.sounds.setChecked(settings.sounds)
        self.sounds.toggled.connect(self._sounds)
        self.door_name = QLineEdit(settings.door_name)
        self.door_name.setPlaceholderText(self.tr("e.g. Main entrance"))
        self.door_name.editingFinished.connect(self._door_name)
        self.scanner = QComboBox()
        self.scanner.addItem(self.tr("Keyboard scanner (USB)"), "keyboard")
        self.scanner.addItem(self.tr("Webcam"), "webcam")
        self.scanner.setCurrentIndex(self.scanner.findData(settings.scanner_mode))
        self.scanner.currentIndexChanged.connect(self._scanner)
        laptop = QFormLayout()
        laptop.addRow(self.tr("Language"), self.language)
        laptop.addRow(self.tr("Sounds"), self.sounds)
        laptop.addRow(self.tr("Door name"), self.door_name)
        laptop.addRow(self.tr("Scanner"), self.scanner)
        laptop_box = QGroupBox(self.tr("This laptop"))
        laptop_box.setLayout(laptop)

        event = store.event()
        self.event_name = QLineEdit(event.name)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 100_000)
        self.capacity.setValue(event.capacity)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.clicked.connect(self.apply_event)
        self.event_message = QLabel()
        self.event_message.setWordWrap(True)
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.apply_button)
        apply_row.addWidget(self.event_message, 1)
        event_form = QFormLayout()
        event_form.addRow(self.tr("Event name"), self.event_name)
        event_form.addRow(self.tr("Capacity (most people inside at once)"), self.capacity)
        event_form.addRow(apply_row)
        event_box = QGroupBox(self.tr("This event (for every door)"))
        event_box.setLayout(event_form)

        layout = QVBoxLayout(self)
        layout.addWidget(laptop_box)
        layout.addWidget(event_box)
        layout.addStretch(1)

    def _language(self) -> None:
        value = str(self.language.currentData())
        if value != self.settings.language:
            self.settings.language = value
            self.language_changed.emit(value)

    def _sounds(self, on: bool) -> None:
        self.settings.sounds = on
        self.sounds_changed.emit(on)

    def _door_name(self) -> None:
        self.settings.door_name = self.door_name.text()
        self.door_name_changed.emit(self.settings.door_name)

    def _scanner(self) -> None:
        self.settings.scanner_mode = str(self.scanner.currentData())
        self.scanner_mode_changed.emit(self.settings.scanner_mode)

    def apply_event(self) -> None:
        try:
            event = self.store.event()
            if self.event_name.text().strip() != event.name:
                if not self.event_name.text().strip():
                    self.event_message.setText(self.tr("The event needs a name."))
                    return
                self.store.update_event(name=self.event_name.text().strip())
            if self.capacity.value() != event.capacity:
                self.store.set_capacity(self.capacity.value())
        except CheckinError as exc:
            self.event_message.setText(error_text(exc))
            return
        event = self.store.event()
        self.event_message.setText(
            self.tr("Saved. %1 inside now, capacity %2.").replace("%1", str(event.inside))
            .replace("%2", str(event.capacity)))
        self.event_changed.emit()
