"""The one font loader of every PDF: DejaVu Sans from the shipped resources.

Registered with ReportLab once per process (parsing a TTF costs ~50 ms) and
embedded as a subset, so names such as Ğ, ı, ş, ë, ø, ł print the same on
every machine. A missing font file is :class:`~checkin.errors.ResourceMissing`;
no base-14 font (Latin-1 only) is ever used in its place.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from checkin import resources

REGULAR = "CheckinSans"
BOLD = "CheckinSans-Bold"
FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
LEADING = 1.15  # baseline to baseline, as a fraction of the font size


@functools.cache
def fonts() -> dict[str, TTFont]:
    """Register the shipped fonts (once) and return them by name."""
    loaded = {}
    for name, file_name in FILES.items():
        font = TTFont(name, str(resources.font(file_name)))
        pdfmetrics.registerFont(font)
        loaded[name] = font
    return loaded


@dataclass(frozen=True)
class Face:
    name: str
    font: TTFont
    ascent: float  # above the baseline, per point of size
    descent: float  # below the baseline, positive, per point of size

    def width(self, text: str, size: float) -> float:
        return float(self.font.stringWidth(text, size))

    def height(self, lines: int, size: float) -> float:
        """From the top of the first line's ascenders to the bottom of the last's descenders."""
        return size * (self.ascent + self.descent + (lines - 1) * LEADING)


@functools.cache
def face(name: str) -> Face:
    font = fonts()[name]
    return Face(name, font, font.face.ascent / 1000, -font.face.descent / 1000)
