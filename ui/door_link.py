"""A server event's door keeps scanning when the server does not answer (checkin.offline).

Opening a ``postgresql://`` event in the app gives the Door screen an
:class:`checkin.offline.door.OfflineDoor` as its door: it decides on the server
while connected and on its own copy (guest list, journal, share of the places)
when the server is gone, and sends its journal when the server is back. The copy
lives in the app's data folder (``--data-dir``, else the platform's), one per
event and door name (``doors/<door>-<hash>.replica``).

- A door that was connected before starts offline when the server is down at
  start; the other pages (Guests, Badges, Export, Settings) then get a store that
  connects when the server answers again, and say "not connected" until then.
- A door never connected to that server cannot start offline (it has no guest
  list): the opening fails with the core's sentence (``NeverConnected``).
- The door's name is this laptop's setting; without one the computer's name is
  used, since the name is the door's identity on the server (two laptops with one
  name would share one share). A door renamed while the event is open keeps
  logging under the name it opened with until the event is opened again: its copy,
  journal and share belong to that name.

Everything here that touches the network runs on a pool thread (the start
screen's tasks), never on the UI thread.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from checkin.location import is_server_url
from checkin.offline.notices import Notice, NoticeKind

from .kit.text import fill

if TYPE_CHECKING:
    from checkin.offline.door import OfflineDoor
    from checkin.store import Store

    from .door.screen import DoorScreen
    from .settings import Settings

NOTICES_MS = 1000  # how often the door's own remarks ("Back online: …") are looked for


def door_identity(name: str) -> str:
    """The door's name on the server: this laptop's door name, else the computer's."""
    return name.strip() or platform.node().strip() or "Door"


@dataclass
class OpenedEvent:
    """An open event, with its offline-capable door when it lives on a server."""

    store: Store
    door: OfflineDoor | None = None
    started_offline: bool = False

    def close(self) -> None:
        if self.door is not None:
            self.door.close()
        self.store.close()


def _app_door(location: str, name: str, data_dir: Path) -> OfflineDoor:
    from checkin.offline.door import OfflineDoor

    class AppDoor(OfflineDoor):
        """The offline door, whose name stays the one it opened with (see above)."""

        @property
        def door(self) -> str:
            return self._opened_as

        @door.setter
        def door(self, name: str) -> None:
            if not hasattr(self, "_opened_as"):
                self._opened_as = name
            self.renamed_to = name  # used when the event is opened again

    return AppDoor(location, name, data_dir)


def with_door(store: Store, data_dir: Path, door_name: str) -> OpenedEvent:
    """``store`` (just opened or created) and, for a server event, its door. Pool thread."""
    if not store.is_server:
        return OpenedEvent(store)
    try:
        door = _app_door(store.location, door_identity(door_name), data_dir)
    except BaseException:
        store.close()
        raise
    return OpenedEvent(store, door, started_offline=not door.online)


def open_event(location: str, data_dir: Path, door_name: str) -> OpenedEvent:
    """Open the event at ``location``; a server event with its door, also when the server
    is down and this door was connected before. Pool thread."""
    from checkin.errors import StoreUnavailable
    from checkin.store import Store

    if not is_server_url(location):
        return OpenedEvent(Store.open(location))
    # The door first: it knows whether it may start without the server (NeverConnected).
    door = _app_door(location, door_identity(door_name), data_dir)
    try:
        store = Store.open(location)
    except StoreUnavailable:
        store = _connect_later(location)
    except BaseException:
        door.close()
        raise
    return OpenedEvent(store, door, started_offline=not door.online)


def _connect_later(location: str) -> Store:
    """A store for a server that is down: it connects on its first call once the server
    is back (the pages' reads say "not connected" until then). The event was checked by
    this door when it was last connected (its copy names the event's tag)."""
    from checkin.store import Store

    return Store.connect_later(location)


class DoorNotices(QObject):
    """Shows on the Door screen what the offline door says once (started offline,
    "Back online: 12 scans sent to the server", a released share), as it happens."""

    def __init__(
        self,
        door: OfflineDoor,
        screen: DoorScreen,
        started_offline: bool,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(screen)
        self.door = door
        self.screen = screen
        self.settings = settings
        screen.door_name_changed.connect(self._renamed)
        self.said: list[str] = []
        # The door's own "starts offline" remark is replaced by the translated one below.
        self._seen = len(door.notices) if started_offline else 0
        if started_offline:
            room = door.replica.room()
            self.say(
                fill(
                    self.tr(
                        "The server %1 does not answer: this door started offline on its own copy "
                        "(%2 guests, %3 places at this door). Scans are sent when it is back."
                    ),
                    door.display,
                    door.replica.guests(),
                    room.share,
                )
            )
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.timer.start(NOTICES_MS)

    def poll(self) -> None:
        notices = self.door.notices  # a list the door only appends to: read, never changed
        fresh, self._seen = notices[self._seen :], len(notices)
        for notice in fresh:
            self.say(self.words(notice))

    def words(self, notice: Notice) -> str:
        """The door's notice in the screen's language."""
        kind = notice.kind
        if kind is NoticeKind.STARTED_OFFLINE:
            return fill(
                self.tr(
                    "The server %1 does not answer: this door started offline on its own copy "
                    "(%2 guests, %3 places at this door). Scans are sent when it is back."
                ),
                notice.server,
                notice.guests,
                notice.share,
            )
        if kind is NoticeKind.SENDING:
            return fill(
                self.tr(
                    "Sending this door's journal to %1 (%n scan(s)); until then "
                    "the door decides on its own copy.",
                    "",
                    notice.count,
                ),
                notice.server,
            )
        if kind is NoticeKind.LOST:
            return self.tr(
                "The server lost %n scan(s) of this door (restored from a "
                "backup?); they are sent again.",
                "",
                notice.count,
            )
        if kind is NoticeKind.RESTORED:
            return self.tr(
                "This door's copy is older than the server had heard it (put back from a "
                "backup or a snapshot?): its scans are counted, and the room may have gone "
                "over its cap. The server now sets this door's places."
            )
        if kind is NoticeKind.RELEASED:
            return self.tr(
                "A supervisor had released this door's places; it holds a new share now."
            )
        text = self.tr("Back online: %n scan(s) sent to the server.", "", notice.count)
        if notice.flagged:
            text += " " + self.tr(
                "%n badge(s) used at two doors while apart: flagged in the log.", "", notice.flagged
            )
        if notice.overshoot:
            text += " " + self.tr("The room went %n over its cap.", "", notice.overshoot)
        if notice.refused:
            text += " " + fill(
                self.tr(
                    "The server could not take %n scan(s); they are counted as the door said: %1",
                    "",
                    len(notice.refused),
                ),
                "; ".join(notice.refused),
            )
        return text

    def _renamed(self, _name: str) -> None:
        """A rename keeps this laptop's setting, and the open door its name (see above)."""
        wanted = getattr(self.door, "renamed_to", None)
        if not isinstance(wanted, str) or not wanted.strip() or wanted == self.door.door:
            return
        if self.settings is not None:
            self.settings.door_name = wanted.strip()
        self.say(
            fill(
                self.tr(
                    "This door is called %1 from the next time the event is opened; until then its "
                    "scans are logged as %2 (its offline copy and share belong to that name)."
                ),
                wanted.strip(),
                self.door.door,
            )
        )

    def say(self, text: str) -> None:
        self.said.append(text)
        self.screen.show_message(text)
