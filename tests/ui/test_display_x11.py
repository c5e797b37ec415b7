"""The room display and self check-in as they run: their own processes on a real X server.

`main.py EVENT --display` and `main.py EVENT --self-checkin` run on a private
Xvfb (display :19 when free) with openbox as the window manager, the xcb
platform, as on the entrance's TV and the guests' kiosk. Scans come from other
processes (`checkin scan`); what the screen shows is read from a screenshot of
the X server (the colour of the display's page). Every way to close them
(Escape, Ctrl+Q, Alt+F4, the window manager's ✕) asks for the PIN, and the PIN
closes them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from checkin import pin
from checkin.models import GuestInput
from checkin.store import Store
from tests.conftest import seed
from tests.printers import not_completed, printed, private_queue, qr_codes
from tests.ui.test_window_kiosk_x11 import close_like_a_window_manager, windows_named, xdotool
from ui.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
PIN = "4821"
GREEN, RED = QColor("#1b6e20"), QColor("#b71c1c")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        any(shutil.which(tool) is None for tool in ("Xvfb", "xdotool", "openbox")),
        reason="needs Xvfb, xdotool and openbox",
    ),
]


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    number = 19
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 100
    name = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", name, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    manager: subprocess.Popen[bytes] | None = None
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        manager = subprocess.Popen(
            ["openbox"],
            env=dict(os.environ, DISPLAY=name),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(0.5)
        yield name
    finally:
        if manager is not None:
            manager.terminate()
            manager.wait(10)
        server.terminate()
        server.wait(10)


def screen_colour(display: str, tmp_path: Path) -> QColor:
    """The colour of the screen near its top left corner (the display's page)."""
    shot = tmp_path / "shot.png"
    code = (
        "import sys; from PySide6.QtGui import QGuiApplication as A; a = A(sys.argv[:1]); "
        "A.primaryScreen().grabWindow(0).save(sys.argv[1])"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(shot)],
        check=True,
        timeout=30,
        env=dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb"),
    )
    return QImage(str(shot)).pixelColor(30, 30)


def wait_for_colour(display: str, tmp_path: Path, colour: QColor, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    seen = QColor()
    while time.monotonic() < deadline:
        seen = screen_colour(display, tmp_path)
        if seen == colour:
            return
        time.sleep(0.2)
    raise AssertionError(f"the screen stayed {seen.name()}, not {colour.name()}")


def scan(location: str, code: str, *extra: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "checkin.cli", "scan", location, code, *extra],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode in (0, 1), done.stderr


def start_app(display: str, tmp_path: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    return subprocess.Popen(
        [
            sys.executable,
            "-X",
            "faulthandler",
            str(ROOT / "main.py"),
            *args,
            "--data-dir",
            str(tmp_path / "data"),
        ],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def window_of(display: str, app: subprocess.Popen[str], title: str) -> int:
    deadline = time.monotonic() + 60
    while not windows_named(display, title):
        assert app.poll() is None, app.communicate()[1]
        assert time.monotonic() < deadline, "the window never appeared"
        time.sleep(0.2)
    return windows_named(display, title)[0]


def sealed_until_the_pin(display: str, app: subprocess.Popen[str], window: int) -> None:
    """No key and no close gets out; the PIN does."""
    close_like_a_window_manager(display, window)  # ✕ and Alt+F4
    time.sleep(1.0)
    assert app.poll() is None, "closed without the PIN"
    assert windows_named(display, "Supervisor PIN"), "no PIN was asked"
    xdotool(display, "key", "--clearmodifiers", "Escape")  # no to the PIN question
    for keys in ("ctrl+q", "ctrl+w", "alt+F4", "F11", "Escape"):
        xdotool(display, "windowfocus", "--sync", str(window))
        xdotool(display, "key", "--clearmodifiers", keys)
        time.sleep(0.8)
        assert app.poll() is None, f"{keys} closed it: {app.communicate()[1][-3000:]}"
        if windows_named(display, "Supervisor PIN"):
            xdotool(display, "key", "--clearmodifiers", "Escape")
            time.sleep(0.3)
    xdotool(display, "windowfocus", "--sync", str(window))
    xdotool(display, "key", "--clearmodifiers", "Escape")
    time.sleep(0.8)
    (asking,) = windows_named(display, "Supervisor PIN")
    xdotool(display, "windowfocus", "--sync", str(asking))
    xdotool(display, "type", "--delay", "120", PIN)
    xdotool(display, "key", "--clearmodifiers", "Return")
    app.wait(15)
    assert app.returncode == 0


def test_the_display_follows_another_door_and_only_the_pin_closes_it(
    x_display: str, tmp_path: Path
) -> None:
    event = str(tmp_path / "party.checkin")
    with Store.create(event, name="Party", capacity=2, language="nl") as store:
        seed(
            store,
            [GuestInput(first_name=f"Gast{i}", last_name="X", code=f"C00{i}") for i in range(1, 4)],
        )
        pin.set_pin(store, PIN)
    app = start_app(x_display, tmp_path, event, "--display")
    try:
        window = window_of(x_display, app, "Room display")
        wait_for_colour(x_display, tmp_path, GREEN)
        scan(event, "C001")
        scan(event, "C002")
        wait_for_colour(x_display, tmp_path, RED)
        scan(event, "C002", "--exit")
        wait_for_colour(x_display, tmp_path, GREEN)
        # one store connection: the event file is open once in the display's process
        opened = [
            os.readlink(fd) for fd in Path(f"/proc/{app.pid}/fd").iterdir() if os.path.exists(fd)
        ]
        assert opened.count(event) == 1, opened
        sealed_until_the_pin(x_display, app, window)
    finally:
        if app.poll() is None:
            app.kill()
        app.communicate(timeout=30)


@pytest.fixture
def queue() -> Iterator[str]:
    yield from private_queue()


def test_self_checkin_prints_the_badge_of_a_scanned_guest_and_only_the_pin_closes_it(
    x_display: str, tmp_path: Path, queue: str
) -> None:
    event = str(tmp_path / "party.checkin")
    with Store.create(event, name="Party", capacity=5) as store:
        seed(
            store,
            [
                GuestInput(first_name="Anna", last_name="Berg", code="1001"),
                GuestInput(first_name="Bob", last_name="Kok", code="1002"),
            ],
        )
        pin.set_pin(store, PIN)
    settings = Settings(tmp_path / "data")
    settings.desk = (True, queue, "label-62mm")
    settings.sync()
    app = start_app(x_display, tmp_path, event, "--self-checkin")
    try:
        window = window_of(x_display, app, "Self check-in")
        time.sleep(1.0)
        xdotool(x_display, "windowfocus", "--sync", str(window))
        xdotool(x_display, "type", "--delay", "8", "1001\n")  # a desk scanner's burst
        wait_for_colour(x_display, tmp_path, GREEN)  # welcome
        with Store.open(event, read_only=True) as check:
            assert check.event().inside == 1
        deadline = time.monotonic() + 30
        jobs: list[str] = []
        while time.monotonic() < deadline and not jobs:
            out = subprocess.run(
                ["lpstat", "-W", "completed", "-o", queue],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            ).stdout
            jobs = [line.split()[0] for line in out.splitlines() if line.strip()]
            time.sleep(0.3)
        assert len(jobs) == 1 and not not_completed(queue)
        assert qr_codes(printed(jobs[0]))[0] == ["1001"]
        time.sleep(6.5)  # back to "hold your code…"
        sealed_until_the_pin(x_display, app, window)
    finally:
        if app.poll() is None:
            app.kill()
        app.communicate(timeout=30)
