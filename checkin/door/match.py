"""Is this walk-in on the list? A name folded (accents, case, look-alike letters,
tussenvoegsel, word order) or an email.

"Berg, Anna van den" (as a list or a badge may write it) and "Anna van den Berg"
are one person at the door: the words are compared as a set, after folding
(checkin/text.py: a Cyrillic "А" is an "A") and without the particles. The door
then asks "Is this …?", so a match is always confirmed by a person.
"""

from __future__ import annotations

import re

import sqlalchemy as sa

from checkin.models import Guest, GuestInput
from checkin.store import Tx, guest_t
from checkin.store.rows import _guest_of
from checkin.text import fold

# Dutch and neighbouring name particles, ignored when names are compared:
# "Jan de Vries", "Jan Vries" and "jan DE vries" are one person at the door.
PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "t",
        "ter",
        "ten",
        "te",
        "in",
        "op",
        "aan",
        "bij",
        "onder",
        "over",
        "uit",
        "uijt",
        "von",
        "vom",
        "zu",
        "la",
        "le",
        "du",
        "da",
        "di",
        "dos",
        "des",
        "del",
        "della",
        "s",
        "l",
        "d",
    }
)
_WORD = re.compile(r"[a-z0-9]+")


def name_key(text: str) -> str:
    """The name as the door compares it: folded as the search folds it, particles left out,
    its words in alphabetical order (so "Berg, Anna" is "Anna Berg")."""
    return " ".join(sorted(w for w in _WORD.findall(fold(text)) if w not in PARTICLES))


def _full_name(g: GuestInput | Guest) -> str:
    if g.name.strip():
        return g.name
    return " ".join(p for p in (g.first_name, g.middle, g.last_name) if p.strip())


def find_match(tx: Tx, person: GuestInput) -> Guest | None:
    """The invited guest (not another walk-in) this walk-in names, if any."""
    key = name_key(_full_name(person))
    email = person.email.strip().lower()
    words = sorted(key.split(), key=len, reverse=True)
    conds: list[sa.ColumnElement[bool]] = []
    if words:
        # The longest word narrows the search in SQL; the comparison is done here.
        conds.append(guest_t.c.search_key.like(f"%{words[0]}%"))
    if email:
        conds.append(sa.func.lower(guest_t.c.email) == email)
    if not conds:
        return None
    rows = tx.conn.execute(
        sa.select(guest_t)
        .where(guest_t.c.walk_in == sa.false(), sa.or_(*conds))
        .order_by(guest_t.c.id)
    ).all()
    for row in rows:
        guest = _guest_of(row)
        if email and guest.email.strip().lower() == email:
            return guest
        if key and name_key(_full_name(guest)) == key:
            return guest
    return None
