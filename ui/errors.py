"""Two of the three levels of error (a verdict is the third, on the door banner).

An expected failure (:class:`CheckinError`) becomes a non-blocking message with
its sentence, translated by class. A bug reaches ``sys.excepthook``: a report is
appended to a log file in the data folder and a crash dialog with copyable
details is shown, without blocking, so the scan field keeps working.

The report (:func:`crash_report`) names guests by id only: it keeps each
error's type and where it happened (file, line, function) and the id of the
guest being handled, and never an exception's message. Messages carry data:
SQLAlchemy puts the SQL text and every bound parameter (names, emails, codes)
into its own, and a ``KeyError`` says which key.
"""

from __future__ import annotations

import datetime
import logging
import re
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import FrameType, TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from checkin import errors as e

from .kit.text import fill

log = logging.getLogger("checkin.ui")

CRASH_LOG = "crash.log"


# Marked for Qt Linguist here, translated when shown (the language can change at run time).
# Every class of checkin/errors.py has its own sentence here or in _SPECIAL (a test walks
# them): a reason follows the file or the store it is about.
_REASONS: dict[type[e.CheckinError], object] = {
    e.InputFileError: QT_TRANSLATE_NOOP("Errors", "cannot be read"),
    e.FileNotFound: QT_TRANSLATE_NOOP("Errors", "there is no such file"),
    e.NotASpreadsheet: QT_TRANSLATE_NOOP(
        "Errors", "this is not a spreadsheet; choose an .xlsx, .xls, .ods or .csv file"
    ),
    e.DamagedSpreadsheet: QT_TRANSLATE_NOOP(
        "Errors", "the file is damaged or incomplete; open it in Excel and save it again as .xlsx"
    ),
    e.UnsupportedFormat: QT_TRANSLATE_NOOP(
        "Errors", "this format cannot be read; open it in Excel or LibreOffice and save it as .xlsx"
    ),
    e.UnsafeSpreadsheet: QT_TRANSLATE_NOOP(
        "Errors", "the file contains forbidden XML (an entity expansion) and was not read"
    ),
    e.ProtectedSpreadsheet: QT_TRANSLATE_NOOP(
        "Errors",
        "the file is protected with a password; open it, remove the password and save it again",
    ),
    e.EmptyGuestList: QT_TRANSLATE_NOOP("Errors", "the file holds no guests"),
    e.StoreError: QT_TRANSLATE_NOOP("Errors", "cannot be opened"),
    e.ImportConflict: QT_TRANSLATE_NOOP(
        "Errors",
        "another change to the guests came in while the list was imported (a code given "
        "twice); nothing was imported: import the list again",
    ),
    e.StoreNotFound: QT_TRANSLATE_NOOP("Errors", "there is no event there"),
    e.NotAnEventStore: QT_TRANSLATE_NOOP("Errors", "this is not an event file"),
    e.StoreExists: QT_TRANSLATE_NOOP("Errors", "an event already exists there"),
    e.SchemaTooNew: QT_TRANSLATE_NOOP(
        "Errors", "this event was written by a newer version of the app; update the app to open it"
    ),
    e.StoreUnavailable: QT_TRANSLATE_NOOP(
        "Errors", "not connected to the event store; nothing was recorded"
    ),
    e.FileLocked: QT_TRANSLATE_NOOP(
        "Errors",
        "the event file is locked by another program; nothing was changed; close that "
        "program and try again",
    ),
    e.DiskFull: QT_TRANSLATE_NOOP(
        "Errors", "the disk is full; nothing was changed; free some space and try again"
    ),
    e.ReadOnlyStore: QT_TRANSLATE_NOOP(
        "Errors",
        "the event file or its folder is read-only; nothing was changed; it can be read "
        "(guests, export), or copy it to a writable folder to record scans",
    ),
}


def _damaged_store(x: e.DamagedStore) -> str:
    kept = (
        fill(
            QCoreApplication.translate("Errors", "a copy of the file is kept as %1"),
            Path(x.copy).name,
        )
        if x.copy
        else QCoreApplication.translate(
            "Errors", "the file is kept as it was (no copy fits beside it); copy it somewhere safe"
        )
    )
    return fill(
        QCoreApplication.translate(
            "Errors",
            "%1: the event file is damaged (%2); %3; do not delete it, the scans in "
            "it can be recovered.",
        ),
        x.location,
        x.detail or QCoreApplication.translate("Errors", "damaged pages"),
        kept,
    )


def _new_pin_refused(x: e.NewPinRefused) -> str:
    if x.problem == "digits":
        return QCoreApplication.translate("Errors", "A PIN is digits only; nothing was changed.")
    if x.problem == "guessable":
        return QCoreApplication.translate(
            "Errors",
            "This PIN is among the first anyone tries (one digit repeated, a row or "
            "a repeated pattern); choose another; nothing was changed.",
        )
    return QCoreApplication.translate("Errors", "A PIN is 6 to 12 digits; nothing was changed.")


def _reader_stopped(x: e.ReaderStopped) -> str:
    if x.why == "memory":
        why = QCoreApplication.translate(
            "Errors", "it needed more memory than a guest list may take"
        )
    elif x.why == "time":
        why = QCoreApplication.translate("Errors", "it did not finish in time")
    else:
        why = fill(QCoreApplication.translate("Errors", "it ended with %1"), x.why)
    return fill(
        QCoreApplication.translate(
            "Errors", "%1 could not be read: the reader stopped (%2); nothing was changed."
        ),
        x.path.name,
        why,
    )


# Sentences with more in them than a place and a reason. Looked up by the exact class
# first, then along its bases, so a new subclass still gets its parent's words.
_SPECIAL: dict[type[e.CheckinError], Callable[[e.CheckinError], str]] = {
    e.PinLockedOut: lambda x: fill(
        QCoreApplication.translate(
            "Errors", "Too many wrong PINs: wait %1, then try again. Nothing was changed."
        ),
        wait_words(x.seconds) if isinstance(x, e.PinLockedOut) else "",
    ),
    e.WrongPin: lambda x: QCoreApplication.translate(
        "Errors", "Wrong PIN: nothing was changed. Try again or press Cancel."
    ),
    e.NewPinRefused: lambda x: _new_pin_refused(x) if isinstance(x, e.NewPinRefused) else str(x),
    e.PinNeeded: lambda x: QCoreApplication.translate(
        "Errors", "This needs the supervisor PIN; nothing was changed."
    ),
    e.PinError: lambda x: QCoreApplication.translate(
        "Errors", "The supervisor PIN stopped this; nothing was changed."
    ),
    e.Cancelled: lambda x: QCoreApplication.translate("Errors", "Cancelled; nothing was changed."),
    e.SheetNotFound: lambda x: (
        fill(
            QCoreApplication.translate("Errors", '%1: there is no sheet "%2"; the sheets are %3.'),
            x.path.name,
            x.sheet,
            ", ".join(f'"{s}"' for s in x.sheets),
        )
        if isinstance(x, e.SheetNotFound)
        else str(x)
    ),
    e.NoNameColumn: lambda x: (
        fill(
            QCoreApplication.translate(
                "Errors", "%1: no column with names was found; the columns are %2."
            ),
            x.path.name,
            ", ".join(f'"{c}"' for c in x.columns),
        )
        if isinstance(x, e.NoNameColumn)
        else str(x)
    ),
    e.OversizedSpreadsheet: lambda x: (
        fill(
            QCoreApplication.translate(
                "Errors",
                '%1: the sheet "%2" reaches cell %3 (%4 rows by %5 columns), far beyond '
                "any guest list; the file was not read and nothing was changed.",
            ),
            x.path.name,
            x.sheet,
            x.cell,
            QLocale().toString(x.height),
            QLocale().toString(x.width),
        )
        if isinstance(x, e.OversizedSpreadsheet)
        else str(x)
    ),
    e.ReaderStopped: lambda x: _reader_stopped(x) if isinstance(x, e.ReaderStopped) else str(x),
    e.GuestNotFound: lambda x: fill(
        QCoreApplication.translate("Errors", "No guest %1 in this event."),
        repr(getattr(x, "key", "")),
    ),
    e.OutputError: lambda x: fill(
        QCoreApplication.translate("Errors", "%1: cannot be written (%2)."),
        str(getattr(x, "path", "")),
        getattr(x, "detail", ""),
    ),
    e.InvalidValue: lambda x: _refused(x),
    e.DamagedStore: lambda x: _damaged_store(x) if isinstance(x, e.DamagedStore) else str(x),
    e.DamagedReplica: lambda x: fill(
        QCoreApplication.translate(
            "Errors",
            "This door's offline copy %1 is damaged; the door does not start on it "
            "and the file is kept for someone to look at.",
        ),
        str(getattr(x, "path", "")),
    ),
    e.ReplicaOfOtherEvent: lambda x: fill(
        QCoreApplication.translate(
            "Errors",
            "This door's offline copy %1 belongs to %2, not to %3; the door does not "
            "start on it and the file is kept.",
        ),
        str(getattr(x, "path", "")),
        repr(getattr(x, "theirs", "")),
        repr(getattr(x, "ours", "")),
    ),
    e.NeverConnected: lambda x: fill(
        QCoreApplication.translate(
            "Errors",
            "The server %1 does not answer and this door has never been connected to "
            "it, so it has no guest list to work offline with. Connect once, then it can "
            "work offline.",
        ),
        getattr(x, "location", ""),
    ),
    e.ReplicaError: lambda x: fill(
        QCoreApplication.translate(
            "Errors", "This door's offline copy %1 cannot be used; the file is kept."
        ),
        str(getattr(x, "path", "")),
    ),
    e.PrinterNotFound: lambda x: fill(
        QCoreApplication.translate("Errors", "There is no printer %1 on this computer."),
        repr(getattr(x, "printer", "")),
    ),
    e.NoPrintSystem: lambda x: QCoreApplication.translate(
        "Errors", "This computer has no print system the app can print badges with."
    ),
    e.PrintFailed: lambda x: fill(
        QCoreApplication.translate("Errors", "The printer %1 did not take the badge (%2)."),
        repr(getattr(x, "printer", "")),
        getattr(x, "detail", ""),
    ),
    e.PrintError: lambda x: fill(
        QCoreApplication.translate("Errors", "The badge could not be sent to the printer %1."),
        repr(getattr(x, "printer", "")),
    ),
    e.ResourceMissing: lambda x: fill(
        QCoreApplication.translate(
            "Errors", "The app's own file %1 is missing; reinstall the app to get it back."
        ),
        repr(getattr(x, "name", "")),
    ),
}


# The core says why a value is refused in English (InvalidValue.why); the ones a screen can
# bring about are said in the interface language. A pattern's groups fill %1, %2.
_WHYS: tuple[tuple[re.Pattern[str], object], ...] = (
    (
        re.compile(r"is empty; a guest needs a name"),
        QT_TRANSLATE_NOOP("Errors", "is empty; a guest needs a name"),
    ),
    (
        re.compile(r"is empty; a walk-in needs a name"),
        QT_TRANSLATE_NOOP("Errors", "is empty; a walk-in needs a name"),
    ),
    (
        re.compile(r"is empty; an undo needs a reason"),
        QT_TRANSLATE_NOOP("Errors", "is empty; an undo needs a reason"),
    ),
    (
        re.compile(r"is empty; an override needs a reason"),
        QT_TRANSLATE_NOOP("Errors", "is empty; an override needs a reason"),
    ),
    (
        re.compile(r"is empty; give the event a name"),
        QT_TRANSLATE_NOOP("Errors", "is empty; give the event a name"),
    ),
    (re.compile(r"is empty"), QT_TRANSLATE_NOOP("Errors", "is empty")),
    (
        re.compile(r"belongs to another guest already"),
        QT_TRANSLATE_NOOP("Errors", "belongs to another guest already"),
    ),
    (
        re.compile(r"was another guest's badge and is revoked"),
        QT_TRANSLATE_NOOP("Errors", "was another guest's badge and is revoked"),
    ),
    (
        re.compile(r"must be a whole number from (\S+) to (\S+)"),
        QT_TRANSLATE_NOOP("Errors", "must be a whole number from %1 to %2"),
    ),
    (
        re.compile(r"must be between (\d+) and (\d+) for this guest"),
        QT_TRANSLATE_NOOP("Errors", "must be between %1 and %2 for this guest"),
    ),
    (re.compile(r"must be 4 to 12 digits"), QT_TRANSLATE_NOOP("Errors", "must be 4 to 12 digits")),
    (
        re.compile(r"must be a \.png, \.jpg or \.svg file"),
        QT_TRANSLATE_NOOP("Errors", "must be a .png, .jpg or .svg file"),
    ),
    (
        re.compile(r"is larger than 2 MB; save it smaller"),
        QT_TRANSLATE_NOOP("Errors", "is larger than 2 MB; save it smaller"),
    ),
    (
        re.compile(r"is not an SVG image that can be drawn"),
        QT_TRANSLATE_NOOP("Errors", "is not an SVG image that can be drawn"),
    ),
    (
        re.compile(r"is not a PNG or JPEG image that can be drawn"),
        QT_TRANSLATE_NOOP("Errors", "is not a PNG or JPEG image that can be drawn"),
    ),
    # the mail server and the ticket mail (checkin/mail): Settings → E-mail
    (
        re.compile(r"is not a server name like smtp\.example\.nl"),
        QT_TRANSLATE_NOOP("Errors", "is not a server name like smtp.example.nl"),
    ),
    (
        re.compile(r"must be a number from 1 to 65535"),
        QT_TRANSLATE_NOOP("Errors", "must be a number from 1 to 65535"),
    ),
    (
        re.compile(r"must be starttls, ssl or none"),
        QT_TRANSLATE_NOOP("Errors", "must be starttls, ssl or none"),
    ),
    (
        re.compile(r"is not an e-mail address \(.*\)"),
        QT_TRANSLATE_NOOP("Errors", "is not an e-mail address"),
    ),
    (
        re.compile(r"is not like \"Bureau Nieuw-West <info@example\.nl>\""),
        QT_TRANSLATE_NOOP("Errors", 'is not like "Bureau Nieuw-West <info@example.nl>"'),
    ),
    (
        re.compile(r"must be an address with an ASCII name before the @"),
        QT_TRANSLATE_NOOP("Errors", "must be an address with an ASCII name before the @"),
    ),
    (
        re.compile(r"has a brace that is not a field \(.*\); write \{\{ for a brace"),
        QT_TRANSLATE_NOOP("Errors", "has a brace that is not a field; write {{ for a brace"),
    ),
    (
        re.compile(r"has the field (\{\w*\}); the fields are (.*)$"),
        QT_TRANSLATE_NOOP("Errors", "has the field %1; the fields are %2"),
    ),
    (
        re.compile(r"is not a time like 19:30"),
        QT_TRANSLATE_NOOP("Errors", "is not a time like 19:30"),
    ),
    (
        re.compile(r"must be a whole number of messages a minute from 1 to (\S+)"),
        QT_TRANSLATE_NOOP("Errors", "must be a whole number of messages a minute from 1 to %1"),
    ),
    (re.compile(r"must be one line"), QT_TRANSLATE_NOOP("Errors", "must be one line")),
    (re.compile(r"needs a start time too"), QT_TRANSLATE_NOOP("Errors", "needs a start time too")),
)
# The fields those refusals name, as a screen calls them.
_FIELDS: dict[str, object] = {
    "name": QT_TRANSLATE_NOOP("Errors", "name"),
    "reason": QT_TRANSLATE_NOOP("Errors", "reason"),
    "code": QT_TRANSLATE_NOOP("Errors", "code"),
    "capacity": QT_TRANSLATE_NOOP("Errors", "capacity"),
    "people": QT_TRANSLATE_NOOP("Errors", "people"),
    "PIN": QT_TRANSLATE_NOOP("Errors", "PIN"),
    "logo": QT_TRANSLATE_NOOP("Errors", "logo"),
    "server": QT_TRANSLATE_NOOP("Errors", "server"),
    "port": QT_TRANSLATE_NOOP("Errors", "port"),
    "from": QT_TRANSLATE_NOOP("Errors", "from"),
    "reply-to": QT_TRANSLATE_NOOP("Errors", "reply-to"),
    "subject": QT_TRANSLATE_NOOP("Errors", "subject"),
    "text": QT_TRANSLATE_NOOP("Errors", "text"),
    "start": QT_TRANSLATE_NOOP("Errors", "start"),
    "end": QT_TRANSLATE_NOOP("Errors", "end"),
    "rate": QT_TRANSLATE_NOOP("Errors", "rate"),
}


def _refused(x: e.CheckinError) -> str:
    """An InvalidValue's sentence: its field and why in the interface language where the
    catalogue has them, else as the core wrote them."""
    field, why = str(getattr(x, "field", "")), str(getattr(x, "why", ""))
    for pattern, words in _WHYS:
        if found := pattern.fullmatch(why):
            why = fill(QCoreApplication.translate("Errors", str(words)), *found.groups())
            break
    if field in _FIELDS:
        field = QCoreApplication.translate("Errors", str(_FIELDS[field]))
    return fill(
        QCoreApplication.translate("Errors", "%1: %2 is not accepted (%3); nothing was changed."),
        field,
        repr(getattr(x, "value", "")),
        why,
    )


def wait_words(seconds: int) -> str:
    """A wait in words: "45 seconds", "2 minutes", "1 hour" (rounded up)."""
    # One and more as two texts: lupdate files QCoreApplication.translate(…, n) without its
    # plural forms, so "%n second(s)" would read "60 second(s)" in every language.
    if seconds < 120:
        n = max(1, seconds)
        return (
            QCoreApplication.translate("Errors", "1 second")
            if n == 1
            else fill(QCoreApplication.translate("Errors", "%1 seconds"), n)
        )
    if seconds < 2 * 3600:
        n = -(-seconds // 60)
        return fill(QCoreApplication.translate("Errors", "%1 minutes"), n)
    n = -(-seconds // 3600)
    return (
        QCoreApplication.translate("Errors", "1 hour")
        if n == 1
        else fill(QCoreApplication.translate("Errors", "%1 hours"), n)
    )


def error_text(exc: e.CheckinError) -> str:
    """The error's sentence in the interface language; the core's English as fallback."""
    for kind in type(exc).__mro__:
        special = _SPECIAL.get(kind)
        if special is not None:
            return special(exc)
        reason = _REASONS.get(kind)
        if reason is not None:
            return _placed(exc, QCoreApplication.translate("Errors", str(reason)))
    return str(exc)


def _placed(exc: e.CheckinError, reason: str) -> str:
    if isinstance(exc, e.InputFileError):
        where, detail = exc.path.name, exc.detail
    elif isinstance(exc, e.StoreError):
        where, detail = exc.location, exc.detail
    else:
        return str(exc)
    return f"{where}: {reason}" + (f" ({detail})" if detail else "") + "."


def show_error(parent: QWidget | None, exc: e.CheckinError) -> QMessageBox:
    """A non-blocking message with the error's sentence; returned so tests can read it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Door check-in"))
    box.setText(error_text(exc))
    box.setObjectName("checkinErrorBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


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
