"""The ticket PDF: one A6 page in the event's badge design, its QR holding the guest's code.

The same drawing as the badges (checkin/documents/badges.py: logo, accent
colour, the name large, the seat), one guest a file. Written through the one
atomic writer into a folder the run owns, then read back as bytes.
"""

from __future__ import annotations

from pathlib import Path

from checkin.documents.badges import render_badges
from checkin.documents.design import BadgeDesign
from checkin.models import Event, Guest

TICKET_LAYOUT = "a6"


def ticket_pdf(event: Event, guest: Guest, design: BadgeDesign, folder: Path) -> bytes:
    """The guest's ticket as PDF bytes; ``folder`` is a scratch folder of the caller's."""
    out = folder / f"ticket-{guest.id}.pdf"
    render_badges(event, [guest], out, layout=TICKET_LAYOUT, design=design)
    try:
        return out.read_bytes()
    finally:
        out.unlink(missing_ok=True)
