"""The door's commands: scan (codes or a stream on stdin), admit, walk-in, undo, count,
capacity, reissue and status. Every one goes through the door service, as the app does.

The supervisor PIN is never an argument: it comes from ``CHECKIN_PIN`` or a
prompt on a terminal, and only when the event has one and the action needs it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any, TextIO

from checkin.cli import offline_cmds as offline_cli
from checkin.cli import print_cmds, stream
from checkin.cli.common import (
    EXIT_DENIED,
    EXIT_OK,
    add_data_dir,
    pin_if_needed,
    print_json,
    read_pin,
)
from checkin.cli.offline_cmds import offline_doors
from checkin.door import Action, DoorService, ScanResult, Verdict
from checkin.errors import InvalidValue
from checkin.location import is_server_url
from checkin.models import GuestInput
from checkin.store import Store


def _moment(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time like 2021-06-18T19:30+02:00") from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} has no UTC offset; give one, like 2021-06-18T19:30+02:00")
    return value


def _count(text: str) -> int:
    if text not in ("+1", "-1", "1"):
        raise argparse.ArgumentTypeError(f"{text!r} must be +1 or -1")
    return -1 if text == "-1" else 1


def _whole(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def _door_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("event")
    p.add_argument("--door", default="", help="this door's name, logged with the action")
    p.add_argument("--json", action="store_true")


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("scan", help="scan codes in (or out with --exit)")
    _door_options(p)
    p.add_argument("codes", nargs="*", metavar="CODE")
    p.add_argument("--exit", action="store_true")
    p.add_argument("--confirmed", action="store_true",
                   help="the door question was asked and confirmed for each of these guests")
    p.add_argument("--people", type=_whole, default=None,
                   help="how many came in with this badge (the guest and companions)")
    p.add_argument("--at", type=_moment, default=None,
                   help="when it happened (ISO 8601 with offset): applied at its own time")
    p.add_argument("--id", default=None, help="the scan's id; the same id twice counts once")
    p.add_argument("--override", metavar="REASON", default=None,
                   help="a supervisor lets in a cancelled, pending or replaced badge, or an "
                        "unknown code as a walk-in (PIN when set)")
    add_data_dir(p)  # on a server: this door's offline copy and journal (checkin/offline)
    print_cmds.add_scan_options(p)  # --print PRINTER [--layout L] (checkin/printing)

    p = sub.add_parser("admit", help="check a guest in by id (find it with guests --search)")
    _door_options(p)
    p.add_argument("--guest", type=_whole, required=True)
    p.add_argument("--people", type=_whole, default=None)
    p.add_argument("--at", type=_moment, default=None, help="a paper tick: when it happened")
    p.add_argument("--confirmed", action="store_true")

    p = sub.add_parser("walk-in", help="add someone at the door and let them in")
    _door_options(p)
    p.add_argument("--name", required=True)
    p.add_argument("--organisation", default="")
    p.add_argument("--email", default="")
    p.add_argument("--companions", type=_whole, default=0)
    p.add_argument("--new", action="store_true",
                   help="add them even though an invited guest has the same name or email")
    p.add_argument("--confirmed", action="store_true")

    p = sub.add_parser("undo", help="take back this door's last entry, exit or count")
    _door_options(p)
    p.add_argument("--reason", required=True)

    p = sub.add_parser("count", help="the +/- counter for people without a badge")
    _door_options(p)
    p.add_argument("delta", type=_count, metavar="+1|-1")

    p = sub.add_parser("capacity", help="change the capacity (PIN when set)")
    _door_options(p)
    p.add_argument("capacity", type=_whole, metavar="N")

    p = sub.add_parser("reissue", help="a new code for a guest; the old one scans as revoked")
    _door_options(p)
    p.add_argument("code", metavar="CODE")

    offline_cli.add_parsers(sub)  # release-door (checkin/offline)

    p = sub.add_parser("status", help="headcount and counts")
    p.add_argument("event")
    p.add_argument("--json", action="store_true")


def _say(args: argparse.Namespace, out: TextIO, result: ScanResult,
         badge: print_cmds.ScanPrinting | None = None) -> bool:
    """Print one result; whether the door did what was asked."""
    if args.json:
        print_json(out, result.as_json() | (badge.fields(result) if badge else {}))
    else:
        who = result.guest.name if result.guest else ""
        line = f"{result.verdict.value}\t{result.inside}/{result.capacity}\t{who}"
        if result.verdict is Verdict.REVOKED and result.replaced_on is not None:
            line += f"\tbadge replaced on {result.replaced_on.date().isoformat()}; " \
                    "ask for the new badge"
        elif result.override:
            line += f"\toverride: {result.reason}"
        elif result.action is Action.REISSUE and result.guest is not None:
            line += f"\tnew code {result.guest.code}"
        print(line + (badge.text(result) if badge else ""), file=out)
    out.flush()  # a script reading our stdout hears each verdict at once
    return result.verdict.ok


def _scan(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if args.data_dir is not None and is_server_url(args.event) and args.override is None \
            and args.at is None and args.id is None:
        return offline_cli.scan(args, out, stdin)
    if args.id and len(args.codes) != 1:
        raise InvalidValue("--id", args.id, "names one scan; give exactly one CODE with it")
    if args.override is not None and not args.codes:
        raise InvalidValue("--override", args.override,
                           "needs the CODE on the command line, not on stdin")

    badge = print_cmds.scan_printing(args, args.event)  # --print: each admitted guest's badge

    def one(store: Store, raw: str) -> ScanResult:
        return badge.after(store, DoorService(store, args.door).scan(
            raw, exit=args.exit, at=args.at, scan_id=args.id, people=args.people,
            confirmed=args.confirmed, ask_companions=False))

    if not args.codes:
        # a stream on stdin: every line answered, the stream never stops early
        return stream.run(args.event, stdin, out, as_json=args.json, scan=one,
                          show=lambda result: _say(args, out, result, badge))
    ok = True
    with Store.open(args.event) as store:
        for raw in args.codes:
            if not raw.strip():
                continue
            if args.override is not None:
                result = badge.after(store, DoorService(store, args.door).override(
                    raw, args.override, pin_if_needed(store), people=args.people,
                    confirmed=args.confirmed, ask_companions=False))
            else:
                result = one(store, raw)
            ok = _say(args, out, result, badge) and ok
    return EXIT_OK if ok else EXIT_DENIED


def _admit(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    with Store.open(args.event) as store:
        result = DoorService(store, args.door).admit(
            args.guest, people=args.people, at=args.at, confirmed=args.confirmed,
            ask_companions=False)
    return EXIT_OK if _say(args, out, result) else EXIT_DENIED


def _walk_in(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    person = GuestInput(name=args.name, organisation=args.organisation, email=args.email,
                        companions=max(0, args.companions))
    with Store.open(args.event) as store:
        result = DoorService(store, args.door).walk_in(person, new=args.new,
                                                        confirmed=args.confirmed)
    if result.verdict is Verdict.MATCH and result.match is not None and not args.json:
        m = result.match
        org = f" ({m.organisation})" if m.organisation else ""
        print(f"match\t{result.inside}/{result.capacity}\t{m.name}{org} is on the list as "
              f"guest {m.id} ({m.status.value}); check them in with "
              f"`checkin admit EVENT --guest {m.id}`, or add --new if this is someone else",
              file=out)
        return EXIT_DENIED
    return EXIT_OK if _say(args, out, result) else EXIT_DENIED


def _undo(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    with Store.open(args.event) as store:
        svc = DoorService(store, args.door)
        result = svc.undo(args.reason)
        if result.verdict is Verdict.PIN_REQUIRED:  # past the undo window
            result = svc.undo(args.reason, read_pin())
    if result.verdict is Verdict.NOTHING_TO_UNDO:
        where = f'door "{args.door}"' if args.door else "this door (no --door)"
        print(f"checkin: nothing to undo: {where} has no entry, exit or count left to take "
              "back.", file=sys.stderr)
    return EXIT_OK if _say(args, out, result) else EXIT_DENIED


def _counter(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    with Store.open(args.event) as store:
        result = DoorService(store, args.door).count(args.delta)
    return EXIT_OK if _say(args, out, result) else EXIT_DENIED


def _capacity(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from checkin.door import check_capacity

    check_capacity(args.capacity)  # a bad number is refused before a PIN is asked
    with Store.open(args.event) as store:
        result = DoorService(store, args.door).set_capacity(args.capacity,
                                                            pin_if_needed(store))
    return EXIT_OK if _say(args, out, result) else EXIT_DENIED


def _reissue(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    with Store.open(args.event) as store:
        result = DoorService(store, args.door).reissue(args.code)
    return EXIT_OK if _say(args, out, result) else EXIT_DENIED


def _status(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    with Store.open(args.event, read_only=True) as store:
        st = DoorService(store).status()
        zone = store.event().zone
        doors = offline_doors(store, args.json)  # the offline doors' shares (checkin/offline)
    if args.json:
        print_json(out, st.as_json() | ({"doors": doors} if doors else {}))
        return EXIT_OK
    for line in doors:
        print(line, file=out)
    pending = f", {st.pending} pending" if st.pending else ""
    print(f"{st.inside} / {st.capacity} inside; {st.arrived} of {st.guests} guests arrived, "
          f"{st.cancelled} cancelled{pending}; peak {st.peak}", file=out)
    if st.over_cap is not None:
        when = st.over_cap.at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        print(f"Over the cap at {when}: {st.over_cap.inside} inside, {st.over_cap.by} more "
              f"than {st.over_cap.capacity} (late scans recorded as they happened).", file=out)
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    "scan": _scan,
    "admit": _admit,
    "walk-in": _walk_in,
    "undo": _undo,
    "count": _counter,
    "capacity": _capacity,
    "reissue": _reissue,
    "status": _status,
    "release-door": offline_cli.release,
}
