"""``postcard [--home DIR] COMMAND …``: the headless twin of the GUI.

Exit codes: 0 ok, 1 user error (one line on stderr, no traceback), 2 usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from postcard import __version__
from postcard.cli import book_commands, commands, desktop_commands, render_commands
from postcard.cli.arguments import OneLineParser
from postcard.core.text import shorten
from postcard.errors import PostcardError

MAX_MESSAGE = 400  # characters


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="postcard", description="Thank-you postcards after events.")
    parser.add_argument(
        "--home", metavar="DIR", help="keep all data in DIR (default: $POSTCARD_HOME or the platform dirs)"
    )
    parser.add_argument("--version", action="version", version=f"postcard {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    commands.register(sub)
    render_commands.register(sub)
    book_commands.register(sub)
    desktop_commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except PostcardError as exc:
        print(f"postcard: {shorten(str(exc), MAX_MESSAGE)}", file=sys.stderr)  # one readable line, whatever it quotes
        return 1
    except BrokenPipeError:  # the reader went away (postcard contacts | head): not an error
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that the final flush at exit does not complain again
        return 0
    except OSError as exc:  # a file the user named cannot be read or written
        where = f" {exc.filename}" if exc.filename else ""
        print(shorten(f"postcard: cannot use{where}: {exc.strerror or exc}", MAX_MESSAGE), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("postcard: interrupted; nothing half-written was kept", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
