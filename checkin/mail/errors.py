"""What can go wrong on the way to the mail server, each one sentence that says which.

    CheckinError
    └── MailError                 the SMTP server (.host); nothing was marked sent
        ├── MailServerUnreachable no answer, refused, dropped before the login
        ├── MailTlsFailed         the TLS handshake failed (certificate, protocol)
        ├── MailLoginRefused      the server refused the user name or password
        ├── MailPasswordNeeded    no password: no CHECKIN_SMTP_PASSWORD, keychain or terminal
        └── MailRefused           the test mail's address or message was refused (.answer)

Refused addresses are not errors: they are recorded in the outbox with the server's words.
"""

from __future__ import annotations

from checkin.errors import CheckinError


class MailError(CheckinError):
    def __init__(self, host: str, sentence: str) -> None:
        self.host = host
        self.detail = ""
        super().__init__(sentence)


class MailServerUnreachable(MailError):
    def __init__(self, host: str, detail: str) -> None:
        super().__init__(
            host,
            f"The mail server {host} could not be reached ({detail}); no ticket was marked sent.",
        )
        self.detail = detail


class MailTlsFailed(MailError):
    def __init__(self, host: str, detail: str) -> None:
        super().__init__(
            host,
            f"TLS with the mail server {host} failed ({detail}); "
            "check the port and the TLS setting. No ticket was marked sent.",
        )
        self.detail = detail


class MailLoginRefused(MailError):
    def __init__(self, host: str, user: str, detail: str) -> None:
        super().__init__(
            host,
            f"The mail server {host} refused the login of {user!r} "
            f"(authentication: {detail}); no ticket was marked sent.",
        )
        self.user = user
        self.detail = detail


class MailPasswordNeeded(MailError):
    def __init__(self, host: str, user: str) -> None:
        super().__init__(
            host,
            f"The mail server {host} needs the password of {user!r}: set "
            "CHECKIN_SMTP_PASSWORD, keep it in the keychain, or run the "
            "command in a terminal.",
        )
        self.user = user


class MailRefused(MailError):
    def __init__(self, host: str, address: str, answer: str) -> None:
        super().__init__(host, f"The mail server {host} refused the mail to {address} ({answer}).")
        self.address = address
        self.answer = answer
