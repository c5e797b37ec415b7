"""What the door person must always be able to see: is the scanner ready, is the store there.

- :class:`ScannerLight`: "Scanner ready" or "Scanner paused: why", always visible;
- :class:`LinkStrip`: the door's link to the event store (``DoorService.link()``):
  connected or offline, this door's share of the places, scans waiting to be
  sent, when the server was last heard;
- :class:`ConnectionBanner`: the big "NOT CONNECTED" line while scans are not recorded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from checkin.door import LinkState

from ..kit import style
from ..kit.text import fill
from .words import local_time


class ScannerLight(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ready = True
        self.why = ""
        self.set_ready()

    def follow(self, dialog: str, active: bool, installed: bool, waiting: int) -> None:
        """Ready, unless a door dialog (``dialog``: what it is) is open, another program
        has the keyboard (a scanner types into it, not here), or the door is closed."""
        if dialog:
            self.set_paused(fill(self.tr("finish %1 first"), dialog))
        elif not active:
            self.set_paused(self.tr("another program has the keyboard; click this window"))
        elif not installed:
            self.set_paused(self.tr("the door is closed"))
        else:
            self.set_ready(waiting)

    def set_ready(self, waiting: int = 0) -> None:
        self.ready, self.why = True, ""
        text = "● " + self.tr("Scanner ready")
        if waiting:
            text += "  ·  " + self.tr("%n badge(s) waiting in line", "", waiting)
        self.setText(text)
        # A pill of its own colour: readable on the normal and the exit-mode background.
        self.setStyleSheet(style.pill_sheet(style.VERDICT[style.Tone.GO]))

    def set_paused(self, why: str) -> None:
        self.ready, self.why = False, why
        self.setText("■ " + fill(self.tr("Scanner paused: %1"), why))
        self.setStyleSheet(style.pill_sheet(style.VERDICT[style.Tone.STOP]))


class LinkStrip(QWidget):
    """A small line under the headcount: how this door is connected. When the server was
    last heard is said for an event on a server only (``server``): a file has no server."""

    def __init__(
        self,
        timezone: str = "Europe/Amsterdam",
        parent: QWidget | None = None,
        *,
        server: bool = True,
    ) -> None:
        super().__init__(parent)
        self.timezone = timezone
        self.server = server
        self.state: LinkState | None = None
        self.label = QLabel(self)
        self.label.setStyleSheet(style.text_sheet(style.QUIET))
        # Never wider than the room it gets: the verdict's width matters more.
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)

    def show_link(self, state: LinkState) -> None:
        self.state = state
        parts = [self.tr("● connected") if state.online else self.tr("○ OFFLINE")]
        if state.share is not None:
            parts.append(self.tr("this door's share: %n place(s)", "", state.share))
        if state.waiting:
            parts.append(self.tr("%n scan(s) waiting to be sent", "", state.waiting))
        if self.server and state.last_contact is not None:
            parts.append(
                fill(self.tr("server last heard %1"), local_time(state.last_contact, self.timezone))
            )
        self.label.setText("  ·  ".join(parts))
        self.label.setStyleSheet(
            style.strip_sheet(style.LINK_ONLINE)
            if state.online
            else style.strip_sheet(style.LINK_OFFLINE, bold=True)
        )

    @property
    def text(self) -> str:
        return self.label.text()


class Notice(QLabel):
    """A non-blocking note under the verdict (an expected failure); it goes by itself."""

    SECONDS = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(style.notice_sheet())
        self.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)

    def say(self, text: str) -> None:
        self.setText(text)
        self.show()
        self._timer.start(self.SECONDS * 1000)


class ConnectionBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(style.banner_sheet(style.EXIT_MODE, None, padding=8))
        self.hide()

    def set_connected(self, connected: bool, detail: str = "") -> None:
        if connected:
            self.hide()
            return
        text = self.tr(
            "NOT CONNECTED to the event store: nothing is being recorded. "
            "Keep scanning; it is tried again with every scan."
        )
        self.setText(text + ("\n" + detail if detail else ""))
        self.show()
