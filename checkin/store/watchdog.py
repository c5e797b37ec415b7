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

import os
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection

GRACE_SECONDS = 0.5  # beyond the server's own deadline, before we stop waiting for it


def _socket_of(conn: Connection) -> int | None:
    raw = conn.connection.dbapi_connection
    pgconn = getattr(raw, "pgconn", None)
    fd = getattr(pgconn, "socket", None)
    return fd if isinstance(fd, int) and fd >= 0 else None


@contextmanager
def deadline(conn: Connection, seconds: float) -> Iterator[Callable[[], bool]]:
    """Shut ``conn``'s socket if the block has not finished in ``seconds``.

    Yields a function that tells whether the deadline cut the connection, so
    the caller does not retry on a server that is not answering.
    """
    fd = _socket_of(conn)
    fired = threading.Event()

    def cut() -> None:
        if fd is None:
            return
        fired.set()
        try:
            # A second descriptor of the same socket: shutting it down ends the
            # wait on the first, which psycopg then reports as a lost connection.
            sock = socket.socket(fileno=os.dup(fd))
        except OSError:
            return
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        finally:
            sock.close()

    timer = threading.Timer(seconds, cut)
    timer.daemon = True
    timer.start()
    try:
        yield fired.is_set
    finally:
        timer.cancel()
