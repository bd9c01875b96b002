"""Relay benchmark: 20 clients each send 2,000 lines of 64 bytes; every line goes to the
other 19. Runs `ncat --chat` (Debian's ncat; skipped with a message if absent) and
`socketlab serve --flood-limit 0` with the same client harness, in the same run, and
prints delivered lines per second for both and lost lines (must be 0): first in
plaintext, then over TLS 1.3 (`ncat --ssl --chat`; goal >= 1.0x), whose ratio is last.

All traffic is on 127.0.0.1; each run is bounded (2,000 lines a client, 120 s at most).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys

from chat_harness import Harness, free_port, payload_line, start_server, stop_server


def run_once(
    kind: str, clients: int, lines: int, seconds: float, *, tls: bool = False
) -> tuple[float, int]:
    """Returns (delivered lines per second, lost lines)."""
    port = free_port()
    extra = ["--flood-limit", "0"] if kind == "socketlab" else None
    server = start_server(kind, port, extra, tls=tls)
    harness = Harness(kind, port, clients, tls=tls)
    try:
        harness.connect_all()
        for client in harness.clients:
            harness.queue_lines(
                client, b"".join(payload_line(client.index, n) for n in range(lines))
            )
        expected = (clients - 1) * lines
        elapsed = harness.run_until(
            lambda: all(c.received >= expected or c.closed for c in harness.clients), seconds
        )
        dropped = sum(c.closed for c in harness.clients)
        if dropped:
            print(f"  {kind}: the server disconnected {dropped} of {clients} clients")
        delivered = sum(min(c.received, expected) for c in harness.clients)
        lost = expected * clients - delivered
        return delivered / elapsed, lost
    finally:
        harness.close()
        stop_server(server)


def compare(args: argparse.Namespace, *, tls: bool, have_ncat: bool) -> tuple[float, int]:
    """Alternating rounds of both servers; prints the medians; (ratio or 0, lost by us)."""
    ours: list[float] = []
    reference: list[float] = []
    lost = {"socketlab": 0, "ncat": 0}
    for _ in range(args.rounds):
        rate, missing = run_once("socketlab", args.clients, args.lines, args.seconds, tls=tls)
        ours.append(rate)
        lost["socketlab"] += missing
        if have_ncat:
            rate, missing = run_once("ncat", args.clients, args.lines, args.seconds, tls=tls)
            reference.append(rate)
            lost["ncat"] += missing
    how = "TLS 1.3" if tls else "plaintext"
    print(
        f"{how}: socketlab serve: {statistics.median(ours):,.0f} lines/s delivered, "
        f"{lost['socketlab']:,} lost"
    )
    if not have_ncat:
        return 0.0, lost["socketlab"]
    ncat = "ncat --ssl --chat" if tls else "ncat --chat"
    print(
        f"{how}: {ncat}: {statistics.median(reference):,.0f} lines/s delivered, "
        f"{lost['ncat']:,} lost (ncat relays whole reads: no framing, ids or history)"
    )
    return statistics.median(ours) / statistics.median(reference), lost["socketlab"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs; medians kept")
    parser.add_argument("--seconds", type=float, default=120.0, help="give up after this long")
    parser.add_argument(
        "--only", choices=("plaintext", "tls"), help="run one comparison instead of both"
    )
    args = parser.parse_args()
    deliveries = args.clients * (args.clients - 1) * args.lines
    print(
        f"{args.clients} clients x {args.lines:,} lines of 64 bytes, each to the other "
        f"{args.clients - 1}: {deliveries:,} deliveries; {args.rounds} rounds, medians"
    )
    have_ncat = shutil.which("ncat") is not None
    if not have_ncat:
        print("ncat not found (Debian: apt-get install ncat): no reference, no ratio")
    lost = 0
    ratios: list[str] = []
    for tls in (False, True):
        if args.only and args.only != ("tls" if tls else "plaintext"):
            continue
        ratio, missing = compare(args, tls=tls, have_ncat=have_ncat)
        lost += missing
        if have_ncat:
            goal = "goal >= 1.0x" if tls else "goal >= 0.5x"
            name = "TLS" if tls else "plaintext"
            ratios.append(f"ratio socketlab/ncat {name}: {ratio:.2f}x ({goal})")
    for line in ratios:
        print(line)
    return 0 if lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
