"""Flood the Chat tab: a server relays 50,000 lines/s at it for 5 s; does the window keep up?

`socketlab serve --flood-limit 0` runs in a subprocess on 127.0.0.1, a raw sender in
another subprocess joins as `flooder` and sends RATE lines a second, paced in 10 ms
ticks, for SECONDS seconds. The Chat tab (offscreen, 1100x720, joined before the
flood) receives them through its client engine, history recorder and conversation
view. A 1 ms QTimer records the GUI thread's event-loop gaps. Printed: lines sent and
received (must be equal), the gap percentiles with the idle GUI's as a reference, and
the RSS growth. Goals: p99 gap <= 16 ms, max <= 100 ms, RSS growth <= 100 MB. The last
line is the ratio of the flood's p99 gap to the 16 ms budget.

Traffic stays on 127.0.0.1; the run is bounded in lines and seconds.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FRAME_BUDGET_MS = 16.0
TICKS_PER_SECOND = 100


# ---------------------------------------------------------------------------- sender
def run_sender(port: int, rate: int, seconds: float) -> int:
    """The flooding raw client (its own process): prints how many lines it sent."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.sendall(b"/nick flooder\n")
    seen = b""
    while b"You are flooder" not in seen:
        chunk = sock.recv(65536)
        if not chunk:
            raise SystemExit("the server closed the sender's connection")
        seen += chunk
    sock.setblocking(False)
    print("ready", flush=True)
    sys.stdin.readline()  # the bench says go once the tab saw us join
    per_tick = rate // TICKS_PER_SECOND
    ticks = int(seconds * TICKS_PER_SECOND)
    pending = bytearray()
    sent_lines = 0
    began = time.monotonic()
    for tick in range(ticks):
        for _ in range(per_tick):
            pending += f"flood {sent_lines:07d} ".encode() + b"x" * 49 + b"\n"
            sent_lines += 1
        _drain(sock, pending)
        wait = began + (tick + 1) / TICKS_PER_SECOND - time.monotonic()
        if wait > 0:
            time.sleep(wait)  # pacing the load, not synchronising a test
    deadline = time.monotonic() + 30
    while pending and time.monotonic() < deadline:
        _drain(sock, pending)
        time.sleep(0.001)
    elapsed = time.monotonic() - began
    print(f"sent {sent_lines} {elapsed:.3f}", flush=True)
    sys.stdin.readline()  # stay connected until the bench has counted
    sock.close()
    return 0


def _drain(sock: socket.socket, pending: bytearray) -> None:
    # Drains received bytes too: the server relays our own lines back to us.
    try:
        while sock.recv(1 << 20):
            pass
    except BlockingIOError:
        pass
    try:
        sent = sock.send(pending)
        del pending[:sent]
    except BlockingIOError:
        pass


# ---------------------------------------------------------------------------- bench
def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] if ordered else 0.0


def run_bench(rate: int, seconds: float) -> int:
    tmp = tempfile.mkdtemp(prefix="socketlab-flood-")
    os.environ.update(
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        XDG_DATA_HOME=f"{tmp}/data",
        XDG_CONFIG_HOME=f"{tmp}/config",
    )
    import psutil
    from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from bench.chat_harness import free_port, start_server, stop_server

    app = QApplication([sys.argv[0]])
    app.setApplicationName("SocketLab")
    from app.ui.chat.tab import ChatTab

    process = psutil.Process()
    port = free_port()
    server = start_server("socketlab", port, ["--flood-limit", "0"])
    sender = None
    tab = ChatTab()
    try:
        tab.resize(1100, 720)
        tab.show()
        tab.identity.nick_edit.setText("watcher")

        def pump_until(done, limit: float) -> bool:
            """Run the real event loop (blocking in poll, as app.exec() does) until done."""
            if done():
                return True
            loop = QEventLoop()
            deadline = time.monotonic() + limit

            def check() -> None:
                if done() or time.monotonic() > deadline:
                    loop.quit()

            checker = QTimer()
            checker.setInterval(20)
            checker.timeout.connect(check)
            checker.start()
            loop.exec()
            checker.stop()
            return done()

        tab.connect_to(f"127.0.0.1:{port}")
        if not pump_until(lambda: tab.connection_state() == "connected", 15):
            raise SystemExit(f"the tab did not connect: {tab.state_label.text()}")

        # The gap recorder: a 1 ms timer, the time between its ticks on the GUI thread.
        clock = QElapsedTimer()
        clock.start()
        gaps: list[float] = []
        last = [clock.nsecsElapsed()]

        peak = [0]

        def tick() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            last[0] = now
            if len(gaps) % 100 == 0:  # RSS every ~100 ms
                peak[0] = max(peak[0], process.memory_info().rss)

        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(1)
        timer.timeout.connect(tick)

        def record(seconds_: float) -> list[float]:
            gaps.clear()
            last[0] = clock.nsecsElapsed()
            timer.start()
            pump_until(lambda: False, seconds_)
            timer.stop()
            return list(gaps)

        idle_gaps = record(1.0)

        sender = subprocess.Popen(
            [sys.executable, __file__, "--sender", str(port), str(rate), str(seconds)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT,
        )  # fmt: skip
        assert sender.stdin is not None and sender.stdout is not None
        if sender.stdout.readline().strip() != "ready":
            raise SystemExit("the sender did not start")
        joined = lambda: any(line.endswith("flooder joined") for line in tab.conversation_texts())  # noqa: E731
        if not pump_until(joined, 10):
            raise SystemExit("the tab never saw the sender join")
        pump_until(lambda: False, 0.3)
        baseline = tab.received_count
        rss_before = peak[0] = process.memory_info().rss

        gaps.clear()
        last[0] = clock.nsecsElapsed()
        timer.start()
        began = time.monotonic()
        sender.stdin.write("go\n")
        sender.stdin.flush()
        # The sender's 'sent' line arrives when it is done; a thread waits for it while the
        # GUI thread runs its event loop.
        finished: list[str] = []
        reader = threading.Thread(target=lambda: finished.append(sender.stdout.readline()))
        reader.start()
        pump_until(lambda: bool(finished), seconds + 60)
        reader.join(timeout=1)
        sent_line = finished[0].strip() if finished else ""
        if not sent_line.startswith("sent "):
            raise SystemExit(f"the sender did not finish: {sent_line!r}")
        _, sent_text, send_seconds = sent_line.split()
        sent = int(sent_text)
        pump_until(lambda: tab.received_count - baseline >= sent, 60)
        flood_seconds = time.monotonic() - began
        timer.stop()
        flood_gaps = list(gaps)
        received = tab.received_count - baseline
        peak_rss = max(peak[0], process.memory_info().rss)
        state = tab.connection_state()
        sender.stdin.write("done\n")
        sender.stdin.flush()
    finally:
        tab.shutdown()
        if sender is not None:
            sender.wait(timeout=10)
        stop_server(server)

    rss_growth = (peak_rss - rss_before) / 1e6
    p50, p99, worst = (
        percentile(flood_gaps, 0.5),
        percentile(flood_gaps, 0.99),
        max(flood_gaps, default=0.0),
    )
    print(f"flood: {rate:,} lines/s for {seconds:g} s through socketlab serve to the Chat tab")
    print(f"lines sent: {sent:,} in {float(send_seconds):.2f} s")
    print(
        f"lines received by the tab: {received:,} ({'all' if received == sent else 'LOST some'})"
        f", all shown in {flood_seconds:.2f} s; connection {state}"
    )
    print(
        f"idle GUI gaps (reference): p99 {percentile(idle_gaps, 0.99):.1f} ms, "
        f"max {max(idle_gaps, default=0):.1f} ms"
    )
    print(
        f"flood GUI gaps: p50 {p50:.1f} ms, p99 {p99:.1f} ms (goal <= 16), "
        f"max {worst:.1f} ms (goal <= 100), {len(flood_gaps):,} ticks"
    )
    print(
        f"RSS: {rss_before / 1e6:.0f} MB before, peak {peak_rss / 1e6:.0f} MB, "
        f"growth {rss_growth:.0f} MB (goal <= 100)"
    )
    print(f"ratio p99 gap / {FRAME_BUDGET_MS:g} ms frame budget: {p99 / FRAME_BUDGET_MS:.2f}")
    return 0 if received == sent else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=int, default=50_000, help="lines per second")
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument(
        "--sender", nargs=3, metavar=("PORT", "RATE", "SECONDS"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.sender:
        port, rate, seconds = args.sender
        return run_sender(int(port), int(rate), float(seconds))
    if not 1 <= args.rate <= 200_000 or not 0 < args.seconds <= 60:
        parser.error("--rate must be 1..200000 and --seconds 0..60")
    return run_bench(args.rate, args.seconds)


if __name__ == "__main__":
    sys.exit(main())
