"""What differs per computer: the data folder, the time-zone database, the version."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path, PureWindowsPath

import pytest

from checkin import zones
from checkin.datadir import APPLICATION, ORGANISATION, data_dir
from checkin.version import UNKNOWN, _from_pyproject, version

HOME = Path("/home/anna")


def test_linux_follows_xdg_data_home() -> None:
    assert (
        data_dir(platform="linux", environ={}, home=HOME)
        == HOME / ".local/share" / ORGANISATION / APPLICATION
    )
    assert (
        data_dir(platform="linux", environ={"XDG_DATA_HOME": "/data"}, home=HOME)
        == Path("/data") / ORGANISATION / APPLICATION
    )
    # The XDG spec says a relative value is invalid: ignore it, never write under the cwd.
    assert (
        data_dir(platform="linux", environ={"XDG_DATA_HOME": "rel"}, home=HOME)
        == HOME / ".local/share" / ORGANISATION / APPLICATION
    )


def test_macos_uses_application_support() -> None:
    assert (
        data_dir(platform="darwin", environ={"XDG_DATA_HOME": "/x"}, home=HOME)
        == HOME / "Library" / "Application Support" / ORGANISATION / APPLICATION
    )


@pytest.mark.parametrize(
    "environ, base",
    [
        (
            {
                "LOCALAPPDATA": r"C:\Users\anna\AppData\Local",
                "APPDATA": r"C:\Users\anna\AppData\Roaming",
            },
            r"C:\Users\anna\AppData\Local",
        ),
        ({"APPDATA": r"C:\Users\anna\AppData\Roaming"}, r"C:\Users\anna\AppData\Roaming"),
    ],
)
def test_windows_prefers_the_local_app_data(environ: dict[str, str], base: str) -> None:
    found = data_dir(platform="win32", environ=environ, home=HOME)
    assert PureWindowsPath(str(found)).parts[-2:] == (ORGANISATION, APPLICATION)
    assert str(found).startswith(base)


def test_windows_without_variables_falls_back_to_the_profile() -> None:
    assert (
        data_dir(platform="win32", environ={}, home=HOME)
        == HOME / "AppData" / "Local" / ORGANISATION / APPLICATION
    )


def test_the_app_and_the_cli_share_the_data_folder() -> None:
    import argparse

    from checkin.cli.common import add_data_dir, data_dir_of

    parser = argparse.ArgumentParser()
    add_data_dir(parser)
    assert data_dir_of(parser.parse_args([])) == data_dir()
    assert data_dir_of(parser.parse_args(["--data-dir", "/tmp/x"])) == Path("/tmp/x")


def test_an_unknown_zone_falls_back_to_amsterdam() -> None:
    for name in ("Mars/Olympus_Mons", "", "../etc/passwd", "Europe"):
        assert zones.zone(name).key == "Europe/Amsterdam"


def test_the_built_in_rule_matches_amsterdam_without_any_tz_database() -> None:
    # The last resort when neither the system nor tzdata has a database (a bare Windows).
    from io import BytesIO
    from zoneinfo import ZoneInfo

    built_in = ZoneInfo.from_file(BytesIO(zones._tzif(zones._AMSTERDAM_RULE)))
    real = ZoneInfo("Europe/Amsterdam")
    for moment in (
        datetime(2021, 1, 18, 12, tzinfo=UTC),
        datetime(2021, 6, 18, 17, tzinfo=UTC),
        datetime(2021, 3, 28, 0, 59, tzinfo=UTC),
        datetime(2021, 3, 28, 1, tzinfo=UTC),
        datetime(2021, 10, 31, 0, 59, tzinfo=UTC),
        datetime(2021, 10, 31, 1, tzinfo=UTC),
        datetime(2030, 7, 1, tzinfo=UTC),
    ):
        assert moment.astimezone(built_in).utcoffset() == moment.astimezone(real).utcoffset()


def test_tzdata_is_installed_so_windows_has_zones() -> None:
    import importlib.resources

    assert importlib.resources.files("tzdata").joinpath("zoneinfo", "Europe", "Amsterdam").is_file()


def test_version_is_read_from_the_metadata_or_pyproject(tmp_path: Path) -> None:
    from importlib.metadata import version as installed

    assert version() == installed("checkin")
    root = Path(__file__).resolve().parents[2]
    assert _from_pyproject(root / "pyproject.toml") == version()
    assert _from_pyproject(tmp_path / "none.toml") == UNKNOWN
