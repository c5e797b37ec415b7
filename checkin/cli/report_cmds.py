"""Who is or was inside: the roll call and the contact-tracing list."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from checkin.cli.common import (
    EXIT_OK,
    _iso_time,
    add_data_dir,
    data_dir_of,
    print_json,
)
from checkin.errors import InvalidValue
from checkin.location import is_server_url
from checkin.store import Store

if TYPE_CHECKING:
    from checkin.door.reads import InsideList


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("inside", help="who is inside now: a roll call for an evacuation")
    p.add_argument("event")
    p.add_argument("-o", "--output", help="write a .pdf or .xlsx instead of printing")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--door",
        default="",
        help="with --data-dir on a server: this door, whose copy answers offline",
    )
    add_data_dir(p)  # on a server: read from this door's copy when the server is silent

    p = sub.add_parser("present", help="everyone inside at any moment between two times")
    p.add_argument("event")
    p.add_argument(
        "--from",
        dest="start",
        required=True,
        type=_iso_time,
        help="YYYY-MM-DDTHH:MM, the event's local time unless an offset is given",
    )
    p.add_argument("--to", dest="end", required=True, type=_iso_time)
    p.add_argument("-o", "--output", help="write a .xlsx or .csv instead of printing")
    p.add_argument("--json", action="store_true")


def _door_list(args: argparse.Namespace) -> InsideList:
    """Who is inside, asked of this door: the server's list, or offline this door's copy."""
    from checkin.offline.door import OfflineDoor

    if not args.door.strip():
        raise InvalidValue(
            "--door", args.door, "is needed with --data-dir: each door keeps its own copy"
        )
    with OfflineDoor(args.event, args.door.strip(), data_dir_of(args), background=False) as door:
        return door.inside_list()


def _inside(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from checkin.documents.reports import inside_now, write_inside_list, write_roll_call

    offline = False
    if args.data_dir is not None and is_server_url(args.event):
        listed = _door_list(args)
        rows, unnamed, offline = list(listed.rows), listed.counter, listed.from_copy
        if args.output:
            write_roll_call(Path(args.output), listed.event, rows, unnamed)
            print(f"Wrote {args.output}.", file=out)
            return EXIT_OK
    else:
        with Store.open(args.event, read_only=True) as store:
            if args.output:
                write_inside_list(store, Path(args.output))
                print(f"Wrote {args.output}.", file=out)
                return EXIT_OK
            rows, unnamed = inside_now(store)
    if args.json:
        said: dict[str, object] = {
            "guests": [
                {
                    "id": r.guest_id,
                    "name": r.name,
                    "organisation": r.organisation,
                    "arrived": r.arrived.isoformat(),
                    "people": r.people,
                }
                for r in rows
            ],
            "without_name": unnamed,
        }
        if offline:
            said["offline"] = True  # read from this door's copy, as the door last heard it
        print_json(out, said)
    else:
        for r in rows:
            print(f"{r.name}\t{r.organisation}\t{r.arrived.isoformat()}", file=out)
        print(f"{sum(r.people for r in rows)} with a name, {unnamed} without a name.", file=out)
        if offline:
            print(
                "checkin: the server does not answer; this list is this door's own copy, "
                "so who went in or out at other doors since may be missing.",
                file=sys.stderr,
            )
    return EXIT_OK


def _present(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from checkin.documents.reports import present_between, write_present

    with Store.open(args.event, read_only=True) as store:
        zone = store.event().zone
        start = args.start if args.start.tzinfo else args.start.replace(tzinfo=zone)
        end = args.end if args.end.tzinfo else args.end.replace(tzinfo=zone)
        if end < start:
            raise InvalidValue("--to", args.end.isoformat(), "is before --from")
        if args.output:
            write_present(store, start, end, Path(args.output))
            print(f"Wrote {args.output}.", file=out)
            return EXIT_OK
        rows = present_between(store, start, end)
    if args.json:
        print_json(out, [dataclasses.asdict(r) for r in rows])
    else:
        for r in rows:
            print(f"{r.name}\t{r.organisation}\t{r.email}", file=out)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "inside": _inside,
    "present": _present,
}
