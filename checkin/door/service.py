"""The door service: one object for one door, through which every door action goes.

Plain Python, no Qt. Each action is one writing transaction (one trip to the
store) and returns one frozen :class:`ScanResult` that says everything the door
shows. Who is asked what (the door question, how many came along) is decided
here; a question comes back as ``Verdict.CONFIRM`` with ``result.question``
and its answer goes back through :meth:`DoorService.answer`, which decides
without looking the code up again. Bad input raises a CheckinError; a store
that does not answer gives ``Verdict.NOT_CONNECTED`` (nothing recorded).
Actions that need the supervisor PIN check it first (a counted, separate
trip, see checkin/pin.py) and answer ``Verdict.PIN_REQUIRED`` when it is set
and not given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from checkin import codes
from checkin.door import ids, rules
from checkin.door import override as overriding
from checkin.door.books import StoreBooks
from checkin.door.ledger import Books, Ledger
from checkin.door.reads import Found, InsideList
from checkin.door.rules import Step, new_id
from checkin.door.undo import UndoChoice, door_undo, undo_choices
from checkin.door.verdicts import (
    Action,
    DoorStatus,
    LinkState,
    Question,
    RoomState,
    ScanResult,
    Verdict,
)
from checkin.errors import InvalidValue, PinLockedOut, StoreUnavailable, WrongPin
from checkin.event_settings import check_capacity
from checkin.models import Event, Guest, GuestInput, ScanRecord
from checkin.store import Store, utcnow


def check_reason(reason: str, what: str) -> str:
    if not reason.strip():
        raise InvalidValue("reason", reason, f"is empty; {what} needs a reason")
    return reason.strip()


class DoorService:
    """One door of one event: the door engine. Its books are the event store (a
    :class:`Store`, connected) or a door's own copy (checkin/offline, offline); either
    way a scan enters the same rules once, against the books' ledger."""

    def __init__(
        self, store: Store | Books, door: str = "", clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.books: Books = StoreBooks(store) if isinstance(store, Store) else store
        self.door = door
        self.clock = clock
        self._inside = 0
        self._capacity = 0
        self._last_contact: datetime | None = None
        self._online = True

    # the one way into the books ---------------------------------------------------

    def _run(
        self, code: str, action: Action, at: datetime | None, work: Callable[[Ledger], ScanResult]
    ) -> ScanResult:
        try:
            with self.books.write() as tx:
                result = work(tx)
                if result.record_id or result.verdict is Verdict.CONFIRM:
                    # the room as this verdict left it: the screen need not read it again
                    result = replace(result, room=self.books.room_of(tx, result))
        except StoreUnavailable as exc:
            self._online = False
            # The reason (the sentence naming the store and what failed) goes with the
            # verdict, so a stream's answer line and the door's banner can say it.
            return ScanResult(
                verdict=Verdict.NOT_CONNECTED,
                code=code,
                guest=None,
                inside=self._inside,
                capacity=self._capacity,
                at=at or self.clock(),
                action=action,
                scan_id="",
                reason=str(exc),
            )
        self._online = True
        self._last_contact = self.clock()
        self._inside, self._capacity = result.inside, result.capacity
        return result

    def _step(
        self,
        tx: Ledger,
        code: str,
        action: Action,
        at: datetime | None,
        scan_id: str | None,
        *,
        offline: bool = False,
        override: bool = False,
        reason: str = "",
        supervised: bool = False,
    ) -> Step:
        return Step(
            tx=tx,
            event=tx.locked,
            at=at or self.clock(),
            door=self.door,
            code=code,
            action=action,
            uuid=scan_id or new_id(),
            timed=at is not None,
            override=override,
            reason=reason,
            offline=offline or self.books.offline,
            supervised=supervised,
        )

    def _check_time(self, at: datetime | None) -> None:
        if at is None:
            return
        if at.tzinfo is None:
            raise InvalidValue("time", at.isoformat(), "has no UTC offset; add one, like +02:00")
        if at > self.clock() + timedelta(minutes=1):
            raise InvalidValue("time", at.isoformat(), "is in the future")
        try:
            event = self.books.event()
        except StoreUnavailable:
            return  # the scan's own trip will answer not_connected
        if event.date is not None:
            start = datetime(event.date.year, event.date.month, event.date.day, tzinfo=event.zone)
            if at < start - timedelta(days=1):
                raise InvalidValue(
                    "time", at.isoformat(), "is more than a day before the event's date"
                )

    # scanning ------------------------------------------------------------------

    def scan(
        self,
        raw: str,
        exit: bool = False,
        camera: bool = False,
        at: datetime | None = None,
        scan_id: str | None = None,
        *,
        people: int | None = None,
        confirmed: bool = False,
        offline: bool = False,
        ask_companions: bool = True,
    ) -> ScanResult:
        """A badge at the door, in or (with ``exit``) out; ``at`` for a scan that happened
        earlier (applied at its own time), ``scan_id`` to make a re-send harmless.
        Without ``ask_companions`` (the CLI) a group counts whole unless ``people``."""
        if exit:
            action = Action.CAMERA_OUT if camera else Action.SCAN_OUT
        else:
            action = Action.CAMERA if camera else Action.SCAN
        self._check_time(at)
        code = codes.clean(raw)

        def work(tx: Ledger) -> ScanResult:
            if scan_id:  # the same id again: its first verdict, if it is the same scan
                earlier = ids.resent(
                    tx, scan_id, code=code, action=action, door=self.door, people=people, at=at
                )
                if earlier is not None:
                    return earlier
            step = self._step(tx, code, action, at, scan_id, offline=offline)
            guest, denied = rules.look_up(step, raw)
            if denied is not None:
                return denied
            assert guest is not None
            if exit:
                return rules.leave(step, guest)
            return rules.ask_or_enter(step, guest, people, confirmed, ask_companions)

        return self._run(code, action, at, work)

    def answer(
        self, question: Question, people: int | None = None, confirmed: bool = True
    ) -> ScanResult:
        """The answer to a question: decided in one trip, without looking the code up."""
        at = question.at

        def work(tx: Ledger) -> ScanResult:
            earlier = tx.scan_by_uuid(question.token)
            if earlier is not None:
                return rules.answered(tx, earlier, tx.locked.capacity)
            step = self._step(
                tx,
                question.code,
                question.action,
                at,
                question.token,
                override=bool(question.override),
                reason=question.override,
            )
            if question.text and not confirmed:
                # The door question was not confirmed: nothing happens, nothing is logged.
                return step.unlogged(Verdict.CONFIRM, question.guest, question=question)
            if question.walk_in is not None:
                return rules.walk_in(step, question.walk_in, True)
            assert question.guest is not None
            guest = tx.guest(question.guest.id)
            return rules.enter(step, guest, people, True)

        return self._run(question.code, question.action, at, work)

    def admit(
        self,
        guest_id: int,
        people: int | None = None,
        at: datetime | None = None,
        *,
        confirmed: bool = False,
        ask_companions: bool = True,
    ) -> ScanResult:
        """A guest found by name and let in by hand; with ``at``, a tick on the paper door
        list typed in afterwards, applied at the time it happened."""
        self._check_time(at)
        action = Action.PAPER if at is not None else Action.MANUAL

        def work(tx: Ledger) -> ScanResult:
            step = self._step(tx, "", action, at, None)
            guest = tx.guest(guest_id)
            return rules.ask_or_enter(step, guest, people, confirmed, ask_companions)

        return self._run("", action, at, work)

    def let_out(self, guest_id: int, at: datetime | None = None) -> ScanResult:
        self._check_time(at)

        def work(tx: Ledger) -> ScanResult:
            return rules.leave(self._step(tx, "", Action.MANUAL_OUT, at, None), tx.guest(guest_id))

        return self._run("", Action.MANUAL_OUT, at, work)

    def walk_in(
        self,
        person: GuestInput,
        new: bool = False,
        *,
        confirmed: bool = False,
        scan_id: str | None = None,
    ) -> ScanResult:
        """Someone not on the list, added and let in. Unless ``new``, a walk-in whose name
        or email matches an invited guest answers ``Verdict.MATCH`` naming that guest
        (``result.guest`` and ``result.match``); nothing changed."""
        if not (person.name.strip() or person.first_name.strip() or person.last_name.strip()):
            raise InvalidValue("name", person.name, "is empty; a walk-in needs a name")

        def work(tx: Ledger) -> ScanResult:
            step = self._step(tx, "", Action.WALK_IN, None, scan_id)
            if not new:
                match = rules.invited_match(tx, person)
                if match is not None:
                    return step.unlogged(Verdict.MATCH, match, match=match)
            return rules.walk_in(step, person, confirmed)

        return self._run("", Action.WALK_IN, None, work)

    # a supervisor's actions ------------------------------------------------------

    def override(
        self,
        target: str | int,
        reason: str,
        pin: str | None = None,
        *,
        people: int | None = None,
        confirmed: bool = False,
        ask_companions: bool = True,
        at: datetime | None = None,
    ) -> ScanResult:
        """Let in a cancelled, pending or revoked guest (a code, or a guest id), or with an
        unknown code that person once as a walk-in: never past the cap, logged as an
        override (checkin/door/override.py). With ``at``, an entry recorded afterwards:
        past the cap of its time only with the PIN set and given."""
        reason = check_reason(reason, "an override")
        self._check_time(at)
        code = "" if isinstance(target, int) else codes.clean(target)
        action = Action.MANUAL if isinstance(target, int) else Action.SCAN
        if at is not None and isinstance(target, int):
            action = Action.PAPER
        refused = self._pin(pin, code, action)
        if refused is not None:
            return refused

        def work(tx: Ledger) -> ScanResult:
            step = self._step(
                tx,
                code,
                action,
                at,
                None,
                override=True,
                reason=reason,
                supervised=pin is not None and bool(tx.locked.pin_hash),
            )
            return overriding.let_in(
                step, target, people=people, confirmed=confirmed, ask_companions=ask_companions
            )

        return self._run(code, action, at, work)

    def undo(self, reason: str, pin: str | None = None, *, scan: int | None = None) -> ScanResult:
        """Take back this door's last entry, exit or count, or the scan ``scan`` (a log
        row id from :meth:`undo_choices`). The door person may undo their own recent
        scan once; anything more needs the PIN, and a PIN must be set for it
        (checkin/door/undo.py). A refusal is logged."""
        reason = check_reason(reason, "an undo")
        if pin is not None:
            refused = self._pin(pin, "", Action.UNDO)  # a wrong PIN raises, counted
            if refused is not None:
                return refused

        def work(tx: Ledger) -> ScanResult:
            step = self._step(tx, "", Action.UNDO, None, None, reason=reason)
            return door_undo(step, scan, pin_given=pin is not None)

        return self._run("", Action.UNDO, None, work)

    def undo_choices(self, scan: int | None = None) -> tuple[UndoChoice, ...]:
        """This door's recent scans an undo could take back, newest first (or the one scan
        ``scan``), each with its guest, time and whether the PIN is needed: named before
        anything changes. A door's own copy names none (its undo takes back the last)."""
        if not isinstance(self.books, StoreBooks):
            return ()
        store = self.books.store
        event = store.event()
        with store.read() as conn:
            return undo_choices(conn, event, self.door, self.clock(), scan)

    def count(self, delta: int, *, scan_id: str | None = None) -> ScanResult:
        """The +/- counter: people without a badge (crew, speakers), under the same cap."""
        if delta not in (1, -1):
            raise InvalidValue("counter", delta, "must be +1 or -1")
        action = Action.COUNTER if delta > 0 else Action.COUNTER_OUT
        return self._run(
            "",
            action,
            None,
            lambda tx: rules.counter(self._step(tx, "", action, None, scan_id), delta),
        )

    def set_capacity(self, capacity: int, pin: str | None = None) -> ScanResult:
        """A new capacity, logged as a door action with this door's name. Below the
        headcount it only stops admissions until there is room."""
        check_capacity(capacity)
        refused = self._pin(pin, "", Action.CAPACITY)
        if refused is not None:
            return refused

        def work(tx: Ledger) -> ScanResult:
            step = self._step(tx, "", Action.CAPACITY, None, None)
            return rules.change_capacity(step, capacity)

        return self._run("", Action.CAPACITY, None, work)

    def reissue(self, target: str | int) -> ScanResult:
        """A new badge code for the guest (by code or id); the old code scans ``revoked``."""
        code = "" if isinstance(target, int) else codes.clean(target)

        def work(tx: Ledger) -> ScanResult:
            step = self._step(tx, code, Action.REISSUE, None, None)
            return rules.reissue(step, target)

        return self._run(code, Action.REISSUE, None, work)

    def _pin(self, pin: str | None, code: str, action: Action) -> ScanResult | None:
        """None when the PIN is right or none is set; else what the door says instead
        (pin_required, or not_connected). A wrong PIN raises WrongPin, counted."""

        def answer(verdict: Verdict) -> ScanResult:
            return ScanResult(
                verdict=verdict,
                code=code,
                guest=None,
                inside=self._inside,
                capacity=self._capacity,
                at=self.clock(),
                action=action,
                scan_id="",
            )

        try:
            if self.books.check_pin(pin, self.clock()):
                return None
            event = self.books.event()
        except StoreUnavailable:
            self._online = False
            return answer(Verdict.NOT_CONNECTED)
        self._inside, self._capacity = event.inside, event.capacity
        return answer(Verdict.PIN_REQUIRED)

    # what the door shows ------------------------------------------------------------

    def room(self) -> RoomState:
        return self.books.room()

    def status(self) -> DoorStatus:
        return self.books.status()

    def scans(self, since_id: int, newest: int = 5000) -> list[ScanRecord]:
        """The scans after ``since_id`` (from the start, the ``newest`` ones), oldest first:
        what the Door screen's chart and strip read."""
        return self.books.scans(since_id, newest)

    def guest_name(self, guest_id: int) -> str:
        return self.books.guest_name(guest_id)

    def event(self) -> Event:
        """The event as the books hold it: its time zone, the badge's name, date and design."""
        return self.books.event()

    def guest(self, guest_id: int) -> Guest:
        """One guest (GuestNotFound when there is none): a badge printed again."""
        return self.books.guest(guest_id)

    def search(self, text: str, limit: int = 20) -> Found:
        """F2: guests without their badge, found by name, organisation, email or code."""
        return self.books.search(text, limit)

    def inside_list(self) -> InsideList:
        """F6: who is inside now, for the roll call."""
        return self.books.inside_list()

    def check_pin(self, pin: str | None) -> bool:
        """The supervisor PIN before a guarded door tool opens: True (right, or none set),
        False (one is set and none was given); WrongPin / PinLockedOut (counted). A wrong
        PIN that starts the wait is said as the wait, so the PIN prompt shows it at once."""
        try:
            return self.books.check_pin(pin, self.clock())
        except WrongPin as wrong:
            if wrong.until is None or not wrong.wait:
                raise
            raise PinLockedOut(wrong.until, wrong.wait) from wrong

    def link(self) -> LinkState:
        """Whether the store answers. Sharing and the journal of unsent scans belong to
        the offline doors (checkin/offline), which report them in the same shape."""
        try:
            self.books.event()
        except StoreUnavailable:
            self._online = False
        else:
            self._online = True
            self._last_contact = self.clock()
        return LinkState(
            online=self._online, share=None, waiting=0, last_contact=self._last_contact
        )
