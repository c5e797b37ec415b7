"""Kiosk mode: the door's own ways to guests' names (F2 find, F6 inside), a walk-in, the
±1 counter and the scanner settings need the PIN.

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
    return any(
        isinstance(w, InsideWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )


def _answer(prompt: PinDialog, pin: str) -> None:
    prompt.pin_field.setText(pin)
    prompt.buttons.accepted.emit()


def test_f6_in_kiosk_mode_shows_nobody_without_the_pin(
    qtbot: QtBot, store: Store, app_settings: Settings
) -> None:
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
    qtbot: QtBot, store: Store, app_settings: Settings
) -> None:
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
    qtbot: QtBot, store: Store, app_settings: Settings, screen: DoorScreen
) -> None:
    door = kiosk_door(qtbot, store, app_settings)  # kiosk, but the event has no PIN
    qtbot.keyClick(door.scan_field, Qt.Key.Key_F6)
    assert door.pin_dialog is None and _inside_shown()
    set_pin(store, "2468")
    screen.focus_search()  # an ordinary door (not kiosk): names need no PIN
    assert screen.pin_dialog is None and screen.search.active


def test_walk_in_counter_and_scanner_in_kiosk_mode_need_the_pin(
    qtbot: QtBot, store: Store, app_settings: Settings
) -> None:
    set_pin(store, "246813")
    door = kiosk_door(qtbot, store, app_settings)
    inside = store.event().inside
    qtbot.mouseClick(door.tools.plus_button, Qt.MouseButton.LeftButton)
    prompt = door.pin_dialog
    assert isinstance(prompt, PinDialog) and "Counting" in prompt.intro.text()
    _answer(prompt, "111111")
    assert "Wrong PIN" in prompt.problem.text() and store.event().inside == inside
    _answer(prompt, "246813")
    assert door.pin_dialog is None and store.event().inside == inside + 1

    assert door.open_walk_in() is None  # the PIN first
    prompt = door.pin_dialog
    assert isinstance(prompt, PinDialog) and "walk-in" in prompt.intro.text()
    prompt.reject()
    assert door.walk_in_dialog is None
    assert door.open_walk_in() is None
    prompt = door.pin_dialog
    assert isinstance(prompt, PinDialog)
    _answer(prompt, "246813")
    assert door.walk_in_dialog is not None and door.walk_in_dialog.isVisible()
    door.walk_in_dialog.reject()

    assert door.open_scanner() is None
    prompt = door.pin_dialog
    assert isinstance(prompt, PinDialog) and "scanner" in prompt.intro.text()
    _answer(prompt, "246813")
    assert door.dialog is not None and door.dialog.windowTitle() == "Scanner"
    door.dialog.reject()


def test_outside_kiosk_mode_the_counter_needs_no_pin(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    set_pin(store, "246813")
    inside = store.event().inside
    qtbot.mouseClick(screen.tools.plus_button, Qt.MouseButton.LeftButton)
    assert screen.pin_dialog is None and store.event().inside == inside + 1
