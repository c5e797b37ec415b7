"""The core never imports Qt or ui/; ui/ holds no rule (DESIGN.md, Layout)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_core_loads_without_qt_or_ui() -> None:
    modules = sorted(p.stem for p in (ROOT / "checkin").glob("*.py") if p.stem != "__init__")
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module('checkin.' + m)\n"
        "qt = ('PySide6', 'shiboken6', 'ui')\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in qt)\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    assert out.stdout.strip() == "", f"the core loaded {out.stdout.strip()}"


def test_core_source_names_no_qt() -> None:
    for path in (ROOT / "checkin").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for word in ("PySide6", "from ui", "import ui"):
            assert word not in text, f"{path.name} mentions {word}"
