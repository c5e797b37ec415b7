"""`checkin mail`: the tickets by e-mail, and `--status` for the counts.

Exit 0 when every ticket due went, 1 when some address was refused (each
named with the server's answer), 2 when the server could not be reached or
refused the login (one sentence; nothing marked sent) or stopped answering
mid-run (what was sent stays sent; the rest waits for the next run).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import TYPE_CHECKING, Any, TextIO

from checkin.cli.common import EXIT_DENIED, EXIT_OK, EXIT_USAGE, _positive_int, print_json
from checkin.errors import InvalidValue
from checkin.store import Store

if TYPE_CHECKING:
    from checkin.mail.sender import SendReport

TLS_MODES = ("starttls", "ssl", "none")  # as checkin/mail/smtp.py; the mail code loads on use

_STATES = (
    ("due", "to send"),
    ("sent", "sent"),
    ("refused", "refused"),
    ("failed", "failed for now"),
    ("sending", "in flight when a run stopped"),
    ("invalid_address", "invalid address"),
    ("no_address", "no address"),
    ("cancelled", "cancelled or pending"),
)


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("mail", help="send every guest their ticket by e-mail, once")
    p.add_argument("event")
    p.add_argument(
        "--smtp",
        metavar="smtp://[USER@]HOST[:PORT]",
        help="the mail server; the password comes from CHECKIN_SMTP_PASSWORD, "
        "the keychain, or a prompt",
    )
    p.add_argument("--tls", choices=TLS_MODES, help="default: STARTTLS, SSL on port 465")
    p.add_argument("--from", dest="sender", metavar='"NAME <ADDR>"')
    p.add_argument("--reply-to", default="", metavar="ADDR")
    p.add_argument(
        "--only",
        action="extend",
        nargs="+",
        metavar="CODE",
        help="send exactly these guests' tickets, again if they were sent",
    )
    p.add_argument(
        "--rate",
        type=_positive_int,
        metavar="N",
        help="messages a minute (default: the event's setting, 30)",
    )
    p.add_argument("--status", action="store_true", help="only count the tickets")
    p.add_argument("--json", action="store_true")


def _mail(args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from checkin.mail.message import parse_sender
    from checkin.mail.password import find_password
    from checkin.mail.sender import send_tickets
    from checkin.mail.smtp import parse_server

    if args.status:
        return _status(args, out)
    if not args.smtp:
        raise InvalidValue("--smtp", "", "is needed to send, like smtp://user@smtp.example.nl")
    if not args.sender:
        raise InvalidValue("--from", "", 'is needed, like "Bureau Nieuw-West <info@…>"')
    server = parse_server(args.smtp, args.tls)
    sender = parse_sender(args.sender, args.reply_to)
    terminal = sys.stdin is not None and sys.stdin.isatty()
    password = find_password(server, os.environ, getpass.getpass if terminal else None)
    with Store.open(args.event) as store:
        report = send_tickets(store, server, password, sender, only=args.only, rate=args.rate)
    return _print(report, args.json, out)


def _print(report: SendReport, as_json: bool, out: TextIO) -> int:
    if as_json:
        print_json(out, report.as_json())
    else:
        print(f"Sent {report.sent} ticket{'s' if report.sent != 1 else ''}.", file=out)
        for r in report.refused:
            print(f"Refused: {r.name} <{r.email}>: {r.answer}", file=out)
        for r in report.invalid:
            print(f"Not sent: {r.name} <{r.email}>: {r.answer}", file=out)
    if report.stopped:
        print(
            f"checkin: the mail server stopped answering ({report.stopped}); "
            f"{report.left} tickets were not sent, run the command again.",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return EXIT_DENIED if report.refused or report.invalid else EXIT_OK


def _status(args: argparse.Namespace, out: TextIO) -> int:
    from checkin.mail import outbox

    with Store.open(args.event, read_only=True) as store:
        counts = outbox.counts(store)
    if args.json:
        print_json(out, counts)
    else:
        for key, label in _STATES:
            print(f"{label}: {counts[key]}", file=out)
    return EXIT_OK


COMMANDS = {"mail": _mail}
