"""The Door screen: the scan field, the verdict, the headcount, and the door's tools.

Keyboard-first for door staff under pressure: the scan field holds the focus
whatever happens, so a USB scanner's typed code and Enter always land there;
only the few fields a person types into (search, door name, capacity, the
walk-in dialog, the PIN prompt) may take it, and Esc or finishing there gives it
back. Scans run on the UI thread on purpose: they are fast and must stay in
order, and a verdict is shown only after the core has committed it.

The two questions asked before an admission (how many came with the guest, and
the event's door question) take the verdict's place instead of opening a
window, so the focus stays in the scan field. A USB scanner ends every code with
Enter, so Enter answers them only when the scan field is empty (a scanner never
sends a bare Enter); Esc says no, the arrow keys change the number, and a new
scan drops the open question, unanswered, for the next guest.

Several doors: every REFRESH_MS the screen reads the event row and the scans it
has not seen yet (by id), for the headcount, the chart, the strip of other
doors' scans and the "room for" banner after a full period.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from checkin import codes, door
from checkin.door import ScanResult, Verdict
from checkin.errors import CheckinError, StoreUnavailable
from checkin.location import is_server_url
from checkin.models import Guest, GuestInput, Presence, ScanRecord
from checkin.store import Store

from .door_dialogs import CompanionsPanel, InsideWindow, QuestionPanel
from .errors import error_text
from .headcount_chart import HeadcountChart
from .pin_dialog import PinDialog, ask_pin
from .sounds import DoorSounds
from .verdict_view import (
    ICONS,
    Shown,
    Tone,
    VerdictView,
    describe,
    idle,
    local_time,
    party_name,
    verdict_word,
)
from .webcam import WebcamPanel

VERDICT_SECONDS = 12  # then the screen goes back to "Ready to scan"
MESSAGE_SECONDS = 8
REFRESH_MS = 1500  # other doors on a shared store change the headcount too
OTHER_DOORS_SHOWN = 5

# An attempt at the door, run again once its question is answered: (people, confirmed).
Attempt = Callable[[int | None, bool], ScanResult]


@dataclass(frozen=True)
class Pending:
    """A guest waiting at the door for an answer: how many came with them, or the question."""

    attempt: Attempt
    name: str
    people: int | None = None  # None: not asked (the core counts all companions)
SEARCH_LIMIT = 20
CHART_FIRST_LOAD = 5000


class GuestListModel(QAbstractListModel):
    """Search results: immutable guests, reset on every keystroke."""

    GuestRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guests: list[Guest] = []

    def set_guests(self, guests: list[Guest]) -> None:
        self.beginResetModel()
        self.guests = list(guests)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.guests)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.guests):
            return None
        guest = self.guests[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            parts = [guest.name, guest.organisation, _status_word(guest)]
            return " · ".join(p for p in parts if p)
        if role == self.GuestRole:
            return guest
        return None


def _status_word(guest: Guest) -> str:
    if guest.cancelled:
        return QCoreApplication.translate("DoorScreen", "cancelled")
    if guest.presence is Presence.INSIDE:
        return QCoreApplication.translate("DoorScreen", "inside")
    if guest.presence is Presence.LEFT:
        return QCoreApplication.translate("DoorScreen", "left")
    return ""


class DoorLineEdit(QLineEdit):
    """A field that leaves Esc and Ctrl+Z to the door's own shortcuts.

    A plain QLineEdit claims Ctrl+Z for undoing its typing; at the door the scan
    field is nearly always empty, and Ctrl+Z must undo the last scan.
    """

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.key() == Qt.Key.Key_Escape):
            event.ignore()
            return True
        return super().event(event)


class SearchField(DoorLineEdit):
    """Arrow keys move through the results while typing goes on in the field."""

    moved = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.moved.emit(1 if event.key() == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)


class WalkInDialog(QDialog):
    """Name, organisation, email of someone not on the list. Opened, never exec()'d.

    Whether the input is good is decided by the core (door.walk_in); the screen
    shows its answer in ``error_label`` and keeps the dialog open.
    """

    submitted = Signal(object)  # GuestInput

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walk-in"))
        self.name_field = QLineEdit(self)
        self.organisation_field = QLineEdit(self)
        self.email_field = QLineEdit(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b71c1c;")
        self.error_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_field)
        form.addRow(self.tr("Organisation"), self.organisation_field)
        form.addRow(self.tr("Email"), self.email_field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add and let in"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    def guest_input(self) -> GuestInput:
        return GuestInput(name=self.name_field.text(),
                          organisation=self.organisation_field.text(),
                          email=self.email_field.text(), walk_in=True)

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _submit(self) -> None:
        self.submitted.emit(self.guest_input())


class DoorScreen(QWidget):
    """Scan badges in (or out) and see, big, what the door decided."""

    changed = Signal()  # after every committed scan, check-in, walk-in, undo, counter, capacity
    camera_preferences_changed = Signal(str, bool)  # camera id, mirrored preview

    def __init__(
        self,
        store: Store,
        *,
        door_name: str = "",
        sounds: bool = True,
        kiosk: bool = False,
        full_screen_key: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``full_screen_key=False`` when the window around it binds F11 itself (the main
        window does, for every tab): two F11 shortcuts in one window cancel each other."""
        super().__init__(parent)
        self._store = store
        self._full_screen_key = full_screen_key
        self._door_name = door_name.strip()
        self._kiosk = kiosk
        self._exit_mode = False
        self._connected = True
        self._timezone = "Europe/Amsterdam"
        self.last_result: ScanResult | None = None
        self._last_guest_id: int | None = None
        self.sounds = DoorSounds(sounds, self)
        self.walk_in_dialog: WalkInDialog | None = None
        self._camera_id = ""
        self._mirrored = True
        self.leave_kiosk_box: QMessageBox | None = None
        self.pin_dialog: PinDialog | None = None
        self.inside_window: InsideWindow | None = None
        self.pending: Pending | None = None
        self._seen_scan_id = 0
        self._other_doors: deque[ScanRecord] = deque(maxlen=OTHER_DOORS_SHOWN)
        self._names: dict[int, str] = {}
        self._was_full = False  # the room was full, and nobody has been admitted since
        self._last_inside: int | None = None
        self._queue_key: tuple[int, int, int] | None = None
        self._turned_away = 0
        self._build()
        self._wire()
        self._refresh_from_store()
        self.verdict_view.show_verdict(idle())
        # A fixed minimum, taken once: banners and messages that come and go must not
        # resize the window under the door person's hands; the verdict area gives way.
        self.setMinimumSize(self.minimumSizeHint().expandedTo(QSize(640, 480)))

    # building ------------------------------------------------------------------

    def _button(self, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        # Buttons never take the focus: a click must not steal the scanner's keystrokes.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        if tip:
            button.setToolTip(tip)
        return button

    def _build(self) -> None:
        self.door_label = QLabel(self.tr("Door"), self)
        self.door_field = QLineEdit(self._door_name, self)
        self.door_field.setPlaceholderText(self.tr("Name of this door"))
        self.door_field.setMaximumWidth(220)
        self.door_field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.exit_button = self._button(self.tr("Exit mode (F4)"), self._toggle_exit_from_button,
                                        self.tr("Scan guests out instead of in"))
        self.exit_button.setCheckable(True)
        self.sound_button = self._button(self.tr("Sound"), self._toggle_sound_from_button)
        self.sound_button.setCheckable(True)
        self.sound_button.setChecked(self.sounds.enabled)
        self.camera_button = self._button(self.tr("Camera"), self._toggle_camera)
        self.camera_button.setCheckable(True)
        self.fullscreen_button = self._button(self.tr("Full screen (F11)"),
                                              self.toggle_full_screen)
        self.inside_button = self._button(self.tr("Who is inside (F6)"), self.open_inside,
                                          self.tr("Everyone inside now, to save or print"))
        top = QHBoxLayout()
        top.addWidget(self.door_label)
        top.addWidget(self.door_field)
        top.addStretch(1)
        for b in (self.inside_button, self.exit_button, self.sound_button,
                  self.camera_button, self.fullscreen_button):
            top.addWidget(b)

        self.connection_banner = QLabel(self)
        self.connection_banner.setWordWrap(True)
        self.connection_banner.setStyleSheet(
            "background: #4a148c; color: white; font-weight: bold; padding: 8px;")
        self.connection_banner.hide()
        self.exit_banner = QLabel(self.tr("⇦ EXIT MODE: scans check guests out"), self)
        self.exit_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.exit_banner.setStyleSheet(
            "background: #0d47a1; color: white; font-size: 22pt; font-weight: bold;"
            " padding: 6px; border: 4px dashed white;")
        self.exit_banner.hide()
        self.room_banner = QLabel(self)
        self.room_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.room_banner.setWordWrap(True)
        # Not the verdict's green: this banner stays up while verdicts come and go.
        self.room_banner.setStyleSheet(
            "background: #00e676; color: #000000; font-size: 26pt; font-weight: bold;"
            " padding: 6px; border: 5px solid #000000; border-radius: 8px;")
        self.room_banner.hide()

        self.headcount_label = QLabel(self)
        font = QFont(self.headcount_label.font())
        font.setPointSize(36)
        font.setBold(True)
        self.headcount_label.setFont(font)
        self.room_label = QLabel(self)
        self.queue_label = QLabel(self)
        self.queue_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.queue_label.hide()
        self.store_label = QLabel(self)
        self.store_label.setStyleSheet("color: #546e7a;")
        where = self._store.display
        self.store_label.setText(
            (self.tr("Server: %1") if is_server_url(self._store.location)
             else self.tr("File: %1")).replace("%1", where))
        self.store_label.setToolTip(where)
        self.chart = HeadcountChart(parent=self)
        self.others_label = QLabel(self)
        self.others_label.setTextFormat(Qt.TextFormat.PlainText)
        self.others_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Shrinks on a small laptop screen instead of pushing the headcount off it.
        self.others_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.others_label.setMinimumWidth(150)
        self.others_label.setMaximumWidth(340)
        self.others_label.setStyleSheet(
            "background: #f5f5f5; color: #263238; font-size: 9pt; padding: 3px;")
        self.others_label.setToolTip(self.tr("The latest scans at the other doors"))
        self.others_label.hide()
        count_box = QVBoxLayout()
        count_box.addWidget(self.headcount_label)
        count_box.addWidget(self.room_label)
        count_box.addWidget(self.queue_label)
        count_box.addWidget(self.store_label)
        head = QHBoxLayout()
        head.addLayout(count_box)
        head.addWidget(self.chart, 1)
        head.addWidget(self.others_label, 1)

        self.verdict_view = VerdictView(self)
        self.question_panel = QuestionPanel(self)
        self.companions_panel = CompanionsPanel(self)
        self.stack = QStackedWidget(self)
        self.stack.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for page in (self.verdict_view, self.question_panel, self.companions_panel):
            # Like the verdict: a long question must not grow the window's minimum size.
            page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            page.setMinimumSize(320, 220)
            self.stack.addWidget(page)
        self.webcam_panel: WebcamPanel | None = None
        self.middle = QHBoxLayout()
        self.middle.addWidget(self.stack, 3)

        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(
            "background: #fff3e0; color: #3e2723; border: 2px solid #e65100; padding: 6px;")
        self.message_label.hide()

        self.scan_field = SearchField(self)
        self.scan_field.setPlaceholderText(self.tr("Scan a badge (or type its code and Enter)"))
        scan_font = QFont(self.scan_field.font())
        scan_font.setPointSize(20)
        self.scan_field.setFont(scan_font)
        self.scan_field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.search_button = self._button(self.tr("Find by name (F2)"), self.focus_search)
        self.walk_in_button = self._button(self.tr("Walk-in (F3)"), self.open_walk_in)
        self.undo_button = self._button(self.tr("Undo last (Ctrl+Z)"), self.undo_last)
        self.minus_button = self._button("−1", lambda: self.count(-1),
                                         self.tr("One person without a badge left"))
        self.plus_button = self._button("+1", lambda: self.count(1),
                                        self.tr("One person without a badge came in"))
        self.capacity_spin = QSpinBox(self)
        self.capacity_spin.setRange(1, 1_000_000)
        self.capacity_spin.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.capacity_spin.setPrefix(self.tr("Capacity "))
        self.capacity_button = self._button(self.tr("Apply"), self.apply_capacity)
        tools = QHBoxLayout()
        for w in (self.search_button, self.walk_in_button, self.undo_button):
            tools.addWidget(w)
        tools.addStretch(1)
        for tool in (self.minus_button, self.plus_button, self.capacity_spin,
                     self.capacity_button):
            tools.addWidget(tool)

        self.search_field = SearchField(self)
        self.search_field.setPlaceholderText(
            self.tr("Name, organisation or email; Enter lets the selected guest in, Esc goes back"))
        self.search_field.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.results_model = GuestListModel(self)
        self.results_view = QListView(self)
        self.results_view.setModel(self.results_model)
        self.results_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results_view.setMaximumHeight(160)
        self.results_view.hide()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.connection_banner)
        layout.addWidget(self.exit_banner)
        layout.addWidget(self.room_banner)
        layout.addLayout(head)
        layout.addLayout(self.middle, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.scan_field)
        layout.addLayout(tools)
        layout.addWidget(self.search_field)
        layout.addWidget(self.results_view)
        self.setFocusProxy(self.scan_field)

    def _wire(self) -> None:
        self.scan_field.returnPressed.connect(self._on_scan_entered)
        self.scan_field.moved.connect(self._on_scan_arrow)
        self.question_panel.answered.connect(self.answer_question)
        self.companions_panel.chosen.connect(self.choose_companions)
        self.companions_panel.cancelled.connect(self.cancel_prompt)
        self.door_field.editingFinished.connect(self._on_door_edited)
        self.capacity_spin.editingFinished.connect(self._on_capacity_edited)
        self.search_field.textChanged.connect(self._on_search_text)
        self.search_field.returnPressed.connect(self.admit_selected)
        self.search_field.moved.connect(self._move_selection)
        self.results_view.clicked.connect(self._on_result_clicked)
        self.results_view.doubleClicked.connect(lambda _i: self.admit_selected())
        self._verdict_timer = QTimer(self)
        self._verdict_timer.setSingleShot(True)
        self._verdict_timer.timeout.connect(
            lambda: self.verdict_view.show_verdict(idle(self._exit_mode)))
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message_label.hide)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.timeout.connect(self.refresh)
        self._refresh_timer.start(REFRESH_MS)
        shortcuts: list[tuple[QKeySequence | QKeySequence.StandardKey, Callable[[], object]]] = [
            (QKeySequence(Qt.Key.Key_F2), self.focus_search),
            (QKeySequence(Qt.Key.Key_F3), self.open_walk_in),
            (QKeySequence(Qt.Key.Key_F4), lambda: self.set_exit_mode(not self._exit_mode)),
            (QKeySequence(Qt.Key.Key_F6), self.open_inside),
            (QKeySequence(Qt.Key.Key_Escape), self._on_escape),
            (QKeySequence.StandardKey.Undo, self.undo_last),
        ]
        if self._full_screen_key:
            shortcuts.append((QKeySequence(Qt.Key.Key_F11), self.toggle_full_screen))
        for keys, slot in shortcuts:
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    # the public face -----------------------------------------------------------

    @property
    def door_name(self) -> str:
        return self._door_name

    @property
    def exit_mode(self) -> bool:
        return self._exit_mode

    @property
    def kiosk(self) -> bool:
        return self._kiosk

    @property
    def connected(self) -> bool:
        return self._connected

    def set_door_name(self, name: str) -> None:
        self._door_name = name.strip()
        if self.door_field.text() != self._door_name:
            self.door_field.setText(self._door_name)

    def set_sounds_enabled(self, enabled: bool) -> None:
        self.sounds.set_enabled(enabled)
        self.sound_button.setChecked(enabled)

    def set_exit_mode(self, on: bool) -> None:
        if self.pending is not None:
            # The open question was about letting someone in; a switch of mode drops it.
            self._clear_prompt()
        self._exit_mode = on
        self.exit_button.setChecked(on)
        self.exit_banner.setVisible(on)
        self.scan_field.setStyleSheet("border: 4px solid #0d47a1;" if on else "")
        self.scan_field.setPlaceholderText(
            self.tr("Scan a badge to let the guest out") if on
            else self.tr("Scan a badge (or type its code and Enter)"))
        if self.last_result is None or not self._verdict_timer.isActive():
            self.verdict_view.show_verdict(idle(on))
        self.focus_scan_field()

    def focus_scan_field(self) -> None:
        self.scan_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Re-read the headcount and new scans (other doors, other windows)."""
        self._refresh_from_store()

    # scanning ------------------------------------------------------------------

    def scan_code(self, text: str, *, camera: bool = False) -> ScanResult | None:
        """One code from the scanner, the keyboard or the camera: in, or out in exit mode.

        Returns None when nothing was decided yet: a question is being asked
        (how many came along, the door question) or the store is out of reach.
        """
        if not text.strip():
            return None
        # A new badge means the guest before it has gone on without an answer.
        self._clear_prompt()
        exit_mode, door_name = self._exit_mode, self._door_name

        def attempt(people: int | None, confirmed: bool) -> ScanResult:
            return door.scan(self._store, text, door=door_name, exit=exit_mode,
                             camera=camera, people=people, confirmed=confirmed)

        if not exit_mode:
            guest = self._guest_for_code(text)
            if guest is not None and self._asks_companions(guest):
                self._ask_companions(guest, attempt)
                return None
        return self._attempt(attempt)

    def _guest_for_code(self, text: str) -> Guest | None:
        """Who a code names, read before the scan to know whether to ask about companions."""
        try:
            for reading in codes.candidates(text):
                guest = self._store.guest_by_code(reading)
                if guest is not None:
                    return guest
        except CheckinError:
            return None  # the scan itself reports the store's trouble
        return None

    @staticmethod
    def _asks_companions(guest: Guest) -> bool:
        return (guest.companions > 0 and not guest.cancelled
                and guest.presence is not Presence.INSIDE)

    def _on_scan_entered(self) -> None:
        text = self.scan_field.text()
        # Cleared before the scan: the scanner may already be typing the next badge.
        self.scan_field.clear()
        if not text.strip() and self.pending is not None:
            # A bare Enter: only a person sends one, a scanner always types a code first.
            self._confirm_prompt()
            return
        self.scan_code(text)

    def _attempt(self, attempt: Attempt, people: int | None = None) -> ScanResult | None:
        """Run an admission; when the event's question comes back, ask it and wait."""
        result = self._run(lambda: attempt(people, False))
        if result is not None and result.verdict is Verdict.CONFIRM:
            who = result.guest.name if result.guest is not None else ""
            self._ask_question(Pending(attempt, who, people), result.people)
        return result

    def _run(self, action: Callable[[], ScanResult]) -> ScanResult | None:
        try:
            result = action()
        except StoreUnavailable as exc:
            self._set_connected(False, exc)
            self.focus_scan_field()
            return None
        except CheckinError as exc:
            self.show_message(error_text(exc))
            self.focus_scan_field()
            return None
        self._set_connected(True)
        if result.verdict is Verdict.CONFIRM:
            return result  # nothing changed and nothing was logged: the caller asks
        self._show_result(result)
        self.changed.emit()
        return result

    # the questions before an admission --------------------------------------------

    def _ask_companions(self, guest: Guest, attempt: Attempt) -> None:
        self.pending = Pending(attempt, guest.name)
        self.companions_panel.ask(guest.name, guest.companions)
        self._verdict_timer.stop()
        self.stack.setCurrentWidget(self.companions_panel)
        self.focus_scan_field()

    def choose_companions(self, companions: int) -> ScanResult | None:
        """The door person's answer to "How many came with …?"; then the admission runs."""
        pending = self.pending
        if pending is None:
            return None
        self._clear_prompt()
        return self._attempt(pending.attempt, 1 + companions)

    def _ask_question(self, pending: Pending, people: int) -> None:
        try:
            question = self._store.event().door_question
        except CheckinError as exc:
            self.show_message(error_text(exc))
            return
        self.pending = pending
        self.question_panel.ask(question, party_name(pending.name, people))
        self._verdict_timer.stop()
        # No sound: with a health check every guest is asked, and a refusal's buzz at
        # each one would teach the crew to ignore it.
        self.stack.setCurrentWidget(self.question_panel)
        self.focus_scan_field()

    def answer_question(self, yes: bool) -> ScanResult | None:
        """Yes runs the same admission again as confirmed; no lets nobody in and logs nothing."""
        pending = self.pending
        if pending is None or self.stack.currentWidget() is not self.question_panel:
            return None
        self._clear_prompt()
        if yes:
            return self._run(lambda: pending.attempt(pending.people, True))
        self.verdict_view.show_verdict(Shown(
            Tone.STOP, ICONS[Tone.STOP], self.tr("Not let in"), pending.name,
            (self.tr("The answer to the door question was no; nothing was recorded."),)))
        self._verdict_timer.start(VERDICT_SECONDS * 1000)
        self.focus_scan_field()
        return None

    def cancel_prompt(self) -> None:
        """Esc, Cancel or No on an open question: nobody is let in, nothing is logged."""
        if self.stack.currentWidget() is self.question_panel:
            self.answer_question(False)
            return
        self._clear_prompt()
        self.verdict_view.show_verdict(idle(self._exit_mode))
        self.focus_scan_field()

    def _confirm_prompt(self) -> None:
        if self.stack.currentWidget() is self.question_panel:
            self.answer_question(True)
        elif self.stack.currentWidget() is self.companions_panel:
            self.companions_panel.confirm()

    def _on_scan_arrow(self, step: int) -> None:
        if self.stack.currentWidget() is self.companions_panel:
            self.companions_panel.step(-step)  # Up (-1) means one more

    def _clear_prompt(self) -> None:
        self.pending = None
        self.stack.setCurrentWidget(self.verdict_view)

    def _show_result(self, result: ScanResult) -> None:
        self._clear_prompt()
        self.last_result = result
        if result.verdict is Verdict.UNDONE:
            # One undo per scan: a second Ctrl+Z must not reach further into the history.
            self._last_guest_id = None
        elif result.guest is not None and result.verdict is not Verdict.NOTHING_TO_UNDO:
            self._last_guest_id = result.guest.id
        self.verdict_view.show_verdict(describe(result, self._timezone))
        self._verdict_timer.start(VERDICT_SECONDS * 1000)
        self.sounds.play(result.verdict.ok)
        self._set_headcount(result.inside, result.capacity)
        self._load_new_scans(result.capacity)
        self._follow_queue(result.inside, result.capacity)
        self.focus_scan_field()

    # the door's other tools ----------------------------------------------------

    def focus_search(self) -> None:
        self.results_view.show()
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def close_search(self) -> None:
        self.search_field.clear()
        self.results_view.hide()
        self.focus_scan_field()

    def _on_search_text(self, text: str) -> None:
        if not text.strip():
            self.results_model.set_guests([])
            return
        try:
            found = self._store.search(text, limit=SEARCH_LIMIT)
        except StoreUnavailable as exc:
            self._set_connected(False, exc)
            return
        self.results_model.set_guests(found)
        self.results_view.show()
        if found:
            self.results_view.setCurrentIndex(self.results_model.index(0, 0))

    def _move_selection(self, step: int) -> None:
        rows = self.results_model.rowCount()
        if not rows:
            return
        row = max(0, min(rows - 1, self.results_view.currentIndex().row() + step))
        self.results_view.setCurrentIndex(self.results_model.index(row, 0))

    def _on_result_clicked(self, index: QModelIndex) -> None:
        self.results_view.setCurrentIndex(index)
        self.search_field.setFocus()

    def selected_guest(self) -> Guest | None:
        index = self.results_view.currentIndex()
        if not index.isValid():
            return None
        guest = self.results_model.data(index, GuestListModel.GuestRole)
        return guest if isinstance(guest, Guest) else None

    def admit_selected(self) -> ScanResult | None:
        """Let the guest chosen in the search list in (or out, in exit mode)."""
        guest = self.selected_guest()
        if guest is None:
            return None
        gid, door_name = guest.id, self._door_name
        self.close_search()
        if self._exit_mode:
            return self._run(lambda: door.check_out(self._store, gid, door=door_name))
        self._clear_prompt()

        def attempt(people: int | None, confirmed: bool) -> ScanResult:
            return door.check_in(self._store, gid, door=door_name, people=people,
                                 confirmed=confirmed)

        if self._asks_companions(guest):
            self._ask_companions(guest, attempt)
            return None
        return self._attempt(attempt)

    def open_walk_in(self) -> WalkInDialog:
        dialog = WalkInDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(self._on_walk_in)
        dialog.finished.connect(lambda _r: self.focus_scan_field())
        self.walk_in_dialog = dialog
        dialog.open()
        dialog.name_field.setFocus()
        return dialog

    def _on_walk_in(self, guest: GuestInput) -> None:
        dialog = self.walk_in_dialog
        door_name = self._door_name

        def attempt(_people: int | None, confirmed: bool) -> ScanResult:
            return door.walk_in(self._store, guest, door=door_name, confirmed=confirmed)

        try:
            result = attempt(None, False)
        except StoreUnavailable as exc:
            self._set_connected(False, exc)
            if dialog is not None:
                dialog.show_error(error_text(exc))
            return
        except CheckinError as exc:
            if dialog is not None:
                dialog.show_error(error_text(exc))
            return
        self._set_connected(True)
        if dialog is not None:
            dialog.accept()
        self.walk_in_dialog = None
        if result.verdict is Verdict.CONFIRM:
            name = guest.name.strip() or " ".join(
                p for p in (guest.first_name, guest.middle, guest.last_name) if p)
            self._ask_question(Pending(attempt, name), result.people)
            return
        self._show_result(result)
        self.changed.emit()

    def undo_last(self) -> ScanResult | None:
        """Take back the last scanned guest's last admission or exit.

        With a supervisor PIN the PIN is asked first and None is returned; the
        undo runs once the right PIN is typed.
        """
        gid = self._last_guest_id
        if gid is None:
            self.show_message(self.tr("Nothing to undo yet: scan or find a guest first."))
            self.focus_scan_field()
            return None
        door_name = self._door_name
        done: list[ScanResult | None] = []
        self._with_pin(
            lambda: done.append(self._run(lambda: door.undo(self._store, gid, door=door_name))),
            self.tr("Undoing the last scan needs the supervisor PIN."))
        return done[0] if done else None

    def _with_pin(self, on_ok: Callable[[], None], action: str,
                  on_cancel: Callable[[], None] | None = None) -> PinDialog | None:
        """Run ``on_ok`` behind the supervisor PIN (at once when the event has none)."""
        if self.pin_dialog is not None and self.pin_dialog.isVisible():
            return None  # one question at a time; the open one is still waiting
        try:
            dialog = ask_pin(self, self._store, on_ok, action=action, on_cancel=on_cancel)
        except StoreUnavailable as exc:
            self._set_connected(False, exc)
            self.focus_scan_field()
            return None
        except CheckinError as exc:
            self.show_message(error_text(exc))
            self.focus_scan_field()
            return None
        self.pin_dialog = dialog
        if dialog is not None:
            dialog.finished.connect(self._on_pin_closed)
        return dialog

    def _on_pin_closed(self) -> None:
        self.pin_dialog = None
        self.focus_scan_field()

    def count(self, delta: int) -> ScanResult | None:
        """The +/- counter for people without a badge (crew, speakers)."""
        return self._run(lambda: door.counter(self._store, delta, door=self._door_name))

    def apply_capacity(self) -> None:
        """Set the capacity in the spin box, behind the supervisor PIN if the event has one."""
        capacity = self.capacity_spin.value()
        self._with_pin(lambda: self._set_capacity(capacity),
                       self.tr("Changing the capacity to %1 needs the supervisor PIN.")
                       .replace("%1", str(capacity)),
                       on_cancel=self._capacity_unchanged)

    def _capacity_unchanged(self) -> None:
        self.show_message(self.tr("The capacity was not changed."))
        self._refresh_from_store()

    def _set_capacity(self, capacity: int) -> None:
        try:
            event = self._store.set_capacity(capacity)
        except StoreUnavailable as exc:
            self._set_connected(False, exc)
        except CheckinError as exc:
            self.show_message(error_text(exc))
        else:
            self._set_connected(True)
            self._set_headcount(event.inside, event.capacity)
            self._follow_queue(event.inside, event.capacity)
            self.show_message(self.tr("Capacity is now %1.").replace("%1", str(event.capacity)))
            self.changed.emit()
        self.focus_scan_field()

    def _on_capacity_edited(self) -> None:
        if self.capacity_spin.hasFocus():
            self.apply_capacity()

    def _on_door_edited(self) -> None:
        self.set_door_name(self.door_field.text())
        self.focus_scan_field()

    def _toggle_exit_from_button(self) -> None:
        self.set_exit_mode(self.exit_button.isChecked())

    def _toggle_sound_from_button(self) -> None:
        self.set_sounds_enabled(self.sound_button.isChecked())
        self.focus_scan_field()

    # camera ----------------------------------------------------------------------

    def set_camera_enabled(self, on: bool) -> None:
        """Show the camera panel and start the camera; the scan field keeps working."""
        if on and self.webcam_panel is None:
            self.webcam_panel = WebcamPanel(camera_id=self._camera_id, mirrored=self._mirrored,
                                            parent=self)
            self.webcam_panel.code_scanned.connect(
                lambda code: self.scan_code(code, camera=True))
            self.webcam_panel.preferences_changed.connect(self._on_camera_preferences)
            self.middle.addWidget(self.webcam_panel, 2)
        self.camera_button.setChecked(on)
        if self.webcam_panel is not None:
            self.webcam_panel.setVisible(on)
            if on:
                self.webcam_panel.start()
            else:
                self.webcam_panel.stop()
        self.focus_scan_field()

    def set_camera_preferences(self, camera_id: str, mirrored: bool) -> None:
        """The camera and mirroring chosen last time (kept in the settings by the window)."""
        self._camera_id, self._mirrored = camera_id, mirrored
        if self.webcam_panel is not None:
            self.webcam_panel.set_preferences(camera_id, mirrored)

    def _on_camera_preferences(self, camera_id: str, mirrored: bool) -> None:
        self._camera_id, self._mirrored = camera_id, mirrored
        self.camera_preferences_changed.emit(camera_id, mirrored)

    def _toggle_camera(self) -> None:
        self.set_camera_enabled(self.camera_button.isChecked())

    # kiosk -----------------------------------------------------------------------

    def toggle_full_screen(self) -> None:
        window = self.window()
        if window.isFullScreen() and self._kiosk:
            self.ask_leave_kiosk()  # F11 is no back door out of kiosk mode
            return
        if window.isFullScreen():
            window.showNormal()
        else:
            window.showFullScreen()
        self.focus_scan_field()

    def enter_kiosk(self) -> None:
        self._kiosk = True
        self.window().showFullScreen()
        self.focus_scan_field()

    def _on_escape(self) -> None:
        if self.search_field.hasFocus() or self.results_view.isVisible():
            self.close_search()
            return
        if self.pending is not None:
            self.cancel_prompt()
            return
        if self._kiosk:
            self.ask_leave_kiosk()
            return
        self.scan_field.clear()
        self.focus_scan_field()

    def ask_leave_kiosk(self) -> QMessageBox | PinDialog | None:
        """Leaving kiosk mode: the supervisor PIN if the event has one, else a yes/no question."""
        if self.leave_kiosk_box is not None and self.leave_kiosk_box.isVisible():
            return self.leave_kiosk_box
        try:
            locked = bool(self._store.event().pin_hash)
        except CheckinError:
            # Unknown: keep the kiosk shut (pulling a network cable must not open it);
            # the NOT CONNECTED banner says why.
            locked = True
        if locked:
            return self._with_pin(self._leave_kiosk,
                                  self.tr("Leaving kiosk mode needs the supervisor PIN."))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Leave kiosk mode?"),
                          self.tr("Leave full-screen kiosk mode? The door keeps working."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_leave_kiosk_answer)
        self.leave_kiosk_box = box
        box.open()
        return box

    def _on_leave_kiosk_answer(self, answer: int) -> None:
        self.leave_kiosk_box = None
        if answer == QMessageBox.StandardButton.Yes:
            self._leave_kiosk()
        self.focus_scan_field()

    def _leave_kiosk(self) -> None:
        self._kiosk = False
        self.window().showNormal()
        self.focus_scan_field()

    # who is inside -----------------------------------------------------------------

    def open_inside(self) -> InsideWindow:
        """The list of everyone inside, in its own window; the door keeps the keyboard."""
        window = self.inside_window
        if window is not None and window.isVisible():
            window.reload()
            window.raise_()
            self.focus_scan_field()
            return window
        window = InsideWindow(self._store, self)
        window.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus, True)
        window.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.destroyed.connect(self._on_inside_closed)
        self.inside_window = window
        window.show()
        self.focus_scan_field()
        return window

    def _on_inside_closed(self) -> None:
        self.inside_window = None

    # state -----------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        """A non-blocking note under the verdict; it goes away by itself."""
        self.message_label.setText(text)
        self.message_label.show()
        self._message_timer.start(MESSAGE_SECONDS * 1000)

    def _set_connected(self, connected: bool, exc: CheckinError | None = None) -> None:
        self._connected = connected
        if connected:
            self.connection_banner.hide()
            return
        detail = error_text(exc) if exc is not None else ""
        self.connection_banner.setText(
            self.tr("NOT CONNECTED to the event store: nothing is being recorded. "
                    "Keep scanning; it is tried again with every scan.") + "\n" + detail)
        self.connection_banner.show()

    def _set_headcount(self, inside: int, capacity: int) -> None:
        self.headcount_label.setText(
            self.tr("%1 / %2 inside").replace("%1", str(inside)).replace("%2", str(capacity)))
        left = max(0, capacity - inside)
        # Full is said in words too ("Room full"), not by the colour alone.
        self.headcount_label.setStyleSheet("color: #b71c1c;" if left == 0 else "")
        self.room_label.setText(
            self.tr("Room full") if left == 0 else
            self.tr("room for %1 more").replace("%1", str(left)))
        if not self.capacity_spin.hasFocus():
            self.capacity_spin.setValue(capacity)
        self.chart.set_capacity(capacity)

    def _load_new_scans(self, capacity: int) -> None:
        try:
            if self._seen_scan_id == 0:
                # The chart shows hours, not the whole log: the newest scans are plenty.
                new = self._store.scans(newest_first=True, limit=CHART_FIRST_LOAD)
                new.reverse()
            else:
                new = self._store.scans(since_id=self._seen_scan_id)
        except StoreUnavailable as exc:
            self._set_connected(False, exc)
            return
        if not new:
            return
        self._seen_scan_id = new[-1].id
        self.chart.add_scans(new)
        for record in new:
            if record.inside_after >= capacity:
                self._was_full = True
            elif self._last_inside is not None and record.inside_after > self._last_inside:
                self._was_full = False  # someone got in: the room-for banner has done its job
            self._last_inside = record.inside_after
        others = [r for r in new if r.door != self._door_name]
        if others:
            self._other_doors.extend(others[-OTHER_DOORS_SHOWN:])
            self._show_other_doors()

    def _show_other_doors(self) -> None:
        lines = []
        for record in reversed(self._other_doors):
            who = self._guest_name(record.guest_id)
            if record.guest_id is None and record.action.startswith("counter"):
                who = self.tr("counter")
            lines.append("  ".join(p for p in (
                local_time(record.at, self._timezone), record.door or self.tr("(no name)"),
                verdict_word(record.verdict), party_name(who, record.people)) if p))
        self.others_label.setText(self.tr("Other doors") + "\n" + "\n".join(lines))
        self.others_label.show()

    def _guest_name(self, guest_id: int | None) -> str:
        if guest_id is None:
            return ""
        if guest_id not in self._names:
            try:
                self._names[guest_id] = self._store.guest(guest_id).name
            except CheckinError:
                return ""
        return self._names[guest_id]

    def _follow_queue(self, inside: int, capacity: int) -> None:
        """The turned-away count while full, and the ROOM FOR banner once someone left."""
        full = inside >= capacity
        if full:
            self._was_full = True
        banner = self._was_full and not full
        turned_away = 0
        if full or banner:
            key = (self._seen_scan_id, inside, capacity)
            if key != self._queue_key:
                try:
                    self._turned_away = door.queue(self._store).turned_away
                except StoreUnavailable as exc:
                    self._set_connected(False, exc)
                self._queue_key = key
            turned_away = self._turned_away
        self.queue_label.setVisible(full)
        self.queue_label.setText(
            self.tr("%1 turned away since the room filled").replace("%1", str(turned_away)))
        if banner:
            room = capacity - inside
            text = self.tr("➜ ROOM FOR %1: let the next one in").replace("%1", str(room))
            if turned_away:
                text += "\n" + self.tr("%1 turned away while full").replace(
                    "%1", str(turned_away))
            self.room_banner.setText(text)
        self.room_banner.setVisible(banner)

    def _refresh_from_store(self) -> None:
        try:
            event = self._store.event()
        except StoreUnavailable as exc:
            self._set_connected(False, exc)
            return
        self._timezone = event.timezone
        self._set_headcount(event.inside, event.capacity)
        self._load_new_scans(event.capacity)
        self._follow_queue(event.inside, event.capacity)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        # Anything in this screen that is not a field for typing hands the focus back.
        if new is None or new is self.scan_field or not self.isAncestorOf(new):
            return
        typing = (self.search_field, self.door_field, self.capacity_spin)
        if any(new is w or w.isAncestorOf(new) for w in typing):
            return
        if self.webcam_panel is not None and self.webcam_panel.camera_box is new:
            return
        QTimer.singleShot(0, self.focus_scan_field)
