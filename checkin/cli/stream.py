"""`checkin scan EVENT` with no CODE: a stream of codes on stdin, every line answered.

A scanner, a script or a serial line feeds codes one a line for hours. The
stream never stops early: a line it cannot decide is answered ``not_connected``
(the store did not answer in time; nothing recorded) or ``error`` (with the
reason: a full disk, damaged pages) and the next line is read. A server that
went away is reconnected to by the next line, without a restart.

Input is bytes until proven text: a line that is not UTF-8 is read as
Windows-1252 (a serial scanner's Latin-1 ``é``), and failing that Latin-1,
which always decodes; control characters become U+FFFD (PostgreSQL refuses a
NUL). A line longer than ``MAX_LINE`` bytes is no code: it is answered
``unknown`` and logged cut, with its length, so a megabyte of line noise never
reaches the scan log whole.

The stream stops as soon as nobody reads its answers (the reader closed the
pipe): before each line is scanned it looks whether its output is still there
(:func:`output_gone`), so no guest is let in whose verdict nobody could see.
Only the line in hand when the reader goes can still be decided unheard.

Exit status at the end: 0 every line admitted or exited, 1 anything else
(denied, not decided, error), 2 only when the stream could not start (bad
usage, an event that cannot be opened).
"""

from __future__ import annotations

import errno
import io
import select
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO, Protocol, TextIO

from sqlalchemy.exc import SQLAlchemyError

from checkin.cli.common import EXIT_DENIED, EXIT_OK, print_json
from checkin.errors import CheckinError, DiskFull, StoreError, StoreUnavailable
from checkin.store import Store

MAX_LINE = 512  # bytes; the longest code a badge or ticket shop makes is far shorter
_READ = 4096  # read a long line in pieces, so a line without end never fills memory
_OK = frozenset({"admitted", "exited"})


class _Result(Protocol):
    """What the door answers a scan with (checkin.door's ScanResult)."""

    @property
    def verdict(self) -> Any: ...
    @property
    def code(self) -> str: ...
    @property
    def guest(self) -> Any: ...
    @property
    def inside(self) -> int: ...
    @property
    def capacity(self) -> int: ...
    def as_json(self) -> dict[str, object]: ...


Scan = Callable[[Store, str], _Result]
Show = Callable[[Any], bool]  # prints a result, flushed; whether it was admitted or exited


# --- reading lines -----------------------------------------------------------


def byte_lines(data: BinaryIO) -> Iterator[tuple[bytes, int]]:
    """(the line's first bytes, at least MAX_LINE + 1 of them, and its length), ends removed."""
    while True:
        chunk = data.readline(_READ)
        if not chunk:
            return
        head, length = chunk, len(chunk)
        while not chunk.endswith(b"\n"):
            chunk = data.readline(_READ)
            if not chunk:
                break
            length += len(chunk)
        if chunk.endswith(b"\n"):
            length -= 1
        head = head[:length]
        if length <= len(head) and head.endswith(b"\r"):
            head, length = head[:-1], length - 1
        yield head[: MAX_LINE + 1], length


def decode(raw: bytes) -> str:
    """UTF-8, else Windows-1252, else Latin-1; control characters as U+FFFD."""
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    return "".join(c if c.isprintable() or c in " \t" else "\ufffd" for c in text)


def as_bytes(stdin: TextIO | BinaryIO) -> BinaryIO:
    """The bytes under a text stdin (sys.stdin.buffer); a StringIO in tests, as UTF-8."""
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return buffer  # type: ignore[no-any-return]
    if isinstance(stdin, io.TextIOBase):
        return io.BytesIO(stdin.read().encode("utf-8", "surrogateescape"))
    return stdin  # type: ignore[return-value]


def scanned_text(head: bytes, length: int) -> str:
    """The text to scan; a line too long for a code is cut and carries its length.

    No code contains "… (N bytes)", so such a line is answered unknown and the
    scan log shows what came in without storing a megabyte of it.
    """
    if length > MAX_LINE:
        cut = decode(head[:MAX_LINE]).strip()
        return f"{cut[:64]}… ({length} bytes)"
    return decode(head).strip()


# --- the stream ----------------------------------------------------------------


class _Connection:
    """The store, opened again by the next line after the server went away."""

    def __init__(self, location: str, store: Store | None) -> None:
        self.location = location
        self.store = store

    def get(self) -> Store:
        if self.store is None:
            self.store = Store.open(self.location)
        return self.store

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def open_for_stream(location: str) -> Store | None:
    """The store, or None when it may come back (each line tries again).

    A server not there yet, a file locked for a moment or a full disk pass;
    anything lasting (no such event, read-only, damaged, a newer version) is
    raised: the stream cannot start, which is exit status 2.
    """
    try:
        return Store.open(location)
    except (StoreUnavailable, DiskFull):
        return None


def run(
    location: str,
    stdin: TextIO | BinaryIO,
    out: TextIO,
    *,
    scan: Scan,
    as_json: bool,
    show: Show | None = None,
) -> int:
    """Answer every line of ``stdin``; the exit status.

    ``show`` prints a verdict as the command prints one for a CODE argument;
    without it, the verdict's JSON or a line ``verdict<TAB>inside/capacity<TAB>name``.
    """
    conn = _Connection(location, open_for_stream(location))
    all_ok = True
    try:
        for head, length in byte_lines(as_bytes(stdin)):
            text = scanned_text(head, length)
            if not text:
                continue  # an empty line (a double Enter) is not a scan
            if output_gone(out):
                raise BrokenPipeError(errno.EPIPE, "nobody reads the answers")
            ok = _answer(conn, text, out, scan, as_json, show)
            all_ok = all_ok and ok
    except BrokenPipeError:
        # nobody reads the answers any more: stop scanning rather than admit unheard
        return EXIT_DENIED
    finally:
        conn.close()
    return EXIT_OK if all_ok else EXIT_DENIED


def output_gone(out: TextIO) -> bool:
    """Whether the reader of ``out`` has gone: a pipe whose read end is closed.

    poll() reports an error on the write end of such a pipe (Linux, the BSDs and
    macOS). Without poll() (Windows), or for a stream with no descriptor, the
    answer is no: the next write's BrokenPipeError stops the stream instead.
    """
    try:
        fd = out.fileno()
    except (OSError, ValueError, AttributeError):
        return False
    if not hasattr(select, "poll"):
        return False
    poller = select.poll()
    poller.register(fd, select.POLLOUT)
    return any(
        events & (select.POLLERR | select.POLLHUP | select.POLLNVAL)
        for _fd, events in poller.poll(0)
    )


def _answer(
    conn: _Connection, text: str, out: TextIO, scan: Scan, as_json: bool, show: Show | None
) -> bool:
    try:
        result = scan(conn.get(), text)
    except StoreUnavailable as exc:
        return _say(out, as_json, "not_connected", text, exc.detail or exc.reason)
    except StoreError as exc:
        return _say(out, as_json, "error", text, str(exc))
    except CheckinError as exc:
        return _say(out, as_json, "error", text, str(exc))
    except SQLAlchemyError as exc:
        # a store error the store did not name; the line is answered all the same
        why = f"the store refused this line ({type(exc).__name__})"
        return _say(out, as_json, "error", text, why)
    if show is not None:
        return show(result)
    verdict = str(getattr(result.verdict, "value", result.verdict))
    if as_json:
        print_json(out, result.as_json())
    else:
        who = result.guest.name if result.guest else ""
        if verdict in ("unknown", "wrong_event"):
            who = result.code  # the code as scanned: which badge it was
        out.write(f"{verdict}\t{result.inside}/{result.capacity}\t{who}\n")
    out.flush()
    return verdict in _OK


def _say(out: TextIO, as_json: bool, verdict: str, code: str, reason: str) -> bool:
    if as_json:
        print_json(
            out,
            {
                "verdict": verdict,
                "code": code,
                "guest": None,
                "inside": None,
                "capacity": None,
                "reason": reason,
            },
        )
    else:
        out.write(f"{verdict}\t-\t{reason}\n")
    out.flush()
    return False
