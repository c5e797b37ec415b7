"""Where the Door screen's event is kept: a plain value the window makes from the store.

The Door screen is given a door (``checkin.door.Door``), not the store: what it reads
goes through the door, answered by the door's own copy when the server is away. All it
needs of the store is where it is, for its header ("Server: …" or "File: …") and to
name the event in the badge printer's ledger.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.location import is_server_url


@dataclass(frozen=True)
class Where:
    """``location``: the event's file or server URL; ``display``: the same as shown to a
    person (a server's password left out)."""

    location: str
    display: str

    @property
    def server(self) -> bool:
        return is_server_url(self.location)
