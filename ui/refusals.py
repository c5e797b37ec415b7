"""An :class:`~checkin.errors.InvalidValue` as a sentence: its field and why in the
interface language.

The core says why a value is refused in English (``InvalidValue.why``, a fixed
text with the value's particulars in it); the refusals a screen can bring about are
matched here and said in the interface language (context "Errors", as the rest of
ui/errors.py), any other as the core wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from checkin import errors as e

from .kit.text import fill

# The core says why a value is refused in English (InvalidValue.why); the ones a screen can
# bring about are said in the interface language. A pattern's groups fill %1, %2.
_WHYS: tuple[tuple[re.Pattern[str], object], ...] = (
    (
        re.compile(r"is empty; a guest needs a name"),
        QT_TRANSLATE_NOOP("Errors", "is empty; a guest needs a name"),
    ),
    (
        re.compile(r"is empty; a walk-in needs a name"),
        QT_TRANSLATE_NOOP("Errors", "is empty; a walk-in needs a name"),
    ),
    (
        re.compile(r"is empty; an undo needs a reason"),
        QT_TRANSLATE_NOOP("Errors", "is empty; an undo needs a reason"),
    ),
    (
        re.compile(r"is empty; an override needs a reason"),
        QT_TRANSLATE_NOOP("Errors", "is empty; an override needs a reason"),
    ),
    (
        re.compile(r"is empty; give the event a name"),
        QT_TRANSLATE_NOOP("Errors", "is empty; give the event a name"),
    ),
    (re.compile(r"is empty"), QT_TRANSLATE_NOOP("Errors", "is empty")),
    (
        re.compile(r"belongs to another guest already"),
        QT_TRANSLATE_NOOP("Errors", "belongs to another guest already"),
    ),
    (
        re.compile(r"was another guest's badge and is revoked"),
        QT_TRANSLATE_NOOP("Errors", "was another guest's badge and is revoked"),
    ),
    (
        re.compile(r"must be a whole number from (\S+) to (\S+)"),
        QT_TRANSLATE_NOOP("Errors", "must be a whole number from %1 to %2"),
    ),
    (
        re.compile(r"must be between (\d+) and (\d+) for this guest"),
        QT_TRANSLATE_NOOP("Errors", "must be between %1 and %2 for this guest"),
    ),
    (re.compile(r"must be 4 to 12 digits"), QT_TRANSLATE_NOOP("Errors", "must be 4 to 12 digits")),
    (
        re.compile(r"must be a \.png, \.jpg or \.svg file"),
        QT_TRANSLATE_NOOP("Errors", "must be a .png, .jpg or .svg file"),
    ),
    (
        re.compile(r"is larger than 2 MB; save it smaller"),
        QT_TRANSLATE_NOOP("Errors", "is larger than 2 MB; save it smaller"),
    ),
    (
        re.compile(r"is not an SVG image that can be drawn"),
        QT_TRANSLATE_NOOP("Errors", "is not an SVG image that can be drawn"),
    ),
    (
        re.compile(r"is not a PNG or JPEG image that can be drawn"),
        QT_TRANSLATE_NOOP("Errors", "is not a PNG or JPEG image that can be drawn"),
    ),
    # the mail server and the ticket mail (checkin/mail): Settings → E-mail
    (
        re.compile(r"is not a server name like smtp\.example\.nl"),
        QT_TRANSLATE_NOOP("Errors", "is not a server name like smtp.example.nl"),
    ),
    (
        re.compile(r"must be a number from 1 to 65535"),
        QT_TRANSLATE_NOOP("Errors", "must be a number from 1 to 65535"),
    ),
    (
        re.compile(r"must be starttls, ssl or none"),
        QT_TRANSLATE_NOOP("Errors", "must be starttls, ssl or none"),
    ),
    (
        re.compile(r"is not an e-mail address \(.*\)"),
        QT_TRANSLATE_NOOP("Errors", "is not an e-mail address"),
    ),
    (
        re.compile(r"is not like \"Bureau Nieuw-West <info@example\.nl>\""),
        QT_TRANSLATE_NOOP("Errors", 'is not like "Bureau Nieuw-West <info@example.nl>"'),
    ),
    (
        re.compile(r"must be an address with an ASCII name before the @"),
        QT_TRANSLATE_NOOP("Errors", "must be an address with an ASCII name before the @"),
    ),
    (
        re.compile(r"has a brace that is not a field \(.*\); write \{\{ for a brace"),
        QT_TRANSLATE_NOOP("Errors", "has a brace that is not a field; write {{ for a brace"),
    ),
    (
        re.compile(r"has the field (\{\w*\}); the fields are (.*)$"),
        QT_TRANSLATE_NOOP("Errors", "has the field %1; the fields are %2"),
    ),
    (
        re.compile(r"is not a time like 19:30"),
        QT_TRANSLATE_NOOP("Errors", "is not a time like 19:30"),
    ),
    (
        re.compile(r"must be a whole number of messages a minute from 1 to (\S+)"),
        QT_TRANSLATE_NOOP("Errors", "must be a whole number of messages a minute from 1 to %1"),
    ),
    (re.compile(r"must be one line"), QT_TRANSLATE_NOOP("Errors", "must be one line")),
    (re.compile(r"needs a start time too"), QT_TRANSLATE_NOOP("Errors", "needs a start time too")),
)
# The fields those refusals name, as a screen calls them.
_FIELDS: dict[str, object] = {
    "name": QT_TRANSLATE_NOOP("Errors", "name"),
    "reason": QT_TRANSLATE_NOOP("Errors", "reason"),
    "code": QT_TRANSLATE_NOOP("Errors", "code"),
    "capacity": QT_TRANSLATE_NOOP("Errors", "capacity"),
    "people": QT_TRANSLATE_NOOP("Errors", "people"),
    "PIN": QT_TRANSLATE_NOOP("Errors", "PIN"),
    "logo": QT_TRANSLATE_NOOP("Errors", "logo"),
    "server": QT_TRANSLATE_NOOP("Errors", "server"),
    "port": QT_TRANSLATE_NOOP("Errors", "port"),
    "from": QT_TRANSLATE_NOOP("Errors", "from"),
    "reply-to": QT_TRANSLATE_NOOP("Errors", "reply-to"),
    "subject": QT_TRANSLATE_NOOP("Errors", "subject"),
    "text": QT_TRANSLATE_NOOP("Errors", "text"),
    "start": QT_TRANSLATE_NOOP("Errors", "start"),
    "end": QT_TRANSLATE_NOOP("Errors", "end"),
    "rate": QT_TRANSLATE_NOOP("Errors", "rate"),
}


def refused(x: e.CheckinError) -> str:
    """An InvalidValue's sentence: its field and why in the interface language where the
    catalogue has them, else as the core wrote them."""
    field, why = str(getattr(x, "field", "")), str(getattr(x, "why", ""))
    for pattern, words in _WHYS:
        if found := pattern.fullmatch(why):
            why = fill(QCoreApplication.translate("Errors", str(words)), *found.groups())
            break
    if field in _FIELDS:
        field = QCoreApplication.translate("Errors", str(_FIELDS[field]))
    return fill(
        QCoreApplication.translate("Errors", "%1: %2 is not accepted (%3); nothing was changed."),
        field,
        repr(getattr(x, "value", "")),
        why,
    )
