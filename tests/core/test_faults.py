"""Store faults with real files: each named in one sentence, exit 2, the file unchanged.

The tests run as root in CI, where chmod stops nothing: a read-only folder is a
tmpfs remounted read-only, a full disk a tiny tmpfs filled up. Where mounting
is impossible (no root, no mount namespace) those tests skip with the reason.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import seed

ROOT = Path(__file__).resolve().parents[2]
CODES = [f"F{i:05d}" for i in range(3000)]


def checkin(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "checkin.cli", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_event(path: Path, guests: int = 3000) -> Path:
    with Store.create(path, name="Storingen", capacity=100) as s:
        seed(s, [GuestInput(name=f"Gast {c}", code=c) for c in CODES[:guests]])
    return path


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_event(tmp_path_factory.mktemp("template") / "event.checkin")


def refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 2, one sentence on stderr naming the fault, nothing on stdout, no traceback."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("checkin: ")
    for word in words:
        assert word in result.stderr, result.stderr
    assert result.stdout == ""


# --- mounts -------------------------------------------------------------------


@contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
        text=True,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({made.stderr.strip() or 'not root'})")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def remount_read_only(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True, capture_output=True)


def fill(where: Path) -> None:
    """Write until the filesystem says no more."""
    fh = (where / "filler").open("wb", buffering=0)
    try:
        while True:
            fh.write(b"\0" * 4096)
    except OSError:
        pass
    finally:
        fh.close()


# --- the faults -----------------------------------------------------------------


def test_a_read_only_folder_refuses_scans_and_still_reads(tmp_path: Path, template: Path) -> None:
    with tmpfs(tmp_path / "stick", "4m") as stick:
        event = stick / "event.checkin"
        event.write_bytes(template.read_bytes())
        remount_read_only(stick)
        before = digest(event)
        refused(checkin("scan", str(event), "F00001"), "read-only", "nothing was changed")
        refused(checkin("scan", str(event), stdin=b"F00001\n"), "read-only")
        refused(checkin("import", str(event), str(event)), "read-only")
        refused(
            checkin("new", str(stick / "new.checkin"), "--name", "X", "--capacity", "3"),
            "read-only",
        )
        # the reading commands work on the read-only medium
        status = checkin("status", str(event), "--json")
        assert status.returncode == 0, status.stderr
        assert json.loads(status.stdout)["guests"] == 3000
        guests = checkin("guests", str(event), "--json")
        assert guests.returncode == 0 and len(json.loads(guests.stdout)) == 3000
        out = tmp_path / "attendance.csv"
        export = checkin("export", str(event), "-o", str(out))
        assert export.returncode == 0, export.stderr
        assert out.read_text(encoding="utf-8-sig").count("\n") >= 3000
        assert checkin("inside", str(event)).returncode == 0
        assert digest(event) == before
        assert sorted(p.name for p in stick.iterdir()) == ["event.checkin"]


def test_an_older_file_on_read_only_media_is_read_from_a_copy(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "cd", "4m") as cd:
        event = cd / "old.checkin"
        raw = sqlite3.connect(event)  # a file written by the first version
        raw.executescript((ROOT / "tests/core/data/schema_v1.sql").read_text())
        raw.close()
        remount_read_only(cd)
        before = digest(event)
        guests = checkin("guests", str(event), "--json")
        assert guests.returncode == 0, guests.stderr
        assert "Anna" in guests.stdout
        assert checkin("status", str(event)).returncode == 0
        assert digest(event) == before
        assert sorted(p.name for p in cd.iterdir()) == ["old.checkin"]


def test_a_full_disk_is_named_and_nothing_changes(tmp_path: Path, template: Path) -> None:
    with tmpfs(tmp_path / "disk", "1m") as disk:
        event = disk / "event.checkin"
        event.write_bytes(template.read_bytes())
        fill(disk)
        before = digest(event)
        refused(checkin("scan", str(event), "F00001"), "the disk is full", "nothing was changed")
        # the stream answers every line with the reason and goes on
        stream = checkin("scan", str(event), "--json", stdin=b"F00001\nF00002\n")
        answers = [json.loads(x) for x in stream.stdout.splitlines()]
        assert [a["verdict"] for a in answers] == ["error", "error"]
        assert "the disk is full" in answers[0]["reason"]
        assert stream.returncode == 1
        refused(
            checkin("new", str(disk / "new.checkin"), "--name", "X", "--capacity", "3"),
            "the disk is full",
        )
        assert not (disk / "new.checkin").exists()  # no half-made event left behind
        # reading still works on a full disk
        status = checkin("status", str(event), "--json")
        assert status.returncode == 0, status.stderr
        assert digest(event) == before
        # with room again, the same stream admits
        (disk / "filler").unlink()
        again = checkin("scan", str(event), stdin=b"F00001\n")
        assert again.stdout.startswith("admitted"), again.stderr


def test_a_file_locked_by_another_program(tmp_path: Path, template: Path) -> None:
    event = tmp_path / "event.checkin"
    event.write_bytes(template.read_bytes())
    before = digest(event)
    other = sqlite3.connect(event, isolation_level=None)
    try:
        other.execute("PRAGMA locking_mode=EXCLUSIVE")
        other.execute("BEGIN EXCLUSIVE")
        other.execute("SELECT COUNT(*) FROM guest").fetchone()
        refused(checkin("scan", str(event), "F00001"), "locked by another program")
        refused(checkin("status", str(event)), "locked by another program")
        stream = checkin("scan", str(event), "--json", stdin=b"F00001\n")
        assert [json.loads(x)["verdict"] for x in stream.stdout.splitlines()] == ["not_connected"]
        assert stream.returncode == 1
    finally:
        other.rollback() if other.in_transaction else None
        other.close()
    assert digest(event) == before


def _damage_a_guest_page(event: Path) -> list[str]:
    """Overwrite one leaf page of the guest table in the middle of the file; the codes
    whose rows were on it."""
    with sqlite3.connect(event) as conn:
        pages = [
            r[0]
            for r in conn.execute(
                "SELECT pageno FROM dbstat WHERE name = 'guest' AND pagetype = 'leaf' "
                "ORDER BY pageno"
            )
        ]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    page = pages[len(pages) // 2]
    with event.open("r+b") as fh:
        fh.seek((page - 1) * page_size)
        fh.write(b"\xde\xad\xbe\xef" * (page_size // 4))
    damaged = []
    with sqlite3.connect(event) as conn:
        for code in CODES:
            try:
                conn.execute("SELECT * FROM guest WHERE code = ?", (code,)).fetchall()
            except sqlite3.DatabaseError:
                damaged.append(code)
    conn.close()
    assert damaged, "the damaged page held no guest"
    return damaged


def test_a_damaged_file_is_kept_and_never_offered_for_deletion(
    tmp_path: Path, template: Path
) -> None:
    event = tmp_path / "event.checkin"
    event.write_bytes(template.read_bytes())
    damaged = _damage_a_guest_page(event)
    before = digest(event)
    result = checkin("scan", str(event), damaged[0])
    refused(result, "damaged", "a copy of the file is kept as event.checkin.damaged-")
    assert "delete" not in result.stderr.replace("do not delete", "")
    copies = list(tmp_path.glob("event.checkin.damaged-*"))
    assert len(copies) == 1 and digest(copies[0]) == before
    assert digest(event) == before
    # asked again, the same copy serves: the folder does not fill with copies
    refused(checkin("scan", str(event), damaged[1]), "damaged")
    assert list(tmp_path.glob("event.checkin.damaged-*")) == copies


def test_a_stream_reaching_a_damaged_page_answers_error_and_goes_on(
    tmp_path: Path, template: Path
) -> None:
    event = tmp_path / "event.checkin"
    event.write_bytes(template.read_bytes())
    damaged = set(_damage_a_guest_page(event))
    healthy = [c for c in CODES if c not in damaged]
    order = [healthy[0], sorted(damaged)[0], healthy[1], sorted(damaged)[1], healthy[2]]
    stream = checkin("scan", str(event), "--json", stdin="".join(c + "\n" for c in order).encode())
    answers = [json.loads(x) for x in stream.stdout.splitlines()]
    assert [a["verdict"] for a in answers] == [
        "admitted",
        "error",
        "admitted",
        "error",
        "admitted",
    ], stream.stderr
    assert "damaged" in answers[1]["reason"]
    assert stream.returncode == 1 and "Traceback" not in stream.stderr


def test_the_damaged_first_page_is_damaged_not_something_else(
    tmp_path: Path, template: Path
) -> None:
    event = tmp_path / "event.checkin"
    event.write_bytes(template.read_bytes())
    with event.open("r+b") as fh:  # keep SQLite's header, ruin the table list after it
        fh.seek(100)
        fh.write(b"\xff" * 3000)
    before = digest(event)
    refused(checkin("status", str(event)), "damaged", "a copy of the file is kept")
    assert digest(event) == before


def test_a_zero_byte_file_is_refused_and_stays_zero_bytes(tmp_path: Path) -> None:
    event = tmp_path / "empty.checkin"
    event.touch()
    for args in (["scan", str(event), "X"], ["status", str(event)], ["guests", str(event)]):
        refused(checkin(*args), "not an event file", "empty")
    refused(checkin("scan", str(event), stdin=b"X\n"), "empty")
    assert event.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.checkin"]


def test_not_an_event_file_is_left_as_it_was(tmp_path: Path) -> None:
    junk = tmp_path / "photo.checkin"
    junk.write_bytes(bytes(range(256)) * 40)
    other = tmp_path / "other.checkin"  # a SQLite file of some other program, not in WAL
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")
        conn.execute("INSERT INTO bookmarks VALUES ('https://example.org')")
    conn.close()
    for path in (junk, other):
        before = digest(path)
        refused(checkin("scan", str(path), "X"), "this is not an event file")
        refused(checkin("status", str(path)), "this is not an event file")
        assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.checkin", "photo.checkin"]


def test_a_file_from_a_newer_version_is_refused_untouched(tmp_path: Path, template: Path) -> None:
    event = tmp_path / "event.checkin"
    event.write_bytes(template.read_bytes())
    with sqlite3.connect(event) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.close()
    before = digest(event)
    for args in (["scan", str(event), "F00001"], ["status", str(event)]):
        refused(checkin(*args), "written by a newer version")
    assert digest(event) == before


def test_reading_commands_change_nothing(tmp_path: Path, template: Path) -> None:
    """Read-only connections (mode=ro): they never checkpoint, so they can never delete a
    -wal a door is writing into (tests/core/test_one_connection.py). What they may leave
    beside a file nobody else had open is an empty -wal and the -shm, which the next door
    to open the file tidies."""
    event = tmp_path / "event.checkin"
    event.write_bytes(template.read_bytes())
    before = digest(event)
    for args in (["status", str(event)], ["guests", str(event)], ["inside", str(event)]):
        assert checkin(*args).returncode == 0
    assert digest(event) == before
    assert Path(f"{event}-wal").stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "event.checkin",
        "event.checkin-shm",
        "event.checkin-wal",
    ]


def test_a_reading_command_upgrades_an_older_writable_file_in_place(tmp_path: Path) -> None:
    event = tmp_path / "old.checkin"
    raw = sqlite3.connect(event)
    raw.executescript((ROOT / "tests/core/data/schema_v1.sql").read_text())
    raw.close()
    assert checkin("status", str(event)).returncode == 0
    with sqlite3.connect(event) as conn:
        version = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    conn.close()
    from checkin.store import SCHEMA_VERSION

    assert version == (str(SCHEMA_VERSION),)
