"""The Door screen driven as a USB scanner and a door person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from checkin.store import Store
from ui.door_screen import DoorScreen


def _scan(qtbot: QtBot, screen: DoorScreen, code: str) -> None:
    qtbot.keyClicks(screen.scan_field, code)
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Return)


def test_a_scanned_badge_admits_the_guest(qtbot: QtBot, store: Store) -> None:
    screen = DoorScreen(store, door_name="Main", sounds=False)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.changed):
        _scan(qtbot, screen, "1001")
    assert store.event().inside == 1
    assert "1 / 3" in screen.headcount_label.text()
    assert screen.scan_field.text() == ""
