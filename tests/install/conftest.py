"""One wheel and one sdist built from a copy of the checkout, one fresh venv with the wheel.

Built once per session (about 20 s: the build backend, then pip installing the wheel and
its dependencies from pip's cache) and shared by every test in tests/install/.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# What a build needs, and nothing else: a copy keeps the checkout free of build/ and
# egg-info, and a stale build/lib can never smuggle a deleted module into the wheel.
SOURCES = ("pyproject.toml", "README.md", "checkin", "ui", "resources")
JUNK = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
MINUTES = 60


@dataclass(frozen=True)
class Built:
    wheel: Path
    sdist: Path

    def wheel_names(self) -> list[str]:
        with zipfile.ZipFile(self.wheel) as zipped:
            return zipped.namelist()

    def sdist_names(self) -> list[str]:
        with tarfile.open(self.sdist) as tarred:
            return [member.name.split("/", 1)[1] for member in tarred.getmembers()
                    if member.isfile()]


@dataclass(frozen=True)
class Installed:
    venv: Path
    home: Path  # an empty HOME: the data folder lands here, never in the person's own
    work: Path  # an empty folder outside the checkout, where the commands run

    def bin(self, name: str) -> Path:
        return self.venv / ("Scripts" if os.name == "nt" else "bin") / name

    @property
    def site_packages(self) -> Path:
        code = "import sysconfig; print(sysconfig.get_path('purelib'))"
        found = subprocess.run([str(self.bin("python")), "-c", code],
                               capture_output=True, text=True, check=True, timeout=MINUTES)
        return Path(found.stdout.strip())

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items()
               if k not in ("PYTHONPATH", "VIRTUAL_ENV", "XDG_DATA_HOME", "PYTHONHOME")}
        env.update(HOME=str(self.home), QT_QPA_PLATFORM="offscreen", **extra)
        return env

    def run(self, command: str, *args: str, timeout: int = MINUTES,
            **extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([str(self.bin(command)), *args], cwd=self.work,
                              env=self.env(**extra), capture_output=True, text=True,
                              encoding="utf-8", timeout=timeout)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    source = tmp_path_factory.mktemp("source")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=JUNK)
        else:
            shutil.copy2(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("dist")
    # Without --sdist/--wheel, build makes the sdist and then the wheel *from the sdist*:
    # a file the sdist forgot is then missing from the wheel too, and the tests see it.
    done = subprocess.run([sys.executable, "-m", "build", "--outdir", str(out), str(source)],
                          capture_output=True, text=True, timeout=5 * MINUTES)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "absent from" not in done.stdout + done.stderr, "setuptools warns about packages"
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return Built(wheel, sdist)


@pytest.fixture(scope="session")
def installed(built: Built, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("installed")
    venv = base / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=MINUTES)
    target = Installed(venv, base / "home", base / "work")
    target.home.mkdir()
    target.work.mkdir()
    done = subprocess.run([str(target.bin("python")), "-m", "pip", "install", "--quiet",
                           "--disable-pip-version-check", str(built.wheel)],
                          capture_output=True, text=True, timeout=10 * MINUTES)
    assert done.returncode == 0, done.stderr[-3000:]
    yield target
