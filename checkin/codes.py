"""Badge codes: generating them, and undoing what a keyboard layout did to a scan.

A USB scanner types a code as the key presses of a US keyboard. On a laptop set
to German QWERTZ the Y and Z keys swap; on French or Belgian AZERTY A/Q and W/Z
swap, M moves and the digit row gives & é " ' ( … unless shifted. Generated
codes therefore use only the upper-case letters that sit on the same key in all
three layouts, without the look-alikes I and O, and no digits: such a code is
typed right on every laptop and fits the QR alphanumeric mode.
"""

from __future__ import annotations

import math
import re
import secrets
from collections.abc import Container

# The letters whose key is the same in QWERTY, QWERTZ and AZERTY, minus I and O.
ALPHABET = "BCDEFGHJKLNPRSTUVX"
TAG_LENGTH = 4
RANDOM_BITS = 96
BODY_LENGTH = math.ceil(RANDOM_BITS / math.log2(len(ALPHABET)))  # 24 letters
CODE_LENGTH = TAG_LENGTH + BODY_LENGTH

_GENERATED = re.compile(f"[{ALPHABET}]{{{CODE_LENGTH}}}")

# What the unshifted digit row types on AZERTY: French first, then the Belgian
# keys where they differ (6 gives §, 8 gives !).
_AZERTY_DIGITS = str.maketrans(
    {
        "&": "1",
        "é": "2",
        '"': "3",
        "'": "4",
        "(": "5",
        "-": "6",
        "§": "6",
        "è": "7",
        "_": "8",
        "!": "8",
        "ç": "9",
        "à": "0",
        # the key right of 0 types ')' where a US keyboard has '-'
        ")": "-",
    }
)
# A code typed as US key presses on an AZERTY layout: a<->q, w<->z, m lands on ';'
# (and the scanner's ';' lands on m), ',' gives 'm' too on some variants.
_AZERTY_LETTERS = str.maketrans("aqwzAQWZ;m", "qazwQAZWm;")
_QWERTZ_LETTERS = str.maketrans("yzYZ", "zyZY")


def new_tag() -> str:
    """A short event tag, the prefix that tells one event's badges from another's."""
    return "".join(secrets.choice(ALPHABET) for _ in range(TAG_LENGTH))


def new_code(tag: str) -> str:
    """A fresh badge code: the tag and at least 96 random bits in the safe alphabet."""
    return new_codes(tag, 1)[0]


# Random bytes to letters without bias: a byte below 252 (= 14 x 18) is a letter
# (its value mod 18), a byte of 252..255 is dropped. Each letter then carries
# log2(18) = 4.17 bits, so a 24-letter body carries 100 bits.
_USABLE = len(ALPHABET) * (256 // len(ALPHABET))
_TO_LETTER = bytes(ord(ALPHABET[b % len(ALPHABET)]) if b < _USABLE else 0 for b in range(256))
_DROPPED = bytes(range(_USABLE, 256))


def new_codes(tag: str, count: int, *, taken: Container[str] = ()) -> list[str]:
    """``count`` fresh codes at once, from one call of the random source for all of them.

    One ``secrets.token_bytes`` call gives every letter (drawing 3% more bytes
    than needed covers the dropped ones; another call happens only in the
    astronomically rare case it does not). No code is returned twice, nor one
    that ``taken`` holds (the event's codes, the list's own codes).
    """
    out: list[str] = []
    seen: set[str] = set()
    while len(out) < count:
        need = (count - len(out)) * BODY_LENGTH
        letters = (
            secrets.token_bytes(need + need // 32 + 64)
            .translate(_TO_LETTER, _DROPPED)
            .decode("ascii")
        )
        for start in range(0, len(letters) - BODY_LENGTH + 1, BODY_LENGTH):
            code = tag + letters[start : start + BODY_LENGTH]
            if code not in seen and code not in taken:
                seen.add(code)
                out.append(code)
                if len(out) == count:
                    break
    return out


def is_generated(code: str) -> bool:
    """Whether the text has the shape of a code this app generated (any event)."""
    return _GENERATED.fullmatch(code) is not None


def tag_of(code: str) -> str | None:
    """The event tag of a generated code, or None for an imported one."""
    return code[:TAG_LENGTH] if is_generated(code) else None


def clean(raw: str) -> str:
    """The scanned text without the surrounding whitespace, CR and LF a scanner adds."""
    return raw.strip().strip("\r\n\t ")


def candidates(raw: str) -> list[str]:
    """The readings of a scan to try in turn, the text as typed first.

    The second reading is the upper-cased text (caps lock, or a scanner set to
    lower case, on a generated code); then the text with an AZERTY digit row,
    a QWERTZ y/z swap or an AZERTY letter swap undone, for codes that came from
    a ticket shop. The caller takes the first reading that names a guest, so a
    mangled reading can never shadow an exact match.
    """
    text = clean(raw)
    out: list[str] = []

    def add(value: str) -> None:
        if value and value not in out:
            out.append(value)

    add(text)
    add(text.upper())
    digits = text.translate(_AZERTY_DIGITS)
    add(digits)
    add(text.translate(_QWERTZ_LETTERS))
    add(digits.translate(_AZERTY_LETTERS))
    add(text.translate(_AZERTY_LETTERS))
    return out
