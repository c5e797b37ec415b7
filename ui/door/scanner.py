"""A USB badge scanner is a keyboard: take its bursts as scans wherever the focus is.

One application-wide event filter watches every key press of the app (any tab,
any window, any modal dialog). A scanner types a whole code in a few
milliseconds and ends it with Enter; a person is far slower. So:

- A printable key (no Ctrl/Alt/Meta) is held back, not delivered, and the next
  ones with it while they keep coming: at most ``max_gap_ms`` (60 ms) apart.
- Enter after at least ``min_length`` held keys, within ``max_gap_ms`` of the
  last, makes the burst a scan when its keys came at scanner speed: the median
  gap at most ``gap_ms`` (30 ms). ``scanned(code)`` is emitted and none of the
  keys (nor the Enter) reach the focused field, button or dialog. The median,
  not every gap: one late key (measured: 46 ms inside an 8 ms xdotool burst on a
  busy machine) must not spill a code into a field.
- Anything else — a gap longer than ``max_gap_ms``, no key for a while, another
  key (Backspace, an arrow, Tab), a slow median — makes it typing: the held keys
  are delivered to the widget they were meant for, in order, and typing goes on
  as before; a person notices at most 80 ms of delay on a first key.

Times are the events' own timestamps (the window system's, in ms) when they
carry one, and the arrival time otherwise (QTest's events carry none): a busy
UI thread that delivers queued keys late does not turn a scanner into a person.

Gaps (docs/door-screen.md has the measurement): USB and Bluetooth HID scanners
type 2–15 ms a key (their "inter-character delay" is configurable up to ~20 ms
on some); xdotool at ``--delay 8`` arrives 8–9 ms apart under Xvfb; people type
120–250 ms a key on average and fall under 30 ms only for the odd rolled-over
pair, never for four keys and an Enter in a row.

With a **prefix key** set (many scanners can send one, e.g. F12 or Ctrl+], before
every code), only bursts that start with it are scans, whatever their speed:
for laptops where timing is unreliable (remote desktops, virtual machines).
"""

from __future__ import annotations

import time
import weakref
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

SCAN_GAP_MS = 30  # the median gap of a scanner's burst is at most this
MAX_GAP_MS = 60  # one gap longer than this ends a burst

MIN_LENGTH = 3  # keys before the Enter, fewer is typing (a code is longer than that)
PREFIX_TIMEOUT_MS = 2000  # a prefix without its Enter is forgotten after this
_MODIFIER_KEYS = {
    Qt.Key.Key_Shift,
    Qt.Key.Key_Control,
    Qt.Key.Key_Alt,
    Qt.Key.Key_Meta,
    Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock,
    Qt.Key.Key_NumLock,
}
_ENTER_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, 0x0A}
_COMMAND = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


@dataclass(frozen=True)
class HeldKey:
    """A key press kept back until its burst is classified."""

    receiver: QObject
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    at: float  # ms, on the clock named by ``stamped``
    stamped: bool  # True: the event's own timestamp; False: the arrival time


def _is_printable(event: QKeyEvent) -> bool:
    text = event.text()
    return (
        bool(text)
        and text.isprintable()
        and not event.modifiers() & _COMMAND
        and not event.isAutoRepeat()
    )


def _is_enter(event: QKeyEvent) -> bool:
    # Some scanners end a code with a line feed (Ctrl+J) instead of Return.
    return event.key() in _ENTER_KEYS or event.text() in ("\r", "\n")


def _event_time(event: QKeyEvent) -> tuple[float, bool]:
    stamp = event.timestamp()
    if stamp:
        return float(stamp), True
    return time.monotonic() * 1000.0, False


class ScannerInput(QObject):
    """The application-wide filter; ``scanned`` carries each burst's code."""

    scanned = Signal(str)
    typed = Signal()  # held keys were delivered as typing (for tests and the indicator)
    _live: weakref.WeakSet[ScannerInput] = weakref.WeakSet()

    def __init__(
        self,
        *,
        gap_ms: int = SCAN_GAP_MS,
        max_gap_ms: int = MAX_GAP_MS,
        min_length: int = MIN_LENGTH,
        prefix: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.gap_ms = gap_ms
        self.max_gap_ms = max_gap_ms
        self.min_length = min_length
        self._prefix = QKeySequence()
        self._held: list[HeldKey] = []
        self._in_prefix = False
        self._prefix_text: list[str] = []
        self._replaying = False
        self._installed = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.release)
        self._prefix_timer = QTimer(self)
        self._prefix_timer.setSingleShot(True)
        self._prefix_timer.timeout.connect(self._forget_prefix)
        self.set_prefix(prefix)

    # the public face ---------------------------------------------------------------

    def install(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
            ScannerInput._live.add(self)

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            self.release()
            app.removeEventFilter(self)
            self._installed = False

    @classmethod
    def uninstall_all(cls) -> None:
        """Every filter out of the application (a test's teardown; one door per app)."""
        for scanner in list(cls._live):
            if shiboken6.isValid(scanner):
                scanner.uninstall()
        cls._live = weakref.WeakSet()

    @property
    def installed(self) -> bool:
        return self._installed

    @property
    def prefix(self) -> str:
        return self._prefix.toString(QKeySequence.SequenceFormat.PortableText)

    def set_prefix(self, prefix: str) -> None:
        """The key a scanner sends before every code ("F12", "Ctrl+]"); "" for timing only."""
        self.release()
        self._forget_prefix()
        self._prefix = QKeySequence(prefix.strip())

    @property
    def holding(self) -> int:
        """How many keys are held back right now."""
        return len(self._held)

    def release(self) -> None:
        """Deliver the held keys as typing, to the widgets they were meant for, in order."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for k in held:
                if not shiboken6.isValid(k.receiver):
                    continue
                event = QKeyEvent(QEvent.Type.KeyPress, k.key, k.modifiers, k.text)
                QCoreApplication.sendEvent(k.receiver, event)
        finally:
            self._replaying = False
        self.typed.emit()

    # the filter --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if self._replaying or not isinstance(event, QKeyEvent):
            return False
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            # Claimed for the keys this filter will take, so no shortcut fires on them.
            if self._wants(event):
                event.accept()
                return True
            return False
        if kind != QEvent.Type.KeyPress:
            return False
        if not self._prefix.isEmpty():
            return self._with_prefix(event)
        return self._by_timing(watched, event)

    def _wants(self, event: QKeyEvent) -> bool:
        if not self._prefix.isEmpty():
            return self._is_prefix(event) or self._in_prefix
        if _is_printable(event):
            return True
        return _is_enter(event) and bool(self._held)

    def _by_timing(self, watched: QObject, event: QKeyEvent) -> bool:
        at, stamped = _event_time(event)
        if _is_printable(event):
            if self._held and not self._close_to_last(at, stamped):
                self.release()  # the held keys were typing; this one may start a burst
            self._held.append(
                HeldKey(watched, event.key(), event.modifiers(), event.text(), at, stamped)
            )
            # Real time, a little over the longest gap: a key late by a busy event loop is
            # not a person yet.
            self._flush_timer.start(self.max_gap_ms + 20)
            return True
        if not self._held:
            return False
        if Qt.Key(event.key()) in _MODIFIER_KEYS:
            return False  # Shift around a capital letter: the burst goes on
        if (
            _is_enter(event)
            and self._close_to_last(at, stamped)
            and len(self._held) >= self.min_length
            and self._at_scanner_speed(at)
        ):
            code = "".join(k.text for k in self._held)
            self._held = []
            self._flush_timer.stop()
            self.scanned.emit(code)
            return True
        self.release()
        return False  # this key goes on to its widget, after the ones held before it

    def _close_to_last(self, at: float, stamped: bool) -> bool:
        last = self._held[-1]
        if stamped != last.stamped:
            return False  # two clocks cannot be compared: a person's pace, to be safe
        return 0 <= at - last.at <= self.max_gap_ms

    def _at_scanner_speed(self, enter_at: float) -> bool:
        times = [k.at for k in self._held] + [enter_at]
        gaps = sorted(b - a for a, b in zip(times, times[1:], strict=False))
        return gaps[len(gaps) // 2] <= self.gap_ms

    def _is_prefix(self, event: QKeyEvent) -> bool:
        if self._prefix.isEmpty():
            return False
        combined = QKeySequence(event.keyCombination())
        return combined.matches(self._prefix) == QKeySequence.SequenceMatch.ExactMatch

    def _with_prefix(self, event: QKeyEvent) -> bool:
        if self._is_prefix(event):
            self._in_prefix = True
            self._prefix_text = []
            self._prefix_timer.start(PREFIX_TIMEOUT_MS)
            return True
        if not self._in_prefix:
            return False
        if _is_enter(event):
            code = "".join(self._prefix_text)
            self._forget_prefix()
            if code:
                self.scanned.emit(code)
            return True
        if event.text() and event.text().isprintable():
            self._prefix_text.append(event.text())
            self._prefix_timer.start(PREFIX_TIMEOUT_MS)
        return True  # nothing between the prefix and its Enter reaches a field

    def _forget_prefix(self) -> None:
        self._prefix_timer.stop()
        self._in_prefix = False
        self._prefix_text = []
