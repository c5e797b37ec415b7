"""The event's own commands: new, import, guests, badges, export, copy, doorlist, purge."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from checkin.cli.common import (
    EXIT_OK,
    _iso_date,
    _positive_int,
    print_json,
    write_file,
)
from checkin.errors import InvalidValue
from checkin.store import Store


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("new", help="create an event")
    p.add_argument("event")
    p.add_argument("--name", required=True)
    p.add_argument("--capacity", required=True, type=_positive_int)
    p.add_argument("--date", type=_iso_date)
    p.add_argument(
        "--language",
        choices=("nl", "en"),
        help="of every document made for the event (default: the system's)",
    )
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "import", help="import or update the guest list from .xlsx/.xlsm/.xlsb/.xls/.ods/.csv"
    )
    p.add_argument("event")
    p.add_argument("list")
    p.add_argument("--sheet")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("guests", help="list the guests")
    p.add_argument("event")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--search",
        default="",
        metavar="TEXT",
        help="only guests whose name, organisation, email or code holds every word",
    )

    p = sub.add_parser("badges", help="write badges as a PDF")
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--layout", default="a4-8")
    p.add_argument("--guest", action="append", default=[], metavar="CODE")
    p.add_argument(
        "--logo",
        metavar="IMAGE",
        help="the organiser's logo (.png, .jpg or .svg), kept with the event",
    )
    p.add_argument("--no-logo", action="store_true", help="remove the kept logo")
    p.add_argument(
        "--accent", metavar="COLOUR", help="accent colour, #rrggbb or a name, kept with the event"
    )

    p = sub.add_parser("export", help="write the attendance as .xlsx or .csv")
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True)

    p = sub.add_parser("copy", help="copy an event between a file and a server")
    p.add_argument("source")
    p.add_argument("target")

    p = sub.add_parser("doorlist", help="the paper door list, for when the laptop fails")
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True)

    p = sub.add_parser("purge", help="remove all personal data of the event for good")
    p.add_argument("event")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _new(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from checkin.documents.words import system_language

    with Store.create(
        args.event,
        name=args.name,
        capacity=args.capacity,
        event_date=args.date,
        language=args.language or system_language(),
    ) as store:
        event = store.event()
    if args.json:
        print_json(
            out,
            {
                "name": event.name,
                "capacity": event.capacity,
                "date": event.date.isoformat() if event.date else None,
                "tag": event.tag,
                "language": event.language,
                "store": store.display,
            },
        )
    else:
        print(
            f"Created {event.name!r} (capacity {event.capacity}, language "
            f"{event.language}) in {store.display}.",
            file=out,
        )
    return EXIT_OK


def _import(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from checkin.guestlist import import_guest_list

    with Store.open(args.event) as store:
        report = import_guest_list(store, Path(args.list), sheet=args.sheet)
        language = store.event().language
    if args.json:
        print_json(out, report.as_json())
    else:
        for line in report.lines(language):  # a report: in the event's language
            print(line, file=out)
    return EXIT_OK


def _guests(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    with Store.open(args.event, read_only=True) as store:
        guests = store.search(args.search) if args.search.strip() else store.guests()
    rows = [
        {
            "id": g.id,
            "name": g.name,
            "first_name": g.first_name,
            "last_name": g.last_name,
            "organisation": g.organisation,
            "email": g.email,
            "code": g.code,
            "status": g.status.value,
        }
        for g in guests
    ]
    if args.json:
        print_json(out, rows)
    else:
        for r in rows:
            print(
                f"{r['id']}\t{r['code']}\t{r['status']}\t{r['name']}\t{r['organisation']}", file=out
            )
    return EXIT_OK


def _badges(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from checkin.documents.badges import save_design, write_badges
    from checkin.documents.design import design_of, with_changes

    changes = bool(args.logo or args.no_logo or args.accent)
    with Store.open(args.event, read_only=not changes) as store:  # only a new design writes
        design = design_of(store.event().badge_design)
        if args.logo or args.no_logo or args.accent:
            # Checked before anything is kept: a bad logo changes nothing.
            design = with_changes(
                design,
                logo=Path(args.logo) if args.logo else None,
                accent=args.accent,
                remove_logo=args.no_logo,
            )
        result = write_badges(
            store, Path(args.output), layout=args.layout, codes=args.guest or None, design=design
        )
        if args.logo or args.no_logo or args.accent:
            save_design(store, design)
    badges = "1 badge" if result.badges == 1 else f"{result.badges} badges"
    pages = "1 page" if result.pages == 1 else f"{result.pages} pages"
    print(f"Wrote {badges} on {pages} to {args.output}.", file=out)
    return EXIT_OK


def _export(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from checkin.documents.export import export_attendance

    return write_file(args, out, export_attendance)


def _copy(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from checkin.copying import copy_event

    copy_event(args.source, args.target).close()
    print(f"Copied the event to {args.target}.", file=out)
    return EXIT_OK


def _doorlist(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from checkin.documents.reports import write_door_list

    return write_file(args, out, write_door_list)


def _purge(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from checkin.cli.common import pin_if_needed
    from checkin.privacy import purge_with_pin

    if not args.yes:
        raise InvalidValue(
            "purge",
            args.event,
            "removes every name, email and extra field for good; add --yes to confirm",
        )
    with Store.open(args.event) as store:
        result = purge_with_pin(store, pin_if_needed(store))
    print(
        f"Removed the personal data of {result.guests} guests; counts and scan times are kept.",
        file=out,
    )
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "new": _new,
    "import": _import,
    "guests": _guests,
    "badges": _badges,
    "export": _export,
    "copy": _copy,
    "doorlist": _doorlist,
    "purge": _purge,
}
