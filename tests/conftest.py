"""Fixtures every test may use: a real event file in tmp_path, a fixed clock."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from checkin.models import GuestInput
from checkin.store import Store
from tests.guestlists import import_guests
from tests.pgcluster import pg_cluster  # noqa: F401  (a private server to stop and freeze)

T0 = datetime(2021, 6, 18, 17, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand, so every logged time is exact."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self, minutes: float = 1) -> datetime:
        self.now = self.now + timedelta(minutes=minutes)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def seed(store: Store, guests: list[GuestInput], file_name: str = "seed.csv") -> None:
    """Give the event these guests the way production does: a guest list read by the
    import (tests/guestlists.py), at T0."""
    import_guests(store, guests, file_name=file_name, now=T0)


@pytest.fixture
def event_path(tmp_path: Path) -> Path:
    return tmp_path / "event.checkin"


@pytest.fixture
def store(event_path: Path) -> Iterator[Store]:
    """An event of capacity 3 with five guests: G1..G5 with codes 1001..1005, G5 cancelled."""
    s = Store.create(
        event_path, name="Inspiratiesessie Nieuw-West", capacity=3, event_date=T0.date(), now=T0
    )
    seed(
        s,
        [
            GuestInput(
                first_name="Anna",
                middle="van den",
                last_name="Berg",
                organisation="Podium Mozaïek",
                email="anna@example.nl",
                code="1001",
            ),
            GuestInput(
                first_name="Zoë",
                last_name="Yılmaz",
                organisation="Studio Ğ",
                email="zoe@example.nl",
                code="1002",
            ),
            GuestInput(first_name="Jan", middle="de", last_name="Vries", code="1003"),
            GuestInput(first_name="Søren", last_name="Østergaard", code="1004"),
            GuestInput(first_name="Piet", last_name="Klaassen", code="1005", cancelled=True),
        ],
    )
    yield s
    s.close()


# --- PostgreSQL, for the several-doors tests -------------------------------

PG_URL = os.environ.get("CHECKIN_TEST_PG_URL", "")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards.

    .ci/run starts a throwaway server and sets CHECKIN_TEST_PG_URL; on a
    developer's machine without one these tests are skipped, in CI they fail.
    """
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("CI is set but CHECKIN_TEST_PG_URL is not: .ci/run must start PostgreSQL")
        pytest.skip("no PostgreSQL server: set CHECKIN_TEST_PG_URL (see README, Several doors)")
    import psycopg

    name = f"checkin_test_{uuid.uuid4().hex[:12]}"
    admin = PG_URL
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = admin.rpartition("/")
    yield f"{base}/{name}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
