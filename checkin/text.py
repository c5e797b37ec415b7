"""Folding text for matching: "zoe" finds "Zoë", "yilmaz" finds "Yılmaz"."""

from __future__ import annotations

import re
import unicodedata

# Letters that NFKD does not take apart into a base letter and a mark.
_SPECIAL = str.maketrans(
    {"ı": "i", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ß": "ss",
     "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d", "ħ": "h"}
)
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower case, accents and special letters reduced to plain ASCII letters."""
    if text.isascii():  # most names and emails: skip the walk over every character
        return text.lower()
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold().translate(_SPECIAL)


def words(text: str) -> list[str]:
    """The folded words of a text, punctuation dropped."""
    return [w for w in _NON_WORD.split(fold(text)) if w]


def display_name(first: str, middle: str, last: str) -> str:
    """"Anna", "van den", "Berg" -> "Anna van den Berg"."""
    return " ".join(p for p in (first.strip(), middle.strip(), last.strip()) if p)


def sort_key(first: str, last: str, name: str) -> str:
    """Sort under the last name with the tussenvoegsel ignored (Dutch phone-book order)."""
    if last.strip():
        return f"{fold(last.strip())}\x01{fold(first.strip())}"
    return fold(name.strip())
