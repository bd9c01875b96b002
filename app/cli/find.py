"""`socketlab find`: ask the LAN which SocketLab chat servers are running."""

from __future__ import annotations

import argparse
import json
import sys
import threading

from app.cli.chat import _run_until_signal
from app.core.address import AddressError, parse_port
from app.core.discovery import (
    DISCOVERY_PORT,
    NOTHING_ANSWERED_FALLBACK,
    NOTHING_ANSWERED_HINTS,
    DatagramsIgnored,
    FoundServer,
    SearchStarted,
    ServerFinderEngine,
    ServersChanged,
    parse_target,
)
from app.core.events import ErrorEvent, Event, TraceEvent

EXIT_OK, EXIT_NONE_FOUND, EXIT_USAGE = 0, 1, 2
MIN_TIMEOUT, MAX_TIMEOUT = 0.1, 60.0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add `find` to the socketlab command."""
    find = subparsers.add_parser(
        "find",
        help="list the SocketLab chat servers on your LAN",
        description="Broadcast a discovery query on every network interface (UDP port "
        "5556) and list the chat servers that answer, with their round-trip time and the "
        "code of the key that signed their announcement (known: a key you joined before; "
        "unverified: not signed). Exits 1 when none answered.",
    )
    find.add_argument("--json", action="store_true", help="print the servers as JSON")
    find.add_argument(
        "--timeout",
        default="2",
        metavar="S",
        help="seconds to wait for answers (default 2)",
    )
    find.add_argument(
        "--port",
        default=str(DISCOVERY_PORT),
        help=f"discovery UDP port (default {DISCOVERY_PORT})",
    )
    find.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="ADDRESS",
        help="ask only there: a broadcast address such as 192.168.1.255, or "
        "ff02::736c%%eth0 (repeatable)",
    )
    find.add_argument("--trace", action="store_true", help="print socket calls to stderr")
    find.set_defaults(handler=run_find)


def _fail_usage(message: str) -> int:
    print(f"socketlab: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def run_find(args: argparse.Namespace) -> int:
    """Search once, print what answered."""
    try:
        timeout = float(args.timeout)
    except ValueError:
        return _fail_usage(f"--timeout {args.timeout!r} is not a number of seconds.")
    if not MIN_TIMEOUT <= timeout <= MAX_TIMEOUT:
        return _fail_usage(f"--timeout must be from {MIN_TIMEOUT:g} to {MAX_TIMEOUT:g} seconds.")
    try:
        port = parse_port(args.port)
        targets = [parse_target(text, port) for text in args.to] or None
    except AddressError as exc:
        return _fail_usage(str(exc))
    engine = ServerFinderEngine(port=port, targets=targets, answer_wait=timeout, run_once=True)
    watcher = _FindWatcher(show_trace=args.trace, quiet=args.json, timeout=timeout)
    engine.add_listener(watcher.on_events)
    _run_until_signal(engine)
    if watcher.fatal:
        return EXIT_NONE_FOUND
    if args.json:
        print(json.dumps(watcher.as_json(), indent=2))
    else:
        print(watcher.as_text())
    return EXIT_OK if watcher.servers else EXIT_NONE_FOUND


def _key_text(server: FoundServer) -> str:
    """`3KCS-6KJY-XNTN-K11Y known`, the code alone, or `unverified`."""
    if not server.verified:
        return "unverified"
    return f"{server.code} known" if server.known else server.code


class _FindWatcher:
    """Collects the finder's events; prints trace and errors to stderr as they come."""

    def __init__(self, *, show_trace: bool, quiet: bool, timeout: float) -> None:
        self.show_trace = show_trace
        self.quiet = quiet
        self.timeout = timeout
        self.servers: tuple[FoundServer, ...] = ()
        self.targets: tuple[str, ...] = ()
        self.ignored = DatagramsIgnored(0, 0)
        self.fatal = False
        self._lock = threading.Lock()

    def on_events(self, batch: list[Event]) -> None:
        for event in batch:
            if isinstance(event, ServersChanged):
                self.servers = event.servers
            elif isinstance(event, SearchStarted):
                if not self.targets and not self.quiet:
                    print(
                        f"Asking the LAN for chat servers ({len(event.targets)} "
                        f"address{'es' if len(event.targets) != 1 else ''}, {self.timeout:g} s)...",
                        file=sys.stderr,
                        flush=True,
                    )
                self.targets = event.targets
            elif isinstance(event, DatagramsIgnored):
                self.ignored = event
            elif isinstance(event, ErrorEvent):
                self.fatal = self.fatal or event.fatal
                print(f"socketlab: error: {event.message}", file=sys.stderr, flush=True)
            elif isinstance(event, TraceEvent) and self.show_trace:
                print(f"  {event}", file=sys.stderr, flush=True)

    def as_json(self) -> dict:
        """What `--json` prints."""
        return {
            "servers": [server.to_json() for server in self.servers],
            "asked": list(self.targets),
            "ignored": {"foreign": self.ignored.foreign, "malformed": self.ignored.malformed},
        }

    def as_text(self) -> str:
        """A table of the servers, or what to check when none answered."""
        if not self.servers:
            lines = [f"No server answered within {self.timeout:g} s. What commonly blocks it:"]
            lines += [f"  - {hint}" for hint in NOTHING_ANSWERED_HINTS]
            lines.append(NOTHING_ANSWERED_FALLBACK)
            return "\n".join(lines)
        rows = [("NAME", "ADDRESS", "USERS", "RTT", "KEY CODE")]
        for server in self.servers:
            rtt = "-" if server.rtt_ms is None else f"{server.rtt_ms:.2f} ms"
            address = server.address or "(IPv6 only; ask for its address)"
            rows.append((server.name, address, str(server.users), rtt, _key_text(server)))
        widths = [max(len(row[i]) for row in rows) for i in range(5)]
        lines = [
            f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:>{widths[2]}}  "
            f"{row[3]:<{widths[3]}}  {row[4]}".rstrip()
            for row in rows
        ]
        count = len(self.servers)
        lines.append(f"{count} server{'s' if count != 1 else ''} answered.")
        # Known rooms first, then verified, unverified last: an unverified room is never
        # advised while a verified one can be joined.
        joinable = [s for s in self.servers if s.joinable]
        if joinable:
            best = min(joinable, key=lambda s: s.trust_rank)
            lines.append(f"Join with: socketlab chat {best.address}")
            if best.verified and not best.known:
                lines.append(
                    f"First time: check that the host's screen shows the code {best.code}."
                )
        if any(not s.verified for s in self.servers):
            lines.append(
                "Unverified: the announcement is not signed (an older SocketLab, or "
                "encryption off), so anyone on the LAN could have sent it."
            )
        if self.ignored.total:
            total = self.ignored.total
            lines.append(f"({total} unrelated, malformed or forged datagrams ignored.)")
        return "\n".join(lines)
