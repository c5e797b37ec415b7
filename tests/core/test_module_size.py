"""No module over 500 lines (aim 400): a module that grows past it is split by job."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("checkin", "ui", "benchmarks", "packaging")
LIMIT = 500


def _modules() -> list[Path]:
    found = [p for folder in FOLDERS for p in (ROOT / folder).rglob("*.py")]
    return sorted([*found, ROOT / "main.py"])


def test_every_module_walked_is_ours_and_the_walk_reaches_every_folder() -> None:
    modules = _modules()
    reached = {p.relative_to(ROOT).parts[0] for p in modules}
    assert reached == {*FOLDERS, "main.py"}
    assert ROOT / "checkin" / "store" / "tx.py" in modules


def test_no_module_is_over_500_lines() -> None:
    over = {
        str(p.relative_to(ROOT)): n
        for p in _modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > LIMIT
    }
    assert not over, "over 500 lines: " + ", ".join(f"{name} ({n})" for name, n in over.items())
