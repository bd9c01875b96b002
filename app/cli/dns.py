"""`socketlab dns NAME`: look a name up (A and AAAA), or an address up in reverse."""

from __future__ import annotations

import argparse

from app.cli.diagnostics_common import (
    EXIT_NEGATIVE,
    EXIT_OK,
    fail,
    first_error,
    parse_number,
    run_in_foreground,
)
from app.core.address import AddressError, validate_host
from app.core.diagnostics.blocking import CallResult
from app.core.diagnostics.dns import (
    DEFAULT_TIMEOUT,
    ForwardAnswer,
    ReverseAnswer,
    is_ip_address,
    lookup_engine,
    resolver_description,
)
from app.core.events import Event


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `dns` subcommand."""
    parser = subparsers.add_parser(
        "dns",
        help="look up a name's addresses (A, AAAA), or an address's name",
        description=(
            "Resolve NAME with the system resolver (the hosts file, then DNS) and show its "
            "IPv4 (A) and IPv6 (AAAA) addresses and the time it took. An IP address is "
            "looked up in reverse. Exit status: 0 found, 1 not found or timed out, "
            "2 bad arguments."
        ),
    )
    parser.add_argument("name", help="a host name such as example.com, or an IP address")
    parser.add_argument(
        "--timeout",
        default=str(DEFAULT_TIMEOUT),
        help=f"seconds to wait for the resolver (default {DEFAULT_TIMEOUT:g})",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Look the name up once and print the answer."""
    try:
        name = validate_host(args.name)
        timeout = float(parse_number("dns", "--timeout", args.timeout, float, 0.1, 120))
    except (AddressError, ValueError) as exc:
        return fail("dns", str(exc))
    events: list[Event] = []
    run_in_foreground(lookup_engine(name, timeout=timeout), events.extend)
    error = first_error(events)
    if error is not None:
        return fail("dns", error.message, EXIT_NEGATIVE)
    result = next((e for e in events if isinstance(e, CallResult)), None)
    if result is None:  # stopped with Ctrl-C before an answer
        return fail("dns", "stopped before the resolver answered.", EXIT_NEGATIVE)
    print(format_answer(result.value, result.elapsed_ms))
    return EXIT_OK


def format_answer(answer: ForwardAnswer | ReverseAnswer, elapsed_ms: float) -> str:
    """The lines `socketlab dns` prints for an answer."""
    lines: list[str] = []
    if isinstance(answer, ReverseAnswer):
        lines.append(f"{answer.address} -> {answer.name}")
        lines.extend(f"  also known as {alias}" for alias in answer.aliases)
        count = "1 name"
    else:
        canonical = (
            f" (canonical name {answer.canonical_name})"
            if answer.canonical_name.rstrip(".") != answer.name.rstrip(".")
            and not is_ip_address(answer.name)
            else ""
        )
        lines.append(f"{answer.name}{canonical}:")
        lines.extend(f"  {kind:<5} {address}" for kind, address in answer.records)
        total = len(answer.records)
        count = f"{total} address{'es' if total != 1 else ''}"
    lines.append(f"{count} in {elapsed_ms:.1f} ms. {resolver_description()}")
    return "\n".join(lines)
