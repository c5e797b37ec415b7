"""One atomic write for every document: a temporary file beside the target, fsync, rename;
what a killed writer leaves behind is removed by the next write in that folder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checkin.documents.export import export_attendance
from checkin.documents.files import (
    STALE_AFTER,
    TEMP_SUFFIX,
    clean_stale,
    clean_stale_folders,
    write_atomically,
)
from checkin.errors import Cancelled, OutputError
from checkin.store import Store

ROOT = Path(__file__).resolve().parents[2]
WRITER = """
import sys, time
from pathlib import Path
from checkin.documents.badges import write_badges
from checkin.store import Store

def stall(done, total):
    print("writing", flush=True)
    time.sleep(120)

with Store.open(sys.argv[1]) as store:
    write_badges(store, Path(sys.argv[2]), progress=stall)
"""


def ours(folder: Path) -> list[Path]:
    return sorted(folder.glob(f".*{TEMP_SUFFIX}"))


def test_a_killed_export_leaves_nothing_after_the_next_one(
    store: Store, event_path: Path, tmp_path: Path
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    store.close()
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(event_path), str(out_dir / "badges.pdf")],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "writing"  # the temp file is open now
        left = ours(out_dir)
        assert len(left) == 1 and f".{writer.pid}." in left[0].name
    finally:
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=30)
        if writer.stdout is not None:
            writer.stdout.close()
    assert ours(out_dir) == left  # a killed process cannot clean up after itself
    assert not (out_dir / "badges.pdf").exists()
    with Store.open(event_path) as again:
        export_attendance(again, out_dir / "attendance.xlsx")
    assert ours(out_dir) == []
    assert sorted(p.name for p in out_dir.iterdir()) == ["attendance.xlsx"]


def test_a_live_writer_keeps_its_file_and_an_old_one_goes(tmp_path: Path) -> None:
    mine = tmp_path / f".a.pdf.{os.getpid()}.0123abcd{TEMP_SUFFIX}"
    mine.write_bytes(b"being written")
    foreign = tmp_path / f".b.pdf.999999999.0123abcd{TEMP_SUFFIX}"  # no such process
    foreign.write_bytes(b"left by a dead writer")
    stranger = tmp_path / ".c.pdf.1234.part"  # not ours: never touched
    stranger.write_bytes(b"someone else's")
    assert clean_stale(tmp_path) == [foreign]
    assert mine.exists() and stranger.exists()
    assert clean_stale(tmp_path, now=time.time() + STALE_AFTER + 60) == [mine]


def test_a_failed_or_cancelled_write_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "list.csv"
    out.write_text("yesterday")

    def cancel(tmp: Path) -> None:
        tmp.write_text("half")
        raise Cancelled("The export")

    with pytest.raises(Cancelled):
        write_atomically(out, cancel)
    assert out.read_text() == "yesterday" and ours(tmp_path) == []
    with pytest.raises(OutputError, match="the folder does not exist"):
        write_atomically(tmp_path / "missing" / "list.csv", lambda tmp: None)
    assert write_atomically(out, lambda tmp: tmp.write_text("today")) == 5
    assert out.read_text() == "today" and ours(tmp_path) == []


def test_scratch_folders_of_a_dead_app_are_removed(tmp_path: Path) -> None:
    dead = tmp_path / "checkin-badges-999999999-AbCdEf"
    alive = tmp_path / f"checkin-badges-{os.getpid()}-XyZ"
    other = tmp_path / "checkin-badgesX-1-a"
    for folder in (dead, alive, other):
        folder.mkdir()
        (folder / "preview-1.pdf").write_bytes(b"%PDF")
    assert clean_stale_folders(tmp_path, "checkin-badges-") == [dead]
    assert not dead.exists() and alive.exists() and other.exists()
