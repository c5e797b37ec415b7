"""Retention, purge and the supervisor PIN."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from checkin import pin, privacy
from checkin.door import DoorService
from checkin.errors import InvalidValue
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import Clock

PERSONAL = [
    "Anna",
    "Berg",
    "anna@example.nl",
    "Podium Mozaïek",
    "Yılmaz",
    "zoe@example.nl",
    "Studio Ğ",
    "Østergaard",
    "Vegetarisch",
    "Fatima El Amrani",
    "Tafel 7",
]


def _all_bytes(path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-journal"):
        p = Path(f"{path}{suffix}")
        if p.exists():
            data += p.read_bytes()
    return data


def test_retention_ends_fourteen_days_after_the_event(store: Store) -> None:
    ev = store.event()
    assert ev.retention_days == 14
    assert privacy.retention_ends(ev) == date(2021, 7, 2)
    assert not privacy.purge_due(ev, date(2021, 7, 2))
    assert privacy.purge_due(ev, date(2021, 7, 3))
    assert privacy.retention_ends(privacy.set_retention(store, 28)) == date(2021, 7, 16)
    with pytest.raises(InvalidValue):
        privacy.set_retention(store, -1)


def test_purge_leaves_no_personal_text_in_the_file(
    store: Store, event_path: Path, clock: Clock
) -> None:
    store.update_guest(
        1,
        GuestInput(
            first_name="Anna",
            middle="van den",
            last_name="Berg",
            organisation="Podium Mozaïek",
            email="anna@example.nl",
            code="1001",
            seat="Tafel 7",
            extra={"Dieet": "Vegetarisch"},
        ),
    )
    door = DoorService(store, "Noord", clock=clock)
    door.scan("1001")
    door.scan("1002")
    door.walk_in(GuestInput(name="Fatima El Amrani"))
    door.scan("1002", exit=True)
    before_status = door.status()
    before_scans = [(s.at, s.door, s.action, s.verdict, s.inside_after) for s in store.scans()]
    for word in PERSONAL:
        assert word.encode() in _all_bytes(event_path), word  # the test means something

    result = privacy.purge(store, now=clock())

    assert result.guests == 6 and result.scans == 4
    data = _all_bytes(event_path)
    for word in PERSONAL:
        assert word.encode() not in data, f"{word} is still in the file"
    assert door.status() == before_status
    assert [
        (s.at, s.door, s.action, s.verdict, s.inside_after) for s in store.scans()
    ] == before_scans
    assert store.event().purged_at == result.purged_at
    assert not privacy.purge_due(store.event(), date(2030, 1, 1))
    assert store.guest(1).name == "Guest 1"
    assert store.guest(1).extra == {}
    # the event still works at the door, by the anonymous code
    assert door.scan("purged-1", exit=True).verdict == "exited"


def test_the_pin_is_stored_salted_and_checked(store: Store) -> None:
    assert pin.verify_pin("anything", store.event().pin_hash)  # no PIN set: open
    ev = pin.set_pin(store, "4821")
    assert "4821" not in ev.pin_hash and ev.pin_hash.startswith("scrypt$")
    assert pin.verify_pin("4821", ev.pin_hash)
    assert not pin.verify_pin("4822", ev.pin_hash)
    assert pin.hash_pin("4821") != pin.hash_pin("4821")  # salted
    with pytest.raises(InvalidValue):
        pin.set_pin(store, "12")
    with pytest.raises(InvalidValue):
        pin.set_pin(store, "abcd")
    assert pin.set_pin(store, None).pin_hash == ""


def test_retention_counts_from_creation_without_a_date(tmp_path: Path) -> None:
    with Store.create(tmp_path / "x.checkin", name="Zonder datum", capacity=5) as s:
        ev = s.event()
        assert privacy.retention_ends(ev) >= ev.created_at.date() + timedelta(days=13)
