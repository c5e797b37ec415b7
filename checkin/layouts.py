"""Moved to :mod:`checkin.documents.layouts`; this name stays for callers that import it."""

from checkin.documents.layouts import DEFAULT_LAYOUT, LAYOUTS, MM, Layout, get_layout  # noqa: F401
