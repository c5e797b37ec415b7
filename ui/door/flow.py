"""A scan's way from the scanner to its verdict: a plain object, no widgets, no window.

Everything the door does goes to the door service (``checkin.door.DoorService``)
through the one serial store worker, and what comes back is handed on by a
signal: ``shown`` a verdict, ``asked`` a question the door person must answer.
The flow decides nothing about guests; it only keeps things in line:

- **One guest at a time.** A scan, a manual check-in or a walk-in is sent only
  when the one before it has its verdict. A guest waiting on the door question
  or the companions choice is the one in hand until answered; later scans wait
  in line behind (``waiting_changed`` says how many) and go, in order, once the
  answer is in. Nobody is dropped.
- **Checking…** A scan without an answer after ``CHECKING_MS`` (150 ms) is
  announced with ``checking``, so the door person sees it was taken.
- **Store errors in one place** (:meth:`_failed`): an expected failure goes to
  the caller's own handler when it has one (a dialog that shows it and stays
  open), otherwise to ``problem``; a store that does not answer turns the
  connection off (``connected_changed``).
- **The PIN is the service's decision**: an action it answers ``pin_required``
  comes back as ``pin_wanted`` with a :class:`PinRequest` to retry it with the PIN.
- **Exit mode** is kept here, with its quiet period: after ``exit_quiet_ms``
  without a scan the door goes back to entry mode by itself.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from checkin.door import Door, LinkState, RoomState, ScanResult, Verdict
from checkin.door.undo import UndoChoice
from checkin.errors import CheckinError, StoreError
from checkin.models import Guest, GuestInput

from ..worker import StoreWorker
from .feed import Feed, read_feed

CHECKING_MS = 150  # a scan still without its verdict after this is shown as "checking…"
REFRESH_AFTER_MS = 200  # the room and the feed are read this long after the last verdict
STALLED_MS = 5000  # no answer at all after this: the store is said not to answer
EXIT_QUIET_MS = 10 * 60 * 1000  # exit mode ends after this long without a scan

Call = Callable[[], ScanResult]
OnResult = Callable[[ScanResult], None]
OnError = Callable[[CheckinError], None]


@dataclass
class Step:
    """One action on its way to the service: what to call and who hears of it."""

    label: str  # the code or the name, for "checking…"
    call: Call
    done: OnResult | None = None
    failed: OnError | None = None
    guest: bool = True  # a guest's step waits in line; a door tool goes at once
    pin_text: str = ""  # why the PIN is asked, if the service wants it
    with_pin: Callable[[str], Call] | None = None
    answering: ScanResult | None = None  # the question this step answers


@dataclass(frozen=True)
class PinRequest:
    """The service wants the supervisor PIN for ``text``; ``retry(pin)`` sends it."""

    text: str
    retry: Callable[[str, Callable[[object], None] | None, OnError | None], None]


@dataclass
class _Line:
    steps: deque[Step] = field(default_factory=deque)


class DoorFlow(QObject):
    shown = Signal(object)  # ScanResult: a verdict for the screen
    asked = Signal(object)  # ScanResult (CONFIRM) whose .question waits for an answer
    declined = Signal(object)  # ScanResult whose question was answered no: nothing logged
    checking = Signal(str)  # the label of a step still without its verdict
    waiting_changed = Signal(int)  # guests in line behind the one in hand
    problem = Signal(object)  # CheckinError nobody else handled
    unanswered = Signal(str, object)  # a guest's step that failed: its label, the CheckinError
    connected_changed = Signal(bool)
    pin_wanted = Signal(object)  # PinRequest
    room_changed = Signal(object)  # RoomState
    link_changed = Signal(object)  # LinkState
    feed_changed = Signal(object)  # Feed: new scans for the chart and the other doors
    exit_mode_changed = Signal(bool)

    def __init__(
        self,
        service: Door,
        worker: StoreWorker,
        *,
        exit_quiet_ms: int = EXIT_QUIET_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.worker = worker
        self._line = _Line()
        self._in_hand: Step | None = None
        self.question: ScanResult | None = None  # the guest waiting for an answer
        self.connected = True
        self.last: ScanResult | None = None
        self._exit = False
        self._seen_scan = 0
        self._names: dict[int, str] = {}
        self._checking = QTimer(self)
        self._checking.setSingleShot(True)
        self._checking.timeout.connect(self._say_checking)
        self._stalled = QTimer(self)
        self._stalled.setSingleShot(True)
        self._stalled.timeout.connect(lambda: self._set_connected(False))
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(exit_quiet_ms)
        self._quiet.timeout.connect(lambda: self.set_exit_mode(False))
        # One read after a run of verdicts, not one per scan (inline: at once, for tests).
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(REFRESH_AFTER_MS)
        self._soon.timeout.connect(self.refresh)

    # state --------------------------------------------------------------------------

    @property
    def exit_mode(self) -> bool:
        return self._exit

    @property
    def waiting(self) -> int:
        """Guests in line behind the one in hand (a waiting question counts as in hand)."""
        return len(self._line.steps)

    @property
    def busy(self) -> bool:
        """A guest is in hand: on the way to the store, or waiting for an answer."""
        return self._in_hand is not None or self.question is not None

    def set_exit_mode(self, on: bool) -> None:
        if on == self._exit:
            return
        self._exit = on
        if on:
            self._quiet.start()
        else:
            self._quiet.stop()
        self.exit_mode_changed.emit(on)

    @property
    def exit_quiet_ms(self) -> int:
        return self._quiet.interval()

    def set_exit_quiet(self, msecs: int) -> None:
        self._quiet.setInterval(max(1000, msecs))
        if self._quiet.isActive():
            self._quiet.start()

    # a guest's steps: in line, one at a time ------------------------------------------

    def scan(self, raw: str, *, camera: bool = False) -> None:
        """A badge from the scanner, the keyboard or the camera: in, or out in exit mode."""
        code = raw.strip()
        if not code:
            return
        exit_mode = self._exit  # the mode when the badge was shown, not when it is decided
        if exit_mode:
            self._quiet.start()
        svc = self.service
        self._queue(Step(code, lambda: svc.scan(code, exit=exit_mode, camera=camera)))

    def admit(self, guest: Guest) -> None:
        """Let in (or out, in exit mode) a guest found by name."""
        svc, gid = self.service, guest.id
        if self._exit:
            self._quiet.start()
            self._queue(Step(guest.name, lambda: svc.let_out(gid)))
        else:
            self._queue(Step(guest.name, lambda: svc.admit(gid)))

    def walk_in(
        self,
        person: GuestInput,
        *,
        new: bool = False,
        done: OnResult | None = None,
        failed: OnError | None = None,
    ) -> None:
        """Someone not on the list; ``new`` after the door person said it is not the match."""
        svc = self.service
        self._queue(Step(person.name, lambda: svc.walk_in(person, new=new), done, failed))

    def answer(self, people: int | None, confirmed: bool = True) -> None:
        """The door person's answer to the waiting question; nothing when none waits."""
        waiting = self.question
        if waiting is None or waiting.question is None:
            return
        question, svc = waiting.question, self.service
        self.question = None
        step = Step(
            waiting.guest.name if waiting.guest else waiting.code,
            lambda: svc.answer(question, people=people, confirmed=confirmed),
            answering=waiting,
        )
        self._in_hand = step
        self._send(step)

    def decline(self) -> None:
        """No to the waiting question, or Cancel: nobody let in, nothing logged, no trip."""
        waiting = self.question
        if waiting is None:
            return
        self.question = None
        self.declined.emit(waiting)
        self._pump()

    def _queue(self, step: Step) -> None:
        self._line.steps.append(step)
        self._pump()
        self.waiting_changed.emit(self.waiting)

    def _pump(self) -> None:
        if self.busy or not self._line.steps:
            return
        step = self._line.steps.popleft()
        self._in_hand = step
        self.waiting_changed.emit(self.waiting)
        self._send(step)

    # the door's tools: at once, behind nobody ------------------------------------------

    def count(self, delta: int) -> None:
        svc = self.service
        self._send(Step("±1", lambda: svc.count(delta), guest=False))

    def undo(
        self,
        reason: str,
        *,
        scan: int | None = None,
        done: OnResult | None = None,
        failed: OnError | None = None,
        text: str = "",
    ) -> None:
        """Take back this door's last scan, or the one named by ``scan``."""
        svc = self.service
        self._send(
            Step(
                "",
                lambda: svc.undo(reason=reason, scan=scan),
                done,
                failed,
                guest=False,
                pin_text=text,
                with_pin=lambda pin: lambda: svc.undo(reason=reason, pin=pin, scan=scan),
            )
        )

    def undo_choices(self, done: Callable[[tuple[UndoChoice, ...]], None], failed: OnError) -> None:
        """This door's recent scans an undo could take back, named before anything changes."""
        self.worker.submit(self.service.undo_choices, done, failed)

    def override(
        self,
        target: str | int,
        reason: str,
        *,
        done: OnResult | None = None,
        failed: OnError | None = None,
        text: str = "",
    ) -> None:
        svc = self.service
        self._send(
            Step(
                str(target),
                lambda: svc.override(target, reason=reason),
                done,
                failed,
                guest=False,
                pin_text=text,
                with_pin=lambda pin: lambda: svc.override(target, reason=reason, pin=pin),
            )
        )

    def set_capacity(
        self,
        capacity: int,
        *,
        done: OnResult | None = None,
        failed: OnError | None = None,
        text: str = "",
    ) -> None:
        svc = self.service
        self._send(
            Step(
                str(capacity),
                lambda: svc.set_capacity(capacity),
                done,
                failed,
                guest=False,
                pin_text=text,
                with_pin=lambda pin: lambda: svc.set_capacity(capacity, pin=pin),
            )
        )

    def refresh(self) -> None:
        """Read the room, the link and the new scans (other doors change them too)."""
        if self.worker.waiting > 1:
            return  # the store is slow: no reads piling up behind the scans
        svc, since, names = self.service, self._seen_scan, dict(self._names)

        def read() -> tuple[RoomState, LinkState, Feed]:
            room, link = svc.room(), svc.link()
            try:
                feed = read_feed(svc, since, names)
            except CheckinError:
                # An offline door has no server to read the other doors' scans from;
                # its room and link come from its own copy all the same.
                feed = Feed(())
            return room, link, feed

        self.worker.submit(read, self._read, self._failed_read)

    # sending and answering --------------------------------------------------------------

    def _send(self, step: Step) -> None:
        if step.guest:
            self._checking.start(CHECKING_MS)
        self._stalled.start(STALLED_MS)
        self.worker.submit(
            step.call, lambda r: self._landed(step, r), lambda e: self._failed(step, e)
        )

    def _say_checking(self) -> None:
        if self._in_hand is not None:
            self.checking.emit(self._in_hand.label)

    def _landed(self, step: Step, result: ScanResult) -> None:
        self._stalled.stop()
        self._set_connected(result.verdict is not Verdict.NOT_CONNECTED)
        if step is self._in_hand:
            self._checking.stop()
            self._in_hand = None
        if result.verdict is Verdict.PIN_REQUIRED and step.with_pin is not None:
            self.pin_wanted.emit(PinRequest(step.pin_text, self._retry_with_pin(step)))
        elif result.verdict is Verdict.CONFIRM and result.question is not None:
            self.question = result
            if step.done is not None:
                step.done(result)  # the dialog that asked is done: the question takes over
            self.asked.emit(result)
        else:
            self.last = result
            if step.done is not None:
                step.done(result)
            self.shown.emit(result)
        self._pump()
        if result.room is not None:
            # the verdict says how full the room is: no read of the store after a scan
            self.room_changed.emit(result.room)
        if self.worker.inline:
            self.refresh()
        elif result.room is None:
            self._soon.start()

    def _retry_with_pin(
        self, step: Step
    ) -> Callable[[str, Callable[[object], None] | None, OnError | None], None]:
        def retry(pin: str, done: Callable[[object], None] | None, failed: OnError | None) -> None:
            assert step.with_pin is not None
            self._send(
                Step(
                    step.label,
                    step.with_pin(pin),
                    done or step.done,
                    failed or step.failed,
                    guest=False,
                )
            )

        return retry

    def _failed(self, step: Step, error: CheckinError) -> None:
        """The one place a store error lands, whatever the action."""
        self._stalled.stop()
        if isinstance(error, StoreError):
            self._set_connected(False)  # unreachable, read-only, full, damaged: nothing recorded
        if step is self._in_hand:
            self._checking.stop()
            self._in_hand = None
        if step.answering is not None:
            # The answer did not go through: the guest is still waiting, asked again.
            self.question = step.answering
            self.asked.emit(step.answering)
        if step.failed is not None:
            step.failed(error)
        elif step.guest and step.answering is None and isinstance(error, StoreError):
            self.unanswered.emit(step.label, error)  # a scan is always answered
        else:
            self.problem.emit(error)
        self._pump()

    def _read(self, got: tuple[RoomState, LinkState, Feed]) -> None:
        room, link, feed = got
        self._set_connected(True)
        self._names.update(feed.names)
        if feed.scans:
            self._seen_scan = feed.scans[-1].id
        self.room_changed.emit(room)
        self.link_changed.emit(link)
        self.feed_changed.emit(Feed(feed.scans, dict(self._names)))  # every name known

    def _failed_read(self, error: CheckinError) -> None:
        if isinstance(error, StoreError):
            self._set_connected(False)
        else:
            self.problem.emit(error)

    def _set_connected(self, connected: bool) -> None:
        if connected != self.connected:
            self.connected = connected
            self.connected_changed.emit(connected)
