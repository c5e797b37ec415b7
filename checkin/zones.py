"""The event's time zone, and a fallback that cannot fail.

An event names its zone ("Europe/Amsterdam"); zoneinfo finds it in the system's
database or, where there is none (Windows), in the ``tzdata`` package we depend
on. Should both be missing or the name be unknown (a store written elsewhere),
the fallback is Amsterdam's rule built in here: the POSIX rule of the EU's
summer time in a minimal TZif file, so a time is never shown in the wrong zone
and no export dies on a missing database.
"""

from __future__ import annotations

import io
import struct
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT = "Europe/Amsterdam"
# CET, UTC+1; CEST from the last Sunday of March 02:00 to the last Sunday of October 03:00.
_AMSTERDAM_RULE = b"CET-1CEST,M3.5.0,M10.5.0/3"


def zone(name: str) -> ZoneInfo:
    """The zone called ``name``, else the default one; never raises."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return fallback()


@cache
def fallback() -> ZoneInfo:
    try:
        return ZoneInfo(DEFAULT)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return ZoneInfo.from_file(io.BytesIO(_tzif(_AMSTERDAM_RULE)), key=DEFAULT)


def _tzif(rule: bytes) -> bytes:
    """A TZif version 2 file (RFC 8536) with no transitions: the footer's rule is the zone."""
    # counts: UT indicators, standard indicators, leap seconds, transitions, types, abbr. bytes
    header = b"TZif2" + bytes(15) + struct.pack(">6l", 0, 0, 0, 0, 1, 4)
    one_type = struct.pack(">lbB", 3600, 0, 0) + b"CET\0"
    return header + one_type + header + one_type + b"\n" + rule + b"\n"
