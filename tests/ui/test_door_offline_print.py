"""The Door screen with no store at all: a door and where the event is kept. Its server
stopped hard, it still decides scans from the door's own copy, and its desk printer
still prints each admitted guest's badge (a real cups-pdf queue, the PDF's QR code
decoded): the event (name, badge design) and, for "Print again", the guest come from
the copy too. A source guard keeps the screen and the desk off the store.

A private PostgreSQL cluster (tests/pgcluster.py), stopped in the middle.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from checkin.models import GuestInput
from checkin.offline.door import OfflineDoor
from checkin.printing import JobState
from checkin.store import Store
from tests.pgcluster import PgCluster
from tests.printers import printed, private_queue, qr_codes
from tests.ui.scanner_keys import burst
from ui.desk import DeskPanel
from ui.door.screen import DoorScreen
from ui.door.where import Where
from ui.settings import Settings
from ui.worker import StoreWorker

ROOT = Path(__file__).resolve().parents[2]
DESIGN = {"accent": "#1f6f43", "role_band": False}


@pytest.fixture
def queue() -> Iterator[str]:
    yield from private_queue()


def sent(panel: DeskPanel) -> dict[str, str]:
    """The badges sent to the printer: job -> the guest's code."""
    return {j.job: j.code for j in panel.jobs.values() if j.state == JobState.SENT}


def shown(qtbot: QtBot, screen: DoorScreen) -> DoorScreen:
    qtbot.addWidget(screen)
    screen.resize(1100, 760)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    return screen


@pytest.mark.postgres
@pytest.mark.slow
def test_with_the_server_stopped_a_screen_without_a_store_decides_and_prints_the_badge(
    qtbot: QtBot, pg_cluster: PgCluster, tmp_path: Path, app_settings: Settings, queue: str
) -> None:
    url = pg_cluster.create_database()
    with Store.create(url, name="Zomerfeest", capacity=20) as store:
        store.update_event(badge_design=DESIGN)
        store.add_guest(GuestInput(name="Anna de Wit", code="C000"))
        store.add_guest(GuestInput(name="Bram Smit", code="C001"))
    door = OfflineDoor(url, "Hal", tmp_path / "hal", background=False)
    try:
        door.flush()
        where = Where(url, door.display)
        # Opened while connected, as at the start of the day: the screen reads the event.
        first = shown(qtbot, DoorScreen(door, where, sounds=False, worker=StoreWorker(inline=True)))
        assert first.headcount.store_label.text().startswith("Server: ")
        first.close()

        pg_cluster.stop("immediate")
        app_settings.desk = (True, queue, "label-62mm")
        # Opened again with the server gone: the event and the badge's design from the copy.
        screen = shown(
            qtbot,
            DoorScreen(
                door, where, sounds=False, worker=StoreWorker(inline=True), settings=app_settings
            ),
        )
        assert screen.desk is not None
        panel = screen.desk
        qtbot.waitUntil(lambda: panel.printer.known_event is not None, timeout=10_000)
        event = panel.printer.known_event
        assert event is not None
        assert (event.name, event.badge_design) == ("Zomerfeest", DESIGN)
        assert panel.left_over.isHidden()  # no "could not be read" instead of the event

        burst("C001", target=screen.scan_field)
        assert "Decided offline" in screen.verdict_view.text
        assert "Bram Smit" in screen.verdict_view.text
        assert not door.online
        qtbot.waitUntil(lambda: len(sent(panel)) == 1, timeout=20_000)
        (job,) = sent(panel)
        assert qr_codes(printed(job)) == [["C001"]]

        # "Print again": the guest read from the copy, as the server does not answer.
        qtbot.waitUntil(lambda: panel.badges.count() == 1, timeout=5_000)
        panel.badges.item(0).setSelected(True)
        assert panel.reprint_button.isEnabled()
        panel.reprint_button.click()
        qtbot.waitUntil(lambda: bool(set(sent(panel)) - {job}), timeout=20_000)
        (again,) = set(sent(panel)) - {job}
        assert qr_codes(printed(again)) == [["C001"]]
        assert panel.left_over.isHidden()
        screen.close()
    finally:
        door.close()


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add("." * node.level + node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_door_screen_and_the_desk_import_nothing_of_the_store() -> None:
    """Not even for a type: what they read goes through the door, which an offline door
    answers from its copy; a store here would fail, or hang, when the server is away."""
    files = sorted((ROOT / "ui" / "door").glob("*.py")) + sorted(
        (ROOT / "ui" / "desk").glob("*.py")
    )
    assert len(files) > 20
    for path in files:
        store = {
            m for m in _imports(path) if m == "checkin.store" or m.startswith("checkin.store.")
        }
        assert not store, f"{path.relative_to(ROOT)} imports {sorted(store)}"
