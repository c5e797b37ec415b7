"""The Summary sheet: the counts of the event and a chart of people inside over time."""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import LineChart, Reference
from openpyxl.styles import Font

from checkin.documents.cells import local_naive, xlsx_value
from checkin.documents.tally import Tally
from checkin.documents.words import Words
from checkin.models import Event, ScanRecord
from checkin.store import Store, scan_t

MAX_CHART_POINTS = 500
# Steps of the headcount chart in minutes: round numbers a reader can follow.
_CHART_STEPS = (1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440)


def summary_sheet(ws: Any, event: Event, words: Words, tally: Tally, headcount: Headcount) -> None:
    zone = event.zone
    ws.column_dimensions["A"].width = 24
    ws.column_dimensions["B"].width = 30
    ws.column_dimensions["D"].width = 20
    ws.column_dimensions["E"].width = 14
    bold = Font(bold=True)
    facts: list[tuple[str, object]] = [
        (words("sum.event"), event.name),
        (words("sum.date"), event.date),
        (words("sum.timezone"), event.timezone),
        (words("sum.capacity"), event.capacity),
        (words("sum.invited"), tally.invited),
        (words("sum.attended"), tally.attended),
        (words("sum.no_shows"), tally.no_shows),
        (words("sum.cancelled"), tally.cancelled),
        (words("sum.walk_ins"), tally.walk_ins),
        (words("sum.pending"), tally.pending),
        (words("sum.peak"), event.peak),
        (words("sum.peak_at"), local_naive(event.peak_at, zone)),
        (words("sum.inside"), event.inside),
        (words("sum.exported"), local_naive(datetime.now(UTC), zone)),
    ]
    points = headcount.points()
    rows: list[list[object]] = []
    title = WriteOnlyCell(ws, value=words("sheet.summary"))
    title.font = bold
    time_head = WriteOnlyCell(ws, value=words("col.time"))
    time_head.font = bold
    inside_head = WriteOnlyCell(ws, value=words("col.most_inside"))
    inside_head.font = bold
    rows.append([title, None, None, time_head, inside_head])
    for i in range(max(len(facts), len(points))):
        row: list[object] = [None, None, None, None, None]
        if i < len(facts):
            label = WriteOnlyCell(ws, value=facts[i][0])
            label.font = bold
            row[0] = label
            row[1] = xlsx_value(ws, facts[i][1], words)
        if i < len(points):
            moment, inside = points[i]
            row[3] = xlsx_value(ws, moment, words)
            row[4] = inside
        rows.append(row)
    for r in rows:
        ws.append(r)
    if points:
        ws.add_chart(_chart(ws, len(points), words), "G2")


def _chart(ws: Any, n: int, words: Words) -> LineChart:
    chart = LineChart()
    chart.title = words("chart.title")
    chart.y_axis.title = words("chart.y")
    chart.x_axis.title = words("chart.x")
    chart.legend = None
    chart.height = 9
    chart.width = 20
    data = Reference(ws, min_col=5, min_row=1, max_row=n + 1)
    times = Reference(ws, min_col=4, min_row=2, max_row=n + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(times)
    # A text axis: Excel's automatic date axis groups by whole days and would
    # stack an evening's points on one spot. The points are evenly spaced, so
    # equal spacing on a text axis is true to time.
    chart.x_axis.auto = False
    chart.x_axis.number_format = "hh:mm"
    chart.x_axis.tickLblSkip = max(1, n // 12)
    chart.x_axis.tickMarkSkip = max(1, n // 12)
    # openpyxl 3.1 leaves the axes marked as deleted, and Excel then draws none.
    chart.x_axis.delete = False
    chart.x_axis.axPos = "b"
    chart.y_axis.delete = False
    chart.y_axis.scaling.min = 0
    series = chart.series[0]
    series.smooth = False
    return chart


class Headcount:
    """People inside over time on an even grid, at most MAX_CHART_POINTS points.

    Each point is the most people inside during its step, so a short peak
    still shows after downsampling. Built in one pass over the scan log
    without holding it.
    """

    def __init__(self, start: datetime | None, end: datetime | None, zone: ZoneInfo) -> None:
        self.zone = zone
        self.level = 0
        self.values: list[int] = []
        self.origin: datetime | None = None
        self.step = timedelta(minutes=1)
        if start is None or end is None:
            return
        start_local = local_naive(start, zone)
        end_local = local_naive(end, zone)
        assert start_local is not None and end_local is not None
        span = max(0.0, (end_local - start_local).total_seconds() / 60)
        minutes = next(
            (s for s in _CHART_STEPS if math.floor(span / s) + 2 <= MAX_CHART_POINTS),
            math.ceil(span / (MAX_CHART_POINTS - 2)),
        )
        self.step = timedelta(minutes=minutes)
        midnight = start_local.replace(hour=0, minute=0, second=0)
        whole = (start_local - midnight) // self.step
        self.origin = midnight + whole * self.step
        self.values = [0]

    @classmethod
    def for_store(cls, store: Store, zone: ZoneInfo) -> Headcount:
        with store.read() as conn:
            first, last = conn.execute(
                sa.select(sa.func.min(scan_t.c.at), sa.func.max(scan_t.c.at))
            ).one()
        start = datetime.fromisoformat(first) if first else None
        end = datetime.fromisoformat(last) if last else None
        return cls(start, end, zone)

    def add(self, scan: ScanRecord) -> None:
        if self.origin is None:
            return
        moment = local_naive(scan.at, self.zone)
        assert moment is not None
        index = max(0, (moment - self.origin) // self.step)
        while len(self.values) <= index:
            self.values.append(self.level)
        self.level = scan.inside_after
        self.values[index] = max(self.values[index], self.level)

    def points(self) -> list[tuple[datetime, int]]:
        if self.origin is None:
            return []
        return [(self.origin + i * self.step, v) for i, v in enumerate(self.values)]
