"""`socketlab ports HOST PORTS [--json]`: which TCP ports accept a connection."""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.diagnostics_common import (
    EXIT_NEGATIVE,
    EXIT_OK,
    EXIT_USAGE,
    fail,
    first_error,
    parse_number,
    run_in_foreground,
)
from app.core.address import AddressError, parse_port_ranges, validate_host
from app.core.diagnostics.portcheck import (
    CLOSED,
    DEFAULT_CONCURRENCY,
    DEFAULT_TIMEOUT,
    MAX_CONCURRENCY,
    MAX_PORTS,
    OPEN,
    PortCheckEngine,
    PortCheckFinished,
    PortCheckStarted,
    PortResult,
)
from app.core.events import Event

#: Up to this many ports every result is printed; above it, closed ports are only counted.
LIST_ALL_UP_TO = 32


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `ports` subcommand."""
    parser = subparsers.add_parser(
        "ports",
        help="check which TCP ports of a host are open, closed or filtered",
        description=(
            "Check TCP ports by connecting to each: open (a program accepts), closed "
            "(refused), filtered (no answer in time). PORTS is 22, 20-25 or 22,80,443; "
            f"at most {MAX_PORTS:,} a run. Only check hosts you are allowed to. "
            "Exit status: 0 when a port is open, 1 when none is, 2 for bad arguments "
            "or an unknown host."
        ),
    )
    parser.add_argument("host", help="a host name or an IPv4/IPv6 address")
    parser.add_argument("ports", help="ports: 22, 20-25, 22,80,443 or a mix")
    parser.add_argument(
        "--timeout",
        default=str(DEFAULT_TIMEOUT),
        help=f"seconds to wait for each port (default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument(
        "--concurrency",
        default=str(DEFAULT_CONCURRENCY),
        help=f"ports checked at once (default {DEFAULT_CONCURRENCY}, max {MAX_CONCURRENCY})",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.add_argument(
        "--all", action="store_true", help="list closed ports too, however many there are"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Check the ports and print a table (or JSON) sorted by port."""
    try:
        host = validate_host(args.host)
        ports = parse_port_ranges(args.ports, limit=MAX_PORTS)
        timeout = float(parse_number("ports", "--timeout", args.timeout, float, 0.05, 60))
        concurrency = int(
            parse_number("ports", "--concurrency", args.concurrency, int, 1, MAX_CONCURRENCY)
        )
    except (AddressError, ValueError) as exc:
        return fail("ports", str(exc))
    engine = PortCheckEngine(host, ports, timeout=timeout, concurrency=concurrency)
    events: list[Event] = []
    if not args.json:
        print(
            f"Checking {len(ports):,} TCP port{'s' if len(ports) != 1 else ''} on {host}, "
            f"timeout {timeout:g} s, {engine.concurrency} at a time...",
            flush=True,
        )
    run_in_foreground(engine, events.extend)
    error = first_error(events)
    if error is not None:
        return fail("ports", error.message, EXIT_USAGE)
    started = next((e for e in events if isinstance(e, PortCheckStarted)), None)
    finished = next((e for e in events if isinstance(e, PortCheckFinished)), None)
    results = sorted((e for e in events if isinstance(e, PortResult)), key=lambda r: r.port)
    if args.json:
        print(json.dumps(as_json(host, started, finished, results), indent=2))
    else:
        print(as_table(results, show_closed=args.all or len(ports) <= LIST_ALL_UP_TO))
        if finished is not None:
            print(finished.as_text())
    if finished is not None and finished.stopped:
        print("Stopped.", file=sys.stderr)
    return EXIT_OK if any(r.state == OPEN for r in results) else EXIT_NEGATIVE


def as_table(results: list[PortResult], *, show_closed: bool) -> str:
    """`PORT  STATE  SERVICE  TIME` lines, sorted by port."""
    shown = [r for r in results if show_closed or r.state != CLOSED]
    lines = [f"{'PORT':<10}{'STATE':<10}{'SERVICE':<22}TIME"]
    for result in shown:
        lines.append(
            f"{f'{result.port}/tcp':<10}{result.state:<10}{result.service or '-':<22}"
            f"{result.elapsed_ms:.1f} ms"
        )
    hidden = len(results) - len(shown)
    if hidden:
        lines.append(f"({hidden:,} closed ports not shown; --all lists them)")
    return "\n".join(lines)


def as_json(
    host: str,
    started: PortCheckStarted | None,
    finished: PortCheckFinished | None,
    results: list[PortResult],
) -> dict:
    """The `--json` document."""
    return {
        "host": host,
        "address": started.address if started else None,
        "timeout_s": started.timeout if started else None,
        "results": [
            {
                "port": r.port,
                "state": r.state,
                "service": r.service,
                "time_ms": round(r.elapsed_ms, 3),
                "detail": r.detail,
            }
            for r in results
        ],
        "summary": {
            "checked": finished.checked if finished else len(results),
            "total": finished.total if finished else None,
            **(finished.counts if finished else {}),
            "elapsed_s": round(finished.elapsed_s, 3) if finished else None,
            "stopped": finished.stopped if finished else True,
        },
    }
