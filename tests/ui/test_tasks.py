"""The background helper and the error levels: results and errors come back on the main
thread, Cancel stops the work, a CheckinError is a message and a bug is a crash dialog."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from checkin.errors import Cancelled, CheckinError, OutputError
from checkin.store import Store
from ui.crash import CrashDialog, ExceptHook
from ui.errors import error_text
from ui.export_page import ExportPage
from ui.settings import Settings
from ui.tasks import ProgressPanel, Tasks


@pytest.fixture
def tasks() -> Tasks:
    # A pool of our own, so a test waits for its own work only.
    return Tasks(pool=QThreadPool())


def test_work_runs_off_the_ui_thread_and_answers_on_it(qtbot: QtBot, tasks: Tasks) -> None:
    main = threading.get_ident()
    seen: dict[str, object] = {}

    def work(progress: object, cancelled: object) -> int:
        seen["worker"] = threading.get_ident()
        for i in range(5):
            progress(i + 1, 5)  # type: ignore[operator]
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.get_ident()

    progress: list[tuple[int, int]] = []
    handle = tasks.run(
        work,
        on_done=done,
        on_error=lambda e: seen.update(error=e),
        on_progress=lambda d, t: progress.append((d, t)),
    )
    with qtbot.waitSignal(handle.ended, timeout=5000):
        pass
    assert seen["result"] == 42
    assert seen["worker"] != main
    assert seen["callback"] == main
    assert progress[-1] == (5, 5)  # the last report always arrives
    assert not tasks.busy


def test_cancel_stops_the_work_with_cancelled(qtbot: QtBot, tasks: Tasks) -> None:
    errors: list[CheckinError] = []
    started = threading.Event()

    def work(progress: object, cancelled: object) -> None:
        started.set()
        while not cancelled():  # type: ignore[operator]
            time.sleep(0.005)
        raise Cancelled("The export")

    panel = ProgressPanel()
    qtbot.addWidget(panel)
    handle = tasks.run(work, on_done=lambda r: None, on_error=errors.append)
    panel.follow(handle, "Working…")
    assert not panel.isHidden()
    assert started.wait(5)
    with qtbot.waitSignal(handle.ended, timeout=5000):
        panel.cancel_button.click()
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)
    assert panel.isHidden()


def test_an_error_in_background_work_is_a_message_not_a_traceback(
    qtbot: QtBot,
    store: Store,
    app_settings: Settings,
    tasks: Tasks,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    crashes: list[object] = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: crashes.append(info))
    page = ExportPage(store, app_settings, tasks)
    qtbot.addWidget(page)
    page.show()
    out = tmp_path / "no such folder" / "attendance.xlsx"
    page.export(out)
    qtbot.waitUntil(lambda: not tasks.busy, timeout=10_000)
    boxes = [b for b in page.findChildren(QMessageBox) if b.objectName() == "checkinErrorBox"]
    assert len(boxes) == 1
    assert boxes[0].isVisible()
    assert "attendance.xlsx" in boxes[0].text() and "folder does not exist" in boxes[0].text()
    assert "Traceback" not in boxes[0].text()
    assert page.message.text() == boxes[0].text()
    assert crashes == []
    assert page.xlsx_button.isEnabled()  # ready to try again


def test_a_bug_in_background_work_is_logged_and_shown_in_a_crash_dialog(
    qtbot: QtBot,
    tasks: Tasks,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hook = ExceptHook(tmp_path, lambda: None)
    monkeypatch.setattr(sys, "excepthook", hook)

    def work(progress: object, cancelled: object) -> None:
        raise ZeroDivisionError("a bug in the work")

    handle = tasks.run(work, on_done=lambda r: None, on_error=lambda e: None)
    with qtbot.waitSignal(handle.ended, timeout=5000):
        pass
    assert len(hook.dialogs) == 1
    dialog = hook.dialogs[0]
    qtbot.addWidget(dialog)
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    # The type and the place, never the message (messages can carry guest data).
    details = dialog.details.toPlainText()
    assert "ZeroDivisionError" in details and ", in work" in details
    assert "a bug in the work" not in details
    log = (tmp_path / "crash.log").read_text(encoding="utf-8")
    assert "ZeroDivisionError" in log and "a bug in the work" not in log
    dialog.copy_details()
    from PySide6.QtGui import QGuiApplication

    assert "ZeroDivisionError" in QGuiApplication.clipboard().text()
    dialog.close()
    assert hook.dialogs == []


def test_inline_tasks_run_at_once(inline_tasks: Tasks) -> None:
    results: list[str] = []
    handle = inline_tasks.run(lambda p, c: "done", on_done=results.append, on_error=lambda e: None)
    assert results == ["done"] and handle.done


def test_error_sentences_name_the_file() -> None:
    exc = OutputError(Path("/tmp/x/attendance.xlsx"), "the folder does not exist")
    assert (
        error_text(exc) == "/tmp/x/attendance.xlsx: cannot be written (the folder does not exist)."
    )


def test_closing_the_window_cancels_running_work(qtbot: QtBot, tasks: Tasks) -> None:
    errors: list[CheckinError] = []
    started = threading.Event()

    def work(progress: object, cancelled: object) -> None:
        started.set()
        while not cancelled():  # type: ignore[operator]
            time.sleep(0.005)
        raise Cancelled("The badges")

    handle = tasks.run(work, on_done=lambda r: None, on_error=errors.append)
    assert started.wait(5)
    with qtbot.waitSignal(handle.ended, timeout=5000):
        tasks.cancel_all()
        assert tasks.wait(5000)
    assert [type(e) for e in errors] == [Cancelled]
