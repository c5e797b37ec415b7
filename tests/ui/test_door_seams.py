"""Small seams of the Door screen: the link strip names the server only for an event on a
server (a door on a .checkin file has no server to have heard from); F6 after the inside
list was closed opens a new one."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from checkin.door import LinkState
from ui.door.screen import DoorScreen
from ui.door.status import LinkStrip

SEEN = datetime(2021, 6, 18, 17, 5, tzinfo=UTC)


def test_a_door_on_a_file_never_says_when_the_server_was_last_heard(
    qtbot: QtBot, screen: DoorScreen
) -> None:
    screen.refresh()
    assert screen.link.text.startswith("● connected")
    assert screen.link.state is not None and screen.link.state.last_contact is not None
    assert "server" not in screen.link.text and ":" not in screen.link.text


def test_a_server_event_says_when_its_server_was_last_heard(qtbot: QtBot) -> None:
    strip = LinkStrip("Europe/Amsterdam", server=True)
    qtbot.addWidget(strip)
    strip.show_link(LinkState(online=False, share=4, waiting=2, last_contact=SEEN))
    assert strip.text.endswith("server last heard 19:05")
    on_file = LinkStrip("Europe/Amsterdam", server=False)
    qtbot.addWidget(on_file)
    on_file.show_link(LinkState(online=True, share=None, waiting=0, last_contact=SEEN))
    assert on_file.text == "● connected"


def test_f6_after_the_inside_list_was_closed_opens_a_new_one(
    qtbot: QtBot, screen: DoorScreen
) -> None:
    """A closed list is deleted (WA_DeleteOnClose); F6 again must not touch it."""
    first = screen.open_inside()
    assert first is not None
    first.close()
    qtbot.wait(20)  # deleteLater runs
    second = screen.open_inside()
    assert second is not None and second is not first and second.isVisible()
    second.close()
