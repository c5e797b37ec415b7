"""`python -m checkin` is the `checkin` command: the same commands, exit codes and words."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checkin", *args], capture_output=True, text=True, timeout=60
    )


def test_python_m_checkin_makes_an_event_and_reports_on_it(tmp_path: Path) -> None:
    event = tmp_path / "feest.checkin"
    made = run("new", str(event), "--name", "Feest", "--capacity", "5")
    assert made.returncode == 0, made.stderr
    assert event.is_file()
    status = run("status", str(event))
    assert status.returncode == 0, status.stderr
    assert status.stdout.startswith("0 / 5 inside")


def test_python_m_checkin_refuses_bad_input_with_exit_2_and_no_traceback(tmp_path: Path) -> None:
    done = run("status", str(tmp_path / "weg.checkin"))
    assert done.returncode == 2
    assert "weg.checkin" in done.stderr and "Traceback" not in done.stderr
    assert run("--help").stdout.startswith("usage: checkin")
