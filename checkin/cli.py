"""The `checkin` command: parses, calls the core, prints. No rule lives here.

Exit status: 0 done, 1 a scan denied, 2 bad input or usage (one sentence on
stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn, TextIO
from zoneinfo import ZoneInfo

from checkin import door
from checkin.errors import CheckinError, InvalidValue
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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="checkin", description="Run the door of an event.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    p = sub.add_parser("new", help="create an event")
    p.add_argument("event")
    p.add_argument("--name", required=True)
    p.add_argument("--capacity", required=True, type=_positive_int)
    p.add_argument("--date", type=_iso_date)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("import", help="import or update the guest list from .xlsx/.csv")
    p.add_argument("event")
    p.add_argument("list")
    p.add_argument("--sheet")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("guests", help="list the guests")
    p.add_argument("event")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("badges", help="write badges as a PDF")
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True)
    p.add_argument("--layout", default="a4-8")
    p.add_argument("--guest", action="append", default=[], metavar="CODE")

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

    p = sub.add_parser("export", help="write the attendance as .xlsx or .csv")
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True)

    p = sub.add_parser("copy", help="copy an event between a file and a server")
    p.add_argument("source")
    p.add_argument("target")

    p = sub.add_parser("inside", help="who is inside now: a roll call for an evacuation")
    p.add_argument("event")
    p.add_argument("-o", "--output", help="write a .pdf or .xlsx instead of printing")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("present", help="everyone inside at any moment between two times")
    p.add_argument("event")
    p.add_argument("--from", dest="start", required=True, type=_iso_time,
                   help="YYYY-MM-DDTHH:MM, the event's local time unless an offset is given")
    p.add_argument("--to", dest="end", required=True, type=_iso_time)
    p.add_argument("-o", "--output", help="write a .xlsx or .csv instead of printing")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("doorlist", help="the paper door list, for when the laptop fails")
    p.add_argument("event")
    p.add_argument("-o", "--output", required=True)

    p = sub.add_parser("purge", help="remove all personal data of the event for good")
    p.add_argument("event")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    return parser


# --- commands --------------------------------------------------------------


def _new(args: argparse.Namespace, out: TextIO) -> int:
    with Store.create(args.event, name=args.name, capacity=args.capacity,
                      event_date=args.date) as store:
        event = store.event()
    if args.json:
        _print_json(out, {"name": event.name, "capacity": event.capacity,
                          "date": event.date.isoformat() if event.date else None,
                          "tag": event.tag, "store": store.display})
    else:
        print(f"Created {event.name!r} (capacity {event.capacity}) in {store.display}.", file=out)
    return EXIT_OK


def _import(args: argparse.Namespace, out: TextIO) -> int:
    from checkin.guestlist import import_guest_list

    with Store.open(args.event) as store:
        report = import_guest_list(store, Path(args.list), sheet=args.sheet)
    if args.json:
        _print_json(out, report.as_json())
    else:
        for line in report.lines():
            print(line, file=out)
    return EXIT_OK


def _guests(args: argparse.Namespace, out: TextIO) -> int:
    with Store.open(args.event) as store:
        guests = store.guests()
    rows = [
        {"id": g.id, "name": g.name, "first_name": g.first_name, "last_name": g.last_name,
         "organisation": g.organisation, "email": g.email, "code": g.code,
         "status": g.status.value}
        for g in guests
    ]
    if args.json:
        _print_json(out, rows)
    else:
        for r in rows:
            print(f"{r['code']}\t{r['status']}\t{r['name']}\t{r['organisation']}", file=out)
    return EXIT_OK


def _badges(args: argparse.Namespace, out: TextIO) -> int:
    from checkin.badges import write_badges

    with Store.open(args.event) as store:
        result = write_badges(store, Path(args.output), layout=args.layout,
                              codes=args.guest or None)
    badges = "1 badge" if result.badges == 1 else f"{result.badges} badges"
    pages = "1 page" if result.pages == 1 else f"{result.pages} pages"
    print(f"Wrote {badges} on {pages} to {args.output}.", file=out)
    return EXIT_OK


def _scan(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    codes: Iterable[str] = args.codes if args.codes else (line for line in stdin)
    denied = False
    with Store.open(args.event) as store:
        for raw in codes:
            if not raw.strip():
                continue
            result = door.scan(store, raw, door=args.door, exit=args.exit,
                               confirmed=args.confirmed)
            denied = denied or not result.verdict.ok
            if args.json:
                _print_json(out, result.as_json())
            else:
                who = result.guest.name if result.guest else ""
                print(f"{result.verdict.value}\t{result.inside}/{result.capacity}\t{who}",
                      file=out)
            out.flush()  # a script reading our stdout hears each verdict at once
    return EXIT_DENIED if denied else EXIT_OK


def _status(args: argparse.Namespace, out: TextIO) -> int:
    with Store.open(args.event) as store:
        st = door.status(store)
    if args.json:
        _print_json(out, st.as_json())
    else:
        print(f"{st.inside} / {st.capacity} inside; {st.arrived} of {st.guests} guests arrived, "
              f"{st.cancelled} cancelled; peak {st.peak}", file=out)
    return EXIT_OK


def _write_file(args: argparse.Namespace, out: TextIO,
                write: Callable[[Store, Path], object]) -> int:
    with Store.open(args.event) as store:
        write(store, Path(args.output))
    print(f"Wrote {args.output}.", file=out)
    return EXIT_OK


def _export(args: argparse.Namespace, out: TextIO) -> int:
    from checkin.export import export_attendance

    return _write_file(args, out, export_attendance)


def _copy(args: argparse.Namespace, out: TextIO) -> int:
    from checkin.copying import copy_event

    copy_event(args.source, args.target).close()
    print(f"Copied the event to {args.target}.", file=out)
    return EXIT_OK


def _inside(args: argparse.Namespace, out: TextIO) -> int:
    from checkin.reports import inside_now, write_inside_list

    with Store.open(args.event) as store:
        if args.output:
            write_inside_list(store, Path(args.output))
            print(f"Wrote {args.output}.", file=out)
            return EXIT_OK
        rows, unnamed = inside_now(store)
    if args.json:
        _print_json(out, {"guests": [{"id": r.guest_id, "name": r.name,
                                      "organisation": r.organisation,
                                      "arrived": r.arrived.isoformat(), "people": r.people}
                                     for r in rows],
                          "without_name": unnamed})
    else:
        for r in rows:
            print(f"{r.name}\t{r.organisation}\t{r.arrived.isoformat()}", file=out)
        print(f"{sum(r.people for r in rows)} with a name, {unnamed} without a name.", file=out)
    return EXIT_OK


def _present(args: argparse.Namespace, out: TextIO) -> int:
    from checkin.reports import present_between, write_present

    with Store.open(args.event) as store:
        zone = ZoneInfo(store.event().timezone)
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
        _print_json(out, [dataclasses.asdict(r) for r in rows])
    else:
        for r in rows:
            print(f"{r.name}\t{r.organisation}\t{r.email}", file=out)
    return EXIT_OK


def _doorlist(args: argparse.Namespace, out: TextIO) -> int:
    from checkin.reports import write_door_list

    return _write_file(args, out, write_door_list)


def _purge(args: argparse.Namespace, out: TextIO) -> int:
    from checkin.privacy import purge

    if not args.yes:
        raise InvalidValue("purge", args.event,
                           "removes every name, email and extra field for good; "
                           "add --yes to confirm")
    with Store.open(args.event) as store:
        result = purge(store)
    print(f"Removed the personal data of {result.guests} guests; counts and scan times "
          f"are kept.", file=out)
    return EXIT_OK


def _print_json(out: TextIO, value: Any) -> None:
    out.write(json.dumps(value, ensure_ascii=False, default=str) + "\n")


COMMANDS: dict[str, Callable[..., int]] = {
    "new": _new, "import": _import, "guests": _guests, "badges": _badges,
    "status": _status, "export": _export, "copy": _copy, "inside": _inside,
    "present": _present, "doorlist": _doorlist, "purge": _purge,
}


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None,
         stdin: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    args = build_parser().parse_args(argv)
    try:
        if args.command == "scan":
            return _scan(args, out, stdin or sys.stdin)
        return COMMANDS[args.command](args, out)
    except CheckinError as exc:
        print(f"checkin: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
