"""A real SMTP server on localhost for the mail tests (aiosmtpd), and a throwaway certificate.

``MailServer`` keeps every message it accepted and can misbehave on purpose:
refuse an address (5xx), answer a message with a temporary 451, drop the
connection in the middle of a message, or hold a message (received, not yet
answered) so a test can kill the sender while it is in flight. Messages are
read back as a mail client reads them: ``email`` with ``policy.default``.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import ipaddress
import socket
import ssl
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost and 127.0.0.1: (certificate, key) files."""
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "cert.pem", folder / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_file, key_file


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    def message(self) -> EmailMessage:
        msg = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


@dataclass
class Behaviour:
    refuse: dict[str, str] = field(default_factory=dict)  # address -> "550 ..." at RCPT
    temporary: dict[str, int] = field(default_factory=dict)  # address -> 451s at DATA left
    drop_at: set[int] = field(default_factory=set)  # DATA numbers (1-based) that drop
    hold_at: int = 0  # this DATA is kept, then not answered for hold_seconds
    hold_seconds: float = 0.0


class _Handler:
    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.received: list[Received] = []
        self.datas = 0
        self.lock = threading.Lock()
        self.held = threading.Event()

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]
    ) -> str:
        refusal = self.behaviour.refuse.get(address)
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.datas += 1
            number = self.datas
        to = envelope.rcpt_tos[0]
        if number in self.behaviour.drop_at:
            server.transport.close()
            return "421 4.4.2 connection dropped"
        left = self.behaviour.temporary.get(to, 0)
        if left:
            self.behaviour.temporary[to] = left - 1
            return "451 4.3.0 Try again later"
        with self.lock:
            self.received.append(
                Received(
                    envelope.mail_from,
                    list(envelope.rcpt_tos),
                    bytes(envelope.original_content or envelope.content),
                )
            )
        if number == self.behaviour.hold_at:
            self.held.set()
            await asyncio.sleep(self.behaviour.hold_seconds)
        return "250 2.0.0 Ok: queued as " + f"Q{number:05d}"


class MailServer:
    """aiosmtpd on 127.0.0.1: plain, STARTTLS (``tls``) or implicit TLS (``ssl_wrap``),
    with AUTH for ``users`` (login -> password)."""

    def __init__(
        self,
        *,
        behaviour: Behaviour | None = None,
        cert: tuple[Path, Path] | None = None,
        ssl_wrap: bool = False,
        users: dict[str, str] | None = None,
    ) -> None:
        self.handler = _Handler(behaviour or Behaviour())
        self.port = free_port()
        kwargs: dict[str, Any] = {"enable_SMTPUTF8": True}
        context = None
        if cert is not None:
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(str(cert[0]), str(cert[1]))
        if context is not None and not ssl_wrap:
            kwargs.update(tls_context=context, require_starttls=True)
        if users is not None:

            def authenticate(
                server: Any, session: Any, envelope: Any, mechanism: str, auth_data: Any
            ) -> AuthResult:
                ok = (
                    isinstance(auth_data, LoginPassword)
                    and users.get(auth_data.login.decode()) == auth_data.password.decode()
                )
                return AuthResult(success=ok, handled=False)

            kwargs.update(authenticator=authenticate, auth_required=True, auth_require_tls=True)
        self.controller = Controller(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            ssl_context=context if ssl_wrap else None,
            server_hostname="localhost",
            **kwargs,
        )

    def __enter__(self) -> MailServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    def messages(self) -> list[EmailMessage]:
        return [r.message() for r in self.received]
