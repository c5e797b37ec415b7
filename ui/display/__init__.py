"""The room display at the entrance: ``window`` (the display itself, ``checkin-app EVENT
--display``), and here the main window's View → "Room display", which starts it as a
process of its own: the app's process already holds the event's one store connection
(DESIGN.md, "One store connection per process"). Only Qt here: the main window imports
this before the event (and SQLAlchemy) is loaded.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu


def add_display_action(
    window: QMainWindow, view_of: QAction, location: Callable[[], str | None], data_dir: Path
) -> QAction:
    """View → "Room display": the open event's display in a process of its own, placed
    in the menu of ``view_of`` (the View menu's Full screen)."""
    action = QAction(QCoreApplication.translate("RoomDisplay", "&Room display"), window)

    def start() -> None:
        where = location()
        if where:
            start_display(where, data_dir)

    action.triggered.connect(start)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if isinstance(menu, QMenu) and view_of in menu.actions():
            menu.addAction(action)
    return action


def start_display(location: str, data_dir: Path) -> int | None:
    """Start ``checkin-app LOCATION --display``; its process id, or None if it could not."""
    package = (__package__ or "ui").rpartition(".")[0] or "ui"
    code = f"import sys; from {package}.app import main; sys.exit(main(sys.argv))"
    ok, pid = QProcess.startDetached(
        sys.executable, ["-c", code, location, "--display", "--data-dir", str(data_dir)]
    )
    return int(pid) if ok else None
