"""A Door screen on a store, built as the main window builds it for a file event: a
``DoorService`` on the store as its door, and where the event is kept for its header."""

from __future__ import annotations

from typing import Any

from checkin.door import DoorService
from checkin.store import Store
from ui.door.screen import DoorScreen
from ui.door.where import Where


def door_screen(store: Store, door_name: str = "", **options: Any) -> DoorScreen:
    return DoorScreen(
        DoorService(store, door=door_name.strip()),
        Where(store.location, store.display),
        **options,
    )
