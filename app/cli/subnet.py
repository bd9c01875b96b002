"""`socketlab subnet`: the Subnet tab's calculator on the command line.

    socketlab subnet 192.168.1.12/24 [--json]
    socketlab subnet 192.168.1.12 255.255.255.0 --contains 192.168.1.200
    socketlab subnet 10.0.0.0/8 --split 30 --limit 10

Bad input exits 2 with the reason on stderr; `--contains` exits 1 when the answer is no.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any, TextIO

from app.core.subnet import (
    SameNetworkAnswer,
    SubnetError,
    SubnetInfo,
    and_rows,
    bit_lines,
    mark_prefix,
    parse_prefix,
    parse_query,
    same_network,
)
from app.core.subnet_plan import SubnetRows

PROG = "socketlab subnet"


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the `subnet` subcommand."""
    parser = subparsers.add_parser(
        "subnet",
        help="calculate an IPv4 or IPv6 network: mask, broadcast, hosts, split, same network",
        description=(
            "Calculate the network of an address: netmask, wildcard, broadcast, first and "
            "last host, counts, class and type, with the AND drawn in bits."
        ),
        epilog=(
            "examples: socketlab subnet 192.168.1.12/24 --json | "
            "socketlab subnet 10.0.0.1 255.0.0.0 --contains 10.9.9.9 | "
            "socketlab subnet 2001:db8::/48 --split 64 --limit 5"
        ),
    )
    parser.add_argument(
        "address",
        metavar="ADDRESS[/PREFIX]",
        help="192.168.1.12/24, 192.168.1.12/255.255.255.0, 2001:db8::1/64, fe80::1%%eth0/64",
    )
    parser.add_argument(
        "mask",
        metavar="MASK",
        nargs="?",
        help="a netmask (255.255.255.0), wildcard mask (0.0.0.255) or prefix (24)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--split",
        metavar="PREFIX",
        help="list the subnets of this longer prefix (e.g. 26 or /26)",
    )
    parser.add_argument(
        "--limit",
        metavar="N",
        type=_positive_int,
        help="with --split, list at most N subnets",
    )
    parser.add_argument(
        "--contains",
        metavar="OTHER",
        help="is OTHER (an address, or a network) inside this network? exit 0 yes, 1 no",
    )
    parser.set_defaults(handler=run)


def _positive_int(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    """Calculate and print; returns the exit code."""
    text = args.address if args.mask is None else f"{args.address} {args.mask}"
    try:
        info = SubnetInfo(parse_query(text))
        split_rows = None
        if args.split is not None:
            new_prefix, _ = parse_prefix(args.split, info.version)
            split_rows = SubnetRows(info.network, new_prefix)
        answer = same_network(info.network, args.contains) if args.contains else None
    except SubnetError as exc:
        return _fail(str(exc))
    if args.limit is not None and split_rows is None:
        return _fail("--limit only goes with --split.")
    out = sys.stdout
    try:
        if args.json:
            _print_json(out, info, split_rows, args.limit, answer)
        else:
            _print_text(out, info, split_rows, args.limit, answer)
        out.flush()
    except BrokenPipeError:
        # The reader (head, less) went away: stop quietly, as command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, out.fileno())
        return 0
    if answer is not None and not answer.same:
        return 1
    return 0


# --------------------------------------------------------------------------- text
def _print_text(
    out: TextIO,
    info: SubnetInfo,
    split_rows: SubnetRows | None,
    limit: int | None,
    answer: SameNetworkAnswer | None,
) -> None:
    fields = info.fields()
    width = max(len(label) for _, label, _ in fields)
    for _, label, value in fields:
        out.write(f"{label + ':':<{width + 1}} {value}\n")
    out.write("\nIn bits (network bits | host bits):\n")
    _write_bits(out, info)
    if answer is not None:
        out.write(f"\nSame network? {answer.reason}\n")
    if split_rows is not None:
        shown = split_rows.count if limit is None else min(limit, split_rows.count)
        out.write(
            f"\n{info.network} split into /{split_rows.new_prefix}: "
            f"{split_rows.count:,} subnets"
            + (f" (first {shown:,} shown)" if shown < split_rows.count else "")
            + "\n"
        )
        widths = _column_widths(split_rows)
        out.write("  ".join(h.ljust(w) for h, w in zip(split_rows.headers, widths, strict=True)))
        out.write("\n")
        for row in split_rows.rows(0, shown):
            out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
            out.write("\n")


def _write_bits(out: TextIO, info: SubnetInfo) -> None:
    """The AND rows with a '|' between the network bits and the host bits."""
    total = info.address.max_prefixlen
    for row in and_rows(info.network, info.address):
        lines = bit_lines(row.bits)
        if total == 32:
            marked = mark_prefix(lines[0][1], 0, info.prefix, total)
            out.write(f"  {row.label:<10} {row.text:<16} {marked}\n")
            continue
        out.write(f"  {row.label:<10} {row.text}\n")
        for offset, chunk in lines:
            out.write(f"  {'':<10} {mark_prefix(chunk, offset, info.prefix, total)}\n")


def _column_widths(rows: SubnetRows) -> list[int]:
    last = rows.row(rows.count - 1)
    first = rows.row(0)
    return [
        max(len(header), len(a), len(b))
        for header, a, b in zip(rows.headers, first, last, strict=True)
    ]


# --------------------------------------------------------------------------- JSON
def _print_json(
    out: TextIO,
    info: SubnetInfo,
    split_rows: SubnetRows | None,
    limit: int | None,
    answer: SameNetworkAnswer | None,
) -> None:
    data: dict[str, Any] = info.as_json()
    if answer is not None:
        data["contains"] = {"other": answer.other, "answer": answer.same, "reason": answer.reason}
    if split_rows is None:
        out.write(json.dumps(data, indent=2) + "\n")
        return
    # The subnet list can have millions of entries: stream it instead of building it.
    head = json.dumps(data, indent=2)[:-2]  # without the closing "\n}"
    out.write(head + ',\n  "split": {\n')
    out.write(f'    "prefix": {split_rows.new_prefix},\n    "count": {split_rows.count},\n')
    out.write('    "subnets": [')
    shown = split_rows.count if limit is None else min(limit, split_rows.count)
    keys = ("network", "first_host", "last_host", "broadcast", "usable_hosts")
    separator = "\n      "
    for row in split_rows.rows(0, shown):
        if split_rows.network.version == 4:
            item: dict[str, Any] = dict(zip(keys, row[1:], strict=True))
            item["broadcast"] = None if item["broadcast"] == "none" else item["broadcast"]
        else:
            item = dict(zip(("network", "first_host", "last_host"), row[1:4], strict=True))
            item["broadcast"] = None
            item["usable_hosts"] = row[4]
        item["usable_hosts"] = int(item["usable_hosts"])
        out.write(separator + json.dumps(item))
        separator = ",\n      "
    out.write("\n    ]\n  }\n}\n")
