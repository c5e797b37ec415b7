"""E-mail addresses in a guest list: the ones no ticket can be mailed to are reported.

Checked with ``email-validator`` (syntax only: no DNS lookup, the import stays
offline and fast). A bad address is imported as typed, so nothing is lost and
the organiser can correct it; the import report names its row, and the mail
sender (checkin/mail/) skips it.
"""

from __future__ import annotations

import functools
import re

from email_validator import EmailNotValidError, validate_email

from checkin.guestlist.report import RowNote

# The plain ASCII address nearly every list holds (anna.de.vries@example.nl): a subset of
# what email-validator accepts (tests/core/test_mail_store.py checks that on generated
# addresses), 1 µs instead of 23. Anything else goes to email-validator.
_PLAIN = re.compile(
    r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,63}))"
)
_SPECIAL_USE = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


def plainly_valid(address: str) -> bool:
    found = _PLAIN.fullmatch(address)
    return (
        found is not None
        and len(address) <= 254
        and address.index("@") <= 64
        and "--" not in found.group(1)
        and found.group(2).lower() not in _SPECIAL_USE
    )


@functools.lru_cache(maxsize=65_536)
def address_problem(address: str) -> str | None:
    """Why no mail can go to ``address``, or None when it is a valid address. Remembered:
    the Guests screen asks again for every guest at every refresh."""
    if plainly_valid(address):
        return None
    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        return str(exc).rstrip(".")
    return None


def note_address(warnings: list[RowNote], row: int, address: str) -> None:
    """A warning for the import report when the row's address cannot take a ticket."""
    address = address.strip()
    if not address:
        return
    problem = address_problem(address)
    if problem is not None:
        warnings.append(
            RowNote(
                row,
                f"the email {address!r} is not a valid address "
                f"({problem}); this guest gets no ticket by e-mail",
            )
        )
