"""Folding text for matching: "zoe" finds "Zoë", "yilmaz" finds "Yılmaz", "Аnna" finds "Anna".

Besides accents and special letters, the Cyrillic and Greek letters that look like
Latin ones (either case) fold to that Latin letter: a name typed with a Cyrillic
"А" (a keyboard left on Russian, a name pasted from a message) is the same name.
Folding is done to both sides of every comparison, so a real Cyrillic or Greek
name still finds itself. Invisible format characters (zero-width space, soft
hyphen) are dropped.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that NFKD does not take apart into a base letter and a mark.
_SPECIAL = str.maketrans(
    {
        "ı": "i",
        "ø": "o",
        "Ø": "o",
        "ł": "l",
        "Ł": "l",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "þ": "th",
        "ð": "d",
        "ħ": "h",
    }
)
# Cyrillic and Greek letters (lower case, after casefold) of which one case looks like a
# Latin letter: А/а, В, Е/е, К, М, Н, О/о, Р/р, С/с, Т, Х/х, У/у; Α, Β, Ε, Ζ, Η, Ι, Κ, Μ, Ν,
# Ο/ο, Ρ, Τ, Υ, Χ.
_LOOK_ALIKE = str.maketrans(
    {
        "а": "a",
        "в": "b",
        "е": "e",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "ѕ": "s",
        "і": "i",
        "ј": "j",
        "һ": "h",
        "ԁ": "d",
        "ԛ": "q",
        "ԝ": "w",
        "ү": "y",
        "ӏ": "l",
        "α": "a",
        "β": "b",
        "ε": "e",
        "ζ": "z",
        "η": "h",
        "ι": "i",
        "κ": "k",
        "μ": "m",
        "ν": "n",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "y",
        "χ": "x",
    }
)
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower case, accents, special letters and Latin look-alikes reduced to plain ASCII."""
    if text.isascii():  # most names and emails: skip the walk over every character
        return text.lower()
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(
        c for c in decomposed if not unicodedata.combining(c) and unicodedata.category(c) != "Cf"
    )
    return stripped.casefold().translate(_SPECIAL).translate(_LOOK_ALIKE)


def words(text: str) -> list[str]:
    """The folded words of a text, punctuation dropped."""
    return [w for w in _NON_WORD.split(fold(text)) if w]


def display_name(first: str, middle: str, last: str) -> str:
    """ "Anna", "van den", "Berg" -> "Anna van den Berg"."""
    return " ".join(p for p in (first.strip(), middle.strip(), last.strip()) if p)


def sort_key(first: str, last: str, name: str) -> str:
    """Sort under the last name with the tussenvoegsel ignored (Dutch phone-book order)."""
    if last.strip():
        return f"{fold(last.strip())}\x01{fold(first.strip())}"
    return fold(name.strip())
