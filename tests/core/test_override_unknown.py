"""A supervisor's override of an unknown code admits that person once, as a walk-in; the
code never becomes a badge (issue 23 §4). Override and undo reasons reach the export."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from checkin import pin
from checkin.documents.export import export_attendance
from checkin.door import DoorService, Verdict
from checkin.store import Store
from tests.conftest import Clock


def _door(store: Store, clock: Clock) -> DoorService:
    return DoorService(store, "Noord", clock=lambda: clock.now)


def test_an_unknown_code_overridden_lets_the_person_in_once(store: Store, clock: Clock) -> None:
    door = _door(store, clock)
    assert door.scan("PHONE-77").verdict is Verdict.UNKNOWN
    clock()
    r = door.override("PHONE-77", "ticket on the phone, shop offline")
    assert r.verdict is Verdict.ADMITTED and r.override and r.guest is not None
    walk_in = r.guest
    assert walk_in.walk_in and walk_in.code != "PHONE-77"
    assert store.guest_by_code("PHONE-77") is None
    # The code admits nobody afterwards: not the same person, not a friend with a copy.
    clock()
    assert door.scan("PHONE-77").verdict is Verdict.UNKNOWN
    assert door.scan("phone-77").verdict is Verdict.UNKNOWN
    # The same code overridden again names the same walk-in: already inside.
    again = door.override("PHONE-77", "again")
    assert again.verdict is Verdict.ALREADY_INSIDE and again.guest is not None
    assert again.guest.id == walk_in.id
    assert store.event().inside == 1 and len(store.guests()) == 6


def test_an_unknown_codes_override_never_passes_the_cap(store: Store, clock: Clock) -> None:
    door = _door(store, clock)
    for code in ("1001", "1002", "1003"):
        door.scan(code)
    r = door.override("PHONE-77", "ticket on the phone")
    assert r.verdict is Verdict.FULL and store.event().inside == 3
    assert len(store.guests()) == 5  # no half-made walk-in left behind


def test_override_and_undo_reasons_are_in_the_exported_scan_log(
    store: Store, clock: Clock, tmp_path: Path
) -> None:
    pin.set_pin(store, "482913")
    door = _door(store, clock)
    door.override("1005", "speaker, cancelled by mistake", "482913")  # Piet: cancelled
    clock()
    door.scan("1001")
    clock(20)
    door.undo("wrong badge")  # past the window: waits for the PIN, logged
    door.undo("wrong badge", pin="482913")
    for language, words in (
        ("en", ("Supervisor", "Reason", "override", "undo", "past the undo window")),
        (
            "nl",
            (
                "Leidinggevende",
                "Reden",
                "toestemming",
                "terugdraaien",
                "na de termijn voor terugdraaien",
            ),
        ),
    ):
        store.update_event(language=language)
        out = tmp_path / f"log-{language}.xlsx"
        export_attendance(store, out)
        sheet = openpyxl.load_workbook(out).worksheets[1]
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        header = rows[0]
        reason = next(i for i, h in enumerate(header) if str(h).startswith(words[1]))
        assert words[0] in header
        note = reason + 1
        by_reason = {r[reason]: r for r in rows[1:] if r[reason]}
        over = by_reason["speaker, cancelled by mistake"]
        assert over[reason - 1] == words[2]  # the supervisor column: an override
        undone = [r for r in rows[1:] if r[reason] == "wrong badge"]
        assert len(undone) == 2 and all(words[3] in str(r[5]) for r in undone)  # action
        assert any(r[note] == words[4] for r in undone)
