"""Build tests/core/packets/data/handshake.pcap, and the frame builders the tests share.

tcpdump is not installed here, so the file is built byte for byte in tcpdump's format:
a classic pcap header (magic a1b2c3d4 little-endian, version 2.4, microseconds, snap
length 262144, link type 1 = Ethernet), then one record per frame. The frames are a TCP
connection on 127.0.0.1 from port 45678 to port 5555 as the loopback interface shows it
(Ethernet with zero MAC addresses): SYN, SYN-ACK, ACK, PSH-ACK with "hello", ACK,
FIN-ACK, FIN-ACK, ACK, with correct IPv4 and TCP checksums.

Run `python -m tests.core.packets.make_fixture` to write the file again.
"""

from __future__ import annotations

import struct
from pathlib import Path

FIXTURE = Path(__file__).with_name("data") / "handshake.pcap"
CLIENT, SERVER = ("127.0.0.1", 45678), ("127.0.0.1", 5555)
CLIENT_ISN, SERVER_ISN = 0x1C2B3A49, 0x5E6F7081
START_TIME = 1_700_000_000
FIN, SYN, RST, PSH, ACK = 0x01, 0x02, 0x04, 0x08, 0x10
ZERO_MAC = b"\0" * 6


def checksum(data: bytes) -> int:
    """The Internet checksum (RFC 1071) of `data`."""
    if len(data) % 2:
        data += b"\0"
    total = sum(int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2))
    while total > 0xFFFF:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def ip_bytes(address: str) -> bytes:
    """A dotted IPv4 address as its four bytes."""
    return bytes(int(part) for part in address.split("."))


def ethernet(
    payload: bytes, ethertype: int = 0x0800, dst: bytes = ZERO_MAC, src: bytes = ZERO_MAC
) -> bytes:
    """An Ethernet II frame around `payload`."""
    return dst + src + struct.pack("!H", ethertype) + payload


def ipv4(src: str, dst: str, protocol: int, payload: bytes, ttl: int = 64, ident: int = 1) -> bytes:
    """An IPv4 packet (20-byte header, don't-fragment set) with a correct checksum."""
    header = struct.pack(
        "!BBHHHBBH4s4s",
        0x45,
        0,
        20 + len(payload),
        ident,
        0x4000,
        ttl,
        protocol,
        0,
        ip_bytes(src),
        ip_bytes(dst),
    )
    return header[:10] + struct.pack("!H", checksum(header)) + header[12:] + payload


def tcp(
    src: tuple[str, int],
    dst: tuple[str, int],
    seq: int,
    ack: int,
    flags: int,
    payload: bytes = b"",
    window: int = 65495,
) -> bytes:
    """A TCP segment (no options) with the checksum over the IPv4 pseudo-header."""
    header = struct.pack("!HHIIBBHHH", src[1], dst[1], seq, ack, 5 << 4, flags, window, 0, 0)
    segment = header + payload
    pseudo = ip_bytes(src[0]) + ip_bytes(dst[0]) + struct.pack("!BBH", 0, 6, len(segment))
    value = checksum(pseudo + segment)
    return segment[:16] + struct.pack("!H", value) + segment[18:]


def udp(src: tuple[str, int], dst: tuple[str, int], payload: bytes) -> bytes:
    """A UDP datagram with the checksum over the IPv4 pseudo-header."""
    datagram = struct.pack("!HHHH", src[1], dst[1], 8 + len(payload), 0) + payload
    pseudo = ip_bytes(src[0]) + ip_bytes(dst[0]) + struct.pack("!BBH", 0, 17, len(datagram))
    value = checksum(pseudo + datagram) or 0xFFFF
    return datagram[:6] + struct.pack("!H", value) + datagram[8:]


def tcp_frame(
    src: tuple[str, int], dst: tuple[str, int], seq: int, ack: int, flags: int, payload: bytes = b""
) -> bytes:
    """Ethernet + IPv4 + TCP from `src` to `dst`."""
    return ethernet(ipv4(src[0], dst[0], 6, tcp(src, dst, seq, ack, flags, payload)))


def handshake_frames() -> list[bytes]:
    """The eight frames of the connection the fixture holds, in order."""
    c, s = CLIENT_ISN, SERVER_ISN
    return [
        tcp_frame(CLIENT, SERVER, c, 0, SYN),
        tcp_frame(SERVER, CLIENT, s, c + 1, SYN | ACK),
        tcp_frame(CLIENT, SERVER, c + 1, s + 1, ACK),
        tcp_frame(CLIENT, SERVER, c + 1, s + 1, PSH | ACK, b"hello"),
        tcp_frame(SERVER, CLIENT, s + 1, c + 6, ACK),
        tcp_frame(CLIENT, SERVER, c + 6, s + 1, FIN | ACK),
        tcp_frame(SERVER, CLIENT, s + 1, c + 7, FIN | ACK),
        tcp_frame(CLIENT, SERVER, c + 7, s + 2, ACK),
    ]


def pcap_bytes(frames: list[bytes], start: int = START_TIME) -> bytes:
    """A classic pcap file as tcpdump writes it, one frame every 100 microseconds."""
    out = bytearray(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 262144, 1))
    for index, frame in enumerate(frames):
        out += struct.pack("<IIII", start, (index + 1) * 100, len(frame), len(frame))
        out += frame
    return bytes(out)


def main() -> None:
    """Write the fixture file."""
    FIXTURE.parent.mkdir(exist_ok=True)
    FIXTURE.write_bytes(pcap_bytes(handshake_frames()))
    print(f"wrote {FIXTURE} ({FIXTURE.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
