"""An import into an event whose doors are scanning, on SQLite and on PostgreSQL.

While the list is read and staged, the event is unchanged and unlocked: a door
scans in the middle of the import (from the import's own progress callback,
so the moment is exact) and is answered at once; the guests appear only when
the import is done, all at once. A cancel in the middle leaves nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from checkin.door import DoorService, Verdict
from checkin.errors import Cancelled
from checkin.guestlist import import_guest_list
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import T0, Clock, seed

ROWS = 5000


def big_list(path: Path, *, new_code_for_first: bool = False) -> Path:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Gasten")
    ws.append(["Voornaam", "Achternaam", "E-mailadres", "Ticket nr.", "Status"])
    ws.append(["Anna", "Berg", "anna@example.nl", 9001 if new_code_for_first else 1001, "ja"])
    for i in range(ROWS):
        ws.append(
            [
                f"Gast{i}",
                f"Achternaam{i}",
                f"gast{i}@example.nl",
                200_000 + i,
                "wachtlijst" if i % 10 == 0 else "ja",
            ]
        )
    wb.save(path)
    return path


@pytest.fixture(params=["sqlite", "postgres"])
def live(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        location: str = str(tmp_path / "live.checkin")
    else:
        location = request.getfixturevalue("pg_url")
    store = Store.create(location, name="Live", capacity=100, event_date=T0.date(), now=T0)
    seed(
        store,
        [
            GuestInput(first_name="Anna", last_name="Berg", email="anna@example.nl", code="1001"),
            GuestInput(first_name="Bob", last_name="Smit", code="1002"),
        ],
    )
    yield store
    store.close()


def test_a_door_scans_while_the_list_is_read_and_nothing_shows_until_the_end(
    live: Store, tmp_path: Path, clock: Clock
) -> None:
    path = big_list(tmp_path / "groot.xlsx", new_code_for_first=True)
    during: list[tuple[str, int]] = []

    def mid_import(done: int, total: int) -> None:
        if not during and done > total * 0.6:
            # Well into the reading, rows already staged: a door scans, and the event is
            # as it was.
            verdict = DoorService(live, "main", clock=clock).scan("1002").verdict
            during.append((verdict.value, len(live.guests())))

    report = import_guest_list(live, path, progress=mid_import, now=clock())
    assert during == [("admitted", 2)]
    assert (report.imported, report.updated, report.pending) == (ROWS, 1, ROWS // 10)
    guests = live.guests()
    assert len(guests) == ROWS + 2
    assert sum(g.pending for g in guests) == ROWS // 10
    # Anna's ticket was re-issued: her old code now says revoked, her new one admits.
    door = DoorService(live, clock=clock)
    assert door.scan("1001").verdict is Verdict.REVOKED
    assert door.scan("9001").verdict is Verdict.ADMITTED
    assert door.scan("200001").verdict is Verdict.ADMITTED
    assert door.scan("200000").verdict is Verdict.PENDING
    assert live.event().inside == 3


def test_a_cancel_half_way_leaves_the_event_as_it_was(live: Store, tmp_path: Path) -> None:
    path = big_list(tmp_path / "groot.xlsx", new_code_for_first=True)
    before, imports = live.guests(), live.imports()
    seen: list[int] = []

    def cancelled() -> bool:
        seen.append(1)
        return len(seen) > 2

    with pytest.raises(Cancelled):
        import_guest_list(live, path, cancelled=cancelled)
    assert live.guests() == before and live.imports() == imports
    # The staging tables went with the import: the next import starts clean.
    report = import_guest_list(live, path)
    assert report.imported == ROWS


def _changed_list(path: Path, rows: int, *, extra: tuple[str, int] | None = None) -> Path:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Gasten")
    ws.append(["Voornaam", "Achternaam", "Organisatie", "Ticket nr."])
    for i in range(rows):
        ws.append([f"Gast{i}", f"Achternaam{i}", "Nieuwe organisatie", 300_000 + i])
    if extra is not None:
        ws.append([extra[0], "Nieuw", "", extra[1]])
    wb.save(path)
    return path


def test_many_changed_guests_are_updated_and_a_conflict_puts_everything_back(
    live: Store, tmp_path: Path
) -> None:
    """More changed guests than one step on PostgreSQL: they are updated in steps (a scan
    never waits for more than one), and when the change then fails (a door gave one of
    the list's new codes to a walk-in meanwhile) every step is undone."""
    from checkin.errors import ImportConflict
    from checkin.store.merge import STEP

    rows = 3 * STEP + 17
    first = tmp_path / "v1.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Gasten")
    ws.append(["Voornaam", "Achternaam", "Organisatie", "Ticket nr."])
    for i in range(rows):
        ws.append([f"Gast{i}", f"Achternaam{i}", "Oude organisatie", 300_000 + i])
    wb.save(first)
    import_guest_list(live, first)
    before, imports = live.guests(), live.imports()

    clash = _changed_list(tmp_path / "v2.xlsx", rows, extra=("Nieuwe", 777_777))

    added: list[int] = []

    def door_adds_a_guest(done: int, total: int) -> None:
        if not added:
            added.append(live.add_guest(GuestInput(name="Walk In", code="777777")).id)

    with pytest.raises(ImportConflict) as caught:
        import_guest_list(live, clash, progress=door_adds_a_guest)
    assert "import the list again" in str(caught.value)
    after = {g.id: g for g in live.guests()}
    assert all(after[g.id] == g for g in before)  # every step was put back
    assert len(after) == len(before) + 1 and live.imports() == imports

    report = import_guest_list(live, _changed_list(tmp_path / "v3.xlsx", rows))
    assert (report.imported, report.updated) == (0, rows)
    organisations = {g.organisation for g in live.guests() if g.code.startswith("3")}
    assert organisations == {"Nieuwe organisatie"}
