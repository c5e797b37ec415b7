"""What every page of an open event needs, in one value passed through constructors.

The main window makes one :class:`Context` when an event opens and hands it to
each page (``GuestsPage(ctx)``); nothing looks the store or the settings up
globally, so a test builds a page with a real store on a temporary file and
inline tasks and worker, and two windows never share state by accident.

There is one store worker per open event: the Door screen's scans and the
Guests screen's edits go through the same queue, so they reach the store in
the order they were made.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checkin.store import Store

    from ..settings import Settings
    from ..tasks import Tasks
    from ..worker import StoreWorker


@dataclass(frozen=True)
class Context:
    store: Store  # the open event
    settings: Settings  # this laptop's preferences (door name, language, folders)
    tasks: Tasks  # long work off the UI thread (import, badges, export)
    worker: StoreWorker  # THE serial store worker: every store call from a page, in order
