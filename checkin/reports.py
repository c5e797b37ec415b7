"""Moved to :mod:`checkin.documents.reports`; this name stays for callers that import it."""

from checkin.documents.reports import (  # noqa: F401
    InsideRow,
    PresenceRow,
    inside_now,
    present_between,
    write_door_list,
    write_inside_list,
    write_present,
)
