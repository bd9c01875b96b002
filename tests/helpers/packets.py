"""Hand-made decoded packets for the Packets tab's widget tests: a TCP conversation
between 127.0.0.1:40000 and 127.0.0.1:5555 with fields at their byte offsets."""

from __future__ import annotations

from app.core.packets.model import LINK, NETWORK, TRANSPORT, Field, Frame, Layer, Packet

CLIENT = ("127.0.0.1", 40000)
SERVER = ("127.0.0.1", 5555)
KEY = ("TCP", CLIENT, SERVER)


def tcp_packet(
    number: int,
    from_client: bool,
    flags: str,
    seq: int,
    ack: int | None = None,
    payload: bytes = b"",
    **extra: object,
) -> Packet:
    """A hand-made TCP segment of the test conversation (Ethernet, IPv4, TCP, payload)."""
    (src, sport), (dst, dport) = (CLIENT, SERVER) if from_client else (SERVER, CLIENT)
    data = bytes(range(54)) + payload
    tcp_fields = (
        Field("Source port", str(sport), 34, 2, note="the sender's port"),
        Field("Destination port", str(dport), 36, 2),
        Field("Sequence number", str(seq), 38, 4),
        Field("Flags", flags, 47, 1),
        Field("Window", "65495", 48, 2, note="how many bytes the sender can take"),
    )
    layers = [
        Layer("Ethernet", LINK, 0, 14, (Field("Type", "IPv4", 12, 2),)),
        Layer("IPv4", NETWORK, 14, 20, (Field("Source", src, 26, 4),)),
        Layer("TCP", TRANSPORT, 34, 20, tcp_fields),
    ]
    if payload:
        layers.append(Layer("Payload", "application", 54, len(payload)))
    return Packet(
        number=number,
        frame=Frame(time=1_700_000_000.0 + number / 1000, data=data, wire_length=len(data)),
        layers=tuple(layers),
        proto="TCP",
        src=src,
        dst=dst,
        sport=sport,
        dport=dport,
        flags=flags,
        seq=seq,
        ack=ack,
        win=65495,
        length=len(payload),
        summary=f"{sport} → {dport} [{flags}]",
        conversation=KEY,
        extra=dict(extra),
    )


def conversation() -> list[Packet]:
    """Handshake, five bytes each way, then the server closes first."""
    client = f"{CLIENT[0]}:{CLIENT[1]}"
    return [
        tcp_packet(1, True, "SYN", 0, handshake_step=1, client=client),
        tcp_packet(2, False, "SYN, ACK", 0, 1, handshake_step=2, client=client),
        tcp_packet(3, True, "ACK", 1, 1, handshake_step=3, client=client),
        tcp_packet(4, True, "PSH, ACK", 1, 1, b"hello", client=client),
        tcp_packet(5, False, "ACK", 1, 6, client=client),
        tcp_packet(6, False, "FIN, ACK", 1, 6, client=client),
        tcp_packet(7, True, "FIN, ACK", 6, 2, client=client),
        tcp_packet(8, False, "ACK", 2, 7, client=client),
    ]
