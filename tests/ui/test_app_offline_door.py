"""The app on a server event: the Door screen's door keeps scanning when the server stops.

Opened as a person does (the start screen, a postgresql:// address) in a real main
window; a private PostgreSQL cluster (tests/pgcluster.py) is stopped and started.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from checkin.models import GuestInput
from checkin.offline.door import OfflineDoor
from checkin.store import Store
from tests.pgcluster import PgCluster
from tests.ui.scanner_keys import burst
from ui.door.screen import DoorScreen
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import Tasks

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def _event(pg_cluster: PgCluster) -> str:
    url = pg_cluster.create_database()
    with Store.create(url, name="Zaal", capacity=20) as store:
        for i in range(6):
            store.add_guest(GuestInput(name=f"Gast {i}", code=f"C{i:03d}"))
    return url


def _window(qtbot: QtBot, settings: Settings, url: str) -> MainWindow:
    window = MainWindow(settings, Tasks(inline=True), door_first=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.start_screen.open_location(url)
    return window


def _door(window: MainWindow) -> tuple[DoorScreen, OfflineDoor]:
    screen = window.door_screen
    assert screen is not None and window.opened is not None
    door = window.opened.door
    assert isinstance(door, OfflineDoor) and screen.service is door
    return screen, door


def _scan(qtbot: QtBot, screen: DoorScreen, code: str) -> str:
    screen.activateWindow()
    burst(code, target=screen.scan_field)
    qtbot.waitUntil(
        lambda: code in screen.verdict_view.text or "Welcome" in screen.verdict_view.text,
        timeout=5000,
    )
    return screen.verdict_view.text


def test_the_door_scans_through_an_outage_and_sends_its_journal(
    qtbot: QtBot, pg_cluster: PgCluster, app_settings: Settings
) -> None:
    url = _event(pg_cluster)
    app_settings.door_name = "Hal"
    window = _window(qtbot, app_settings, url)
    screen, door = _door(window)
    # Its copy is in the app's data folder, one per event and door name.
    assert door.replica.path.parent == app_settings.data_dir / "doors"
    assert door.door == "Hal"

    text = _scan(qtbot, screen, "C000")
    assert "Welcome" in text and "offline" not in text
    screen.refresh()
    assert screen.link.text.startswith("● connected") and "share" in screen.link.text
    assert "last heard" in screen.link.text

    pg_cluster.stop("immediate")
    text = _scan(qtbot, screen, "C001")
    assert "Welcome" in text and "Decided offline" in text
    screen.refresh()
    assert "OFFLINE" in screen.link.text and "1 scan" in screen.link.text

    pg_cluster.start()
    qtbot.waitUntil(lambda: door.online and door.link().waiting == 0, timeout=20000)
    with Store.open(url) as server:
        assert {s.raw for s in server.scans()} >= {"C000", "C001"}
        assert server.counts()["inside"] == 2
    notices = window.door_notices
    assert notices is not None
    qtbot.waitUntil(lambda: any("Back online" in said for said in notices.said), timeout=5000)
    screen.refresh()
    qtbot.waitUntil(lambda: screen.link.text.startswith("● connected"), timeout=5000)


def test_a_door_connected_before_starts_offline_and_says_so(
    qtbot: QtBot, pg_cluster: PgCluster, app_settings: Settings
) -> None:
    url = _event(pg_cluster)
    app_settings.door_name = "Hal"
    window = _window(qtbot, app_settings, url)
    _door(window)
    # the door had its copy: the guest list; closed cleanly, it gave its share back
    window.close_store()

    pg_cluster.stop("immediate")
    window.start_screen.open_location(url)
    screen, door = _door(window)
    assert not door.online
    notices = window.door_notices
    assert notices is not None and "started offline" in notices.said[0]
    assert door.link().share == 0
    screen.activateWindow()
    burst("C002", target=screen.scan_field)
    qtbot.waitUntil(lambda: "Decided offline" in screen.verdict_view.text, timeout=5000)
    assert "Gast 2" in screen.verdict_view.text  # known from the copy, turned away: full

    # A rename is this laptop's setting at once; the open door keeps its copy's name.
    screen.set_door_name("Zij-ingang")
    assert app_settings.door_name == "Zij-ingang" and door.door == "Hal"
    assert "from the next time" in notices.said[-1]
    window.close_store()


def test_a_door_never_connected_gets_one_clear_sentence(
    qtbot: QtBot, pg_cluster: PgCluster, app_settings: Settings
) -> None:
    url = _event(pg_cluster)
    pg_cluster.stop("immediate")
    window = _window(qtbot, app_settings, url)
    assert window.store is None and window.door_screen is None
    said = window.start_screen.problem.text()
    assert "never been connected" in said and "offline" in said
