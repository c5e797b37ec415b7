"""The app's one Save dialog and one Print dialog: both non-blocking."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget


def suggested_name(event_name: str, language: str, key: str, suffix: str,
                   **values: object) -> str:
    """A Save dialog's file name: the event and what the file holds, in the event's language
    (the core's document words, ``checkin/documents/words.py``): "Feest - aanwezigheid.xlsx"."""
    from checkin.documents.words import words_for

    return f"{event_name} - {words_for(language)(key, **values)}.{suffix}"


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


def print_dialog(parent: QWidget, on_printer: Callable[[QPrinter], object]) -> QPrintDialog:
    """Qt's print dialog, modal to ``parent``'s window only and never a blocking
    ``exec()``; ``on_printer`` gets the chosen printer once the person accepts."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_printer(printer))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
