"""The SMTP server: where it is, how to reach it, and what its answers mean.

``smtp://[USER@]HOST[:PORT]``; STARTTLS is the default on 587 (and 25), SSL
on 465, as the providers document. Every socket operation has a timeout
(``smtplib``'s ``timeout`` covers the connection, the TLS handshake and every
command). A failure before the first message is one of the errors in
checkin/mail/errors.py, naming which: the server, TLS, or the login.
The password comes from the caller (checkin/mail/password.py finds it).
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from checkin.errors import InvalidValue
from checkin.mail.errors import MailLoginRefused, MailServerUnreachable, MailTlsFailed

TLS_MODES = ("starttls", "ssl", "none")
DEFAULT_TIMEOUT = 30.0  # seconds for any one socket operation


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    tls: str  # starttls | ssl | none
    user: str = ""

    @property
    def display(self) -> str:
        return f"{self.host}:{self.port}"


def default_tls(port: int) -> str:
    return "ssl" if port == 465 else "starttls"


def parse_server(url: str, tls: str | None = None) -> Server:
    """``smtp://user@host:587`` (the scheme may be left out) as a Server."""
    text = url.strip()
    if "://" not in text:
        text = "smtp://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise InvalidValue("--smtp", url, "is not like smtp://user@smtp.example.nl:587")
    try:
        port = parts.port
    except ValueError:
        raise InvalidValue("--smtp", url, "has a port that is not a number") from None
    if port is None:
        port = 465 if parts.scheme == "smtps" or tls == "ssl" else 587
    if tls is not None and tls not in TLS_MODES:
        raise InvalidValue("--tls", tls, "must be starttls, ssl or none")
    mode = tls or ("ssl" if parts.scheme == "smtps" else default_tls(port))
    return Server(host=parts.hostname, port=port, tls=mode, user=unquote(parts.username or ""))


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        return answer_text(exc.smtp_code, exc.smtp_error)
    if isinstance(exc, socket.timeout | TimeoutError):
        return "no answer in time"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, socket.gaierror):
        return "no such host"
    return str(exc) or type(exc).__name__


def answer_text(code: int, message: bytes | str) -> str:
    """The server's words as a person reads them: '550 5.1.1 No such user'."""
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
    return f"{code} " + " ".join(text.split())


def connect(
    server: Server,
    password: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    context: ssl.SSLContext | None = None,
) -> smtplib.SMTP:
    """A logged-in connection, or the MailError that says which step failed."""
    context = context or ssl.create_default_context()
    smtp: smtplib.SMTP
    try:
        if server.tls == "ssl":
            smtp = smtplib.SMTP_SSL(server.host, server.port, timeout=timeout, context=context)
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=timeout)
    except ssl.SSLError as exc:
        raise MailTlsFailed(server.display, _reason(exc)) from exc
    except (OSError, smtplib.SMTPException) as exc:
        raise MailServerUnreachable(server.display, _reason(exc)) from exc
    try:
        smtp.ehlo()
        if server.tls == "starttls":
            if not smtp.has_extn("starttls"):
                raise MailTlsFailed(server.display, "the server does not offer STARTTLS")
            smtp.starttls(context=context)
            smtp.ehlo()
        if server.user:
            smtp.login(server.user, password)
    except ssl.SSLError as exc:
        close(smtp)
        raise MailTlsFailed(server.display, _reason(exc)) from exc
    except smtplib.SMTPAuthenticationError as exc:
        close(smtp)
        raise MailLoginRefused(server.display, server.user, _reason(exc)) from exc
    except smtplib.SMTPNotSupportedError as exc:
        close(smtp)
        raise MailLoginRefused(
            server.display, server.user, "the server offers no login here; try STARTTLS or SSL"
        ) from exc
    except (OSError, smtplib.SMTPException) as exc:
        close(smtp)
        raise MailServerUnreachable(server.display, _reason(exc)) from exc
    except BaseException:
        close(smtp)
        raise
    return smtp


def close(smtp: smtplib.SMTP) -> None:
    """QUIT when the server still listens; close the socket in any case."""
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()
