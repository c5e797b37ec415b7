"""The Door screen: a scanner's burst to its verdict on screen, through the store worker.

A real DoorScreen (offscreen) on an event file with 10,000 guests and the real
threaded store worker; each badge is sent as a scanner sends it (the code and
Enter, 4 ms apart by the events' timestamps, to the focused widget) and the time
is taken from the Enter to the verdict being shown. Also the scanner filter's
own cost per key.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import Figure, percentile  # noqa: E402

GUESTS = 10_000
SCANS = 300


def measure() -> list[Figure]:
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from checkin.door import DoorService
    from checkin.models import GuestInput
    from checkin.store import Store
    from tests.guestlists import import_guests
    from ui.door.scanner import ScannerInput
    from ui.door.screen import DoorScreen
    from ui.door.where import Where

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp())
    codes = [f"{500000 + i}" for i in range(GUESTS)]
    store = Store.create(folder / "bench.checkin", name="Bench", capacity=GUESTS)
    import_guests(
        store,
        [GuestInput(name=f"Gast {i}", code=c) for i, c in enumerate(codes)],
        file_name="bench.csv",
    )
    screen = DoorScreen(
        DoorService(store, door="Bench"), Where(store.location, store.display), sounds=False
    )
    screen.resize(1200, 760)
    screen.show()
    screen.activateWindow()
    QTest.qWait(300)
    shown: list[float] = []
    screen.flow.shown.connect(lambda _r: shown.append(time.perf_counter()))
    stamp = [int(time.monotonic() * 1000)]

    def key(target: QObject, char: str) -> None:
        stamp[0] += 4
        code = 0x01000004 if char == "\n" else ord(char)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(
                kind, code, Qt.KeyboardModifier.NoModifier, "\r" if char == "\n" else char
            )
            event.setTimestamp(stamp[0])
            QApplication.sendEvent(target, event)

    latencies = []
    for code in codes[:SCANS]:
        target = QApplication.focusWidget() or screen.scan_field
        for char in code:
            key(target, char)
        before = len(shown)
        start = time.perf_counter()
        key(target, "\n")
        deadline = start + 5
        while len(shown) == before and time.perf_counter() < deadline:
            app.processEvents()
        latencies.append((shown[-1] - start) * 1000)
    screen.worker.stop()
    screen.close()
    store.close()

    # The filter alone: keys held and classified, on a plain field.
    field = QLineEdit()
    filt = ScannerInput()
    filt.install()
    start = time.perf_counter()
    keys = 0
    for i in range(2000):
        for char in f"{700000 + i}\n":
            key(field, char)
            keys += 1
    per_key = (time.perf_counter() - start) / keys * 1e6
    filt.uninstall()
    return [
        Figure(
            f"Door screen: scanner burst to verdict shown, threaded store worker, SQLite, "
            f"{GUESTS:,} guests",
            f"p50 {percentile(latencies, 50):.1f} ms, p99 {percentile(latencies, 99):.1f} ms "
            f"({SCANS} scans)",
            "verdict within 150 ms, else 'Checking…'",
        ),
        Figure(
            "scanner filter: one key press held and classified (a burst of 7 with Enter)",
            f"{per_key:.1f} µs a key",
            "—",
        ),
    ]


if __name__ == "__main__":
    for figure in measure():
        print(f"{figure.work}: {figure.value}")
