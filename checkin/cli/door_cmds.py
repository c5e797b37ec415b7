"""The door's commands: scan (codes or a stream on stdin), admit, walk-in, undo, count,
capacity, reissue and status. Every one goes through the door service, as the app does.

The supervisor PIN is never an argument: it comes from ``CHECKIN_PIN`` or a
prompt on a terminal, and only when the event has one and the action needs it.
"""

from __future__ import annotations

import argparse
import errno
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
from checkin.door.undo import UndoChoice
from checkin.errors import InvalidValue
from checkin.location import is_server_url
from checkin.models import GuestInput
from checkin.store import Store


def _moment(text: str) -> datetime:
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time like 2021-06-18T19:30+02:00"
        ) from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} has no UTC offset; give one, like 2021-06-18T19:30+02:00"
        )
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
    p.add_argument(
        "--confirmed",
        action="store_true",
        help="the door question was asked and confirmed for each of these guests",
    )
    p.add_argument(
        "--people",
        type=_whole,
        default=None,
        help="how many came in with this badge (the guest and companions)",
    )
    p.add_argument(
        "--at",
        type=_moment,
        default=None,
        help="when it happened (ISO 8601 with offset): applied at its own time",
    )
    p.add_argument("--id", default=None, help="the scan's id; the same id twice counts once")
    p.add_argument(
        "--override",
        metavar="REASON",
        default=None,
        help="a supervisor lets in a cancelled, pending or replaced badge, or an "
        "unknown code once as a walk-in (PIN when set); with --at, records "
        "an entry over the cap of its time (a PIN must be set)",
    )
    add_data_dir(p)  # on a server: this door's offline copy and journal (checkin/offline)
    print_cmds.add_scan_options(p)  # --print PRINTER [--layout L] (checkin/printing)

    p = sub.add_parser("admit", help="check a guest in by id (find it with guests --search)")
    _door_options(p)
    p.add_argument("--guest", type=_whole, required=True)
    p.add_argument("--people", type=_whole, default=None)
    p.add_argument("--at", type=_moment, default=None, help="a paper tick: when it happened")
    p.add_argument("--confirmed", action="store_true")
    add_data_dir(p)  # on a server: decided from this door's copy when the server is silent

    p = sub.add_parser("walk-in", help="add someone at the door and let them in")
    _door_options(p)
    p.add_argument("--name", required=True)
    p.add_argument("--organisation", default="")
    p.add_argument("--email", default="")
    p.add_argument("--companions", type=_whole, default=0)
    p.add_argument(
        "--new",
        action="store_true",
        help="add them even though an invited guest has the same name or email",
    )
    p.add_argument("--confirmed", action="store_true")
    add_data_dir(p)

    p = sub.add_parser(
        "undo",
        help="take back this door's last entry, exit or count "
        "(or --scan ID); --list names them first",
    )
    _door_options(p)
    p.add_argument("--reason", default=None, help="why (required to undo)")
    p.add_argument(
        "--scan",
        type=_whole,
        default=None,
        metavar="ID",
        help="the scan to take back (its id from --list); default: the last",
    )
    p.add_argument(
        "--list",
        action="store_true",
        help="list this door's recent scans an undo could take back, and change nothing",
    )
    add_data_dir(p)

    p = sub.add_parser("count", help="the +/- counter for people without a badge")
    _door_options(p)
    p.add_argument("delta", type=_count, metavar="+1|-1")
    add_data_dir(p)

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


def _say(
    args: argparse.Namespace,
    out: TextIO,
    result: ScanResult,
    badge: print_cmds.ScanPrinting | None = None,
) -> bool:
    """Print one result; whether the door did what was asked."""
    if args.json:
        print_json(out, result.as_json() | (badge.fields(result) if badge else {}))
    else:
        who = result.guest.name if result.guest else ""
        if result.verdict in (Verdict.UNKNOWN, Verdict.WRONG_EVENT):
            who = result.code  # which badge it was
        line = f"{result.verdict.value}\t{result.inside}/{result.capacity}\t{who}"
        if result.verdict is Verdict.REVOKED and result.replaced_on is not None:
            line += (
                f"\tbadge replaced on {result.replaced_on.date().isoformat()}; "
                "ask for the new badge"
            )
        elif result.flag in _FLAGS:
            line += f"\t{_FLAGS[result.flag]}"
        elif result.override:
            line += f"\toverride: {result.reason}"
        elif result.action is Action.REISSUE and result.guest is not None:
            line += f"\tnew code {result.guest.code}"
        print(line + (badge.text(result) if badge else ""), file=out)
    out.flush()  # a script reading our stdout hears each verdict at once
    return result.verdict.ok


def _scan(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if (
        args.data_dir is not None
        and is_server_url(args.event)
        and args.override is None
        and args.at is None
        and args.id is None
    ):
        return offline_cli.scan(args, out, stdin)
    if args.id and len(args.codes) != 1:
        raise InvalidValue("--id", args.id, "names one scan; give exactly one CODE with it")
    if args.override is not None and not args.codes:
        raise InvalidValue(
            "--override", args.override, "needs the CODE on the command line, not on stdin"
        )

    badge = print_cmds.scan_printing(args, args.event)  # --print: each admitted guest's badge

    def one(store: Store, raw: str) -> ScanResult:
        return badge.after(
            store,
            DoorService(store, args.door).scan(
                raw,
                exit=args.exit,
                at=args.at,
                scan_id=args.id,
                people=args.people,
                confirmed=args.confirmed,
                ask_companions=False,
            ),
        )

    if not args.codes:
        # a stream on stdin: every line answered, the stream never stops early
        return stream.run(
            args.event,
            stdin,
            out,
            as_json=args.json,
            scan=one,
            show=lambda result: _say(args, out, result, badge),
        )
    ok = True
    with Store.open(args.event) as store:
        for raw in args.codes:
            if not raw.strip():
                continue
            if stream.output_gone(out):  # nobody hears the verdict: scan nobody more
                raise BrokenPipeError(errno.EPIPE, "nobody reads the answers")
            if args.override is not None:
                result = badge.after(
                    store,
                    DoorService(store, args.door).override(
                        raw,
                        args.override,
                        pin_if_needed(store),
                        people=args.people,
                        confirmed=args.confirmed,
                        ask_companions=False,
                        at=args.at,
                    ),
                )
            else:
                result = one(store, raw)
            ok = _say(args, out, result, badge) and ok
    return EXIT_OK if ok else EXIT_DENIED


def _offline(args: argparse.Namespace) -> bool:
    """A door with its own copy (--data-dir on a server): decided offline when need be."""
    return args.data_dir is not None and is_server_url(args.event)


def _admit(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if _offline(args) and args.at is None:
        return offline_cli.act(
            args,
            lambda door: door.admit(
                args.guest, people=args.people, confirmed=args.confirmed, ask_companions=False
            ),
            lambda result: _say(args, out, result),
        )
    with Store.open(args.event) as store:
        result = DoorService(store, args.door).admit(
            args.guest,
            people=args.people,
            at=args.at,
            confirmed=args.confirmed,
            ask_companions=False,
        )
    return EXIT_OK if _say(args, out, result) else EXIT_DENIED


def _walk_in(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    person = GuestInput(
        name=args.name,
        organisation=args.organisation,
        email=args.email,
        companions=max(0, args.companions),
    )
    if _offline(args):
        return offline_cli.act(
            args,
            lambda door: door.walk_in(person, new=args.new, confirmed=args.confirmed),
            lambda result: _said_walk_in(args, out, result),
        )
    with Store.open(args.event) as store:
        result = DoorService(store, args.door).walk_in(
            person, new=args.new, confirmed=args.confirmed
        )
    return EXIT_OK if _said_walk_in(args, out, result) else EXIT_DENIED


def _said_walk_in(args: argparse.Namespace, out: TextIO, result: ScanResult) -> bool:
    if result.verdict is Verdict.MATCH and result.match is not None and not args.json:
        m = result.match
        org = f" ({m.organisation})" if m.organisation else ""
        print(
            f"match\t{result.inside}/{result.capacity}\t{m.name}{org} is on the list as "
            f"guest {m.id} ({m.status.value}); check them in with "
            f"`checkin admit EVENT --guest {m.id}`, or add --new if this is someone else",
            file=out,
        )
        return False
    return _say(args, out, result)


_FLAGS = {
    "over_cap": "recorded over the cap by a supervisor: the status reports it",
    "over_cap_needs_pin": "over the cap at that time; only a supervisor can record it, "
    "and this event has no PIN: set one first",
    "undo_window": "past the undo window",
    "undo_once": "this door used its undo within the window already",
    "undo_again": "a scan of this guest was undone before",
    "undo_other_door": "another door's scan",
}


def _choice_line(choice: UndoChoice, zone: Any) -> str:
    who = choice.guest.name if choice.guest else ("+1" if choice.action is Action.COUNTER else "-1")
    when = choice.at.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")
    need = ""
    if choice.needs_pin:
        need = "\tneeds the supervisor PIN: " if choice.pin_set else "\trefused: "
        need += _FLAGS[choice.needs_pin]
        if not choice.pin_set:
            need += " (no PIN is set)"
    return f"{choice.record_id}\t{when}\t{choice.verdict.value}\t{who}{need}"


def _choice_json(choice: UndoChoice) -> dict[str, object]:
    guest = None if choice.guest is None else {"id": choice.guest.id, "name": choice.guest.name}
    return {
        "scan": choice.record_id,
        "at": choice.at.isoformat(),
        "door": choice.door,
        "action": choice.action.value,
        "verdict": choice.verdict.value,
        "people": choice.people,
        "code": choice.code,
        "guest": guest,
        "needs_pin": choice.needs_pin or None,
        "allowed": choice.allowed,
    }


def _undo(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if _offline(args):
        if args.reason is None:
            raise InvalidValue("--reason", "", "is missing; an undo needs a reason")

        def undo(door: Any) -> ScanResult:
            result: ScanResult = door.undo(args.reason, scan=args.scan)
            if result.verdict is Verdict.PIN_REQUIRED:  # more than the door's own undo
                result = door.undo(args.reason, read_pin(), scan=args.scan)
            return result

        return offline_cli.act(args, undo, lambda result: _said_undo(args, out, result))
    with Store.open(args.event) as store:
        svc = DoorService(store, args.door)
        zone = store.event().zone
        offered = svc.undo_choices(args.scan)
        if args.list:
            if args.json:
                for choice in offered:
                    print_json(out, _choice_json(choice))
            for choice in [] if args.json else offered:
                print(_choice_line(choice, zone), file=out)
            return EXIT_OK
        if args.reason is None:
            raise InvalidValue("--reason", "", "is missing; an undo needs a reason")
        named = offered[0] if offered else None
        if named is not None and not args.json:  # what will be taken back, before it is
            print(f"taking back: {_choice_line(named, zone)}", file=sys.stderr)
        result = svc.undo(args.reason, scan=args.scan)
        if result.verdict is Verdict.PIN_REQUIRED:  # more than the door's own undo
            result = svc.undo(args.reason, read_pin(), scan=args.scan)
    return EXIT_OK if _said_undo(args, out, result, named) else EXIT_DENIED


def _said_undo(
    args: argparse.Namespace, out: TextIO, result: ScanResult, named: UndoChoice | None = None
) -> bool:
    """Say what an undo did (and, with --json, which scan it took back)."""
    if result.verdict is Verdict.NOTHING_TO_UNDO:
        where = f'door "{args.door}"' if args.door else "this door (no --door)"
        what = (
            f"scan {args.scan} is not"
            if args.scan is not None
            else f"{where} has no entry, exit or count"
        )
        print(f"checkin: nothing to undo: {what} left to take back.", file=sys.stderr)
    elif result.verdict is Verdict.REFUSED:
        print(
            f"checkin: undo refused: {_FLAGS.get(result.flag, result.flag)}; only a "
            "supervisor may, and this event has no PIN: set one first.",
            file=sys.stderr,
        )
    if args.json and named is not None:
        print_json(out, result.as_json() | {"taken_back": _choice_json(named)})
        return result.verdict.ok
    return _say(args, out, result)


def _counter(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    if _offline(args):
        return offline_cli.act(
            args, lambda door: door.count(args.delta), lambda result: _say(args, out, result)
        )
    with Store.open(args.event) as store:
        result = DoorService(store, args.door).count(args.delta)
    return EXIT_OK if _say(args, out, result) else EXIT_DENIED


def _capacity(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from checkin.door import check_capacity

    check_capacity(args.capacity)  # a bad number is refused before a PIN is asked
    with Store.open(args.event) as store:
        result = DoorService(store, args.door).set_capacity(args.capacity, pin_if_needed(store))
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
    print(
        f"{st.inside} / {st.capacity} inside; {st.arrived} of {st.guests} guests arrived, "
        f"{st.cancelled} cancelled{pending}; peak {st.peak}",
        file=out,
    )
    if st.over_cap is not None:
        when = st.over_cap.at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        print(
            f"Over the cap at {when}: {st.over_cap.inside} inside, {st.over_cap.by} more "
            f"than {st.over_cap.capacity} (entries recorded afterwards as they happened).",
            file=out,
        )
    if st.undos or st.undos_refused:
        print(
            f"Undo: {st.undos} scans taken back ({st.undone_people} people no longer "
            f"counted in), {st.undos_with_pin} with the supervisor PIN; "
            f"{st.undos_refused} refused.",
            file=out,
        )
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
