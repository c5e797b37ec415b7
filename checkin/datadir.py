"""Where the app and the `checkin` command keep their own files on this computer.

One folder per user holds the settings, recent events, crash logs, the demo event
and each door's offline replica. It is the platform's place for application data,
under an organisation folder, so it never depends on where the app was started:

    Windows   %LOCALAPPDATA%\\DoorCheckin\\checkin   (else %APPDATA%, else ~\\AppData\\Local)
    macOS     ~/Library/Application Support/DoorCheckin/checkin
    Linux     $XDG_DATA_HOME/DoorCheckin/checkin   (XDG_DATA_HOME defaults to ~/.local/share)

Windows gets the local, not the roaming, folder: an event file is a live SQLite
database, which a roaming profile must never copy around at log-off.
``--data-dir DIR`` (app and CLI) uses another folder, so a test or a second set-up
never touches the person's own.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

ORGANISATION = "DoorCheckin"
APPLICATION = "checkin"


def data_dir(
    *,
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    home: Path | None = None,
) -> Path:
    """The data folder for this user (not created here). The keywords exist for tests."""
    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    user_home = Path.home() if home is None else home
    if system.startswith("win"):
        base = (
            _absolute(env.get("LOCALAPPDATA"))
            or _absolute(env.get("APPDATA"))
            or user_home / "AppData" / "Local"
        )
    elif system == "darwin":
        base = user_home / "Library" / "Application Support"
    else:
        # The XDG spec: a relative XDG_DATA_HOME is invalid and must be ignored.
        base = _absolute(env.get("XDG_DATA_HOME")) or user_home / ".local" / "share"
    return base / ORGANISATION / APPLICATION


def _absolute(value: str | None) -> Path | None:
    if not value:
        return None
    path = Path(value)
    return path if path.is_absolute() or _windows_absolute(value) else None


def _windows_absolute(value: str) -> bool:
    # "C:\\Users\\x" is absolute on Windows even when this code runs elsewhere (tests).
    return len(value) > 2 and value[1] == ":" and value[2] in "\\/"
