"""The app's one style: colours, font sizes and the few style sheets built from them.

Every screen takes its colours from here instead of writing its own style sheet,
so a colour changes in one place and the verdict colours stay the same on the
Door screen, in the dialogs and in the charts.

A verdict never relies on colour alone (each has an icon and words too), and the
door can switch to a colour-blind-safe palette (Okabe & Ito's: blue for go,
vermillion for stop, orange for look), where red and green are never the pair
to tell apart. Contrast of every background/text pair is at least 4.5:1 (most
above 7:1), for a screen seen from two metres.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QWidget


class Tone(enum.Enum):
    """What the door person must do; each has a colour (and, on screen, a shape)."""

    GO = "go"  # let them through
    OUT = "out"  # they left
    LOOK = "look"  # nothing changed, but look at this guest
    STOP = "stop"  # do not let them in
    IDLE = "idle"  # ready for the next badge


@dataclass(frozen=True)
class Pair:
    """A background and the text colour that reads on it."""

    background: str
    text: str


# The usual palette: green, blue, amber, red.
VERDICT: dict[Tone, Pair] = {
    Tone.GO: Pair("#1b6e20", "#ffffff"),
    Tone.OUT: Pair("#0d47a1", "#ffffff"),
    Tone.LOOK: Pair("#ffc400", "#000000"),
    Tone.STOP: Pair("#b71c1c", "#ffffff"),
    Tone.IDLE: Pair("#eceff1", "#263238"),
}

# Colour-blind safe (Okabe-Ito): go and stop differ in lightness and in hue for
# every common colour-vision deficiency (deutan, protan, tritan).
VERDICT_COLOUR_BLIND: dict[Tone, Pair] = {
    Tone.GO: Pair("#0072b2", "#ffffff"),
    Tone.OUT: Pair("#332288", "#ffffff"),
    Tone.LOOK: Pair("#e69f00", "#000000"),
    Tone.STOP: Pair("#a63c00", "#ffffff"),
    Tone.IDLE: Pair("#eceff1", "#263238"),
}

# Exit mode tints the whole Door screen, so nobody scans guests out by mistake.
EXIT_MODE = Pair("#4a148c", "#ffffff")
# A door not connected to its store.
NOT_CONNECTED = Pair("#37474f", "#ffffff")

PROBLEM = "#b00020"  # a sentence saying what is wrong with what was typed
MUTED = "#8a8a8a"  # cancelled guests, hints
PENDING = "#8d6e00"  # guests not confirmed yet (dark amber: readable on white)
NOTICE = Pair("#fff3e0", "#3e2723")  # a passing remark on the door screen

ATTENTION = "#e65100"  # deep orange: offline, a notice's frame
LINK_ONLINE = Pair("#eceff1", "#37474f")  # the link strip while the store answers
LINK_OFFLINE = Pair(ATTENTION, "#ffffff")  # ... and while this door works on its own copy
QUIET = "#37474f"  # small print that must still read well (the link strip's words)
SECONDARY = "#546e7a"  # where the event is stored
OTHER_DOORS = Pair("#f5f5f5", "#263238")
ROOM_FOR = Pair("#00e676", "#000000")  # "room for 2": not the verdict's green
CHART = Pair("#fafafa", "#78909c")  # the headcount chart's paper and its words
CAMERA_BACKGROUND = "#263238"  # around the webcam picture
CHOSEN = Pair("#ff8f00", "#000000")  # the preselected answer on the door's big buttons
QUESTION = Pair("#fff8e1", "#212121")  # the door question's panel

# Point sizes; the door's are large because the screen is read from a distance.
TITLE_PT = 22
HEADING_PT = 16
HEADCOUNT_PT = 28
VERDICT_PT = 40
VERDICT_NAME_PT = 30
BANNER_PT = 22


def verdict_colours(tone: Tone, *, colour_blind: bool = False) -> Pair:
    return (VERDICT_COLOUR_BLIND if colour_blind else VERDICT)[tone]


def colour(hex_rgb: str) -> QColor:
    return QColor(hex_rgb)


def font(base: QFont, points: int, *, bold: bool = False) -> QFont:
    """``base`` at ``points``: fonts, not style sheets, so the family stays the system's."""
    result = QFont(base)
    result.setPointSize(points)
    result.setBold(bold)
    return result


def banner_sheet(pair: Pair, points: int | None = BANNER_PT, padding: int = 6) -> str:
    """A bold line across the screen; ``points`` None keeps the label's font size."""
    size = f" font-size: {points}pt;" if points is not None else ""
    return (
        f"background: {pair.background}; color: {pair.text};{size}"
        f" font-weight: bold; padding: {padding}px;"
    )


def frame_sheet(object_name: str, pair: Pair, radius: int = 12) -> str:
    """A coloured frame whose labels take its text colour (the verdict area)."""
    return (
        f"QFrame#{object_name} {{ background: {pair.background};"
        f" border-radius: {radius}px; }}"
        f"QFrame#{object_name} QLabel {{ color: {pair.text}; background: transparent; }}"
    )


def make_title(label: QLabel, points: int = TITLE_PT) -> QLabel:
    label.setFont(font(label.font(), points, bold=True))
    return label


def make_problem(label: QLabel, *, bold: bool = False) -> QLabel:
    """A label for what is wrong: red, wrapping, empty until something is."""
    label.setWordWrap(True)
    label.setStyleSheet(text_sheet(PROBLEM, bold=bold))
    return label


def text_sheet(colour: str, *, bold: bool = False) -> str:
    """Coloured words on the normal background."""
    return f"color: {colour};" + (" font-weight: bold;" if bold else "")


def pill_sheet(pair: Pair, points: int = 11) -> str:
    """A small rounded label of its own colour, readable on any background (the scanner light)."""
    return (
        f"color: {pair.text}; background: {pair.background}; font-weight: bold;"
        f" font-size: {points}pt; padding: 1px 6px; border-radius: 4px;"
    )


def strip_sheet(pair: Pair, *, bold: bool = False, points: int | None = None) -> str:
    """A thin coloured line of text (the link strip, the other doors' scans)."""
    return (
        f"color: {pair.text}; background: {pair.background}; padding: 2px 6px;"
        + (" font-weight: bold;" if bold else "")
        + (f" font-size: {points}pt;" if points is not None else "")
    )


def notice_sheet(pair: Pair = NOTICE, border: str = ATTENTION) -> str:
    return (
        f"background: {pair.background}; color: {pair.text};"
        f" border: 2px solid {border}; padding: 6px;"
    )


def outlined_banner_sheet(
    pair: Pair, points: int, border: str = "solid #000000", radius: int = 0
) -> str:
    """A banner with a thick frame: told apart from a verdict by more than its colour."""
    return (
        f"background: {pair.background}; color: {pair.text}; font-size: {points}pt;"
        f" font-weight: bold; padding: 4px; border: 4px {border};"
        f" border-radius: {radius}px;"
    )


def big_button_sheet(background: str) -> str:
    """The door's large answer buttons; the checked one stands out by a thick frame too."""
    return (
        f"QPushButton {{ background: {background}; color: #ffffff; border-radius: 10px;"
        " padding: 10px 28px; }"
        f"QPushButton:checked {{ background: {CHOSEN.background}; color: {CHOSEN.text};"
        " border: 5px solid #000000; }"
    )


def panel_sheet(object_name: str, pair: Pair, border: str, radius: int = 12) -> str:
    """A frame in a colour of its own with a thick border (the door's questions)."""
    return (
        f"QFrame#{object_name} {{ background: {pair.background};"
        f" border: 6px solid {border}; border-radius: {radius}px; }}"
        f"QFrame#{object_name} QLabel {{ color: {pair.text}; background: transparent; }}"
    )


def screen_sheet(object_name: str, pair: Pair | None) -> str:
    """A whole screen in ``pair``'s colours, its labels in the text colour (exit mode)."""
    if pair is None:
        return ""
    return (
        f"#{object_name} {{ background: {pair.background}; }}"
        f"#{object_name} QLabel {{ color: {pair.text}; }}"
    )


def tint(widget: QWidget, pair: Pair | None) -> None:
    """Paint ``widget``'s background (``None``: the normal background again)."""
    widget.setAutoFillBackground(pair is not None)
    name = widget.objectName() or "tinted"
    widget.setObjectName(name)
    widget.setStyleSheet("" if pair is None else f"#{name} {{ background: {pair.background}; }}")
