"""Key events as a USB scanner and as a person send them, for the Door screen's tests.

``burst`` sends each key as the window system does (a ShortcutOverride, then the
press and the release) to whatever has the keyboard focus, with the events' own
timestamps a few ms apart: the scanner filter classifies by those, so a test on a
busy machine is still a scanner. ``typed`` does the same at a person's pace
(150 ms a key). ``burst_live`` uses QTest with real waits between the keys, for
the filter's arrival-time path (events without a timestamp).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

_clock = [int(time.monotonic() * 1000)]


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    if widget is None:
        widget = QApplication.activeModalWidget() or QApplication.activeWindow()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _key_of(char: str) -> tuple[int, Qt.KeyboardModifier]:
    if char == "\n":
        return Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier
    shift = Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier.NoModifier
    return ord(char.upper()), shift


def key(char: str, gap_ms: int, target: QObject | None = None) -> None:
    """One key, ``gap_ms`` after the previous one by the events' clock."""
    _clock[0] += gap_ms
    code, modifiers = _key_of(char)
    text = "\r" if char == "\n" else char
    receiver = target or focus()
    override = QKeyEvent(QEvent.Type.ShortcutOverride, code, modifiers, text)
    override.setTimestamp(_clock[0])
    override.ignore()
    QApplication.sendEvent(receiver, override)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, code, modifiers, text)
        event.setTimestamp(_clock[0])
        QApplication.sendEvent(receiver, event)
        if kind == QEvent.Type.KeyPress:
            receiver = focus() if target is None else target  # Enter may move it


def burst(code: str, gap_ms: int = 4, target: QObject | None = None) -> None:
    """A badge scanned: the code and Enter, ``gap_ms`` apart."""
    for char in code + "\n":
        key(char, gap_ms, target)


def typed(text: str, gap_ms: int = 150, target: QObject | None = None, settle: bool = True) -> None:
    """A person typing ``text`` (no Enter unless it ends in "\\n")."""
    for char in text:
        key(char, gap_ms, target)
    if settle:
        QTest.qWait(250)  # the last key is held until the filter's timer (80 ms) says "a person"


def burst_live(code: str, gap_ms: int = 2) -> None:
    """The code and Enter through QTest, really ``gap_ms`` apart (events without timestamps)."""
    for char in code:
        QTest.keyClick(focus(), Qt.Key(ord(char.upper())))
        QTest.qWait(gap_ms)
    QTest.keyClick(focus(), Qt.Key.Key_Return)
