"""A compact A4 table as PDF: the roll call and the paper door list.

Rows as tight as a hand can still tick (11.6 pt), a tick box per row,
alternate rows shaded, the title and page numbers on every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from checkin.documents import fonts
from checkin.documents.words import Words


@dataclass(frozen=True)
class Column:
    title: str
    width_mm: float
    right: bool = False


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: Sequence[tuple[str, ...]]
    tick_column: bool


MARGIN = 14 * mm
FONT_SIZE = 8.5
ROW = 11.6  # points: the tightest spacing that still leaves room to tick by hand
TITLE_BLOCK = 44.0  # the title and two lines
HEADER = 15.0
FOOTER = 16.0


def _rows_per_page(first: bool) -> int:
    usable = A4[1] - 2 * MARGIN - HEADER - FOOTER - (TITLE_BLOCK if first else 0)
    return int(usable // ROW)


def _pages(rows: Sequence[tuple[str, ...]]) -> list[Sequence[tuple[str, ...]]]:
    first = _rows_per_page(True)
    other = _rows_per_page(False)
    pages = [rows[:first]]
    for i in range(first, len(rows), other):
        pages.append(rows[i : i + other])
    return pages


def _fit(text: str, font: str, size: float, width: float) -> str:
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    # No glyph is narrower than a quarter em: cut a pasted essay down before measuring.
    text = text[: int(width / (size * 0.25)) + 1]
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def table_pdf(
    path: Path, title: str, lines: Sequence[str], table: Table, words: Words, *, ranged: bool
) -> None:
    fonts.fonts()
    font, bold = fonts.REGULAR, fonts.BOLD
    pages = _pages(table.rows)
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("checkin")
    for number, page in enumerate(pages, 1):
        y = height - MARGIN
        if number == 1:
            canvas.setFont(bold, 14)
            canvas.drawString(MARGIN, y - 14, _fit(title, bold, 14, width - 2 * MARGIN))
            canvas.setFont(font, FONT_SIZE)
            for i, line in enumerate(lines):
                canvas.drawString(
                    MARGIN, y - 27 - i * 10, _fit(line, font, FONT_SIZE, width - 2 * MARGIN)
                )
            y -= TITLE_BLOCK
        y = _draw_header(canvas, table, y, bold)
        for i, row in enumerate(page):
            if i % 2:
                canvas.setFillGray(0.93)
                canvas.rect(MARGIN, y - ROW + 2.6, width - 2 * MARGIN, ROW, stroke=0, fill=1)
                canvas.setFillGray(0)
            _draw_row(canvas, table, row, y, font)
            y -= ROW
        footer = f"{title}    {words('page', number=number, pages=len(pages))}"
        if ranged and page:
            footer = f"{page[0][1].split(',')[0]} – {page[-1][1].split(',')[0]}    {footer}"
        canvas.setFont(font, 7.5)
        canvas.drawRightString(
            width - MARGIN, MARGIN - 2, _fit(footer, font, 7.5, width - 2 * MARGIN)
        )
        canvas.showPage()
    canvas.save()


def _draw_header(canvas: Canvas, table: Table, y: float, bold: str) -> float:
    canvas.setFont(bold, FONT_SIZE)
    x = MARGIN
    for col in table.columns:
        w = col.width_mm * mm
        if col.right:
            canvas.drawRightString(x + w - 2, y - 10, col.title)
        else:
            canvas.drawString(x + 2, y - 10, col.title)
        x += w
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, y - HEADER + 2, x, y - HEADER + 2)
    return y - HEADER


def _draw_row(canvas: Canvas, table: Table, row: tuple[str, ...], y: float, font: str) -> None:
    canvas.setFont(font, FONT_SIZE)
    x = MARGIN
    base = y - ROW + 5
    for i, (col, text) in enumerate(zip(table.columns, row, strict=True)):
        w = col.width_mm * mm
        if i == 0 and table.tick_column:
            canvas.setLineWidth(0.5)
            canvas.rect(x + 2, base - 1, 7, 7, stroke=1, fill=0)
        elif col.right:
            canvas.drawRightString(x + w - 2, base, _fit(text, font, FONT_SIZE, w - 4))
        else:
            canvas.drawString(x + 2, base, _fit(text, font, FONT_SIZE, w - 4))
        x += w
