"""What each column holds: known columns by name, English and Dutch, matched loosely.

Case, accents, punctuation and extra words do not matter ("E-mailadres
(werk)", "Ticket nr.", "Komt u?"). Unknown columns are kept as extra fields
under their header. A person may override any column's meaning (the mapping).
"""

from __future__ import annotations

from dataclasses import dataclass

from checkin.errors import InvalidValue
from checkin.text import words

FIELDS: tuple[str, ...] = (
    "first_name",
    "middle",
    "last_name",
    "name",
    "organisation",
    "email",
    "code",
    "status",
    "notes",
    "ticket_type",
    "seat",
    "companions",
)
NAME_FIELDS = frozenset({"first_name", "last_name", "name"})


@dataclass(frozen=True)
class Column:
    index: int
    header: str
    field: str | None  # None: kept as an extra field under its header


# Checked in this order, so that the specific beats the general: "Voornaam" is a
# first name before it is a name, "Bedrijfsnaam" an organisation, "Ticket type"
# no code. Each rule: whole folded-and-joined headers, substrings of the joined
# header, and whole words of the header.
_RULES: tuple[tuple[str, frozenset[str], tuple[str, ...], frozenset[str]], ...] = (
    (
        "first_name",
        frozenset(),
        ("firstname", "voornaam", "givenname", "forename", "roepnaam"),
        frozenset({"first", "voornamen"}),
    ),
    (
        "middle",
        frozenset({"middle"}),
        ("tussenvoegsel", "middlename", "voorvoegsel"),
        frozenset({"tussenv", "tv", "tussenvoegsels"}),
    ),
    (
        "last_name",
        frozenset(),
        ("lastname", "achternaam", "surname", "familyname", "familienaam", "geslachtsnaam"),
        frozenset({"last"}),
    ),
    (
        "organisation",
        frozenset(),
        (
            "organisation",
            "organization",
            "organisatie",
            "company",
            "bedrijf",
            "instelling",
            "employer",
            "werkgever",
        ),
        frozenset({"org", "firma"}),
    ),
    ("email", frozenset(), ("email", "mailadres"), frozenset({"mail"})),
    (
        "ticket_type",
        frozenset({"type", "soort"}),
        ("tickettype", "ticketsoort", "soortticket", "typeticket", "category", "categorie"),
        frozenset({"rol", "role", "rollen"}),
    ),
    (
        "companions",
        frozenset(
            {"guests", "gasten", "personen", "introduce", "introducee", "introducees", "partysize"}
        ),
        (
            "companion",
            "plusone",
            "plus1",
            "introduce",
            "aantalpersonen",
            "totalguests",
            "aantalgasten",
            "extraguests",
            "begeleider",
            "partysize",
        ),
        frozenset(),
    ),
    (
        "seat",
        frozenset(),
        ("tafelnummer", "tablenumber", "zitplaats", "stoelnummer", "seatnumber"),
        frozenset({"seat", "table", "tafel", "stoel", "plaats", "seating"}),
    ),
    (
        "code",
        frozenset({"ticket", "barcode", "qr", "qrcode"}),
        (
            "barcode",
            "ticketnr",
            "ticketnumber",
            "ticketnummer",
            "ticketcode",
            "ticketid",
            "badgecode",
            "toegangscode",
        ),
        frozenset({"code"}),
    ),
    (
        "status",
        frozenset(
            {
                "komtu",
                "komt",
                "attending",
                "aanwezig",
                "aanwezigheid",
                "attendance",
                "going",
                "deelname",
            }
        ),
        ("status", "rsvp"),
        frozenset({"attending", "attend", "coming", "aanwezig", "komt", "komtu", "komen"}),
    ),
    (
        "notes",
        frozenset(),
        ("opmerking", "remark", "comment", "bijzonderhed"),
        frozenset({"notes", "note", "notities", "notitie"}),
    ),
    (
        "name",
        frozenset(
            {
                "guest",
                "gast",
                "attendee",
                "deelnemer",
                "fullname",
                "volledigenaam",
                "naamgast",
                "guestname",
                "attendeename",
                "naamdeelnemer",
            }
        ),
        (),
        frozenset({"name", "naam", "namen", "names"}),
    ),
)

_NUMBER_WORDS = frozenset({"nr", "no", "number", "nummer", "id", "num"})

# Headers that count the guest too ("Total Guests": 3 is the guest and two more).
_COUNTS_SELF = ("total", "aantalpersonen", "personen", "partysize", "aantalgasten", "gasten")


def field_for_header(header: str) -> str | None:
    """The field a column header names, or None for a column kept as an extra field."""
    parts = words(header)
    joined = "".join(parts)
    if not joined:
        return None
    word_set = set(parts)
    for name, whole, pieces, wordlist in _RULES:
        if joined in whole or word_set & wordlist or any(p in joined for p in pieces):
            if name == "name" and ("#" in header or word_set & _NUMBER_WORDS):
                return None  # "Attendee #", "Deelnemer nr": a number, not a name
            return name
    return None


def counts_self(header: str) -> bool:
    """Whether a companions header counts the guest too ("Aantal personen": 2 is one more)."""
    joined = "".join(words(header))
    return any(key in joined for key in _COUNTS_SELF) and "plus" not in joined


def detect_fields(headers: list[str]) -> list[str | None]:
    """A field per column; a field claimed twice stays with its first column."""
    taken: set[str] = set()
    out: list[str | None] = []
    for header in headers:
        f = field_for_header(header)
        if f is not None and f in taken:
            f = None
        if f is not None:
            taken.add(f)
        out.append(f)
    return out


def apply_mapping(
    headers: list[str], detected: list[str | None], mapping: dict[int, str | None] | None
) -> list[Column]:
    """The columns with a person's choices applied over the detected fields.

    ``mapping`` gives a column (0-based) a field, or None to keep it as an
    extra field; a field moved to a column leaves the column that had it.
    """
    fields = list(detected)
    headers = list(headers)
    for index, f in (mapping or {}).items():
        if f is not None and f not in FIELDS:
            raise InvalidValue("column mapping", f, "is not a field of a guest")
        if index < 0:
            raise InvalidValue("column mapping", index, "is not a column number")
        while len(fields) <= index:
            fields.append(None)
            headers.append("")
        if f is not None:
            fields = [None if old == f else old for old in fields]
        fields[index] = f
    return [
        Column(i, h or f"Column {i + 1}", f)
        for i, (h, f) in enumerate(zip(headers, fields, strict=True))
    ]
