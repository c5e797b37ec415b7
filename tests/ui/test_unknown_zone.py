"""An event whose time zone this laptop does not know still opens, in the default zone."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from checkin import zones
from checkin.store import Store
from ui.door.words import local_time
from ui.guests import GuestTableModel, event_zone
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import Tasks
from ui.window_parts import retention_reminder


def test_an_unknown_zone_never_stops_the_window(
    qtbot: QtBot, store: Store, app_settings: Settings
) -> None:
    store.update_event(timezone="Mars/Olympus_Mons")  # written by a laptop that knew it
    parent = QWidget()
    qtbot.addWidget(parent)
    retention_reminder(parent, store)  # reads "today" at the event: no ZoneInfoNotFoundError
    window = MainWindow(app_settings, Tasks(inline=True), store=store)  # opens on Guests
    qtbot.addWidget(window)
    assert window.guests_page is not None
    assert event_zone(store.event()) == zones.fallback()
    assert GuestTableModel().zone == zones.fallback()
    summer = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
    assert local_time(summer, "Mars/Olympus_Mons") == "14:00"  # Amsterdam's summer time
