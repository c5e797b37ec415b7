"""The ticket mail's words: Dutch and English ship, the organiser may edit both fields.

The subject and the text are templates with fields in braces: {first_name},
{event}, {date}, {place} and {seat}. What the organiser wrote is kept in the
event's settings (``settings["mail"]``), so every computer that opens the event
sends the same mail; an empty field means the shipped text in the event's
language. The place and the start and end times (for the calendar file) are
kept there too, with the rate limit (messages a minute).
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass, fields, replace
from datetime import time
from typing import Any

import sqlalchemy as sa

from checkin.documents.badges import seat_text
from checkin.documents.words import words_for
from checkin.errors import InvalidValue
from checkin.models import Event, Guest
from checkin.store import Store, event_t

FIELDS = ("first_name", "event", "date", "place", "seat")
DEFAULT_RATE = 30  # messages a minute: what hosted mail services (Microsoft 365, Gmail) allow
RATE_MAX = 100_000
_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")

# language -> (subject, text)
_DEFAULTS: dict[str, tuple[str, str]] = {
    "en": (
        "Your ticket for {event}",
        "Dear {first_name},\n\n"
        "Here is your personal ticket for {event} on {date}, {place}.\n"
        "Show the QR code at the entrance, on your phone or printed; "
        "the ticket is also attached as a PDF.\n\n"
        "{seat}\n\n"
        "We look forward to seeing you.",
    ),
    "nl": (
        "Je toegangsbewijs voor {event}",
        "Beste {first_name},\n\n"
        "Hierbij je persoonlijke toegangsbewijs voor {event} op {date}, {place}.\n"
        "Laat de QR-code bij de ingang zien, op je telefoon of geprint; "
        "het toegangsbewijs zit ook als pdf in de bijlage.\n\n"
        "{seat}\n\n"
        "Tot dan!",
    ),
}

# The words around the template: the code line, the seat line, the calendar's name.
_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "code": "Your code",
        "seat": "Your seat: {seat}",
        "ticket": "ticket",
        "place_unknown": "the place we will let you know",
        "date_unknown": "the day",
    },
    "nl": {
        "code": "Je code",
        "seat": "Je plaats: {seat}",
        "ticket": "toegangsbewijs",
        "place_unknown": "de plek laten we je nog weten",
        "date_unknown": "de dag",
    },
}


@dataclass(frozen=True)
class MailSettings:
    """The ticket mail of one event as kept in its settings; "" means the shipped text."""

    subject: str = ""
    text: str = ""
    place: str = ""
    start: str = ""  # "19:30", the event's local time; "" makes the calendar entry all-day
    end: str = ""
    rate: int = DEFAULT_RATE

    def as_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def word(language: str, key: str, **values: str) -> str:
    text = _WORDS.get(language, _WORDS["en"])[key]
    return text.format(**values) if values else text


def defaults(language: str) -> tuple[str, str]:
    """The shipped subject and text in the event's language."""
    return _DEFAULTS.get(language, _DEFAULTS["en"])


def check_template(field: str, text: str) -> str:
    """The template as typed, or InvalidValue naming the field and the unknown {name}."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise InvalidValue(
            field, text, f"has a brace that is not a field ({exc}); write {{{{ for a brace"
        ) from None
    for _, name, spec, conversion in parts:
        if name is None:
            continue
        if name not in FIELDS or spec or conversion:
            raise InvalidValue(
                field,
                text,
                f"has the field {{{name}}}; the fields are "
                + ", ".join(f"{{{f}}}" for f in FIELDS),
            )
    return text


def check_time(field: str, text: str) -> str:
    text = text.strip()
    if text and not _TIME.match(text):
        raise InvalidValue(field, text, "is not a time like 19:30")
    return text


def check_rate(rate: object) -> int:
    if isinstance(rate, bool) or not isinstance(rate, int) or not 1 <= rate <= RATE_MAX:
        raise InvalidValue(
            "rate", rate, f"must be a whole number of messages a minute from 1 to {RATE_MAX:,}"
        )
    return rate


def checked(settings: MailSettings) -> MailSettings:
    check_template("subject", settings.subject)
    check_template("text", settings.text)
    if "\n" in settings.subject or "\r" in settings.subject:
        raise InvalidValue("subject", settings.subject, "must be one line")
    start, end = check_time("start", settings.start), check_time("end", settings.end)
    if end and not start:
        raise InvalidValue("end", end, "needs a start time too")
    check_rate(settings.rate)
    return replace(settings, start=start, end=end, place=settings.place.strip())


def settings_of(value: object) -> MailSettings:
    """The mail settings from the event's settings JSON; anything unreadable is the default."""
    if not isinstance(value, dict):
        return MailSettings()
    texts = {f.name for f in fields(MailSettings)} - {"rate"}
    kept: dict[str, Any] = {k: v for k, v in value.items() if k in texts and isinstance(v, str)}
    rate = value.get("rate")
    if isinstance(rate, int) and not isinstance(rate, bool):
        kept["rate"] = rate
    try:
        return checked(MailSettings(**kept))
    except InvalidValue:
        return MailSettings()


def load(store: Store) -> MailSettings:
    with store.read() as conn:
        text = conn.execute(sa.select(event_t.c.settings)).scalar_one()
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return MailSettings()
    return settings_of(value.get("mail") if isinstance(value, dict) else None)


def save(store: Store, settings: MailSettings) -> MailSettings:
    """Keep the ticket mail with the event: checked first, one transaction."""
    settings = checked(settings)
    with store.write() as tx:
        tx.set_settings(mail=settings.as_json())
    return settings


@dataclass(frozen=True)
class Filled:
    """The mail's words for one guest."""

    subject: str
    paragraphs: tuple[str, ...]
    code_label: str


def times(settings: MailSettings) -> tuple[time | None, time | None]:
    def parse(text: str) -> time | None:
        return (
            time.fromisoformat(f"{int(text.split(':')[0]):02d}:{text.split(':')[1]}")
            if text
            else None
        )

    return parse(settings.start), parse(settings.end)


def fill(event: Event, guest: Guest, settings: MailSettings) -> Filled:
    """The subject and the text for one guest; only that guest's first name and seat."""
    language = event.language
    subject, text = defaults(language)
    subject, text = settings.subject or subject, settings.text or text
    words = words_for(language)
    start, _ = times(settings)
    day = words.long_date(event.date) if event.date else word(language, "date_unknown")
    if event.date and start:
        day += f", {start:%H:%M}"
    first = guest.first_name.strip() or guest.name.strip()
    seat = seat_text(guest.seat, words) if guest.seat.strip() else ""
    values = {
        "first_name": first,
        "event": event.name,
        "date": day,
        "place": settings.place or word(language, "place_unknown"),
        "seat": word(language, "seat", seat=seat) if seat else "",
    }
    filled_text = text.format(**values)
    paragraphs = tuple(p.strip() for p in re.split(r"\n\s*\n", filled_text) if p.strip())
    return Filled(
        subject=" ".join(subject.format(**values).split()),
        paragraphs=paragraphs,
        code_label=word(language, "code"),
    )
