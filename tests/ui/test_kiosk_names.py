"""Kiosk mode: the door's own ways to guests' names (F2 find, F6 inside) need the PIN.

The store fixture: capacity 3, guests 1001..1005 (1005 cancelled).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from checkin.pin import set_pin
from checkin.store import Store
from ui.door.inside import InsideWindow
from ui.door.screen import DoorScreen
from ui.main_window import MainWindow
from ui.pin_dialog import PinDialog
from ui.settings import Settings
from ui.tasks import Tasks


def kiosk_door(qtbot: QtBot, store: Store, settings: Settings) -> DoorScreen:
    window = MainWindow(settings, Tasks(inline=True), store=store, kiosk=True)
    qtbot.addWidget(window, before_close_func=lambda w: w.lock.unlock(w.tabs))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.door_screen is not None and window.door_screen.kiosk
    return window.door_screen


def _inside_shown() -> bool:
    return any(isinstance(w, InsideWindow) and w.isVisible()
               for w in QApplication.topLevelWidgets())


def _answer(prompt: PinDialog, pin: str) -> None:
    prompt.pin_field.setText(pin)
    prompt.buttons.accepted.emit()


def test_f6_in_kiosk_mode_shows_nobody_without_the_pin(
        qtbot: QtBot, store: Store, app_settings: Settings) -> None:
    set_pin(store, "2468")
    door = kiosk_door(qtbot, store, app_settings)
    door.scan_code("1001")
    qtbot.keyClick(door.scan_field, Qt.Key.Key_F6)
    prompt = door.pin_dialog
    assert isinstance(prompt, PinDialog) and "who is inside" in prompt.intro.text()
    assert not _inside_shown()
    _answer(prompt, "1111")
    assert "Wrong PIN" in prompt.problem.text() and not _inside_shown()
    _answer(prompt, "2468")
    assert door.pin_dialog is None
    assert _inside_shown() and door.inside_window is not None
    assert "Anna" in "\n".join(r.name for r in door.inside_window.model.rows)


def test_f2_in_kiosk_mode_finds_nobody_without_the_pin(
        qtbot: QtBot, store: Store, app_settings: Settings) -> None:
    set_pin(store, "2468")
    door = kiosk_door(qtbot, store, app_settings)
    qtbot.keyClick(door.scan_field, Qt.Key.Key_F2)
    assert not door.search.isVisible() and not door.search.active
    prompt = door.pin_dialog
    assert isinstance(prompt, PinDialog) and "Finding a guest" in prompt.intro.text()
    prompt.reject()  # Cancel: still nothing to search with
    assert not door.search.isVisible()
    door.tools.search_button.click()  # the button is the same gate
    prompt = door.pin_dialog
    assert isinstance(prompt, PinDialog)
    _answer(prompt, "2468")
    assert door.search.isVisible() and door.search.active


def test_without_a_pin_or_outside_kiosk_mode_both_open_at_once(
        qtbot: QtBot, store: Store, app_settings: Settings, screen: DoorScreen) -> None:
    door = kiosk_door(qtbot, store, app_settings)  # kiosk, but the event has no PIN
    qtbot.keyClick(door.scan_field, Qt.Key.Key_F6)
    assert door.pin_dialog is None and _inside_shown()
    set_pin(store, "2468")
    screen.focus_search()  # an ordinary door (not kiosk): names need no PIN
    assert screen.pin_dialog is None and screen.search.active
