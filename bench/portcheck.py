"""Port check speed on 127.0.0.1: the engine vs one blocking connect at a time.

Only loopback is touched. Two runs, each against a reference measured in the same run
on the same ports, the simplest correct check: a blocking connect_ex() per port.

1. 4,096 ports, one open, the rest closed: loopback answers at once, so this shows the
   engine's own cost per port.
2. 64 ports of which 8 never answer ("filtered": listeners with a full accept queue),
   timeout 0.25 s: here checking ports at the same time is what pays.

The last line gives both ratios (reference time / engine time; above 1: engine faster).

    uv run python bench/portcheck.py
"""

from __future__ import annotations

import contextlib
import select
import socket
import statistics
import time
from collections.abc import Iterator

from app.core.diagnostics.portcheck import MAX_PORTS, PortCheckEngine, PortCheckFinished

HOST = "127.0.0.1"
FIRST_PORT = 20_000
ROUNDS = 3


def engine_run(ports: list[int], concurrency: int, timeout: float) -> tuple[float, dict]:
    engine = PortCheckEngine(HOST, ports, timeout=timeout, concurrency=concurrency)
    finished: list[PortCheckFinished] = []

    def keep(batch: list) -> None:
        finished.extend(e for e in batch if isinstance(e, PortCheckFinished))

    engine.add_listener(keep)
    began = time.perf_counter()
    engine.run()
    return time.perf_counter() - began, finished[0].counts


def sequential_run(ports: list[int], timeout: float) -> tuple[float, int]:
    began = time.perf_counter()
    open_ports = 0
    for port in ports:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.settimeout(timeout)
            if sock.connect_ex((HOST, port)) == 0:
                open_ports += 1
    return time.perf_counter() - began, open_ports


@contextlib.contextmanager
def silent_ports(count: int) -> Iterator[list[int]]:
    """Listeners whose accept queue is full: Linux drops the SYN, the connect times out."""
    held: list[socket.socket] = []
    ports: list[int] = []
    try:
        for _ in range(count):
            listener = socket.socket()
            held.append(listener)
            listener.bind((HOST, 0))
            listener.listen(0)
            port = listener.getsockname()[1]
            for _attempt in range(64):
                probe = socket.socket()
                probe.setblocking(False)
                probe.connect_ex((HOST, port))
                if not select.select([], [probe], [], 0.3)[1]:
                    probe.close()
                    break
                held.append(probe)
            ports.append(port)
        yield ports
    finally:
        for sock in held:
            sock.close()


def main() -> None:
    with socket.socket() as listener:  # one open port among the closed ones
        listener.bind((HOST, FIRST_PORT + 7))
        listener.listen(4096)  # never accepted: room for every connection of the bench
        ports = list(range(FIRST_PORT, FIRST_PORT + MAX_PORTS))
        for concurrency in (1, 16, 100, 256):
            times = [engine_run(ports, concurrency, 1.0)[0] for _ in range(ROUNDS)]
            best, median = min(times), statistics.median(times)
            print(
                f"4,096 ports, engine {concurrency:>3} at a time: {best * 1000:7.1f} ms best of "
                f"{ROUNDS} ({len(ports) / best:,.0f} ports/s; median {median * 1000:.1f} ms)"
            )
        counts = engine_run(ports, 100, 1.0)[1]
        assert counts["open"] == 1 and counts["closed"] == MAX_PORTS - 1, counts
        closed_engine = min(engine_run(ports, 100, 1.0)[0] for _ in range(ROUNDS))
        reference = [sequential_run(ports, 1.0) for _ in range(ROUNDS)]
        assert all(found == 1 for _t, found in reference)
        closed_reference = min(t for t, _found in reference)
        print(
            f"4,096 ports, reference blocking connect_ex(): {closed_reference * 1000:7.1f} ms "
            f"({len(ports) / closed_reference:,.0f} ports/s)"
        )
    timeout = 0.25
    with silent_ports(8) as silent:
        mixed = sorted(set(range(FIRST_PORT, FIRST_PORT + 56)) | set(silent))
        counts = engine_run(mixed, 100, timeout)[1]
        assert counts["filtered"] == 8, counts
        filtered_engine = min(engine_run(mixed, 100, timeout)[0] for _ in range(ROUNDS))
        filtered_reference = sequential_run(mixed, timeout)[0]
        print(
            f"64 ports with 8 filtered, timeout {timeout} s: engine "
            f"{filtered_engine * 1000:.0f} ms, reference {filtered_reference * 1000:.0f} ms"
        )
    print(
        f"ratio (reference / engine, same run): 4,096 loopback ports "
        f"{closed_reference / closed_engine:.2f}x; 64 ports with 8 filtered "
        f"{filtered_reference / filtered_engine:.2f}x"
    )


if __name__ == "__main__":
    main()
