"""The guest table: a small QAbstractTableModel over a tuple of frozen Guest rows.

Search folds the query like the store folds its search key and filters the
rows in Python, then resets the model: a QSortFilterProxyModel over a Python
model calls data() for every row on every keystroke (docs/ui-kit.md, "Tables").
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from datetime import UTC
from itertools import compress
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from checkin import zones
from checkin.models import Event, Guest, GuestStatus
from checkin.text import fold

from ..dates import screen_time
from ..kit import style

AnyIndex = QModelIndex | QPersistentModelIndex


def event_zone(event: Event) -> ZoneInfo:
    return event.zone


def _fold_code(code: str) -> str:
    # Codes are nearly always ASCII; fold()'s Unicode decomposition costs 15 µs a guest.
    return code.lower() if code.isascii() else fold(code)


class GuestTableModel(QAbstractTableModel):
    NAME, ORGANISATION, EMAIL, CODE, STATUS, ARRIVED, SEAT, COMPANIONS, TICKET = range(9)
    COLUMNS = 9
    SORT_ROLE = Qt.ItemDataRole.UserRole + 1
    ROW_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self, parent: QWidget | None = None, *, zone: ZoneInfo | None = None, language: str = "en"
    ) -> None:
        super().__init__(parent)
        self.language = language  # arrival dates as the screen's reader expects them
        # Arrival times are shown in the event's own time zone, whatever the laptop's.
        self.zone = zone or zones.fallback()
        # Every guest in the chosen order, each with its prepared haystack.
        self._all: tuple[Guest, ...] = ()
        self._keys: tuple[str, ...] = ()
        # What the last query matched: a query that extends it searches only these.
        self._last_folded = ""
        self._matched: tuple[tuple[Guest, ...], tuple[str, ...]] = ((), ())
        self._rows: tuple[Guest, ...] = ()
        self._query = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.pending = 0
        self.name_missing = 0
        # guest id -> (ticket state, its words), and the state shown: ui/mail/guest_tickets.py
        self.tickets: dict[int, tuple[str, str]] = {}
        self.ticket_filter = ""
        # Looked up once: data() runs for every visible cell on every repaint.
        self._status_texts = {
            GuestStatus.NOT_ARRIVED: self.tr("not arrived"),
            GuestStatus.INSIDE: self.tr("inside"),
            GuestStatus.LEFT: self.tr("left"),
            GuestStatus.CANCELLED: self.tr("cancelled"),
            GuestStatus.PENDING: self.tr("pending (not confirmed)"),
        }
        self._walk_in = " " + self.tr("(walk-in)")
        self._name_missing = " " + self.tr("(name missing)")
        self._cancelled_colour = QColor(style.MUTED)
        self._pending_colour = QColor(style.PENDING)
        self._italic = QFont()
        self._italic.setItalic(True)

    # data in -----------------------------------------------------------------

    def set_rows(self, rows: tuple[Guest, ...]) -> None:
        if self._sort is not None:
            rows = self._sorted(rows, *self._sort)
        self._all = rows
        # Counted once per load, not per keystroke: the count line shows them.
        self.pending = sum(1 for g in rows if g.pending and not g.cancelled)
        self.name_missing = sum(1 for g in rows if g.name_missing)
        # One prepared haystack per guest: the store's folded search key plus the code.
        self._keys = tuple(f"{g.search_key}\x1f{_fold_code(g.code)}" for g in rows)
        self._last_folded = ""
        self._apply()

    def set_filter(self, query: str) -> None:
        self._query = query
        self._apply()

    def _apply(self) -> None:
        folded = " ".join(fold(self._query).split())
        terms = folded.split()
        if not terms:
            rows, keys = self._all, self._keys
        else:
            # Typing one more letter can only narrow the matches: every term of the new
            # query contains the term of the old one it grew from.
            if self._last_folded and folded.startswith(self._last_folded):
                rows, keys = self._matched
            else:
                rows, keys = self._all, self._keys
            for term in terms:
                # A mask of bools and compress(): no small tuple per guest, which at
                # 100,000 guests would wake the garbage collector mid-keystroke.
                mask = [term in k for k in keys]
                rows = tuple(compress(rows, mask))
                keys = tuple(compress(keys, mask))
        self._last_folded = folded
        self._matched = (rows, keys)
        if self.ticket_filter:
            rows = tuple(g for g in rows if self.tickets.get(g.id, ("",))[0] == self.ticket_filter)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def query(self) -> str:
        return self._query

    def guest_at(self, row: int) -> Guest:
        return self._rows[row]

    def row_of(self, guest_id: int) -> int:
        for i, g in enumerate(self._rows):
            if g.id == guest_id:
                return i
        return -1

    # the model ---------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        g = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(g, col)
        if role == self.SORT_ROLE:
            return self._sort_value(g, col)
        if role == self.ROW_ROLE:
            return g
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME and g.notes:
            return g.notes
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TICKET:
            return self.tickets.get(g.id, ("", ""))[1] or None  # a refusal's whole answer
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NAME and g.name_missing:
            return self.tr("The guest list gave a code or an email but no name.")
        if role == Qt.ItemDataRole.ForegroundRole:
            if g.cancelled:
                return self._cancelled_colour
            if g.pending:
                return self._pending_colour
        if role == Qt.ItemDataRole.FontRole and col == self.NAME and g.name_missing:
            return self._italic
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Email"),
            self.tr("Code"),
            self.tr("Status"),
            self.tr("Arrived"),
            self.tr("Seat"),
            self.tr("With"),
            self.tr("Ticket"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMNS:
            return
        if self._sort == (column, order):
            return
        self._sort = (column, order)
        # Sort everything once, so that every later search keeps this order for free.
        self.set_rows(self._all)

    def _sorted(
        self, rows: tuple[Guest, ...], column: int, order: Qt.SortOrder
    ) -> tuple[Guest, ...]:
        key: Callable[[Guest], Any] = operator.attrgetter("sort_key")
        if column != self.NAME:
            key = lambda g: (self._sort_value(g, column), g.sort_key)  # noqa: E731
        return tuple(sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder))

    def _display(self, g: Guest, col: int) -> str:
        if col == self.NAME:
            name = g.name + self._name_missing if g.name_missing else g.name
            return name + self._walk_in if g.walk_in else name
        if col == self.ORGANISATION:
            return g.organisation
        if col == self.EMAIL:
            return g.email
        if col == self.CODE:
            return g.code
        if col == self.STATUS:
            return self.status_text(g.status)
        if col == self.ARRIVED:
            if g.first_arrival is None:
                return ""
            return screen_time(g.first_arrival.astimezone(self.zone), self.language)
        if col == self.SEAT:
            return g.seat
        if col == self.COMPANIONS:
            return f"+{g.companions}" if g.companions else ""
        if col == self.TICKET:
            return self.tickets.get(g.id, ("", ""))[1]
        return ""

    def _sort_value(self, g: Guest, col: int) -> str:
        if col == self.NAME:
            return g.sort_key
        if col == self.STATUS:
            return g.status.value
        if col == self.ARRIVED:
            # ISO text in UTC sorts in time order; guests not yet arrived go last.
            return g.first_arrival.astimezone(UTC).isoformat() if g.first_arrival else "~"
        if col == self.COMPANIONS:
            return f"{g.companions:04d}"
        return fold(self._display(g, col))

    def status_text(self, status: GuestStatus) -> str:
        return self._status_texts[status]

    def status_texts(self) -> tuple[str, ...]:
        """Every status word in the screen's language (to size the column to the longest)."""
        return tuple(self._status_texts.values())
