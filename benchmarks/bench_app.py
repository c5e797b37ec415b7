"""The desktop app: a shown window with a 10,000-guest event, a search keystroke over 100,000.

Start-up is measured from outside: the clock starts before the process is spawned and
stops at the wall-clock times the app prints (CHECKIN_PROBE_SHOWN, ui/app.py) once its
window is painted ("shown") and once the event is open with every guest row in the table
("ready"), so Python's own start and every import are counted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from _common import Figure, median_seconds  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checkin.models import Guest, GuestInput, Presence  # noqa: E402
from checkin.store import Store  # noqa: E402
from checkin.text import display_name, fold, sort_key  # noqa: E402
from tests.guestlists import import_guests  # noqa: E402

FIRST = [
    "Anna",
    "Zoë",
    "Jan",
    "Søren",
    "Fatima",
    "Mohamed",
    "Ayşe",
    "Pieter",
    "Noor",
    "Emre",
    "Lotte",
    "Kofi",
    "Dewi",
    "Bram",
    "Özlem",
    "Thijs",
    "Esther",
    "Rachid",
    "Ilse",
    "Gijs",
]
MIDDLE = ["", "", "van", "de", "van den", "el", "ter", ""]
LAST = [
    "Berg",
    "Yılmaz",
    "Vries",
    "Østergaard",
    "Amrani",
    "Boukhari",
    "Kaya",
    "Horst",
    "Hassan",
    "Çelik",
    "Graaf",
    "Mensah",
    "Soeratman",
    "Leeuwen",
    "Demir",
    "Linden",
    "Dijk",
    "Ouali",
    "Janssen",
    "Mulder",
    "Bakker",
    "Visser",
    "Meer",
    "Kamp",
]
ORGS = [
    "Podium Mozaïek",
    "Theater de Meervaart",
    "Bibliotheek Osdorp",
    "Filmhuis West",
    "Studio Ğ",
    "Tuin van Nieuw-West",
    "Ministerie van OCW",
    "Gemeente Amsterdam",
]


def _person(i: int) -> tuple[str, str, str, str, str]:
    first = FIRST[i % len(FIRST)]
    middle = MIDDLE[(i // 7) % len(MIDDLE)]
    last = LAST[(i // 3) % len(LAST)] + ("" if i < len(LAST) else str(i))
    org = ORGS[(i // 11) % len(ORGS)]
    return first, middle, last, org, f"guest{i}@example.nl"


def _event(path: Path, guests: int) -> None:
    store = Store.create(path, name="Symposium (10,000 guests)", capacity=2000)
    records = []
    for i in range(guests):
        first, middle, last, org, email = _person(i)
        records.append(
            GuestInput(
                first_name=first, middle=middle, last_name=last, organisation=org, email=email
            )
        )
    import_guests(store, records, file_name="bench.csv")
    store.close()


def _startup(event: Path, data: Path) -> tuple[float, float]:
    """Seconds from spawning the process to the window's first paint, and to the guests shown."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CHECKIN_PROBE_SHOWN="1")
    start = time.time()
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), str(event), "--data-dir", str(data)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    stamps = dict(
        line.split() for line in done.stdout.splitlines() if line.startswith(("shown ", "ready "))
    )
    if done.returncode != 0 or set(stamps) != {"shown", "ready"}:
        raise RuntimeError(f"the app did not start: {done.stderr.strip()[-500:]}")
    return float(stamps["shown"]) - start, float(stamps["ready"]) - start


def _guests(n: int) -> tuple[Guest, ...]:
    out = []
    for i in range(n):
        first, middle, last, org, email = _person(i)
        name = display_name(first, middle, last)
        out.append(
            Guest(
                id=i + 1,
                first_name=first,
                middle=middle,
                last_name=last,
                name=name,
                organisation=org,
                email=email,
                code=f"EGDT{i:024d}",
                cancelled=False,
                presence=Presence.NOT_ARRIVED,
                walk_in=False,
                sort_key=sort_key(first, last, name),
                search_key=fold(f"{name}\x1f{org}\x1f{email}"),
            )
        )
    return tuple(sorted(out, key=lambda g: g.sort_key))


def measure() -> list[Figure]:
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        event = Path(tmp) / "big.checkin"
        _event(event, 10_000)
        _startup(event, Path(tmp) / "warm")  # the first run fills the OS file cache
        runs = [_startup(event, Path(tmp) / f"data{i}") for i in range(5)]
        shown = [r[0] for r in runs]
        ready = [r[1] for r in runs]
        figures.append(
            Figure(
                "window shown after start, 10,000-guest event (process start to first paint)",
                f"{statistics.median(shown):.2f} s (min {min(shown):.2f}, max {max(shown):.2f})",
                "under 0.5 s",
            )
        )
        figures.append(
            Figure(
                "event open after start, 10,000-guest event (every guest row in the table)",
                f"{statistics.median(ready):.2f} s (min {min(ready):.2f}, max {max(ready):.2f})",
                "",
            )
        )

    from PySide6.QtWidgets import QApplication

    from ui.guests import GuestsPage
    from ui.kit.context import Context
    from ui.settings import Settings
    from ui.tasks import Tasks
    from ui.worker import StoreWorker

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        # The real Guests screen; its table then gets 100,000 guests (a store would only
        # add the time to read them, which a keystroke does not pay).
        store = Store.create(Path(tmp) / "e.checkin", name="Search", capacity=10)
        page = GuestsPage(
            Context(
                store, Settings(Path(tmp) / "data"), Tasks(inline=True), StoreWorker(inline=True)
            )
        )
        page.resize(1280, 800)
        page.show()
        page.model.set_rows(_guests(100_000))
        app.processEvents()
        # Typing, deleting and starting over, as at a door: "jan v" letter by letter, then
        # other names from scratch, so both narrowing and full scans are in the median.
        queries = iter(
            [
                "j",
                "ja",
                "jan",
                "jan ",
                "jan v",
                "jan vr",
                "zoe",
                "yilmaz",
                "osterg",
                "guest4242",
                "",
            ]
            * 10
        )

        def keystroke() -> None:
            page.search.setText(next(queries))
            app.processEvents()  # the view's reset and repaint are part of a keystroke

        mid, low, high = median_seconds(keystroke, runs=110)
        page.close()
        store.close()
    figures.append(
        Figure(
            "search keystroke over 100,000 guests (Guests screen: filter, reset, repaint)",
            f"{mid * 1000:.1f} ms (min {low * 1000:.1f}, max {high * 1000:.1f})",
            "under 30 ms",
        )
    )
    return figures
