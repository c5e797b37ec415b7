"""The room at a glance: "18 / 25 inside", room left or full, the chart, the other doors.

Shows what it is given: the headcount from each verdict, the room state
(:class:`checkin.door.RoomState`: full, room for N, turned away) and the new scans
the flow reads (:class:`~ui.door.feed.Feed`). It decides nothing; the "room for N"
banner is up while the service's room state says people were turned away and
there is room again.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from checkin.door import RoomState
from checkin.models import ScanRecord

from ..kit import style
from ..kit.text import fill
from .chart import HeadcountChart
from .feed import Feed
from .words import local_time, party_name, verdict_word

OTHER_DOORS_SHOWN = 5


class RoomBanner(QLabel):
    """➜ ROOM FOR 2: let the next one in. Not the verdict's green: it stays while verdicts pass."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setStyleSheet(style.outlined_banner_sheet(style.ROOM_FOR, 20, radius=8))
        self.hide()

    def set_room(self, room: RoomState) -> None:
        up = not room.full and room.turned_away > 0 and room.room_for > 0
        if up:
            text = fill(self.tr("➜ ROOM FOR %1: let the next one in"), room.room_for)
            text += "\n" + fill(self.tr("%1 turned away while full"), room.turned_away)
            self.setText(text)
        self.setVisible(up)


class Headcount(QWidget):
    def __init__(self, door: str, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.door = door
        self.timezone = "Europe/Amsterdam"
        self.headcount_label = QLabel(self)
        self.headcount_label.setFont(style.font(self.headcount_label.font(), 36, bold=True))
        self.room_label = QLabel(self)
        self.queue_label = QLabel(self)
        self.queue_label.setStyleSheet(
            style.text_sheet(style.VERDICT[style.Tone.STOP].background, bold=True)
        )
        self.queue_label.hide()
        self.store_label = QLabel(where, self)
        self.store_label.setStyleSheet(style.text_sheet(style.SECONDARY))
        self.chart = HeadcountChart(parent=self)
        self.others_label = QLabel(self)
        self.others_label.setTextFormat(Qt.TextFormat.PlainText)
        self.others_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Shrinks on a small laptop screen instead of pushing the headcount off it.
        self.others_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.others_label.setMinimumWidth(150)
        self.others_label.setMaximumWidth(340)
        self.others_label.setStyleSheet(style.strip_sheet(style.OTHER_DOORS, points=9))
        self.others_label.setToolTip(self.tr("The latest scans at the other doors"))
        self.others_label.hide()
        self._others: deque[tuple[ScanRecord, str]] = deque(maxlen=OTHER_DOORS_SHOWN)
        count_box = QVBoxLayout()
        for w in (self.headcount_label, self.room_label, self.queue_label, self.store_label):
            count_box.addWidget(w)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(count_box)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.others_label, 1)

    def set_count(self, inside: int, capacity: int) -> None:
        self.headcount_label.setText(fill(self.tr("%1 / %2 inside"), inside, capacity))
        left = max(0, capacity - inside)
        # Full is said in words too ("Room full"), not by the colour alone.
        self.headcount_label.setStyleSheet(
            style.text_sheet(style.VERDICT[style.Tone.STOP].background) if left == 0 else ""
        )
        self.room_label.setText(
            self.tr("Room full") if left == 0 else fill(self.tr("room for %1 more"), left)
        )
        self.chart.set_capacity(capacity)

    def set_room(self, room: RoomState) -> None:
        self.set_count(room.inside, room.capacity)
        self.queue_label.setVisible(room.full)
        self.queue_label.setText(
            fill(self.tr("%1 turned away since the room filled"), room.turned_away)
        )

    def add_feed(self, feed: Feed, names: dict[int, str]) -> None:
        self.chart.add_scans(feed.scans)
        # This door's own scans are never "other doors", whatever their name's case or spaces.
        own = self.door.strip().casefold()
        others = [r for r in feed.scans if r.door.strip().casefold() != own]
        if not others:
            return
        for record in others[-OTHER_DOORS_SHOWN:]:
            name = names.get(record.guest_id, "") if record.guest_id is not None else ""
            if record.guest_id is None and record.action.startswith("counter"):
                name = self.tr("counter")
            self._others.append((record, name))
        lines = []
        for record, who in reversed(self._others):
            lines.append(
                "  ".join(
                    p
                    for p in (
                        local_time(record.at, self.timezone),
                        record.door or self.tr("(no name)"),
                        verdict_word(record.verdict),
                        party_name(who, record.people),
                    )
                    if p
                )
            )
        self.others_label.setText(self.tr("Other doors") + "\n" + "\n".join(lines))
        self.others_label.show()
