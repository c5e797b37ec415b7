"""A scan id names one scan: another payload under the same id is refused (issue 24)."""

from __future__ import annotations

import io
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from checkin.cli import main
from checkin.door import DoorService, Verdict
from checkin.errors import InvalidValue
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import T0

SID = "9f3a0000-0000-4000-8000-000000000024"
NOW = T0.replace(hour=19)


def _door(store: Store, name: str = "Noord") -> DoorService:
    return DoorService(store, name, clock=lambda: NOW)


def test_the_same_id_for_another_badge_is_refused_and_the_guest_not_told_admitted(
    store: Store,
) -> None:
    door = _door(store)
    first = door.scan("1001", scan_id=SID)
    assert first.verdict is Verdict.ADMITTED
    with pytest.raises(InvalidValue) as refused:
        door.scan("1002", scan_id=SID)
    assert "was used for another scan (code 1001)" in str(refused.value)
    assert store.guest(2).presence.value == "not_arrived"
    assert len(store.scans()) == 1 and store.event().inside == 1
    # The second guest, scanned with an id of their own, is counted as anyone is.
    assert door.scan("1002").verdict is Verdict.ADMITTED and store.event().inside == 2


@pytest.mark.parametrize("change", ["exit", "door", "people", "time"])
def test_any_other_payload_is_refused(store: Store, change: str) -> None:
    store.add_guest(GuestInput(name="Groep", code="G1", companions=2))
    door = _door(store)
    door.scan("G1", scan_id=SID, people=2, at=NOW - timedelta(minutes=5))
    kwargs: dict[str, object] = {"scan_id": SID, "people": 2, "at": NOW - timedelta(minutes=5)}
    other = door
    if change == "exit":
        kwargs["exit"] = True
    elif change == "door":
        other = _door(store, "Zuid")
    elif change == "people":
        kwargs["people"] = 3
    else:
        kwargs["at"] = NOW - timedelta(minutes=4)
    with pytest.raises(InvalidValue):
        other.scan("G1", **kwargs)  # type: ignore[arg-type]
    assert len(store.scans()) == 1 and store.event().inside == 2


def test_the_same_payload_answers_the_first_verdict(store: Store) -> None:
    door = _door(store)
    first = door.scan("1001", scan_id=SID)
    door.scan("1001", exit=True)
    again = door.scan(" 1001\r\n", scan_id=SID)  # the same code as the scanner sends it
    assert (again.verdict, again.record_id) == (Verdict.ADMITTED, first.record_id)
    assert store.event().inside == 0 and len(store.scans()) == 2


def test_the_command_line_refuses_in_one_sentence_with_status_2(
    store: Store, event_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ev = str(event_path)
    assert main(["scan", ev, "1001", "--id", SID], stdout=io.StringIO()) == 0
    out = io.StringIO()
    assert main(["scan", ev, "1002", "--id", SID], stdout=out) == 2
    err = capsys.readouterr().err
    assert out.getvalue() == "" and len(err.strip().splitlines()) == 1
    assert err.startswith("checkin: scan id: ") and "another scan (code 1001)" in err
    assert "Traceback" not in err
    again = io.StringIO()
    assert main(["scan", ev, "1001", "--id", SID], stdout=again) == 0
    assert again.getvalue().startswith("admitted\t1/3\tAnna van den Berg")
    assert sys.exc_info() == (None, None, None)
