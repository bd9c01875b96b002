"""Capture TCP payloads on the loopback interface with AF_PACKET (root or CAP_NET_RAW).

Only `lo` is ever opened (the network-safety rule). Tests use it to look at what the
chat puts on the wire: `LoopbackCapture(port)` collects every TCP segment to or from
that port, as (source port, destination port, payload), bounded in bytes.
"""

from __future__ import annotations

import select
import socket
import struct
import threading

ETH_P_ALL = 0x0003
MAX_CAPTURED_BYTES = 32 * 1024 * 1024


def can_capture() -> str:
    """ "" when this process may open an AF_PACKET socket on lo, else the reason."""
    if not hasattr(socket, "AF_PACKET"):
        return "AF_PACKET exists on Linux only"
    try:
        probe = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    except PermissionError:
        return "capturing needs root or CAP_NET_RAW"
    except OSError as exc:
        return f"AF_PACKET cannot be opened: {exc}"
    probe.close()
    return ""


def _tcp_segment(frame: bytes) -> tuple[int, int, bytes] | None:
    """(source port, destination port, payload) of an Ethernet frame holding TCP."""
    if len(frame) < 14:
        return None
    ethertype = struct.unpack_from("!H", frame, 12)[0]
    packet = frame[14:]
    if ethertype == 0x0800 and len(packet) >= 20:
        header = (packet[0] & 0x0F) * 4
        total = struct.unpack_from("!H", packet, 2)[0]
        if packet[9] != socket.IPPROTO_TCP:
            return None
        segment = packet[header:total]
    elif ethertype == 0x86DD and len(packet) >= 40:
        if packet[6] != socket.IPPROTO_TCP:
            return None
        length = struct.unpack_from("!H", packet, 4)[0]
        segment = packet[40 : 40 + length]
    else:
        return None
    if len(segment) < 20:
        return None
    source, destination = struct.unpack_from("!HH", segment, 0)
    offset = (segment[12] >> 4) * 4
    return source, destination, bytes(segment[offset:])


class LoopbackCapture:
    """Collects the TCP payloads to and from `port` on lo, in a thread, until stop()."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.segments: list[tuple[int, int, bytes]] = []
        self._captured = 0
        self._sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
        self._sock.bind(("lo", 0))
        self._stop_read, self._stop_write = socket.socketpair()
        self._thread = threading.Thread(target=self._run, name="lo capture", daemon=True)

    def __enter__(self) -> LoopbackCapture:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        """End the capture (the frames already queued in the socket are read first)."""
        if self._thread.is_alive():
            self._stop_write.send(b"x")
            self._thread.join(10)
        for sock in (self._sock, self._stop_read, self._stop_write):
            sock.close()

    def payload(self) -> bytes:
        """Every captured payload byte to or from the port, in capture order."""
        return b"".join(data for _source, _destination, data in self.segments)

    def _run(self) -> None:
        while True:
            readable, _, _ = select.select([self._sock, self._stop_read], [], [], 5.0)
            if self._sock in readable:
                self._read_all()
            if self._stop_read in readable:
                self._read_all()
                return

    def _read_all(self) -> None:
        self._sock.setblocking(False)
        for _ in range(100_000):  # bounded: what is queued now
            try:
                frame, address = self._sock.recvfrom(65536 + 64)
            except BlockingIOError:
                return
            # Loopback frames are seen twice (outgoing and incoming): keep one copy.
            if address[2] == socket.PACKET_OUTGOING:
                continue
            segment = _tcp_segment(frame)
            if segment is None or self.port not in segment[:2] or not segment[2]:
                continue
            if self._captured + len(segment[2]) > MAX_CAPTURED_BYTES:
                return
            self._captured += len(segment[2])
            self.segments.append(segment)
