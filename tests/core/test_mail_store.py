"""The outbox in the event store: an older file gets it, and the import names bad addresses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa
from email_validator import validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from checkin.guestlist import import_guest_list
from checkin.guestlist.emails import _PLAIN, address_problem, plainly_valid
from checkin.mail import outbox
from checkin.mail.outbox import Ticket
from checkin.models import GuestInput
from checkin.store import SCHEMA_VERSION, Store, metadata
from tests.conftest import T0


def test_a_schema_5_file_gets_the_outbox(tmp_path: Path) -> None:
    path = tmp_path / "old.checkin"
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:  # schema 5: no outbox, and none of schema 8's door columns
        metadata.create_all(conn, tables=[t for t in metadata.sorted_tables if t.name != "outbox"])
        for column in ("copy_seq", "copy_uuid", "restored"):
            conn.execute(sa.text(f"ALTER TABLE door DROP COLUMN {column}"))
        conn.execute(sa.text("INSERT INTO meta VALUES ('schema_version', '5')"))
        conn.execute(
            sa.text(
                "INSERT INTO event (id, name, capacity, tag, created_at) "
                "VALUES (1, 'Oud', 2, 'ABCD', '2021-06-18T17:00:00.000000+00:00')"
            )
        )
    engine.dispose()
    with Store.open(path) as store:
        guest = store.add_guest(GuestInput(name="Anna", email="anna@example.nl", code="A1"))
        outbox.mark_sending(store, guest, "<ticket.x@example.nl>", 0, T0)
        outbox.mark(store, guest.id, "sent", "250 ok", T0)
        assert outbox.states(store, [guest])[guest.id].ticket is Ticket.SENT
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT value FROM meta").fetchone() == (str(SCHEMA_VERSION),)
    assert raw.execute("SELECT guest_id, state FROM outbox").fetchall() == [(1, "sent")]
    door_columns = {r[1] for r in raw.execute("PRAGMA table_info(door)")}
    assert {"copy_seq", "copy_uuid", "restored"} <= door_columns  # schema 8, on the way
    raw.close()


def test_the_import_names_each_address_no_ticket_can_go_to(tmp_path: Path) -> None:
    path = tmp_path / "gasten.csv"
    path.write_text(
        "Naam;E-mailadres\n"
        "Anna de Vries;anna@example.nl\n"
        "Kees Jansen;kees@@example.nl\n"
        "Łucja Øberg-Şahin;łucja@example.nl\n"
        "Jan Bakker;jan.bakker@example\n"
        "Piet Zonder;\n",
        encoding="utf-8",
    )
    with Store.create(tmp_path / "e.checkin", name="Gala", capacity=9, now=T0) as store:
        report = import_guest_list(store, path, now=T0)
        assert report.imported == 5  # a bad address is kept as typed: nothing lost
        notes = {n.row: n.reason for n in report.warnings}
        assert set(notes) == {3, 5}
        assert "'kees@@example.nl' is not a valid address" in notes[3]
        assert "gets no ticket by e-mail" in notes[5]
        assert any("row 3: the email 'kees@@example.nl'" in line for line in report.lines())
        counts = outbox.counts(store)
    assert (counts["due"], counts["invalid_address"], counts["no_address"]) == (2, 2, 1)


@settings(max_examples=400, deadline=None)
@given(st.from_regex(_PLAIN, fullmatch=True))
def test_the_fast_path_accepts_only_what_email_validator_accepts(address: str) -> None:
    if plainly_valid(address):
        validate_email(address, check_deliverability=False)  # raises if the fast path lied


def test_the_fast_path_leaves_the_doubtful_to_email_validator() -> None:
    for address in (
        "anna@example.test",
        "a..b@example.nl",
        "anna@ex--ample.nl",
        "anna@localhost",
        "łucja@example.nl",
        "anna@example.123",
        "x" * 65 + "@example.nl",
    ):
        assert not plainly_valid(address), address
    assert address_problem("a..b@example.nl") is not None
    assert address_problem("anna@example.test") is not None
    assert address_problem("łucja@example.nl") is None  # valid, through email-validator
    assert plainly_valid("anna.de-vries+gala@mail.example.nl")
