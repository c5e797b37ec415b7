"""What the e-mail screens say: a guest's ticket state and the mail errors, translated.

The core raises the mail errors with an English sentence (checkin/mail/errors.py);
here each becomes one sentence in the interface language that says which step
failed: the server, TLS, or the login.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from checkin.errors import CheckinError
from checkin.mail import errors as me
from checkin.mail.outbox import Ticket, TicketState

from ..dates import screen_time
from ..errors import error_text
from ..kit.text import fill


class MailWords(QObject):
    """One instance per screen; its texts are looked up once in the screen's language."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.states = {
            Ticket.NOT_SENT: self.tr("not sent"),
            Ticket.SENDING: self.tr("not sent (stopped while sending)"),
            Ticket.SENT: self.tr("sent at %1"),
            Ticket.REFUSED: self.tr("refused: %1"),
            Ticket.FAILED: self.tr("not sent yet: %1"),
            Ticket.NO_ADDRESS: self.tr("no address"),
            Ticket.INVALID_ADDRESS: self.tr("invalid address"),
            Ticket.CANCELLED: self.tr("not for cancelled or pending guests"),
        }
        self.filters = (
            ("", self.tr("All tickets")),
            (Ticket.NOT_SENT.value, self.tr("Ticket not sent")),
            (Ticket.SENT.value, self.tr("Ticket sent")),
            (Ticket.REFUSED.value, self.tr("Ticket refused")),
            (Ticket.INVALID_ADDRESS.value, self.tr("No valid address")),
        )

    def ticket(self, state: TicketState, zone: ZoneInfo) -> str:
        text = self.states[state.ticket]
        if state.ticket is Ticket.SENT and state.at is not None:
            return fill(text, screen_time(state.at.astimezone(zone), self.language))
        return fill(text, state.answer)

    def error(self, exc: CheckinError) -> str:
        """One sentence that says which: the server, TLS, the login, or the password."""
        if isinstance(exc, me.MailLoginRefused):
            return fill(
                self.tr(
                    "The mail server %1 refused the user name or password (authentication: %2)."
                ),
                exc.host,
                exc.detail,
            )
        if isinstance(exc, me.MailTlsFailed):
            return fill(
                self.tr(
                    "The secure connection (TLS) with %1 failed: %2. Check the "
                    "port and the TLS setting."
                ),
                exc.host,
                exc.detail,
            )
        if isinstance(exc, me.MailServerUnreachable):
            return fill(
                self.tr("The mail server %1 could not be reached (%2)."), exc.host, exc.detail
            )
        if isinstance(exc, me.MailPasswordNeeded):
            return fill(
                self.tr(
                    "No password for %1 in the keychain: type it in Settings, E-mail, and save."
                ),
                exc.user,
            )
        if isinstance(exc, me.MailRefused):
            return fill(
                self.tr("The mail server refused the mail to %1: %2"), exc.address, exc.answer
            )
        return error_text(exc)
