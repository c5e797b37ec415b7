"""The core never imports Qt or ui/; an install carries exactly our packages (docs/design.md)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_loads_without_qt_or_ui() -> None:
    modules = sorted(
        ".".join(("checkin", *p.relative_to(ROOT / "checkin").with_suffix("").parts)).removesuffix(
            ".__init__"
        )
        for p in (ROOT / "checkin").rglob("*.py")
        if p.stem != "__main__"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "qt = ('PySide6', 'shiboken6', 'ui', 'checkin_app')\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in qt)\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "", f"the core loaded {out.stdout.strip()}"


def test_core_source_names_no_qt() -> None:
    for path in (ROOT / "checkin").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in ("PySide6", "from ui", "import ui"):
            assert word not in text, f"{path.name} mentions {word}"


# --- what an install puts into site-packages -------------------------------------------

# The repository's folders and the package names they install as (pyproject.toml).
INSTALLED_AS = {"checkin": "checkin", "ui": "checkin_app", "resources": "checkin_resources"}
OWN_NAMES = set(INSTALLED_AS.values())


def _setuptools() -> dict[str, object]:
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as file:
        tool: dict[str, object] = tomllib.load(file)["tool"]["setuptools"]
    return tool


def tree_packages() -> set[str]:
    """Every folder that ships: Python packages under checkin/ and ui/, data under resources/."""
    found = set()
    for folder, name in INSTALLED_AS.items():
        for path in [ROOT / folder, *(ROOT / folder).rglob("*")]:
            if not path.is_dir() or path.name == "__pycache__":
                continue
            has_files = any(f.is_file() and f.suffix != ".pyc" for f in path.iterdir())
            if has_files:
                parts = path.relative_to(ROOT / folder).parts
                found.add(".".join((name, *parts)))
    return found


def test_every_package_folder_is_declared_for_the_install() -> None:
    declared = set(_setuptools()["packages"])  # type: ignore[call-overload]
    missing = tree_packages() - declared
    assert not missing, (
        f"{sorted(missing)} exist in the tree but are not in pyproject.toml's "
        "[tool.setuptools] packages: they would be missing from the installed app"
    )


def test_only_our_own_names_are_installed() -> None:
    tool = _setuptools()
    tops = {name.split(".")[0] for name in tool["packages"]}  # type: ignore[attr-defined]
    assert tops == OWN_NAMES
    assert tool["package-dir"] == {v: k for k, v in INSTALLED_AS.items()}
    assert "py-modules" not in tool  # no main.py or other loose module in site-packages


def test_nothing_in_the_repository_points_outside_it() -> None:
    # The design lives in docs/design.md; a checkout or an sdist has nothing beside it.
    # Spelled in pieces, so that a grep of the repository for them finds nothing here either.
    shared = "shared"
    outside = (f"../{shared}", f"{shared}/DESIGN", f"{shared}/STYLE")
    found = []
    skip = {
        ".git",
        ".venv",
        "build",
        "dist",
        "__pycache__",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
    }
    for folder, dirs, files in os.walk(ROOT):
        dirs[:] = [d for d in dirs if d not in skip and not d.endswith(".egg-info")]
        for name in files:
            path = Path(folder, name)
            if path.suffix not in (".py", ".md", ".toml", ".txt", ".cfg", ".spec", ""):
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            found += [f"{path.relative_to(ROOT)}: {w}" for w in outside if w in text]
    assert not found, found
