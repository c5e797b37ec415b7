"""Runs the real app (``ui.app.main``) in this process and obeys one-line commands on stdin.

For tests that must kill the app's whole process (SIGKILL, as a crash would): the test
starts ``python tests/ui/app_driver.py EVENT --door --data-dir DIR`` and talks to it.
Each command gets one answer line starting with ``DRIVER``:

- ``ready``: the event is open on the Door screen;
- ``scan CODE``: scanned as the scanner would; answers the verdict and the headcount;
- ``import FOLDER`` / ``badges FOLDER`` / ``export FOLDER``: the import dialog's file
  chooser, the badge PDF Save dialog or the export Save dialog, shown on FOLDER until its
  files are listed with their icons and types, then cancelled (with the import dialog).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSocketNotifier, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from ui.app import main  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

DEADLINE = 20.0  # under the test's own 30 s per command


def wait_until(ready: Callable[[], object], seconds: float = DEADLINE) -> None:
    end = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > end:
            raise TimeoutError("the app did not get there in time")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def window() -> MainWindow:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    if not found:
        raise LookupError("no main window")
    return found[0]


def show_folder(dialog: QFileDialog, folder: str) -> str:
    """Show ``folder`` in the chooser in its detail view (icons and types) until its helper
    thread has looked at every file, then cancel it. Answers what it listed."""
    model = dialog.findChild(QFileSystemModel)
    assert model is not None
    loaded: list[str] = []
    model.directoryLoaded.connect(loaded.append)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    dialog.setDirectory(folder)
    wait_until(lambda: folder in loaded)
    root = model.index(folder)
    for row in range(model.rowCount(root)):  # ask for what the helper thread fetches
        model.index(row, 0, root).data(Qt.ItemDataRole.DecorationRole)
        model.index(row, 2, root).data()  # the type column
    settle(1.0)
    listing = sorted(model.index(row, 0, root).data() for row in range(model.rowCount(root)))
    dialog.reject()
    return "listed " + ",".join(listing)


def command(line: str) -> str:
    name, _, arg = line.strip().partition(" ")
    win = window()
    if name == "ready":
        wait_until(lambda: win.door_screen is not None and win.door_screen.connected)
        return "ready"
    if name == "scan":
        screen = win.door_screen
        assert screen is not None
        before = screen.last_result
        screen.scan_code(arg)
        wait_until(lambda: screen.last_result is not before)
        result = screen.last_result
        assert result is not None
        return f"{result.verdict.value} {result.inside}"
    if name == "import":
        imports = win.open_import()
        assert imports is not None and imports.file_dialog is not None
        listing = show_folder(imports.file_dialog, arg)
        imports.reject()
        return listing
    if name == "badges":
        assert win.badges_page is not None
        return show_folder(win.badges_page.choose_file(), arg)
    if name == "export":
        assert win.export_page is not None
        return show_folder(win.export_page.choose_file("xlsx"), arg)
    raise ValueError(f"unknown command {line!r}")


def obey() -> None:
    line = sys.stdin.readline()
    if not line:
        QCoreApplication.quit()
        return
    try:
        answer = command(line)
    except Exception as exc:  # the test reads it and fails with it
        answer = f"error {type(exc).__name__}: {exc}"
    print(f"DRIVER {answer}", flush=True)


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(obey)
    sys.exit(main(sys.argv))
