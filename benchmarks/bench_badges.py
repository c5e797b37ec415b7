"""1,000 badges on A4-8: time and file size (docs/design.md, Speed and memory: under 1.5 s)."""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from _common import Figure, median_seconds  # noqa: E402

from checkin.codes import new_code  # noqa: E402
from checkin.documents.badges import qr_matrix, save_design, write_badges  # noqa: E402
from checkin.documents.design import design_of, with_changes  # noqa: E402
from checkin.models import GuestInput  # noqa: E402
from checkin.store import Store  # noqa: E402
from tests.guestlists import import_guests  # noqa: E402

BADGES = 1_000
LOGO = ROOT / "docs" / "badges" / "sample-logo.svg"
T0 = datetime(2021, 6, 18, 17, 0, tzinfo=UTC)


def build(path: Path) -> None:
    """Guests with generated codes (28 letters, a version-2 QR) and realistic names."""
    with Store.create(
        path,
        name="Relatiedag Ministerie van Binnenlandse Zaken",
        capacity=BADGES,
        event_date=T0.date(),
        now=T0,
    ) as store:
        records = [
            GuestInput(
                first_name=f"Voornaam{i}",
                middle="van der" if i % 3 else "",
                last_name=f"Achternaam-Dubbel{i:04d}",
                organisation=f"Organisatie voor Cultuur en Erfgoed {i % 40}",
                seat=str(i % 60 + 1) if i % 2 else "",
                ticket_type=("Spreker", "", "Pers", "", "")[i % 5],
            )
            for i in range(BADGES)
        ]
        import_guests(store, records, file_name="bench.csv", now=T0)


def measure() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        event = work / "bench.checkin"
        build(event)
        out = work / "badges.pdf"
        with Store.open(event) as store:
            write_badges(store, out)  # registers the fonts once, as the app does at first use
            median, low, high = median_seconds(lambda: write_badges(store, out), runs=3)
        size = out.stat().st_size
        with Store.open(event) as store:
            # The design an agency sets: the SVG logo on every badge, roles in bands.
            save_design(store, with_changes(design_of({}), logo=LOGO, accent="#0b6e4f"))
            write_badges(store, out)
            designed, d_low, d_high = median_seconds(lambda: write_badges(store, out), runs=3)
        designed_size = out.stat().st_size

        codes = [new_code("BCDF") for _ in range(BADGES)]
        start = time.perf_counter()
        for code in codes:
            qr_matrix(code)
        per_code = (time.perf_counter() - start) / BADGES
    return [
        Figure(
            f"{BADGES:,} badges on a4-8 (125 pages), write_badges",
            f"{median:.2f} s (min {low:.2f}, max {high:.2f})",
            "under 1.5 s",
        ),
        Figure(
            f"{BADGES:,} badges on a4-8, PDF size",
            f"{size / 1024:.0f} KiB ({size / BADGES / 1024:.2f} KiB a badge)",
            "",
        ),
        Figure(
            f"{BADGES:,} badges on a4-8 with an SVG logo and role bands",
            f"{designed:.2f} s (min {d_low:.2f}, max {d_high:.2f}), {designed_size / 1024:.0f} KiB",
            "under 1.5 s",
        ),
        Figure(
            "QR matrix of one generated code, fixed mask",
            f"{per_code * 1000:.2f} ms",
            "0.45 ms floor",
        ),
    ]


if __name__ == "__main__":
    for figure in measure():
        print(figure)
