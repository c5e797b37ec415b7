"""Self check-in (``checkin-app EVENT --self-checkin``): a kiosk for guests, no staff.

The guest holds the QR code from their e-mail under the webcam, or in front of
a desk scanner; the screen greets them by first name and their badge prints.
Anything else (an unknown code, a cancelled guest, a full room, someone already
inside, a question the door would ask) is one friendly sentence that sends them
to the registration desk: never the reason, never anyone else's data.

It is built from the Door screen's parts, not a second door: the scanner's
key filter (ui/door/scanner.py), the webcam (ui/door/camera.py), the scan's
flow (ui/door/flow.py) to the door service through the one store worker, so the
cap holds as at every door and this window decides nothing; the badge goes
through the desk's printer (ui/desk, the printer chosen on this laptop). Its
guest-facing words are the event's language (the document catalogue,
``self.*`` keys). Like the kiosk, every way out asks for the supervisor PIN
(ui/window_lock.py).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from checkin.documents.words import Words, words_for
from checkin.door import Door, DoorService, ScanResult, Verdict
from checkin.errors import CheckinError
from checkin.models import Event

from .desk import DeskPrinter
from .door.camera import CameraSlot
from .door.flow import DoorFlow
from .door.scanner import ScannerInput
from .kit import style
from .window_lock import WindowLock
from .worker import StoreWorker

if TYPE_CHECKING:
    from .settings import Settings

BACK_TO_READY_MS = 6000  # a greeting or the desk sentence stays this long
DOOR_NAME = "Self check-in"  # the scans' door when this laptop has no door name


class SelfCheckin(QMainWindow):
    shown = Signal(str, object)  # the look ("ready", "welcome", "desk", "checking"), the result

    def __init__(
        self,
        door: Door,
        location: str,
        settings: Settings,
        *,
        worker: StoreWorker | None = None,
        camera: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        """``door``: the kiosk's door (a ``DoorService`` on the event's store, or the offline
        door of a server event); ``location``: where the event is kept (the printer's
        ledger of badges not yet printed is per event)."""
        super().__init__(parent)
        self.setObjectName("selfCheckin")
        self.setWindowTitle(self.tr("Self check-in"))
        self.settings = settings
        self.worker = worker or StoreWorker(parent=self)
        self.service = door
        self.flow = DoorFlow(self.service, self.worker, parent=self)
        self.printer = DeskPrinter(self.service, location, self.worker, settings, parent=self)
        self.scanner = ScannerInput(prefix=settings.scanner_prefix, parent=self)
        self.lock = WindowLock(self, 0)
        self.lock.lock(None)  # no menu bar; every way out asks for the PIN
        self.words: Words = words_for("en")
        self.look = "ready"
        self._closing_for_good = False

        page = QWidget()
        page.setObjectName("selfPage")
        page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(page)
        column = QVBoxLayout()
        self.headline = self._label("selfHeadline", bold=True)
        self.detail = self._label("selfDetail")
        column.addStretch(1)
        column.addWidget(self.headline, 2)
        column.addWidget(self.detail, 1)
        column.addStretch(1)
        row.addLayout(column, 3)
        self.setCentralWidget(page)
        self.page = page
        self.camera = CameraSlot(page, row, lambda code: self.scan(code, camera=True))
        if camera:
            self.camera.set_enabled(True)
            panel = self.camera.panel
            if panel is not None:  # the laptop's camera, as set up: no choice for guests
                for control in (panel.camera_box, panel.mirror_box):
                    control.hide()
                    control.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self._back = QTimer(self)
        self._back.setSingleShot(True)
        self._back.setInterval(BACK_TO_READY_MS)
        self._back.timeout.connect(self.ready)

        self.scanner.scanned.connect(self.scan)
        self.scanner.install()
        self.flow.shown.connect(self._verdict)
        self.flow.asked.connect(self._asked)
        self.flow.checking.connect(
            lambda _label: self._show("checking", self.words("self.checking"), "")
        )
        self.flow.unanswered.connect(lambda _label, _error: self._desk(None))
        self.flow.problem.connect(lambda _error: self._desk(None))
        self.flow.pin_wanted.connect(lambda _request: self._desk(None))
        self.printer.start()
        self.worker.submit(self.service.event, self._got_event, lambda _error: None)
        self.ready()

    def _label(self, name: str, *, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        font = QFont(label.font())
        font.setBold(bold)
        label.setFont(font)
        return label

    def _got_event(self, event: Event) -> None:
        self.words = words_for(event.language)
        if self.look == "ready":
            self.ready()

    # a guest's code, its verdict -------------------------------------------------------

    def scan(self, code: str, *, camera: bool = False) -> None:
        """A code from the scanner or the camera, sent to the door like any door's; one
        guest at a time (the webcam reads a code held up many times a second)."""
        if code.strip() and not self.flow.busy:
            self.flow.scan(code, camera=camera)

    def _verdict(self, result: ScanResult) -> None:
        guest = result.guest
        if result.verdict is not Verdict.ADMITTED or guest is None:
            self._desk(result)
            return
        # The first name; from a list with one name column, its first word; none at all
        # when the list had no name for this guest.
        words = guest.name.split()
        first = "" if guest.name_missing else guest.first_name.strip() or (words or [""])[0]
        self.printer.on_verdict(result)
        badge = self.words("self.badge") if self.printer.on else ""
        greeting = (
            self.words("self.welcome", name=first) if first else self.words("self.welcome_nameless")
        )
        self._show("welcome", greeting, badge, result)

    def _asked(self, result: ScanResult) -> None:
        """A question the door would ask (how many came along): a person answers it."""
        self.flow.decline()
        self._desk(result)

    def _desk(self, result: ScanResult | None) -> None:
        self._show("desk", self.words("self.desk"), "", result)

    def ready(self) -> None:
        self._show("ready", self.words("self.ready"), "")

    def _show(
        self, look: str, headline: str, detail: str, result: ScanResult | None = None
    ) -> None:
        self.look = look
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        for label in (self.headline, self.detail):
            label.setAccessibleName(label.text())
        self.setAccessibleName(headline)
        self.setAccessibleDescription(f"{headline} {detail}".strip())
        tone = {"welcome": style.Tone.GO, "desk": style.Tone.LOOK}.get(look, style.Tone.IDLE)
        pair = style.VERDICT[tone]
        self.page.setStyleSheet(
            f"#selfPage {{ background: {pair.background}; }} "
            f"#selfPage QLabel {{ color: {pair.text}; background: transparent; }}"
        )
        self._fit()
        if look in ("welcome", "desk"):
            self._back.start()
        self.shown.emit(look, result)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def _fit(self) -> None:
        height = max(1, self.height())
        width = max(1, int(self.headline.width() or self.width() * 0.6))
        for label, share in ((self.headline, 0.11), (self.detail, 0.05)):
            font = QFont(label.font())
            pixels = max(12, int(height * share))
            font.setPixelSize(pixels)
            words = label.text().split() or [" "]
            widest = max(QFontMetrics(font).horizontalAdvance(w) for w in words)
            if widest > width * 0.95:  # no word wider than the column
                font.setPixelSize(max(12, int(pixels * width * 0.95 / widest)))
            label.setFont(font)

    # sealed: no keys, every way out behind the PIN -----------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        event.accept()  # every other key does nothing (a scanner's keys are the filter's)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._closing_for_good and self.lock.wants_pin(self.service):
            event.ignore()
            door = self.service
            try:
                self.lock.ask(
                    self.worker,
                    self._close_for_good,
                    self.tr("Closing self check-in needs the supervisor PIN."),
                    check=lambda typed: door.check_pin(typed or None),
                )
            except Exception:  # noqa: BLE001 - a bug: the crash dialog, the kiosk stays
                sys.excepthook(*sys.exc_info())
            return
        self.scanner.uninstall()
        self.camera.set_enabled(False)
        self.printer.stop()
        self._back.stop()
        super().closeEvent(event)

    def _close_for_good(self) -> None:
        self._closing_for_good = True
        self.close()


def run_self_checkin(app: QApplication, location: str, settings: Settings) -> int:
    """The kiosk for ``location``, full screen, until closed with the PIN."""
    from .door_link import open_event
    from .errors import error_text

    try:
        opened = open_event(location, settings.data_dir, settings.door_name or DOOR_NAME)
    except CheckinError as exc:
        print(f"checkin-app: {error_text(exc)}", file=sys.stderr)
        return 2
    door = opened.door or DoorService(opened.store, door=settings.door_name or DOOR_NAME)
    window = SelfCheckin(door, location, settings)
    window.showFullScreen()
    try:
        return app.exec()
    finally:
        window.worker.stop()
        opened.close()
