"""The `checkin` command: parses, calls the core, prints. No rule lives here.

Exit status: 0 done, 1 a scan denied, 2 bad input or usage (one sentence on
stderr, never a traceback). The commands live by subject: event_cmds (the
event and its files), door_cmds (the door's actions), report_cmds (who is or
was inside); common holds the parser and printing they share.

Output is UTF-8 on every platform, whatever the console's code page or the
locale (a Windows pipe or redirect would otherwise be cp1252 and die on
"Yılmaz"); a reader that stops early (`checkin guests EVENT | head -1`) ends
the command quietly with status 141, as if by SIGPIPE, never a traceback.
"""

from __future__ import annotations

import argparse
import codecs
import io
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from checkin.cli import door_cmds, event_cmds, mail_cmds, print_cmds, report_cmds
from checkin.cli.common import EXIT_DENIED, EXIT_OK, EXIT_USAGE, VersionAction, _Parser
from checkin.errors import CheckinError

__all__ = ["EXIT_DENIED", "EXIT_OK", "EXIT_PIPE_CLOSED", "EXIT_USAGE", "build_parser", "main"]

EXIT_PIPE_CLOSED = 141  # what a shell reports for a program ended by SIGPIPE

_MODULES = (event_cmds, door_cmds, report_cmds, print_cmds, mail_cmds)
COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    name: command for module in _MODULES for name, command in module.COMMANDS.items()
}


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="checkin", description="Run the door of an event.")
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for module in _MODULES:
        module.add_parsers(sub)
    return parser


def main(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None, stdin: TextIO | None = None
) -> int:
    utf8_streams()
    out = stdout or sys.stdout
    try:
        args = _parse(build_parser(), argv)
        try:
            return COMMANDS[args.command](args, out, stdin or sys.stdin)
        finally:
            # Inside the try, so a closed pipe is met here and not at the exit's flush.
            out.flush()
    except CheckinError as exc:
        print(f"checkin: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_PIPE_CLOSED
    except KeyboardInterrupt:
        return 130


def _parse(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """argparse, but the codes of `scan` may also stand after its options
    (`checkin scan EVENT --door Noord CODE`): argparse alone takes positionals in one run."""
    args, rest = parser.parse_known_args(argv)
    if rest and args.command == "scan" and not any(r.startswith("-") for r in rest):
        args.codes = [*args.codes, *rest]
    elif rest:
        parser.error(f"unrecognized arguments: {' '.join(rest)}")
    return args


def utf8_streams() -> None:
    """stdout and stderr write UTF-8, whatever PYTHONIOENCODING, the locale or code page say."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and codecs.lookup(stream.encoding).name != "utf-8":
            # surrogateescape: bytes of an undecodable file name given on the command
            # line go out as they came in, instead of ending the command.
            errors = "surrogateescape" if stream is sys.stdout else "backslashreplace"
            stream.reconfigure(encoding="utf-8", errors=errors)


def _silence_stdout() -> None:
    # Python flushes stdout once more at exit; aimed at a closed pipe, that flush would
    # print "Exception ignored ... BrokenPipeError". Point the descriptor at devnull.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # no real descriptor (an embedding host, a test's buffer)
        pass


if __name__ == "__main__":
    sys.exit(main())
