"""Fixtures for the desktop app's tests: isolated settings, inline tasks, the demo event."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from pytestqt.qtbot import QtBot

from checkin.store import Store
from ui.settings import Settings
from ui.worker import StoreWorker

if TYPE_CHECKING:
    from ui.door.screen import DoorScreen
from ui.tasks import Tasks

DEMO_NOW = datetime(2021, 6, 18, 17, 30, tzinfo=UTC)


@pytest.fixture
def screen(qtbot: QtBot, store: Store) -> Iterator[DoorScreen]:
    from tests.ui.doors import door_screen

    """A Door screen for door "Main" on the core `store` fixture, shown, the scan field focused."""
    widget = door_screen(store, door_name="Main", sounds=False, worker=StoreWorker(inline=True))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.scan_field.hasFocus())
    yield widget


@pytest.fixture(autouse=True)
def _no_scanner_left_behind() -> Iterator[None]:
    """A Door screen deleted later (deleteLater) must not hold the next test's keys."""
    yield
    from ui.door.scanner import ScannerInput

    ScannerInput.uninstall_all()


@pytest.fixture
def app_settings(tmp_path: Path) -> Settings:
    """Settings in a data folder of the test's own, in English whatever the machine's locale."""
    settings = Settings(tmp_path / "data")
    settings.language = "en"
    settings.sounds = False
    return settings


@pytest.fixture
def inline_tasks() -> Tasks:
    return Tasks(inline=True)


@pytest.fixture
def demo_store(tmp_path: Path) -> Iterator[Store]:
    from checkin.demo import build_demo

    store = build_demo(tmp_path / "demo.checkin", now=DEMO_NOW)
    yield store
    store.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform (tests only) cannot pass a window's size limits on and says so
    # whenever a layout changes a window's size; a real screen has no such message.
    marker = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(marker)
