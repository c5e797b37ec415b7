"""A broken install: a missing sound or icon does not stop the app (it says so, in the app's
language, and goes on); a missing font or catalogue stops it with one sentence.

The app runs for real (main.py, offscreen, the benchmark's probe to quit once the demo
event is open) on a copy of the shipped resources with files taken out, found before the
installed ones on PYTHONPATH."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checkin import resources
from ui.app import PROBE_ENV
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def run_app(
    tmp_path: Path, *missing: str, language: str = "nl"
) -> subprocess.CompletedProcess[str]:
    packages = tmp_path / "packages"
    copy = packages / resources.PACKAGE
    shutil.copytree(
        resources.translations().parent, copy, ignore=shutil.ignore_patterns("__pycache__", "*.ts")
    )
    for name in missing:
        (copy / name).unlink()
    settings = Settings(tmp_path / "data")
    settings.language = language
    settings.sync()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=f"{packages}{os.pathsep}{ROOT}")
    env[PROBE_ENV] = "1"
    return subprocess.run(
        [sys.executable, "main.py", "--demo", "--data-dir", str(tmp_path / "data")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_without_its_sounds_and_icon_the_app_opens_the_event_and_says_what_is_missing(
    tmp_path: Path,
) -> None:
    done = run_app(tmp_path, "sounds/admitted.wav", "sounds/denied.wav", "icons/checkin.svg")
    assert done.returncode == 0, done.stderr
    assert "ready" in done.stdout  # the demo event opened
    assert (
        "Ontbreekt in deze installatie: sounds/admitted.wav, sounds/denied.wav, "
        "icons/checkin.svg." in done.stderr
    )
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("missing", ["fonts/DejaVuSans.ttf", "translations/door_en.qm"])
def test_without_a_font_or_a_catalogue_it_stops_with_one_sentence(
    tmp_path: Path, missing: str
) -> None:
    done = run_app(tmp_path, missing)
    assert done.returncode == 2
    assert done.stdout == ""
    assert f"checkin-app: Het bestand '{missing}' van de app zelf ontbreekt" in done.stderr
    assert "Traceback" not in done.stderr
