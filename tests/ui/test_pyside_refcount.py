"""PySide6 6.12.0 drops a reference to None on every QStandardItemModel append (docs/design.md,
Pitfalls) until the process dies with "none_dealloc"; this fails on such a release, so the
pin in pyproject.toml can be lifted only when it passes.

The appends run in a child process: on a leaking release the interpreter aborts when it
finalises, and that must fail this test rather than take the test session down with it.
Checked against 6.12.0 by hand: the child dies with "none_dealloc" mid-loop and this fails.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = r"""
import gc, os, sys
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
app = QApplication([])
model = QStandardItemModel()
gc.collect()
gc.disable()
before = sys.getrefcount(None)
for i in range(5_000):
    model.appendRow(QStandardItem(str(i)))
    model.setItem(i, 1, QStandardItem("x"))
after = sys.getrefcount(None)
print(model.rowCount(), before - after, flush=True)
os._exit(0)  # a leaking release would abort while finalising
"""


def test_appending_items_keeps_the_references_to_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    rows, lost = map(int, done.stdout.split())
    assert rows == 5_000
    # The leak loses one reference per call: 10,000 here. A few may come and go otherwise.
    assert lost < 100, f"None lost {lost} references: this PySide6 release leaks"
