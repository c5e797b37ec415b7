"""Issue 23's five steps with the real app and its real dialogs: no admission is lost.

The app runs as its own process (tests/ui/app_driver.py drives it from inside), because
the crash at the end must kill all of it. Steps: open the event on the Door screen, admit
a badge; open a file chooser on the folder that holds the .checkin file (the import
dialog's, the badge PDF Save dialog, the export Save dialog) and cancel; another program
reads the event (`checkin status`, and a plain read-write SQLite connection, whose close
would delete the -wal if the app had lost its locks); admit two more; SIGKILL the app;
all three admissions are in the file.

Before ui/files.FileChooser, each of these choosers opened the event file to sniff its
type (QMimeDatabase) and closed it again, which dropped the app's SQLite locks.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QWidget
from pytestqt.qtbot import QtBot

from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import seed
from tests.core.test_one_connection import (
    admitted_in_file,
    locks_held,
    read_write_reader,
    status_inside,
)
from ui.files import FileChooser

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("app_driver.py")
CODES = ["B001", "B002", "B003"]
DEADLINE = 30


class App:
    """The real app in its own process, on the Door screen of ``event``."""

    def __init__(self, event: Path, data_dir: Path) -> None:
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        self.proc = subprocess.Popen(
            [sys.executable, str(DRIVER), str(event), "--door", "--data-dir", str(data_dir)],
            cwd=ROOT,
            env=env,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert self.ask("ready") == "ready"

    def ask(self, line: str) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        watchdog = threading.Timer(DEADLINE, self.proc.kill)  # an app that hangs ends here
        watchdog.start()
        try:
            for said in self.proc.stdout:  # the driver's answer; anything else it prints
                if said.startswith("DRIVER "):
                    answer = said.removeprefix("DRIVER ").strip()
                    assert not answer.startswith("error"), answer
                    return answer
        finally:
            watchdog.cancel()
        self.proc.kill()
        pytest.fail(f"the app died or hung on {line!r}: {self.proc.communicate()[1][-3000:]}")

    def crash(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.communicate(timeout=DEADLINE)


@pytest.fixture
def event(tmp_path: Path) -> Path:
    """The event in a folder with a guest list beside it, as organisers keep them."""
    folder = tmp_path / "avond"
    folder.mkdir()
    path = folder / "avond.checkin"
    with Store.create(path, name="Avond", capacity=50) as s:
        seed(
            s,
            [GuestInput(first_name="Gast", last_name=c, code=c) for c in CODES],
            file_name="gasten.csv",
        )
    book = openpyxl.Workbook()
    book.active.append(["Voornaam", "Achternaam"])
    book.save(folder / "gasten.xlsx")
    return path


@pytest.fixture
def app(event: Path, tmp_path: Path) -> Iterator[App]:
    running = App(event, tmp_path / "data")
    try:
        yield running
    finally:
        if running.proc.poll() is None:
            running.crash()


@pytest.mark.parametrize("dialog", ["import", "badges", "export"])
def test_no_admission_is_lost_after_a_file_chooser_a_reader_and_a_crash(
    app: App, event: Path, dialog: str
) -> None:
    assert app.ask(f"scan {CODES[0]}") == "admitted 1"
    listed = app.ask(f"{dialog} {event.parent}")
    assert listed.startswith("listed")
    if dialog == "import":
        assert "gasten.xlsx" in listed  # the chooser did list the folder
    if Path("/proc/locks").exists():  # the chooser listed the -wal and -shm too
        for file in (event, Path(f"{event}-shm")):
            assert locks_held(app.proc.pid, file), f"the {dialog} chooser dropped {file.name}'s"
    assert status_inside(event) == 1
    read_write_reader(event)
    assert Path(f"{event}-wal").exists()
    assert app.ask(f"scan {CODES[1]}") == "admitted 2"
    assert app.ask(f"scan {CODES[2]}") == "admitted 3"
    assert status_inside(event) == 3
    app.crash()
    assert admitted_in_file(event) == 3


def test_every_file_chooser_in_ui_is_built_by_file_chooser() -> None:
    """Qt's own QFileDialog (or its static getOpenFileName…) reads the files it lists;
    only ui/files.FileChooser does not."""
    built = []
    for source in (ROOT / "ui").rglob("*.py"):
        for n, line in enumerate(source.read_text(encoding="utf-8").splitlines(), start=1):
            if "QFileDialog(" in line or "QFileDialog.get" in line:
                built.append(f"{source.relative_to(ROOT)}:{n}: {line.strip()}")
    assert built == []


def test_a_file_chooser_lists_the_folder_of_an_open_event_and_keeps_its_locks(
    qtbot: QtBot, store: Store, event_path: Path
) -> None:
    """In this process: a store holds the event open, a FileChooser shows its folder in the
    detail view (icons and types fetched), and the process still holds its SQLite locks.
    (A plain QFileDialog fails here: it reads the file to find its icon.)"""
    if not Path("/proc/locks").exists():
        pytest.skip("needs Linux's /proc/locks to see this process's locks")
    assert store.counts()["guests"] == 5
    assert locks_held(os.getpid(), event_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    chooser = FileChooser(parent, "Kies", str(event_path.parent), "*")
    model = chooser.findChild(QFileSystemModel)
    assert model is not None
    chooser.setViewMode(QFileDialog.ViewMode.Detail)
    with qtbot.waitSignal(model.directoryLoaded, timeout=10_000):
        chooser.open()
    root = model.index(str(event_path.parent))
    names = {model.index(r, 0, root).data(): r for r in range(model.rowCount(root))}
    assert event_path.name in names
    row = names[event_path.name]
    model.index(row, 0, root).data(Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: bool(model.index(row, 2, root).data()), timeout=10_000)
    qtbot.wait(300)
    chooser.reject()
    assert locks_held(os.getpid(), event_path)
    assert locks_held(os.getpid(), Path(f"{event_path}-shm"))
