"""One store connection per process: every admission a door answered is in the file.

SQLite's locks are POSIX advisory locks: a process loses all of its locks on a file as
soon as it closes *any* descriptor of that file. A door whose locks are gone looks
closed to everyone else, and the next connection to close elsewhere checkpoints and
deletes the -wal the door is still writing into: what it admits after that is gone at
the next crash (SQLite's "How To Corrupt An SQLite Database File", section 2.2).

A real door process (a writer with one Store) admits guests; between admissions it runs
every path of ours that could touch the event file in that process (a second Store,
copies, the damaged-file copy), and other processes read the file (``checkin status``
and the other reading commands, a plain read-write SQLite connection, a plain open()
and a hash). Then the door is killed (SIGKILL, a crash) and the admissions are counted.
The file choosers are covered with the real app in tests/ui/test_lost_admissions.py.
"""

from __future__ import annotations

import hashlib
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import seed

ROOT = Path(__file__).resolve().parents[2]
CODES = [f"L{i:03d}" for i in range(40)]
DEADLINE = 30

# The door: one Store, one DoorService; each line on stdin is one command, answered by
# one line. "scan CODE" admits; any other command runs one of the app's paths that may
# touch the event file, in this process, beside the live store.
DOOR = r"""
import os, shutil, sys
from pathlib import Path
from checkin.copying import copy_event
from checkin.door.service import DoorService
from checkin.store import Store
from checkin.store.faults import keep_copy
from checkin.store.opening import copy_for_reading, sqlite_copy

event, spare = Path(sys.argv[1]), Path(sys.argv[2])
store = Store.open(event)
door = DoorService(store, door="A")

def fresh(name):
    for suffix in ("", "-wal", "-shm"):
        Path(f"{spare / name}{suffix}").unlink(missing_ok=True)
    return spare / name

PATHS = {
    "plain-open": lambda: os.close(os.open(event, os.O_RDONLY)),  # what we never do
    "second-store": lambda: Store.open(event).close(),
    "reading-store": lambda: Store.open(event, read_only=True).close(),
    "backup-copy": lambda: sqlite_copy(event, fresh("backup.checkin")),
    "read-copy": lambda: shutil.rmtree(copy_for_reading(event)[0]),
    "damaged-copy": lambda: keep_copy(event),
    "copy-event": lambda: copy_event(event, fresh("copy.checkin")).close(),
}
print("ready", flush=True)
for line in sys.stdin:
    command, _, code = line.strip().partition(" ")
    if command == "scan":
        print(door.scan(code).verdict.value, flush=True)
    else:
        PATHS[command]()
        print("done", flush=True)
"""

APP_PATHS = [
    "second-store",
    "reading-store",
    "backup-copy",
    "read-copy",
    "damaged-copy",
    "copy-event",
]


class Door:
    def __init__(self, event: Path, spare: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", DOOR, str(event), str(spare)],
            cwd=ROOT,
            text=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert self.ask(None) == "ready"

    def ask(self, line: str | None) -> str:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        if line is not None:
            self.proc.stdin.write(line + "\n")
            self.proc.stdin.flush()
        watchdog = threading.Timer(DEADLINE, self.proc.kill)  # a door that hangs ends here
        watchdog.start()
        try:
            answer = self.proc.stdout.readline().strip()
        finally:
            watchdog.cancel()
        if not answer:
            self.proc.kill()
            pytest.fail(f"the door died or hung: {self.proc.communicate()[1][-2000:]}")
        return answer

    def crash(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.communicate(timeout=DEADLINE)  # and closes the pipes


@contextmanager
def door(event: Path, spare: Path) -> Iterator[Door]:
    d = Door(event, spare)
    try:
        yield d
    finally:
        if d.proc.poll() is None:
            d.crash()


@pytest.fixture
def event(tmp_path: Path) -> Path:
    path = tmp_path / "event.checkin"
    with Store.create(path, name="Eén verbinding", capacity=100) as s:
        seed(
            s,
            [GuestInput(first_name="Gast", last_name=c, code=c) for c in CODES],
            file_name="list.csv",
        )
    (tmp_path / "spare").mkdir()
    return path


def checkin(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checkin.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=DEADLINE,
    )


def status_inside(event: Path) -> int:
    """`checkin status`, a reader in another process: the headcount it reports."""
    result = checkin("status", str(event))
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split(" / ")[0])


def admitted_in_file(event: Path) -> int:
    """What is on disk once every process is gone: a fresh read-only look."""
    conn = sqlite3.connect(f"{event.as_uri()}?mode=ro", uri=True)
    try:
        return int(
            conn.execute("SELECT count(*) FROM scan WHERE verdict = 'admitted'").fetchone()[0]
        )
    finally:
        conn.close()


def read_write_reader(event: Path) -> None:
    """Another program with a plain read-write connection (a DB browser): its close
    checkpoints and deletes the -wal if it believes it is the last one on the file."""
    conn = sqlite3.connect(event)
    try:
        conn.execute("SELECT count(*) FROM scan").fetchone()
    finally:
        conn.close()


def locks_held(pid: int, path: Path) -> bool:
    """Whether process ``pid`` holds a POSIX lock on ``path`` (Linux's /proc/locks)."""
    inode = path.stat().st_ino
    for line in Path("/proc/locks").read_text().split("\n"):
        fields = line.split()
        if len(fields) > 5 and fields[4] == str(pid) and fields[5].endswith(f":{inode}"):
            return True
    return False


def test_the_mechanism_one_close_in_the_door_and_a_read_write_reader_lose_admissions(
    event: Path,
) -> None:
    """What the rest of this file guards against, shown: one open()/close() of the event
    file in the door's process, one read-write reader in another, and two admissions the
    door showed are not in the file after a crash. (Before this fix, opening a second
    Store read the file's header this way, and `checkin status` was a read-write reader.)"""
    with door(event, event.parent / "spare") as d:
        assert d.ask(f"scan {CODES[0]}") == "admitted"
        d.ask("plain-open")
        if Path("/proc/locks").exists():
            assert not locks_held(d.proc.pid, event)
        read_write_reader(event)  # it closes last, as far as SQLite can tell
        assert not Path(f"{event}-wal").exists()  # the door's -wal, deleted under it
        assert d.ask(f"scan {CODES[1]}") == "admitted"
        assert d.ask(f"scan {CODES[2]}") == "admitted"
        d.crash()
    assert admitted_in_file(event) == 1


def test_every_admission_is_in_the_file_after_every_path_readers_and_a_crash(event: Path) -> None:
    admitted = 0
    with door(event, event.parent / "spare") as d:
        for i, path in enumerate(APP_PATHS):
            assert d.ask(f"scan {CODES[i]}") == "admitted"
            admitted += 1
            assert d.ask(path) == "done"
            if Path("/proc/locks").exists():
                for file in (event, Path(f"{event}-shm")):  # the -shm holds the WAL's locks
                    assert locks_held(d.proc.pid, file), f"{path} dropped the locks on {file}"
            # other processes: a plain open and a hash (a backup tool), the reading
            # commands, and a plain read-write connection that would delete the -wal
            # if the door's locks were gone
            with event.open("rb") as f:
                hashlib.sha256(f.read()).hexdigest()
            assert status_inside(event) == admitted
            read_write_reader(event)
            assert Path(f"{event}-wal").exists(), f"the -wal was deleted after {path}"
        spare = event.parent / "spare"
        for args in (
            ["guests", str(event)],
            ["inside", str(event)],
            ["export", str(event), "-o", str(spare / "a.xlsx")],
            ["doorlist", str(event), "-o", str(spare / "d.pdf")],
            ["badges", str(event), "-o", str(spare / "b.pdf")],
            ["copy", str(event), str(spare / "c2.checkin")],
        ):
            result = checkin(*args)
            assert result.returncode == 0, result.stderr
        for code in CODES[len(APP_PATHS) : len(APP_PATHS) + 3]:
            assert d.ask(f"scan {code}") == "admitted"
            admitted += 1
        assert status_inside(event) == admitted
        d.crash()
    assert admitted_in_file(event) == admitted == len(APP_PATHS) + 3
    assert status_inside(event) == admitted  # and a reader after the crash sees them all


def test_a_read_only_reader_works_beside_a_live_writer_and_after_its_crash(event: Path) -> None:
    """`checkin status` opens mode=ro: it reads what a live door wrote into its -wal
    (through the -shm, which SQLite makes if it is missing), and after the door crashed
    it reads the -wal the door left; it never removes either."""
    with door(event, event.parent / "spare") as d:
        for n, code in enumerate(CODES[:3], start=1):
            assert d.ask(f"scan {code}") == "admitted"
            assert status_inside(event) == n
        d.crash()
    assert Path(f"{event}-wal").stat().st_size > 0
    Path(f"{event}-shm").unlink()
    assert status_inside(event) == 3
    assert Path(f"{event}-wal").stat().st_size > 0
    assert admitted_in_file(event) == 3
