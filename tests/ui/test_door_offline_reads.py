"""The Door screen on an offline-capable door whose server stopped hard: F2 finds guests and
F6 lists who is inside, both read from the door's own copy and saying so, and the kiosk's
PIN gate asks the PIN the copy holds.

A private PostgreSQL cluster (tests/pgcluster.py), stopped in the middle.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from checkin.models import GuestInput
from checkin.offline.door import OfflineDoor
from checkin.pin import set_pin
from checkin.store import Store
from tests.pgcluster import PgCluster
from tests.ui.scanner_keys import burst
from tests.ui.test_pin_dialog import type_pin
from ui.door.screen import DoorScreen
from ui.door.where import Where
from ui.pin_dialog import PinDialog
from ui.worker import StoreWorker

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def test_search_and_the_inside_list_answer_from_the_copy(
    qtbot: QtBot, pg_cluster: PgCluster, tmp_path: Path
) -> None:
    url = pg_cluster.create_database()
    with Store.create(url, name="Zaal", capacity=20) as store:
        for i, club in enumerate(("Zeil", "Roei", "Dans", "Zang", "Schaak", "Voetbal")):
            store.add_guest(
                GuestInput(name=f"Gast {i}", organisation=f"{club}club", code=f"C{i:03d}")
            )
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
        # connected: the server answers, and nothing says "copy"
        screen.focus_search()
        screen.search.search_field.setText("zeilclub")
        assert [g.code for g in screen.search.results_model.guests] == ["C000"]
        assert screen.search.copy_label.isHidden()
        screen.close_search()

        pg_cluster.stop("immediate")
        burst("C001", target=screen.scan_field)
        assert "Decided offline" in screen.verdict_view.text

        screen.focus_search()  # F2
        screen.search.search_field.setText("roeiclub")
        panel = screen.search
        assert [g.code for g in panel.results_model.guests] == ["C001"]
        shown = panel.results_model.data(panel.results_model.index(0, 0))
        assert shown == "Gast 1 · Roeiclub · inside"  # the offline admission, from the copy
        assert panel.copy_label.isVisibleTo(screen)
        assert "own copy" in panel.copy_label.text()
        assert screen.message_label.text() == ""  # no error instead of an answer
        screen.close_search()

        window = screen.open_inside()  # F6
        assert window is not None
        names = [r.name for r in window.model.rows]
        assert sorted(names) == ["Gast 0", "Gast 1"]
        assert window.summary_label.text().startswith("2 people inside: 2 guests")
        assert "own copy" in window.summary_label.text()
        assert window.message_label.text() == ""
        window.close()
        assert not door.online
    finally:
        door.close()


def test_the_kiosk_asks_the_pin_the_copy_holds(
    qtbot: QtBot, pg_cluster: PgCluster, tmp_path: Path
) -> None:
    url = pg_cluster.create_database()
    with Store.create(url, name="Zaal", capacity=20) as store:
        store.add_guest(GuestInput(name="Gast 0", code="C000"))
        set_pin(store, "480517")
    door = OfflineDoor(url, "Hal", tmp_path / "hal", background=False)
    try:
        door.flush()
        screen = DoorScreen(
            door,
            Where(url, door.display),
            sounds=False,
            kiosk=True,
            worker=StoreWorker(inline=True),
        )
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitExposed(screen)
        pg_cluster.stop("immediate")
        burst("C000", target=screen.scan_field)
        assert "Decided offline" in screen.verdict_view.text
        assert screen.open_inside() is None  # the PIN is asked first
        prompt = screen.pin_dialog
        assert isinstance(prompt, PinDialog) and prompt.isVisible()
        type_pin(qtbot, prompt, "111111")  # wrong: refused by the copy, the gate stays shut
        assert screen.inside_window is None
        type_pin(qtbot, prompt, "480517")
        qtbot.waitUntil(
            lambda: screen.inside_window is not None and screen.inside_window.isVisible(),
            timeout=5000,
        )
        window = screen.inside_window
        assert window is not None and [r.name for r in window.model.rows] == ["Gast 0"]
    finally:
        door.close()
