"""The mail account the app sends from: server, TLS, user, sender and reply-to, kept with the
event (``settings["mail_server"]``) so every computer that opens it sends alike.

Never the password: that lives in the operating system's keychain
(checkin/mail/password.py). Checked here, so the screen holds no rule.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

import sqlalchemy as sa

from checkin.errors import InvalidValue
from checkin.mail.message import Sender, parse_sender
from checkin.mail.smtp import TLS_MODES, Server
from checkin.store import Store, event_t


@dataclass(frozen=True)
class MailAccount:
    host: str = ""
    port: int = 587
    tls: str = "starttls"
    user: str = ""
    sender: str = ""  # "Bureau Nieuw-West <info@example.nl>"
    reply_to: str = ""

    @property
    def ready(self) -> bool:
        return bool(self.host and self.sender)

    @property
    def server(self) -> Server:
        return Server(host=self.host, port=self.port, tls=self.tls, user=self.user)

    def sender_of(self) -> Sender:
        return parse_sender(self.sender, self.reply_to)

    def as_json(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def checked(account: MailAccount) -> MailAccount:
    host = account.host.strip()
    if not host or any(c.isspace() for c in host) or "/" in host:
        raise InvalidValue("server", account.host, "is not a server name like smtp.example.nl")
    if isinstance(account.port, bool) or not 1 <= account.port <= 65535:
        raise InvalidValue("port", account.port, "must be a number from 1 to 65535")
    if account.tls not in TLS_MODES:
        raise InvalidValue("TLS", account.tls, "must be starttls, ssl or none")
    parse_sender(account.sender, account.reply_to)  # InvalidValue naming from or reply-to
    return MailAccount(
        host=host,
        port=account.port,
        tls=account.tls,
        user=account.user.strip(),
        sender=account.sender.strip(),
        reply_to=account.reply_to.strip(),
    )


def load(store: Store) -> MailAccount:
    with store.read() as conn:
        text = conn.execute(sa.select(event_t.c.settings)).scalar_one()
    try:
        value = json.loads(text or "{}").get("mail_server")
    except (ValueError, AttributeError):
        return MailAccount()
    if not isinstance(value, dict):
        return MailAccount()
    kept = {
        f.name: value[f.name]
        for f in fields(MailAccount)
        if isinstance(value.get(f.name), type(getattr(MailAccount(), f.name)))
    }
    return MailAccount(**kept)


def save(store: Store, account: MailAccount) -> MailAccount:
    account = checked(account)
    with store.write() as tx:
        tx.set_settings(mail_server=account.as_json())
    return account
