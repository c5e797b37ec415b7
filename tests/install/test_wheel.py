"""The wheel and the sdist carry exactly the tree's packages and shipped files, under our names.

Compared with the checkout's folders, so a package someone adds but forgets to declare
in pyproject.toml fails here instead of going silently missing from the installed app.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.install.installing import ROOT, Built

pytestmark = pytest.mark.slow

INSTALLED_AS = {"checkin": "checkin", "ui": "checkin_app", "resources": "checkin_resources"}


def build_only(folder: str, rel: Path) -> bool:
    """Sources of what ships, not what ships: in translations/ only the compiled .qm ship
    (the Qt Linguist .ts catalogues and their tools' side files stay home)."""
    return folder == "resources" and rel.parts[0] == "translations" and rel.suffix != ".qm"


def _tracked(folder: str) -> list[Path]:
    """The folder's files as git knows them (what CI's clone holds), else every file in it.

    Git's list keeps a colleague's scratch file out of the comparison until it is
    committed; a committed file is then expected in the wheel like any other.
    """
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--", folder],
            cwd=ROOT,
            capture_output=True,
            check=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return [p for p in (ROOT / folder).rglob("*") if p.is_file()]
    return [ROOT / name for name in listed.decode("utf-8").split("\0") if name]


def tree_files() -> dict[str, str]:
    """Every file the install must carry: installed name -> path in the checkout."""
    files = {}
    for folder, package in INSTALLED_AS.items():
        for path in _tracked(folder):
            rel = path.relative_to(ROOT / folder)
            if not path.is_file() or "__pycache__" in rel.parts or path.suffix == ".pyc":
                continue  # deleted in the work tree but not yet in git: not expected
            if build_only(folder, rel):
                continue
            files["/".join((package, *rel.parts))] = "/".join((folder, *rel.parts))
    return files


def _source_of(installed: str) -> str:
    package, _, rest = installed.partition("/")
    folder = {v: k for k, v in INSTALLED_AS.items()}[package]
    return f"{folder}/{rest}"


def test_the_wheel_holds_every_file_of_the_tree_and_nothing_else(built: Built) -> None:
    names = built.wheel_names()
    shipped = {n for n in names if not n.split("/")[0].endswith(".dist-info")}
    expected = set(tree_files())
    missing = sorted(expected - shipped)
    assert not missing, (
        f"missing from the wheel: {missing[:20]}; declare the package in pyproject.toml "
        "([tool.setuptools] packages) or its data files in package-data"
    )
    # Beyond git's list, only files the work tree has but git does not yet know.
    extra = sorted(n for n in shipped - expected if not (ROOT / _source_of(n)).is_file())
    assert extra == []


def test_the_wheel_installs_only_our_own_names(built: Built) -> None:
    tops = {n.split("/")[0] for n in built.wheel_names()}
    dist_info = {t for t in tops if t.endswith(".dist-info")}
    assert tops - dist_info == set(INSTALLED_AS.values())
    assert len(dist_info) == 1


def test_the_wheel_carries_the_resources_without_their_build_sources(built: Built) -> None:
    names = set(built.wheel_names())
    for needed in (
        "checkin_resources/fonts/DejaVuSans.ttf",
        "checkin_resources/fonts/DejaVuSans-Bold.ttf",
        "checkin_resources/fonts/LICENSE-DejaVu.txt",
        "checkin_resources/translations/checkin_nl.qm",
        "checkin_resources/translations/door_nl.qm",
        "checkin_resources/sounds/admitted.wav",
        "checkin_resources/sounds/denied.wav",
        "checkin_resources/icons/checkin.svg",
        "checkin_resources/demo/guests.csv",
        "checkin/py.typed",
    ):
        assert needed in names
    assert not [n for n in names if n.endswith(".ts") or "make_sounds" in n]


def test_the_sdist_holds_the_sources_of_everything_the_wheel_carries(built: Built) -> None:
    names = set(built.sdist_names())
    missing = sorted(set(tree_files().values()) - names)
    assert not missing, f"missing from the sdist: {missing[:20]}"
    assert {"pyproject.toml", "README.md", "PKG-INFO"} <= names
    assert not [n for n in names if n.endswith(".ts") or "make_sounds" in n]
    assert not [n for n in names if n.split("/")[0] in ("tests", "packaging", ".venv", "docs")]
    assert "main.py" not in names
