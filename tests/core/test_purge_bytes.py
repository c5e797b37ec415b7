"""After a purge, no byte of a removed guest is anywhere in the event's files.

Everything a person typed or a list brought in: names, e-mails, imported and
replaced codes, the reasons of overrides and undos, the imported file's name.
The raw bytes of the event file and its -wal are searched, also while another
process holds the event open for reading (the WAL cannot be emptied under it).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import openpyxl
import pytest

from checkin import privacy
from checkin.door import DoorService, Verdict
from checkin.guestlist import import_guest_list
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import Clock

SECRETS = [
    "Marieke",
    "Oosterhuis",
    "marieke@voorbeeld.nl",
    "TKT-778899",
    "TKT-112233",
    "gastenlijst-familie-Oosterhuis",
    "kent de portier persoonlijk",
    "verkeerde persoon gescand",
    "Brouwersgracht",
    "ORD-4455",
]


def _all_bytes(path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-journal"):
        p = Path(f"{path}{suffix}")
        if p.exists():
            data += p.read_bytes()
    return data


def _fill(store: Store, tmp_path: Path, clock: Clock) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Voornaam", "Achternaam", "E-mail", "Ticket", "Adres"])
    sheet.append(
        ["Marieke", "Oosterhuis", "marieke@voorbeeld.nl", "TKT-778899", "Brouwersgracht 12"]
    )
    sheet.append(["Kees", "Smit", "", "TKT-112233", ""])
    path = tmp_path / "gastenlijst-familie-Oosterhuis.xlsx"
    book.save(path)
    import_guest_list(store, path)
    svc = DoorService(store, "Noord", clock=lambda: clock.now)
    marieke = next(g for g in store.guests() if g.email == "marieke@voorbeeld.nl")
    assert svc.reissue(marieke.id).verdict is not Verdict.NOT_CONNECTED  # TKT-778899 replaced
    store.update_guest(
        marieke.id,
        GuestInput(
            first_name="Marieke",
            last_name="Oosterhuis",
            email="marieke@voorbeeld.nl",
            code=store.guest(marieke.id).code,
            cancelled=True,
        ),
    )
    clock(1)
    r = svc.override(marieke.id, "kent de portier persoonlijk")
    assert r.verdict is Verdict.ADMITTED, r
    clock(1)
    assert svc.scan("TKT-112233").verdict is Verdict.ADMITTED
    assert svc.undo("verkeerde persoon gescand").verdict is Verdict.UNDONE
    clock(1)
    assert svc.override("ORD-4455", "kent de portier persoonlijk").verdict is Verdict.ADMITTED


def test_a_purge_leaves_no_byte_of_a_removed_guest(
    store: Store, event_path: Path, tmp_path: Path, clock: Clock
) -> None:
    _fill(store, tmp_path, clock)
    data = _all_bytes(event_path)
    for word in SECRETS:
        assert word.encode() in data, word  # the test searches for what was really there
    inside = store.event().inside

    result = privacy.purge(store, now=clock())

    assert result.wal_emptied
    data = _all_bytes(event_path)
    for word in SECRETS:
        assert word.encode() not in data, f"{word!r} is still in the event's files"
    assert store.event().inside == inside  # the counts stay
    overrides = [s for s in store.scans() if s.override]
    assert len(overrides) == 2 and all(s.reason == "" for s in overrides)
    assert [i.file_name for i in store.imports()] == ["", ""]


_READER = textwrap.dedent("""
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1])
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM guest").fetchone()
    print("reading", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.rollback()
    conn.close()
""")


@pytest.mark.skipif(sys.platform == "win32", reason="a second process holding a read")
def test_a_reader_in_another_process_delays_the_empty_wal_not_the_purge(
    store: Store, event_path: Path, tmp_path: Path, clock: Clock
) -> None:
    """A reader's open snapshot keeps the WAL: the purge waits for it to let go."""
    _fill(store, tmp_path, clock)
    with subprocess.Popen(
        [sys.executable, "-c", _READER, str(event_path), "2"], stdout=subprocess.PIPE, text=True
    ) as reader:
        assert reader.stdout is not None and reader.stdout.readline() == "reading\n"
        result = privacy.purge(store, now=clock())
        reader.wait(timeout=30)
    assert result.wal_emptied  # it waited for the reader (2 s), within its deadline
    data = _all_bytes(event_path)
    for word in SECRETS:
        assert word.encode() not in data, f"{word!r} is still in the event's files"


def test_on_postgresql_no_table_keeps_a_removed_word(
    pg_url: str, tmp_path: Path, clock: Clock
) -> None:
    """The server's files are out of reach; every table's text is searched instead."""
    import sqlalchemy as sa

    with Store.create(pg_url, name="Feest", capacity=10, now=clock.now) as store:
        _fill(store, tmp_path, clock)
        privacy.purge(store, now=clock())
        with store.read() as conn:
            tables = (
                conn.execute(
                    sa.text(
                        "SELECT table_name FROM information_schema.tables "
                        "WHERE table_schema = 'public'"
                    )
                )
                .scalars()
                .all()
            )
            text = "\n".join(
                str(row)
                for table in tables
                for row in conn.execute(sa.text(f'SELECT * FROM "{table}"')).all()
            )
    assert "guest" in tables and "replaced_code" in tables
    for word in SECRETS:
        assert word not in text, f"{word!r} is still in the event"
