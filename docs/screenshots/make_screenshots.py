"""Grabs the README's screenshots of the main screens from the demo event.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py

The demo is built in a temporary folder, so nothing of the machine's own app data
is touched or shown.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from checkin.demo import build_demo  # noqa: E402
from ui.app import ICON, Translations  # noqa: E402
from ui.main_window import BADGES, DOOR, EXPORT, GUESTS, SETTINGS, MainWindow  # noqa: E402
from ui.settings import Settings  # noqa: E402
from ui.tasks import Tasks  # noqa: E402

OUT = Path(__file__).resolve().parent
SIZE = (1280, 800)


def settle(ms: int = 150) -> None:
    """Let layouts, timers and paints run before a grab."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def grab(widget: QWidget, name: str) -> None:
    settle()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(ICON)))
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(Path(tmp) / "data")
        settings.language = "en"
        settings.sounds = False
        settings.door_name = "Main entrance"
        Translations(app).apply("en")
        tasks = Tasks(inline=True)

        start = MainWindow(settings, tasks)
        settings.add_recent(str(Path(tmp) / "Symposium Cultuur 2021.checkin"))
        start.start_screen.fill_recent()
        start.resize(*SIZE)
        start.show()
        grab(start, "start")
        start.close()

        store = build_demo(Path(tmp) / "demo.checkin")
        window = MainWindow(settings, tasks, store=store)
        window.resize(*SIZE)
        window.show()
        assert window.tabs is not None
        window.tabs.setCurrentIndex(GUESTS)
        grab(window, "guests")

        window.tabs.setCurrentIndex(DOOR)
        door = window.door_screen
        assert door is not None
        waiting = [g for g in store.guests() if not g.cancelled and g.entries == 0]
        door.scan_code(waiting[0].code)
        grab(window, "door")

        window.tabs.setCurrentIndex(BADGES)
        grab(window, "badges")

        window.tabs.setCurrentIndex(EXPORT)
        grab(window, "export")

        window.tabs.setCurrentIndex(SETTINGS)
        assert window.settings_page is not None
        window.settings_page.door_question.setText(
            "No COVID-19 symptoms and no positive test in the last 10 days?")
        window.settings_page.apply_event()
        grab(window, "settings")

        window.tabs.setCurrentIndex(GUESTS)
        dialog = window.open_import(ROOT / "resources" / "demo" / "guests.csv")
        assert dialog is not None
        dialog.resize(900, 640)
        grab(dialog, "import")
        dialog.close()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
