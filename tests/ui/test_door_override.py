"""Issue 15 at the Door screen: override, undo with a reason, the walk-in match, the pending and
revoked verdicts, the PIN backoff; and the offline status strip and the inside list's place.

The store fixture: capacity 3, guests 1001..1005 (1005 Piet Klaassen cancelled).
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from checkin.door import DoorService, LinkState
from checkin.models import GuestInput
from checkin.pin import set_pin
from checkin.store import Store
from tests.ui.scanner_keys import burst
from ui.door.dialogs import ReasonDialog
from ui.door.screen import DoorScreen
from ui.door.status import LinkStrip
from ui.pin_dialog import PinDialog


def test_an_override_lets_a_cancelled_guest_in_with_a_reason_and_the_pin(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    set_pin(store, "2468")
    burst("1005")
    assert "Cancelled" in screen.verdict_view.text
    assert screen.override_button.isVisibleTo(screen)
    qtbot.mouseClick(screen.override_button, Qt.MouseButton.LeftButton)
    dialog = screen.dialog
    assert isinstance(dialog, ReasonDialog)
    assert "Piet Klaassen" in dialog.intro.text()
    dialog.reason_field.setText("on the speakers' list after all")
    dialog.buttons.accepted.emit()
    prompt = screen.dialog
    assert isinstance(prompt, PinDialog)  # the service wants the PIN
    prompt.pin_field.setText("2468")
    with qtbot.waitSignal(screen.changed):
        prompt.buttons.accepted.emit()
    assert "Welcome" in screen.verdict_view.text
    assert "Override: on the speakers' list after all" in screen.verdict_view.text
    last = store.scans()[-1]
    assert (last.verdict, last.override, last.reason) == (
        "admitted",
        True,
        "on the speakers' list after all",
    )
    assert not screen.override_button.isVisibleTo(screen)


def test_five_wrong_pins_say_how_long_to_wait(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    set_pin(store, "2468")
    dialog = screen.open_capacity()
    dialog.new_field.setText("10")
    dialog.buttons.accepted.emit()
    prompt = screen.dialog
    assert isinstance(prompt, PinDialog)
    for _ in range(6):
        prompt.pin_field.setText("1111")
        prompt.buttons.accepted.emit()
    assert "Too many wrong PINs: wait" in prompt.problem.text()
    assert store.event().capacity == 3


def test_pending_and_revoked_badges_say_why(qtbot: QtBot, screen: DoorScreen, store: Store) -> None:
    store.add_guest(GuestInput(name="Wachtlijst Willem", code="3001", pending=True))
    burst("3001")
    assert "Not confirmed" in screen.verdict_view.text
    assert screen.override_button.isVisibleTo(screen)
    DoorService(store, door="Desk").reissue("1002")
    burst("1002")
    assert "Old badge" in screen.verdict_view.text
    assert "replaced" in screen.verdict_view.text
    assert screen.override_button.isVisibleTo(screen)


def test_a_walk_in_who_is_on_the_list_is_asked_about(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    store.add_guest(
        GuestInput(
            first_name="Jan", last_name="Jansen", code="4001", organisation="Gemeente Amsterdam"
        )
    )
    dialog = screen.open_walk_in()
    dialog.name_field.setText("Jan Jansen")
    dialog.buttons.accepted.emit()
    assert "Is this Jan Jansen (Gemeente Amsterdam)?" in dialog.problem.text()
    assert dialog.isVisible() and dialog.yes_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.yes_button, Qt.MouseButton.LeftButton)
    assert "Welcome" in screen.verdict_view.text and "Jan Jansen" in screen.verdict_view.text
    assert not any(g.walk_in for g in store.guests())
    dialog = screen.open_walk_in()
    dialog.name_field.setText("Anna van den Berg")
    dialog.buttons.accepted.emit()
    qtbot.mouseClick(dialog.no_button, Qt.MouseButton.LeftButton)  # a namesake
    assert [g.name for g in store.guests() if g.walk_in] == ["Anna van den Berg"]


def test_the_link_strip_shows_connected_offline_share_and_waiting(qtbot: QtBot) -> None:
    strip = LinkStrip("Europe/Amsterdam")
    qtbot.addWidget(strip)
    seen = datetime(2021, 6, 18, 17, 5, tzinfo=UTC)
    strip.show_link(LinkState(online=True, share=None, waiting=0, last_contact=seen))
    assert strip.text == "● connected  ·  server last heard 19:05"
    strip.show_link(LinkState(online=False, share=4, waiting=2, last_contact=seen))
    assert "OFFLINE" in strip.text
    assert "4 place" in strip.text and "2 scan" in strip.text
    assert "19:05" in strip.text


def test_the_door_shows_its_link(qtbot: QtBot, screen: DoorScreen) -> None:
    screen.refresh()
    assert screen.link.text.startswith("● connected")


def test_the_inside_list_never_covers_the_verdict(qtbot: QtBot, screen: DoorScreen) -> None:
    screen.resize(640, 480)  # the offscreen screen is 800×800: room below the door
    screen.move(0, 0)
    window = screen.open_inside()
    assert window is not None
    qtbot.waitExposed(window)
    verdict = screen.verdict_view
    top_left = verdict.mapToGlobal(verdict.rect().topLeft())
    verdict_rect = verdict.rect().translated(top_left)
    assert not window.frameGeometry().intersects(verdict_rect)
    assert screen.screen().availableGeometry().contains(window.frameGeometry())
    assert window.table.height() > 6 * window.table.verticalHeader().defaultSectionSize()
    assert screen.scan_field.hasFocus() or window.testAttribute(
        Qt.WidgetAttribute.WA_ShowWithoutActivating
    )


def test_renaming_the_door_needs_the_pin_when_the_event_has_one(
    qtbot: QtBot, screen: DoorScreen, store: Store
) -> None:
    set_pin(store, "2468")
    dialog = screen.open_door_name()
    dialog.new_field.setText("Side entrance")
    dialog.buttons.accepted.emit()
    prompt = screen.dialog
    assert isinstance(prompt, PinDialog) and "Renaming" in prompt.intro.text()
    prompt.pin_field.setText("1111")
    prompt.buttons.accepted.emit()
    assert "Wrong PIN" in prompt.problem.text()
    assert screen.door_name == "Main"
    prompt.pin_field.setText("2468")
    prompt.buttons.accepted.emit()
    assert screen.door_name == "Side entrance"
    assert screen.pin_dialog is None
