"""Issue 8 and the queue of issue 9: two Door screens on one real event file.

The store fixture: capacity 3, guests 1001..1005 (1005 cancelled).
"""

from __future__ import annotations

from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from checkin.door import DoorService
from checkin.store import Store
from tests.ui.doors import door_screen
from ui.door.build import REFRESH_MS
from ui.door.screen import DoorScreen
from ui.worker import StoreWorker


@pytest.fixture
def second_store(store: Store) -> Iterator[Store]:
    """The same event file opened again, as a second laptop or window would."""
    other = Store.open(store.location)
    yield other
    other.close()


def make_screen(qtbot: QtBot, store: Store, name: str) -> DoorScreen:
    screen = door_screen(store, worker=StoreWorker(inline=True), door_name=name, sounds=False)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    return screen


def test_a_scan_at_one_door_shows_at_the_other(
    qtbot: QtBot, store: Store, second_store: Store
) -> None:
    main = make_screen(qtbot, store, "Main")
    side = make_screen(qtbot, second_store, "Side entrance")
    assert main.headcount.store_label.text() == "File: event.checkin"
    assert not side.headcount.others_label.isVisibleTo(side)
    main.scan_code("1001")
    main.scan_code("1002")
    assert side.headcount.headcount_label.text() == "0 / 3 inside"  # not yet refreshed
    side.refresh()
    assert side.headcount.headcount_label.text() == "2 / 3 inside"
    strip = side.headcount.others_label.text().splitlines()
    assert strip[0] == "Other doors"
    assert strip[1].endswith("Main  in  Zoë Yılmaz")  # newest first
    assert strip[2].endswith("Main  in  Anna van den Berg")
    # The time is the event's local time (Amsterdam), not UTC.
    at = store.scans()[-1].at.astimezone(ZoneInfo(store.event().timezone))
    assert strip[1].startswith(f"{at:%H:%M}  Main")
    assert side.headcount.others_label.isVisibleTo(side)
    # A door never lists its own scans among the others.
    side.scan_code("1003")
    main.refresh()
    assert "Side entrance  in  Jan de Vries" in main.headcount.others_label.text()
    assert "Main" not in main.headcount.others_label.text()
    assert "Side entrance" not in side.headcount.others_label.text().split("\n", 1)[1]


def test_the_strip_keeps_the_latest_five_and_the_timer_refreshes_it(
    qtbot: QtBot, store: Store, second_store: Store
) -> None:
    side = make_screen(qtbot, second_store, "Side")
    for code in ("1001", "1002", "1003"):
        DoorService(store, "Main").scan(code)
    for code in ("1001", "1002", "1003"):
        DoorService(store, "Main").scan(code, exit=True)
    DoorService(store, "Main").scan("9999")
    qtbot.waitUntil(
        lambda: (
            side.headcount.headcount_label.text() == "0 / 3 inside"
            and "unknown" in side.headcount.others_label.text()
        ),
        timeout=REFRESH_MS * 3,
    )
    lines = side.headcount.others_label.text().splitlines()[1:]
    assert len(lines) == 5
    assert "unknown" in lines[0]
    assert "out" in lines[1] and "Jan de Vries" in lines[1]


def test_turned_away_count_then_room_for_banner_until_the_next_admission(
    qtbot: QtBot, store: Store
) -> None:
    screen = make_screen(qtbot, store, "Main")
    for code in ("1001", "1002", "1003"):
        screen.scan_code(code)
    assert screen.headcount.queue_label.isVisibleTo(screen)
    assert screen.headcount.queue_label.text() == "0 turned away since the room filled"
    screen.scan_code("1004")
    screen.scan_code("1004")
    assert screen.headcount.queue_label.text() == "2 turned away since the room filled"
    assert not screen.room_banner.isVisibleTo(screen)
    # Someone leaves at another door: the banner comes up at the next refresh.
    DoorService(store, "Back").scan("1002", exit=True)
    screen.refresh()
    assert screen.room_banner.isVisibleTo(screen)
    assert "ROOM FOR 1" in screen.room_banner.text()
    assert "2 turned away while full" in screen.room_banner.text()
    assert not screen.headcount.queue_label.isVisibleTo(screen)
    # It stays through refreshes and refusals, then goes with the next admission.
    screen.refresh()
    screen.scan_code("1005")  # cancelled: no admission
    assert screen.room_banner.isVisibleTo(screen)
    screen.scan_code("1004")
    assert not screen.room_banner.isVisibleTo(screen)
    assert screen.headcount.queue_label.isVisibleTo(screen)  # full again


def test_room_for_two_then_one_then_full_again(qtbot: QtBot, store: Store) -> None:
    screen = make_screen(qtbot, store, "Main")
    for code in ("1001", "1002", "1003", "1004"):  # 1004 is turned away
        screen.scan_code(code)
    screen.set_exit_mode(True)
    screen.scan_code("1001")
    screen.scan_code("1002")
    assert "ROOM FOR 2" in screen.room_banner.text()
    assert "1 turned away while full" in screen.room_banner.text()
    assert screen.room_banner.isVisibleTo(screen)
    screen.set_exit_mode(False)
    screen.scan_code("1004")
    assert "ROOM FOR 1" in screen.room_banner.text()  # still room, still remembered
    screen.scan_code("1001")
    assert not screen.room_banner.isVisibleTo(screen)  # full again
    assert store.event().inside == 3


def test_a_room_that_never_filled_shows_no_banner(qtbot: QtBot, store: Store) -> None:
    screen = make_screen(qtbot, store, "Main")
    screen.scan_code("1001")
    screen.set_exit_mode(True)
    screen.scan_code("1001")
    assert not screen.room_banner.isVisibleTo(screen)
    assert not screen.headcount.queue_label.isVisibleTo(screen)


def test_a_screen_opened_after_the_room_emptied_a_little_shows_the_banner(
    qtbot: QtBot, store: Store
) -> None:
    for code in ("1001", "1002", "1003"):
        DoorService(store, "Main").scan(code)
    DoorService(store, "Main").scan("1004")
    DoorService(store, "Main").scan("1003", exit=True)
    screen = make_screen(qtbot, store, "Late laptop")
    assert "ROOM FOR 1" in screen.room_banner.text()
    assert screen.room_banner.isVisibleTo(screen)
