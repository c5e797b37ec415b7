"""Every door window lies wholly on the screen, beside the verdict when there is room,
and is answered with the keys: the real app under a real window manager.

A private Xvfb at a laptop's 1366 × 768 (and a large 2560 × 1440) runs openbox, which
draws title bars and places windows as a desktop does; the app runs as the door runs it
(``ui.app.main`` with ``--door`` or ``--kiosk``, the xcb platform), driven by
tests/ui/door_windows_driver.py with xdotool keys and clicks: walk-in (a name on the
list, answered with Enter), undo, capacity, door name, scanner, the inside list (F6),
an override with a wrong and a right PIN, in kiosk mode the PIN before a walk-in,
the ±1 counter, the scanner settings and leaving, and without a PIN the kiosk's
"Leave kiosk mode?" after Esc and F11. A main window destroyed by another program
(not closed) comes back in the kiosk and ends the app otherwise. Each window's frame is the one the
window manager gave it, title bar included.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from checkin import pin
from checkin.demo import build_demo

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("door_windows_driver.py")
PIN = "482193"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        any(shutil.which(t) is None for t in ("Xvfb", "openbox", "xdotool"))
        or ctypes.util.find_library("X11") is None,
        reason="needs Xvfb, openbox, xdotool and libX11",
    ),
]

Box = list[int]


def _window_manager_running(display: str) -> bool | None:
    """openbox holds the WM_S0 selection once it manages the screen; None: the X server
    does not take connections yet."""
    x11 = ctypes.CDLL(ctypes.util.find_library("X11"))
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XGetSelectionOwner.restype = ctypes.c_ulong
    x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = x11.XOpenDisplay(display.encode())
    if not connection:
        return None
    try:
        return bool(x11.XGetSelectionOwner(connection, x11.XInternAtom(connection, b"WM_S0", 0)))
    finally:
        x11.XCloseDisplay(connection)


@contextmanager
def x_server(size: str, log: Path) -> Iterator[str]:
    """A private X server of ``size`` with openbox managing it (its messages in ``log``)."""
    # Xvfb picks a free display number itself and says it once it takes connections.
    ready, told = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(told), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(told,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(told)
    manager: subprocess.Popen[bytes] | None = None
    try:
        said_number = b""
        deadline = time.monotonic() + 10
        while not said_number.endswith(b"\n"):
            assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
            if select.select([ready], [], [], 0.2)[0]:
                said_number += os.read(ready, 16)
        name = f":{int(said_number)}"
        with log.open("wb") as said:
            manager = subprocess.Popen(
                ["openbox"],
                env=dict(os.environ, DISPLAY=name),
                stdout=said,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 10
        while not _window_manager_running(name):
            assert manager.poll() is None, log.read_text()[-2000:]
            assert time.monotonic() < deadline, "openbox did not start"
            time.sleep(0.05)
        yield name
    finally:
        os.close(ready)
        for process in (manager, server):
            if process is not None:
                process.terminate()
                process.wait(10)


def drive(tmp_path: Path, scenario: str, size: str) -> tuple[dict[str, dict[str, object]], str]:
    """Run the app through ``scenario`` on a screen of ``size``: its reports by name, and
    the name of the cancelled guest whose badge was overridden."""
    event = tmp_path / "door.checkin"
    store = build_demo(event)
    if scenario != "open-kiosk":
        pin.set_pin(store, PIN)
    cancelled = next(g for g in store.guests() if g.status.value == "cancelled")
    store.close()
    shots = tmp_path / "shots"
    shots.mkdir()
    with x_server(size, tmp_path / "openbox.log") as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        done = subprocess.run(
            [
                sys.executable,
                "-X",
                "faulthandler",
                str(DRIVER),
                scenario,
                str(event),
                str(tmp_path / "data"),
                PIN,
                cancelled.code,
                str(shots),
            ],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=240,
        )
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    reports = {str(line["name"]): line for line in lines}
    assert "done" in reports, (reports.get("error"), done.stderr[-3000:])
    return reports, cancelled.name


def _inside(inner: Box, outer: Box) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


def _covers(frame: Box, verdict: Box) -> bool:
    x, y, w, h = frame
    vx, vy, vw, vh = verdict
    return x < vx + vw and vx < x + w and y < vy + vh and vy < y + h


def _room_beside(area: Box, verdict: Box, frame: Box) -> bool:
    """Whether a frame this size fits somewhere on the screen without covering the verdict."""
    ax, ay, aw, ah = area
    vx, vy, vw, vh = verdict
    w, h = frame[2], frame[3]
    return (
        (w <= vx - ax or w <= ax + aw - (vx + vw))
        and h <= ah
        or (h <= vy - ay or h <= ay + ah - (vy + vh))
        and w <= aw
    )


def check_placed(reports: dict[str, dict[str, object]]) -> int:
    """Every window wholly on the screen, the main one too; over the verdict only when
    no place beside it could hold the window. How many windows were seen."""
    seen = 0
    for name, line in reports.items():
        if name in ("done", "error"):
            continue
        area = line["area"]
        assert isinstance(area, list)
        assert _inside(line["main"], area), (name, line["main"], area)  # type: ignore[arg-type]
        frame = line.get("frame")
        if frame is None:
            continue
        seen += 1
        assert isinstance(frame, list) and isinstance(line["verdict"], list)
        assert _inside(frame, area), (name, frame, area)
        if _room_beside(area, line["verdict"], frame):
            assert not _covers(frame, line["verdict"]), (name, frame, line["verdict"])
    return seen


def test_every_door_window_on_a_laptop_screen(tmp_path: Path) -> None:
    reports, cancelled = drive(tmp_path, "doors", "1366x768")
    assert check_placed(reports) == 10
    assert reports["main"]["main"][3] <= 768  # type: ignore[index]  # title bar to bottom row
    for name in ("walk-in", "undo", "capacity", "door name", "scanner", "override"):
        assert reports[name]["focus"], f"{name}: the typing starts in its first field"
    question = reports["walk-in question"]
    assert "Is this Sanne Bakker" in str(question["problem"])
    assert str(question["focus_text"]).startswith("Yes")  # Enter answers it
    answered = reports["walk-in answered"]
    assert not answered["dialog_open"], "the door is stuck on the walk-in question"
    assert "Welcome\nSanne Bakker" in str(answered["verdict_text"])
    assert int(reports["inside"]["rows"]) >= 6  # type: ignore[call-overload]
    assert reports["override pin"]["title"] == "Supervisor PIN"
    assert "Wrong PIN" in str(reports["override wrong pin"]["problem"])
    done = reports["override done"]
    assert not done["dialog_open"] and f"Welcome\n{cancelled}" in str(done["verdict_text"])


def test_every_kiosk_window_on_a_laptop_screen_asks_for_the_pin(tmp_path: Path) -> None:
    reports, _ = drive(tmp_path, "kiosk", "1366x768")
    assert check_placed(reports) == 4
    for name in ("kiosk walk-in pin", "kiosk count pin", "kiosk scanner pin", "kiosk leave pin"):
        line = reports[name]
        assert line["title"] == "Supervisor PIN" and line["focus"] == "PinField", name
        assert not _covers(line["frame"], line["verdict"]), name  # type: ignore[arg-type]
    assert reports["kiosk"]["kiosk"] and not reports["kiosk left"]["kiosk"]


def test_a_kiosk_without_a_pin_asks_before_it_is_left_and_the_keys_answer(tmp_path: Path) -> None:
    reports, _ = drive(tmp_path, "open-kiosk", "1366x768")
    assert check_placed(reports) == 2
    for name in ("kiosk leave box", "kiosk f11 box"):
        line = reports[name]
        assert line["title"] == "Leave kiosk mode?", name
        assert not _covers(line["frame"], line["verdict"]), name  # type: ignore[arg-type]
    assert reports["kiosk stays"]["kiosk"] and "frame" not in reports["kiosk stays"]
    assert not reports["open kiosk left"]["kiosk"]


def test_on_a_large_screen_no_door_window_covers_the_verdict(tmp_path: Path) -> None:
    reports, _ = drive(tmp_path, "doors", "2560x1440")
    assert check_placed(reports) == 10
    for name, line in reports.items():
        if "frame" in line:
            assert not _covers(line["frame"], line["verdict"]), name  # type: ignore[arg-type]


def _xdotool(display: str, *args: str) -> list[int]:
    done = subprocess.run(
        ["xdotool", *args],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=30,
    )
    return [int(w) for w in done.stdout.split()]


def _app_window(
    display: str, app: subprocess.Popen[str], seconds: float, other_than: int = 0
) -> int:
    deadline = time.monotonic() + seconds
    while True:
        found = [
            w
            for w in _xdotool(display, "search", "--onlyvisible", "--name", "Door check-in")
            if w != other_than
        ]
        if found:
            return found[0]
        assert app.poll() is None, app.communicate()[1][-3000:]
        assert time.monotonic() < deadline, "no window"
        time.sleep(0.2)


@pytest.mark.parametrize("kiosk", [True, False], ids=["kiosk", "window"])
def test_a_destroyed_window_comes_back_in_the_kiosk_and_ends_the_app_otherwise(
    tmp_path: Path, kiosk: bool
) -> None:
    event = tmp_path / "door.checkin"
    store = build_demo(event)
    pin.set_pin(store, PIN)
    store.close()
    with x_server("1366x768", tmp_path / "openbox.log") as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        app = subprocess.Popen(
            [
                sys.executable,
                "-X",
                "faulthandler",
                str(ROOT / "main.py"),
                str(event),
                "--kiosk" if kiosk else "--door",
                "--data-dir",
                str(tmp_path / "data"),
            ],
            env=env,
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            window = _app_window(display, app, 60)
            time.sleep(1.5)  # the event opens after the first paint
            _xdotool(display, "windowclose", str(window))  # XDestroyWindow: no close event
            if kiosk:
                again = _app_window(display, app, 10, other_than=window)
                assert again != window and app.poll() is None  # the door is back
            else:
                assert app.wait(20) == 0, app.communicate()[1][-3000:]  # ended, not hidden
        finally:
            if app.poll() is None:
                app.kill()
            app.communicate(timeout=30)
