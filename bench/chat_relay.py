"""Relay benchmark: 20 clients each send 2,000 lines of 64 bytes; every line goes to the
other 19. Runs `ncat --chat` (Debian's ncat; skipped with a message if absent) and
`socketlab serve --flood-limit 0` with the same client harness, in the same run, and
prints delivered lines per second for both, lost lines (must be 0), and the ratio last.

All traffic is on 127.0.0.1; each run is bounded (2,000 lines a client, 120 s at most).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys

from chat_harness import Harness, free_port, payload_line, start_server, stop_server


def run_once(kind: str, clients: int, lines: int, seconds: float) -> tuple[float, int]:
    """Returns (delivered lines per second, lost lines)."""
    port = free_port()
    server = start_server(kind, port, ["--flood-limit", "0"] if kind == "socketlab" else None)
    harness = Harness(kind, port, clients)
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs; medians kept")
    parser.add_argument("--seconds", type=float, default=120.0, help="give up after this long")
    args = parser.parse_args()
    deliveries = args.clients * (args.clients - 1) * args.lines
    print(
        f"{args.clients} clients x {args.lines:,} lines of 64 bytes, each to the other "
        f"{args.clients - 1}: {deliveries:,} deliveries; {args.rounds} rounds, medians"
    )
    have_ncat = shutil.which("ncat") is not None
    ours: list[float] = []
    reference: list[float] = []
    lost = {"socketlab": 0, "ncat": 0}
    for _ in range(args.rounds):
        rate, missing = run_once("socketlab", args.clients, args.lines, args.seconds)
        ours.append(rate)
        lost["socketlab"] += missing
        if have_ncat:
            rate, missing = run_once("ncat", args.clients, args.lines, args.seconds)
            reference.append(rate)
            lost["ncat"] += missing
    print(
        f"socketlab serve: {statistics.median(ours):,.0f} lines/s delivered, "
        f"{lost['socketlab']:,} lost"
    )
    if not have_ncat:
        print("ncat not found (Debian: apt-get install ncat): no reference, no ratio")
        return 0 if lost["socketlab"] == 0 else 1
    print(
        f"ncat --chat:     {statistics.median(reference):,.0f} lines/s delivered, "
        f"{lost['ncat']:,} lost (ncat relays whole reads: no framing, ids or history)"
    )
    ratio = statistics.median(ours) / statistics.median(reference)
    print(f"ratio socketlab/ncat: {ratio:.2f}x (goal >= 0.5x)")
    return 0 if lost["socketlab"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
