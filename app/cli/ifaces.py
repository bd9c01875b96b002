"""`socketlab ifaces [--json]`: this machine's interfaces, MAC and LAN address."""

from __future__ import annotations

import argparse
import json

from app.cli.diagnostics_common import EXIT_OK
from app.core.diagnostics.interfaces import list_interfaces


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `ifaces` subcommand."""
    parser = subparsers.add_parser(
        "ifaces",
        help="list network interfaces with their MAC and IP addresses",
        description=(
            "List every network interface: state, MAC address, IPv4 and IPv6 addresses "
            "with their prefix, and which address is this machine's LAN address "
            "(like ipconfig /all or ip addr)."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the interfaces (reading them is a quick local call; no engine needed)."""
    report = list_interfaces()
    print(json.dumps(report.to_json(), indent=2) if args.json else report.as_text())
    return EXIT_OK
