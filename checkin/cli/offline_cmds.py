"""The command line's offline door: `checkin scan URL --door NAME --data-dir DIR`, and the
doors in `checkin status URL`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from sqlalchemy.exc import SQLAlchemyError

from checkin.cli.common import EXIT_DENIED, EXIT_OK, data_dir_of, print_json
from checkin.cli.stream import as_bytes, byte_lines, scanned_text
from checkin.door import ScanResult
from checkin.errors import InvalidValue, StoreError
from checkin.offline.door import OfflineDoor
from checkin.store import Store, doors, utcnow

_OK = frozenset({"admitted", "exited"})


def _lines(stdin: TextIO) -> Iterator[str]:
    for head, length in byte_lines(as_bytes(stdin)):
        text = scanned_text(head, length)
        if text:
            yield text


def scan(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """Codes (or a stream on stdin) at a door that keeps scanning through an outage."""
    if not args.door.strip():
        raise InvalidValue(
            "--door",
            args.door,
            "is needed with --data-dir: each door keeps its own share and journal",
        )
    codes: Iterable[str] = args.codes or _lines(stdin)
    all_ok = True
    with OfflineDoor(args.event, args.door.strip(), data_dir_of(args)) as door:
        said = _notices(door, 0)
        for raw in codes:
            if not raw.strip():
                continue
            r = door.scan(
                raw,
                exit=args.exit,
                people=args.people,
                confirmed=args.confirmed,
                ask_companions=False,
            )
            _say(out, r, args.json)
            all_ok = all_ok and r.verdict.value in _OK
            said = _notices(door, said)
        _finish(door, said)
    return EXIT_OK if all_ok else EXIT_DENIED


def act(
    args: argparse.Namespace,
    work: Callable[[OfflineDoor], ScanResult],
    say: Callable[[ScanResult], bool],
) -> int:
    """One door action (admit, walk-in, undo, count) at a door that keeps working through
    an outage: decided by the server, or from this door's copy within its share."""
    if not args.door.strip():
        raise InvalidValue(
            "--door",
            args.door,
            "is needed with --data-dir: each door keeps its own share and journal",
        )
    with OfflineDoor(args.event, args.door.strip(), data_dir_of(args)) as door:
        said = _notices(door, 0)
        ok = say(work(door))
        _finish(door, said)
    return EXIT_OK if ok else EXIT_DENIED


def _finish(door: OfflineDoor, said: int) -> None:
    if door.link().waiting:
        door.flush()
    _notices(door, said)
    waiting = door.link().waiting
    if waiting:
        print(
            f"checkin: {waiting} scans wait in this door's journal; they are sent when "
            "this door next reaches the server.",
            file=sys.stderr,
        )


def _notices(door: OfflineDoor, said: int) -> int:
    for text in door.notices[said:]:
        print(f"checkin: {text}", file=sys.stderr)
    return len(door.notices)


def _say(out: TextIO, r: ScanResult, as_json: bool) -> None:
    if as_json:
        print_json(out, r.as_json())
    else:
        who = r.guest.name if r.guest else ""
        mark = "\toffline" if r.offline else ""
        out.write(f"{r.verdict.value}\t{r.inside}/{r.capacity}\t{who}{mark}\n")
    out.flush()


def offline_doors(store: Store, as_json: bool) -> list[object]:
    """The doors for `checkin status`: JSON objects, or lines of text. A file that could
    not be brought to schema 4 (opened read-only) has no doors to list."""
    try:
        return list(doors_json(store)) if as_json else list(doors_text(store))
    except (SQLAlchemyError, StoreError):
        return []


def doors_json(store: Store) -> list[dict[str, object]]:
    """The doors holding shares, for `checkin status --json`."""
    now = utcnow()
    purged = store.event().purged_at
    with store.read() as conn:
        return [
            d.as_json(now) | {"holds_data": purged is not None and d.last_contact < purged}
            for d in doors.door_rows(conn)
        ]


def doors_text(store: Store) -> list[str]:
    now = utcnow()
    event = store.event()
    zone, purged = event.zone, event.purged_at
    with store.read() as conn:
        rows = doors.door_rows(conn)
    out = []
    for d in rows:
        state = (
            "released"
            if d.released
            else "closed"
            if d.closed
            else ("online" if d.online(now) else "not heard")
        )
        when = d.last_contact.astimezone(zone).strftime("%H:%M:%S")
        line = (
            f"door {d.name}: {state}, share {d.share}, last contact {when}, "
            f"{d.waiting} scans waiting"
        )
        if d.overshoot:
            line += f", {d.overshoot} past the cap after its late scans"
        if d.restored:
            times = "once" if d.restored == 1 else f"{d.restored} times"
            line += f", its copy came back older than the server had heard it ({times})"
        if purged is not None and d.last_contact < purged:
            line += ", not heard from since the purge: its copy still holds guest data"
        out.append(line)
    return out


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "release-door",
        help="a supervisor gives a lost door's share of the "
        "places back to the other doors (PIN when set)",
    )
    p.add_argument("event")
    p.add_argument("name", metavar="DOOR", help="the lost door's name")


def release(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    """`checkin release-door EVENT DOOR`: the places that door held return to the pool. If it
    comes back having admitted on them, its scans still count and the overshoot is said."""
    from checkin import pin as pins
    from checkin.cli.common import pin_if_needed

    with Store.open(args.event) as store:
        if not pins.check(store, pin_if_needed(store)):
            raise InvalidValue("PIN", "", "is needed to release a door's share")
        with store.write() as tx:
            now = doors.server_time(tx.conn)
            row = next((d for d in doors.door_rows(tx.conn) if d.name == args.name), None)
            freed = doors.release(tx.conn, args.name)
    if freed < 0:
        raise InvalidValue("door", args.name, "has never held a share of this event")
    if row is not None and row.online(now):
        ago = max(0, int((now - row.last_contact).total_seconds()))
        print(
            f"checkin: warning: door {args.name} was heard from {ago} s ago, so it is not "
            "lost; its places are released anyway and it takes a new share at its next "
            "contact.",
            file=sys.stderr,
        )
    print(
        f"Door {args.name}: {freed} places released to the other doors; its late scans "
        "will still count when it returns.",
        file=out,
    )
    return EXIT_OK
