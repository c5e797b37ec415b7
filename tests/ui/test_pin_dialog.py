"""The supervisor PIN in front of undo, capacity and leaving kiosk mode; never in front of scans.

The store fixture: capacity 3, guests 1001..1005 (1005 cancelled).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from checkin.models import Presence
from checkin.pin import set_pin
from checkin.store import Store
from tests.ui.doors import door_screen
from tests.ui.scanner_keys import typed
from ui.door.screen import DoorScreen
from ui.pin_dialog import PinDialog, ask_pin
from ui.worker import StoreWorker


def type_pin(qtbot: QtBot, dialog: PinDialog, pin: str) -> None:
    """At a person's pace: four digits and Enter at machine speed would be a badge."""
    dialog.pin_field.clear()
    typed(pin, target=dialog.pin_field)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def open_dialog(screen: DoorScreen) -> PinDialog:
    dialog = screen.pin_dialog
    assert isinstance(dialog, PinDialog) and dialog.isVisible()
    return dialog


def test_without_a_pin_the_action_runs_at_once(qtbot: QtBot, store: Store) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    ran: list[str] = []
    assert ask_pin(parent, store, lambda: ran.append("ok")) is None
    assert ran == ["ok"]


def test_the_dialog_runs_the_action_only_for_the_right_pin(qtbot: QtBot, store: Store) -> None:
    set_pin(store, "1234")
    parent = QWidget()
    qtbot.addWidget(parent)
    ran: list[str] = []
    cancelled: list[str] = []
    dialog = ask_pin(
        parent,
        store,
        lambda: ran.append("ok"),
        action="Only for the boss.",
        on_cancel=lambda: cancelled.append("no"),
    )
    assert dialog is not None and dialog.isVisible()
    assert dialog.intro.text() == "Only for the boss."
    assert dialog.pin_field.echoMode() is dialog.pin_field.EchoMode.Password
    type_pin(qtbot, dialog, "4321")
    assert ran == [] and dialog.isVisible()
    assert "Wrong PIN" in dialog.problem.text()
    assert dialog.pin_field.text() == ""
    typed("12ab34", target=dialog.pin_field)  # only digits get in
    assert dialog.pin_field.text() == "1234"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert ran == ["ok"]
    assert not dialog.isVisible()
    assert cancelled == []
    second = ask_pin(
        parent, store, lambda: ran.append("again"), on_cancel=lambda: cancelled.append("no")
    )
    assert second is not None
    second.reject()
    assert cancelled == ["no"] and ran == ["ok"]


def test_undo_after_the_undo_window_needs_the_pin(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    set_pin(store, "1234")
    screen.scan_code("1001")
    undo = screen.undo_last()
    undo.reason_field.setText("wrong badge")
    undo.buttons.accepted.emit()  # within the undo window: no PIN
    assert "Undone" in screen.verdict_view.text
    assert screen.pin_dialog is None
    store.update_event(undo_minutes=0)
    screen.scan_code("1001")
    qtbot.wait(20)
    undo = screen.undo_last()
    undo.reason_field.setText("wrong badge again")
    undo.buttons.accepted.emit()
    dialog = open_dialog(screen)
    assert "Undoing" in dialog.intro.text()
    type_pin(qtbot, dialog, "9999")
    assert "Wrong PIN: nothing was changed" in dialog.problem.text()
    assert store.event().inside == 1
    with qtbot.waitSignal(screen.changed):
        type_pin(qtbot, dialog, "1234")
    assert store.event().inside == 0
    # the attempt that waited for the PIN is logged too (checkin/door/undo.py)
    assert [(s.action, s.verdict) for s in store.scans()] == [
        ("scan", "admitted"),
        ("undo", "undone"),
        ("scan", "admitted"),
        ("undo", "pin_required"),
        ("undo", "undone"),
    ]
    assert "Undone" in screen.verdict_view.text


def test_capacity_needs_the_pin(qtbot: QtBot, screen: DoorScreen, store: Store) -> None:
    set_pin(store, "1234")
    capacity = screen.open_capacity()
    capacity.new_field.setText("10")
    capacity.buttons.accepted.emit()
    dialog = open_dialog(screen)
    assert "10" in dialog.intro.text()
    type_pin(qtbot, dialog, "0000")
    assert store.event().capacity == 3
    dialog.reject()
    assert store.event().capacity == 3
    capacity = screen.open_capacity()
    capacity.new_field.setText("10")
    capacity.buttons.accepted.emit()
    with qtbot.waitSignal(screen.changed):
        type_pin(qtbot, open_dialog(screen), "1234")
    assert store.event().capacity == 10
    assert screen.headcount.headcount_label.text() == "0 / 10 inside"


def test_scans_search_walk_ins_and_the_counter_never_ask(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    set_pin(store, "1234")
    store.update_event(capacity=10)
    screen.scan_code("1001")
    screen.focus_search()
    typed("vries")
    qtbot.keyClick(screen.search.search_field, Qt.Key.Key_Return)
    dialog = screen.open_walk_in()
    dialog.name_field.setText("Fatma Sahin")
    dialog.buttons.accepted.emit()
    screen.count(1)
    assert screen.pin_dialog is None
    assert store.event().inside == 4
    assert store.guest_by_code("1003").presence is Presence.INSIDE  # type: ignore[union-attr]


def test_leaving_kiosk_mode_needs_the_pin(qtbot: QtBot, store: Store) -> None:
    set_pin(store, "1234")
    screen = door_screen(store, worker=StoreWorker(inline=True), kiosk=True, sounds=False)
    qtbot.addWidget(screen)
    screen.kiosk_mode.enter()
    qtbot.waitExposed(screen)
    qtbot.waitUntil(lambda: screen.window().isFullScreen())
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.scan_field.hasFocus())
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_F11)  # no back door past the PIN
    dialog = open_dialog(screen)
    assert "kiosk" in dialog.intro.text()
    dialog.reject()
    assert screen.kiosk and screen.window().isFullScreen()
    qtbot.waitUntil(lambda: screen.scan_field.hasFocus())
    qtbot.keyClick(screen.scan_field, Qt.Key.Key_Escape)
    dialog = open_dialog(screen)
    type_pin(qtbot, dialog, "1111")
    assert screen.kiosk
    type_pin(qtbot, dialog, "1234")
    assert not screen.kiosk
    qtbot.waitUntil(lambda: not screen.window().isFullScreen())
