"""The door's rules, as steps inside one writing transaction: entering, leaving, logging.

Every step decides a :class:`Verdict`, logs the attempt and returns a
:class:`ScanResult`; the caller (the service) holds the transaction and
commits before the result is shown. Whether there is room is decided in
exactly one place: the ledger's ``admit`` (checkin/door/ledger.py): the store's conditional
update connected, the door's share offline.
"""

from __future__ import annotations

import uuid as uuidlib
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from checkin import codes
from checkin.door import timeline
from checkin.door.ledger import Ledger
from checkin.door.match import name_key

# Undo lives in undo.py; offline/sending.py imports undo_scan from here.
from checkin.door.undo import undo_scan as undo_scan  # noqa: E402
from checkin.door.verdicts import (
    OUT_ACTIONS,
    Action,
    Question,
    ScanResult,
    Verdict,
)
from checkin.errors import GuestNotFound, InvalidValue
from checkin.models import Event, Guest, GuestInput, Presence, ScanRecord


def new_id() -> str:
    return str(uuidlib.uuid4())


@dataclass(frozen=True)
class Step:
    """One attempt inside one transaction: where, when, how, and under which id."""

    tx: Ledger
    event: Event
    at: datetime
    door: str
    code: str
    action: Action
    uuid: str
    timed: bool = False  # a time given with the scan: recorded as it happened
    override: bool = False
    reason: str = ""
    offline: bool = False
    # the supervisor PIN was set and given: a timed entry may be recorded over the cap
    supervised: bool = False

    def log(
        self,
        guest: Guest | None,
        verdict: Verdict,
        people: int,
        *,
        since: datetime | None = None,
        confirmed: bool = False,
        replaced_on: datetime | None = None,
        action: Action | None = None,
        raw: str | None = None,
        flag: str = "",
    ) -> ScanResult:
        act = action or self.action
        record = self.tx.log(
            at=self.at,
            door=self.door,
            raw=self.code if raw is None else raw,
            guest_id=guest.id if guest else None,
            action=act.value,
            verdict=verdict.value,
            people=people,
            confirmed=confirmed,
            uuid=self.uuid,
            override=self.override,
            reason=self.reason,
            offline=self.offline,
            flag=flag,
        )
        return ScanResult(
            verdict=verdict,
            code=self.code,
            guest=guest,
            inside=record.inside_after,
            capacity=self.event.capacity,
            at=self.at,
            action=act,
            scan_id=self.uuid,
            people=people,
            since=since,
            override=self.override,
            reason=self.reason,
            offline=self.offline,
            replaced_on=replaced_on,
            record_id=record.id,
            flag=flag,
        )

    def unlogged(
        self,
        verdict: Verdict,
        guest: Guest | None,
        people: int = 1,
        *,
        question: Question | None = None,
        match: Guest | None = None,
    ) -> ScanResult:
        """A result that changed nothing and is not logged: a question, a match."""
        return ScanResult(
            verdict=verdict,
            code=self.code,
            guest=guest,
            inside=self.tx.inside if self.tx.inside is not None else self.event.inside,
            capacity=self.event.capacity,
            at=self.at,
            action=self.action,
            scan_id="",
            people=people,
            question=question,
            match=match,
            override=self.override,
            reason=self.reason,
        )


def answered(tx: Ledger, record: ScanRecord, capacity: int) -> ScanResult:
    """A re-sent attempt: the first verdict, as stored."""
    guest = tx.guest(record.guest_id) if record.guest_id is not None else None
    return ScanResult(
        verdict=Verdict(record.verdict),
        code=record.raw,
        guest=guest,
        inside=record.inside_after,
        capacity=capacity,
        at=record.at,
        action=Action(record.action),
        scan_id=record.uuid or "",
        people=record.people,
        override=record.override,
        reason=record.reason,
        offline=record.offline,
        flag=record.flag,
        record_id=record.id,
    )


def ask_or_enter(
    step: Step, guest: Guest, people: int | None, confirmed: bool, ask_companions: bool = True
) -> ScanResult:
    """A guest who may come in: the question first when there is one (nothing logged),
    else in they go, under the cap."""
    question = question_for(step, guest, people, confirmed, ask_companions=ask_companions)
    if question is not None:
        return step.unlogged(Verdict.CONFIRM, guest, question.max_people, question=question)
    return enter(step, guest, people, confirmed)


def question_for(
    step: Step, guest: Guest, people: int | None, confirmed: bool, *, ask_companions: bool = True
) -> Question | None:
    """Who is asked what: THE rule.

    A guest who would be let in and brings companions is asked how many came
    along (the door question, if the event has one, in the same breath); any
    other guest who would be let in is asked the door question. Nobody is asked
    anything who will be turned away anyway: cancelled, pending, inside, or a
    room without a single free place.
    """
    event = step.event
    if not step.override and (guest.cancelled or guest.pending):
        return None
    if guest.presence is Presence.INSIDE and not step.timed:
        return None
    companions = ask_companions and guest.companions > 0 and people is None
    question = bool(event.door_question) and not confirmed
    if not (companions or question):
        return None
    if not step.timed and not step.tx.has_room(1):
        return None
    return Question(
        kind="companions" if companions else "question",
        text=event.door_question,
        max_people=1 + guest.companions,
        guest=guest,
        token=step.uuid,
        action=step.action,
        code=step.code,
        at=step.at if step.timed else None,
        override=step.reason if step.override else "",
    )


def enter(step: Step, guest: Guest, people: int | None, confirmed: bool) -> ScanResult:
    tx, event = step.tx, step.event
    if not step.override:
        if guest.cancelled:
            return step.log(guest, Verdict.CANCELLED, 1)
        if guest.pending:
            return step.log(guest, Verdict.PENDING, 1)
    if guest.presence is Presence.INSIDE and not step.timed:
        return step.log(guest, Verdict.ALREADY_INSIDE, 0, since=guest.inside_since)
    if people is None:
        people = 1 + guest.companions
    if people < 1 or people > 1 + guest.companions:
        raise InvalidValue(
            "people", people, f"must be between 1 and {1 + guest.companions} for this guest"
        )
    if event.door_question and not confirmed and (step.timed or tx.has_room(people)):
        return step.unlogged(
            Verdict.CONFIRM,
            guest,
            people,
            question=Question(
                kind="question",
                text=event.door_question,
                max_people=1 + guest.companions,
                guest=guest,
                token=step.uuid,
                action=step.action,
                code=step.code,
                at=step.at if step.timed else None,
                override=step.reason if step.override else "",
            ),
        )
    if step.timed:  # judged by the guest's history and the cap at its own time
        return timeline.judge(step, guest, people, confirmed)
    if not tx.admit(people, step.at):
        return step.log(guest, Verdict.FULL, people)
    changes: dict[str, Any] = {
        "presence": Presence.INSIDE,
        "party": people,
        "inside_since": step.at,
        "first_arrival": guest.first_arrival or step.at,
        "entries": guest.entries + 1,
    }
    tx.set_guest(guest.id, **changes)
    return step.log(
        replace(guest, **changes), Verdict.ADMITTED, people, confirmed=bool(event.door_question)
    )


def leave(step: Step, guest: Guest) -> ScanResult:
    tx = step.tx
    if step.timed and timeline.is_late(tx, guest.id, step.at):
        return timeline.judge(step, guest, 0, False)
    if guest.presence is not Presence.INSIDE:
        return step.log(guest, Verdict.NOT_INSIDE, 0)
    people = guest.party
    tx.release(people, guest_id=guest.id)
    changes: dict[str, Any] = {"presence": Presence.LEFT, "party": 0, "last_departure": step.at}
    tx.set_guest(guest.id, **changes)
    return step.log(replace(guest, **changes), Verdict.EXITED, people)


def counter(step: Step, delta: int) -> ScanResult:
    tx, event = step.tx, step.event
    if delta > 0:
        if not tx.admit(1, step.at):
            return step.log(None, Verdict.FULL, 1)
        tx.change_counter(1)
        return step.log(None, Verdict.ADMITTED, 1)
    if event.counter <= 0:
        return step.log(None, Verdict.NOT_INSIDE, 1)
    tx.release(1)
    tx.change_counter(-1)
    return step.log(None, Verdict.EXITED, 1)


def walk_in(step: Step, person: GuestInput, confirmed: bool) -> ScanResult:
    """Someone not on the list, added and admitted under the cap in one transaction, so
    a denied walk-in leaves no half-made guest behind; the denial is logged."""
    tx, event = step.tx, step.event
    people = 1 + max(0, person.companions)
    if event.door_question and not confirmed:
        return step.unlogged(
            Verdict.CONFIRM,
            None,
            people,
            question=Question(
                kind="question",
                text=event.door_question,
                max_people=people,
                guest=None,
                token=step.uuid,
                action=Action.WALK_IN,
                walk_in=person,
            ),
        )
    if not tx.has_room(people):
        return step.log(None, Verdict.FULL, people)
    code = person.code.strip() or codes.new_code(event.tag)
    if tx.guest_by_code([code]) is not None or tx.replaced([code]) is not None:
        raise InvalidValue("code", code, "belongs to another guest already")
    gid = tx.insert_guest(replace(person, walk_in=True), code, step.at)
    return enter(step, tx.guest(gid), None, True)


def invited_match(tx: Ledger, person: GuestInput) -> Guest | None:
    """The invited guest (not another walk-in) this walk-in names, by folded name or email:
    asked at every door, connected or offline."""
    key = name_key(_full_name(person))
    email = person.email.strip().lower()
    words = sorted(key.split(), key=len, reverse=True)
    if not (words or email):
        return None
    for guest in tx.invited(words[0] if words else "", email):
        if email and guest.email.strip().lower() == email:
            return guest
        if key and name_key(_full_name(guest)) == key:
            return guest
    return None


def _full_name(g: GuestInput | Guest) -> str:
    if g.name.strip():
        return g.name
    return " ".join(p for p in (g.first_name, g.middle, g.last_name) if p.strip())


def look_up(step: Step, raw: str) -> tuple[Guest | None, ScanResult | None]:
    """The guest a code names, or the verdict for a code that names nobody who may pass:
    unknown, another event's badge, or a replaced badge (revoked)."""
    tx = step.tx
    found = tx.guest_by_code(codes.candidates(raw))
    if found is not None:
        return found[0], None
    replaced = tx.replaced(codes.candidates(raw))
    if replaced is not None:
        guest, when, _reading = replaced
        if step.override or step.action in OUT_ACTIONS:
            return guest, None  # an old badge may always take its guest out
        return None, step.log(guest, Verdict.REVOKED, 0, replaced_on=when)
    if step.override:
        return None, None
    verdict = Verdict.UNKNOWN
    tag = codes.tag_of(step.code.upper())
    if tag is not None and tag != step.event.tag:
        verdict = Verdict.WRONG_EVENT
    return None, step.log(None, verdict, 1)


def change_capacity(step: Step, capacity: int) -> ScanResult:
    """A capacity change is a door action: logged with the door's name, the old capacity
    as its text and the new one as its people."""
    record = step.tx.change_capacity(capacity, door=step.door, at=step.at, uuid=step.uuid)
    return ScanResult(
        verdict=Verdict.CHANGED,
        code=step.code,
        guest=None,
        inside=record.inside_after,
        capacity=capacity,
        at=step.at,
        action=step.action,
        scan_id=step.uuid,
        people=capacity,
        record_id=record.id,
    )


def reissue(step: Step, target: str | int) -> ScanResult:
    """A new badge code; the old one is kept as replaced and scans `revoked`."""
    tx = step.tx
    if isinstance(target, int):
        guest = tx.guest(target)
    else:
        found = tx.guest_by_code(codes.candidates(target))
        if found is None:
            if tx.replaced(codes.candidates(target)) is not None:
                raise InvalidValue(
                    "code", step.code, "was replaced already; reissue the guest's current badge"
                )
            raise GuestNotFound(step.code)
        guest = found[0]
    new_code = codes.new_code(step.event.tag)
    while tx.guest_by_code([new_code]) is not None or tx.replaced([new_code]) is not None:
        new_code = codes.new_code(step.event.tag)  # 96 random bits: never in practice
    old = guest.code
    guest = tx.replace_code(guest.id, new_code, step.at)
    return step.log(guest, Verdict.CHANGED, 0, raw=old)
