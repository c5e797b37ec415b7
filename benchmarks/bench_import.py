"""Guest-list import: 50,000 rows x 5 columns of .xlsx against openpyxl's own read-only pass.

DESIGN.md asks the whole import (reading, checking, one transaction into a
fresh event) to take under 1.3 x the bare read-only pass over the same file
with the same openpyxl set-up (defusedxml active). Peak memory is measured in
a child process so that the parent's earlier work does not count.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from _common import Figure, median_seconds

ROWS = 50_000
ROOT = Path(__file__).resolve().parents[1]


def write_list(path: Path, rows: int = ROWS) -> None:
    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Gasten")
    ws.append(["Voornaam", "Achternaam", "Organisatie", "E-mailadres", "Ticket nr."])
    for i in range(rows):
        ws.append([f"Voornaam{i}", f"Achternaam{i}", f"Organisatie {i % 700}",
                   f"gast{i}@example.nl", 100_000 + i])
    wb.save(path)


def bare_pass(path: Path) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    n = 0
    for _row in wb.worksheets[0].iter_rows(values_only=True):
        n += 1
    wb.close()
    return n


def whole_import(path: Path, folder: Path, run: list[int]) -> None:
    from checkin.guestlist import import_guest_list
    from checkin.store import Store

    run[0] += 1
    with Store.create(folder / f"bench{run[0]}.checkin", name="Bench", capacity=100) as store:
        report = import_guest_list(store, path)
    assert report.imported == ROWS, report.imported


# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent through
# fork and exec, so a big parent would hide the child's own peak.
_HWM = "int(next(l for l in open('/proc/self/status') if l.startswith('VmHWM')).split()[1])"

_PEAK = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from checkin.guestlist import import_guest_list
from checkin.store import Store
with Store.create(Path({event!r}), name="Bench", capacity=100) as store:
    import_guest_list(store, Path({path!r}))
print({hwm})
"""

_BASE = """
import sys
sys.path.insert(0, {root!r})
import openpyxl, checkin.guestlist, checkin.store
print({hwm})
"""


def _child_kib(code: str) -> int:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    return int(out.stdout.split()[-1])


def measure() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "guests.xlsx"
        write_list(path)
        bare, bare_lo, bare_hi = median_seconds(lambda: bare_pass(path), runs=3)
        run = [0]
        full, full_lo, full_hi = median_seconds(lambda: whole_import(path, folder, run), runs=3)
        peak = _child_kib(_PEAK.format(root=str(ROOT), event=str(folder / "peak.checkin"),
                                       path=str(path), hwm=_HWM))
        base = _child_kib(_BASE.format(root=str(ROOT), hwm=_HWM))
    return [
        Figure(f"openpyxl read-only pass, {ROWS:,} rows x 5 columns (defusedxml active)",
               f"{bare:.2f} s ({bare_lo:.2f}-{bare_hi:.2f})", "floor"),
        Figure(f"whole import of {ROWS:,} rows into a new event, one transaction",
               f"{full:.2f} s ({full_lo:.2f}-{full_hi:.2f}); {full / bare:.2f} x the bare pass",
               "under 1.3 x the bare pass"),
        Figure(f"peak memory of that import (child process, {ROWS:,} rows)",
               f"{peak / 1024:.0f} MiB ({(peak - base) / 1024:.0f} MiB over the loaded modules)",
               "bounded"),
    ]


if __name__ == "__main__":
    for figure in measure():
        print(figure)
