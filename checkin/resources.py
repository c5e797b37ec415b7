"""The files the app ships: fonts with their licences, sounds, translations, icons, the demo list.

They are package data of the package ``checkin_resources`` (the repository's
``resources/`` folder, mapped to that name in pyproject.toml), found through
``importlib.resources`` so that a wheel, an editable install and a frozen build
all find them the same way, never relative to a checkout. A missing one is
:class:`~checkin.errors.ResourceMissing`, never a silent substitute.
"""

from __future__ import annotations

import os
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from checkin.errors import ResourceMissing

PACKAGE = "checkin_resources"


def _root() -> Traversable:
    try:
        return resources.files(PACKAGE)
    except ModuleNotFoundError:
        raise ResourceMissing(PACKAGE) from None


def path(*parts: str) -> Path:
    """The real file of one shipped resource, e.g. ``path("fonts", "DejaVuSans.ttf")``.

    ReportLab and Qt want a file name, so the resource must be a file on disk;
    every way we install (wheel, editable, PyInstaller folder) keeps it so.
    """
    name = "/".join(parts)
    found = _root().joinpath(*parts)
    if not found.is_file():
        raise ResourceMissing(name)
    return Path(os.fspath(found))  # type: ignore[call-overload]


def folder(*parts: str) -> Path:
    """A shipped folder (the translations), as a real directory."""
    name = "/".join(parts)
    found = _root().joinpath(*parts)
    if not found.is_dir():
        raise ResourceMissing(name)
    return Path(os.fspath(found))  # type: ignore[call-overload]


def font(file_name: str) -> Path:
    return path("fonts", file_name)


def sound(file_name: str) -> Path:
    return path("sounds", file_name)


def icon(file_name: str) -> Path:
    return path("icons", file_name)


def demo_list() -> Path:
    return path("demo", "guests.csv")


def translations() -> Path:
    return folder("translations")


# The files the app cannot do without: the fonts of every document and the catalogues of
# every screen. The app checks them at start, so a broken install is one sentence before
# the first window instead of a failure mid-event.
LANGUAGES = ("nl", "en")
CATALOGUES = ("checkin", "door")  # one Qt Linguist catalogue each, compiled to .qm
ESSENTIAL = (
    ("fonts", "DejaVuSans.ttf"),
    ("fonts", "DejaVuSans-Bold.ttf"),
    *(
        ("translations", f"{catalogue}_{language}.qm")
        for catalogue in CATALOGUES
        for language in LANGUAGES
    ),
)
# The files the app does without when they are missing: a door without its chime, a window
# without its icon, no demo event. The app says which are missing and goes on.
EXTRAS = (
    ("sounds", "admitted.wav"),
    ("sounds", "denied.wav"),
    ("icons", "checkin.svg"),
    ("demo", "guests.csv"),
)


def check() -> None:
    """Raises :class:`ResourceMissing` for the first essential file that is not there."""
    for parts in ESSENTIAL:
        path(*parts)


def missing_extras() -> list[str]:
    """The shipped files the app can do without that are not there ("sounds/denied.wav")."""
    return ["/".join(parts) for parts in EXTRAS if not _root().joinpath(*parts).is_file()]
