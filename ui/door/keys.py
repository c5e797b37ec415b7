"""The Door screen's keys and focus: F2 find, F3 walk-in, F4 exit mode, F6 inside, Esc, Ctrl+Z.

Scanner bursts never need the focus (scanner.py takes them anywhere); the scan
field keeps it anyway for a code typed by hand, and anything in the screen that
is not a field for typing hands it back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from .screen import DoorScreen


class DoorKeys(QObject):
    def __init__(self, screen: DoorScreen, full_screen_key: bool) -> None:
        super().__init__(screen)
        self.screen = screen
        keys: list[tuple[QKeySequence | QKeySequence.StandardKey, Callable[[], object]]] = [
            (QKeySequence(Qt.Key.Key_F2), screen.focus_search),
            (QKeySequence(Qt.Key.Key_F3), screen.open_walk_in),
            (QKeySequence(Qt.Key.Key_F4), lambda: screen.set_exit_mode(not screen.exit_mode)),
            (QKeySequence(Qt.Key.Key_F6), screen.open_inside),
            (QKeySequence(Qt.Key.Key_Escape), self.escape),
            (QKeySequence.StandardKey.Undo, screen.undo_last),
        ]
        if full_screen_key:
            keys.append(
                (QKeySequence(Qt.Key.Key_F11), lambda: screen.kiosk_mode.toggle_full_screen())
            )
        for seq, slot in keys:
            shortcut = QShortcut(seq, screen)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def escape(self) -> None:
        """Esc: out of the search, no to the question, or (kiosk) ask to leave."""
        screen = self.screen
        if screen.search.active:
            screen.close_search()
        elif screen.flow.question is not None:
            screen.cancel_prompt()
        elif screen.kiosk:
            screen.kiosk_mode.ask_leave()
        else:
            screen.scan_field.clear()
            screen.focus_scan_field()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        screen = self.screen
        if new is None or new is screen.scan_field or not screen.isAncestorOf(new):
            return
        if new.window() is not screen.window():
            return  # a door dialog's own field
        if new is screen.search.search_field:
            return
        panel = screen.camera.panel
        if panel is not None and panel.camera_box is new:
            return
        QTimer.singleShot(0, screen.focus_scan_field)
