"""The main window's small parts: its menu, its two message boxes, a guest list dropped on it.

Kept apart so that ui/main_window.py is only the wiring of pages and tabs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QPushButton, QWidget

from .dates import screen_date
from .kit.text import fill

if TYPE_CHECKING:
    from checkin.store import Store

    from .worker import StoreWorker


def about_box(parent: QWidget) -> QMessageBox:
    """Which version this is, for a support call (non-blocking)."""
    from checkin.version import version

    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "About Door check-in"))
    box.setText(fill(QCoreApplication.translate("MainWindow", "Door check-in %1"), version()))
    box.setInformativeText(
        QCoreApplication.translate(
            "MainWindow",
            "Imports the guest list, prints QR badges, keeps the room to its capacity at "
            "the door and exports who came.",
        )
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


W = TypeVar("W", bound=QWidget)


def page_or_none(make: Callable[[], W]) -> W | None:
    """A page, or None when the event cannot be read to build it (the server is down and
    the door started offline)."""
    from checkin.errors import CheckinError

    try:
        return make()
    except CheckinError:
        return None


def unreachable_page() -> QLabel:
    label = QLabel(
        QCoreApplication.translate(
            "MainWindow",
            "The server does not answer, so this page is not available. The Door "
            "keeps scanning on its own copy; open the event again once the server is back.",
        )
    )
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setObjectName("unreachablePage")
    return label


def retention_reminder(
    parent: QWidget,
    store: Store,
    language: str = "en",
) -> tuple[QMessageBox, QPushButton] | None:
    """Tell the organiser, without blocking, that the retention period has passed; the box
    and its "Go to Settings" button, or None when nothing is due. The date is written as
    the app's ``language`` reads it (24-12-2026 in Dutch)."""
    from checkin.errors import CheckinError
    from checkin.privacy import purge_due, retention_ends

    try:
        event = store.event()
    except CheckinError:
        return None  # a server that does not answer: reminded when the event opens again
    today = datetime.now(event.zone).date()
    if not purge_due(event, today):
        return None
    box = QMessageBox(parent)
    box.setObjectName("retentionReminder")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Personal data"))
    box.setText(
        fill(
            QCoreApplication.translate(
                "MainWindow",
                "The retention period of this event ended on %1. The guest list still holds "
                "names, email addresses and other personal data, which should now be removed.",
            ),
            screen_date(retention_ends(event), language),
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "MainWindow",
            "You can remove it in Settings, under Personal data. The counts, "
            "scan times and the peak stay.",
        )
    )
    go = box.addButton(
        QCoreApplication.translate("MainWindow", "Go to Settings"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(
        QCoreApplication.translate("MainWindow", "Later"), QMessageBox.ButtonRole.RejectRole
    )
    return box, go


def dropped_guest_list(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local guest-list file being dragged onto the window, if that is what it is."""
    from .import_dialog import is_guest_list

    urls = event.mimeData().urls()
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if is_guest_list(path) else None


def _keys(usual: str, standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """``usual`` on every platform, plus the platform's own keys for the same act
    (Windows has no standard Quit key, and a door person will try Ctrl+Q anyway)."""
    keys = [QKeySequence(usual)]
    keys += [k for k in QKeySequence.keyBindings(standard) if k not in keys]
    return keys


@dataclass(frozen=True)
class WindowActions:
    import_list: QAction
    close_event: QAction
    close_window: QAction
    quit: QAction
    full_screen: QAction
    about: QAction


def build_menu(
    window: QMainWindow,
    old: WindowActions | None,
    *,
    open_import: Callable[[], object],
    close_event: Callable[[], object],
    close_window: Callable[[], object],
    quit_app: Callable[[], object],
    full_screen: Callable[[], object],
    about: Callable[[], object],
) -> WindowActions:
    """The menu bar, in the interface language of the moment; the actions of an earlier
    build are removed, so no shortcut is there twice (two would cancel each other out)."""
    if old is not None:
        for gone in (
            old.import_list,
            old.close_event,
            old.close_window,
            old.quit,
            old.full_screen,
            old.about,
        ):
            window.removeAction(gone)
            gone.deleteLater()
    bar = window.menuBar()
    bar.clear()

    def action(
        text: str,
        do: Callable[[], object],
        keys: list[QKeySequence] | None = None,
    ) -> QAction:
        made = QAction(text, window)
        if keys:
            made.setShortcuts(keys)
        made.triggered.connect(lambda: do())
        return made

    actions = WindowActions(
        import_list=action(
            QCoreApplication.translate("MainWindow", "&Import guest list…"),
            open_import,
            [QKeySequence("Ctrl+I")],
        ),
        close_event=action(QCoreApplication.translate("MainWindow", "&Close event"), close_event),
        close_window=action(
            QCoreApplication.translate("MainWindow", "Close &window"),
            close_window,
            _keys("Ctrl+W", QKeySequence.StandardKey.Close),
        ),
        quit=action(
            QCoreApplication.translate("MainWindow", "&Quit"),
            quit_app,
            _keys("Ctrl+Q", QKeySequence.StandardKey.Quit),
        ),
        full_screen=action(
            QCoreApplication.translate("MainWindow", "&Full screen"),
            full_screen,
            [QKeySequence("F11")],
        ),
        about=action(QCoreApplication.translate("MainWindow", "&About Door check-in"), about),
    )
    event_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Event"))
    event_menu.addAction(actions.import_list)
    event_menu.addAction(actions.close_event)
    event_menu.addSeparator()
    event_menu.addAction(actions.close_window)
    event_menu.addAction(actions.quit)
    bar.addMenu(QCoreApplication.translate("MainWindow", "&View")).addAction(actions.full_screen)
    bar.addMenu(QCoreApplication.translate("MainWindow", "&Help")).addAction(actions.about)
    # The ways out work with the menu bar hidden (kiosk) too, and then ask for the PIN.
    for way_out in (actions.full_screen, actions.close_window, actions.quit):
        window.addAction(way_out)
    return actions


def stop_worker_after(worker: StoreWorker, pages: QWidget | None) -> None:
    """Stop an event's store worker once ``pages`` (just dropped) are gone: until Qt
    deletes them they may still ask it something (a timer's refresh)."""

    def stop() -> None:
        worker.stop()
        worker.deleteLater()

    if pages is not None and shiboken6.isValid(pages):
        pages.destroyed.connect(stop)
    else:
        stop()
