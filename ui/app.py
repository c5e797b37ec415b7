"""Starts the desktop app. Replaced by the full window when the desktop-app issue lands."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication, QLabel


def main(argv: Sequence[str] | None = None) -> int:
    app = QApplication(list(argv) if argv is not None else sys.argv)
    label = QLabel("Door check-in")
    label.resize(400, 200)
    label.show()
    return app.exec()
