"""The SMTP password: never an argument, never in the event file or the app's settings.

Looked for in this order: the environment (``CHECKIN_SMTP_PASSWORD``, for
scripts), the operating system's keychain through ``keyring`` (Windows
Credential Manager, macOS Keychain, Secret Service), and last a prompt the
caller supplies (the CLI's getpass on a terminal). The keychain entry is named
by the service "checkin SMTP" and ``user@host``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping

import keyring
import keyring.errors

from checkin.mail.errors import MailPasswordNeeded
from checkin.mail.smtp import Server

SERVICE = "checkin SMTP"
ENV = "CHECKIN_SMTP_PASSWORD"


def account(server: Server) -> str:
    return f"{server.user}@{server.host}"


def from_keychain(server: Server) -> str | None:
    try:
        found: str | None = keyring.get_password(SERVICE, account(server))
    except keyring.errors.KeyringError:  # no keychain on this computer (a bare Linux box)
        return None
    return found


def keep_in_keychain(server: Server, password: str) -> None:
    """Raises keyring's KeyringError when the computer has no keychain to keep it in."""
    keyring.set_password(SERVICE, account(server), password)


def forget(server: Server) -> None:
    with contextlib.suppress(keyring.errors.KeyringError):  # none kept, or no keychain
        keyring.delete_password(SERVICE, account(server))


def find_password(server: Server, env: Mapping[str, str], ask: Callable[[str], str] | None) -> str:
    """The password for ``server``'s user; "" when it has no user (no login).

    ``ask(prompt)`` is the last resort; None (no terminal) raises MailPasswordNeeded.
    """
    if not server.user:
        return ""
    given = env.get(ENV)
    if given:
        return given
    kept = from_keychain(server)
    if kept:
        return kept
    if ask is None:
        raise MailPasswordNeeded(server.display, server.user)
    return ask(f"Password of {server.user} at {server.host}: ")
