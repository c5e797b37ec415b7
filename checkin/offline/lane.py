"""The offline door's one lane to the server: a single worker thread, each call waited
for at most its timeout. A lane still stuck on a silent server past the door's deadline
is not queued behind: later calls are answered "no" at once, and the door decides from
its copy (door.py)."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class LaneBusy(Exception):
    """The lane is still stuck on an earlier call, past the deadline."""


class Lane:
    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="door-server")
        self.busy_since: float | None = None  # when the call now running began

    def call(self, fn: Callable[[], T], timeout: float) -> T:
        """``fn``'s answer within ``timeout``: LaneBusy (stuck past the deadline, or
        closed), TimeoutError (no answer in time), or what ``fn`` raised."""
        busy = self.busy_since
        if busy is not None and time.monotonic() - busy > self.deadline:
            raise LaneBusy

        def run() -> T:
            self.busy_since = time.monotonic()
            try:
                return fn()
            finally:
                self.busy_since = None

        try:
            future: Future[T] = self._pool.submit(run)
        except RuntimeError as exc:  # closed
            raise LaneBusy from exc
        return future.result(timeout=timeout)

    def submit(self, fn: Callable[[], T]) -> Future[T]:
        """``fn`` queued behind whatever runs (a supervisor's release: it waits its turn)."""
        return self._pool.submit(fn)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
