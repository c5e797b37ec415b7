"""The import: read and check the list, stage it, then change the event in one transaction.

Nothing is written to the event until the whole file has been read and
checked; a file that cannot be read, a cancel, or a crash changes nothing.
The rows stream from the reader through the checks into a staging table
(store/merge.py), so the list is held once (by the reader) however long it
is; codes for the guests without one are made at the end, all at once.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from checkin import codes
from checkin.errors import Cancelled, EmptyGuestList, NoNameColumn
from checkin.guestlist.columns import NAME_FIELDS
from checkin.guestlist.emails import note_address
from checkin.guestlist.header import choose_sheet
from checkin.guestlist.merge import Matcher
from checkin.guestlist.reading import ReadLimits, open_book
from checkin.guestlist.report import ImportReport
from checkin.guestlist.rows import Duplicates, Notes, RowReader
from checkin.store import Store
from checkin.store.merge import Staging
from checkin.store.rows import guest_values, utcnow

_CHECK_EVERY = 1000  # rows between calls of cancelled() and progress()
# Of the progress bar: reading and checking take this share, the change the rest.
_READING_SHARE = 0.85


@contextmanager
def _without_gc_pauses() -> Iterator[None]:
    """Hold the cyclic garbage collector off while a list is read.

    Each row makes several objects, so collections come often and scan an ever
    larger heap (measured: half a second to a second on 50,000 rows). Nothing
    here makes reference cycles; the collector's previous state is restored.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def import_guest_list(
    store: Store,
    path: Path,
    *,
    sheet: str | None = None,
    mapping: dict[int, str | None] | None = None,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    limits: ReadLimits = ReadLimits(),  # noqa: B008 (frozen)
) -> ImportReport:
    """Read a guest list and merge it into the event, all or nothing.

    ``mapping`` overrides the detected field of a column (by 0-based index;
    None keeps the column as an extra field). ``progress(done, total)`` is
    called now and then, rising to ``done == total``. ``cancelled()`` returning
    True stops before anything is written. ``limits`` bound what reading the file may
    take (cells, the reader's memory, time; reading.py).
    """
    path = Path(path)
    mine = None if store.is_server else Path(store.location)
    book = open_book(path, limits=limits, cancelled=cancelled, event_file=mine)
    try:
        layout = choose_sheet(book, sheet, need_name=mapping is None)
        columns = layout.columns(mapping)
        if not NAME_FIELDS.intersection(c.field for c in columns if c.field):
            raise NoNameColumn(path, [c.header for c in columns], layout.sheet.name)
        notes = Notes()
        reader = RowReader(columns, notes)
        dupes = Duplicates(notes)
        total = max(1, layout.sheet.size() or 1)
        scale = 1000  # progress in thousandths, whatever the list's length

        def report(share: float) -> None:
            if progress is not None:
                progress(min(scale, int(share * scale)), scale)

        with Staging(store) as staging, _without_gc_pauses():
            existing = staging.existing()
            matcher = Matcher(existing)
            matches: list[int | None] = []  # by position: the guest the row updates
            pending = bytearray()  # by position: whether the guest is not confirmed
            slots = 0
            start = layout.header_row + 1
            for number, raw in enumerate(layout.sheet.rows(start), start=start):
                if (number - start) % _CHECK_EVERY == 0:
                    if cancelled is not None and cancelled():
                        raise Cancelled("The import")
                    report(_READING_SHARE * min(1.0, number / total))
                guest = reader.guest(number, raw)
                if guest is None:
                    continue
                note_address(notes.warnings, number, guest.email)  # no ticket by e-mail
                kept = dupes.keep(number, guest)
                if kept is None:
                    continue
                pos, replaces = kept
                values = guest_values(guest)
                if replaces:
                    matcher.release(matches[pos])
                match = matcher.match(guest.code, guest.email, values["name"])
                slot = None
                if match is None and not guest.code:
                    slot, slots = slots, slots + 1
                if replaces:
                    matches[pos], pending[pos] = match, guest.pending
                else:
                    matches.append(match)
                    pending.append(guest.pending)
                staging.put(
                    pos, values | {"match_id": match, "slot": slot, "code": guest.code or None}
                )
            book.close()  # the reader's copy of the rows goes before the change is made
            if not matches and not notes.skipped and not notes.duplicates:
                raise EmptyGuestList(path)
            if cancelled is not None and cancelled():
                raise Cancelled("The import")
            report(_READING_SHARE)
            fresh = codes.new_codes(existing.tag, slots, taken=_Taken(dupes, matcher))
            cancelled_count, pending_count = sum(dupes.cancelled), sum(pending)
            imported, updated = staging.finish(
                fresh,
                file_name=path.name,
                skipped=len(notes.skipped),
                duplicates=len(notes.duplicates),
                cancelled=cancelled_count,
                now=now or utcnow(),
            )
        report(1.0)
    finally:
        book.close()
    return ImportReport(
        file_name=path.name,
        sheet=layout.sheet.name,
        imported=imported,
        updated=updated,
        skipped=tuple(notes.skipped),
        duplicates=tuple(notes.duplicates),
        cancelled=cancelled_count,
        missing=matcher.missing(),
        warnings=tuple(notes.warnings),
        pending=pending_count,
        name_missing=tuple(notes.name_missing),
    )


class _Taken:
    """The codes a fresh one may not be: the list's own, and the event's current and replaced."""

    def __init__(self, dupes: Duplicates, matcher: Matcher) -> None:
        self.dupes = dupes
        self.matcher = matcher

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and (
            code in self.dupes.by_code
            or code in self.matcher.by_code
            or code in self.matcher.replaced
        )
