"""Kiosk mode on a real X server: the window manager's close and Ctrl+Q/Ctrl+W do not quit.

The app runs as the door laptop runs it (`main.py EVENT --kiosk`, the xcb platform)
on a private Xvfb. A window manager's ✕ and Alt+F4 both end in the WM_DELETE_WINDOW
message to the window, sent here as the window manager sends it; Ctrl+Q and Ctrl+W
are typed with xdotool. The app must stay up and ask for the supervisor PIN.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from checkin import pin
from checkin.demo import build_demo

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("Xvfb") is None
        or shutil.which("xdotool") is None
        or ctypes.util.find_library("X11") is None,
        reason="needs Xvfb, xdotool and libX11",
    ),
]


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _Event(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]


def close_like_a_window_manager(display: str, window: int) -> None:
    """WM_DELETE_WINDOW, as a window manager sends it for ✕ and Alt+F4."""
    x11 = ctypes.CDLL(ctypes.util.find_library("X11"))
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XSendEvent.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(_Event),
    ]
    x11.XFlush.argtypes = [ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = x11.XOpenDisplay(display.encode())
    assert connection, f"cannot open {display}"
    try:
        event = _Event()
        event.xclient.type = 33  # ClientMessage
        event.xclient.window = window
        event.xclient.message_type = x11.XInternAtom(connection, b"WM_PROTOCOLS", 0)
        event.xclient.format = 32
        event.xclient.data[0] = x11.XInternAtom(connection, b"WM_DELETE_WINDOW", 0)
        event.xclient.data[1] = 0  # CurrentTime
        assert x11.XSendEvent(connection, window, 0, 0, ctypes.byref(event))
        x11.XFlush(connection)
    finally:
        x11.XCloseDisplay(connection)


@pytest.fixture
def display(tmp_path: Path) -> Iterator[str]:
    number = 90 + os.getpid() % 300
    while Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
        number += 1
    name = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", name, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        yield name
    finally:
        server.terminate()
        server.wait(10)


def xdotool(display: str, *args: str) -> str:
    done = subprocess.run(
        ["xdotool", *args],
        env=dict(os.environ, DISPLAY=display),
        capture_output=True,
        text=True,
        timeout=30,
    )
    return done.stdout.strip()


def windows_named(display: str, name: str) -> list[int]:
    found = xdotool(display, "search", "--onlyvisible", "--name", name)
    return [int(w) for w in found.split()]


def test_the_kiosk_survives_every_way_to_close_it(display: str, tmp_path: Path) -> None:
    event = tmp_path / "door.checkin"
    store = build_demo(event)
    pin.set_pin(store, "4821")
    store.close()
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    app = subprocess.Popen(
        [
            sys.executable,
            "-X",
            "faulthandler",
            str(ROOT / "main.py"),
            str(event),
            "--kiosk",
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
        deadline = time.monotonic() + 60
        while not windows_named(display, "Door check-in"):
            assert app.poll() is None, app.communicate()[1]
            assert time.monotonic() < deadline, "the window never appeared"
            time.sleep(0.2)
        time.sleep(1.0)  # the event opens after the first paint
        (window,) = windows_named(display, "Door check-in")

        close_like_a_window_manager(display, window)  # ✕ and Alt+F4
        time.sleep(1.5)
        assert app.poll() is None, "the kiosk closed without the PIN"
        assert windows_named(display, "Supervisor PIN"), "no PIN was asked"

        xdotool(display, "key", "--clearmodifiers", "Escape")  # no to the PIN question
        for keys in ("ctrl+q", "ctrl+w"):
            xdotool(display, "windowfocus", "--sync", str(window))
            xdotool(display, "key", "--clearmodifiers", keys)
            time.sleep(1.0)
            assert app.poll() is None, f"{keys} closed the kiosk: {app.communicate()[1][-3000:]}"
            assert windows_named(display, "Supervisor PIN"), f"{keys}: no PIN was asked"
            xdotool(display, "key", "--clearmodifiers", "Escape")
            time.sleep(0.3)
    finally:
        if app.poll() is None:
            app.kill()
        app.communicate(timeout=30)
