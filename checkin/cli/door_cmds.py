"""The door's commands: scan (codes or a stream on stdin) and status."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from checkin import door
from checkin.cli import stream
from checkin.cli.common import (
    EXIT_DENIED,
    EXIT_OK,
    print_json,
)
from checkin.store import Store


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("scan", help="scan codes in (or out with --exit)")
    p.add_argument("event")
    p.add_argument("codes", nargs="*", metavar="CODE")
    p.add_argument("--exit", action="store_true")
    p.add_argument("--door", default="")
    p.add_argument("--confirmed", action="store_true",
                   help="the door question was asked and confirmed for each of these guests")
    p.add_argument("--json", action="store_true")


    p = sub.add_parser("status", help="headcount and counts")
    p.add_argument("event")
    p.add_argument("--json", action="store_true")



def _scan(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if not args.codes:
        # a stream on stdin: every line answered, the stream never stops early
        return stream.run(
            args.event, stdin, out, as_json=args.json,
            scan=lambda store, raw: door.scan(store, raw, door=args.door, exit=args.exit,
                                              confirmed=args.confirmed))
    codes: Iterable[str] = args.codes
    denied = False
    with Store.open(args.event) as store:
        for raw in codes:
            if not raw.strip():
                continue
            result = door.scan(store, raw, door=args.door, exit=args.exit,
                               confirmed=args.confirmed)
            denied = denied or not result.verdict.ok
            if args.json:
                print_json(out, result.as_json())
            else:
                who = result.guest.name if result.guest else ""
                print(f"{result.verdict.value}\t{result.inside}/{result.capacity}\t{who}",
                      file=out)
            out.flush()  # a script reading our stdout hears each verdict at once
    return EXIT_DENIED if denied else EXIT_OK


def _status(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    with Store.open(args.event) as store:
        st = door.status(store)
    if args.json:
        print_json(out, st.as_json())
    else:
        print(f"{st.inside} / {st.capacity} inside; {st.arrived} of {st.guests} guests arrived, "
              f"{st.cancelled} cancelled; peak {st.peak}", file=out)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "scan": _scan,
    "status": _status,
}
