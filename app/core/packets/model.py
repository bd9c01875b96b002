"""What a decoded packet is: layers of fields, each with its place in the frame's bytes.

Every other part of the Packets tab and `socketlab capture` speaks these types: the
decoder makes them, the capture engine batches them, the window lists them, draws the
sequence diagram from them and highlights a field's bytes in the hex view with its
`offset` and `length`. Words a person reads (`summary`, `note`) are Messages, so the
window shows them in its language and the command line in English.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The notes' five layers, as a layer's `level` names them.
APPLICATION, TRANSPORT, NETWORK, LINK = "application", "transport", "network", "link"

# Link types of pcap/pcapng files and captures (LINKTYPE_*, tcpdump.org/linktypes.html).
LINKTYPE_NULL = 0  # BSD loopback: a 4-byte address family, then IP
LINKTYPE_ETHERNET = 1
LINKTYPE_RAW = 101  # IP with no link header
LINKTYPE_LINUX_SLL = 113  # Linux "cooked" capture (the "any" interface)


@dataclass(frozen=True, slots=True)
class Field:
    """One field of a layer: `name` ("Source port"), its `value` as shown ("5555"), where
    its bytes are in the frame, and an optional `note` in words ("the server's port")."""

    name: str
    value: str
    offset: int
    length: int
    note: str = ""


@dataclass(frozen=True, slots=True)
class Layer:
    """One protocol layer of a frame: "Ethernet", "IPv4", "TCP", "DNS", "Payload"...

    `level` is one of the notes' layers (link, network, transport, application);
    `offset`/`length` cover its header (and, for the payload, its data).
    """

    name: str
    level: str
    offset: int
    length: int
    fields: tuple[Field, ...] = ()
    summary: str = ""


@dataclass(frozen=True, slots=True)
class Frame:
    """A frame as captured or read from a file, before decoding."""

    time: float  # seconds since the epoch
    data: bytes  # the captured bytes (at most the snap length)
    wire_length: int  # how long it was on the wire
    linktype: int = LINKTYPE_ETHERNET
    interface: str = ""


@dataclass(frozen=True, slots=True)
class Packet:
    """A decoded frame with what the list, the diagram and `--json` need at hand.

    `proto` is the highest protocol understood ("TCP", "UDP", "ICMP", "ICMPv6", "ARP",
    "DNS", "IPv4", "IPv6", "Ethernet", or "?" for bytes it could not decode). TCP
    `seq`/`ack` are relative to the conversation's first sequence numbers (as Wireshark
    shows them); `length` is the transport payload's length. `conversation` is the same
    key for both directions of a connection (or a UDP/ICMP exchange), None for ARP.
    `problem` says in words what could not be decoded (a truncated header...).
    """

    number: int
    frame: Frame
    layers: tuple[Layer, ...]
    proto: str
    src: str = ""
    dst: str = ""
    sport: int | None = None
    dport: int | None = None
    flags: str = ""
    seq: int | None = None
    ack: int | None = None
    win: int | None = None
    length: int = 0
    summary: str = ""
    conversation: tuple | None = None
    problem: str = ""
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def time(self) -> float:
        """When it was captured (seconds since the epoch)."""
        return self.frame.time

    def as_json(self) -> dict:
        """What `socketlab capture --json` prints for it (one object per line)."""
        return {
            "number": self.number,
            "time": self.frame.time,
            "interface": self.frame.interface,
            "src": self.src,
            "dst": self.dst,
            "sport": self.sport,
            "dport": self.dport,
            "proto": self.proto,
            "flags": self.flags,
            "seq": self.seq,
            "ack": self.ack,
            "win": self.win,
            "len": self.length,
            "summary": str(self.summary),
        }
