"""What the door reads between scans, as frozen values: its search and who is inside.

Both come from the door's books: the event store while connected, the door's own
copy offline. ``from_copy`` says which, so the screen can say that a list read
from the copy may miss what other doors did since this door last heard the server.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from checkin.models import Event, Guest

if TYPE_CHECKING:  # reports loads openpyxl and ReportLab: only when a list is read
    from checkin.documents.reports import InsideRow


@dataclass(frozen=True)
class Found:
    """Guests whose name, organisation, email or code hold every word typed."""

    guests: tuple[Guest, ...]
    from_copy: bool = False


@dataclass(frozen=True)
class InsideList:
    """Everyone inside now in door-list order, and the people counted in without a name."""

    rows: tuple[InsideRow, ...]
    counter: int
    event: Event
    from_copy: bool = False

    @property
    def people(self) -> int:
        """The guests inside with the companions who came in with them."""
        return sum(r.people for r in self.rows)
