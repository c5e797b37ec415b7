"""One wheel and one sdist built from a copy of the checkout, one fresh venv with the wheel.

Built once per session (about 20 s: the build backend, then pip installing the wheel and
its dependencies from pip's cache) and shared by every test in tests/install/.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.install.installing import JUNK, MINUTES, ROOT, SOURCES, Built, Installed


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
    done = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(source)],
        capture_output=True,
        text=True,
        timeout=5 * MINUTES,
    )
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
    done = subprocess.run(
        [
            str(target.bin("python")),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            str(built.wheel),
        ],
        capture_output=True,
        text=True,
        timeout=10 * MINUTES,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    yield target
