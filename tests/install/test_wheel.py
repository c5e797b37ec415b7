"""The wheel and the sdist carry exactly the tree's packages and shipped files, under our names.

Compared with the checkout's folders, so a package someone adds but forgets to declare
in pyproject.toml fails here instead of going silently missing from the installed app.
"""

from __future__ import annotations

import pytest

from tests.install.conftest import ROOT, Built

pytestmark = pytest.mark.slow

INSTALLED_AS = {"checkin": "checkin", "ui": "checkin_app", "resources": "checkin_resources"}
# Sources of what ships, not what ships: Qt Linguist catalogues (compiled to .qm).
BUILD_ONLY_SUFFIXES = (".ts",)


def tree_files() -> dict[str, str]:
    """Every file the install must carry: installed name -> path in the checkout."""
    files = {}
    for folder, package in INSTALLED_AS.items():
        for path in (ROOT / folder).rglob("*"):
            rel = path.relative_to(ROOT / folder)
            if not path.is_file() or "__pycache__" in rel.parts or path.suffix == ".pyc":
                continue
            if path.suffix in BUILD_ONLY_SUFFIXES:
                continue
            files["/".join((package, *rel.parts))] = "/".join((folder, *rel.parts))
    return files


def test_the_wheel_holds_every_file_of_the_tree_and_nothing_else(built: Built) -> None:
    names = built.wheel_names()
    shipped = {n for n in names if not n.split("/")[0].endswith(".dist-info")}
    expected = set(tree_files())
    missing = sorted(expected - shipped)
    assert not missing, (
        f"missing from the wheel: {missing[:20]}; declare the package in pyproject.toml "
        "([tool.setuptools] packages) or its data files in package-data")
    assert sorted(shipped - expected) == []


def test_the_wheel_installs_only_our_own_names(built: Built) -> None:
    tops = {n.split("/")[0] for n in built.wheel_names()}
    dist_info = {t for t in tops if t.endswith(".dist-info")}
    assert tops - dist_info == set(INSTALLED_AS.values())
    assert len(dist_info) == 1


def test_the_wheel_carries_the_resources_without_their_build_sources(built: Built) -> None:
    names = set(built.wheel_names())
    for needed in ("checkin_resources/fonts/DejaVuSans.ttf",
                   "checkin_resources/fonts/DejaVuSans-Bold.ttf",
                   "checkin_resources/fonts/LICENSE-DejaVu.txt",
                   "checkin_resources/translations/checkin_nl.qm",
                   "checkin_resources/translations/door_nl.qm",
                   "checkin_resources/sounds/admitted.wav",
                   "checkin_resources/sounds/denied.wav",
                   "checkin_resources/icons/checkin.svg",
                   "checkin_resources/demo/guests.csv",
                   "checkin/py.typed"):
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
