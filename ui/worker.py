"""THE one serial store worker: every store call from the Door screen, in order, off the UI thread.

Like Anki's collection thread: one thread owns the trips to the event store, takes
jobs one at a time in the order they were given, and hands each result (or its
:class:`CheckinError`) back on the main thread. So a slow or dead store never
freezes the window — the screen keeps painting, the scanner's keys keep arriving —
and scans keep their order because nothing overtakes anything.

``StoreWorker(inline=True)`` runs each job at once on the calling thread and
calls back before ``submit`` returns: for tests that read the screen right after
an action. Anything that is not a ``CheckinError`` is a bug and goes to
``sys.excepthook`` on the main thread (the crash dialog), never swallowed.

The worker thread is a daemon: a call stuck in a store that never answers (the
core has deadlines, but a driver can still hang) must not keep the app from
quitting. ``stop()`` waits a bounded time for the job in hand.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from checkin.errors import CheckinError

T = TypeVar("T")
_ids = count(1)


@dataclass
class Job:
    """One trip to the store: what to call and who hears the outcome (on the main thread)."""

    call: Callable[[], Any]
    on_done: Callable[[Any], object]
    on_error: Callable[[CheckinError], object]
    id: int = field(default_factory=lambda: next(_ids))
    done: bool = False


_STOP = object()


class StoreWorker(QObject):
    """Runs store calls one after another on its own thread; answers on the main thread."""

    busy_changed = Signal(bool)  # True while a job is queued or running
    # From the worker thread to this object's slots, which Qt queues onto the main thread.
    _finished = Signal(object, object, object)  # job, result, error (CheckinError or exc_info)

    def __init__(self, *, inline: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inline = inline
        self._jobs: queue.Queue[Job | object] = queue.Queue()
        self._waiting = 0  # given and not yet answered on the main thread
        self._thread: threading.Thread | None = None
        self._stopped = False
        self._finished.connect(self._deliver)

    # the public face --------------------------------------------------------------

    def submit(
        self,
        call: Callable[[], T],
        on_done: Callable[[T], object],
        on_error: Callable[[CheckinError], object],
    ) -> Job:
        """Queue ``call``; ``on_done(result)`` or ``on_error(exc)`` follows on the main thread."""
        job = Job(call, on_done, on_error)
        if self._stopped:
            job.done = True  # the event is closing: a late timer's read is not run
            return job
        self._waiting += 1
        if self._waiting == 1:
            self.busy_changed.emit(True)
        if self.inline:
            result, error = _run(job)
            self._deliver(job, result, error)
            return job
        self._start()
        self._jobs.put(job)
        return job

    @property
    def busy(self) -> bool:
        return self._waiting > 0

    @property
    def waiting(self) -> int:
        """Jobs given and not yet answered (the one running included)."""
        return self._waiting

    def stop(self, timeout: float = 3.0) -> bool:
        """Take no more jobs; wait up to ``timeout`` s for the thread. False if it is stuck."""
        self._stopped = True
        thread = self._thread
        if thread is None:
            return True
        self._jobs.put(_STOP)
        thread.join(timeout)
        return not thread.is_alive()

    # the thread -------------------------------------------------------------------

    def _start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="checkin-store", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while True:
            job = self._jobs.get()
            if job is _STOP or not isinstance(job, Job):
                return
            result, error = _run(job)
            self._finished.emit(job, result, error)

    @Slot(object, object, object)
    def _deliver(self, job: Job, result: object, error: object) -> None:
        job.done = True
        self._waiting -= 1
        try:
            if error is None:
                job.on_done(result)
            elif isinstance(error, CheckinError):
                job.on_error(error)
            else:
                sys.excepthook(*error)  # type: ignore[misc]
        finally:
            if self._waiting == 0:
                self.busy_changed.emit(False)


def _run(job: Job) -> tuple[object, object]:
    try:
        return job.call(), None
    except CheckinError as exc:
        return None, exc
    except Exception:
        return None, sys.exc_info()
