"""A badge printed on arrival: from a scan to the badge's job in the print queue.

Through what the app's printing thread and ``checkin scan --print`` run: the
door service's scan, then ``BadgeDesk.job_for`` and ``send`` (the one-page
PDF rendered, ``lp`` answering with the job id: the job is in CUPS's queue).
The queue is a cups-pdf queue of the benchmark's own, paused while measuring
so that Ghostscript turning earlier jobs into PDFs does not take the CPU from
the next scan; it is removed afterwards. Needs cupsd with cups-pdf (.ci/run).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _common import Figure, median_seconds, percentile  # noqa: E402

from checkin.door import DoorService  # noqa: E402
from checkin.models import GuestInput  # noqa: E402
from checkin.printing import BadgeDesk, CupsSpooler, JobState, PrintChoice  # noqa: E402
from checkin.printing.badge import badge_pdf  # noqa: E402
from checkin.store import Store  # noqa: E402
from tests.guestlists import import_guests  # noqa: E402

GUESTS = 1_000
SCANS = 30
PPD = "/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"


def _cups(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(args), capture_output=True, text=True, timeout=30, check=False)


def measure() -> list[Figure]:
    if shutil.which("lpadmin") is None or _cups("lpstat", "-r").returncode != 0:
        return [
            Figure(
                "a scan to its badge's job in the print queue",
                "not measured: no cupsd with cups-pdf (.ci/run sets it up)",
                "under 1 s",
            )
        ]
    queue = "checkin-bench-" + uuid.uuid4().hex[:6]
    assert _cups("lpadmin", "-p", queue, "-E", "-v", "cups-pdf:/", "-P", PPD).returncode == 0
    _cups("cupsdisable", queue)
    try:
        with tempfile.TemporaryDirectory() as folder:
            return _measure(Path(folder), queue)
    finally:
        _cups("cancel", "-a", queue)
        _cups("lpadmin", "-x", queue)


def _measure(folder: Path, queue: str) -> list[Figure]:
    location = str(folder / "bench.checkin")
    codes = [f"{100000 + i}" for i in range(GUESTS)]
    with Store.create(location, name="Inspiratiesessie Nieuw-West", capacity=GUESTS) as s:
        import_guests(
            s,
            [
                GuestInput(
                    first_name=f"Marie-Louise {i}",
                    last_name="van Dijk",
                    organisation="Stichting Podium Mozaïek",
                    code=c,
                )
                for i, c in enumerate(codes)
            ],
            file_name="bench.csv",
        )
    spooler = CupsSpooler()
    totals, renders, sends = [], [], []
    with Store.open(location) as store:
        service = DoorService(store, "Desk")
        desk = BadgeDesk(spooler, PrintChoice(queue, "label-62mm"), event=location)
        event = store.event()
        guest = store.guest_by_code(codes[-1])
        assert guest is not None
        badge_pdf(event, guest, folder / "warm.pdf")  # fonts loaded once, as in the app
        for code in codes[:SCANS]:
            start = time.perf_counter()
            result = service.scan(code)
            job = desk.job_for(result)
            assert job is not None and result.guest is not None
            sent = desk.send(job, store.event(), result.guest)
            totals.append(time.perf_counter() - start)
            assert sent.state == JobState.SENT, sent.detail
        for i in range(10):
            renders.append(
                median_seconds(lambda i=i: badge_pdf(event, guest, folder / f"r{i}.pdf"), runs=1)[0]
            )
            pdf = folder / f"r{i}.pdf"
            sends.append(
                median_seconds(lambda pdf=pdf: spooler.submit(pdf, queue, "bench"), runs=1)[0]
            )
        waiting = len(spooler.pending(queue))
    cli = _cli(location, codes[SCANS : SCANS + 5], queue)
    shown, queued = _door_screen(folder, location, codes[SCANS + 5 : SCANS + 25], queue)
    ms = 1000
    return [
        Figure(
            f"a scan to its badge's job in the print queue (door service, one-page "
            f"label-62mm PDF, `lp` answered), SQLite, {GUESTS:,} guests",
            f"p50 {statistics.median(totals) * ms:.0f} ms, p99 "
            f"{percentile(totals, 99) * ms:.0f} ms, max {max(totals) * ms:.0f} ms "
            f"({SCANS} scans, {waiting} jobs queued)",
            "under 1 s",
        ),
        Figure(
            "of which: one badge rendered to a one-page PDF",
            f"{statistics.median(renders) * ms:.0f} ms (min {min(renders) * ms:.0f}, "
            f"max {max(renders) * ms:.0f})",
            "—",
        ),
        Figure(
            "of which: `lp` handing the PDF to CUPS, job id back",
            f"{statistics.median(sends) * ms:.0f} ms (min {min(sends) * ms:.0f}, "
            f"max {max(sends) * ms:.0f})",
            "—",
        ),
        Figure(
            f"Door screen with printing on: scan to verdict shown, and to its badge's job "
            f"in the CUPS queue (threaded store worker and printing thread), "
            f"{len(shown)} scans",
            f"verdict p50 {statistics.median(shown) * ms:.1f} ms, max "
            f"{max(shown) * ms:.1f} ms; badge p50 {statistics.median(queued) * ms:.0f} ms, "
            f"max {max(queued) * ms:.0f} ms",
            "verdict never waits; badge under 1 s",
        ),
        Figure(
            "`checkin scan EVENT CODE --print Q --json`, process start to end",
            f"{statistics.median(cli):.2f} s (min {min(cli):.2f}, max {max(cli):.2f})",
            "—",
        ),
    ]


def _door_screen(
    folder: Path, location: str, codes: list[str], queue: str
) -> tuple[list[float], list[float]]:
    """The app's path: DoorScreen.scan_code to the verdict shown, and to the badge sent."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from checkin.door import DoorService
    from ui.door.screen import DoorScreen
    from ui.door.where import Where
    from ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    settings = Settings(folder / "data")
    settings.desk = (True, queue, "label-62mm")
    store = Store.open(location)
    screen = DoorScreen(
        DoorService(store, door="Desk"),
        Where(store.location, store.display),
        sounds=False,
        settings=settings,
    )
    screen.show()
    desk = screen.desk
    assert desk is not None
    marks: dict[str, float] = {}
    screen.flow.shown.connect(lambda r: marks.setdefault("shown", time.perf_counter()))
    desk.printer.job_changed.connect(
        lambda job, _name: (
            marks.setdefault("sent", time.perf_counter()) if job.state == JobState.SENT else None
        )
    )
    deadline = time.perf_counter() + 10
    while desk.printer.known_event is None and time.perf_counter() < deadline:
        app.processEvents()
    shown, queued = [], []
    for code in codes:
        marks.clear()
        start = time.perf_counter()
        screen.scan_code(code)
        deadline = start + 10
        while "sent" not in marks and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        shown.append(marks["shown"] - start)
        queued.append(marks["sent"] - start)
    screen.close()
    screen.worker.stop()
    store.close()
    return shown, queued


def _cli(location: str, codes: list[str], queue: str) -> list[float]:
    out = []
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    for code in codes:
        start = time.perf_counter()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "checkin.cli",
                "scan",
                location,
                code,
                "--print",
                queue,
                "--json",
            ],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )
        out.append(time.perf_counter() - start)
        assert '"printed": true' in done.stdout, done.stdout + done.stderr
    return out


if __name__ == "__main__":
    for figure in measure():
        print(f"{figure.work}: {figure.value} (target {figure.target})")
