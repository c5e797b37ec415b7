"""Try the Door screen for real: an X server (Xvfb), xdotool typing at scanner speed.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python docs/door/xdotool_door.py

Opens a Door screen on a throwaway copy of the demo event, puts the keyboard focus
in the search field (where a burst used to land), types badge codes with
``xdotool type --delay 8 CODE; xdotool key Return`` and a name at a person's pace,
prints the gaps between the key events as X delivered them, and saves
docs/screenshots/door-*.png. Nothing here is a test: it is the real thing, once.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from checkin.demo import build_demo  # noqa: E402
from checkin.door import DoorService  # noqa: E402
from ui.door.screen import DoorScreen  # noqa: E402
from ui.door.where import Where  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


class Gaps(QObject):
    """The X server's timestamps of every key press, to measure a burst's gaps."""

    def __init__(self) -> None:
        super().__init__()
        self.stamps: list[int] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and not event.isAutoRepeat() and event.timestamp() \
                and event.timestamp() not in self.stamps:
            self.stamps.append(event.timestamp())
        return False

    def take(self) -> list[int]:
        gaps = [b - a for a, b in zip(self.stamps, self.stamps[1:], strict=False)]
        self.stamps = []
        return gaps


def xdotool(*args: str) -> None:
    proc = subprocess.Popen(["xdotool", *args])
    while proc.poll() is None:
        QTest.qWait(5)
    QTest.qWait(200)


def settle(screen: DoorScreen) -> None:
    """Until the store worker has answered (a busy machine can take a while)."""
    for _ in range(250):
        if not screen.worker.busy:
            break
        QTest.qWait(20)
    QTest.qWait(100)


def main() -> int:
    app = QApplication(sys.argv)
    gaps = Gaps()
    app.installEventFilter(gaps)
    folder = Path(tempfile.mkdtemp())
    store = build_demo(folder / "demo.checkin", now=datetime.now(UTC))
    codes = [g.code for g in store.guests() if g.code and not g.cancelled][:2]
    screen = DoorScreen(
        DoorService(store, door="Hoofdingang"), Where(store.location, store.display), sounds=False
    )
    screen.resize(1200, 760)
    screen.show()
    screen.activateWindow()
    QTest.qWait(800)
    screen.focus_search()  # the focus in a text field, as a door person might leave it
    QTest.qWait(200)
    gaps.take()
    # One xdotool call for the code and its Enter, as a scanner sends them: a second
    # process for the Enter would add its start-up time (~200 ms) as a gap.
    xdotool("type", "--delay", "8", codes[0] + "\n")  # the line feed ends it, as Return does
    burst = [g for g in gaps.take() if 0 <= g < 10_000]
    settle(screen)
    print("scanner-speed gaps (ms):", burst, "median", statistics.median(burst))
    print("verdict:", screen.verdict_view.text.replace("\n", " | "))
    print("search field:", repr(screen.search.search_field.text()))
    OUT.mkdir(parents=True, exist_ok=True)
    screen.close_search()
    QTest.qWait(100)
    screen.grab().save(str(OUT / "door-scanned.png"))
    screen.focus_search()
    xdotool("type", "--delay", "160", "jan")
    typing = gaps.take()
    QTest.qWait(300)
    print("typing gaps (ms):", typing, "search field:", repr(screen.search.search_field.text()))
    screen.close_search()
    # A file dialog open over the door, its file-name field focused: the scanner's code
    # must not become the file name, and its Enter must not save.
    files = QFileDialog(screen, "Save as")
    files.setOption(QFileDialog.Option.DontUseNativeDialog)
    files.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    files.open()
    QTest.qWait(400)
    name = files.findChild(QLineEdit)
    if name is not None:
        name.setFocus()
    QTest.qWait(100)
    xdotool("type", "--delay", "8", codes[1] + "\n")
    settle(screen)
    print("file dialog:", "still open" if files.isVisible() else "CLOSED",
          "file name:", repr(name.text() if name is not None else None))
    print("verdict:", screen.verdict_view.text.replace("\n", " | "))
    files.reject()
    QTest.qWait(200)
    screen.set_exit_mode(True)
    xdotool("type", "--delay", "8", codes[0] + "\n")  # the line feed ends it, as Return does
    settle(screen)
    screen.grab().save(str(OUT / "door-exit-mode.png"))
    print("exit verdict:", screen.verdict_view.text.replace("\n", " | "))
    screen.set_exit_mode(False)
    screen.verdict.show_ready()
    QTest.qWait(200)
    screen.grab().save(str(OUT / "door-ready.png"))
    screen.worker.stop()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
