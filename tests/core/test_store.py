"""The event file: durable settings, opening, migrations, and what is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from checkin.door import DoorService, Verdict
from checkin.errors import NotAnEventStore, SchemaTooNew, StoreExists, StoreNotFound
from checkin.guestlist import import_guest_list
from checkin.models import GuestInput, Presence
from checkin.store import SCHEMA_VERSION, Store, guest_t

DATA = Path(__file__).parent / "data"


def test_the_file_is_wal_and_synchronous_full(store: Store) -> None:
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL


def test_a_change_is_on_disk_when_the_call_returns(store: Store, event_path: Path) -> None:
    DoorService(store).scan("1001")
    raw = sqlite3.connect(event_path)
    assert raw.execute("SELECT inside FROM event").fetchone() == (1,)
    assert raw.execute("SELECT verdict FROM scan").fetchall() == [("admitted",)]
    raw.close()


def test_reopened_event_keeps_everything(store: Store, event_path: Path) -> None:
    DoorService(store).scan("1002")
    store.close()
    with Store.open(event_path) as again:
        ev = again.event()
        assert (ev.name, ev.capacity, ev.inside) == ("Inspiratiesessie Nieuw-West", 3, 1)
        assert [g.name for g in again.guests()][:2] == ["Anna van den Berg", "Piet Klaassen"]
        assert again.guest(2).presence is Presence.INSIDE


def test_guests_sort_under_the_last_name_without_tussenvoegsel(store: Store) -> None:
    assert [g.last_name for g in store.guests()] == [
        "Berg",
        "Klaassen",
        "Østergaard",
        "Vries",
        "Yılmaz",
    ]


def test_search_folds_accents_and_case(store: Store) -> None:
    assert [g.name for g in store.search("zoe")] == ["Zoë Yılmaz"]
    assert [g.name for g in store.search("YILMAZ")] == ["Zoë Yılmaz"]
    assert [g.name for g in store.search("soren oster")] == ["Søren Østergaard"]
    assert [g.name for g in store.search("mozaiek")] == ["Anna van den Berg"]
    assert [g.code for g in store.search("1003")] == ["1003"]


def test_a_schema_1_file_opens_and_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.checkin"
    raw = sqlite3.connect(path)
    raw.executescript((DATA / "schema_v1.sql").read_text())
    raw.close()
    with Store.open(path) as s:
        ev = s.event()
        assert (ev.name, ev.inside, ev.retention_days, ev.door_question) == (
            "Oud evenement",
            1,
            14,
            "",
        )
        anna = s.guest(1)
        assert anna.presence is Presence.INSIDE and anna.party == 1 and anna.seat == ""
        assert s.scans()[0].people == 1
        # the migrated event works at the door: Anna leaves as one person, Jan comes in
        d = DoorService(s)
        assert d.scan("1001", exit=True).inside == 0
        assert d.scan("1002").verdict is Verdict.ADMITTED
    check = sqlite3.connect(path)
    assert check.execute("SELECT value FROM meta").fetchone() == (str(SCHEMA_VERSION),)
    check.close()


def test_a_file_from_a_newer_version_is_refused(store: Store, event_path: Path) -> None:
    store.close()
    raw = sqlite3.connect(event_path)
    raw.execute("UPDATE meta SET value = '99'")
    raw.commit()
    raw.close()
    with pytest.raises(SchemaTooNew, match="newer version"):
        Store.open(event_path)


def test_other_files_are_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFound):
        Store.open(tmp_path / "missing.checkin")
    junk = tmp_path / "notes.checkin"
    junk.write_text("this is not a database")
    with pytest.raises(NotAnEventStore, match="notes.checkin: this is not an event file"):
        Store.open(junk)
    other = tmp_path / "other.checkin"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotAnEventStore):
        Store.open(other)


def test_creating_over_an_event_is_refused(store: Store, event_path: Path) -> None:
    with pytest.raises(StoreExists):
        Store.create(event_path, name="Again", capacity=5)
    assert store.event().name == "Inspiratiesessie Nieuw-West"


def test_editing_a_guest_keeps_the_check_in(store: Store) -> None:
    DoorService(store).scan("1001")
    g = store.update_guest(
        1,
        GuestInput(
            first_name="Anna",
            middle="van den",
            last_name="Berg",
            organisation="Tolhuistuin",
            email="anna@example.nl",
        ),
    )
    assert g.organisation == "Tolhuistuin" and g.code == "1001"
    assert g.presence is Presence.INSIDE
    assert store.set_cancelled(2, True).cancelled


def _names_list(path: Path, names: list[str]) -> Path:
    path.write_text("Naam\n" + "".join(f"{n}\n" for n in names), encoding="utf-8")
    return path


def test_reimporting_namesakes_does_not_multiply_them(store: Store, tmp_path: Path) -> None:
    twins = _names_list(tmp_path / "a.csv", ["Jan Jansen", "Jan Jansen"])
    first = import_guest_list(store, twins)
    again = import_guest_list(store, twins)
    assert (first.imported, again.imported, again.updated) == (2, 0, 0)  # matched, unchanged
    assert [g.name for g in store.guests()].count("Jan Jansen") == 2


def test_a_reimport_reports_progress_for_updates_too(store: Store, tmp_path: Path) -> None:
    rows = _names_list(tmp_path / "a.csv", [f"Gast {i}" for i in range(2500)])
    import_guest_list(store, rows)
    calls: list[tuple[int, int]] = []
    again = import_guest_list(store, rows, progress=lambda done, total: calls.append((done, total)))
    assert again.imported == 0 and len(store.guests()) == 2505
    assert calls[-1][0] == calls[-1][1] and len(calls) >= 4
    assert all(a[0] / a[1] <= b[0] / b[1] for a, b in zip(calls, calls[1:], strict=False))


def test_a_database_error_never_carries_a_guests_data(store: Store) -> None:
    """Error text reaches logs and crash reports: the statement's parameters stay out."""
    with pytest.raises(IntegrityError) as caught, store.write() as tx:
        tx.conn.execute(
            sa.insert(guest_t).values(
                id=1, name="Geheime Gast", email="geheim@example.nl", code="1001"
            )
        )
    assert "Geheime" not in str(caught.value) and "geheim@" not in str(caught.value)
    assert "parameters hidden" in str(caught.value)
