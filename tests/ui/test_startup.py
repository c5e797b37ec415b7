"""Start-up: the window is painted before SQLAlchemy, openpyxl or the event are loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from checkin.models import GuestInput
from checkin.store import Store
from ui import start
from ui.app import PROBE_ENV
from ui.settings import Settings
from ui.tasks import Tasks

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_modules_load_no_database_or_spreadsheet_library() -> None:
    code = (
        "import sys\n"
        "import ui.app, ui.main_window, ui.start, ui.settings, ui.errors, ui.tasks\n"
        "heavy = sorted(m for m in ('sqlalchemy', 'openpyxl', 'reportlab', 'checkin.store')"
        " if m in sys.modules)\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_main_py_paints_first_then_opens_the_event(tmp_path: Path) -> None:
    event = tmp_path / "symposium.checkin"
    with Store.create(event, name="Symposium", capacity=10) as store:
        store.add_guest(GuestInput(first_name="Fatima", last_name="El Amrani"))
    data = tmp_path / "data"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{PROBE_ENV: "1"})
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), str(event), "--data-dir", str(data)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split()
    assert lines[0] == "shown" and lines[2] == "ready"
    assert float(lines[1]) <= float(lines[3])
    # Opened for real: it is now the first of the recent events.
    assert Settings(data).recent == [str(event.resolve())]


def test_the_recent_events_are_listed_once_the_start_screen_is_shown(
    qtbot: QtBot, app_settings: Settings, tmp_path: Path
) -> None:
    app_settings.add_recent(str(tmp_path / "symposium.checkin"))
    app_settings.add_recent("postgresql://door:secret@db.example.nl:5433/gala")
    screen = start.StartScreen(app_settings, Tasks(inline=True))
    qtbot.addWidget(screen)
    assert screen.recent.count() == 0  # nothing read before the first paint
    screen.show()
    qtbot.waitUntil(lambda: screen.recent.count() == 2)
    assert screen.recent.item(0).text().startswith("db.example.nl:5433/gala")
    assert "secret" not in screen.recent.item(0).text()
    assert screen.recent.item(1).text().startswith("symposium.checkin")


def test_an_event_is_opened_off_the_ui_thread(
    qtbot: QtBot, app_settings: Settings, tmp_path: Path
) -> None:
    path = tmp_path / "gala.checkin"
    Store.create(path, name="Gala", capacity=10).close()
    tasks = Tasks()  # the real pool
    screen = start.StartScreen(app_settings, tasks)
    qtbot.addWidget(screen)
    got: list[Store] = []
    screen.opened.connect(got.append)
    screen.open_location(str(path))
    # Back at once, the event not yet open: the opening runs elsewhere meanwhile.
    assert got == [] and not screen.open_button.isEnabled()
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    assert got[0].event().name == "Gala"
    got[0].close()
    assert screen.open_button.isEnabled()
    tasks.wait()


def test_a_missing_event_says_so_and_the_buttons_come_back(
    qtbot: QtBot, app_settings: Settings, tmp_path: Path
) -> None:
    tasks = Tasks()
    screen = start.StartScreen(app_settings, tasks)
    qtbot.addWidget(screen)
    screen.open_location(str(tmp_path / "nothing.checkin"))
    qtbot.waitUntil(lambda: bool(screen.problem.text()), timeout=10_000)
    assert "nothing.checkin" in screen.problem.text()
    assert screen.open_button.isEnabled() and screen.create_button.isEnabled()
    tasks.wait()


def test_a_new_event_takes_the_apps_language_and_the_date_reads_dutch(
    qtbot: QtBot, app_settings: Settings, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDate

    app_settings.language = "nl"
    screen = start.StartScreen(app_settings, Tasks(inline=True))
    qtbot.addWidget(screen)
    screen.date.setDate(QDate(2026, 12, 24))
    assert screen.date.text() == "24-12-2026"
    got: list[object] = []
    screen.opened.connect(got.append)
    screen.name.setText("Jubileumsymposium")
    screen.location.setText(str(tmp_path / "jubileum"))
    screen.create_event()
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    opened = got[0]
    assert isinstance(opened, Store)  # a file event: the store itself
    try:
        assert opened.event().language == "nl"
    finally:
        opened.close()


def test_english_keeps_the_iso_date_and_english_events(
    qtbot: QtBot, app_settings: Settings, tmp_path: Path
) -> None:
    from PySide6.QtCore import QDate

    screen = start.StartScreen(app_settings, Tasks(inline=True))
    qtbot.addWidget(screen)
    screen.date.setDate(QDate(2026, 12, 24))
    assert screen.date.text() == "2026-12-24"
    got: list[object] = []
    screen.opened.connect(got.append)
    screen.name.setText("Gala")
    screen.location.setText(str(tmp_path / "gala"))
    screen.create_event()
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    opened = got[0]
    assert isinstance(opened, Store)
    try:
        assert opened.event().language == "en"
    finally:
        opened.close()
