"""A small chart of people inside over the last hours, drawn with QPainter.

Fed incrementally: the screen hands over only the scans it has not seen yet
(by scan id), so a redraw never reads the whole log again.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from checkin.models import ScanRecord

from ..kit import style


class HeadcountChart(QWidget):
    """People inside (a step line) against time, with the capacity as a dashed line."""

    def __init__(self, hours: float = 3.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(200, 70)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(90)
        self.window_span = timedelta(hours=hours)
        self.capacity = 0
        self.last_scan_id = 0
        self.points: list[tuple[datetime, int]] = []  # (when, inside after), oldest first
        self.setToolTip(self.tr("People inside over the last hours"))

    def add_scans(self, scans: Iterable[ScanRecord]) -> int:
        """Take the scans newer than the last one seen; returns how many were new."""
        added = 0
        for scan in scans:
            if scan.id <= self.last_scan_id:
                continue
            self.last_scan_id = scan.id
            if self.points and self.points[-1][1] == scan.inside_after:
                continue  # a refusal changes nothing: no point needed
            self.points.append((scan.at, scan.inside_after))
            added += 1
        if added:
            self._trim()
            self.update()
        return added

    def set_capacity(self, capacity: int) -> None:
        if capacity != self.capacity:
            self.capacity = capacity
            self.update()

    def _trim(self) -> None:
        # Keep one point before the window so the line starts at the right height.
        start = self.points[-1][0] - self.window_span
        first = 0
        while first + 1 < len(self.points) and self.points[first + 1][0] < start:
            first += 1
        if first:
            del self.points[:first]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        painter.fillRect(self.rect(), QColor(style.CHART.background))
        if not self.points:
            painter.setPen(QColor(style.CHART.text))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No one in yet"))
            return
        end = datetime.now(self.points[-1][0].tzinfo)
        end = max(end, self.points[-1][0])
        start = end - self.window_span
        top = max([self.capacity, 1, *(inside for _, inside in self.points)])
        span = self.window_span.total_seconds()

        def x_of(moment: datetime) -> float:
            offset = max(0.0, (moment - start).total_seconds())
            return area.left() + area.width() * offset / span

        def y_of(inside: int) -> float:
            return area.bottom() - area.height() * inside / top

        if self.capacity:
            pen = QPen(QColor(style.VERDICT[style.Tone.STOP].background), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = y_of(self.capacity)
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        path = QPainterPath()
        first_at, first_inside = self.points[0]
        path.moveTo(x_of(first_at), y_of(first_inside))
        previous = first_inside
        for at, inside in self.points[1:]:
            x = x_of(at)
            path.lineTo(x, y_of(previous))
            path.lineTo(x, y_of(inside))
            previous = inside
        path.lineTo(area.right(), y_of(previous))
        painter.setPen(QPen(QColor(style.VERDICT[style.Tone.GO].background), 2))
        painter.drawPath(path)
