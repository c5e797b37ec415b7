"""The supervisor PIN dialog (Settings, privacy): checked by the core on the worker, backing off."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from checkin.pin import set_pin
from checkin.store import Store
from tests.conftest import Clock
from ui.pin_dialog import PinDialog, ask_pin, pin_checker
from ui.worker import StoreWorker


def _submit(qtbot: QtBot, dialog: PinDialog, pin: str) -> str:
    dialog.pin_field.setText(pin)
    dialog.try_submit()
    qtbot.waitUntil(lambda: not dialog.sending, timeout=5000)
    return dialog.problem.text()


def test_five_wrong_pins_make_the_next_try_wait_even_for_the_right_pin(
    qtbot: QtBot, store: Store, clock: Clock
) -> None:
    set_pin(store, "2468")
    parent = QWidget()
    qtbot.addWidget(parent)
    worker = StoreWorker(parent=parent)  # threaded: the check never runs on the UI thread
    threads: list[str] = []
    unlocked: list[str] = []

    def on_ok() -> None:
        threads.append(threading.current_thread().name)
        unlocked.append("ok")

    ask_pin(parent, store, on_ok, worker=worker, clock=lambda: clock(0))
    qtbot.waitUntil(lambda: parent.findChild(PinDialog) is not None, timeout=5000)
    dialog = parent.findChild(PinDialog)
    assert isinstance(dialog, PinDialog)
    for _ in range(4):
        assert "Wrong PIN" in _submit(qtbot, dialog, "1111")
    said = _submit(qtbot, dialog, "1111")  # the fifth: the wait starts
    assert "Too many wrong PINs: wait 60 second" in said
    assert dialog.attempts == 5 and dialog.isVisible()

    clock(0.5)  # 30 s later: the right PIN is refused, with the time left in words
    said = _submit(qtbot, dialog, "2468")
    assert "wait 30 second" in said and unlocked == [] and dialog.isVisible()

    clock(0.55)  # past the wait
    dialog.pin_field.setText("2468")
    dialog.try_submit()
    qtbot.waitUntil(lambda: unlocked == ["ok"], timeout=5000)
    assert threads == [threading.main_thread().name]  # answered on the UI thread
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    worker.stop()


def test_the_check_runs_on_the_worker_thread(qtbot: QtBot, store: Store) -> None:
    set_pin(store, "2468")
    parent = QWidget()
    qtbot.addWidget(parent)
    worker = StoreWorker(parent=parent)
    seen: list[str] = []
    worker.busy_changed.connect(lambda busy: seen.append("busy" if busy else "idle"))
    dialog = PinDialog("", pin_checker(store, worker), parent)
    dialog.pin_field.setText("2468")
    dialog.try_submit()  # not decided yet: the window keeps going
    assert dialog.sending and not dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.unlocked, timeout=5000):
        pass
    assert seen[0] == "busy" and seen[-1] == "idle"
    worker.stop()
