"""The Door screen on an offline-capable door (checkin.offline): same flow, and the link strip
shows this door's share, its scans waiting to be sent, and OFFLINE when the server is gone.

A private PostgreSQL cluster (tests/pgcluster.py), stopped in the middle.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from checkin.models import GuestInput
from checkin.offline.door import OfflineDoor
from checkin.store import Store
from tests.pgcluster import PgCluster
from tests.ui.scanner_keys import burst
from ui.door.screen import DoorScreen
from ui.door.where import Where
from ui.worker import StoreWorker

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_the_door_keeps_scanning_offline_and_says_so(
    qtbot: QtBot, pg_cluster: PgCluster, tmp_path: Path
) -> None:
    url = pg_cluster.create_database()
    with Store.create(url, name="Zaal", capacity=20) as store:
        for i in range(6):
            store.add_guest(GuestInput(name=f"Gast {i}", code=f"C{i:03d}"))
    door = OfflineDoor(url, "Hal", tmp_path / "hal", background=False)
    try:
        door.flush()
        screen = DoorScreen(
            door, Where(url, door.display), sounds=False, worker=StoreWorker(inline=True)
        )
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        burst("C000", target=screen.scan_field)
        assert "Welcome" in screen.verdict_view.text
        screen.refresh()
        assert screen.link.text.startswith("● connected")
        assert "share" in screen.link.text
        pg_cluster.stop("immediate")
        burst("C001", target=screen.scan_field)
        assert "Welcome" in screen.verdict_view.text
        assert "Decided offline" in screen.verdict_view.text
        screen.refresh()
        assert "OFFLINE" in screen.link.text
        assert "1 scan" in screen.link.text  # waiting to be sent
    finally:
        door.close()
