"""Badge codes: their alphabet, their entropy, and what scanners on other layouts type."""

from __future__ import annotations

import math
import secrets
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checkin import codes

# A US-keyboard scanner's key presses, as a laptop set to each layout reads them.
US_TO_AZERTY_FR = str.maketrans(
    {
        "1": "&",
        "2": "é",
        "3": '"',
        "4": "'",
        "5": "(",
        "6": "-",
        "7": "è",
        "8": "_",
        "9": "ç",
        "0": "à",
        "a": "q",
        "q": "a",
        "w": "z",
        "z": "w",
        "A": "Q",
        "Q": "A",
        "W": "Z",
        "Z": "W",
        ";": "m",
        "m": ",",
        "-": ")",
    }
)
US_TO_AZERTY_BE = str.maketrans(
    {
        "1": "&",
        "2": "é",
        "3": '"',
        "4": "'",
        "5": "(",
        "6": "§",
        "7": "è",
        "8": "!",
        "9": "ç",
        "0": "à",
        "-": ")",
    }
)
US_TO_QWERTZ = str.maketrans({"y": "z", "z": "y", "Y": "Z", "Z": "Y"})


def test_generated_codes_use_only_layout_safe_letters() -> None:
    tag = codes.new_tag()
    for _ in range(200):
        code = codes.new_code(tag)
        assert code.startswith(tag)
        assert len(code) == codes.CODE_LENGTH
        assert set(code) <= set(codes.ALPHABET)
        assert not set(code) & set("AMQWYZIO0123456789")


def test_generated_codes_carry_at_least_96_random_bits() -> None:
    assert codes.BODY_LENGTH * math.log2(len(codes.ALPHABET)) >= 96
    assert len({codes.new_code("BCDE") for _ in range(1000)}) == 1000


def test_generated_codes_survive_every_layout_unchanged() -> None:
    code = codes.new_code(codes.new_tag())
    for table in (US_TO_AZERTY_FR, US_TO_AZERTY_BE, US_TO_QWERTZ):
        assert code.translate(table) == code


def test_generated_codes_fit_qr_alphanumeric_mode() -> None:
    qr_alnum = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert set(codes.ALPHABET) <= qr_alnum


def test_tag_recognises_generated_codes_only() -> None:
    code = codes.new_code("BCDE")
    assert codes.tag_of(code) == "BCDE"
    assert codes.tag_of("100234") is None
    assert codes.tag_of(code.lower()) is None  # the caller upper-cases first


def test_scanner_suffixes_are_stripped() -> None:
    assert codes.clean("  ABC\r\n") == "ABC"
    assert codes.candidates("100234\r\n")[0] == "100234"


def test_caps_lock_on_a_generated_code_is_undone() -> None:
    code = codes.new_code("BCDE")
    assert code in codes.candidates(code.lower())


def test_azerty_digit_row_is_undone() -> None:
    for table in (US_TO_AZERTY_FR, US_TO_AZERTY_BE):
        typed = "100234".translate(table)
        assert typed != "100234"
        assert "100234" in codes.candidates(typed)


def test_qwertz_y_z_swap_is_undone() -> None:
    typed = "TKZ-2021-Y7".translate(US_TO_QWERTZ)
    assert typed == "TKY-2021-Z7"
    assert "TKZ-2021-Z7".translate(US_TO_QWERTZ) != "TKZ-2021-Z7"
    assert "TKZ-2021-Y7" in codes.candidates(typed)


def test_azerty_letters_are_undone() -> None:
    typed = "qwa-1".translate(US_TO_AZERTY_FR)
    assert "qwa-1" in codes.candidates(typed)


def test_the_text_as_typed_is_always_tried_first() -> None:
    assert codes.candidates("&é")[0] == "&é"


@given(st.text(alphabet="0123456789", min_size=1, max_size=20))
def test_any_numeric_ticket_survives_azerty(ticket: str) -> None:
    for table in (US_TO_AZERTY_FR, US_TO_AZERTY_BE):
        assert ticket in codes.candidates(ticket.translate(table))


def test_many_codes_come_from_one_call_of_the_random_source(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[int] = []
    real = secrets.token_bytes

    def counted(n: int) -> bytes:
        calls.append(n)
        return real(n)

    monkeypatch.setattr(secrets, "token_bytes", counted)
    made = codes.new_codes("BCDE", 50_000)
    assert len(calls) == 1
    assert len(made) == len(set(made)) == 50_000
    assert all(len(c) == codes.CODE_LENGTH and c.startswith("BCDE") for c in made)
    assert set("".join(made)) <= set(codes.ALPHABET)
    # Every letter of the alphabet about equally often: no letter favoured by the mapping.
    counts = Counter("".join(c[4:] for c in made))
    expected = 50_000 * codes.BODY_LENGTH / len(codes.ALPHABET)
    assert all(abs(n - expected) < 0.05 * expected for n in counts.values())


def test_new_codes_avoid_the_taken_ones() -> None:
    class Taken:
        """Every code whose first letter after the tag is B counts as taken."""

        def __contains__(self, code: object) -> bool:
            return isinstance(code, str) and code[4] == "B"

    made = codes.new_codes("CDEF", 2000, taken=Taken())
    assert len(made) == 2000 and not any(c[4] == "B" for c in made)
    assert codes.new_codes("CDEF", 0) == []
