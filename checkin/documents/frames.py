"""Where each part of a badge goes, designed for each layout's size.

Sizes in points, positions relative to the badge's bottom-left corner. The
header (logo, event name, date) sits at the top; the QR code and the role
band at the bottom (portrait) or the QR at the right (landscape); the names
fill what is left, first name largest. A layout's name size is the size of
every name on its sheets; only a name that does not fit is set smaller.

- Landscape badges (``a4-8`` 90 × 55 mm, ``avery-l4785`` 80 × 50 mm): the QR
  at the bottom right with the logo above it; event, names and role band in the
  left column.
- ``a6`` (105 × 148 mm): the name dominates, at 46 pt; a 30 mm QR.
- ``label-62mm`` (62 × 100 mm): read at arm's length, so nothing under 9 pt
  and the first name at 28 pt.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from checkin.documents.layouts import MM, Layout
from checkin.documents.qr import quiet

QR_SIZE = 25.4 * MM  # the symbol alone, quiet zone not counted: >= 25 mm
INSET = 1.5 * MM  # the QR's quiet zone and the band stay this far inside the badge edge


@dataclass(frozen=True)
class Frame:
    centred: bool
    pad: float
    left: float  # the text column
    column: float  # its width
    logo_h: float
    logo_w: float
    event_size: float  # event name and date, never under 9 pt
    name_size: float  # the sheet's first-name size
    name_min: float
    full_size: float  # the full name below the first name
    detail_size: float  # organisation and seat
    band_h: float  # the role band's height
    band_y: float
    band_size: float
    band_x: float
    band_w: float
    qr_x: float  # the symbol itself; its quiet zone is kept free around it
    qr_y: float
    qr_size: float
    names_floor: float  # nothing of the names block goes below this
    # Landscape: the logo's own box above the QR (left, top, width, height); portrait:
    # None, the logo heads the text column.
    logo_box: tuple[float, float, float, float] | None = None


@functools.cache
def frame_for(layout: Layout) -> Frame:
    w, h = layout.badge_width, layout.badge_height
    if not layout.portrait:
        pad = 4 * MM
        block = QR_SIZE + 2 * quiet(QR_SIZE)
        block_x = w - INSET - block
        column = block_x - pad
        band_h = 6 * MM
        small = h < 52 * MM
        logo_top = h - pad
        logo_h = logo_top - (INSET + block) - 1 * MM
        return Frame(
            centred=False,
            pad=pad,
            left=pad,
            column=column,
            logo_h=logo_h,
            logo_w=block - 2 * MM,
            logo_box=(block_x + 1 * MM, logo_top, block - 2 * MM, logo_h),
            event_size=9.0,
            name_size=20.0 if small else 24.0,
            name_min=9.0,
            full_size=10.0,
            detail_size=9.0,
            band_h=band_h,
            band_y=INSET,
            band_size=10.0,
            band_x=INSET,
            band_w=block_x - INSET,
            qr_x=block_x + quiet(QR_SIZE),
            qr_y=INSET + quiet(QR_SIZE),
            qr_size=QR_SIZE,
            names_floor=INSET + 1 * MM,
        )
    large = w >= 100 * MM
    pad = (6 if large else 4) * MM
    size = 30 * MM if large else QR_SIZE
    band_h = (11 if large else 7) * MM
    band_y = (5 if large else 2.5) * MM
    qr_y = band_y + band_h + (2 * MM) + quiet(size)
    return Frame(
        centred=True,
        pad=pad,
        left=pad,
        column=w - 2 * pad,
        logo_h=(14 if large else 9) * MM,
        logo_w=(60 if large else 40) * MM,
        event_size=12.0 if large else 9.0,
        name_size=46.0 if large else 28.0,
        name_min=12.0 if large else 9.0,
        full_size=15.0 if large else 10.0,
        detail_size=13.0 if large else 9.0,
        band_h=band_h,
        band_y=band_y,
        band_size=18.0 if large else 11.0,
        band_x=pad,
        band_w=w - 2 * pad,
        qr_x=(w - size) / 2,
        qr_y=qr_y,
        qr_size=size,
        names_floor=qr_y + size + quiet(size) + 0.5 * MM,
    )
