"""The app's one file chooser, one Save dialog and one Print dialog: all non-blocking.

A file chooser never reads the files it lists (DESIGN.md, "One store connection per
process"). Qt's own choosers find a file's icon and type by sniffing its content
(QMimeDatabase), which opens and closes every file in the folder, the open event file
too; closing it drops all of this process's SQLite locks on it, and another program
closing its connection may then delete the -wal the door is still writing into. The
chooser made here names types from the file name only and draws icons from the style.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileInfo, QMimeDatabase, Qt
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QStyle, QWidget


class NameOnlyIcons(QAbstractFileIconProvider):
    """Icons and type names from a file's name and kind alone: nothing is opened.

    Called from the chooser's helper thread too, so everything it hands out is made in
    the constructor (on the UI thread) or is thread-safe (QMimeDatabase)."""

    def __init__(self, style: QStyle) -> None:
        super().__init__()
        pixmap = QStyle.StandardPixmap
        kinds = QAbstractFileIconProvider.IconType
        self.folder = style.standardIcon(pixmap.SP_DirIcon)
        self.file = style.standardIcon(pixmap.SP_FileIcon)
        self.kinds = {
            kinds.Computer: style.standardIcon(pixmap.SP_ComputerIcon),
            kinds.Desktop: style.standardIcon(pixmap.SP_DesktopIcon),
            kinds.Trashcan: style.standardIcon(pixmap.SP_TrashIcon),
            kinds.Network: style.standardIcon(pixmap.SP_DriveNetIcon),
            kinds.Drive: style.standardIcon(pixmap.SP_DriveHDIcon),
            kinds.Folder: self.folder,
            kinds.File: self.file,
        }
        self.mimes = QMimeDatabase()

    def icon(self, what: QAbstractFileIconProvider.IconType | QFileInfo) -> QIcon:
        if isinstance(what, QFileInfo):
            if what.isRoot():
                return self.kinds[QAbstractFileIconProvider.IconType.Drive]
            return self.folder if what.isDir() else self.file
        return self.kinds.get(what, self.file)

    def type(self, info: QFileInfo) -> str:
        # MatchExtension: the name decides; the default would read the file's first bytes.
        return self.mimes.mimeTypeForFile(info, QMimeDatabase.MatchMode.MatchExtension).comment()


class FileChooser(QFileDialog):
    """The one way to build a file chooser in the app (the caller sets its mode and opens it
    with ``open()``, never a blocking ``exec()``). Qt's own dialog, not the platform's: it
    behaves the same on every laptop, tests can drive it, and it lists files without
    reading them (NameOnlyIcons)."""

    def __init__(self, parent: QWidget, title: str, folder: str, filter_: str) -> None:
        super().__init__(parent, title, folder, filter_)
        self.icons = NameOnlyIcons(self.style())  # held here: the dialog does not own it
        self.setOptions(
            QFileDialog.Option.DontUseNativeDialog | QFileDialog.Option.DontUseCustomDirectoryIcons
        )
        self.setIconProvider(self.icons)


def suggested_name(event_name: str, language: str, key: str, suffix: str, **values: object) -> str:
    """A Save dialog's file name: the event and what the file holds, in the event's language
    (the core's document words, ``checkin/documents/words.py``): "Feest - aanwezigheid.xlsx"."""
    from checkin.documents.words import words_for

    return f"{event_name} - {words_for(language)(key, **values)}.{suffix}"


def save_dialog(
    parent: QWidget,
    title: str,
    folder: str,
    filter_: str,
    suffix: str,
    name: str,
    on_chosen: Callable[[Path], object],
) -> QFileDialog:
    """Open a Save dialog with ``open()`` (never a blocking ``exec()``); ``on_chosen``
    gets the path."""
    dialog = FileChooser(parent, title, folder, filter_)
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
