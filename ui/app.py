"""Starts the desktop app: `python main.py [EVENT] [--door] [--kiosk] [--demo] [--data-dir DIR]
[--display] [--self-checkin]`."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from checkin import resources
from checkin.errors import CheckinError, ResourceMissing

from .crash import install_excepthook
from .door_link import OpenedEvent, open_event
from .errors import error_text, show_error
from .kit.text import fill
from .main_window import MainWindow
from .settings import Settings, default_data_dir
from .tasks import Tasks

if TYPE_CHECKING:
    from .guests import GuestsPage

# The benchmark's hook: print the wall-clock time once the window is painted ("shown") and
# once the event is open with its guests listed ("ready"), then quit.
PROBE_ENV = "CHECKIN_PROBE_SHOWN"
# Opening the event waits for the window's first paint; a window that is never exposed
# (started minimised) opens it after this many milliseconds all the same.
_OPEN_ANYWAY_MS = 300


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="checkin-app", description="Run the door of an event.")
    parser.add_argument("event", nargs="?", help="a .checkin file or a postgresql:// URL")
    parser.add_argument("--door", action="store_true", help="open on the Door screen")
    parser.add_argument("--kiosk", action="store_true", help="full screen, for the door")
    parser.add_argument("--demo", action="store_true", help="open the demo event")
    parser.add_argument("--data-dir", type=Path, help="keep settings, logs and the demo here")
    parser.add_argument(
        "--display",
        action="store_true",
        help="the room display for the entrance: a TV or a second screen",
    )
    parser.add_argument(
        "--self-checkin",
        action="store_true",
        help="a kiosk where guests check themselves in with their QR code",
    )
    return parser


class Translations:
    """The interface language: every resources/translations/*_<lang>.qm plus Qt's own."""

    def __init__(self, app: QApplication, folder: Path | None = None) -> None:
        self.app = app
        self.folder = folder if folder is not None else resources.translations()
        self.installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> None:
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed.clear()
        self.language = language
        QLocale.setDefault(
            QLocale(QLocale.Language.Dutch if language == "nl" else QLocale.Language.English)
        )
        # English too: its .qm holds the plural forms ("1 guest", "2 guests") of the
        # "%n guests" source texts; Qt's own texts are English already.
        files = sorted(self.folder.glob(f"*_{language}.qm"))
        if language != "en":
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            files.append(Path(qt_dir) / f"qtbase_{language}.qm")
        for path in files:
            translator = QTranslator(self.app)
            if translator.load(str(path)):
                self.app.installTranslator(translator)
                self.installed.append(translator)
        # Qt ends every title bar with the display name unless the title ends with it: in
        # the interface language, or a Dutch window would read "Deur check-in — Door check-in".
        self.app.setApplicationDisplayName(
            QCoreApplication.translate("MainWindow", "Door check-in")
        )


class _FirstExpose(QObject):
    """Runs ``then`` once, just after the window has been exposed (and so painted)."""

    def __init__(self, then: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._then: Callable[[], None] | None = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Expose and self._then is not None:
            # Qt paints the widgets while it handles this very event; run after it.
            QTimer.singleShot(0, self.fire)
        return False

    def fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def _open_event(args: argparse.Namespace, settings: Settings) -> tuple[OpenedEvent, str | None]:
    """The event asked for on the command line, and where it is for the recent list (None:
    the demo). Runs on a pool thread: a server that does not answer never freezes the
    window. SQLAlchemy comes with these imports: they run after the window's first paint."""
    if args.demo:
        from checkin.demo import open_demo

        return OpenedEvent(open_demo(settings.demo_path)), None
    # A server event comes with its door, which keeps scanning offline (ui/door_link.py).
    opened = open_event(args.event, settings.data_dir, settings.door_name)
    location = args.event if opened.store.is_server else str(Path(args.event).resolve())
    return opened, location


def _cannot_start(exc: ResourceMissing) -> int:
    """A broken install: one sentence on stderr and, where someone can see it, a dialog."""
    print(f"checkin-app: {error_text(exc)}", file=sys.stderr)
    # Offscreen nobody could close a modal box, and nothing may wait without a deadline.
    if QGuiApplication.platformName() not in ("offscreen", "minimal"):
        QMessageBox.critical(
            None, QCoreApplication.translate("MainWindow", "Door check-in"), error_text(exc)
        )
    return 2


def _say_missing_extras(window: MainWindow) -> None:
    """A sound or the icon missing from the install: the app goes on without it and says
    so (stderr, and the window's status bar) in the interface language."""
    missing = resources.missing_extras()
    if not missing:
        return
    text = fill(
        QCoreApplication.translate(
            "MainWindow",
            "Missing from this installation: %1. The app works without them; "
            "reinstall it to get them back.",
        ),
        ", ".join(missing),
    )
    print(f"checkin-app: {text}", file=sys.stderr)
    window.statusBar().showMessage(text)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = build_parser().parse_args(argv[1:])
    app = QApplication.instance() or QApplication(argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("checkin")
    app.setApplicationDisplayName("Door check-in")
    settings = Settings(args.data_dir or default_data_dir())
    try:
        translations = Translations(app)
        translations.apply(settings.language)  # so a missing font is said in that language
        resources.check()  # the fonts and the catalogues, before any window
    except ResourceMissing as exc:
        return _cannot_start(exc)
    with contextlib.suppress(ResourceMissing):  # said below, with the other missing extras
        app.setWindowIcon(QIcon(str(resources.icon("checkin.svg"))))
    window: MainWindow | None = None
    install_excepthook(settings.log_dir, lambda: window)
    if (args.display or args.self_checkin) and not args.event:
        build_parser().error("--display and --self-checkin need an EVENT")
    if args.display:
        from .display.window import run_display

        return run_display(app, args.event)
    if args.self_checkin:
        from .selfcheckin import run_self_checkin

        return run_self_checkin(app, args.event, settings)

    probing = bool(os.environ.get(PROBE_ENV))
    window = MainWindow(
        settings, Tasks(), set_language=translations.apply, door_first=args.door, kiosk=args.kiosk
    )
    _say_missing_extras(window)
    # Quitting from the menu or the probe still closes the event and saves the settings.
    app.aboutToQuit.connect(window.close)
    if args.demo:
        window.show_opening(None)
    elif args.event:
        window.show_opening(Path(args.event).name if "://" not in args.event else args.event)

    def open_event() -> None:
        if not (args.demo or args.event):
            finished(None)
            return
        window.tasks.run(
            lambda _progress, _cancelled: _open_event(args, settings),
            on_done=opened,
            on_error=failed,
        )

    def failed(exc: CheckinError) -> None:
        window.show_start()
        window.start_screen.problem.setText(error_text(exc))
        show_error(window, exc)
        finished(None)

    def opened(found: tuple[OpenedEvent, str | None]) -> None:
        store, location = found
        page = None
        try:
            if location is not None:
                settings.add_recent(location)
            window.open_store(store)
            page = window.guests_page
        finally:
            finished(page)

    def finished(page: GuestsPage | None) -> None:
        if probing:
            if page is not None and not page.is_loaded:
                page.loaded.connect(ready)
            else:
                ready()

    def ready() -> None:
        print(f"ready {time.time():.6f}", flush=True)
        app.quit()

    def first_paint() -> None:
        if probing:
            print(f"shown {time.time():.6f}", flush=True)
        open_event()

    if args.kiosk and (args.event or args.demo):
        window.showFullScreen()
    else:
        window.show()
    painted = _FirstExpose(first_paint, window)
    handle = window.windowHandle()
    if handle is not None:
        handle.installEventFilter(painted)
    QTimer.singleShot(_OPEN_ANYWAY_MS, painted.fire)
    return app.exec()
