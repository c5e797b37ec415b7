"""A deadline the client keeps itself, for a server that stops answering altogether.

The server's own timeouts (lock, statement, idle in transaction) need a
server that runs. A PostgreSQL process that is frozen (a suspended virtual
machine, a backend stopped by a debugger or SIGSTOP) keeps its TCP connection
open and its kernel keeps acknowledging, so keepalives see nothing wrong and
psycopg waits for an answer for ever. So every transaction on a server runs
under a timer: when it expires the connection's socket is shut down from
this side, the waiting call fails at once as a lost connection, and the door
answers ``not_connected``. The connection is then discarded by the pool.

A commit cut this way may have reached the server; the scan's id makes the
door's retry harmless, which is why the door always sends one.
"""

from __future__ import annotations

import itertools
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection

GRACE_SECONDS = 0.5  # beyond the server's own deadline, before we stop waiting for it


def _socket_of(conn: Connection) -> int | None:
    raw = conn.connection.dbapi_connection
    pgconn = getattr(raw, "pgconn", None)
    fd = getattr(pgconn, "socket", None)
    return fd if isinstance(fd, int) and fd >= 0 else None


class _Watch:
    """One thread for every deadline of the process: a transaction registers its socket
    and when it is due, and takes it off again when done (a thread a transaction would
    cost about 0.1 ms a scan)."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._due: dict[int, tuple[float, int, threading.Event]] = {}
        self._ids = itertools.count()
        self._thread: threading.Thread | None = None

    def add(self, fd: int, seconds: float) -> tuple[int, threading.Event]:
        fired = threading.Event()
        with self._lock:
            key = next(self._ids)
            self._due[key] = (time.monotonic() + seconds, fd, fired)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="store-deadlines", daemon=True
                )
                self._thread.start()
            self._lock.notify()
        return key, fired

    def remove(self, key: int) -> None:
        with self._lock:
            self._due.pop(key, None)

    def _run(self) -> None:
        while True:
            with self._lock:
                now = time.monotonic()
                late = [k for k, (due, _, _) in self._due.items() if due <= now]
                cut = [self._due.pop(k) for k in late]
                if not cut:
                    nearest = min((due for due, _, _ in self._due.values()), default=None)
                    self._lock.wait(None if nearest is None else nearest - now)
                    continue
            for _, fd, fired in cut:
                fired.set()
                _shut(fd)


def _shut(fd: int) -> None:
    try:
        # A second descriptor of the same socket: shutting it down ends the wait on the
        # first, which psycopg then reports as a lost connection.
        sock = socket.socket(fileno=os.dup(fd))
    except OSError:
        return
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        sock.close()


_WATCH = _Watch()


@contextmanager
def deadline(conn: Connection, seconds: float) -> Iterator[Callable[[], bool]]:
    """Shut ``conn``'s socket if the block has not finished in ``seconds``.

    Yields a function that tells whether the deadline cut the connection, so
    the caller does not retry on a server that is not answering.
    """
    fd = _socket_of(conn)
    if fd is None:
        yield lambda: False
        return
    key, fired = _WATCH.add(fd, seconds)
    try:
        yield fired.is_set
    finally:
        _WATCH.remove(key)
