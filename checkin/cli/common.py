"""What every command shares: the parser that exits 2, argument types, printing."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

from checkin import pin as pins
from checkin.datadir import data_dir
from checkin.errors import PinNeeded
from checkin.store import Store

EXIT_OK, EXIT_DENIED, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"checkin: {message}\n")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2021-06-18") from None


def _iso_time(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a time like 2021-06-18T19:30") from None


def print_json(out: TextIO, value: Any) -> None:
    out.write(json.dumps(value, ensure_ascii=False, default=str) + "\n")


def write_file(
    args: argparse.Namespace, out: TextIO, write: Callable[[Store, Path], object]
) -> int:
    with Store.open(args.event, read_only=True) as store:  # works from a CD
        write(store, Path(args.output))
    print(f"Wrote {args.output}.", file=out)
    return EXIT_OK


class VersionAction(argparse.Action):
    """`--version`: prints "checkin X.Y.Z" and exits 0; the version is read only when asked."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(
            option_strings,
            dest,
            nargs=0,
            default=argparse.SUPPRESS,
            help="print the version and exit",
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from checkin.version import version

        print(f"checkin {version()}")
        parser.exit(EXIT_OK)


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    """`--data-dir DIR` for a command that keeps files of its own on this computer."""
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="keep this computer's own files here "
        "(default: the app's data folder, as the desktop app uses)",
    )


def data_dir_of(args: argparse.Namespace) -> Path:
    """The folder `--data-dir` names, else the same one the desktop app uses."""
    given: Path | None = getattr(args, "data_dir", None)
    return given if given is not None else data_dir()


def read_pin() -> str:
    """The supervisor PIN from CHECKIN_PIN, or asked on the terminal; never an argument."""
    given = os.environ.get("CHECKIN_PIN")
    if given:
        return given
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass("Supervisor PIN: ")
    raise PinNeeded()


def pin_if_needed(store: Store) -> str | None:
    return read_pin() if pins.needs_pin(store.event()) else None
