"""The one serial store worker: in order, off the UI thread, answers on the main thread."""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from types import TracebackType

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from checkin.errors import CheckinError, InvalidValue
from ui.worker import StoreWorker


@pytest.fixture
def worker(qtbot: QtBot) -> Iterator[StoreWorker]:
    w = StoreWorker()
    yield w
    assert w.stop()


def test_jobs_run_in_order_on_one_thread_and_answer_on_the_main_thread(
    qtbot: QtBot, worker: StoreWorker
) -> None:
    ran: list[tuple[int, str]] = []
    answered: list[tuple[int, str]] = []

    def job(n: int) -> int:
        time.sleep(0.002 * (5 - n))  # the first is the slowest: nothing overtakes it
        ran.append((n, threading.current_thread().name))
        return n

    def call(n: int) -> Callable[[], int]:
        return lambda: job(n)

    for n in range(5):
        worker.submit(
            call(n), lambda r: answered.append((r, threading.current_thread().name)), lambda e: None
        )
    assert worker.busy
    qtbot.waitUntil(lambda: len(answered) == 5)
    assert [n for n, _ in ran] == [0, 1, 2, 3, 4]
    assert {name for _, name in ran} == {"checkin-store"}
    assert answered == [(n, threading.main_thread().name) for n in range(5)]
    assert not worker.busy


def test_an_expected_failure_goes_to_on_error(qtbot: QtBot, worker: StoreWorker) -> None:
    errors: list[CheckinError] = []

    def fails() -> int:
        raise InvalidValue("capacity", "0", "a whole number from 1")

    worker.submit(fails, lambda r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], InvalidValue)


def test_a_bug_goes_to_the_excepthook(
    qtbot: QtBot, worker: StoreWorker, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[type[BaseException]] = []

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        seen.append(kind)

    monkeypatch.setattr(sys, "excepthook", hook)
    worker.submit(lambda: 1 // 0, lambda r: None, lambda e: None)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [ZeroDivisionError]


def test_the_ui_thread_keeps_running_while_the_store_is_slow(
    qtbot: QtBot, worker: StoreWorker
) -> None:
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    done: list[str] = []
    release = threading.Event()

    def hangs() -> str:
        release.wait(5)
        return "answered"

    worker.submit(hangs, done.append, lambda e: None)
    qtbot.wait(400)
    assert len(ticks) >= 5  # the event loop ran while the store call hung
    release.set()
    qtbot.waitUntil(lambda: done == ["answered"])
    timer.stop()


def test_inline_answers_before_submit_returns() -> None:
    worker = StoreWorker(inline=True)
    got: list[int] = []
    worker.submit(lambda: 41 + 1, got.append, lambda e: None)
    assert got == [42]
    assert not worker.busy
