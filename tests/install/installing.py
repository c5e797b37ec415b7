"""What the install tests share: where the checkout is, the built files, the fresh venv."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

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
            return [
                member.name.split("/", 1)[1] for member in tarred.getmembers() if member.isfile()
            ]


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
        found = subprocess.run(
            [str(self.bin("python")), "-c", code],
            capture_output=True,
            text=True,
            check=True,
            timeout=MINUTES,
        )
        return Path(found.stdout.strip())

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "VIRTUAL_ENV", "XDG_DATA_HOME", "PYTHONHOME")
        }
        env.update(HOME=str(self.home), QT_QPA_PLATFORM="offscreen", **extra)
        return env

    def run(
        self, command: str, *args: str, timeout: int = MINUTES, **extra: str
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(self.bin(command)), *args],
            cwd=self.work,
            env=self.env(**extra),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=timeout,
        )
