"""One guest's badge as a one-page PDF in a print layout, in the event's badge design.

The badge is the one the Badges screen prints (checkin/documents/badges.py),
one to a page; a companion admitted with the guest is a "+1" beside the QR
code. The layouts a desk printer takes are :data:`PRINT_LAYOUTS`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from checkin.documents.badges import render_badges
from checkin.documents.layouts import get_layout
from checkin.errors import InvalidValue
from checkin.models import Event, Guest, Presence

# One badge a page: the Brother QL roll, a card, A6, one on an A4 sheet.
PRINT_LAYOUTS = ("label-62mm", "card-86x54", "a6", "a4-1")
DEFAULT_PRINT_LAYOUT = "label-62mm"


def print_layout(name: str) -> str:
    """The print layout called ``name``, or one sentence naming the ones there are."""
    layout = get_layout(name).name
    if layout not in PRINT_LAYOUTS:
        raise InvalidValue(
            "layout",
            name,
            "is not a layout for one badge at a time; choose one of " + ", ".join(PRINT_LAYOUTS),
        )
    return layout


def companion_mark(people: int) -> str:
    """ "+1" for a guest who came in with one companion; "" alone."""
    return f"+{people - 1}" if people > 1 else ""


def badge_pdf(
    event: Event, guest: Guest, out: Path, *, layout: str = DEFAULT_PRINT_LAYOUT, people: int = 1
) -> Path:
    """Write ``guest``'s badge to ``out`` (one page); ``people`` came in on it."""
    mark = companion_mark(people)
    render_badges(
        event, [guest], out, layout=print_layout(layout), marks={guest.id: mark} if mark else None
    )
    return out


def sample_guest(now: datetime) -> Guest:
    """The made-up guest of "Print a test badge": a long name and a code that scans."""
    return Guest(
        id=0,
        first_name="Marie-Louise",
        middle="van",
        last_name="Dijk-Yılmaz",
        name="Marie-Louise van Dijk-Yılmaz",
        organisation="Test badge",
        email="",
        code="TEST-BADGE",
        cancelled=False,
        presence=Presence.NOT_ARRIVED,
        walk_in=False,
        first_arrival=now,
    )
