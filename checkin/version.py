"""The one version of the app, as `checkin --version` and the About box show it.

It is written once, in pyproject.toml, and read at run time from the installed
package's metadata. The frozen build carries that metadata too (the spec copies
it); a bare checkout that was never installed reads pyproject.toml itself.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "checkin"
UNKNOWN = "0+unknown"


@cache
def version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return _from_pyproject(Path(__file__).resolve().parents[1] / "pyproject.toml")


def _from_pyproject(path: Path) -> str:
    try:
        with path.open("rb") as file:
            found = tomllib.load(file).get("project", {}).get("version")
    except (OSError, tomllib.TOMLDecodeError):
        return UNKNOWN
    return found if isinstance(found, str) else UNKNOWN
