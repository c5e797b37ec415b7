"""Full screen and kiosk from the main window: F11 works on every tab, and the window's
own F11 and Quit are no back door out of kiosk mode when the event has a supervisor PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from pytestqt.qtbot import QtBot

from checkin import pin
from checkin.store import Store
from ui.main_window import DOOR, GUESTS, MainWindow
from ui.settings import Settings
from ui.tasks import Tasks


def test_one_f11_for_the_whole_window(
    qtbot: QtBot, demo_store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    window = MainWindow(app_settings, inline_tasks, store=demo_store, door_first=True)
    qtbot.addWidget(window)
    window.show()
    assert window.door_screen is not None
    f11 = QKeySequence(Qt.Key.Key_F11)
    # Two F11 shortcuts in one window cancel each other out: only the window's stays.
    assert not [s for s in window.door_screen.findChildren(QShortcut) if s.key() == f11]
    (action,) = [a for a in window.findChildren(QAction) if a.shortcut() == f11]
    action.trigger()
    assert window.isFullScreen()
    assert window.tabs is not None
    window.tabs.setCurrentIndex(GUESTS)
    action.trigger()
    assert not window.isFullScreen()


def test_kiosk_with_a_pin_cannot_be_left_through_the_window(
    qtbot: QtBot, demo_store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    pin.set_pin(demo_store, "4821")
    window = MainWindow(app_settings, inline_tasks, store=demo_store, door_first=True,
                        kiosk=True)
    qtbot.addWidget(window)
    window.show()
    assert window.door_screen is not None and window.door_screen.kiosk
    assert window.tabs is not None and window.tabs.currentIndex() == DOOR
    window.toggle_full_screen()  # F11 and View > Full screen
    assert window.isFullScreen() and window.door_screen.kiosk
    asked = window.door_screen.pin_dialog
    assert asked is not None and asked.isVisible()
    asked.reject()
    window.quit_action.trigger()
    assert window.isVisible()
    dialog = window.pin_dialog
    assert dialog is not None
    dialog.pin_field.setText("0000")
    assert not dialog.submit()
    assert window.isVisible()
    dialog.pin_field.setText("4821")
    assert dialog.submit()
    qtbot.waitUntil(lambda: not window.isVisible())
