"""`socketlab ping HOST [-c N]`: ICMP echo requests, like the system ping."""

from __future__ import annotations

import argparse
import socket
import sys

from app.cli.diagnostics_common import (
    EXIT_NEGATIVE,
    EXIT_OK,
    EXIT_USAGE,
    fail,
    parse_number,
    run_in_foreground,
)
from app.core.address import AddressError, validate_host
from app.core.diagnostics.ping import (
    DEFAULT_PAYLOAD_SIZE,
    MAX_PAYLOAD_SIZE,
    METHOD_TITLES,
    MIN_INTERVAL,
    PingEngine,
    PingLost,
    PingReply,
    PingStarted,
    PingSummary,
)
from app.core.events import ErrorEvent, Event


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `ping` subcommand."""
    parser = subparsers.add_parser(
        "ping",
        help="send ICMP echo requests to a host and time the replies",
        description=(
            "Send ICMP echo requests and time the replies, without administrator rights "
            "where the system allows it. Exit status: 0 when a reply came back, 1 when "
            "none did, 2 for bad arguments or when pinging is impossible."
        ),
    )
    parser.add_argument("host", help="a host name or an IPv4/IPv6 address")
    parser.add_argument(
        "-c", "--count", default="4", help="how many requests; 0 pings until Ctrl-C (default 4)"
    )
    parser.add_argument(
        "-i", "--interval", default="1", help="seconds between requests (default 1, min 0.2)"
    )
    parser.add_argument(
        "-W", "--timeout", default="2", help="seconds to wait for each reply (default 2)"
    )
    parser.add_argument(
        "-s",
        "--size",
        default=str(DEFAULT_PAYLOAD_SIZE),
        help=f"data bytes per request (default {DEFAULT_PAYLOAD_SIZE})",
    )
    family = parser.add_mutually_exclusive_group()
    family.add_argument("-4", dest="family", action="store_const", const=socket.AF_INET)
    family.add_argument("-6", dest="family", action="store_const", const=socket.AF_INET6)
    parser.set_defaults(handler=run, family=socket.AF_UNSPEC)


def run(args: argparse.Namespace) -> int:
    """Ping until the count is reached or Ctrl-C; print ping-style lines."""
    try:
        host = validate_host(args.host)
        count = int(parse_number("ping", "-c", args.count, int, 0, 1_000_000))
        interval = float(parse_number("ping", "-i", args.interval, float, MIN_INTERVAL, 3600))
        timeout = float(parse_number("ping", "-W", args.timeout, float, 0.05, 60))
        size = int(parse_number("ping", "-s", args.size, int, 0, MAX_PAYLOAD_SIZE))
    except (AddressError, ValueError) as exc:
        return fail("ping", str(exc))
    engine = PingEngine(
        host, count=count, interval=interval, timeout=timeout, payload_size=size, family=args.family
    )
    outcome: dict[str, object] = {}

    def on_batch(batch: list[Event]) -> None:
        for event in batch:
            line = _line_for(event, outcome)
            if line:
                print(line, flush=True)
            if isinstance(event, ErrorEvent) and event.fatal:
                outcome["error"] = event.message
                print(f"socketlab ping: {event.message}", file=sys.stderr, flush=True)

    run_in_foreground(engine, on_batch)
    if "error" in outcome:
        return EXIT_USAGE
    summary = outcome.get("summary")
    return EXIT_OK if isinstance(summary, PingSummary) and summary.received else EXIT_NEGATIVE


def _line_for(event: Event, outcome: dict[str, object]) -> str:
    if isinstance(event, PingStarted):
        shown = event.host if event.host == event.address else f"{event.host} ({event.address})"
        return (
            f"PING {shown}: {event.payload_size} data bytes, "
            f"{METHOD_TITLES[event.method]}\n{event.note}"
        )
    if isinstance(event, PingReply):
        ttl = f" ttl={event.ttl}" if event.ttl is not None else ""
        return (
            f"{event.size} bytes from {event.address}: icmp_seq={event.sequence}{ttl} "
            f"time={event.rtt_ms:.3f} ms"
        )
    if isinstance(event, PingLost):
        return f"icmp_seq={event.sequence}: {event.reason}"
    if isinstance(event, PingSummary):
        outcome["summary"] = event
        return "\n" + event.as_text()
    return ""
