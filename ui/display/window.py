"""The room display at the entrance (``checkin-app EVENT --display``): a window for a TV.

It shows the headcount of all doors together ("12 / 30"), the places left and,
in very large type, green "Welcome, come in" while there is room and red
"Please wait" when the room is full; grey with the time of the last figures when
the store stopped answering. The state and its words are the core's
(checkin/display.py, in the event's language); this window only paints them,
scaled to its size so they read from 5 m on anything from 1366 × 768 to a
1920 × 1080 TV.

It reads the event on its one connection (``RoomWatch``) on the store worker,
one wait after the other, and holds no control: no menu, no button, no field.
Keys do nothing except Esc, which like every way of closing it (Alt+F4, the
window manager's ✕) asks for the supervisor PIN: the kiosk's sealing
(ui/window_lock.py), with the PIN checked without writing.

From the main window, View → "Room display" starts it as a process of its own
(one store connection per process, ui/display/__init__.py), on a second screen
when there is one.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QVBoxLayout, QWidget

from checkin.display import Board, Figures, Look, RoomWatch, board
from checkin.errors import CheckinError
from checkin.store import Store

from ..kit import style
from ..window_lock import WindowLock
from ..worker import StoreWorker

WAIT_SECONDS = 1.0  # one watch call waits at most this long for a change
RETRY_MS = 1000  # after the store did not answer, the next try
TICK_MS = 500  # the board is looked at again this often (stale comes without an answer)

LOOKS: dict[Look, style.Pair] = {
    Look.ROOM: style.VERDICT[style.Tone.GO],
    Look.FULL: style.VERDICT[style.Tone.STOP],
    Look.STALE: style.NOT_CONNECTED,
}

# Share of the window's height for each line's type (the headline shrinks to fit its width).
HEADLINE, COUNT, LEFT, NOTE = 0.17, 0.20, 0.075, 0.045


class RoomDisplay(QMainWindow):
    shown = Signal(object)  # the Board now on screen, each time it changes

    def __init__(
        self, store: Store, *, worker: StoreWorker | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roomDisplay")
        self.setWindowTitle(self.tr("Room display"))
        self.store = store
        self.watch = RoomWatch(store)
        self.worker = worker or StoreWorker(parent=self)
        self.lock = WindowLock(self, 0)
        self.lock.lock(None)  # no menu bar; every way out asks for the PIN
        self.board: Board | None = None
        self._figures: Figures | None = None
        self._fresh_at: datetime | None = None
        self._closing_for_good = False
        self._stopped = False

        page = QWidget()
        page.setObjectName("roomPage")
        page.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 24, 24, 24)
        self.headline = self._label("roomHeadline", bold=True)
        self.count = self._label("roomCount", bold=True)
        self.left = self._label("roomLeft")
        self.note = self._label("roomNote")
        column.addStretch(1)
        for label, stretch in ((self.headline, 3), (self.count, 3), (self.left, 1), (self.note, 1)):
            column.addWidget(label, stretch)
        column.addStretch(1)
        self.setCentralWidget(page)
        self.page = page

        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._show)
        self._tick.start()
        self._show()
        self._ask()

    def _label(self, name: str, *, bold: bool = False) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(name == "roomNote")
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        font = QFont(label.font())
        font.setBold(bold)
        label.setFont(font)
        return label

    # the watch, one call after the other on the worker -------------------------------

    def _ask(self) -> None:
        if self._stopped:
            return
        watch = self.watch
        self.worker.submit(lambda: watch.next(WAIT_SECONDS), self._got, self._failed)

    def _got(self, figures: Figures) -> None:
        self._figures, self._fresh_at = figures, figures.at
        self._show()
        QTimer.singleShot(0, self._ask)

    def _failed(self, _error: CheckinError) -> None:
        # Not answered: the figures age until they are stale; the watch connects again.
        self._show()
        QTimer.singleShot(RETRY_MS, self._ask)

    # what is shown ----------------------------------------------------------------

    def _show(self) -> None:
        now = datetime.now(UTC)
        shown = board(self._figures, now=now, fresh_at=self._fresh_at)
        if shown == self.board:
            return
        self.board = shown
        self.headline.setText(shown.headline)
        self.count.setText(shown.count)
        self.left.setText(shown.left)
        self.note.setText(shown.note)
        self.note.setVisible(bool(shown.note))
        for label in (self.headline, self.count, self.left, self.note):
            label.setAccessibleName(label.text())
            label.setAccessibleDescription(shown.description)
        self.setAccessibleName(shown.headline)
        self.setAccessibleDescription(shown.description)
        pair = LOOKS[shown.look]
        self.page.setStyleSheet(
            f"#roomPage {{ background: {pair.background}; }} "
            f"#roomPage QLabel {{ color: {pair.text}; background: transparent; }}"
        )
        self._fit()
        self.shown.emit(shown)

    def resizeEvent(self, event: object) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def _fit(self) -> None:
        """Type sized by the window: the headline as large as fits its width."""
        height, width = max(1, self.height()), max(1, self.width())
        for label, share in (
            (self.headline, HEADLINE),
            (self.count, COUNT),
            (self.left, LEFT),
            (self.note, NOTE),
        ):
            font = QFont(label.font())
            pixels = max(12, int(height * share))
            font.setPixelSize(pixels)
            if label is not self.note:
                room = int(width * 0.94)
                advance = QFontMetrics(font).horizontalAdvance(label.text() or " ")
                if advance > room:
                    font.setPixelSize(max(12, int(pixels * room / advance)))
            label.setFont(font)

    # sealed: no keys, every way out behind the PIN ---------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        event.accept()  # every other key does nothing

    def needs_pin(self) -> bool:
        """Unknown (nothing read yet) counts as set: the display stays shut."""
        figures = self._figures
        return figures is None or bool(figures.event.pin_hash)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self._closing_for_good and self.needs_pin():
            event.ignore()
            try:
                self.lock.ask(
                    self.worker,
                    self._close_for_good,
                    self.tr("Closing the room display needs the supervisor PIN."),
                    check=self.watch.check_pin,
                )
            except Exception:  # noqa: BLE001 - a bug: the crash dialog, the display stays
                sys.excepthook(*sys.exc_info())
            return
        self._stopped = True
        self._tick.stop()
        if self.worker.stop():  # a read stuck on a frozen server keeps its connection
            self.watch.close()
        super().closeEvent(event)

    def _close_for_good(self) -> None:
        self._closing_for_good = True
        self.close()

    def show_on_screen(self) -> None:
        """Full screen on a second screen if there is one, else on the only one."""
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not primary]
        screen = others[0] if others else primary
        if screen is not None:
            self.setScreen(screen)
            self.move(screen.geometry().topLeft())
        self.showFullScreen()


def run_display(app: QApplication, location: str) -> int:
    """The display for ``location`` until it is closed with the PIN. A server that is down
    at start is shown as no contact, and connected to when it is back."""
    from checkin.location import is_server_url

    from ..errors import error_text

    try:
        store = (
            Store.connect_later(location)
            if is_server_url(location)
            else Store.open(location, read_only=True)
        )
    except CheckinError as exc:
        print(f"checkin-app: {error_text(exc)}", file=sys.stderr)
        return 2
    window = RoomDisplay(store)
    window.show_on_screen()
    try:
        return app.exec()
    finally:
        window.worker.stop()
        store.close()
