"""Dates and times on screens, in the app's language: 24-12-2026 14:05 in Dutch.

English screens keep ISO dates (2026-12-24), which no English reader misreads;
documents follow the event's language instead (checkin/documents/words.py).
"""

from __future__ import annotations

from datetime import date, datetime


def screen_date(day: date, language: str) -> str:
    return day.strftime("%d-%m-%Y") if language == "nl" else day.isoformat()


def screen_time(moment: datetime, language: str) -> str:
    return f"{screen_date(moment.date(), language)} {moment:%H:%M}"


def qt_format(language: str, *, time: bool = True) -> str:
    """The display format of a QDateEdit / QDateTimeEdit."""
    day = "dd-MM-yyyy" if language == "nl" else "yyyy-MM-dd"
    return f"{day} HH:mm" if time else day
