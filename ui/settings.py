"""The one typed wrapper over QSettings: UI preferences, never event data.

Everything the app keeps between runs (this INI file, recent events, crash
logs, the demo event) lives under one data folder, so ``--data-dir DIR``
isolates a test or a second installation completely.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from PySide6.QtCore import QLocale, QSettings

from checkin.datadir import data_dir
from checkin.location import is_server_url

LANGUAGES = ("nl", "en")
SCANNER_MODES = ("keyboard", "webcam")
MAX_RECENT = 8


def default_data_dir() -> Path:
    return data_dir()  # one place for app and CLI: checkin/datadir.py


def system_language() -> str:
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def without_password(location: str) -> str:
    """A server URL as kept in the recent list: a password never lands in an INI file."""
    if not is_server_url(location):
        return location
    parts = urlsplit(location)
    if parts.password is None:
        return location
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    netloc = f"{parts.username or ''}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


class Settings:
    def __init__(self, data_dir: Path) -> None:
        self.data_dir = Path(data_dir)
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self._q = QSettings(str(self.data_dir / "checkin.ini"), QSettings.Format.IniFormat)

    # paths -------------------------------------------------------------------

    @property
    def log_dir(self) -> Path:
        path = self.data_dir / "logs"
        path.mkdir(exist_ok=True)
        return path

    @property
    def demo_path(self) -> Path:
        return self.data_dir / "demo.checkin"

    # preferences -------------------------------------------------------------

    def _text(self, key: str, default: str) -> str:
        value = self._q.value(key, default)
        return value if isinstance(value, str) else default

    def _flag(self, key: str, default: bool) -> bool:
        value = self._q.value(key, default)
        # The INI format hands booleans back as the strings "true"/"false".
        if isinstance(value, str):
            return value.lower() == "true"
        return bool(value)

    @property
    def language(self) -> str:
        value = self._text("ui/language", "")
        return value if value in LANGUAGES else system_language()

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._q.setValue("ui/language", value)

    @property
    def sounds(self) -> bool:
        return self._flag("door/sounds", True)

    @sounds.setter
    def sounds(self, value: bool) -> None:
        self._q.setValue("door/sounds", bool(value))

    @property
    def colour_blind(self) -> bool:
        """Verdicts in the colour-blind-safe palette (ui/kit/style.py)."""
        return self._flag("door/colour_blind", False)

    @colour_blind.setter
    def colour_blind(self, value: bool) -> None:
        self._q.setValue("door/colour_blind", bool(value))

    @property
    def door_name(self) -> str:
        return self._text("door/name", "")

    @door_name.setter
    def door_name(self, value: str) -> None:
        self._q.setValue("door/name", value.strip())

    @property
    def scanner_prefix(self) -> str:
        """The key a scanner sends before each code ("F12"); "" to tell scans by their speed."""
        return self._text("door/scanner_prefix", "")

    @scanner_prefix.setter
    def scanner_prefix(self, value: str) -> None:
        self._q.setValue("door/scanner_prefix", value.strip())

    @property
    def exit_quiet_minutes(self) -> int:
        """Exit mode goes back to entry mode after this many minutes without a scan."""
        value = self._q.value("door/exit_quiet_minutes", 10)
        try:
            minutes = int(str(value))
        except ValueError:
            return 10
        return minutes if 1 <= minutes <= 240 else 10

    @exit_quiet_minutes.setter
    def exit_quiet_minutes(self, value: int) -> None:
        self._q.setValue("door/exit_quiet_minutes", max(1, min(240, int(value))))

    @property
    def scanner_mode(self) -> str:
        value = self._text("door/scanner", "keyboard")
        return value if value in SCANNER_MODES else "keyboard"

    @scanner_mode.setter
    def scanner_mode(self, value: str) -> None:
        if value not in SCANNER_MODES:
            raise ValueError(f"unknown scanner mode {value!r}")
        self._q.setValue("door/scanner", value)

    @property
    def badge_layout(self) -> str:
        return self._text("badges/layout", "a4-8")

    @badge_layout.setter
    def badge_layout(self, value: str) -> None:
        self._q.setValue("badges/layout", value)

    @property
    def desk(self) -> tuple[bool, str, str]:
        """A badge printed on arrival: (on, printer, layout), kept per laptop (ui/desk)."""
        return (
            self._flag("desk/print_on_arrival", False),
            self._text("desk/printer", ""),
            self._text("desk/layout", ""),
        )

    @desk.setter
    def desk(self, value: tuple[bool, str, str]) -> None:
        for key, item in zip(("print_on_arrival", "printer", "layout"), value, strict=True):
            self._q.setValue(f"desk/{key}", item)

    @property
    def last_folder(self) -> str:
        return self._text("ui/last_folder", str(Path.home()))

    @last_folder.setter
    def last_folder(self, value: str) -> None:
        self._q.setValue("ui/last_folder", value)

    # recent events -------------------------------------------------------------

    @property
    def recent(self) -> list[str]:
        value = self._q.value("recent/events", [])
        if isinstance(value, str):
            value = [value]
        return [v for v in value if isinstance(v, str) and v] if isinstance(value, list) else []

    def add_recent(self, location: str) -> None:
        kept = without_password(location)
        items = [kept] + [r for r in self.recent if r != kept]
        self._q.setValue("recent/events", items[:MAX_RECENT])

    def remove_recent(self, location: str) -> None:
        self._q.setValue("recent/events", [r for r in self.recent if r != location])

    def sync(self) -> None:
        self._q.sync()
