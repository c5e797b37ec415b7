"""An expected failure as a sentence: one of the three levels of error.

An expected failure (:class:`CheckinError`) becomes a non-blocking message with
its sentence, translated by class (:func:`error_text`, :func:`show_error`); an
InvalidValue's field and reason are said by ui/refusals.py. A bug is the second
level (ui/crash.py: a crash log and dialog), a verdict the third, on the door banner.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from checkin import errors as e

from .kit.text import fill
from .refusals import refused

# Marked for Qt Linguist here, translated when shown (the language can change at run time).
# Every class of checkin/errors.py has its own sentence here or in _SPECIAL (a test walks
# them): a reason follows the file or the store it is about.
_REASONS: dict[type[e.CheckinError], object] = {
    e.InputFileError: QT_TRANSLATE_NOOP("Errors", "cannot be read"),
    e.FileNotFound: QT_TRANSLATE_NOOP("Errors", "there is no such file"),
    e.IsTheEventFile: QT_TRANSLATE_NOOP(
        "Errors", "this is the event's own file, not a guest list; choose the file with the guests"
    ),
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


def _door_name_taken(x: e.DoorNameTaken) -> str:
    went = (
        fill(
            QCoreApplication.translate(
                "Errors", "this door's %1 waiting scans were sent and counted; "
            ),
            x.sent,
        )
        if x.sent
        else ""
    )
    if x.live:
        return fill(
            QCoreApplication.translate(
                "Errors",
                "Another computer is door %1 right now; %2start this one under another door name.",
            ),
            x.door,
            went,
        )
    return fill(
        QCoreApplication.translate(
            "Errors",
            "Door %1 is another computer's, which may be admitting offline on its %2 "
            "places; %3start this one under another door name, or release that door first.",
        ),
        x.door,
        x.held,
        went,
    )


def _server_only(x: e.ServerOnly) -> str:
    what = {
        "capacity": QCoreApplication.translate("Errors", "Changing the capacity"),
        "badge": QCoreApplication.translate("Errors", "A new badge"),
    }.get(x.action, x.action)
    return fill(
        QCoreApplication.translate(
            "Errors", "%1 needs the server, and this door cannot reach it now; nothing was changed."
        ),
        what,
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
    e.DoorNameTaken: lambda x: _door_name_taken(x) if isinstance(x, e.DoorNameTaken) else str(x),
    e.ServerOnly: lambda x: _server_only(x) if isinstance(x, e.ServerOnly) else str(x),
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
    e.InvalidValue: lambda x: refused(x),
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
