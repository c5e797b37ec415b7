"""The one Save dialog of the app: non-blocking, remembered folder, suggested name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget


def save_dialog(parent: QWidget, title: str, folder: str, filter_: str, suffix: str,
                name: str, on_chosen: Callable[[Path], object]) -> QFileDialog:
    """Open a Save dialog with ``open()`` (never a blocking ``exec()``); ``on_chosen``
    gets the path. Qt's own dialog, not the platform's, so it behaves the same on
    every laptop and tests can drive it."""
    dialog = QFileDialog(parent, title, folder, filter_)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(name)
    dialog.fileSelected.connect(lambda path: on_chosen(Path(path)))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
