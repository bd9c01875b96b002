"""Flood control attacked: reconnecting, bytes instead of lines, and the held backlog."""

from __future__ import annotations

import sys
import threading
import time

from tests.helpers.chat import RawPeer, start_server
from tests.helpers.room import RoomDriver


def test_reconnecting_does_not_reset_the_flood_limit() -> None:
    driver = RoomDriver()
    driver.join_raw("bob", "bob")
    # Within one second, one address: connect, /nick, 100 lines, close; 40 times.
    for number in range(40):
        name = f"m{number}"
        driver.connect(name, ip="10.0.0.66")
        driver.line(name, f"/nick m{number}")
        driver.send(name, b"spam\n" * 100)
        driver.room.connection_lost(driver.peers[name], "gone")
    relayed = sum("> spam" in line for line in driver.lines("bob"))
    noise = sum(line.startswith("* ") for line in driver.lines("bob"))
    # Even 16 simultaneous connections, each with its full burst, make 1,600.
    most = driver.config.max_per_address * driver.config.flood_burst
    assert relayed <= most, f"bob read {relayed} lines and {noise} joins/leaves in no time"


def test_a_flood_backlog_holds_no_more_than_it_received() -> None:
    driver = RoomDriver()
    driver.join_raw("mallory", "mallory")
    received = 65_536  # one recv()
    driver.send("mallory", b"ab\n" * (received // 3))
    backlog = driver.peers["mallory"].backlog
    held = sys.getsizeof(backlog) + sum(sys.getsizeof(line) for line in backlog)
    # Drained at 50 lines a second this is held for 7 minutes, per connection.
    assert held <= 4 * received, f"{received:,} bytes read are held as {held:,} bytes"


def test_one_clients_allowed_burst_does_not_disconnect_a_10_mb_s_reader(run_engine) -> None:
    _, port, _ = start_server(run_engine)
    bob = RawPeer(port)
    bob.send_line("/nick bob")
    bob.wait_for_line("You are bob")
    mallory = RawPeer(port)
    mallory.send_line("/nick mallory")
    mallory.wait_for_line("You are mallory")
    outcome: dict[str, object] = {"lines": 0}

    def read_at_10_mb_s() -> None:  # a laptop on Wi-Fi, say
        bob.sock.settimeout(5.0)
        start, got, tail = time.monotonic(), 0, b""
        try:
            while outcome["lines"] < 100:
                data = bob.sock.recv(16384)
                if not data:
                    outcome["closed"] = tail[-120:].decode(errors="replace")
                    return
                got += len(data)
                tail = (tail + data)[-300:]
                outcome["lines"] = int(outcome["lines"]) + data.count(b"<mallory>")
                time.sleep(max(0.0, got / 10e6 - (time.monotonic() - start)))
        except (TimeoutError, OSError) as exc:
            outcome["closed"] = repr(exc)

    reader = threading.Thread(target=read_at_10_mb_s)
    reader.start()
    # 100 lines of 64,000 bytes: inside the documented burst of 100 lines.
    mallory.sock.sendall((b"z" * 64_000 + b"\n") * 100)
    reader.join(15)
    mallory.close()
    assert "closed" not in outcome, f"bob was disconnected: {outcome['closed']!r}"
    assert outcome["lines"] == 100
