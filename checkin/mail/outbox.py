"""The outbox: per guest, the ticket last mailed, so that none goes twice and none is lost.

One row per guest (table ``outbox``, schema 5): the code mailed, its
Message-ID, when it was tried and sent, the server's answer, and how many
copies of that code went out before (a deliberate resend from the guest's
row). The sender marks a row ``sending`` and commits *before* it talks to the
server, and ``sent`` right after the server's 250: a run killed in between
leaves one row ``sending``, which the next run sends again under the same
Message-ID. A guest whose code changed ("New badge") is due again.

States: ``sending`` (in flight, or its run was killed), ``sent``, ``refused``
(a 5xx: the address or message will not be taken; not retried), ``failed`` (a
temporary failure past the deadline; the next run tries again).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from checkin.guestlist.emails import address_problem
from checkin.models import Guest
from checkin.store import Store, from_db, outbox_t, to_db


class Ticket(enum.StrEnum):
    """A guest's ticket as the Guests screen and `checkin mail --status` show it."""

    NOT_SENT = "not_sent"
    SENDING = "sending"
    SENT = "sent"
    REFUSED = "refused"
    FAILED = "failed"
    NO_ADDRESS = "no_address"
    INVALID_ADDRESS = "invalid_address"
    CANCELLED = "cancelled"  # or pending: not mailed until confirmed


@dataclass(frozen=True)
class OutboxRow:
    guest_id: int
    code: str
    message_id: str
    state: str
    attempted_at: datetime
    sent_at: datetime | None
    answer: str
    copies: int


@dataclass(frozen=True)
class TicketState:
    ticket: Ticket
    at: datetime | None = None  # when it was sent (or last tried)
    answer: str = ""  # the server's words


def _row(mapping: sa.RowMapping) -> OutboxRow:
    return OutboxRow(
        guest_id=mapping["guest_id"],
        code=mapping["code"],
        message_id=mapping["message_id"],
        state=mapping["state"],
        attempted_at=from_db(mapping["attempted_at"]) or datetime.min,
        sent_at=from_db(mapping["sent_at"]),
        answer=mapping["answer"],
        copies=mapping["copies"],
    )


def rows(store: Store) -> dict[int, OutboxRow]:
    with store.read() as conn:
        return {
            r.guest_id: r for r in (_row(m) for m in conn.execute(sa.select(outbox_t)).mappings())
        }


def state_of(guest: Guest, row: OutboxRow | None) -> TicketState:
    """What the guest's current ticket is: a row for an older code is "not sent"."""
    if row is not None and row.code == guest.code:
        if row.state == "sent":
            return TicketState(Ticket.SENT, row.sent_at, row.answer)
        if row.state in ("refused", "failed", "sending"):
            return TicketState(Ticket(row.state), row.attempted_at, row.answer)
    if guest.cancelled or guest.pending:
        return TicketState(Ticket.CANCELLED)
    if not guest.email.strip():
        return TicketState(Ticket.NO_ADDRESS)
    problem = address_problem(guest.email.strip())
    if problem is not None:
        return TicketState(Ticket.INVALID_ADDRESS, answer=problem)
    return TicketState(Ticket.NOT_SENT)


def states(store: Store, guests: Iterable[Guest]) -> dict[int, TicketState]:
    kept = rows(store)
    return {g.id: state_of(g, kept.get(g.id)) for g in guests}


def due(guest: Guest, row: OutboxRow | None) -> bool:
    """Whether a run sends this guest their ticket: never twice, never a refused one again."""
    return state_of(guest, row).ticket in (Ticket.NOT_SENT, Ticket.SENDING, Ticket.FAILED)


def copies_for(guest: Guest, row: OutboxRow | None, *, again: bool) -> int:
    """How many copies of this code went before: a resend (``again``) of a sent ticket is a
    new copy with its own Message-ID; anything else repeats the one in flight."""
    if row is None or row.code != guest.code:
        return 0
    return row.copies + (1 if again and row.state in ("sent", "refused") else 0)


def mark_sending(store: Store, guest: Guest, message_id: str, copies: int, now: datetime) -> None:
    """Committed before the server is told anything."""
    values = {
        "code": guest.code,
        "message_id": message_id,
        "state": "sending",
        "attempted_at": to_db(now),
        "answer": "",
        "copies": copies,
    }
    with store.write() as tx:
        done = tx.conn.execute(
            sa.update(outbox_t).where(outbox_t.c.guest_id == guest.id).values(**values)
        ).rowcount
        if not done:
            tx.conn.execute(sa.insert(outbox_t).values(guest_id=guest.id, **values))


def mark(store: Store, guest_id: int, state: str, answer: str, now: datetime) -> None:
    values: dict[str, object] = {"state": state, "answer": answer}
    if state == "sent":
        values["sent_at"] = to_db(now)
    with store.write() as tx:
        tx.conn.execute(sa.update(outbox_t).where(outbox_t.c.guest_id == guest_id).values(**values))


def last_attempt(store: Store) -> datetime | None:
    """When the latest message of any run went to the server: the rate limit's memory."""
    with store.read() as conn:
        return from_db(conn.execute(sa.select(sa.func.max(outbox_t.c.attempted_at))).scalar_one())


def counts(store: Store) -> dict[str, int]:
    """Guests by ticket state, and ``due``: how many a run would send now."""
    kept = rows(store)
    out = {t.value: 0 for t in Ticket}
    out["due"] = 0
    for guest in store.iter_guests():
        row = kept.get(guest.id)
        out[state_of(guest, row).ticket.value] += 1
        out["due"] += due(guest, row)
    return out
