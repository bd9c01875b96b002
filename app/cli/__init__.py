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
    "send",
    "subnet",
    "ping",
    "dns",
    "ports",
    "ifaces",
    "udp",
    "find",
    "capture",
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
    parser.add_argument(
        "--new-instance",
        action="store_true",
        help="open another window even if SocketLab is already running",
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add SocketLab to your desktop's application menu (Linux and other "
        "freedesktop systems), starting this installation",
    )
    desktop.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove SocketLab from your desktop's application menu",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(f"app.cli.{name}").register(subparsers)
    return parser


#: Arguments that only open the window: handled without building the parser.
WINDOW_FLAGS = frozenset({"--exit-after-paint", "--new-instance"})


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if set(args_list) <= WINDOW_FLAGS:
        # The double-click path: open the window without building the parser (start-up).
        from app.gui import run_window

        return run_window(
            [sys.argv[0]],
            exit_after_paint="--exit-after-paint" in args_list,
            new_instance="--new-instance" in args_list,
        )
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        if args.command is not None:
            parser.error("--install-desktop-entry and --uninstall-desktop-entry take no command")
        from app.desktop import run_desktop_entry_command

        return run_desktop_entry_command(install=args.install_desktop_entry)
    handler = getattr(args, "handler", None)
    if handler is None:
        from app.gui import run_window

        return run_window(
            [sys.argv[0]],
            exit_after_paint=args.exit_after_paint,
            new_instance=args.new_instance,
        )
    try:
        return int(handler(args) or 0)
    except KeyboardInterrupt:
        return 130
