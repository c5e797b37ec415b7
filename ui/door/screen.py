"""The Door screen: the door's parts (built, laid out and wired by build.py) and what
each of their signals does. It decides nothing.

Scanner bursts come from the application-wide filter (scanner.py) wherever the
focus is, typed codes from the scan field; both go to the flow (flow.py), which
sends every action to the door service through the one store worker and hands
back what to show. The parts only show: the verdict (verdict.py), the room
(headcount.py), the scanner light and the link (status.py), the search
(search.py), the buttons (tools.py). A door dialog (capacity, door name, reason,
PIN, walk-in) is the one thing that makes a scan wait: it is answered "Scan not
taken: finish … first", in red with the buzz, never silently.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from checkin.door import Door, ScanResult, Verdict
from checkin.errors import CheckinError, StoreError
from checkin.models import Event, Guest

from ..desk import DeskPanel
from ..errors import error_text
from ..kit import style
from ..kit.form import FormDialog
from ..kit.text import fill
from ..pin_dialog import PinDialog
from ..worker import StoreWorker
from .build import build, wire
from .camera import CameraSlot
from .dialogs import ScannerDialog
from .flow import EXIT_QUIET_MS, DoorFlow
from .headcount import Headcount, RoomBanner
from .keys import DoorKeys
from .kiosk import Kiosk
from .scanner import ScannerInput
from .search import DoorLineEdit, SearchPanel
from .status import ConnectionBanner, LinkStrip, Notice, ScannerLight
from .steps import OVERRIDABLE, DoorSteps
from .tools import DoorTools
from .verdict import VerdictArea, VerdictView
from .where import Where
from .words import describe, not_recorded, not_taken

if TYPE_CHECKING:
    from ..settings import Settings
    from ..webcam import WebcamPanel
    from .dialogs import CapacityDialog, DoorNameDialog, ReasonDialog, UndoDialog
    from .inside import InsideWindow
    from .walkin import WalkInDialog


class DoorScreen(QWidget):
    """Scan badges in (or out) and see, big, what the door decided."""

    changed = Signal()  # after every verdict that may have changed something
    scan_arrived = Signal()  # a badge was scanned: the window brings the door to the front
    door_name_changed = Signal(str)
    camera_preferences_changed = Signal(str, bool)  # camera id, mirrored preview

    # the parts, built and wired by build.py
    tools: DoorTools
    light: ScannerLight
    link: LinkStrip
    connection_banner: ConnectionBanner
    exit_banner: QLabel
    room_banner: RoomBanner
    headcount: Headcount
    verdict: VerdictArea
    steps: DoorSteps
    override_button: QPushButton
    middle: QHBoxLayout
    camera: CameraSlot
    message_label: Notice
    scan_field: DoorLineEdit
    search: SearchPanel
    desk: DeskPanel | None
    keys: DoorKeys
    _refresh_timer: QTimer

    def __init__(
        self,
        door: Door,
        where: Where,
        *,
        sounds: bool = True,
        kiosk: bool = False,
        full_screen_key: bool = True,
        worker: StoreWorker | None = None,
        settings: Settings | None = None,
        scanner_prefix: str = "",
        exit_quiet_ms: int = EXIT_QUIET_MS,
        parent: QWidget | None = None,
    ) -> None:
        """``door``: where every action and read goes (a ``DoorService`` on the store, or
        an offline door of checkin.offline); ``where``: the event's place, for the header."""
        super().__init__(parent)
        self.setObjectName("doorScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # exit mode's colour
        self._settings = settings
        if settings is not None:
            scanner_prefix = scanner_prefix or settings.scanner_prefix
            exit_quiet_ms = settings.exit_quiet_minutes * 60_000
        self._own_worker = worker is None  # stopped with the screen
        self.worker = worker or StoreWorker(parent=self)
        self.service = door
        self.flow = DoorFlow(self.service, self.worker, exit_quiet_ms=exit_quiet_ms, parent=self)
        self.scanner = ScannerInput(prefix=scanner_prefix, parent=self)
        self.inside_window: InsideWindow | None = None
        self._capacity = 0  # the last one the service told, for the capacity dialog
        self._timezone = "Europe/Amsterdam"
        build(self, sounds, where, settings)
        self.kiosk_mode = Kiosk(self, self.service, self.worker, self.steps, kiosk)
        wire(self, full_screen_key)
        self.scanner.install()
        self.verdict.show_ready()
        self.flow.refresh()
        self.worker.submit(self.service.event, self._on_event, self.show_problem)
        self._update_light()
        # A fixed minimum, taken once: banners that come and go must not resize the window.
        self.setMinimumSize(self.minimumSizeHint().expandedTo(QSize(640, 480)))

    # the public face -----------------------------------------------------------------

    @property
    def door_name(self) -> str:
        return self.service.door

    @property
    def exit_mode(self) -> bool:
        return self.flow.exit_mode

    @property
    def kiosk(self) -> bool:
        return self.kiosk_mode.on

    @property
    def connected(self) -> bool:
        return self.flow.connected

    @property
    def last_result(self) -> ScanResult | None:
        return self.flow.last

    @property
    def verdict_view(self) -> VerdictView:
        return self.verdict.view

    def set_door_name(self, name: str) -> None:
        """This laptop's door: logged with every scan, kept in its settings."""
        self.service.door = name.strip()
        self.headcount.door = self.service.door
        self.tools.show_door(self.service.door)
        if self._settings is not None:
            self._settings.door_name = self.service.door
        self.door_name_changed.emit(self.service.door)

    def set_sounds_enabled(self, enabled: bool) -> None:
        self.verdict.sounds.set_enabled(enabled)
        self.tools.sound_button.setChecked(enabled)
        self.focus_scan_field()

    def set_exit_mode(self, on: bool) -> None:
        self.flow.set_exit_mode(on)
        self.focus_scan_field()

    def set_scanner(self, prefix: str, quiet_minutes: int) -> None:
        """The prefix key ("" for timing alone) and exit mode's quiet period, kept per laptop."""
        self.scanner.set_prefix(prefix)
        self.flow.set_exit_quiet(quiet_minutes * 60_000)
        if self._settings is not None:
            self._settings.scanner_prefix = prefix
            self._settings.exit_quiet_minutes = quiet_minutes

    def focus_scan_field(self) -> None:
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Re-read the room, the link and new scans (other doors, other windows)."""
        self.flow.refresh()

    # scanning --------------------------------------------------------------------------

    def scan_code(self, text: str, *, camera: bool = False) -> None:
        """One code from the scanner, the keyboard or the camera; always answered."""
        if not text.strip():
            return
        self.scan_arrived.emit()
        if self.dialog is not None and self.dialog.isVisible():
            self.verdict.show(
                not_taken(fill(self.tr("finish %1 first"), self.dialog.what)), sound=False
            )
            return
        self.flow.scan(text, camera=camera)

    def _on_burst(self, code: str) -> None:
        self.scan_code(code)

    def _on_scan_entered(self) -> None:
        text = self.scan_field.text()
        self.scan_field.clear()  # before the scan: the next badge may already be coming
        if not text.strip() and self.flow.question is not None:
            self._confirm_prompt()  # a bare Enter: only a person sends one
            return
        self.scan_code(text)

    def _on_shown(self, result: ScanResult) -> None:
        walk_in = self.steps.walk_in_dialog
        if result.verdict is Verdict.MATCH and walk_in is not None and result.match is not None:
            walk_in.ask_match(result.match)
            return
        self._capacity = result.capacity
        self.verdict.show(
            describe(result, self._timezone),
            sound=None if result.verdict is Verdict.CHANGED else result.verdict.ok,
        )
        self.override_button.setVisible(result.verdict in OVERRIDABLE)
        self.headcount.set_count(result.inside, result.capacity)
        self.tools.show_capacity(result.capacity)
        self._update_light()
        self.changed.emit()

    def _on_asked(self, result: ScanResult) -> None:
        self.verdict.ask(result)
        self._update_light()

    def _on_declined(self, result: ScanResult) -> None:
        self.verdict.show_declined(result)
        self._update_light()

    def answer_question(self, yes: bool) -> None:
        if self.flow.question is None:
            return
        if yes:
            self.flow.answer(self.flow.question.people)
        else:
            self.flow.decline()

    def choose_companions(self, companions: int) -> None:
        self.flow.answer(1 + companions)

    def cancel_prompt(self) -> None:
        self.flow.decline()

    @property
    def pending(self) -> ScanResult | None:
        return self.flow.question

    def _confirm_prompt(self) -> None:
        if self.verdict.currentWidget() is self.verdict.companions_panel:
            self.verdict.companions_panel.confirm()
        else:
            self.answer_question(True)

    def _on_arrow(self, step: int) -> None:
        if self.verdict.currentWidget() is self.verdict.companions_panel:
            self.verdict.companions_panel.step(-step)  # Up (-1) means one more
        elif self.search.results_view.isVisible():
            self.search.move_selection(step)

    def _on_event(self, event: Event) -> None:
        zone = event.timezone
        if zone:
            self._timezone = self.headcount.timezone = self.link.timezone = zone

    # the one place for what is not a verdict -------------------------------------------

    def show_problem(self, error: CheckinError) -> None:
        if isinstance(error, StoreError):
            self.connection_banner.set_connected(False, error_text(error))
        self.show_message(error_text(error))

    def _on_unanswered(self, label: str, error: CheckinError) -> None:
        self.verdict.show(not_recorded(label, error_text(error)), sound=False)
        if isinstance(error, StoreError):
            self.connection_banner.set_connected(False, error_text(error))

    def show_message(self, text: str) -> None:
        self.message_label.say(text)

    def _on_connected(self, connected: bool) -> None:
        if connected or not self.connection_banner.isVisible():
            self.connection_banner.set_connected(connected)
        self._update_light()

    def _on_room(self, room: object) -> None:
        from checkin.door import RoomState

        assert isinstance(room, RoomState)
        self.headcount.set_room(room)
        self.room_banner.set_room(room)
        self.tools.show_capacity(room.capacity)
        self._capacity = room.capacity

    def _on_exit_mode(self, on: bool) -> None:
        self.tools.exit_button.setChecked(on)
        self.exit_banner.setVisible(on)
        # The whole screen in the exit colour, its own labels in the colour that reads on it
        # (the verdict, the banners and the status pills keep their own).
        self.setStyleSheet(style.screen_sheet("doorScreen", style.EXIT_MODE if on else None))
        self.scan_field.setPlaceholderText(
            self.tr("Scan a badge to let the guest out")
            if on
            else self.tr("Scan a badge (or type its code and Enter)")
        )
        self.verdict.set_exit_mode(on)

    def _step_changed(self) -> None:
        self._update_light()
        if self.dialog is None:
            self.focus_scan_field()

    def _update_light(self, state: Qt.ApplicationState | None = None) -> None:
        dialog = self.dialog
        if state is None:
            state = QGuiApplication.applicationState()
        self.light.follow(
            dialog.what if dialog is not None and dialog.isVisible() else "",
            state == Qt.ApplicationState.ApplicationActive,
            self.scanner.installed,
            self.flow.waiting,
        )

    # the door's tools ----------------------------------------------------------------------

    def count(self, delta: int) -> None:
        self.kiosk_mode.guard_count(lambda: self.flow.count(delta))
        self.focus_scan_field()

    def focus_search(self) -> None:
        """F2; names are behind the PIN in kiosk mode."""
        self.kiosk_mode.guard_search(self.search.open)

    def close_search(self) -> None:
        self.search.close_search()

    def _on_chosen(self, guest: Guest) -> None:
        self.flow.admit(guest)
        self.focus_scan_field()

    @property
    def dialog(self) -> FormDialog | None:
        """The one door dialog that may be open (walk-in, undo, capacity, door name, PIN)."""
        return self.steps.dialog

    @property
    def walk_in_dialog(self) -> WalkInDialog | None:
        return self.steps.walk_in_dialog

    def open_walk_in(self) -> WalkInDialog | None:
        if self.flow.question is not None:
            # A modal walk-in would stand in front of the question's buttons.
            self.show_message(self.tr("Answer the door question for the waiting guest first."))
            return None
        self.kiosk_mode.guard_walk_in(self.steps.open_walk_in)  # the PIN first in kiosk mode
        return self.walk_in_dialog

    def undo_last(self) -> UndoDialog:
        return self.steps.undo_last()

    def open_override(self) -> ReasonDialog | None:
        return self.steps.open_override()

    def open_capacity(self) -> CapacityDialog:
        return self.steps.open_capacity(self._capacity)

    def open_scanner(self) -> ScannerDialog | None:
        self.kiosk_mode.guard_scanner(
            lambda: self.steps.open_scanner(
                self.scanner.prefix, self.flow.exit_quiet_ms // 60_000, self.set_scanner
            )
        )
        return self.dialog if isinstance(self.dialog, ScannerDialog) else None

    def open_door_name(self) -> DoorNameDialog:
        return self.steps.open_door_name(self.door_name, self.set_door_name)

    @property
    def pin_dialog(self) -> QWidget | None:
        """The PIN being asked: the door's own prompt, or leaving kiosk mode's."""
        if isinstance(self.dialog, PinDialog) and self.dialog.isVisible():
            return self.dialog
        return None

    # camera, kiosk, the inside list -------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.scanner.uninstall()  # a closed door takes no more scans
        self._refresh_timer.stop()
        self._update_light()
        if self._own_worker:
            self.worker.stop(1.0)
        super().closeEvent(event)

    def set_camera_enabled(self, on: bool) -> None:
        """Show the camera panel and start the camera; its codes go the scanner's way."""
        self.camera.set_enabled(on)
        self.tools.camera_button.setChecked(on)
        self.focus_scan_field()

    def set_camera_preferences(self, camera_id: str, mirrored: bool) -> None:
        self.camera.set_preferences(camera_id, mirrored)

    @property
    def webcam_panel(self) -> WebcamPanel | None:
        return self.camera.panel

    def open_inside(self) -> InsideWindow | None:
        """F6: who is inside, beside the door (behind the PIN in kiosk mode); None while
        the PIN is asked."""
        self.kiosk_mode.guard_inside(self._open_inside)
        window = self.inside_window
        return (
            window
            if window is not None and shiboken6.isValid(window) and window.isVisible()
            else None
        )

    def _open_inside(self) -> None:
        from .inside import open_beside

        self.inside_window = open_beside(
            self, self.inside_window, self.service, self.verdict, self.worker
        )
        self.focus_scan_field()
