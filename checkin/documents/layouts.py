"""Page and label geometry for badge PDFs, in PDF points (1/72 inch).

Every layout names the page size, the badge size and where each badge sits on
a page (its bottom-left corner, PDF coordinates: origin bottom-left, y up).
Slots are listed in reading order (top row first, left to right), so badges
fill a sheet the way a person reads it and cuts it.

The numbers, and where they come from:

- ``a4-8``: A4 portrait (210 x 297 mm), 2 columns x 4 rows of 90 x 55 mm, the
  block centred on the page (15 mm side margins, 38.5 mm top and bottom).
  The badges touch, so each guillotine cut serves two badges; the cut marks sit
  in the margins, outside every badge, at each badge edge.
- ``avery-l4785``: Avery L4785 name-badge labels, 80 x 50 mm, 10 to an A4
  sheet in 2 columns x 5 rows. Avery's template figures as we found them: top
  margin 13.5 mm, left margin 17.5 mm, horizontal pitch 95 mm (a 15 mm gutter),
  vertical pitch 55 mm (a 5 mm gap). They are symmetric on A4 (13.5 mm bottom,
  17.5 mm right); gLabels' template for L4785 rounds them to 18 mm and 13 mm,
  within half a millimetre. The labels have 4 mm round corners, inside which
  nothing but the QR's white quiet zone reaches. Print one sheet on plain paper
  and hold it against a label sheet before a large run. No cut marks: the
  labels are die-cut.
- ``a6``: one badge filling an A6 page, portrait (105 x 148 mm), the common
  size of conference badge holders; printers that take A6 card print it as is,
  and on A4 it can be printed four to a sheet by the print dialog.
- ``label-62mm``: Brother QL on a 62 mm continuous roll (DK-22205), one badge
  per label, 62 mm wide and cut at 100 mm (portrait, the roll's natural
  direction, so the driver needs no rotation). The QL prints about 58.9 mm of
  the 62 mm width; the badge keeps text 4 mm from each side.
- ``card-86x54``: one badge on a 54 x 86 mm card: the ID-1 / CR80 size
  (85.6 x 53.98 mm, rounded up a little so nothing lands off the card) of card
  printers and of the die-cut Brother QL and Dymo name-badge labels. Landscape,
  like ``a4-8``'s badge: upright, 86 mm leaves no room for a 25 mm QR code and
  its quiet zone below a two-line name, the organisation and the event.
- ``a4-1``: one 90 x 55 mm badge on an A4 sheet, where the first badge of
  ``a4-8`` sits, with its cut marks: the office printer at a registration desk,
  one arrival a sheet.
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.errors import InvalidValue

MM = 72 / 25.4  # points per millimetre


@dataclass(frozen=True)
class Layout:
    name: str  # what --layout takes
    title: str  # what a person picks from in the app
    page_width: float  # points
    page_height: float
    badge_width: float
    badge_height: float
    slots: tuple[tuple[float, float], ...]  # bottom-left corner of each badge on a page
    cut_marks: bool

    @property
    def per_page(self) -> int:
        return len(self.slots)

    @property
    def portrait(self) -> bool:
        """Whether a badge is taller than wide (name above the QR rather than beside it)."""
        return self.badge_height > self.badge_width


def _grid(
    *,
    page_w: float,
    page_h: float,
    badge_w: float,
    badge_h: float,
    cols: int,
    rows: int,
    left: float,
    top: float,
    pitch_x: float,
    pitch_y: float,
) -> tuple[tuple[float, float], ...]:
    """Slots of a grid given in millimetres measured from the page's top-left corner,
    as label makers publish them, turned into PDF points from the bottom-left."""
    slots = []
    for row in range(rows):
        for col in range(cols):
            x = left + col * pitch_x
            y_top = top + row * pitch_y
            slots.append((x * MM, (page_h - y_top - badge_h) * MM))
    return tuple(slots)


def _a4_8() -> Layout:
    page_w, page_h, badge_w, badge_h = 210.0, 297.0, 90.0, 55.0
    left = (page_w - 2 * badge_w) / 2
    top = (page_h - 4 * badge_h) / 2
    return Layout(
        name="a4-8",
        title="A4, 8 badges 90 × 55 mm with cut marks",
        page_width=page_w * MM,
        page_height=page_h * MM,
        badge_width=badge_w * MM,
        badge_height=badge_h * MM,
        slots=_grid(
            page_w=page_w,
            page_h=page_h,
            badge_w=badge_w,
            badge_h=badge_h,
            cols=2,
            rows=4,
            left=left,
            top=top,
            pitch_x=badge_w,
            pitch_y=badge_h,
        ),
        cut_marks=True,
    )


def _avery_l4785() -> Layout:
    page_w, page_h, badge_w, badge_h = 210.0, 297.0, 80.0, 50.0
    return Layout(
        name="avery-l4785",
        title="Avery L4785 labels, 10 a sheet, 80 × 50 mm",
        page_width=page_w * MM,
        page_height=page_h * MM,
        badge_width=badge_w * MM,
        badge_height=badge_h * MM,
        slots=_grid(
            page_w=page_w,
            page_h=page_h,
            badge_w=badge_w,
            badge_h=badge_h,
            cols=2,
            rows=5,
            left=17.5,
            top=13.5,
            pitch_x=95.0,
            pitch_y=55.0,
        ),
        cut_marks=False,
    )


def _a4_1() -> Layout:
    first = _a4_8()
    return Layout(
        name="a4-1",
        title="A4, one badge 90 × 55 mm with cut marks",
        page_width=first.page_width,
        page_height=first.page_height,
        badge_width=first.badge_width,
        badge_height=first.badge_height,
        slots=first.slots[:1],
        cut_marks=True,
    )


def _single(name: str, title: str, width_mm: float, height_mm: float) -> Layout:
    return Layout(
        name=name,
        title=title,
        page_width=width_mm * MM,
        page_height=height_mm * MM,
        badge_width=width_mm * MM,
        badge_height=height_mm * MM,
        slots=((0.0, 0.0),),
        cut_marks=False,
    )


LAYOUTS: dict[str, Layout] = {
    layout.name: layout
    for layout in (
        _a4_8(),
        _avery_l4785(),
        _single("a6", "A6, one badge a page (105 × 148 mm)", 105.0, 148.0),
        _single(
            "label-62mm", "Brother QL 62 mm roll, one badge a label (62 × 100 mm)", 62.0, 100.0
        ),
        _single("card-86x54", "A card, one badge 86 × 54 mm", 86.0, 54.0),
        _a4_1(),
    )
}

DEFAULT_LAYOUT = "a4-8"


def get_layout(name: str) -> Layout:
    """The layout called ``name`` (as --layout takes it; case and spaces do not matter)."""
    layout = LAYOUTS.get(name.strip().lower())
    if layout is None:
        raise InvalidValue("layout", name, "is not a layout; choose one of " + ", ".join(LAYOUTS))
    return layout
