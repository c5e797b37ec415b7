"""One way to fill translated strings: ``fill(self.tr("Saved %1."), guest.name)``.

Translators move ``%1`` and ``%2`` around, so texts carry numbered places, as in
Qt's ``QString.arg`` (which PySide6 does not offer). The places are filled in one
pass: a value that itself contains ``%2`` (a guest called "50%2 Ltd", a path) is
never filled again, which chained ``.replace("%1", …).replace("%2", …)`` did.

Counts use Qt's own plurals: ``self.tr("%n guests", "", n)`` gives the translator
every plural form of the language; do not build "1 guest"/"n guests" by hand.
"""

from __future__ import annotations

import re

_PLACE = re.compile(r"%(\d{1,2})")


def fill(template: str, *values: object) -> str:
    """``template`` with ``%1``, ``%2``… replaced by ``values``; unknown places stay as written.

    ``str(value)`` for anything but text; dates and times should be formatted by the
    caller (in the event's time zone).
    """
    texts = [v if isinstance(v, str) else str(v) for v in values]

    def place(match: re.Match[str]) -> str:
        number = int(match.group(1))
        if 1 <= number <= len(texts):
            return texts[number - 1]
        return match.group(0)

    return _PLACE.sub(place, template)
