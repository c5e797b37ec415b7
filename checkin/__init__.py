"""The core of the door check-in app: every rule and file format, no Qt."""

from __future__ import annotations

from typing import Any

__all__ = ["__version__"]


def __getattr__(name: str) -> Any:
    # Looked up on first use only, so importing the core reads no package metadata.
    if name == "__version__":
        from checkin.version import version

        return version()
    raise AttributeError(f"module 'checkin' has no attribute {name!r}")
