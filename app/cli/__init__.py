"""The `socketlab` command: no arguments opens the window; subcommands run headless.

`--help`, `--version` and every subcommand work without a display: nothing here
imports Qt unless the window is asked for.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from app import APP_NAME, __version__

#: Modules under app.cli that add a subcommand with `register(subparsers)`.
COMMAND_MODULES: tuple[str, ...] = (
    # one module per line, so branches that add commands merge cleanly
    "chat",
    "subnet",
    "ping",
    "dns",
    "ports",
    "ifaces",
    "udp",
    "find",
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, with every registered subcommand."""
    parser = argparse.ArgumentParser(
        prog="socketlab",
        description=(
            f"{APP_NAME}: chat over a LAN, send UDP datagrams, calculate subnets and "
            "diagnose networks. With no command, opens the window."
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--exit-after-paint",
        action="store_true",
        help=argparse.SUPPRESS,  # opens the window, prints "painted" and exits 0
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"app.cli.{name}").register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list == ["--exit-after-paint"]:
        # The double-click path: open the window without building the parser (start-up).
        from app.gui import run_window

        return run_window([sys.argv[0]], exit_after_paint=bool(args_list))
    parser = build_parser()
    args = parser.parse_args(args_list)
    handler = getattr(args, "handler", None)
    if handler is None:
        from app.gui import run_window

        return run_window([sys.argv[0]], exit_after_paint=args.exit_after_paint)
    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        return 130
