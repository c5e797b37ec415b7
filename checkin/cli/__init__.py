"""The `checkin` command: parses, calls the core, prints. No rule lives here.

Exit status: 0 done, 1 a scan denied, 2 bad input or usage (one sentence on
stderr, never a traceback). The commands live by subject: event_cmds (the
event and its files), door_cmds (the door's actions), report_cmds (who is or
was inside); common holds the parser and printing they share.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

from checkin.cli import door_cmds, event_cmds, report_cmds
from checkin.cli.common import EXIT_DENIED, EXIT_OK, EXIT_USAGE, _Parser
from checkin.errors import CheckinError

__all__ = ["EXIT_DENIED", "EXIT_OK", "EXIT_USAGE", "build_parser", "main"]

_MODULES = (event_cmds, door_cmds, report_cmds)
COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO, TextIO], int]] = {
    name: command for module in _MODULES for name, command in module.COMMANDS.items()
}


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="checkin", description="Run the door of an event.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for module in _MODULES:
        module.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None, *, stdout: TextIO | None = None,
         stdin: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args, out, stdin or sys.stdin)
    except CheckinError as exc:
        print(f"checkin: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
