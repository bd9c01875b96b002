"""Soak: 100 raw clients each send 10 lines a second for 60 s through `socketlab serve`
(default limits, flood limit on). Prints lines sent and delivered (lost must be 0) and
the server's RSS over time; the last line is RSS at the end over RSS after warm-up.

All traffic is on 127.0.0.1; the run is bounded by --seconds (plus 30 s to drain).
"""

from __future__ import annotations

import argparse
import sys
import time

import psutil
from chat_harness import Harness, free_port, payload_line, start_server, stop_server


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--rate", type=float, default=10.0, help="lines a second per client")
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    port = free_port()
    server = start_server("socketlab", port)
    process = psutil.Process(server.pid)
    harness = Harness("socketlab", port, args.clients)
    try:
        harness.connect_all(timeout=60)
        per_client = int(args.rate * args.seconds)
        sent = [0] * args.clients
        began = time.monotonic()
        samples: list[tuple[float, float]] = []
        next_sample = began
        while True:
            now = time.monotonic()
            elapsed = now - began
            if elapsed >= args.seconds and all(n >= per_client for n in sent):
                break
            for client in harness.clients:
                # each client is offset a little, so lines do not all leave at once
                due = min(
                    per_client, int((elapsed + client.index / args.clients / args.rate) * args.rate)
                )
                if due > sent[client.index]:
                    harness.queue_lines(
                        client,
                        b"".join(
                            payload_line(client.index, n) for n in range(sent[client.index], due)
                        ),
                    )
                    sent[client.index] = due
            if now >= next_sample:
                samples.append((elapsed, process.memory_info().rss / 2**20))
                next_sample += 5.0
            harness.pump(0.01)
        expected = (args.clients - 1) * per_client
        harness.run_until(lambda: all(c.received >= expected for c in harness.clients), 30)
        samples.append((time.monotonic() - began, process.memory_info().rss / 2**20))
        delivered = sum(min(c.received, expected) for c in harness.clients)
        lost = expected * args.clients - delivered
    finally:
        harness.close()
        stop_server(server)
    print(
        f"{args.clients} clients x {args.rate:g} lines/s for {args.seconds:g} s: "
        f"{sum(sent):,} lines sent, {delivered:,} delivered, {lost:,} lost"
    )
    print("server RSS (MiB) at s: " + ", ".join(f"{t:.0f}s {rss:.1f}" for t, rss in samples))
    warm = next((rss for t, rss in samples if t >= 10), samples[0][1])
    print(f"RSS end / after warm-up: {samples[-1][1] / warm:.2f}x (goal: stable, <= 1.10x)")
    return 0 if lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
