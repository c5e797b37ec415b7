"""Starts the desktop app: `python main.py [EVENT] [--door] [--kiosk] [--demo] [--data-dir DIR]`."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from checkin.demo import open_demo
from checkin.errors import CheckinError
from checkin.store import Store
from ui.errors import error_text, install_excepthook, show_error
from ui.main_window import MainWindow
from ui.settings import Settings, default_data_dir
from ui.tasks import Tasks

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
TRANSLATIONS = RESOURCES / "translations"
ICON = RESOURCES / "icons" / "checkin.svg"
# The benchmark's hook: print the wall-clock time once the window is shown, then quit.
PROBE_ENV = "CHECKIN_PROBE_SHOWN"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="checkin-app", description="Run the door of an event.")
    parser.add_argument("event", nargs="?", help="a .checkin file or a postgresql:// URL")
    parser.add_argument("--door", action="store_true", help="open on the Door screen")
    parser.add_argument("--kiosk", action="store_true", help="full screen, for the door")
    parser.add_argument("--demo", action="store_true", help="open the demo event")
    parser.add_argument("--data-dir", type=Path, help="keep settings, logs and the demo here")
    return parser


class Translations:
    """The interface language: every resources/translations/*_<lang>.qm plus Qt's own."""

    def __init__(self, app: QApplication, folder: Path = TRANSLATIONS) -> None:
        self.app = app
        self.folder = folder
        self.installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> None:
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed.clear()
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Dutch if language == "nl"
                                   else QLocale.Language.English))
        if language == "en":
            return
        files = sorted(self.folder.glob(f"*_{language}.qm"))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files.append(Path(qt_dir) / f"qtbase_{language}.qm")
        for path in files:
            translator = QTranslator(self.app)
            if translator.load(str(path)):
                self.app.installTranslator(translator)
                self.installed.append(translator)


def _open_event(args: argparse.Namespace, settings: Settings) -> Store | None:
    if args.demo:
        return open_demo(settings.demo_path)
    if args.event:
        store = Store.open(args.event)
        location = args.event if store.is_server else str(Path(args.event).resolve())
        settings.add_recent(location)
        return store
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = build_parser().parse_args(argv[1:])
    app = QApplication.instance() or QApplication(argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("checkin")
    app.setApplicationDisplayName("Door check-in")
    if ICON.is_file():
        app.setWindowIcon(QIcon(str(ICON)))
    settings = Settings(args.data_dir or default_data_dir())
    translations = Translations(app)
    translations.apply(settings.language)
    window: MainWindow | None = None
    install_excepthook(settings.log_dir, lambda: window)

    startup_error: CheckinError | None = None
    try:
        store = _open_event(args, settings)
    except CheckinError as exc:
        store, startup_error = None, exc
    window = MainWindow(settings, Tasks(), set_language=translations.apply, store=store,
                        door_first=args.door, kiosk=args.kiosk)
    # Quitting from the menu or the probe still closes the event and saves the settings.
    app.aboutToQuit.connect(window.close)
    if args.kiosk and store is not None:
        window.showFullScreen()
    else:
        window.show()
    if startup_error is not None:
        window.start_screen.problem.setText(error_text(startup_error))
        show_error(window, startup_error)
    if os.environ.get(PROBE_ENV):
        def probe() -> None:
            print(f"shown {time.time():.6f}", flush=True)
            app.quit()

        QTimer.singleShot(0, probe)
    return app.exec()
