"""Reading a spreadsheet in a child process, where a reader's crash cannot reach us.

python-calamine is Rust: when an allocation fails, Rust aborts the whole
process (SIGABRT), and no ``except`` can catch that. A crafted 1.6 KB file
is enough (safety.check_extent refuses the shapes we know of, before any
reader). So every .xlsx/.xlsm/.xlsb/.xls/.ods is read by calamine in a child
process, for the app and the command line alike (one way in, one sentence):

- the child is started with ``spawn`` (a fresh interpreter; no fork of a
  process holding Qt threads and a store connection) and imports only the
  reader, never the store;
- on POSIX it lowers its own address space (``RLIMIT_AS``) to
  ``ReadLimits.memory`` before it reads, so a file that gets past the extent
  check makes the *child* fail its allocation; on Windows the standard
  library has no Job objects, and on macOS the limit is not enforced for
  mmap'd memory: there the extent check is what bounds the memory, and a
  crash still ends only the child;
- the rows come back through a pipe in pickled chunks while the child is
  still sending, and the parent holds them as lists (the one copy);
- the parent waits with a deadline (``ReadLimits.seconds``) and asks
  ``cancelled()`` a few times a second; the child is killed on either;
- a child that ends without handing the rows over becomes
  :class:`ReaderStopped` ("FILE could not be read: the reader stopped (…)").
  What the child writes to stderr (Rust's "memory allocation of N bytes
  failed" and its backtrace) goes to a temporary file, read to say why,
  never to the person's terminal.

CSV files are read in the process itself (csvfiles.py: Python, bounded by
the file's size), and so is the preview's head of an .xlsx (xlsxhead.py).
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import signal
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path

from checkin.errors import Cancelled, CheckinError, ReaderStopped
from checkin.guestlist.book import Book, Sheet
from checkin.guestlist.safety import CELL_LIMIT, Kind

_CHUNK_CELLS = 200_000  # cells a message: the parent never unpickles much more at once
_POLL = 0.2  # seconds between looks at cancelled() while the child reads


@dataclass(frozen=True)
class ReadLimits:
    """What one spreadsheet may take: cells of its largest sheet, the reader's memory, time."""

    cells: int = CELL_LIMIT
    memory: int = 3 << 30  # bytes of address space of the reader's process (POSIX)
    seconds: float = 600.0


@dataclass
class _Received:
    name: str
    size: int | None
    rows: list[Sequence[object]] = field(default_factory=list)
    error: CheckinError | None = None

    def sheet(self) -> Sheet:
        def rows(first: int) -> Iterator[Sequence[object]]:
            if self.error is not None:
                raise self.error
            return itertools.islice(self.rows, first - 1, None)

        return Sheet(self.name, rows, lambda: self.size)


def read_in_child(
    path: Path,
    kind: Kind,
    *,
    head_rows: int | None = None,
    limits: ReadLimits = ReadLimits(),  # noqa: B008 (frozen)
    cancelled: Callable[[], bool] | None = None,
) -> Book:
    """The spreadsheet at ``path`` read by calamine in a child process; ``head_rows``
    keeps only the first rows of each sheet (the preview)."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    with tempfile.TemporaryDirectory(prefix="checkin-reader-") as folder:
        said = Path(folder) / "stderr"
        child = context.Process(
            target=child_main,
            name="checkin-reader",
            daemon=True,
            args=(sender, str(path), kind.name, head_rows, limits, str(said)),
        )
        child.start()
        sender.close()
        try:
            received = _receive(receiver, child, path, limits, cancelled, said)
        finally:
            receiver.close()
            if child.is_alive():
                child.kill()
            child.join(5)
    sheets = [r.sheet() for r in received]

    def close() -> None:
        for r in received:
            r.rows = []

    return Book(path, [s.name or "" for s in sheets], sheets, close)


def _receive(
    receiver: Connection,
    child: multiprocessing.process.BaseProcess,
    path: Path,
    limits: ReadLimits,
    cancelled: Callable[[], bool] | None,
    said: Path,
) -> list[_Received]:
    deadline = time.monotonic() + limits.seconds
    received: list[_Received] = []
    cells = 0  # handed over so far: the parent's own memory bound
    while True:
        if cancelled is not None and cancelled():
            raise Cancelled("The import")
        if time.monotonic() > deadline:
            raise ReaderStopped(path, "time")
        if not receiver.poll(_POLL):
            continue
        try:
            message = receiver.recv()
        except (EOFError, OSError):
            child.join(5)
            raise ReaderStopped(path, _why(child.exitcode, said)) from None
        what = message[0]
        if what == "sheet":
            received.append(_Received(message[1], message[2]))
        elif what == "rows":
            cells += sum(map(len, message[1]))
            if cells > limits.cells:
                raise ReaderStopped(path, "memory")
            received[-1].rows.extend(message[1])
        elif what == "sheet-error":
            received[-1].error = message[1]
        elif what == "error":
            raise message[1]
        elif what == "stopped":
            raise ReaderStopped(path, message[1])
        else:
            return received


def _why(exitcode: int | None, said: Path) -> str:
    with contextlib.suppress(OSError):
        if b"memory allocation of" in said.read_bytes()[-65536:]:
            return "memory"
    if exitcode is not None and exitcode < 0:
        with contextlib.suppress(ValueError):
            return signal.Signals(-exitcode).name
        return f"signal {-exitcode}"
    return f"exit status {exitcode}"


def _bound_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no RLIMIT; see the module's docstring
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def child_main(
    sender: Connection,
    path_text: str,
    kind_name: str,
    head_rows: int | None,
    limits: ReadLimits,
    stderr_path: str,
) -> None:
    """The child's whole life: bound itself, check the extent, read, send, end."""
    fd = os.open(stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(fd, 2)
    os.close(fd)
    _bound_memory(limits.memory)
    from checkin.guestlist.safety import check_extent
    from checkin.guestlist.spreadsheets import open_spreadsheet

    path, kind = Path(path_text), Kind[kind_name]
    try:
        check_extent(path, kind, limits.cells)
        book = open_spreadsheet(path, kind)
        try:
            for sheet in book.sheets:
                _send_sheet(sender, sheet, head_rows)
        finally:
            book.close()
        sender.send(("done",))
    except CheckinError as exc:
        sender.send(("error", exc))
    except MemoryError:
        sender.send(("stopped", "memory"))
    finally:
        sender.close()


def _send_sheet(sender: Connection, sheet: Sheet, head_rows: int | None) -> None:
    try:
        size = sheet.size()
    except CheckinError as exc:  # a damaged sheet: said only if the import needs it
        sender.send(("sheet", sheet.name or "", None))
        sender.send(("sheet-error", exc))
        return
    sender.send(("sheet", sheet.name or "", size))
    rows: Iterator[Sequence[object]] = sheet.rows(1)
    if head_rows is not None:
        rows = itertools.islice(rows, head_rows)
    chunk: list[Sequence[object]] = []
    cells = 0
    try:
        for row in rows:
            chunk.append(row)
            cells += len(row)
            if cells >= _CHUNK_CELLS:
                sender.send(("rows", chunk))
                chunk, cells = [], 0
    except CheckinError as exc:
        sender.send(("sheet-error", exc))
        return
    if chunk:
        sender.send(("rows", chunk))
