"""Sending the tickets: never twice, never lost, at the rate the provider allows.

One run: the guests due (checkin/mail/outbox.py) are chosen, the server is
connected and logged in *before* anything is marked (an unreachable server or
a refused login marks nothing), then for each guest, in order:

1. wait for the rate limit: one message every 60/rate seconds since the
   latest attempt of any run, as the outbox remembers it (kept across runs);
2. build the mail, mark the row ``sending`` under its Message-ID, commit;
3. MAIL, RCPT, DATA; a 250 marks it ``sent`` with the server's words;
4. a 5xx marks it ``refused`` with the server's words, never retried;
5. a 4xx or a dropped connection: reconnect and send the same message again
   after 1, 2, 4 ... 60 s, until ``retry_seconds`` have passed since the first
   failure; then it is ``failed`` (the next run tries again) and the run stops,
   the rest left for the next run.

Cancel stops between messages. ``clock`` and ``sleep`` are passed in.
"""

from __future__ import annotations

import smtplib
import ssl
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from checkin.documents.design import BadgeDesign, design_of
from checkin.errors import Cancelled, GuestNotFound, InvalidValue
from checkin.mail import outbox, smtp
from checkin.mail.errors import MailError, MailRefused, MailServerUnreachable
from checkin.mail.message import (
    Sender,
    calendar,
    checked_address,
    message_id,
    ticket_mail,
)
from checkin.mail.texts import MailSettings, check_rate
from checkin.mail.texts import load as load_settings
from checkin.mail.ticket import ticket_pdf
from checkin.models import Event, Guest, Presence
from checkin.store import Store, utcnow

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
RETRY_SECONDS = 300.0  # how long a temporary failure is retried before the run stops
BACKOFF_MAX = 60.0


@dataclass(frozen=True)
class Refusal:
    guest_id: int
    name: str
    email: str
    answer: str


@dataclass(frozen=True)
class SendReport:
    sent: int = 0
    refused: tuple[Refusal, ...] = ()
    invalid: tuple[Refusal, ...] = ()  # addresses no mail can go to; the import named them
    left: int = 0  # due but not tried: cancelled, or the server went away
    stopped: str = ""  # why the run stopped early (the server's words), "" when it did not

    def as_json(self) -> dict[str, object]:
        def people(items: tuple[Refusal, ...]) -> list[dict[str, object]]:
            return [
                {"id": r.guest_id, "name": r.name, "email": r.email, "answer": r.answer}
                for r in items
            ]

        return {
            "sent": self.sent,
            "refused": people(self.refused),
            "invalid": people(self.invalid),
            "left": self.left,
            "stopped": self.stopped,
        }


@dataclass
class _Run:
    store: Store
    server: smtp.Server
    password: str
    sender: Sender
    timeout: float
    context: ssl.SSLContext | None
    clock: Callable[[], datetime]
    sleep: Callable[[float], None]
    cancelled: IsCancelled | None
    retry_seconds: float
    conn: smtplib.SMTP | None = None
    refused: list[Refusal] = field(default_factory=list)

    def connect(self) -> None:
        self.conn = smtp.connect(
            self.server, self.password, timeout=self.timeout, context=self.context
        )

    def hang_up(self) -> None:
        if self.conn is not None:
            smtp.close(self.conn)
            self.conn = None

    def wait(self, seconds: float) -> None:
        """Sleep in short steps so Cancel is heard."""
        end = self.clock() + timedelta(seconds=seconds)
        while (left := (end - self.clock()).total_seconds()) > 0:
            if self.cancelled is not None and self.cancelled():
                raise Cancelled("Sending the tickets")
            self.sleep(min(left, 0.5))

    def transmit(self, to: str, utf8: bool, data: bytes) -> tuple[int, str]:
        """MAIL, RCPT, DATA: (code, the server's words) of the step that decided."""
        conn = self.conn
        if conn is None:
            raise smtplib.SMTPServerDisconnected("not connected")
        options = ["SMTPUTF8", "BODY=8BITMIME"] if utf8 else []
        code, said = conn.mail(self.sender.address, options)
        if code == 250:
            code, said = conn.rcpt(to)
            if code in (250, 251):
                code, said = conn.data(data)
        if code != 250:
            conn.rset()
        return code, smtp.answer_text(code, said)

    def deliver(self, guest: Guest, data: bytes) -> tuple[str, str]:
        """('sent' | 'refused', answer); temporary failures are retried here with back-off,
        and past the deadline raise MailServerUnreachable."""
        to, utf8 = checked_address("email", guest.email)
        first_failure: datetime | None = None
        pause = 1.0
        while True:
            try:
                if self.conn is None:
                    self.connect()
                code, answer = self.transmit(to, utf8, data)
                if code == 250:
                    return "sent", answer
                if 500 <= code < 600:
                    return "refused", answer
                reason = answer  # 4xx: try again later
            except (smtplib.SMTPServerDisconnected, OSError, MailServerUnreachable) as exc:
                reason = getattr(exc, "detail", "") or str(exc) or "the connection dropped"
                self.conn = None
            except smtplib.SMTPResponseException as exc:
                reason = smtp.answer_text(exc.smtp_code, exc.smtp_error)
                if 500 <= exc.smtp_code < 600:
                    return "refused", reason
            now = self.clock()
            first_failure = now if first_failure is None else first_failure
            if (now - first_failure).total_seconds() + pause > self.retry_seconds:
                raise MailServerUnreachable(self.server.display, reason)
            self.hang_up()
            self.wait(pause)
            pause = min(pause * 2, BACKOFF_MAX)


def chosen(store: Store, only: Sequence[str] | None) -> tuple[list[tuple[Guest, int]], list[Guest]]:
    """(guest, copies) to send and the guests whose address is invalid. ``only`` (codes)
    sends exactly those guests, a sent ticket again as a new copy."""
    kept = outbox.rows(store)
    if only is None:
        candidates = [
            g
            for g in store.iter_guests()
            if outbox.due(g, kept.get(g.id))
            or outbox.state_of(g, kept.get(g.id)).ticket is outbox.Ticket.INVALID_ADDRESS
        ]
        again = False
    else:
        candidates = []
        for code in dict.fromkeys(c.strip() for c in only):
            guest = store.guest_by_code(code)
            if guest is None:
                raise GuestNotFound(code)
            if guest.cancelled or guest.pending:
                raise InvalidValue(
                    "code",
                    code,
                    f"belongs to {guest.name}, who is "
                    + ("cancelled" if guest.cancelled else "not confirmed")
                    + "; no ticket is mailed until they are expected",
                )
            candidates.append(guest)
        again = True
    todo: list[tuple[Guest, int]] = []
    invalid: list[Guest] = []
    for guest in candidates:
        state = outbox.state_of(guest, kept.get(guest.id)).ticket
        if state is outbox.Ticket.INVALID_ADDRESS or (not guest.email.strip() and only is not None):
            invalid.append(guest)
        elif guest.email.strip():
            todo.append((guest, outbox.copies_for(guest, kept.get(guest.id), again=again)))
    return todo, invalid


def send_tickets(
    store: Store,
    server: smtp.Server,
    password: str,
    sender: Sender,
    *,
    only: Sequence[str] | None = None,
    rate: int | None = None,
    timeout: float = smtp.DEFAULT_TIMEOUT,
    context: ssl.SSLContext | None = None,
    clock: Callable[[], datetime] = utcnow,
    sleep: Callable[[float], None] = time.sleep,
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    retry_seconds: float = RETRY_SECONDS,
) -> SendReport:
    """Send every ticket due (or the ``only`` codes'); see the module's docstring.

    Raises a MailError when the server cannot be reached or refuses the login before
    the first message: nothing is marked then. ``rate`` (messages a minute) defaults
    to the event's own setting.
    """
    event = store.event()
    settings = load_settings(store)
    per_minute = check_rate(rate) if rate is not None else settings.rate
    todo, invalid = chosen(store, only)
    bad = tuple(
        Refusal(g.id, g.name, g.email, outbox.state_of(g, None).answer or "no e-mail address")
        for g in invalid
    )
    if not todo:
        return SendReport(invalid=bad)
    run = _Run(
        store=store,
        server=server,
        password=password,
        sender=sender,
        timeout=timeout,
        context=context,
        clock=clock,
        sleep=sleep,
        cancelled=cancelled,
        retry_seconds=retry_seconds,
    )
    run.connect()  # a MailError here: nothing marked
    sent = 0
    done = 0
    try:
        with tempfile.TemporaryDirectory(prefix="checkin-mail-") as folder:
            batch = _Batch.make(event, settings, sender, Path(folder), clock())
            last = outbox.last_attempt(store)  # of any run: the limit holds across runs
            for guest, copies in todo:
                if cancelled is not None and cancelled():
                    break
                data = batch.mail(guest, clock(), copies)  # built while the limit waits
                _keep_rate(run, per_minute, last)
                last = clock()
                outbox.mark_sending(
                    store, guest, message_id(event, guest, sender, copies), copies, last
                )
                try:
                    state, answer = run.deliver(guest, data)
                except MailError as exc:  # gone past the deadline, or a login now refused
                    reason = exc.detail or str(exc)
                    outbox.mark(store, guest.id, "failed", reason, clock())
                    return SendReport(
                        sent=sent,
                        refused=tuple(run.refused),
                        invalid=bad,
                        left=len(todo) - done,
                        stopped=reason,
                    )
                outbox.mark(store, guest.id, state, answer, clock())
                done += 1
                if state == "sent":
                    sent += 1
                else:
                    run.refused.append(Refusal(guest.id, guest.name, guest.email, answer))
                if progress is not None:
                    progress(done, len(todo))
    except Cancelled:
        pass
    finally:
        run.hang_up()
    return SendReport(sent=sent, refused=tuple(run.refused), invalid=bad, left=len(todo) - done)


def _keep_rate(run: _Run, per_minute: int, last: datetime | None) -> None:
    """One message every 60/per_minute seconds after the last one (evenly spaced)."""
    if last is None:
        return
    wait = (last + timedelta(seconds=60 / per_minute) - run.clock()).total_seconds()
    if wait > 0:
        run.wait(min(wait, 60.0))


@dataclass(frozen=True)
class _Batch:
    """What every mail of one run shares: made once (the design, the calendar file)."""

    event: Event
    settings: MailSettings
    sender: Sender
    design: BadgeDesign
    ics: bytes | None  # None: the event has no date, so no calendar entry
    folder: Path

    @classmethod
    def make(
        cls, event: Event, settings: MailSettings, sender: Sender, folder: Path, now: datetime
    ) -> _Batch:
        return cls(
            event,
            settings,
            sender,
            design_of(event.badge_design),
            calendar(event, settings, sender, now),
            folder,
        )

    def mail(self, guest: Guest, now: datetime, copies: int) -> bytes:
        pdf = ticket_pdf(self.event, guest, self.design, self.folder)
        return ticket_mail(
            self.event,
            guest,
            settings=self.settings,
            sender=self.sender,
            design=self.design,
            pdf=pdf,
            now=now,
            copies=copies,
            ics=self.ics,
        ).as_bytes()


def send_test(
    store: Store,
    server: smtp.Server,
    password: str,
    sender: Sender,
    to: str,
    *,
    timeout: float = smtp.DEFAULT_TIMEOUT,
    context: ssl.SSLContext | None = None,
    clock: Callable[[], datetime] = utcnow,
) -> str:
    """ "Send a test to me": the ticket mail as a guest gets it, for a sample guest named after
    the sender, to ``to``; nothing is recorded. Returns the server's answer; a MailError
    (server, TLS, login) or the refusal as MailServerUnreachable's sentence otherwise."""
    event = store.event()
    name = sender.name or sender.address.partition("@")[0]
    sample = Guest(
        id=0,
        first_name=name.split()[0],
        middle="",
        last_name="",
        name=name,
        organisation="",
        email=to,
        code="TEST" + event.tag,
        cancelled=False,
        presence=Presence.NOT_ARRIVED,
        walk_in=False,
        seat="4",
    )
    address, utf8 = checked_address("email", to)
    with tempfile.TemporaryDirectory(prefix="checkin-mail-") as folder:
        batch = _Batch.make(event, load_settings(store), sender, Path(folder), clock())
        data = batch.mail(sample, clock(), 0)
    run = _Run(
        store=store,
        server=server,
        password=password,
        sender=sender,
        timeout=timeout,
        context=context,
        clock=clock,
        sleep=time.sleep,
        cancelled=None,
        retry_seconds=0,
    )
    run.connect()
    try:
        code, answer = run.transmit(address, utf8, data)
    except (OSError, smtplib.SMTPException) as exc:
        raise MailServerUnreachable(server.display, str(exc) or type(exc).__name__) from exc
    finally:
        run.hang_up()
    if code != 250:
        raise MailRefused(server.display, to, answer)
    return answer
