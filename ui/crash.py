"""A bug: the crash report, its log file and the crash dialog, through ``sys.excepthook``.

A bug reaches ``sys.excepthook``: a report is appended to a log file in the data
folder and a crash dialog with copyable details is shown, without blocking, so the
scan field keeps working. (An expected failure is a sentence instead: ui/errors.py.)

The report (:func:`crash_report`) names guests by id only: it keeps each
error's type and where it happened (file, line, function) and the id of the
guest being handled, and never an exception's message. Messages carry data:
SQLAlchemy puts the SQL text and every bound parameter (names, emails, codes)
into its own, and a ``KeyError`` says which key.
"""

from __future__ import annotations

import datetime
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import FrameType, TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin import errors as e

from .errors import show_error
from .kit.text import fill

log = logging.getLogger("checkin.ui")

CRASH_LOG = "crash.log"


def _guest_id(tb: TracebackType | None) -> int | None:
    """The id of the guest being handled where it went wrong: the innermost frame
    with a ``guest_id`` (an int) or a ``guest`` (with an int ``id``) among its locals."""
    frames: list[FrameType] = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    for frame in reversed(frames):
        names = frame.f_locals
        found = names.get("guest_id")
        if isinstance(found, int) and not isinstance(found, bool):
            return found
        guest_id = getattr(names.get("guest"), "id", None)
        if isinstance(guest_id, int) and not isinstance(guest_id, bool):
            return guest_id
    return None


def _kind(exc: BaseException) -> str:
    kind = type(exc)
    name = (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    orig = getattr(exc, "orig", None)  # SQLAlchemy's wrapper: name the driver's error too
    if isinstance(orig, BaseException):
        name += f" (from {type(orig).__module__}.{type(orig).__qualname__})"
    return name


def crash_report(exc: BaseException, tb: TracebackType | None = None) -> str:
    """What the crash log and the crash dialog say: types, places and a guest id only.

    Causes come first, as in Python's own tracebacks; the source line of each place
    is left out too, since a line such as ``find("Anna")`` holds data as well.
    """
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and all(current is not c for c in chain):
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    lines: list[str] = []
    for index, error in enumerate(reversed(chain)):
        if index:
            lines.append("which led to:")
        error_tb = tb if error is exc and tb is not None else error.__traceback__
        lines.append("Traceback (most recent call last):")
        for place in traceback.extract_tb(error_tb):
            lines.append(f'  File "{place.filename}", line {place.lineno}, in {place.name}')
        guest = _guest_id(error_tb)
        lines.append(_kind(error) + (f" [guest id {guest}]" if guest is not None else ""))
    return "\n".join(lines) + "\n"


class CrashDialog(QDialog):
    """A bug, shown plainly with the details to copy into a report."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setObjectName("crashDialog")
        text = self.tr(
            "The app ran into an error it did not expect. What was saved is safe: every scan "
            "is stored the moment it is shown. You can keep working; please send the details "
            "below to whoever supports the app."
        )
        if log_file is not None:
            text += "\n" + fill(self.tr("The details are also in %1."), log_file)
        message = QLabel(text)
        message.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        copy = QPushButton(self.tr("Copy details"))
        copy.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


class ExceptHook:
    """``sys.excepthook`` for the app: log to the data folder, show a crash dialog."""

    def __init__(self, log_dir: Path, parent: Callable[[], QWidget | None]) -> None:
        self.log_file = log_dir / CRASH_LOG
        self.parent = parent
        self.dialogs: list[CrashDialog] = []

    def __call__(
        self,
        kind: type[BaseException],
        value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        details = crash_report(value, tb)
        written: Path | None = self.log_file
        try:
            stamp = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
            with self.log_file.open("a", encoding="utf-8") as f:
                f.write(f"--- {stamp}\n{details}\n")
        except OSError:
            written = None
        log.error("unexpected error: %s", details)
        if isinstance(value, e.CheckinError):
            # An expected failure that escaped a handler still deserves its plain sentence.
            show_error(self.parent(), value)
            return
        if QCoreApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        dialog = CrashDialog(details, written, self.parent())
        dialog.finished.connect(lambda _r, d=dialog: self._forget(d))
        self.dialogs.append(dialog)
        dialog.show()

    def _forget(self, dialog: CrashDialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)


def install_excepthook(log_dir: Path, parent: Callable[[], QWidget | None]) -> ExceptHook:
    hook = ExceptHook(log_dir, parent)
    sys.excepthook = hook
    return hook
