"""The Door screen's undo: the scan is named (guest and time) before anything changes, any of
the door's recent scans can be picked, and what needs the PIN says so (issue 23 §4).

The store fixture: capacity 3, guests 1001..1005 (1005 Piet Klaassen cancelled).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from checkin.pin import set_pin
from checkin.store import Store
from ui.door.dialogs import UndoDialog
from ui.door.screen import DoorScreen


def _local(moment: datetime) -> str:
    return moment.astimezone(ZoneInfo("Europe/Amsterdam")).strftime("%H:%M:%S")


def test_the_undo_dialog_names_the_scan_and_takes_back_the_one_picked(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    screen.scan_code("1001")
    screen.scan_code("1002")
    assert store.event().inside == 2
    dialog = screen.undo_last()
    assert isinstance(dialog, UndoDialog)
    anna, zoe = sorted(store.scans(), key=lambda s: s.id)
    # Named first, newest chosen: the guest and the time; nothing has changed yet.
    assert dialog.scan_list.count() == 2
    assert dialog.scan_list.item(0).text() == f"{_local(zoe.at)}  Zoë Yılmaz (in)"
    assert dialog.named_label.text() == f"Takes back: {_local(zoe.at)}  Zoë Yılmaz (in)."
    assert store.event().inside == 2 and dialog.ok_button.isEnabled()
    dialog.scan_list.setCurrentRow(1)  # the earlier scan, not the last one
    assert "Anna van den Berg" in dialog.named_label.text()
    dialog.reason_field.setText("scanned Anna's badge for Zoë")
    with qtbot.waitSignal(screen.changed):
        dialog.buttons.accepted.emit()
    assert "Undone" in screen.verdict_view.text
    assert store.guest(1).presence.value == "not_arrived"
    assert store.guest(2).presence.value == "inside"
    last = store.scans()[-1]
    assert (last.action, last.verdict, last.raw, last.reason) == (
        "undo",
        "undone",
        anna.raw,
        "scanned Anna's badge for Zoë",
    )


def test_a_second_undo_without_a_pin_is_refused_in_the_dialog(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    screen.scan_code("1001")
    first = screen.undo_last()
    first.reason_field.setText("wrong badge")
    first.buttons.accepted.emit()
    assert store.event().inside == 0
    screen.scan_code("1002")
    dialog = screen.undo_last()
    text = dialog.named_label.text()
    assert "Zoë Yılmaz" in text and "this door has used its undo within the window" in text
    assert "this event has no PIN" in text and not dialog.ok_button.isEnabled()
    assert store.event().inside == 1
    dialog.reject()


def test_with_a_pin_the_dialog_says_the_pin_is_needed_and_the_prompt_follows(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    set_pin(store, "482913")
    store.update_event(undo_minutes=0)
    screen.scan_code("1003")
    dialog = screen.undo_last()
    assert "Needs the supervisor PIN: it is older than the undo window" in dialog.named_label.text()
    assert dialog.ok_button.isEnabled()
    dialog.reason_field.setText("wrong badge")
    dialog.buttons.accepted.emit()
    prompt = screen.dialog
    assert prompt is not None and "Undoing this scan" in prompt.intro.text()
    assert store.event().inside == 1


def test_nothing_to_undo_is_said_before_anything_is_sent(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    dialog = screen.undo_last()
    assert "no entry, exit or count to take back" in dialog.named_label.text()
    assert not dialog.ok_button.isEnabled()
    assert store.scans() == []


def test_a_refused_undo_is_said_as_such_on_the_door(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    store.update_event(undo_minutes=0)  # every undo is past the window; no PIN is set
    screen.scan_code("1001")
    dialog = screen.undo_last()
    assert not dialog.ok_button.isEnabled()
    dialog.reason_field.setText("wrong badge")
    dialog.buttons.accepted.emit()  # sent all the same (a window that closed meanwhile)
    assert "Only a supervisor may" in screen.verdict_view.text
    assert store.event().inside == 1
    assert [(s.action, s.verdict) for s in store.scans()] == [
        ("scan", "admitted"),
        ("undo", "refused"),
    ]
