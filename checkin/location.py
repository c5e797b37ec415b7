"""Where an event lives: a `.checkin` file or a PostgreSQL URL.

Kept free of SQLAlchemy so that the app's first paint need not load it.
"""

from __future__ import annotations

from pathlib import Path

SUFFIX = ".checkin"


def is_server_url(location: str | Path) -> bool:
    return str(location).startswith(("postgresql://", "postgresql+psycopg://", "postgres://"))
