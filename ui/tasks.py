"""THE one background helper: run long work off the UI thread, answer on the main thread.

``Tasks.run(work, on_done=..., on_error=...)`` calls ``work(progress, cancelled)``
on a pool thread; ``progress(done, total)`` and ``cancelled()`` are the very
callbacks the core's import, badges and export functions take. The result goes
to ``on_done``, a :class:`CheckinError` (``Cancelled`` included) to ``on_error``,
both on the main thread; anything else is a bug and goes to ``sys.excepthook``.
``Tasks(inline=True)`` runs the work at once on the calling thread, for tests.

Scans are never run here: they are fast and must stay in order.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from checkin.errors import CheckinError

T = TypeVar("T")
Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]
Work = Callable[[Progress, IsCancelled], T]

# Progress from a fast worker would flood the event loop; a bar needs ~20 updates a second.
_PROGRESS_INTERVAL = 0.05


class TaskHandle(QObject):
    """One piece of work: its progress, its cancel switch, and its outcome signals."""

    progressed = Signal(int, int)
    ended = Signal()
    # Raw outcomes from the worker thread; the handle's own slots receive them queued,
    # on the main thread where the handle lives.
    _succeeded = Signal(object)
    _failed = Signal(object)
    _crashed = Signal(object)

    def __init__(
        self,
        on_done: Callable[[Any], object],
        on_error: Callable[[CheckinError], object],
        forget: Callable[[TaskHandle], None],
    ) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self._forget = forget
        self._cancel = threading.Event()
        self._last_progress = 0.0
        self.done = False
        self._succeeded.connect(self._deliver_result)
        self._failed.connect(self._deliver_error)
        self._crashed.connect(self._deliver_crash)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= _PROGRESS_INTERVAL:
            self._last_progress = now
            self.progressed.emit(done, total)

    def execute(self, work: Work[Any]) -> None:
        try:
            result = work(self.report, self.is_cancelled)
        except CheckinError as exc:
            self._failed.emit(exc)
        except Exception:
            self._crashed.emit(sys.exc_info())
        else:
            self._succeeded.emit(result)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self._end(self._on_done, result)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        self._end(self._on_error, error)

    @Slot(object)
    def _deliver_crash(self, info: object) -> None:
        self._end(lambda i: sys.excepthook(*i), info)

    def _end(self, callback: Callable[[Any], object], value: object) -> None:
        self.done = True
        self._forget(self)
        try:
            callback(value)
        finally:
            self.ended.emit()


class _Runnable(QRunnable):
    def __init__(self, handle: TaskHandle, work: Work[Any]) -> None:
        super().__init__()
        self.handle = handle
        self.work = work

    def run(self) -> None:
        self.handle.execute(self.work)


class Tasks:
    """Runs work on a pool thread (or inline for tests) and keeps handles alive until done."""

    def __init__(self, *, inline: bool = False, pool: QThreadPool | None = None) -> None:
        self.inline = inline
        self.pool = pool or QThreadPool.globalInstance()
        self._running: set[TaskHandle] = set()

    def run(
        self,
        work: Work[T],
        *,
        on_done: Callable[[T], object],
        on_error: Callable[[CheckinError], object],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> TaskHandle:
        handle = TaskHandle(on_done, on_error, self._running.discard)
        if on_progress is not None:
            handle.progressed.connect(on_progress)
        self._running.add(handle)
        if self.inline:
            handle.execute(work)
        else:
            self.pool.start(_Runnable(handle, work))
        return handle

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def cancel_all(self) -> None:
        for handle in list(self._running):
            handle.cancel()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle: for closing the window and for tests."""
        return self.pool.waitForDone(msecs)


class ProgressPanel(QWidget):
    """A progress bar with a Cancel button, hidden while nothing runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self._handle: TaskHandle | None = None
        self.hide()

    def follow(self, handle: TaskHandle, what: str) -> None:
        self._handle = handle
        self.label.setText(what)
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.cancel_button.setEnabled(True)
        handle.progressed.connect(self._progress)
        handle.ended.connect(self._ended)
        if not handle.done:
            self.show()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def _cancel(self) -> None:
        if self._handle is not None:
            self._handle.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))

    def _ended(self) -> None:
        self._handle = None
        self.hide()
