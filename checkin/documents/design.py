"""The badge design kept with the event: the organiser's logo, an accent colour, the role band.

Kept in ``event.badge_design`` (JSON) so that every computer that opens the
event prints the same badges. The logo is kept as the image itself (base64),
not as a path: a path would not exist on the door laptop. PNG and JPEG are
drawn by ReportLab itself, SVG through svglib as vectors; a logo is drawn once
per PDF as a form and placed on every badge.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import io
import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from checkin.errors import InvalidValue
from checkin.models import Guest
from checkin.text import fold

DEFAULT_ACCENT = "#1b5e8c"
MAX_LOGO_BYTES = 2_000_000
LOGO_KINDS = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".svg": "svg"}
# Colour-blind-safe darks (Okabe-Ito, darkened for white text on them).
ROLE_COLOURS = ("#b35900", "#006d4e", "#7a2e8c", "#a3123a", "#00607a", "#5c5c00", "#8a3b00")
ROLE_KEYS = ("role", "rol", "functie")
# The roles an agency prints most, each its own colour (index into ROLE_COLOURS).
KNOWN_ROLES = {
    "spreker": 0,
    "speaker": 0,
    "pers": 1,
    "press": 1,
    "crew": 2,
    "staff": 2,
    "medewerker": 2,
    "vip": 3,
    "organisatie": 4,
    "organiser": 4,
    "organizer": 4,
    "vrijwilliger": 5,
    "volunteer": 5,
    "gast": 6,
    "guest": 6,
}
_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


@dataclass(frozen=True)
class BadgeDesign:
    accent: str = DEFAULT_ACCENT  # "#rrggbb"
    logo_name: str = ""
    logo_data: bytes = b""
    role_band: bool = True  # a band with the role or ticket type when a guest has one

    @property
    def logo_kind(self) -> str:
        return LOGO_KINDS.get(Path(self.logo_name).suffix.lower(), "") if self.logo_data else ""

    def as_json(self) -> dict[str, Any]:
        value: dict[str, Any] = {"accent": self.accent, "role_band": self.role_band}
        if self.logo_data:
            value["logo"] = {
                "name": self.logo_name,
                "data": base64.b64encode(self.logo_data).decode("ascii"),
            }
        return value


def parse_colour(text: str) -> str:
    """ "#1b5e8c", "1b5e8c", "#abc" or a colour name ("teal") as "#rrggbb"."""
    value = text.strip()
    match = _HEX.match(value)
    if match:
        digits = match.group(1)
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return "#" + digits.lower()
    named = colors.getAllNamedColors().get(value.lower())
    if named is None or not value.isalpha():
        raise InvalidValue(
            "accent colour",
            text,
            "is not a colour; give #rrggbb (like #1b5e8c) or a name like teal",
        )
    return "#" + str(named.hexval())[2:].lower()


def design_of(value: Mapping[str, Any]) -> BadgeDesign:
    """The design kept in an event; anything unreadable falls back to the default."""
    accent = DEFAULT_ACCENT
    with contextlib.suppress(InvalidValue):
        accent = parse_colour(str(value.get("accent", DEFAULT_ACCENT)))
    logo = value.get("logo")
    name, data = "", b""
    if isinstance(logo, Mapping) and logo.get("data"):
        try:
            data = base64.b64decode(str(logo["data"]), validate=True)
            name = str(logo.get("name", "logo.png"))
        except (binascii.Error, ValueError):
            name, data = "", b""
    return BadgeDesign(
        accent=accent, logo_name=name, logo_data=data, role_band=bool(value.get("role_band", True))
    )


def read_logo(path: Path) -> tuple[str, bytes]:
    """A logo file checked to be a PNG, JPEG or SVG that can be drawn."""
    path = Path(path)
    kind = LOGO_KINDS.get(path.suffix.lower())
    if kind is None:
        raise InvalidValue("logo", str(path), "must be a .png, .jpg or .svg file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidValue("logo", str(path), f"cannot be read ({exc.strerror or exc})") from exc
    if len(data) > MAX_LOGO_BYTES:
        raise InvalidValue("logo", str(path), "is larger than 2 MB; save it smaller")
    Logo(kind, data, str(path))  # raises when it cannot be drawn
    return path.name, data


def with_changes(
    design: BadgeDesign,
    *,
    logo: Path | None = None,
    accent: str | None = None,
    remove_logo: bool = False,
    role_band: bool | None = None,
) -> BadgeDesign:
    name, data = design.logo_name, design.logo_data
    if remove_logo:
        name, data = "", b""
    if logo is not None:
        name, data = read_logo(logo)
    return BadgeDesign(
        accent=parse_colour(accent) if accent is not None else design.accent,
        logo_name=name,
        logo_data=data,
        role_band=design.role_band if role_band is None else role_band,
    )


def role_of(guest: Guest) -> str:
    """The role column (Rol, Role, Functie) or else the ticket type."""
    for key, value in guest.extra.items():
        if fold(str(key)).strip() in ROLE_KEYS and str(value or "").strip():
            return str(value).strip()
    return guest.ticket_type.strip()


def role_colour(role: str) -> str:
    """The same role always gets the same colour, on every sheet and every computer."""
    key = fold(role).strip()
    if key in KNOWN_ROLES:
        return ROLE_COLOURS[KNOWN_ROLES[key]]
    return ROLE_COLOURS[zlib.crc32(key.encode("utf-8")) % len(ROLE_COLOURS)]


class Logo:
    """A logo ready to draw: its natural size and a way to draw it at the origin."""

    def __init__(self, kind: str, data: bytes, label: str = "logo") -> None:
        self.kind = kind
        self.width = 0.0
        self.height = 0.0
        self._image: ImageReader | None = None
        self._drawing: Any = None
        if kind == "svg":
            from svglib.svglib import svg2rlg

            try:
                drawing = svg2rlg(io.BytesIO(data))
            except Exception as exc:  # svglib raises what its XML parser raises
                raise InvalidValue("logo", label, "is not an SVG image that can be drawn") from exc
            if drawing is None or not drawing.width or not drawing.height:
                raise InvalidValue("logo", label, "is not an SVG image that can be drawn")
            self._drawing = drawing
            self.width, self.height = float(drawing.width), float(drawing.height)
        else:
            try:
                image = ImageReader(io.BytesIO(data))
                w, h = image.getSize()
            except Exception as exc:  # PIL raises many kinds for a damaged image
                raise InvalidValue(
                    "logo", label, "is not a PNG or JPEG image that can be drawn"
                ) from exc
            self._image = image
            self.width, self.height = float(w), float(h)

    def fit(self, max_w: float, max_h: float) -> tuple[float, float]:
        scale = min(max_w / self.width, max_h / self.height)
        return self.width * scale, self.height * scale

    def define_form(self, canvas: Canvas, name: str) -> None:
        """Draw the logo once into the PDF as a form; each badge places the form."""
        canvas.beginForm(name, 0, 0, self.width, self.height)
        if self._drawing is not None:
            renderPDF.draw(self._drawing, canvas, 0, 0)
        elif self._image is not None:
            canvas.drawImage(self._image, 0, 0, self.width, self.height, mask="auto")
        canvas.endForm()
