"""The Settings screen: this laptop's preferences, and the event's own settings.

The event section (name, capacity, the door question, how long personal data is
kept, the supervisor PIN) is for every door at once, so when the event has a PIN
it opens only after the PIN is given, and locks again when the screen is left.
Removing the personal data asks for the PIN each time: it cannot be undone.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from checkin import pin, privacy
from checkin.door.verdicts import CAPACITY_MAX, CAPACITY_MIN
from checkin.errors import CheckinError
from checkin.store import Store

from .dates import screen_date
from .errors import error_text, show_error
from .kit.text import fill
from .mail.settings_box import MailSettingsBox
from .new_pin_dialog import NewPinDialog
from .pin_dialog import PinDialog, ask_pin
from .settings import Settings
from .tasks import Tasks

__all__ = ["NewPinDialog", "SettingsPage"]


class SettingsPage(QWidget):
    language_changed = Signal(str)
    sounds_changed = Signal(bool)
    door_name_changed = Signal(str)
    scanner_mode_changed = Signal(str)
    event_changed = Signal()
    purged = Signal(object)  # the PurgeResult

    def __init__(
        self, store: Store, settings: Settings, tasks: Tasks, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.tasks = tasks
        self.dialog: QDialog | None = None
        self.pin_prompt: PinDialog | None = None
        self.confirm_box: QMessageBox | None = None

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

        layout = QVBoxLayout(self)
        layout.addWidget(laptop_box)
        layout.addWidget(self._build_event_box())
        layout.addWidget(self._build_privacy_box())
        self.mail_box = MailSettingsBox(store, tasks, settings.language, self)  # ui/mail/
        layout.addWidget(self.mail_box)
        layout.addStretch(1)
        self.locked = bool(store.event().pin_hash)
        self._show_event()

    def _build_event_box(self) -> QGroupBox:
        self.event_name = QLineEdit()
        self.capacity = QSpinBox()
        self.capacity.setRange(CAPACITY_MIN, CAPACITY_MAX)
        self.event_language = QComboBox()
        self.event_language.addItem("Nederlands", "nl")
        self.event_language.addItem("English", "en")
        self.event_language.setToolTip(
            self.tr(
                "The language of the badges, the export, the door list and the other lists "
                "made for this event."
            )
        )
        self.door_question = QLineEdit()
        self.door_question.setPlaceholderText(
            self.tr("empty: none; e.g. the COVID-19 health check: no symptoms, no positive test")
        )
        self.door_question.setToolTip(
            self.tr(
                "Asked at the door before each guest is let in; the door screen shows it and "
                "waits for a yes."
            )
        )
        self.retention = QSpinBox()
        self.retention.setRange(0, 3650)
        self.retention.setSuffix(" " + self.tr("day(s) after the event", "", 14))
        self.retention.valueChanged.connect(self._retention_preview)
        self.retention_ends = QLabel()
        retention_row = QHBoxLayout()
        retention_row.addWidget(self.retention)
        retention_row.addWidget(self.retention_ends, 1)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.clicked.connect(self.apply_event)
        self.event_message = QLabel()
        self.event_message.setWordWrap(True)
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.apply_button)
        apply_row.addWidget(self.event_message, 1)

        self.pin_state = QLabel()
        self.set_pin_button = QPushButton()
        self.set_pin_button.clicked.connect(self.open_new_pin)
        self.remove_pin_button = QPushButton(self.tr("Remove PIN"))
        self.remove_pin_button.clicked.connect(self.remove_pin)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_state, 1)
        pin_row.addWidget(self.set_pin_button)
        pin_row.addWidget(self.remove_pin_button)

        self.event_form = QWidget()
        form = QFormLayout(self.event_form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Event name"), self.event_name)
        form.addRow(self.tr("Capacity (most people inside at once)"), self.capacity)
        form.addRow(self.tr("Door question"), self.door_question)
        form.addRow(self.tr("Language of the documents"), self.event_language)
        form.addRow(self.tr("Keep personal data"), retention_row)
        form.addRow(apply_row)
        form.addRow(self.tr("Supervisor PIN"), pin_row)

        self.lock_label = QLabel(
            self.tr("These settings hold for every door and are locked with the supervisor PIN.")
        )
        self.lock_label.setWordWrap(True)
        self.unlock_button = QPushButton(self.tr("Unlock…"))
        self.unlock_button.clicked.connect(self.unlock)
        self.lock_row = QWidget()
        lock_layout = QHBoxLayout(self.lock_row)
        lock_layout.setContentsMargins(0, 0, 0, 0)
        lock_layout.addWidget(self.lock_label, 1)
        lock_layout.addWidget(self.unlock_button)

        box = QGroupBox(self.tr("This event (for every door)"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.lock_row)
        box_layout.addWidget(self.event_form)
        return box

    def _build_privacy_box(self) -> QGroupBox:
        self.privacy_state = QLabel()
        self.privacy_state.setWordWrap(True)
        self.purge_button = QPushButton(self.tr("Remove personal data now…"))
        self.purge_button.clicked.connect(self.ask_purge)
        self.privacy_message = QLabel()
        self.privacy_message.setWordWrap(True)
        self.privacy_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.privacy_state, 1)
        row.addWidget(self.purge_button)
        box = QGroupBox(self.tr("Personal data"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(row)
        box_layout.addWidget(self.privacy_message)
        return box

    # this laptop ---------------------------------------------------------------

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

    # the event -------------------------------------------------------------------

    def _show_event(self) -> None:
        """Fill the event section from the store and show whether it is locked."""
        event = self.store.event()
        self.event_name.setText(event.name)
        self.capacity.setValue(event.capacity)
        self.door_question.setText(event.door_question)
        self.event_language.setCurrentIndex(max(0, self.event_language.findData(event.language)))
        self.retention.setValue(event.retention_days)
        self._retention_preview()
        has_pin = bool(event.pin_hash)
        self.pin_state.setText(
            self.tr("Set: the event settings and removing personal data ask for it.")
            if has_pin
            else self.tr("None")
        )
        self.set_pin_button.setText(self.tr("Change PIN…") if has_pin else self.tr("Set PIN…"))
        self.remove_pin_button.setEnabled(has_pin)
        self.locked = self.locked and has_pin
        self.lock_row.setVisible(self.locked)
        self.event_form.setEnabled(not self.locked)
        if event.purged_at is not None:
            self.privacy_state.setText(
                fill(
                    self.tr(
                        "The personal data was removed on %1; the counts, scan times and the "
                        "peak are kept."
                    ),
                    screen_date(event.purged_at.astimezone(event.zone).date(), self._lang),
                )
            )
        else:
            self.privacy_state.setText(
                fill(
                    self.tr(
                        "Names and contact details are kept until %1 (%n day(s) after the "
                        "event), for contact tracing.",
                        "",
                        event.retention_days,
                    ),
                    screen_date(privacy.retention_ends(event), self._lang),
                )
            )
        self.purge_button.setEnabled(event.purged_at is None)

    def _retention_preview(self) -> None:
        self.retention.setSuffix(
            " " + self.tr("day(s) after the event", "", self.retention.value())
        )
        try:
            event = replace(self.store.event(), retention_days=self.retention.value())
        except CheckinError as exc:
            self.retention_ends.setText(error_text(exc))
            return
        self.retention_ends.setText(
            fill(self.tr("until %1"), screen_date(privacy.retention_ends(event), self._lang))
        )

    @property
    def _lang(self) -> str:
        return self.settings.language

    def unlock(self) -> PinDialog | None:
        self.pin_prompt = ask_pin(
            self,
            self.store,
            self._unlocked,
            action=self.tr("The event settings need the supervisor PIN."),
        )
        return self.pin_prompt

    def _unlocked(self) -> None:
        self.locked = False
        self._show_event()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        # Leaving the screen locks it again, so a door laptop left open stays guarded.
        super().hideEvent(event)
        if not self.locked and self.store.event().pin_hash:
            self.locked = True
            self.lock_row.setVisible(True)
            self.event_form.setEnabled(False)

    def apply_event(self) -> None:
        if self.locked:
            self.event_message.setText(self.tr("Unlock with the supervisor PIN first."))
            return
        name = self.event_name.text().strip()
        if not name:
            self.event_message.setText(self.tr("The event needs a name."))
            return
        try:
            event = self.store.event()
            wanted: dict[str, Any] = {
                "name": name,
                "capacity": self.capacity.value(),
                "door_question": self.door_question.text().strip(),
                "retention_days": self.retention.value(),
                "language": str(self.event_language.currentData()),
            }
            changes = {key: value for key, value in wanted.items() if value != getattr(event, key)}
            if changes:
                # One transaction: a failure leaves every setting as it was. A new
                # capacity is logged as a door action of this laptop's door.
                self.store.update_event(door=self.settings.door_name, **changes)
        except CheckinError as exc:
            self.event_message.setText(error_text(exc))
            return
        event = self.store.event()
        self._show_event()
        self.event_message.setText(
            fill(self.tr("Saved. %1 inside now, capacity %2."), event.inside, event.capacity)
        )
        self.event_changed.emit()

    # the PIN ---------------------------------------------------------------------

    def open_new_pin(self) -> NewPinDialog | None:
        if self.locked:
            return None
        dialog = NewPinDialog(self.store, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._pin_saved)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _pin_saved(self) -> None:
        self._show_event()
        self.event_message.setText(self.tr("The supervisor PIN is set."))

    def remove_pin(self) -> None:
        if self.locked:
            return
        try:
            pin.set_pin(self.store, None)
        except CheckinError as exc:
            show_error(self, exc)
            return
        self._show_event()
        self.event_message.setText(
            self.tr("The PIN is removed: anyone at any door can now change these settings.")
        )

    # removing personal data ----------------------------------------------------------

    def ask_purge(self) -> QMessageBox:
        """Say plainly what goes and what stays; nothing happens until it is confirmed."""
        box = QMessageBox(self)
        box.setObjectName("purgeConfirmation")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Remove personal data"))
        box.setText(self.tr("Remove the personal data of this event for good?"))
        box.setInformativeText(
            self.tr(
                "Removed: names, organisations, email addresses, notes, seats, extra columns, "
                "imported ticket codes and the raw text of every scan. Guests become "
                '"Guest 17", and their badges no longer open the door.\n\n'
                "Kept: the counts, the scan times, the verdicts, the doors and the peak, so the "
                "attendance figures still add up.\n\nThis cannot be undone."
            )
        )
        self.purge_confirm_button = box.addButton(
            self.tr("Remove for good"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.buttonClicked.connect(self._purge_answered)
        # One box at a time, kept (not deleted on close) so that the page never holds a
        # reference to a deleted one; the next question replaces it.
        if self.confirm_box is not None:
            self.confirm_box.deleteLater()
        self.confirm_box = box
        box.open()
        return box

    def _purge_answered(self, button: QAbstractButton) -> None:
        if button is not self.purge_confirm_button:
            return
        try:
            self.pin_prompt = ask_pin(
                self,
                self.store,
                self.purge_now,
                action=self.tr("Removing personal data needs the supervisor PIN."),
            )
        except CheckinError as exc:
            show_error(self, exc)

    def purge_now(self) -> None:
        self.purge_button.setEnabled(False)
        self.privacy_message.setText(self.tr("Removing personal data…"))
        self.tasks.run(
            lambda _progress, _cancelled: privacy.purge(self.store),
            on_done=self._purged,
            on_error=self._purge_failed,
        )

    def _purged(self, result: privacy.PurgeResult) -> None:
        self._show_event()
        self.privacy_message.setText(
            fill(
                self.tr("Removed the personal data of %1 and %2."),
                self.tr("%n guest(s)", "", result.guests),
                self.tr("%n scan(s)", "", result.scans),
            )
        )
        self.purged.emit(result)

    def _purge_failed(self, exc: CheckinError) -> None:
        self.privacy_message.setText(error_text(exc))
        self._show_event()
        show_error(self, exc)
