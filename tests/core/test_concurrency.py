"""Real processes on one event file: the cap holds, and no answered scan is lost."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import seed

ROOT = Path(__file__).resolve().parents[2]


def _scanner(event: Path | str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "checkin.cli", "scan", str(event), "--json", *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def make_event(location: Path | str, guests: int, capacity: int) -> list[str]:
    codes = [f"T{i:04d}" for i in range(guests)]
    with Store.create(location, name="Drukte", capacity=capacity) as s:
        seed(s, [GuestInput(name=f"Gast {i}", code=c) for i, c in enumerate(codes)])
    return codes


def check_log_matches_headcount(location: Path | str) -> tuple[int, int]:
    with Store.open(location) as s:
        ev = s.event()
        scans = s.scans()
        in_log = sum(x.people for x in scans if x.verdict == "admitted") - sum(
            x.people for x in scans if x.verdict == "exited"
        )
        with s.read() as conn:
            inside_guests = conn.execute(
                sa.text("SELECT COUNT(*) FROM guest WHERE presence = 'inside'")
            ).scalar_one()
    assert ev.inside == in_log == inside_guests
    return ev.inside, len(scans)


def run_doors(location: Path | str, codes: list[str], doors: int) -> list[dict[str, object]]:
    procs = []
    for n in range(doors):
        order = codes[:]
        random.Random(n).shuffle(order)
        p = _scanner(location, "--door", f"door {n}")
        procs.append((p, order))
    answers: list[dict[str, object]] = []
    for p, order in procs:
        assert p.stdin is not None
        p.stdin.write("".join(c + "\n" for c in order))
        p.stdin.close()
    for p, order in procs:
        assert p.stdout is not None and p.stderr is not None
        out, err = p.stdout.read(), p.stderr.read()
        p.wait(timeout=300)
        p.stdout.close()
        p.stderr.close()
        lines = [json.loads(line) for line in out.splitlines()]
        assert len(lines) == len(order), err
        assert [x["code"] for x in lines] == order
        assert p.returncode == 1  # some were denied
        answers.extend(lines)
    return answers


def test_three_processes_never_admit_past_the_cap(tmp_path: Path) -> None:
    event = tmp_path / "drukte.checkin"
    codes = make_event(event, guests=40, capacity=15)
    answers = run_doors(event, codes, doors=3)
    verdicts = [a["verdict"] for a in answers]
    assert verdicts.count("admitted") == 15
    assert set(verdicts) == {"admitted", "already_inside", "full"}
    # each guest admitted at most once, though all three doors scanned every badge
    admitted = [a["code"] for a in answers if a["verdict"] == "admitted"]
    assert len(set(admitted)) == 15
    inside, logged = check_log_matches_headcount(event)
    assert (inside, logged) == (15, 3 * 40)


def test_a_killed_scanner_loses_no_answered_scan(tmp_path: Path) -> None:
    event = tmp_path / "kill.checkin"
    codes = make_event(event, guests=200, capacity=150)
    p = _scanner(event)
    assert p.stdin is not None and p.stdout is not None
    answered = []
    for i, code in enumerate(codes):
        p.stdin.write(code + "\n")
        p.stdin.flush()
        answered.append(json.loads(p.stdout.readline()))
        if i == 120:
            # the next scan is on its way in when the process dies
            p.stdin.write(codes[i + 1] + "\n")
            p.stdin.flush()
            os.kill(p.pid, signal.SIGKILL)
            break
    p.wait(timeout=10)
    for pipe in (p.stdin, p.stdout, p.stderr):
        if pipe is not None:
            with contextlib.suppress(BrokenPipeError):  # the killed reader had unread input
                pipe.close()
    assert p.returncode == -signal.SIGKILL
    with Store.open(event) as s:
        logged = [(x.raw, x.verdict, x.inside_after) for x in s.scans()]
    printed = [(a["code"], a["verdict"], a["inside"]) for a in answered]
    assert logged[: len(printed)] == printed
    assert len(logged) in (len(printed), len(printed) + 1)
    check_log_matches_headcount(event)


_HOLDER = """
import sys, time
from checkin.store import Store
store = Store.open(sys.argv[1])
with store.write() as tx:
    print("locked", flush=True)
    time.sleep(600)
"""


def test_a_frozen_window_on_the_same_file_gets_not_connected_then_admits(tmp_path: Path) -> None:
    """A second process on one file, stopped inside its write: the busy timeout answers."""
    from tests.core.test_postgres_hangs import Door  # a stream driven one line at a time

    event = tmp_path / "frozen.checkin"
    codes = make_event(event, guests=10, capacity=5)
    door = Door(str(event), "Noord")
    assert door.scan("WARM-UP")[0]["verdict"] == "unknown"
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(event)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"locked\n"
        os.kill(holder.pid, signal.SIGSTOP)
        for code in codes[:2]:
            answer, took = door.scan(code)
            assert answer["verdict"] == "not_connected" and took < 3.0, (answer, took)
        holder.kill()
        holder.wait(timeout=10)
        answer, took = door.scan(codes[2])
        assert answer["verdict"] == "admitted" and took < 3.0, (answer, took)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=10)
        for pipe in (holder.stdout, holder.stderr):
            if pipe is not None:
                pipe.close()
        assert door.close() == 1
    with Store.open(event) as s:
        assert [(x.raw, x.verdict) for x in s.scans()] == [
            ("WARM-UP", "unknown"),
            (codes[2], "admitted"),
        ]
