"""Every failure the core expects, as one tree.

Each class carries what the person must see as attributes (file, sheet, row,
column, field) and renders one fixed English sentence through ``str()``; the
CLI prints it, the UI translates by class.

    CheckinError
    ├── InputFileError            a guest list that cannot be used (.path)
    │   ├── FileNotFound
    │   ├── NotASpreadsheet       a PDF renamed .xlsx, random bytes
    │   ├── IsTheEventFile        the event's own file chosen as the guest list
    │   ├── DamagedSpreadsheet    a truncated or corrupt .xlsx
    │   ├── UnsupportedFormat     .numbers, flat .fods: save as .xlsx
    │   ├── UnsafeSpreadsheet     an XML entity bomb or other forbidden XML, a zip bomb
    │   ├── OversizedSpreadsheet  a sheet reaching a cell far away (.sheet, .cell, .height, .width)
    │   ├── ReaderStopped         the reader's child process died or ran out of memory (.why)
    │   ├── ProtectedSpreadsheet  saved with a password
    │   ├── EmptyGuestList        no rows with data
    │   ├── SheetNotFound         --sheet names no sheet (.sheets)
    │   └── NoNameColumn          no column with names (.columns)
    ├── StoreError                the event store (.location)
    │   ├── ImportConflict        the guests changed under an import; nothing imported
    │   ├── StoreNotFound
    │   ├── NotAnEventStore
    │   ├── StoreExists
    │   ├── SchemaTooNew
    │   ├── DiskFull              no room left on the disk (or the server's); nothing changed
    │   ├── ReadOnlyStore         the file or its folder cannot be written (a USB stick, a CD)
    │   ├── DamagedStore          damaged pages; a copy is kept beside it (.copy)
    │   └── StoreUnavailable      the database went away or did not answer in time
    │       └── FileLocked        another program holds the event file's lock
    ├── InvalidValue              a field given by a person (.field, .value)
    ├── PinError                  the supervisor PIN
    │   ├── WrongPin              a wrong PIN; counted (.failures)
    │   ├── PinLockedOut          too many wrong PINs: wait (.until, .seconds)
    │   ├── PinNeeded             the CLI has no way to ask for it (no tty, no CHECKIN_PIN)
    │   └── NewPinRefused         a new PIN too short, not digits, or guessable (.problem)
    ├── GuestNotFound             no guest with that id or code (.key)
    ├── ReplicaError              a door's offline copy and journal (.path); the file is kept
    │   ├── DamagedReplica        unreadable or not a door's copy
    │   ├── ReplicaOfOtherEvent   written for another event or door
    │   └── NeverConnected        the server is down and this door never had a copy
    ├── OutputError               a file that could not be written (.path)
    ├── ResourceMissing           a file the app ships (font, sound, translation) is gone (.name)
    ├── PrintError                a badge that could not be sent to a printer (.printer)
    │   ├── PrinterNotFound       no such printer (queue) on this computer
    │   ├── NoPrintSystem         no print system the core can drive (Windows: the app prints)
    │   └── PrintFailed           the print system refused the job or did not answer (.detail)
    ├── DoorNameTaken             another computer is this door (.door, .held, .live, .sent)
    ├── ServerOnly                an offline door asked what only the server does (.action)
    └── Cancelled                 long work stopped by the person; nothing changed
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path


class CheckinError(Exception):
    """Base of every expected failure; ``str()`` is the sentence to show."""

    def sentence(self) -> str:
        return str(self)


# --- guest lists -----------------------------------------------------------


class InputFileError(CheckinError):
    reason = "cannot be read"

    def __reduce__(self) -> tuple[object, ...]:
        # Sent whole from the reader's child process (guestlist/isolated.py).
        return (type(self), (self.path, self.detail))

    def __init__(self, path: str | Path, detail: str = "") -> None:
        self.path = Path(path)
        self.detail = detail
        super().__init__(self._sentence())

    def _sentence(self) -> str:
        text = f"{self.path.name}: {self.reason}"
        if self.detail:
            text += f" ({self.detail})"
        return text + "."


class FileNotFound(InputFileError):
    reason = "there is no such file"


class NotASpreadsheet(InputFileError):
    reason = "this is not a spreadsheet; choose an .xlsx, .xls, .ods or .csv file"


class IsTheEventFile(InputFileError):
    # refused before the file is opened: opening it and closing it again in the process
    # that holds the event would drop SQLite's locks (docs/faults.md)
    reason = "this is the event's own file, not a guest list; choose the file with the guests"


class DamagedSpreadsheet(InputFileError):
    reason = "the file is damaged or incomplete; open it in Excel and save it again as .xlsx"


class UnsupportedFormat(InputFileError):
    reason = "this format cannot be read; open it in Excel or LibreOffice and save it as .xlsx"


class UnsafeSpreadsheet(InputFileError):
    reason = "the file contains forbidden XML (an entity expansion) and was not read"


class OversizedSpreadsheet(InputFileError):
    """A sheet whose used rectangle no guest list has: reading it would need gigabytes."""

    def __init__(self, path: str | Path, sheet: str, cell: str, height: int, width: int) -> None:
        self.sheet = sheet
        self.cell = cell
        self.height = height  # rows, from row 1 to the cell's
        self.width = width  # columns, from A to the cell's
        super().__init__(path)

    def _sentence(self) -> str:
        return (
            f'{self.path.name}: the sheet "{self.sheet}" reaches cell {self.cell} '
            f"({self.height:,} rows by {self.width:,} columns), far beyond any guest "
            "list; the file was not read and nothing was changed."
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, self.sheet, self.cell, self.height, self.width))


class ReaderStopped(InputFileError):
    """The spreadsheet reader (in its own process) ended without handing the rows over.

    ``why`` is one of "memory" (over its memory bound), "time" (past its deadline) or a
    signal's name ("SIGABRT", "SIGSEGV", ...).
    """

    def __init__(self, path: str | Path, why: str) -> None:
        self.why = why
        super().__init__(path, why)

    def _sentence(self) -> str:
        said = {
            "memory": "it needed more memory than a guest list may take",
            "time": "it did not finish in time",
        }.get(self.why, f"it ended with {self.why}")
        return (
            f"{self.path.name} could not be read: the reader stopped ({said}); nothing was changed."
        )

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, self.why))


class ProtectedSpreadsheet(InputFileError):
    reason = "the file is protected with a password; open it, remove the password and save it again"


class EmptyGuestList(InputFileError):
    reason = "the file holds no guests"


class SheetNotFound(InputFileError):
    def __init__(self, path: str | Path, sheet: str, sheets: list[str]) -> None:
        self.sheet = sheet
        self.sheets = list(sheets)
        super().__init__(path)

    def _sentence(self) -> str:
        found = ", ".join(f'"{s}"' for s in self.sheets) or "none"
        return f'{self.path.name}: there is no sheet "{self.sheet}"; the sheets are {found}.'


class NoNameColumn(InputFileError):
    def __init__(self, path: str | Path, columns: list[str], sheet: str | None = None) -> None:
        self.columns = list(columns)
        self.sheet = sheet
        super().__init__(path)

    def _sentence(self) -> str:
        where = f' (sheet "{self.sheet}")' if self.sheet else ""
        found = ", ".join(f'"{c}"' for c in self.columns) or "none"
        return f"{self.path.name}{where}: no column with names was found; the columns are {found}."


# --- the event store -------------------------------------------------------


class StoreError(CheckinError):
    reason = "cannot be opened"

    def __init__(self, location: str, detail: str = "") -> None:
        self.location = location
        self.detail = detail
        text = f"{location}: {self.reason}"
        if detail:
            text += f" ({detail})"
        super().__init__(text + ".")


class ImportConflict(StoreError):
    reason = (
        "another change to the guests came in while the list was imported (a code "
        "given twice); nothing was imported: import the list again"
    )


class StoreNotFound(StoreError):
    reason = "there is no event there; create it first with `checkin new`"


class NotAnEventStore(StoreError):
    reason = "this is not an event file"


class StoreExists(StoreError):
    reason = "an event already exists there"


class SchemaTooNew(StoreError):
    reason = "this event was written by a newer version of the app; update the app to open it"


class StoreUnavailable(StoreError):
    reason = "not connected to the event store; nothing was recorded"


class FileLocked(StoreUnavailable):
    reason = (
        "the event file is locked by another program; nothing was changed; "
        "close that program and try again"
    )


class DiskFull(StoreError):
    reason = "the disk is full; nothing was changed; free some space and try again"


class ReadOnlyStore(StoreError):
    reason = (
        "the event file or its folder is read-only; nothing was changed; it can be "
        "read (status, guests, export), or copy it to a writable folder to record scans"
    )


class DamagedStore(StoreError):
    """Damaged pages: never offered for deletion; a copy is kept when the folder allows."""

    def __init__(self, location: str, detail: str = "", copy: str | None = None) -> None:
        self.copy = copy
        super().__init__(location, detail)
        kept = (
            f"a copy of the file is kept as {Path(copy).name}"
            if copy
            else "the file is kept as it was (no copy fits beside it); copy it somewhere safe"
        )
        self.args = (
            f"{location}: the event file is damaged ({detail or 'damaged pages'}); "
            f"{kept}; do not delete it, the scans in it can be recovered.",
        )


# --- everything else -------------------------------------------------------


class InvalidValue(CheckinError):
    def __init__(self, field: str, value: object, why: str) -> None:
        self.field = field
        self.value = value
        self.why = why
        super().__init__(f"{field}: {value!r} {why}.")


class PinError(CheckinError):
    """The supervisor PIN stopped an action; nothing was changed."""


class WrongPin(PinError):
    def __init__(self, failures: int, until: datetime | None = None, wait: int = 0) -> None:
        self.failures = failures
        self.until = until  # this wrong PIN started a wait until then (None: no wait)
        self.wait = wait  # ... of this many seconds
        super().__init__("The supervisor PIN is wrong; nothing was changed.")


class PinLockedOut(PinError):
    def __init__(self, until: datetime, seconds: int) -> None:
        self.until = until
        self.seconds = seconds
        super().__init__(f"Too many wrong PINs; try again in {seconds} s. Nothing was changed.")


class PinNeeded(PinError):
    def __init__(self) -> None:
        super().__init__(
            "This needs the supervisor PIN: set CHECKIN_PIN or run the command in a terminal."
        )


class NewPinRefused(PinError):
    """A PIN a person chose that may not be set; ``problem`` is "digits", "length" or
    "guessable". The sentence says what a PIN must be."""

    _SAID = {
        "digits": "A PIN is digits only; nothing was changed.",
        "length": "A PIN is 6 to 12 digits; nothing was changed.",
        "guessable": (
            "This PIN is among the first anyone tries (one digit repeated, a row "
            "or a repeated pattern); choose another; nothing was changed."
        ),
    }

    def __init__(self, problem: str) -> None:
        self.problem = problem
        super().__init__(self._SAID.get(problem, self._SAID["length"]))

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.problem,))


class GuestNotFound(CheckinError):
    def __init__(self, key: object) -> None:
        self.key = key
        super().__init__(f"No guest {key!r} in this event.")


class ReplicaError(CheckinError):
    """A door's offline copy (guest list, journal, share) it cannot start on. Never deleted."""

    def __init__(self, path: str | Path, sentence: str) -> None:
        self.path = Path(path)
        super().__init__(sentence)


class DamagedReplica(ReplicaError):
    def __init__(self, path: str | Path) -> None:
        super().__init__(
            path,
            f"This door's offline copy {Path(path)} is damaged; the door "
            "does not start on it and the file is kept for someone to look at.",
        )


class ReplicaOfOtherEvent(ReplicaError):
    def __init__(self, path: str | Path, theirs: str, ours: str) -> None:
        self.theirs = theirs
        self.ours = ours
        super().__init__(
            path,
            f"This door's offline copy {Path(path)} belongs to {theirs!r}, "
            f"not to {ours!r}; the door does not start on it and the file "
            "is kept.",
        )


class NeverConnected(ReplicaError):
    def __init__(self, path: str | Path, location: str) -> None:
        self.location = location
        super().__init__(
            path,
            f"The server {location} does not answer and this door has "
            "never been connected to it, so it has no guest list to work "
            "offline with.",
        )


class OutputError(CheckinError):
    def __init__(self, path: str | Path, detail: str) -> None:
        self.path = Path(path)
        self.detail = detail
        super().__init__(f"{self.path}: cannot be written ({detail}).")


class Cancelled(CheckinError):
    def __init__(self, what: str = "The work") -> None:
        self.what = what
        super().__init__(f"{what} was cancelled; nothing was changed.")


class ResourceMissing(CheckinError):
    """A file that ships with the app is not where the install put it: a broken install."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"The app's own file {name!r} is missing; reinstall the app to get it back."
        )


# --- printing (checkin/printing) ----------------------------------------------


class PrintError(CheckinError):
    """A badge that could not be sent to a printer; the guest's verdict stands."""

    def __init__(self, name: str, sentence: str) -> None:
        self.printer = name
        super().__init__(sentence)


class PrinterNotFound(PrintError):
    def __init__(self, name: str) -> None:
        super().__init__(
            name,
            f"There is no printer {name!r} on this computer; "
            "`lpstat -p` lists the printers there are.",
        )


class NoPrintSystem(PrintError):
    def __init__(self, name: str) -> None:
        super().__init__(
            name,
            "This computer has no CUPS (`lp`) to print with; on "
            "Windows badges are printed from the app.",
        )


class PrintFailed(PrintError):
    def __init__(self, name: str, detail: str) -> None:
        self.detail = detail
        super().__init__(name, f"The printer {name!r} did not take the badge: {detail}.")


class DoorNameTaken(CheckinError):
    """Another computer is this door (its own copy, another id): two never spend one share."""

    def __init__(self, door: str, held: int, live: bool, sent: int = 0) -> None:
        self.door, self.held, self.live, self.sent = door, held, live, sent
        # a copy refused after its waiting journal went in (it is sent first): said
        went = f"this door's {sent} waiting scans were sent and counted; " if sent else ""
        if live:
            text = (
                f"Another computer is door {door} right now; {went}start this one under "
                "another door name."
            )
        else:
            text = (
                f"Door {door} is another computer's, which may be admitting offline on "
                f"its {held} places; {went}start this one under another door name, or "
                "release that door first (checkin release-door)."
            )
        super().__init__(text)


class ServerOnly(CheckinError):
    """An action only the server can take, asked of a door that is offline."""

    WHAT = {"capacity": "Changing the capacity", "badge": "A new badge"}

    def __init__(self, action: str) -> None:
        self.action = action  # capacity, badge
        super().__init__(
            f"{self.WHAT.get(action, action)} needs the server, and this door cannot reach "
            "it now; nothing was changed."
        )
