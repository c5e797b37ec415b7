"""Names as lists give them: a full name split into first name, tussenvoegsel and last name.

Dutch (and a few Belgian, German, French) name particles: "Anna van den Berg"
sorts under B. Only lower-case ones count: in Belgium "De Smet" keeps its
capital and sorts under D, and so do we.
"""

from __future__ import annotations

PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "ten",
        "ter",
        "te",
        "'t",
        "in",
        "op",
        "aan",
        "bij",
        "uit",
        "onder",
        "over",
        "tot",
        "voor",
        "von",
        "vom",
        "zu",
        "zum",
        "zur",
        "du",
        "des",
        "le",
        "la",
        "d'",
        "di",
        "da",
        "del",
        "della",
        "dos",
        "das",
        "'s",
        "s'",
    }
)


def split_name(full: str) -> tuple[str, str, str]:
    """A full name as (first, tussenvoegsel, last): "Anna van den Berg" -> Anna, van den, Berg.

    "Berg, Anna van den" (the phone-book form) gives the same. Without a
    particle the last word is the last name and the words before it the first.
    """
    full = " ".join(full.split())
    if "," in full:
        last, _, rest = full.partition(",")
        given = rest.split()
        i = len(given)
        while i > 0 and given[i - 1] in PARTICLES:
            i -= 1
        if given:
            return " ".join(given[:i]), " ".join(given[i:]), last.strip()
        return "", "", last.strip()
    tokens = full.split()
    if len(tokens) < 2:
        return full, "", ""
    for i in range(1, len(tokens) - 1):
        if tokens[i] not in PARTICLES and tokens[i].casefold() in PARTICLES:
            # A capital particle belongs to the last name: Els De Smet, sorted under D.
            return " ".join(tokens[:i]), "", " ".join(tokens[i:])
        if tokens[i] in PARTICLES:
            j = i
            while j < len(tokens) - 1 and tokens[j] in PARTICLES:
                j += 1
            return " ".join(tokens[:i]), " ".join(tokens[i:j]), " ".join(tokens[j:])
    return " ".join(tokens[:-1]), "", tokens[-1]


def split_last(last: str) -> tuple[str, str]:
    """A last-name cell that carries its tussenvoegsel: "van den Berg" -> (van den, Berg)."""
    tokens = last.split()
    i = 0
    while i < len(tokens) - 1 and tokens[i] in PARTICLES:
        i += 1
    return " ".join(tokens[:i]), " ".join(tokens[i:])


def stand_in_name(code: str, email: str) -> str:
    """The name of a row that has none but a code or an email (Eventbrite leaves it empty
    when the buyer did not fill it in): what the list had, the email whole, else the code.
    Never the email's local part: "info" or "tickets" says nothing about who comes. The
    guest is marked name_missing, and every screen and document says so."""
    return email.strip() or code.strip()
