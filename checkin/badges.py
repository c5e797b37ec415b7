"""Moved to :mod:`checkin.documents.badges`; this name stays for callers that import it."""

from checkin.documents.badges import BadgeResult, render_badges, write_badges  # noqa: F401
