"""The offline-capable door: the door service's methods, answered within a second, always.

:class:`OfflineDoor` wraps :class:`checkin.door.DoorService`. Every call to the
server goes down one lane (a worker thread) and is waited for at most
``deadline`` (0.8 s); when the server does not answer in time, or the door
already knows it is cut off, the door decides from its own copy and journal
(replica.py): it admits only within its share, an exit gives the places back
to the share, and the verdict is in the journal, on disk, before it is
returned, marked ``offline``. A background contact every second renews the
share, follows the server's guest list, measures the clock offset and sends
the journal once the server is back (sending.py).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from sqlalchemy.exc import SQLAlchemyError

from checkin.door import (
    DoorService,
    DoorStatus,
    LinkState,
    Question,
    RoomState,
    ScanResult,
    Verdict,
)
from checkin.door.books import StoreBooks
from checkin.door.reads import Found, InsideList
from checkin.door.rules import new_id
from checkin.door.undo import UndoChoice
from checkin.errors import (
    CheckinError,
    DoorNameTaken,
    GuestNotFound,
    NeverConnected,
    PinError,
    ReplicaError,
    StoreError,
    StoreUnavailable,
)
from checkin.models import Event, Guest, GuestInput, ScanRecord
from checkin.offline import notices, sending, sync
from checkin.offline.copy import CopyBooks
from checkin.offline.lane import Lane, LaneBusy
from checkin.offline.notices import Notice, NoticeKind
from checkin.offline.replica import Replica, replica_path
from checkin.offline.shares import Allowance
from checkin.store import Store, display_location, utcnow

T = TypeVar("T")
DEADLINE = 0.8  # seconds the server gets before the door decides on its own
CONTACT_EVERY = 1.0  # seconds between contacts (share, guest list, journal)
_DOWN = (StoreError, SQLAlchemyError, ConnectionError, OSError)


def default_data_dir() -> Path:
    from checkin.datadir import data_dir

    return data_dir()


class OfflineDoor:
    """One door of one event, on a server, that keeps scanning when the server is gone."""

    def __init__(
        self,
        location: str | Path,
        door: str,
        data_dir: Path | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
        deadline: float = DEADLINE,
        contact_every: float = CONTACT_EVERY,
        connect_timeout: float = 3.0,
        background: bool = True,
    ) -> None:
        self.location = str(location)
        self.door = door
        self.clock = clock
        self.deadline = deadline
        self.display = display_location(self.location)
        path = replica_path(data_dir or default_data_dir(), self.display, door)
        self.replica = Replica.open(path, door=door, location=self.display)
        # what the door says once (started offline, journal sent): values the screen words
        self.notices: list[Notice] = []
        self._lock = self.replica.lock  # the copy and the share: one lock for both
        self._lane = Lane(deadline)
        self._store: Store | None = None
        self._svc: DoorService | None = None
        self._online = False
        self._fatal: CheckinError | None = None
        self.last_error = ""
        self._stop = threading.Event()
        self._every = contact_every
        self._offset = timedelta(milliseconds=self.replica.room().offset_ms)
        # The door engine on the door's own copy: what this door decides when the server
        # is silent, with the same rules as the server's (checkin/door/ledger.py).
        self._local = DoorService(
            CopyBooks(self.replica, door, lambda: self._offset), door=door, clock=self.server_now
        )
        # A door that never had a copy has nothing to decide offline with: its first
        # contact (the whole guest list) may take as long as it needs.
        first = not self.replica.room().connected_once
        self._ok(self._link_once, max(connect_timeout, 120.0) if first else connect_timeout)
        if self._fatal is not None:
            self.close()
            raise self._fatal
        if not self._online:
            room = self.replica.room()
            if not room.connected_once:
                self.close()
                raise NeverConnected(path, self.display)
            self.notices.append(
                notices.at_start(
                    self.display,
                    still_sending=self._lane.busy_since is not None,  # a long journal going back
                    waiting=self.replica.waiting(),
                    guests=self.replica.guests(),
                    share=room.share,
                )
            )
        self._thread: threading.Thread | None = None
        if background:
            self._thread = threading.Thread(target=self._link_loop, name="door-link", daemon=True)
            self._thread.start()

    # the one lane to the server --------------------------------------------------

    def _ok(self, fn: Callable[[], T], timeout: float) -> tuple[bool, T | None]:
        """Run ``fn`` on the lane, waiting at most ``timeout``. A lane still busy with an
        earlier call past the deadline is not queued behind: the answer is "no"."""
        try:
            return True, self._lane.call(fn, timeout)
        except LaneBusy:
            return False, None
        except FutureTimeout:
            self._online = False
            return False, None
        except (ReplicaError, DoorNameTaken) as exc:
            self._fatal = exc
            self._online = False
            return False, None
        except _DOWN:
            self._online = False
            self._drop_store()
            return False, None
        except Exception as exc:  # noqa: BLE001 - the door must go on answering
            # Anything else (the door's own disk refusing a write): keep it for the
            # report and go on deciding offline; the next contact tries again.
            self.last_error = f"{type(exc).__name__}: {exc}"
            self._online = False
            self._drop_store()
            return False, None

    def _drop_store(self) -> None:
        store, self._store, self._svc = self._store, None, None
        if store is not None:
            with contextlib.suppress(*_DOWN):
                store.close()

    def _server(self, work: Callable[[DoorService], ScanResult]) -> ScanResult | None:
        """A door action on the server as this door (it pays from its share), or None."""
        if not self._online or self._svc is None:
            return None

        def run() -> ScanResult:
            svc = self._svc
            if svc is None:
                raise ConnectionError("not connected")
            return work(svc)

        ok, result = self._ok(run, self.deadline)
        if not ok or result is None or result.verdict is Verdict.NOT_CONNECTED:
            self._online = False
            return None
        self._heard(result)
        return result

    def _heard(self, r: ScanResult) -> None:
        """A verdict from the server: journalled as sent, the copy and the share follow."""
        sync.heard(self.replica, r, self._offset)

    def server_now(self) -> datetime:
        """The door's clock corrected by the offset measured at its last server contact:
        the time every scan of this door is logged and ordered at."""
        return self.clock() + self._offset

    # the background contact ------------------------------------------------------

    def _link_loop(self) -> None:
        while not self._stop.wait(self._every):
            self._ok(self._link_once, max(self.deadline, 5.0))

    def _link_once(self) -> None:
        """One contact. A store whose connections died with the server is dropped and
        the contact tried once more on a fresh one, so a return is noticed at once."""
        fresh = self._store is None
        try:
            self._contact()
        except _DOWN:
            if fresh:
                raise
            self._drop_store()
            self._contact()

    def _contact(self) -> None:
        if self._store is None:
            self._store = Store.open(self.location)
            self._svc = DoorService(
                StoreBooks(self._store, pays=self.door), door=self.door, clock=self.server_now
            )
        store = self._store
        event = store.event()
        self.replica.check_event(event.tag, event.name)
        lost = sync.recover(store, self.replica, self.door)
        if lost:
            self.notices.append(Notice(NoticeKind.LOST, server=self.display, count=lost))
        sent = 0
        if self.replica.waiting():
            result = sending.send_journal(store, self.replica, self.door)
            sent = result.sent
            if result.excess:
                with self._lock:
                    share = self.replica.room().share
                    self.replica.set_share(Allowance(share).spend(result.excess).share)
            self.notices.append(
                Notice(
                    NoticeKind.SENT,
                    server=self.display,
                    count=result.sent,
                    flagged=result.flagged,
                    overshoot=result.overshoot,
                    refused=result.refused,
                )
            )
        contact = sync.contact(store, self.replica, self.door, self.clock(), sent)
        if contact.released:
            self.notices.append(Notice(NoticeKind.RELEASED, server=self.display))
        if contact.restored:
            self.notices.append(Notice(NoticeKind.RESTORED, server=self.display))
        self._offset = timedelta(milliseconds=contact.offset_ms)
        self._online = True

    # the door service's methods ---------------------------------------------------

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
        ask_companions: bool = True,
    ) -> ScanResult:
        sid = scan_id or new_id()
        r = self._server(
            lambda svc: svc.scan(
                raw,
                exit,
                camera,
                at,
                sid,
                people=people,
                confirmed=confirmed,
                ask_companions=ask_companions,
            )
        )
        if r is not None:
            return r
        return self._local.scan(
            raw,
            exit,
            camera,
            at,
            sid,
            people=people,
            confirmed=confirmed,
            ask_companions=ask_companions,
        )

    def answer(
        self, question: Question, people: int | None = None, confirmed: bool = True
    ) -> ScanResult:
        r = self._server(lambda svc: svc.answer(question, people, confirmed))
        if r is not None:
            return r
        return self._local.answer(question, people, confirmed)

    def admit(
        self,
        guest_id: int,
        people: int | None = None,
        *,
        confirmed: bool = False,
        ask_companions: bool = True,
    ) -> ScanResult:
        return self._either(
            lambda svc: svc.admit(
                guest_id, people, confirmed=confirmed, ask_companions=ask_companions
            )
        )

    def let_out(self, guest_id: int) -> ScanResult:
        return self._either(lambda svc: svc.let_out(guest_id))

    def _either(self, work: Callable[[DoorService], ScanResult]) -> ScanResult:
        """The server's answer, or this door's own from its copy: the same door engine."""
        r = self._server(work)
        return r if r is not None else work(self._local)

    def flush(self, timeout: float = 5.0) -> bool:
        """Contact the server now, trying until ``timeout``: whether it answered and the
        whole journal is sent."""
        end = time.monotonic() + timeout
        while True:
            self._ok(self._link_once, max(0.1, end - time.monotonic()))
            if self._online and self.replica.waiting() == 0:
                return True
            if time.monotonic() >= end:
                return False
            time.sleep(0.2)

    def walk_in(
        self, person: GuestInput, new: bool = False, *, confirmed: bool = False
    ) -> ScanResult:
        sid = new_id()  # one id for the server's try and the door's own: done once
        return self._either(lambda svc: svc.walk_in(person, new, confirmed=confirmed, scan_id=sid))

    def override(
        self,
        target: str | int,
        reason: str,
        pin: str | None = None,
        *,
        people: int | None = None,
        confirmed: bool = False,
    ) -> ScanResult:
        return self._either(
            lambda svc: svc.override(target, reason, pin, people=people, confirmed=confirmed)
        )

    def undo(self, reason: str, pin: str | None = None, *, scan: int | None = None) -> ScanResult:
        return self._either(lambda svc: svc.undo(reason, pin, scan=scan))

    def undo_choices(self, scan: int | None = None) -> tuple[UndoChoice, ...]:
        """What an undo would take back, named first; offline: nothing to choose (the
        undo takes back this door's last scan from its copy)."""
        if self._online and self._svc is not None:
            svc = self._svc
            ok, got = self._ok(lambda: svc.undo_choices(scan), self.deadline)
            if ok and got is not None:
                return got
        return ()

    def count(self, delta: int) -> ScanResult:
        sid = new_id()
        return self._either(lambda svc: svc.count(delta, scan_id=sid))

    def set_capacity(self, capacity: int, pin: str | None = None) -> ScanResult:
        """Server-only: offline this raises ServerOnly (one sentence)."""
        return self._either(lambda svc: svc.set_capacity(capacity, pin))

    def reissue(self, target: str | int) -> ScanResult:
        """Server-only: offline this raises ServerOnly (one sentence)."""
        return self._either(lambda svc: svc.reissue(target))

    def status(self) -> DoorStatus:
        """The door service's status while connected; offline, what the copy knows."""
        return self._read(lambda door: door.status())

    def release(self, other: str, pin: str | None = None) -> int:
        """A supervisor releases a lost door's share (needs the PIN when one is set).
        Returns the places given back to the pool; -1: no such door; -2: PIN needed;
        raises WrongPin / PinLockedOut; StoreUnavailable when not connected."""

        def run() -> int:
            if self._store is None:
                self._link_once()
            store = self._store
            if store is None:
                raise StoreUnavailable(self.display, "not connected")
            return sync.release(store, other, pin, self.server_now())

        return self._lane.submit(run).result(timeout=10)

    # what the door shows -----------------------------------------------------------

    def link(self) -> LinkState:
        room = self.replica.room()
        return LinkState(
            online=self._online,
            share=room.share,
            waiting=self.replica.waiting(),
            last_contact=room.last_contact,
        )

    def _read(self, work: Callable[[DoorService], T], timeout: float | None = None) -> T:
        """A read from the server while connected (within ``timeout``, else the deadline);
        offline, or when the server does not answer in time, from the door's own copy."""
        svc = self._svc
        if self._online and svc is not None:
            ok, got = self._ok(lambda: work(svc), timeout or self.deadline)
            if ok and got is not None:
                return got
        return work(self._local)

    def room(self) -> RoomState:
        return self._read(lambda door: door.room())

    def scans(self, since_id: int, newest: int = 5000) -> list[ScanRecord]:
        """The server's log while connected; offline, this door's own journal."""
        return self._read(lambda door: door.scans(since_id, newest))

    def search(self, text: str, limit: int = 20) -> Found:
        """F2 on the server; offline on the door's copy (``from_copy``), which holds the
        guest list as last heard, with this door's own scans since."""
        return self._read(lambda door: door.search(text, limit))

    def inside_list(self) -> InsideList:
        """F6 on the server (every guest read: a longer wait); offline from the copy."""
        return self._read(lambda door: door.inside_list(), max(self.deadline, 3.0))

    def check_pin(self, pin: str | None) -> bool:
        """The server's check, counted in its lockout, while connected; offline the PIN
        the copy holds. A wrong PIN from the server is its answer, not a silence."""
        svc = self._svc
        if self._online and svc is not None:

            def run() -> bool | PinError:
                try:
                    return svc.check_pin(pin)
                except PinError as exc:
                    return exc

            ok, got = self._ok(run, max(self.deadline, 3.0))  # a dear hash, on purpose
            if isinstance(got, PinError):
                raise got
            if ok and got is not None:
                return got
        return self._local.check_pin(pin)

    def guest_name(self, guest_id: int) -> str:
        return self._local.guest_name(guest_id)  # the copy follows the server's names

    @property
    def online(self) -> bool:
        return self._online

    def close(self) -> None:
        """The door ends cleanly: the background contact stops and, when the journal is
        all sent, the share goes back to the pool (a door that vanished keeps it)."""
        self._stop.set()
        if getattr(self, "_thread", None) is not None and self._thread is not None:
            self._thread.join(timeout=2 * self.deadline + 5)
        if self._online and self._store is not None and self._fatal is None:
            store = self._store
            self._ok(lambda: sync.leave(store, self.replica, self.door), 2 * self.deadline)
        self._lane.close()
        self._drop_store()
        self.replica.close()

    def __enter__(self) -> OfflineDoor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def event(self) -> Event:
        """The server's event; offline the copy's (its badge design kept at each contact)."""
        return self._read(lambda door: door.event())

    def guest(self, guest_id: int) -> Guest:
        """The server's guest; offline, or one the server does not know yet (this door's
        walk-in, not sent), the copy's (GuestNotFound: neither has it)."""
        svc = self._svc
        if self._online and svc is not None:

            def run() -> Guest | None:
                with contextlib.suppress(GuestNotFound):  # an answer, not a silence
                    return svc.guest(guest_id)
                return None

            got = self._ok(run, self.deadline)[1]
            if got is not None:
                return got
        return self._local.guest(guest_id)
