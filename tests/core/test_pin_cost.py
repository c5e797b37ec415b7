"""A PIN that resists a copy of the event file: longer new PINs, dearer guesses.

Old hashes (scrypt N=2^14, what events made before carry) still verify and are
made again at today's cost on their next right entry; a wrong entry changes
nothing. The command line's PIN (CHECKIN_PIN) works with both.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from checkin import pin
from checkin.errors import NewPinRefused, WrongPin
from checkin.store import Store


def _old_hash(value: str) -> str:
    """A hash as the app stored it before: scrypt N=2^14, r=8, p=1."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(value.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return f"scrypt${2**14}$8$1${salt.hex()}${digest.hex()}"


@pytest.mark.parametrize("chosen", ["583920", " 583920 ", "40917352", "271828182845"])
def test_a_new_pin_of_six_to_twelve_digits_is_taken(chosen: str) -> None:
    assert pin.check_new_pin(chosen) == chosen.strip()


@pytest.mark.parametrize(
    ("chosen", "problem"),
    [
        ("4821", "length"),
        ("48213", "length"),
        ("1234567890123", "length"),
        ("48a213", "digits"),
        ("", "digits"),
        ("٤٨٢١٣٩", "digits"),
        ("000000", "guessable"),
        ("123456", "guessable"),
        ("987654", "guessable"),
        ("890123", "guessable"),
        ("121212", "guessable"),
        ("456456", "guessable"),
    ],
)
def test_a_short_odd_or_guessable_pin_is_one_sentence(chosen: str, problem: str) -> None:
    with pytest.raises(NewPinRefused) as refused:
        pin.check_new_pin(chosen)
    assert refused.value.problem == problem
    text = str(refused.value)
    assert text.endswith("nothing was changed.") and "\n" not in text
    if problem == "length":
        assert "6 to 12 digits" in text


def test_a_new_hash_stores_its_dearer_parameters(store: Store) -> None:
    event = pin.set_pin(store, "583920")
    kind, n, r, p, salt, digest = event.pin_hash.split("$")
    assert (kind, int(n), int(r), int(p)) == ("scrypt", 2**16, 8, 1)
    assert len(bytes.fromhex(salt)) == 16 and len(digest) == 64
    assert not pin.is_outdated(event.pin_hash)
    assert pin.verify_pin("583920", event.pin_hash)
    assert not pin.verify_pin("583921", event.pin_hash)


def test_an_old_hash_verifies_and_is_upgraded_on_the_next_right_entry(store: Store) -> None:
    old = _old_hash("4821")
    store.update_event(pin_hash=old)
    assert pin.is_outdated(old)
    with pytest.raises(WrongPin):
        pin.check(store, "4822")
    assert store.event().pin_hash == old  # a wrong PIN changes nothing
    assert pin.check(store, "4821") is True
    upgraded = store.event().pin_hash
    assert upgraded != old and upgraded.split("$")[1] == str(2**16)
    assert pin.verify_pin("4821", upgraded) and not pin.is_outdated(upgraded)
    assert pin.check(store, "4821") is True
    assert store.event().pin_hash == upgraded  # once


def test_a_crafted_hash_asking_for_gigabytes_is_refused_not_computed() -> None:
    salt = "00" * 16
    assert not pin.verify_pin("4821", f"scrypt${2**24}$8$1${salt}${'00' * 32}")
    assert not pin.verify_pin("4821", f"scrypt$16384$8$1$zz${'00' * 32}")


def test_the_command_line_pin_works_with_an_old_hash(store: Store, event_path: Path) -> None:
    store.update_event(pin_hash=_old_hash("4821"))
    env = {**os.environ, "CHECKIN_PIN": "4821"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "checkin.cli",
            "scan",
            str(event_path),
            "1005",
            "--override",
            "sponsor",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert '"admitted"' in done.stdout
    assert not pin.is_outdated(store.event().pin_hash)  # upgraded by the command too
