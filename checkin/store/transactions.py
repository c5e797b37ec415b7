"""The store's transactions: a writing one that holds the event's lock, and a reading one.

Concurrency. A writing transaction first takes the event's write lock: on
SQLite ``BEGIN IMMEDIATE`` (the database's one writer lock), on PostgreSQL
``SELECT ... FOR UPDATE`` of the single event row. Two doors, two windows or two
processes are therefore serialised for every change, and the cap itself is one
conditional ``UPDATE`` (:meth:`Tx.admit`) that cannot take ``inside`` past
``capacity``. Every wait has a deadline, and a fault is raised as the StoreError
that names it (checkin/store/faults.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, DBAPIError, InterfaceError, OperationalError

from checkin.errors import StoreError
from checkin.location import is_server_url
from checkin.store.engine import CEILING_SECONDS, DOOR_SECONDS, display_location
from checkin.store.faults import fault
from checkin.store.opening import pg_lock
from checkin.store.rows import _event_of
from checkin.store.statements import SELECT_EVENT
from checkin.store.tx import Tx
from checkin.store.watchdog import GRACE_SECONDS, deadline


class _Reconnect(Exception):
    """The connection was dead before the transaction did anything: try a fresh one."""


class Transactions:
    """The transactions of one event's store at ``location``, over ``engine``; the
    base of :class:`checkin.store.event_store.Store`."""

    def __init__(self, engine: Engine, location: str) -> None:
        self.engine = engine
        self.location = location
        self.is_server = is_server_url(location)

    @property
    def display(self) -> str:
        return display_location(self.location)

    @contextmanager
    def write(
        self, *, seconds: float = DOOR_SECONDS, door: str = "", replay: bool = False
    ) -> Iterator[Tx]:
        """A transaction holding the event's write lock; committed on leaving.

        Its first statement reads the event row (on PostgreSQL ``FOR UPDATE``,
        which is the lock; on SQLite ``BEGIN IMMEDIATE`` already took it). If
        that statement finds the connection dead (a server restarted, a
        network blip) nothing has happened yet, so it is tried once more on a
        fresh connection; a connection lost later fails the whole transaction.

        Every wait has a deadline: the lock within ``DOOR_SECONDS`` (SQLite's
        busy timeout, PostgreSQL's lock_timeout) and, on PostgreSQL, each
        statement within ``seconds``. A fault is raised as the StoreError that
        names it; StoreUnavailable (and FileLocked) mean nothing was recorded.

        ``door`` is the door that pays for this transaction's admissions from its
        share, ``replay`` that it is sending its journal (see :class:`Tx`).
        """
        try:
            with self._locked(seconds, door, replay) as tx:
                yield tx
        except DBAPIError as exc:
            if not self._is_fault(exc):
                raise
            # A lost server, a lock never granted, a full disk: the transaction was rolled back.
            raise self._fault(exc) from exc

    def _is_fault(self, exc: DBAPIError) -> bool:
        if isinstance(exc, (OperationalError, InterfaceError)):
            return True
        # SQLite says "damaged" as a plain DatabaseError; constraint errors are ours to raise
        return not self.is_server and type(exc) is DatabaseError

    def _fault(self, exc: BaseException) -> StoreError:
        path = None if self.is_server else Path(self.location)
        return fault(self.display if self.is_server else self.location, exc, path=path)

    @contextmanager
    def _locked(
        self, seconds: float = DOOR_SECONDS, door: str = "", replay: bool = False
    ) -> Iterator[Tx]:
        for attempt in (1, 2):
            try:
                with self.engine.connect() as conn, self._guard(conn, seconds) as cut, conn.begin():
                    lock = pg_lock(seconds) if self.is_server else SELECT_EVENT
                    try:
                        row = conn.execute(lock).one()
                    except DBAPIError as exc:
                        if attempt == 1 and exc.connection_invalidated and not cut():
                            raise _Reconnect from exc
                        raise
                    yield Tx(conn, _event_of(row), door=door, replay=replay)
                    return
            except _Reconnect:
                continue

    def _guard(
        self, conn: Connection, seconds: float
    ) -> contextlib.AbstractContextManager[Callable[[], bool]]:
        """On a server, our own deadline around the whole transaction, commit included."""
        if not self.is_server:
            return contextlib.nullcontext(lambda: False)
        return deadline(conn, seconds + GRACE_SECONDS)

    @contextmanager
    def read(self, *, seconds: float = CEILING_SECONDS) -> Iterator[Connection]:
        """A reading transaction. Small reads (the event, one guest, the counts) pass the
        door's ``seconds``, so a screen asking them of a frozen server waits about 2.5 s,
        not the minute an export may take."""
        try:
            with (
                self.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn,
                self._guard(conn, seconds),
                conn.begin(),
            ):
                yield conn
        except DBAPIError as exc:
            if not self._is_fault(exc):
                raise
            raise self._fault(exc) from exc
