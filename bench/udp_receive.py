"""Receiver benchmark: a bare Python recvfrom loop against the UDP tab's full pipeline.

A sender subprocess blasts 64-byte datagrams (with the 12-byte sequence header) at
127.0.0.1 for 5 s, at most 5,000,000 of them. First a bare `recvfrom()` loop receives
them, then the UDP tab, offscreen, with its whole pipeline: engine thread, batched
signals, the capped table, the counters and the rate graph. A 1 ms QTimer measures the
GUI event loop's gaps while the tab receives. Both receivers ask for a 4 MiB buffer.

Three phases: (1) the bare loop and (2) the tab against a sender as fast as it can
go, which measures what each can take (each runs --repeat times, alternating, and the
best run counts: on a machine shared with other work, the best run is the one least
disturbed); (3) the tab against a sender paced at half the bare loop's best rate, which
checks that at that rate it loses nothing and the window stays smooth.

Goal (issue 5): tab rate >= 0.5 x bare rate, and at that rate loss <= 0.1 %,
p99 gap <= 16 ms, max gap <= 100 ms. The ratio tab/bare is on the LAST line.

    uv run python bench/udp_receive.py [--seconds 5] [--repeat 3] [--rate PPS]

`--rate` sets the pace of phase 3 instead of half the bare rate.
"""

from __future__ import annotations

import argparse
import itertools
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DATAGRAM_SIZE = 64
MAX_DATAGRAMS = 5_000_000
RECEIVE_BUFFER = 4 * 1024 * 1024
SETTLE_SECONDS = 0.3  # idle time after the sender finished that ends a phase

SENDER_CODE = r"""
import socket, struct, sys, time
port, limit = int(sys.argv[1]), int(sys.argv[3])
seconds, rate = float(sys.argv[2]), float(sys.argv[4])
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.connect(("127.0.0.1", port))
header = struct.Struct("!4sII")
filler = b"b" * (DATAGRAM_SIZE - header.size)
send, pack, clock = sock.send, header.pack, time.perf_counter
print("ready", flush=True)
sys.stdin.readline()  # go
start = clock()
deadline = start + seconds
sent = 0
chunk = 1000 if rate <= 0 else max(1, int(rate / 1000))
while sent < limit:
    for number in range(sent, min(sent + chunk, limit)):
        try:
            send(pack(b"SLSQ", 7, number) + filler)
        except OSError:
            pass  # ENOBUFS: the datagram is lost, as on a real network
    sent = min(sent + chunk, limit)
    now = clock()
    if now >= deadline:
        break
    if rate > 0:
        ahead = start + sent / rate - now
        if ahead > 0:
            time.sleep(ahead)
print(sent, clock() - start, flush=True)
""".replace("DATAGRAM_SIZE", str(DATAGRAM_SIZE))


class Sender:
    """The blasting subprocess: starts, waits for "go", reports (sent, seconds)."""

    def __init__(self, port: int, seconds: float, rate: float) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                SENDER_CODE,
                str(port),
                str(seconds),
                str(MAX_DATAGRAMS),
                str(rate),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None and self.process.stdin is not None
        if self.process.stdout.readline().strip() != "ready":
            raise RuntimeError("the sender did not start")

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def finished(self) -> bool:
        return self.process.poll() is not None

    def result(self, timeout: float = 30) -> tuple[int, float]:
        out, _ = self.process.communicate(timeout=timeout)
        sent, seconds = out.split()
        return int(sent), float(seconds)


def bare_loop(seconds: float, rate: float) -> tuple[int, int, float]:
    """(sent, received, sender seconds) for a plain blocking recvfrom loop."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER)
    sock.bind(("127.0.0.1", 0))
    sender = Sender(sock.getsockname()[1], seconds, rate)
    received = 0
    recvfrom = sock.recvfrom
    sock.settimeout(seconds + 10)
    sender.go()
    try:
        recvfrom(65535)
        received = 1
        sock.settimeout(SETTLE_SECONDS)
        while True:
            recvfrom(65535)
            received += 1
    except TimeoutError:
        pass
    sent, sender_seconds = sender.result()
    sock.close()
    return sent, received, sender_seconds


def tab_pipeline(seconds: float, rate: float) -> tuple[int, int, float, list[float], int]:
    """(sent, received, sender seconds, event-loop gaps in ms, table rows) for the UDP tab."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from app.ui.udp.udp_tab import UdpTab

    app = QApplication.instance() or QApplication([])
    _isolate_settings()
    tab = UdpTab()
    tab.resize(1100, 720)
    tab.show()
    receiver = tab.receiver_panel
    receiver.host_edit.setText("127.0.0.1")
    receiver.port_spin.setValue(0)
    receiver.start()
    deadline = time.monotonic() + 10
    while receiver.engine is None or not receiver.engine.bound_port:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if time.monotonic() > deadline:
            raise RuntimeError("the receiver did not start")
    sender = Sender(receiver.engine.bound_port, seconds, rate)

    clock = QElapsedTimer()
    clock.start()
    ticks: list[int] = []
    ticker = QTimer()
    ticker.setInterval(1)
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(lambda: ticks.append(clock.nsecsElapsed()))
    loop = QEventLoop()
    state = {"last_count": -1, "idle_since": 0.0}
    hard_stop = time.monotonic() + seconds + 30

    def check() -> None:
        engine = receiver.engine
        count = engine.datagrams if engine is not None else 0
        now = time.monotonic()
        if not sender.finished() or count != state["last_count"]:
            state["last_count"], state["idle_since"] = count, now
        elif now - state["idle_since"] >= SETTLE_SECONDS or now > hard_stop:
            loop.quit()

    watcher = QTimer()
    watcher.setInterval(50)
    watcher.timeout.connect(check)
    ticker.start()
    watcher.start()
    sender.go()
    flood_started = clock.nsecsElapsed()
    loop.exec()
    ticker.stop()
    watcher.stop()
    sent, sender_seconds = sender.result()
    # Let the last batch and counters reach the window before reading them.
    end = time.monotonic() + 0.3
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    received = receiver.last_counters.datagrams if receiver.last_counters else 0
    engine_count = receiver.engine.datagrams if receiver.engine else 0
    rows = receiver.model.rowCount()
    tab.shutdown()
    tab.close()
    flood_end = flood_started + int(sender_seconds * 1e9)
    active = [t for t in ticks if flood_started <= t <= flood_end]
    gaps = [(b - a) / 1e6 for a, b in itertools.pairwise(active)]
    if received != engine_count:
        print(f"warning: the window showed {received:,}, the engine counted {engine_count:,}")
    return sent, engine_count, sender_seconds, gaps, rows


_SETTINGS_DIR = tempfile.TemporaryDirectory(prefix="socketlab-bench-")


def _isolate_settings() -> None:
    """The tab saves its form on close: keep that away from the user's own settings."""
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, _SETTINGS_DIR.name)


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def describe_tab(label: str, result: tuple[int, int, float, list[float], int]) -> tuple:
    sent, received, seconds, gaps, rows = result
    rate = received / seconds
    loss = 1 - received / sent if sent else 0.0
    p99, worst = percentile(gaps, 0.99), max(gaps, default=float("nan"))
    print(
        f"{label}: sent {sent:,} ({sent / seconds:,.0f}/s), received {received:,} = "
        f"{rate:,.0f}/s, loss {loss:.2%}; GUI loop gaps p99 {p99:.1f} ms, max {worst:.1f} ms "
        f"({len(gaps):,} ticks of a 1 ms timer); table holds {rows:,} rows"
    )
    return rate, loss, p99, worst


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="length of each run")
    parser.add_argument(
        "--repeat", type=int, default=3, help="unpaced runs of each receiver (best counts)"
    )
    parser.add_argument(
        "--rate", type=float, default=0.0, help="pace of phase 3 (default: half the bare rate)"
    )
    args = parser.parse_args()
    print(
        f"64-byte datagrams (sequence header + filler) to 127.0.0.1, {args.seconds:g} s per "
        f"run, receive buffer asked: {RECEIVE_BUFFER // 1024 // 1024} MiB, "
        f"{os.cpu_count()} CPUs shared with other work: each receiver runs {args.repeat} "
        "times, alternating, and its best run counts"
    )
    bare_rates: list[float] = []
    tab_rates: list[float] = []
    for run in range(1, args.repeat + 1):
        sent, received, sender_seconds = bare_loop(args.seconds, 0)
        bare_rates.append(received / sender_seconds)
        print(
            f"1.{run} bare recvfrom loop, sender as fast as it can: sent {sent:,} "
            f"({sent / sender_seconds:,.0f}/s), received {received:,} = "
            f"{bare_rates[-1]:,.0f}/s, loss {1 - received / sent:.2%}"
        )
        rate, *_ = describe_tab(
            f"2.{run} UDP tab (engine thread, table, counters, graph), sender as fast as it can",
            tab_pipeline(args.seconds, 0),
        )
        tab_rates.append(rate)
    bare_rate, tab_rate = max(bare_rates), max(tab_rates)
    pace = args.rate or bare_rate / 2
    label = "half the best bare rate" if not args.rate else "--rate"
    _, paced_loss, p99, worst = describe_tab(
        f"3. UDP tab, sender paced at {pace:,.0f}/s ({label})", tab_pipeline(args.seconds, pace)
    )
    ratio = tab_rate / bare_rate if bare_rate else 0.0
    goals = [
        ("best tab rate >= 0.5 x best bare rate (1, 2)", ratio >= 0.5),
        ("loss <= 0.1% at half the bare rate (3)", paced_loss <= 0.001),
        ("p99 gap <= 16 ms (3)", p99 <= 16),
        ("max gap <= 100 ms (3)", worst <= 100),
    ]
    print("goals: " + "; ".join(f"{name} {'met' if ok else 'MISSED'}" for name, ok in goals))
    print(
        f"ratio tab/bare received rate (best unpaced runs, {tab_rate:,.0f}/s vs "
        f"{bare_rate:,.0f}/s): {ratio:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
