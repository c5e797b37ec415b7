"""What every command shares: the parser that exits 2, argument types, printing."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO

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
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time like 2021-06-18T19:30") from None



def print_json(out: TextIO, value: Any) -> None:
    out.write(json.dumps(value, ensure_ascii=False, default=str) + "\n")



def write_file(args: argparse.Namespace, out: TextIO,
                write: Callable[[Store, Path], object]) -> int:
    with Store.open(args.event) as store:
        write(store, Path(args.output))
    print(f"Wrote {args.output}.", file=out)
    return EXIT_OK
