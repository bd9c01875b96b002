"""Capture benchmark: a bare AF_PACKET recv loop on lo against the CaptureEngine.

A sender subprocess blasts 64-byte UDP datagrams at 127.0.0.1 (at most --count of
them, for at most --seconds) to a port a local socket has bound, so no ICMP errors
join the flood. First a bare loop reads the frames off an AF_PACKET socket on lo
(dropping the outgoing copy of each loopback packet, as the engine does) and counts
them; then the CaptureEngine captures the same flood with a `udp and port N` filter,
decoding every frame it takes and batching the packets. Each rate is frames (packets)
over the time from the first to the last one read. Frames the engine did not decode
(a turn was full) or the kernel dropped are shown too.

Then the Packets tab itself (offscreen, 1100x720) captures a flood of --gui-count
datagrams sent as fast as the sender can (at least 100,000/s on a desktop) while a 1 ms
QTimer records the GUI thread's event-loop gaps; printed against the idle gaps measured
in the same run. Goal: p99 gap <= 16 ms, and the tab's packet list stays bounded.

Needs root or CAP_NET_RAW (Linux). The ratio engine/bare is on the LAST line.

    uv run python bench/capture.py [--count 200000] [--seconds 10] [--repeat 1] [--gui-count 300000]
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DATAGRAM_SIZE = 64
RECEIVE_BUFFER = 8 * 1024 * 1024
SETTLE_SECONDS = 0.5  # idle time after the sender finished that ends a phase
HARD_LIMIT = 30.0  # no phase runs longer than this, whatever happens
ETH_P_ALL = 0x0003
PACKET_OUTGOING = 4

SENDER_CODE = r"""
import socket, sys, time
port, limit, seconds = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
sock.connect(("127.0.0.1", port))
payload = b"c" * DATAGRAM_SIZE
send, clock = sock.send, time.perf_counter
print("ready", flush=True)
sys.stdin.readline()  # go
start = clock()
deadline = start + seconds
sent = 0
while sent < limit and clock() < deadline:
    for _ in range(min(1000, limit - sent)):
        try:
            send(payload)
        except OSError:
            pass  # ENOBUFS: lost, as on a real network
        sent += 1
print(sent, clock() - start, flush=True)
""".replace("DATAGRAM_SIZE", str(DATAGRAM_SIZE))


class Flood:
    """A bound UDP target and the sending subprocess, which waits for go()."""

    def __init__(self, count: int, seconds: float) -> None:
        self.target = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.target.bind(("127.0.0.1", 0))  # never read: the datagrams just need a taker
        self.port = self.target.getsockname()[1]
        self.process = subprocess.Popen(
            [sys.executable, "-c", SENDER_CODE, str(self.port), str(count), str(seconds)],
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

    def result(self) -> tuple[int, float]:
        out, _ = self.process.communicate(timeout=HARD_LIMIT)
        self.target.close()
        sent, seconds = out.split()
        return int(sent), float(seconds)


def bare_loop(count: int, seconds: float) -> tuple[int, int, float]:
    """(sent, frames read, seconds from the first to the last frame) for a bare loop."""
    sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER)
    sock.bind(("lo", 0))
    flood = Flood(count, seconds)
    recvfrom = sock.recvfrom
    frames, first, last = 0, 0.0, 0.0
    sock.settimeout(SETTLE_SECONDS)
    flood.go()
    deadline = time.monotonic() + HARD_LIMIT
    while time.monotonic() < deadline:
        try:
            _data, address = recvfrom(65536)
        except TimeoutError:
            if flood.finished():
                break
            continue
        if address[2] == PACKET_OUTGOING:
            continue
        last = time.time()
        if not frames:
            first = last
        frames += 1
    sent, _ = flood.result()
    sock.close()
    return sent, frames, last - first


def engine_run(count: int, seconds: float) -> tuple[int, object, float, int]:
    """(sent, final CaptureStats, seconds first to last packet, batches) for the engine."""
    from app.core.packets.capture import CaptureEngine, CaptureStarted, PacketsCaptured

    flood = Flood(count, seconds)
    engine = CaptureEngine("lo", f"udp and port {flood.port}")
    started = threading.Event()
    seen = {"packets": 0, "batches": 0, "first": 0.0, "last": 0.0, "changed": time.monotonic()}

    def on_events(batch: list) -> None:
        for event in batch:
            if isinstance(event, PacketsCaptured):
                if not seen["packets"]:
                    seen["first"] = event.packets[0].time
                seen["packets"] += len(event.packets)
                seen["batches"] += 1
                seen["last"] = event.packets[-1].time
                seen["changed"] = time.monotonic()
            elif isinstance(event, CaptureStarted):
                started.set()

    engine.add_listener(on_events)
    thread = threading.Thread(target=engine.run, name="capture bench")
    thread.start()
    if not started.wait(10):
        engine.stop()
        thread.join(10)
        raise RuntimeError("the capture did not start (root or CAP_NET_RAW needed)")
    flood.go()
    deadline = time.monotonic() + HARD_LIMIT
    while time.monotonic() < deadline:
        time.sleep(0.05)  # a bench, not a test: poll the counters
        if flood.finished() and time.monotonic() - seen["changed"] > SETTLE_SECONDS:
            break
    engine.stop()
    thread.join(10)
    sent, _ = flood.result()
    return sent, engine.stats(), seen["last"] - seen["first"], seen["batches"]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] if ordered else 0.0


def gui_run(count: int, seconds: float) -> dict:
    """The Packets tab capturing a flood: GUI gaps (ms) idle and during it, and counts."""
    import os
    import tempfile

    scratch = tempfile.mkdtemp(prefix="socketlab-capture-bench-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.update(XDG_CONFIG_HOME=f"{scratch}/config", XDG_DATA_HOME=f"{scratch}/data")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    from app.ui.packets import PacketsTab

    def pump_until(done, limit: float) -> bool:
        """Run the real event loop until done() or `limit` seconds."""
        loop = QEventLoop()
        deadline = time.monotonic() + limit
        checker = QTimer()
        checker.setInterval(20)
        checker.timeout.connect(lambda: (done() or time.monotonic() > deadline) and loop.quit())
        checker.start()
        if not done():
            loop.exec()
        checker.stop()
        return done()

    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(1)
    timer.timeout.connect(tick)

    def record(done, limit: float) -> list[float]:
        gaps.clear()
        last[0] = clock.nsecsElapsed()
        timer.start()
        pump_until(done, limit)
        timer.stop()
        return list(gaps)

    tab = PacketsTab()
    tab.resize(1100, 720)
    tab.show()
    flood = Flood(count, seconds)
    try:
        tab.filter_edit.setText(f"udp and port {flood.port}")
        if not tab.start() or not pump_until(tab.is_capturing, 10):
            raise RuntimeError("the Packets tab did not start capturing (root needed)")
        idle = record(lambda: False, 1.0)
        flood.go()
        quiet = [time.monotonic()]
        shown = [tab.model.rowCount()]

        def settled() -> bool:
            rows = tab.model.rowCount()
            if rows != shown[0]:
                shown[0], quiet[0] = rows, time.monotonic()
            return flood.finished() and time.monotonic() - quiet[0] > SETTLE_SECONDS

        busy = record(settled, HARD_LIMIT)
        rows = tab.model.rowCount()
    finally:
        tab.shutdown()
        tab.deleteLater()
        app.processEvents()
    sent, send_seconds = flood.result()
    return {
        "sent": sent,
        "send_seconds": send_seconds,
        "idle": idle,
        "busy": busy,
        "rows": rows,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200_000, help="datagrams at most")
    parser.add_argument("--seconds", type=float, default=10.0, help="sender time limit")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the best counts")
    parser.add_argument(
        "--gui-count", type=int, default=300_000, help="datagrams of the Packets tab's flood"
    )
    args = parser.parse_args()
    count, seconds = max(1, min(args.count, 5_000_000)), max(0.1, min(args.seconds, 10.0))
    print(
        f"UDP flood to 127.0.0.1: at most {count:,} datagrams of {DATAGRAM_SIZE} bytes "
        f"in at most {seconds:g} s; capture on lo"
    )
    bare_rates: list[float] = []
    engine_rates: list[float] = []
    for run in range(1, max(1, args.repeat) + 1):
        sent, frames, span = bare_loop(count, seconds)
        bare_rates.append(frames / span if span > 0 else 0.0)
        print(
            f"{run}a bare AF_PACKET loop: sent {sent:,}, read {frames:,} frames in "
            f"{span:.2f} s = {bare_rates[-1]:,.0f} frames/s"
        )
        sent, stats, span, batches = engine_run(count, seconds)
        engine_rates.append(stats.packets / span if span > 0 else 0.0)
        print(
            f"{run}b CaptureEngine: sent {sent:,}, decoded {stats.packets:,} packets in "
            f"{span:.2f} s = {engine_rates[-1]:,.0f} packets/s in {batches:,} batches; "
            f"{stats.frames:,} frames read, {stats.dropped:,} not decoded (decode budget spent), "
            f"{stats.kernel_dropped:,} dropped by the kernel"
        )
    gui = gui_run(max(1, min(args.gui_count, 5_000_000)), seconds)
    rate = gui["sent"] / gui["send_seconds"] if gui["send_seconds"] else 0.0
    print(
        f"Packets tab: flood of {gui['sent']:,} datagrams at {rate:,.0f}/s; "
        f"{gui['rows']:,} packets kept in the list (bounded)"
    )
    print(
        f"GUI gaps: idle p99 {percentile(gui['idle'], 0.99):.1f} ms (reference); during the "
        f"flood p50 {percentile(gui['busy'], 0.5):.1f} ms, p99 "
        f"{percentile(gui['busy'], 0.99):.1f} ms (goal <= 16), "
        f"max {max(gui['busy'], default=0):.1f} ms"
    )
    bare, engine = max(bare_rates), max(engine_rates)
    print(f"bare: {bare:,.0f} frames/s; engine: {engine:,.0f} packets/s")
    print(f"ratio engine/bare: {engine / bare if bare else 0.0:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
