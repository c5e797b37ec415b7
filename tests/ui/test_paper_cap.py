"""The Guests screen's "check in from the paper list" is no way past the cap (issue 24): the
time defaults to now, and a tick is judged by the cap of its own time like any scan.

The store fixture: capacity 3, guests 1001..1005 (1005 Piet Klaassen cancelled).
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from checkin.door import DoorService
from checkin.store import Store
from tests.ui.test_guests import make_page
from ui.guests import PaperCheckInDialog
from ui.settings import Settings
from ui.tasks import Tasks


def test_a_paper_tick_into_a_full_room_is_refused(
    qtbot: QtBot, store: Store, app_settings: Settings, inline_tasks: Tasks
) -> None:
    door = DoorService(store, "Hoofdingang")
    for code in ("1001", "1002", "1003"):
        door.scan(code)
    assert store.event().inside == 3
    page = make_page(qtbot, store, app_settings, inline_tasks)
    soren = store.guest_by_code("1004")
    assert soren is not None
    page.select(soren.id)
    for _attempt in range(3):  # again and again, as the attacker did
        dialog = page.open_paper_check_in()
        assert isinstance(dialog, PaperCheckInDialog)  # the time is now by default
        with qtbot.waitSignal(dialog.checked_in):
            dialog.check_in()
        assert page.message.text() == "Not checked in: the room is full (3 of 3 inside)."
    assert store.event().inside == 3
    assert store.guest(4).presence.value == "not_arrived"
    assert [s.verdict for s in store.scans()][-3:] == ["full"] * 3
