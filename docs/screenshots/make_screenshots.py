"""Grabs every screen of the app at 1366 × 768, in English and in Dutch, from the demo event.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py

English pictures are docs/screenshots/<screen>.png (the README shows them), Dutch
ones docs/screenshots/nl/<screen>.png. 1366 × 768 is the smallest laptop screen the
app must fit without maximising. The demo is built in a temporary folder, so nothing
of the machine's own app data is touched or shown.
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

from checkin import resources  # noqa: E402
from checkin.demo import build_demo  # noqa: E402
from checkin.documents.badges import save_design  # noqa: E402
from checkin.documents.design import design_of, with_changes  # noqa: E402
from ui.app import Translations  # noqa: E402
from ui.main_window import BADGES, DOOR, EXPORT, GUESTS, SETTINGS, MainWindow  # noqa: E402
from ui.settings import Settings  # noqa: E402
from ui.tasks import Tasks  # noqa: E402

HERE = Path(__file__).resolve().parent
SIZE = (1366, 768)
QUESTION = {"en": "No COVID-19 symptoms and no positive test in the last 10 days?",
            "nl": "Geen klachten die bij COVID-19 passen en geen positieve test in de "
                  "afgelopen 10 dagen?"}
DOOR_NAME = {"en": "Main entrance", "nl": "Hoofdingang"}


def settle(ms: int = 150) -> None:
    """Let layouts, timers and paints run before a grab."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def grab(widget: QWidget, folder: Path, name: str) -> Path:
    settle()
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(ROOT)}")
    return path


def shoot(app: QApplication, language: str, tmp: Path) -> None:
    folder = HERE if language == "en" else HERE / language
    settings = Settings(tmp / f"data-{language}")
    settings.language = language
    settings.sounds = False
    settings.door_name = DOOR_NAME[language]
    Translations(app).apply(language)
    tasks = Tasks(inline=True)

    start = MainWindow(settings, tasks)
    settings.add_recent(str(tmp / "Symposium Cultuur 2021.checkin"))
    start.start_screen.fill_recent()
    start.resize(*SIZE)
    start.show()
    grab(start, folder, "start")
    start.close()

    store = build_demo(tmp / f"demo-{language}.checkin")
    store.update_event(language=language)
    # The organiser's design, as the Badges screen shows it once a logo is chosen.
    save_design(store, with_changes(design_of({}), logo=ROOT / "docs" / "badges" /
                                    "sample-logo.svg", accent="#0b6e4f"))
    window = MainWindow(settings, tasks, store=store)
    window.resize(*SIZE)
    window.show()
    assert window.tabs is not None
    window.tabs.setCurrentIndex(GUESTS)
    grab(window, folder, "guests")

    window.tabs.setCurrentIndex(DOOR)
    door = window.door_screen
    assert door is not None
    waiting = [g for g in store.guests() if not g.cancelled and g.entries == 0]
    door.scan_code(waiting[0].code)
    grab(window, folder, "door")

    window.tabs.setCurrentIndex(BADGES)
    grab(window, folder, "badges")

    window.tabs.setCurrentIndex(EXPORT)
    grab(window, folder, "export")

    window.tabs.setCurrentIndex(SETTINGS)
    assert window.settings_page is not None
    window.settings_page.door_question.setText(QUESTION[language])
    window.settings_page.apply_event()
    grab(window, folder, "settings")

    window.tabs.setCurrentIndex(GUESTS)
    dialog = window.open_import(ROOT / "resources" / "demo" / "guests.csv")
    assert dialog is not None
    dialog.resize(900, 640)
    grab(dialog, folder, "import")
    dialog.close()
    window.close()
    store.close()


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(QIcon(str(resources.icon("checkin.svg"))))
    with tempfile.TemporaryDirectory() as tmp:
        for language in ("en", "nl"):
            shoot(app, language, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
