"""The scan log in the event's language: every door action and verdict the store can log has
a word in both languages, and a Dutch workbook's scan log holds no stored code ("reissue",
"changed") where a Dutch reader expects a word."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest

from checkin.documents.export import export_attendance
from checkin.documents.words import _CODES, words_for
from checkin.door import DoorService
from checkin.door.verdicts import Action, Verdict
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import T0, seed


@pytest.mark.parametrize("value", [*Verdict, *Action], ids=str)
def test_every_logged_action_and_verdict_has_its_own_words(value: str) -> None:
    assert value in _CODES, f"{value!r} is written to the scan log as stored"
    english, dutch = words_for("en").code(value), words_for("nl").code(value)
    assert english and dutch and "_" not in english + dutch


def test_the_dutch_scan_log_says_every_door_action_in_dutch(tmp_path: Path) -> None:
    store = Store.create(
        tmp_path / "feest.checkin",
        name="Feest",
        capacity=5,
        event_date=T0.date(),
        now=T0,
        language="nl",
    )
    seed(
        store,
        [
            GuestInput(first_name="Anna", last_name="Berg", code="1001"),
            GuestInput(first_name="Piet", last_name="Klaassen", code="1005", cancelled=True),
        ],
    )
    moments = iter(T0 + timedelta(minutes=m) for m in range(1, 60))
    door = DoorService(store, "Hoofdingang", clock=lambda: next(moments))
    door.scan("1001")
    door.scan("1001")
    door.scan("ONBEKEND")
    door.count(+1)
    door.undo("dubbel geteld")
    door.set_capacity(4)
    door.reissue("1001")
    door.scan("1001")  # the old code: replaced
    door.override("1005", "staat toch op de lijst")
    door.scan("1001", exit=True)
    out = tmp_path / "aanwezigheid.xlsx"
    export_attendance(store, out)

    words = words_for("nl")
    sheet = openpyxl.load_workbook(out)[words("sheet.scan_log")]
    header = [c.value for c in next(sheet.iter_rows(max_row=1))]
    action, verdict = header.index(words("col.action")), header.index(words("col.verdict"))
    said = {
        str(row[i])
        for row in sheet.iter_rows(min_row=2, values_only=True)
        for i in (action, verdict)
        if row[i]
    }
    stored = {str(v) for v in (*Verdict, *Action)}
    dutch = {words.code(v) for v in stored}
    assert said <= dutch, f"not in Dutch: {said - dutch}"
    assert {"nieuwe badge", "gewijzigd", "capaciteit", "terugdraaien"} <= said
    assert not said & (stored - dutch)
