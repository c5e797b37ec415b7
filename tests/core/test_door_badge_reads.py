"""What a door's badge printer reads, as door calls: ``event()`` (name, date, language,
badge design) and ``guest(id)`` (a badge printed again). Connected they are the
server's; with the server stopped hard, the door's own copy answers, the design kept
from the last connected read; a guest the server does not know is the server's
answer, not a silence that takes the door offline.

A private PostgreSQL cluster (tests/pgcluster.py), stopped in the middle.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checkin.door import DoorService, Verdict
from checkin.errors import GuestNotFound
from checkin.models import GuestInput
from checkin.offline.door import OfflineDoor
from checkin.store import Store
from tests.conftest import T0
from tests.pgcluster import PgCluster

DESIGN = {"accent": "#1f6f43", "role_band": False}


def _event(location: str | Path) -> Store:
    store = Store.create(location, name="Zomerfeest", capacity=20, event_date=T0.date())
    store.update_event(badge_design=DESIGN, language="nl")
    store.add_guest(GuestInput(name="Anna de Wit", organisation="Groen & Co", code="C001"))
    return store


def test_the_door_service_reads_the_event_and_a_guest_from_the_store(tmp_path: Path) -> None:
    with _event(tmp_path / "e.checkin") as store:
        (anna,) = store.guests()
        door = DoorService(store, door="Hal")
        event = door.event()
        assert (event.name, event.badge_design, event.language) == ("Zomerfeest", DESIGN, "nl")
        assert door.guest(anna.id) == anna
        with pytest.raises(GuestNotFound):
            door.guest(anna.id + 100)


@pytest.mark.postgres
@pytest.mark.slow
def test_offline_the_copy_answers_with_the_design_kept(
    pg_cluster: PgCluster, tmp_path: Path
) -> None:
    url = pg_cluster.create_database()
    with _event(url) as store:
        (anna,) = store.guests()
    door = OfflineDoor(url, "Hal", tmp_path / "hal", background=False)
    try:
        door.flush()
        assert door.event().badge_design == DESIGN  # the server's, kept in the copy
        with pytest.raises(GuestNotFound):
            door.guest(anna.id + 100)  # the server's answer ...
        assert door.online  # ... not a silence: the door stays connected

        pg_cluster.stop("immediate")
        admitted = door.scan("C001")
        assert admitted.verdict is Verdict.ADMITTED and admitted.offline
        event = door.event()
        assert (event.name, event.date, event.language) == ("Zomerfeest", T0.date(), "nl")
        assert event.badge_design == DESIGN
        guest = door.guest(anna.id)
        assert (guest.name, guest.organisation, guest.code) == (
            "Anna de Wit",
            "Groen & Co",
            "C001",
        )
        with pytest.raises(GuestNotFound):
            door.guest(anna.id + 100)
        assert not door.online
    finally:
        door.close()
