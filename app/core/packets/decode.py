"""Frames to Packets: every layer's fields with their byte offsets, and the words for them.

Sans-IO: `Dissector.decode()` takes a `Frame` and returns a `Packet`; it never touches a
socket or a file. The bytes come from the network, so nothing in them is trusted: every
read is bounds-checked, every length field is checked against what was captured, DNS
names may point in circles, and a frame that cannot be decoded still becomes a Packet
with what could be read and `problem` saying in words what went wrong. `decode()` never
raises on any input.

The Dissector keeps a little state per TCP conversation (the first sequence number of
each side, who sent the SYN, which FINs were seen) so sequence numbers read as Wireshark
shows them (relative, starting at 0) and summaries can say "step 2 of the handshake".
"""

from __future__ import annotations

import ipaddress
from collections import OrderedDict
from dataclasses import dataclass, field

from app.core.messages import N_, Message, Template
from app.core.packets.model import (
    APPLICATION,
    LINK,
    LINKTYPE_ETHERNET,
    LINKTYPE_LINUX_SLL,
    LINKTYPE_NULL,
    LINKTYPE_RAW,
    NETWORK,
    TRANSPORT,
    Field,
    Frame,
    Layer,
    Packet,
)

# Bounds against hostile input.
MAX_CONVERSATIONS = 10_000
MAX_DNS_RECORDS = 64
MAX_DNS_POINTERS = 32
MAX_DNS_NAME = 255
MAX_VLAN_TAGS = 4
MAX_IPV6_EXTENSIONS = 8

ETHERTYPE_IPV4, ETHERTYPE_ARP, ETHERTYPE_IPV6 = 0x0800, 0x0806, 0x86DD
ETHERTYPE_VLANS = (0x8100, 0x88A8, 0x9100)
PROTO_ICMP, PROTO_TCP, PROTO_UDP, PROTO_ICMPV6 = 1, 6, 17, 58
IPV6_SKIPPED_EXTENSIONS = (0, 43, 60)  # hop-by-hop, routing, destination options
IPV6_FRAGMENT = 44
DNS_PORTS = (53, 5353)
TCP_FLAG_NAMES = ("FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR")  # bit 0 first
FIN, SYN, RST, PSH, ACK = 0x01, 0x02, 0x04, 0x08, 0x10

# Problems, in words.
TRUNCATED = N_(
    "packets", "The {layer} header is cut short: {available} bytes captured, {needed} needed."
)
UNKNOWN_LINKTYPE = N_("packets", "Link type {linktype} is not one this decoder knows.")
WRONG_IP_VERSION = N_("packets", "The IP version field says {version}, expected {expected}.")
IPV4_HEADER_TOO_SHORT = N_(
    "packets", "The IPv4 header length says {length} bytes, less than the minimum 20."
)
IPV4_TOTAL_TOO_SHORT = N_(
    "packets", "The IPv4 total length {total} is shorter than its own header ({header} bytes)."
)
IP_PAYLOAD_CUT = N_(
    "packets", "The {layer} packet says it has {declared} bytes but only {captured} were captured."
)
TCP_OFFSET_TOO_SHORT = N_(
    "packets", "The TCP data offset says {length} bytes, less than the minimum 20."
)
TCP_OFFSET_TOO_LONG = N_(
    "packets", "The TCP data offset says {length} bytes, more than the {available} captured."
)
UDP_LENGTH_TOO_SHORT = N_(
    "packets", "The UDP length {length} is shorter than its own 8-byte header."
)
UDP_LENGTH_TOO_LONG = N_(
    "packets", "The UDP length says {length} bytes but the IP packet holds only {available}."
)
IPV6_TOO_MANY_EXTENSIONS = N_(
    "packets", "More than {limit} IPv6 extension headers: the rest are not decoded."
)
DNS_TOO_MANY_RECORDS = N_(
    "packets", "The DNS message lists {count} records; only the first {limit} are decoded."
)
DNS_POINTER_LOOP = N_(
    "packets", "A DNS name follows more than {limit} compression pointers (a loop?)."
)
DNS_POINTER_OUTSIDE = N_(
    "packets", "A DNS compression pointer points to byte {target}, outside the message."
)
DNS_NAME_TOO_LONG = N_("packets", "A DNS name is longer than {limit} bytes.")
DNS_BAD_LABEL = N_("packets", "A DNS name has an unknown label type (byte 0x{byte:02x}).")
DNS_CUT = N_("packets", "The DNS message ends in the middle of a record (at byte {offset}).")
INTERNAL_ERROR = N_("packets", "Decoding stopped early: {error}")

# Layer summaries.
ETHERNET_SUMMARY = N_("packets", "Ethernet from {src} to {dst}")
VLAN_NOTE = N_("packets", "802.1Q VLAN {vlan}")
SLL_SUMMARY = N_("packets", 'Linux cooked capture (the "any" interface)')
NULL_SUMMARY = N_("packets", "Loopback, address family {family}")
IPV4_SUMMARY = N_("packets", "IPv4 from {src} to {dst}, TTL {ttl}")
IPV6_SUMMARY = N_("packets", "IPv6 from {src} to {dst}, hop limit {hop_limit}")
TCP_LAYER_SUMMARY = N_("packets", "TCP from port {sport} to port {dport}")
UDP_LAYER_SUMMARY = N_("packets", "UDP from port {sport} to port {dport}, {length} bytes of data")
PAYLOAD_SUMMARY = N_("packets", "{length} bytes of data")
FRAGMENT_SUMMARY = N_("packets", "A fragment of a larger IP packet: {length} bytes")
IP_ONLY_SUMMARY = N_("packets", "{version} from {src} to {dst}, protocol {protocol}")
ETHERNET_ONLY_SUMMARY = N_("packets", "Ethernet frame of type 0x{ethertype:04x}")
UNDECODED_SUMMARY = N_("packets", "{length} bytes that could not be decoded")

# Layer names that are words, not protocol names.
PAYLOAD = N_("packets", "Payload")
LINUX_SLL = N_("packets", "Linux cooked capture")
LOOPBACK = N_("packets", "Loopback")
IPV6_EXTENSION = N_("packets", "IPv6 extension header")
QUOTED_IPV4 = N_("packets", "Quoted IPv4")
QUOTED_IPV6 = N_("packets", "Quoted IPv6")
QUOTED_TRANSPORT = N_("packets", "Quoted transport header")

# Field values in words.
YES = N_("packets", "yes")
NO = N_("packets", "no")
RELATIVE_NUMBER = N_("packets", "{relative} (raw {raw})")

# DNS sections, and the names of the fields of their records.
DNS_SECTIONS = (
    N_("packets", "Query"),
    N_("packets", "Answer"),
    N_("packets", "Authority"),
    N_("packets", "Additional"),
)
RECORD_NAME = N_("packets", "{section} name")
RECORD_TYPE = N_("packets", "{section} type")
RECORD_CLASS = N_("packets", "{section} class")
RECORD_TTL = N_("packets", "{section} TTL")
RECORD_DATA_LENGTH = N_("packets", "{section} data length")
RECORD_DATA = N_("packets", "{section} {type}")

# Field notes.
CHECKSUM_CORRECT = N_("packets", "correct")
CHECKSUM_WRONG = N_(
    "packets",
    "does not match (should be 0x{expected:04x}); sent packets often get theirs later "
    "from the network card",
)
UDP_LENGTH_NOTE = N_("packets", "8-byte header + {data} bytes of data")
CLIENT_PORT_NOTE = N_("packets", "the client's port")
SERVER_PORT_NOTE = N_("packets", "the server's port")

# TCP packet summaries.
TCP_STEP_1 = N_(
    "packets", "{flags} seq={seq}: the client asks to connect (step 1 of the three-way handshake)"
)
TCP_STEP_2 = N_("packets", "{flags} seq={seq} ack={ack}: the server agrees (step 2)")
TCP_STEP_3 = N_("packets", "{flags} seq={seq} ack={ack}: the client confirms (step 3)")
TCP_DATA = N_("packets", "{flags} seq={seq} ack={ack} len={length}: {length} bytes of data")
TCP_PURE_ACK = N_("packets", "{flags} ack={ack}: received up to byte {ack}")
TCP_FIN = N_("packets", "{flags} seq={seq} ack={ack}: no more data from this side (teardown)")
TCP_FIN_DATA = N_(
    "packets",
    "{flags} seq={seq} ack={ack} len={length}: {length} bytes of data, then no more data "
    "from this side (teardown)",
)
TCP_CLOSED = N_(
    "packets",
    "{flags} seq={seq} ack={ack}: the last FIN is acknowledged, the connection is closed "
    "(teardown)",
)
TCP_REFUSED = N_("packets", "{flags}: connection refused: nothing listens on port {port}")
TCP_RESET = N_("packets", "{flags} seq={seq}: the connection is aborted (reset)")
TCP_OTHER = N_("packets", "{flags} seq={seq}")
TCP_OTHER_ACK = N_("packets", "{flags} seq={seq} ack={ack}")
TCP_NO_FLAGS = N_("packets", "TCP with no flags seq={seq}")

UDP_SUMMARY = N_(
    "packets",
    "UDP {length} bytes from port {sport} to port {dport} (no handshake: 8-byte header)",
)

# ICMP and ICMPv6 summaries.
ECHO_REQUEST = N_("packets", "Echo (ping) request id=0x{id:04x} seq={seq}")
ECHO_REPLY = N_("packets", "Echo (ping) reply id=0x{id:04x} seq={seq}")
PORT_UNREACHABLE = N_("packets", "Destination port unreachable ({protocol} port {port})")
PORT_UNREACHABLE_BARE = N_("packets", "Destination port unreachable")
NETWORK_UNREACHABLE = N_("packets", "Destination network unreachable")
HOST_UNREACHABLE = N_("packets", "Destination host unreachable")
PROTOCOL_UNREACHABLE = N_("packets", "Destination protocol unreachable")
FRAGMENTATION_NEEDED = N_("packets", "Fragmentation needed (the packet is too big)")
PROHIBITED = N_("packets", "Destination unreachable: communication administratively prohibited")
NO_ROUTE = N_("packets", "Destination unreachable: no route")
ADDRESS_UNREACHABLE = N_("packets", "Destination address unreachable")
UNREACHABLE_OTHER = N_("packets", "Destination unreachable (code {code})")
TTL_EXCEEDED = N_("packets", "Time-to-live exceeded in transit")
REASSEMBLY_EXCEEDED = N_("packets", "Fragment reassembly time exceeded")
ICMP_OTHER = N_("packets", "ICMP type {type} code {code}")
ICMPV6_OTHER = N_("packets", "ICMPv6 type {type} code {code}")
ROUTER_SOLICITATION = N_("packets", "Router solicitation")
ROUTER_ADVERTISEMENT = N_("packets", "Router advertisement")
NEIGHBOR_SOLICITATION = N_("packets", "Neighbor solicitation for {target}")
NEIGHBOR_ADVERTISEMENT = N_("packets", "Neighbor advertisement {target}")

# ARP summaries.
ARP_WHO_HAS = N_("packets", "Who has {target}? Tell {sender}")
ARP_IS_AT = N_("packets", "{sender} is at {mac}")
ARP_ANNOUNCEMENT = N_("packets", "Gratuitous ARP for {sender} (an announcement)")
ARP_OTHER = N_("packets", "ARP operation {operation}")

# DNS summaries.
DNS_QUERY_KIND = N_("packets", "Standard query")
DNS_RESPONSE_KIND = N_("packets", "Standard query response")
DNS_OTHER_QUERY_KIND = N_("packets", "DNS opcode {opcode} query")
DNS_OTHER_RESPONSE_KIND = N_("packets", "DNS opcode {opcode} response")
DNS_SUMMARY = N_("packets", "{kind} 0x{id:04x} {qtype} {name}")
DNS_SUMMARY_ANSWER = N_("packets", "{kind} 0x{id:04x} {qtype} {name} {answer}")
DNS_SUMMARY_ERROR = N_("packets", "{kind} 0x{id:04x} {rcode} {qtype} {name}")
DNS_SUMMARY_NO_QUESTION = N_("packets", "{kind} 0x{id:04x}")
DNS_ANSWER = N_("packets", "{type} {data} (TTL {ttl})")
DNS_MORE_ANSWERS = N_("packets", "{answer} and {more} more")
BYTES = N_("packets", "{length} bytes")
DNS_RCODE_FORMAT_ERROR = N_("packets", "Format error")
DNS_RCODE_SERVER_FAILURE = N_("packets", "Server failure")
DNS_RCODE_NO_SUCH_NAME = N_("packets", "No such name")
DNS_RCODE_NOT_IMPLEMENTED = N_("packets", "Not implemented")
DNS_RCODE_REFUSED = N_("packets", "Refused")
DNS_RCODE_OTHER = N_("packets", "Reply code {rcode}")

DNS_TYPES = {
    1: "A",
    2: "NS",
    5: "CNAME",
    6: "SOA",
    12: "PTR",
    15: "MX",
    16: "TXT",
    28: "AAAA",
    33: "SRV",
    41: "OPT",
    47: "NSEC",
    64: "SVCB",
    65: "HTTPS",
    255: "ANY",
}
DNS_RCODES = {
    1: DNS_RCODE_FORMAT_ERROR,
    2: DNS_RCODE_SERVER_FAILURE,
    3: DNS_RCODE_NO_SUCH_NAME,
    4: DNS_RCODE_NOT_IMPLEMENTED,
    5: DNS_RCODE_REFUSED,
}
ICMP_UNREACHABLE = {
    0: NETWORK_UNREACHABLE,
    1: HOST_UNREACHABLE,
    2: PROTOCOL_UNREACHABLE,
    4: FRAGMENTATION_NEEDED,
    13: PROHIBITED,
}
ICMPV6_UNREACHABLE = {0: NO_ROUTE, 1: PROHIBITED, 3: ADDRESS_UNREACHABLE}
IP_PROTOCOL_NAMES = {PROTO_ICMP: "ICMP", PROTO_TCP: "TCP", PROTO_UDP: "UDP", PROTO_ICMPV6: "ICMPv6"}


class _Truncated(Exception):
    """A header does not fit in the captured bytes; decoding stops at this layer."""

    def __init__(self, layer: str, level: str, offset: int, available: int, needed: int) -> None:
        """Remember which layer was cut and how much of it there is."""
        super().__init__(layer)
        self.layer, self.level, self.offset = layer, level, offset
        self.available, self.needed = max(available, 0), needed


class _Malformed(Exception):
    """A length or pointer lies; decoding of this layer stops with `message`."""

    def __init__(self, message: Message) -> None:
        """Keep the words that say what is wrong."""
        super().__init__(message)
        self.message = message


def internet_checksum(data: bytes) -> int:
    """The 16-bit ones' complement sum of RFC 1071 (IPv4, ICMP, TCP and UDP checksums)."""
    if len(data) % 2:
        data += b"\0"
    total = sum(int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data), 2))
    while total > 0xFFFF:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def mac_text(data: bytes) -> str:
    """A MAC address as six lower-case hex pairs joined by colons."""
    return ":".join(f"{b:02x}" for b in data)


def _ipv4_text(data: bytes) -> str:
    """Four bytes as a dotted IPv4 address."""
    return ".".join(str(b) for b in data)


def _ipv6_text(data: bytes) -> str:
    """Sixteen bytes as a compressed IPv6 address."""
    return str(ipaddress.IPv6Address(data))


def _u16(data: bytes, offset: int) -> int:
    """A big-endian 16-bit number (the caller checked the bounds)."""
    return int.from_bytes(data[offset : offset + 2], "big")


def _u32(data: bytes, offset: int) -> int:
    """A big-endian 32-bit number (the caller checked the bounds)."""
    return int.from_bytes(data[offset : offset + 4], "big")


def tcp_flag_names(flags: int) -> list[str]:
    """The names of the set TCP flags in Wireshark's order (FIN, SYN, RST, PSH, ACK...)."""
    return [name for bit, name in enumerate(TCP_FLAG_NAMES) if flags & (1 << bit)]


def conversation_key(protocol: str, a: tuple, b: tuple) -> tuple:
    """The same key for both directions: the protocol, then the two endpoints sorted."""
    low, high = sorted((a, b))
    return (protocol, low, high)


@dataclass
class _Draft:
    """A Packet being filled in, layer by layer."""

    frame: Frame
    layers: list[Layer] = field(default_factory=list)
    proto: str = "?"
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
    extra: dict = field(default_factory=dict)

    def need(self, layer: str, level: str, offset: int, end: int, size: int) -> None:
        """Raise _Truncated unless `size` bytes from `offset` fit before `end`."""
        if offset + size > end:
            raise _Truncated(layer, level, offset, end - offset, size)

    def add(
        self,
        name: str,
        level: str,
        offset: int,
        length: int,
        fields: list[Field],
        summary: str = "",
    ) -> None:
        """Add a decoded layer."""
        self.layers.append(Layer(name, level, offset, length, tuple(fields), summary))

    def report(self, problem: str) -> None:
        """Say what went wrong (the first problem is kept: later ones follow from it)."""
        if not self.problem:
            self.problem = problem


@dataclass
class _TcpSide:
    """What one side of a TCP conversation has sent: its first seq, its FIN."""

    base: int | None = None
    fin_end: int | None = None  # relative seq just after its FIN


@dataclass
class _TcpConversation:
    """State of one TCP conversation, for relative numbers and the handshake's steps."""

    client: tuple[str, int]
    sides: dict[tuple[str, int], _TcpSide] = field(default_factory=dict)
    syn_seen: bool = False
    syn_ack_seen: bool = False
    established: bool = False

    def side(self, endpoint: tuple[str, int]) -> _TcpSide:
        """The state of the side at `endpoint`, created on first use."""
        return self.sides.setdefault(endpoint, _TcpSide())


def _field(name: Template, value: str, offset: int, length: int, note: str = "") -> Field:
    """A Field whose name is the translatable `name` (marked with N_ where it is written)."""
    return Field(Message(name), value, offset, length, note)


def _yes_no(flag: object) -> Message:
    """ "yes" or "no", translatable."""
    return Message(YES if flag else NO)


def _echo_fields(ident: int, seq: int, start: int) -> list[Field]:
    """An echo request's or reply's identifier and sequence number (ICMP and ICMPv6)."""
    return [
        _field(N_("packets", "Identifier"), str(ident), start + 4, 2),
        _field(N_("packets", "Sequence number"), str(seq), start + 6, 2),
    ]


class Dissector:
    """Decodes frames one after another, numbering them and following TCP conversations.

    One Dissector per capture (or file): the numbers and the relative sequence numbers
    depend on what came before. At most `max_conversations` TCP conversations are
    remembered; the least recently seen is forgotten first.
    """

    def __init__(self, max_conversations: int = MAX_CONVERSATIONS) -> None:
        """Start at packet 1 with no conversations."""
        self.max_conversations = max_conversations
        self.count = 0
        self._tcp: OrderedDict[tuple, _TcpConversation] = OrderedDict()

    def reset(self) -> None:
        """Forget everything: the next packet is number 1 again."""
        self.count = 0
        self._tcp.clear()

    @property
    def conversation_count(self) -> int:
        """How many TCP conversations are remembered now."""
        return len(self._tcp)

    def decode(self, frame: Frame) -> Packet:
        """Decode one frame into a Packet; never raises, whatever the bytes are."""
        self.count += 1
        draft = _Draft(frame)
        data = frame.data
        try:
            self._link(draft, data)
        except _Truncated as cut:
            draft.report(
                Message(TRUNCATED, layer=cut.layer, available=cut.available, needed=cut.needed)
            )
            if cut.available:
                draft.add(cut.layer, cut.level, cut.offset, cut.available, [], draft.problem)
        except _Malformed as bad:
            draft.report(bad.message)
        except Exception as error:  # a bug must not stop a capture: say it and go on
            draft.report(Message(INTERNAL_ERROR, error=f"{type(error).__name__}: {error}"))
        if not draft.summary:
            draft.summary = self._fallback_summary(draft)
        return Packet(
            number=self.count,
            frame=frame,
            layers=tuple(draft.layers),
            proto=draft.proto,
            src=draft.src,
            dst=draft.dst,
            sport=draft.sport,
            dport=draft.dport,
            flags=draft.flags,
            seq=draft.seq,
            ack=draft.ack,
            win=draft.win,
            length=draft.length,
            summary=draft.summary,
            conversation=draft.conversation,
            problem=draft.problem,
            extra=draft.extra,
        )

    @staticmethod
    def _fallback_summary(draft: _Draft) -> str:
        """A summary when no layer wrote one: the last layer's, else the problem."""
        for layer in reversed(draft.layers):
            if layer.summary:
                return layer.summary
        if draft.problem:
            return draft.problem
        return Message(UNDECODED_SUMMARY, length=len(draft.frame.data))

    # Link layer --------------------------------------------------------------------

    def _link(self, draft: _Draft, data: bytes) -> None:
        """Decode the link header the frame's link type says, then what it carries."""
        linktype = draft.frame.linktype
        end = len(data)
        if linktype == LINKTYPE_ETHERNET:
            self._ethernet(draft, data, end)
        elif linktype == LINKTYPE_LINUX_SLL:
            self._linux_sll(draft, data, end)
        elif linktype == LINKTYPE_RAW:
            if not data:
                raise _Truncated("IP", NETWORK, 0, 0, 20)
            self._by_ethertype(draft, data, 0, end, ETHERTYPE_IPV6 if data[0] >> 4 == 6 else 0)
        elif linktype == LINKTYPE_NULL:
            self._null(draft, data, end)
        else:
            draft.report(Message(UNKNOWN_LINKTYPE, linktype=linktype))
            self._payload(draft, data, 0, end)

    def _ethernet(self, draft: _Draft, data: bytes, end: int) -> None:
        """Ethernet II: destination and source MAC, 802.1Q tags skipped, EtherType."""
        draft.need("Ethernet", LINK, 0, end, 14)
        dst, src = mac_text(data[0:6]), mac_text(data[6:12])
        fields = [
            _field(N_("packets", "Destination"), dst, 0, 6),
            _field(N_("packets", "Source"), src, 6, 6),
        ]
        offset = 12
        ethertype = _u16(data, offset)
        for _ in range(MAX_VLAN_TAGS):
            if ethertype not in ETHERTYPE_VLANS:
                break
            draft.need("Ethernet", LINK, 0, end, offset + 6)
            vlan = _u16(data, offset + 2) & 0x0FFF
            fields.append(_field(N_("packets", "Tag protocol"), f"0x{ethertype:04x}", offset, 2))
            fields.append(
                _field(
                    N_("packets", "VLAN ID"),
                    str(vlan),
                    offset + 2,
                    2,
                    Message(VLAN_NOTE, vlan=vlan),
                )
            )
            offset += 4
            ethertype = _u16(data, offset)
        fields.append(_field(N_("packets", "Type"), f"0x{ethertype:04x}", offset, 2))
        header = offset + 2
        draft.add("Ethernet", LINK, 0, header, fields, Message(ETHERNET_SUMMARY, src=src, dst=dst))
        draft.proto, draft.src, draft.dst = "Ethernet", src, dst
        draft.extra["ethertype"] = ethertype
        self._by_ethertype(draft, data, header, end, ethertype)

    def _linux_sll(self, draft: _Draft, data: bytes, end: int) -> None:
        """Linux cooked capture: packet type, link type, source address, protocol."""
        draft.need(Message(LINUX_SLL), LINK, 0, end, 16)
        address_length = min(_u16(data, 4), 8)
        address = mac_text(data[6 : 6 + address_length])
        protocol = _u16(data, 14)
        fields = [
            _field(N_("packets", "Packet type"), str(_u16(data, 0)), 0, 2),
            _field(N_("packets", "Link-layer address type"), str(_u16(data, 2)), 2, 2),
            _field(N_("packets", "Link-layer address length"), str(_u16(data, 4)), 4, 2),
            _field(N_("packets", "Source"), address, 6, 8),
            _field(N_("packets", "Protocol"), f"0x{protocol:04x}", 14, 2),
        ]
        draft.add(Message(LINUX_SLL), LINK, 0, 16, fields, Message(SLL_SUMMARY))
        draft.extra["ethertype"] = protocol
        self._by_ethertype(draft, data, 16, end, protocol)

    def _null(self, draft: _Draft, data: bytes, end: int) -> None:
        """BSD loopback: a 4-byte address family in the capturing host's byte order."""
        draft.need(Message(LOOPBACK), LINK, 0, end, 4)
        family = int.from_bytes(data[0:4], "little")
        if family > 0xFFFF:
            family = int.from_bytes(data[0:4], "big")
        fields = [_field(N_("packets", "Family"), str(family), 0, 4)]
        draft.add(Message(LOOPBACK), LINK, 0, 4, fields, Message(NULL_SUMMARY, family=family))
        ethertype = ETHERTYPE_IPV4 if family == 2 else ETHERTYPE_IPV6
        if family not in (2, 10, 24, 28, 30):
            ethertype = ETHERTYPE_IPV6 if end > 4 and data[4] >> 4 == 6 else ETHERTYPE_IPV4
        self._by_ethertype(draft, data, 4, end, ethertype)

    def _by_ethertype(self, draft: _Draft, data: bytes, offset: int, end: int, kind: int) -> None:
        """Decode what an EtherType (0 for "IPv4 by its version nibble") says follows."""
        if kind in (ETHERTYPE_IPV4, 0):
            self._ipv4(draft, data, offset, end)
        elif kind == ETHERTYPE_IPV6:
            self._ipv6(draft, data, offset, end)
        elif kind == ETHERTYPE_ARP:
            self._arp(draft, data, offset, end)
        else:
            if draft.layers:
                draft.summary = Message(ETHERNET_ONLY_SUMMARY, ethertype=kind)
            self._payload(draft, data, offset, end, summarize=False)

    # Network layer -----------------------------------------------------------------

    def _ipv4(self, draft: _Draft, data: bytes, start: int, end: int) -> None:
        """IPv4: the fixed header's fields, options skipped, then the transport layer."""
        draft.need("IPv4", NETWORK, start, end, 20)
        version, ihl = data[start] >> 4, (data[start] & 0x0F) * 4
        if version != 4:
            draft.add(
                "IPv4",
                NETWORK,
                start,
                1,
                [_field(N_("packets", "Version"), str(version), start, 1)],
            )
            raise _Malformed(Message(WRONG_IP_VERSION, version=version, expected=4))
        if ihl < 20:
            raise _Malformed(Message(IPV4_HEADER_TOO_SHORT, length=ihl))
        draft.need("IPv4", NETWORK, start, end, ihl)
        total = _u16(data, start + 2)
        ttl, protocol = data[start + 8], data[start + 9]
        checksum = _u16(data, start + 10)
        src, dst = (
            _ipv4_text(data[start + 12 : start + 16]),
            _ipv4_text(data[start + 16 : start + 20]),
        )
        header = data[start : start + ihl]
        expected = internet_checksum(header[:10] + b"\0\0" + header[12:])
        checksum_note = (
            Message(CHECKSUM_CORRECT)
            if expected == checksum
            else Message(CHECKSUM_WRONG, expected=expected)
        )
        flags_fragment = _u16(data, start + 6)
        fragment_offset = (flags_fragment & 0x1FFF) * 8
        more_fragments = bool(flags_fragment & 0x2000)
        fields = [
            _field(N_("packets", "Version"), "4", start, 1),
            _field(N_("packets", "Header length"), str(ihl), start, 1),
            _field(
                N_("packets", "Differentiated services"), f"0x{data[start + 1]:02x}", start + 1, 1
            ),
            _field(N_("packets", "Total length"), str(total), start + 2, 2),
            _field(N_("packets", "Identification"), f"0x{_u16(data, start + 4):04x}", start + 4, 2),
            _field(
                N_("packets", "Flags and fragment offset"), f"0x{flags_fragment:04x}", start + 6, 2
            ),
            _field(N_("packets", "Time to live"), str(ttl), start + 8, 1),
            _field(
                N_("packets", "Protocol"),
                IP_PROTOCOL_NAMES.get(protocol, str(protocol)),
                start + 9,
                1,
            ),
            _field(
                N_("packets", "Header checksum"), f"0x{checksum:04x}", start + 10, 2, checksum_note
            ),
            _field(N_("packets", "Source address"), src, start + 12, 4),
            _field(N_("packets", "Destination address"), dst, start + 16, 4),
        ]
        if ihl > 20:
            fields.append(
                _field(
                    N_("packets", "Options"), Message(BYTES, length=ihl - 20), start + 20, ihl - 20
                )
            )
        draft.add(
            "IPv4", NETWORK, start, ihl, fields, Message(IPV4_SUMMARY, src=src, dst=dst, ttl=ttl)
        )
        draft.proto, draft.src, draft.dst = "IPv4", src, dst
        if total < ihl:
            draft.report(Message(IPV4_TOTAL_TOO_SHORT, total=total, header=ihl))
            packet_end = end
        else:
            packet_end = min(end, start + total)
            if start + total > end:
                draft.report(
                    Message(IP_PAYLOAD_CUT, layer="IPv4", declared=total, captured=end - start)
                )
        if fragment_offset or more_fragments:
            draft.extra["fragment"] = fragment_offset
        if fragment_offset:
            length = packet_end - start - ihl
            draft.summary = Message(FRAGMENT_SUMMARY, length=length)
            self._payload(draft, data, start + ihl, packet_end, summarize=False)
            return
        self._transport(draft, data, start + ihl, packet_end, protocol, "IPv4")

    def _ipv6(self, draft: _Draft, data: bytes, start: int, end: int) -> None:
        """IPv6: the fixed header, extension headers skipped, then the transport layer."""
        draft.need("IPv6", NETWORK, start, end, 40)
        version = data[start] >> 4
        if version != 6:
            draft.add(
                "IPv6",
                NETWORK,
                start,
                1,
                [_field(N_("packets", "Version"), str(version), start, 1)],
            )
            raise _Malformed(Message(WRONG_IP_VERSION, version=version, expected=6))
        payload_length = _u16(data, start + 4)
        next_header, hop_limit = data[start + 6], data[start + 7]
        src = _ipv6_text(data[start + 8 : start + 24])
        dst = _ipv6_text(data[start + 24 : start + 40])
        fields = [
            _field(N_("packets", "Version"), "6", start, 1),
            _field(
                N_("packets", "Traffic class and flow label"),
                f"0x{_u32(data, start):08x}",
                start,
                4,
            ),
            _field(N_("packets", "Payload length"), str(payload_length), start + 4, 2),
            _field(N_("packets", "Next header"), str(next_header), start + 6, 1),
            _field(N_("packets", "Hop limit"), str(hop_limit), start + 7, 1),
            _field(N_("packets", "Source address"), src, start + 8, 16),
            _field(N_("packets", "Destination address"), dst, start + 24, 16),
        ]
        packet_end = min(end, start + 40 + payload_length)
        if start + 40 + payload_length > end:
            draft.report(
                Message(
                    IP_PAYLOAD_CUT,
                    layer="IPv6",
                    declared=40 + payload_length,
                    captured=end - start,
                )
            )
        offset = start + 40
        fragment = False
        for count in range(MAX_IPV6_EXTENSIONS + 1):
            if next_header not in (*IPV6_SKIPPED_EXTENSIONS, IPV6_FRAGMENT):
                break
            if count == MAX_IPV6_EXTENSIONS:
                draft.report(Message(IPV6_TOO_MANY_EXTENSIONS, limit=MAX_IPV6_EXTENSIONS))
                next_header = -1
                break
            draft.need(Message(IPV6_EXTENSION), NETWORK, offset, packet_end, 8)
            size = 8 if next_header == IPV6_FRAGMENT else (data[offset + 1] + 1) * 8
            if next_header == IPV6_FRAGMENT and _u16(data, offset + 2) >> 3:
                fragment = True
            fields.append(_field(N_("packets", "Extension header"), str(next_header), offset, size))
            next_header = data[offset]
            offset += size
        header = min(offset, packet_end) - start
        draft.add(
            "IPv6",
            NETWORK,
            start,
            header,
            fields,
            Message(IPV6_SUMMARY, src=src, dst=dst, hop_limit=hop_limit),
        )
        draft.proto, draft.src, draft.dst = "IPv6", src, dst
        if offset > packet_end:
            raise _Truncated(Message(IPV6_EXTENSION), NETWORK, start, packet_end - start, offset)
        if fragment:
            draft.summary = Message(FRAGMENT_SUMMARY, length=packet_end - offset)
            self._payload(draft, data, offset, packet_end, summarize=False)
            return
        if next_header < 0:
            self._payload(draft, data, offset, packet_end)
            return
        self._transport(draft, data, offset, packet_end, next_header, "IPv6")

    def _arp(self, draft: _Draft, data: bytes, start: int, end: int) -> None:
        """ARP: who has an IPv4 address, and who answers that it is at a MAC address."""
        draft.need("ARP", NETWORK, start, end, 8)
        hardware_length, protocol_length = data[start + 4], data[start + 5]
        operation = _u16(data, start + 6)
        fields = [
            _field(N_("packets", "Hardware type"), str(_u16(data, start)), start, 2),
            _field(N_("packets", "Protocol type"), f"0x{_u16(data, start + 2):04x}", start + 2, 2),
            _field(N_("packets", "Hardware size"), str(hardware_length), start + 4, 1),
            _field(N_("packets", "Protocol size"), str(protocol_length), start + 5, 1),
            _field(N_("packets", "Operation"), str(operation), start + 6, 2),
        ]
        size = 8 + 2 * (hardware_length + protocol_length)
        draft.need("ARP", NETWORK, start, end, size)
        draft.proto = "ARP"
        offset = start + 8
        sender_mac = data[offset : offset + hardware_length]
        offset += hardware_length
        sender_ip = data[offset : offset + protocol_length]
        offset += protocol_length
        target_mac = data[offset : offset + hardware_length]
        offset += hardware_length
        target_ip = data[offset : offset + protocol_length]

        def address(raw: bytes) -> str:
            """An ARP protocol address: dotted when it is IPv4, else hex."""
            return _ipv4_text(raw) if len(raw) == 4 else raw.hex()

        sender, target = address(sender_ip), address(target_ip)
        at = start + 8
        fields += [
            _field(N_("packets", "Sender MAC address"), mac_text(sender_mac), at, hardware_length),
            _field(
                N_("packets", "Sender IP address"), sender, at + hardware_length, protocol_length
            ),
            _field(
                N_("packets", "Target MAC address"),
                mac_text(target_mac),
                at + hardware_length + protocol_length,
                hardware_length,
            ),
            _field(
                N_("packets", "Target IP address"),
                target,
                at + 2 * hardware_length + protocol_length,
                protocol_length,
            ),
        ]
        if operation == 1 and sender == target:
            summary = Message(ARP_ANNOUNCEMENT, sender=sender)
        elif operation == 1:
            summary = Message(ARP_WHO_HAS, target=target, sender=sender)
        elif operation == 2:
            summary = Message(ARP_IS_AT, sender=sender, mac=mac_text(sender_mac))
        else:
            summary = Message(ARP_OTHER, operation=operation)
        draft.add("ARP", NETWORK, start, size, fields, summary)
        draft.summary = summary
        if not draft.src:
            draft.src, draft.dst = mac_text(sender_mac), mac_text(target_mac)
        draft.extra["arp"] = {"operation": operation, "sender": sender, "target": target}

    # Transport layer ---------------------------------------------------------------

    def _transport(
        self, draft: _Draft, data: bytes, start: int, end: int, protocol: int, version: str
    ) -> None:
        """Decode what the IP protocol number (or IPv6 next header) says is carried."""
        if protocol == PROTO_TCP:
            self._tcp_segment(draft, data, start, end)
        elif protocol == PROTO_UDP:
            self._udp(draft, data, start, end)
        elif protocol == PROTO_ICMP and version == "IPv4":
            self._icmp(draft, data, start, end)
        elif protocol == PROTO_ICMPV6 and version == "IPv6":
            self._icmpv6(draft, data, start, end)
        else:
            draft.summary = Message(
                IP_ONLY_SUMMARY,
                version=version,
                src=draft.src,
                dst=draft.dst,
                protocol=IP_PROTOCOL_NAMES.get(protocol, protocol),
            )
            self._payload(draft, data, start, end, summarize=False)

    def _tcp_segment(self, draft: _Draft, data: bytes, start: int, end: int) -> None:
        """TCP: ports, numbers, flags, window; options skipped; conversation state."""
        draft.need("TCP", TRANSPORT, start, end, 20)
        sport, dport = _u16(data, start), _u16(data, start + 2)
        raw_seq, raw_ack = _u32(data, start + 4), _u32(data, start + 8)
        header = (data[start + 12] >> 4) * 4
        flags = data[start + 13]
        window, checksum, urgent = (
            _u16(data, start + 14),
            _u16(data, start + 16),
            _u16(data, start + 18),
        )
        names = tcp_flag_names(flags)
        draft.proto, draft.sport, draft.dport = "TCP", sport, dport
        draft.flags, draft.win = ",".join(names), window
        src, dst = (draft.src, sport), (draft.dst, dport)
        key = conversation_key("TCP", src, dst)
        draft.conversation = key
        conversation = self._tcp_conversation(key, src, dst, flags, raw_seq)
        mine, theirs = conversation.side(src), conversation.side(dst)
        if mine.base is None:
            mine.base = raw_seq
        seq = (raw_seq - mine.base) & 0xFFFFFFFF
        ack = None
        if flags & ACK:
            if theirs.base is None:
                theirs.base = raw_ack
            ack = (raw_ack - theirs.base) & 0xFFFFFFFF
        draft.seq, draft.ack = seq, ack
        client_side = src == conversation.client
        fields = [
            _field(
                N_("packets", "Source port"),
                str(sport),
                start,
                2,
                Message(CLIENT_PORT_NOTE if client_side else SERVER_PORT_NOTE),
            ),
            _field(
                N_("packets", "Destination port"),
                str(dport),
                start + 2,
                2,
                Message(SERVER_PORT_NOTE if client_side else CLIENT_PORT_NOTE),
            ),
            _field(
                N_("packets", "Sequence number"),
                Message(RELATIVE_NUMBER, relative=seq, raw=raw_seq),
                start + 4,
                4,
            ),
            _field(
                N_("packets", "Acknowledgment number"),
                Message(RELATIVE_NUMBER, relative=ack, raw=raw_ack)
                if ack is not None
                else str(raw_ack),
                start + 8,
                4,
            ),
            _field(N_("packets", "Header length"), str(header), start + 12, 1),
            _field(N_("packets", "Flags"), f"0x{flags:03x} ({', '.join(names)})", start + 12, 2),
            _field(N_("packets", "Window"), str(window), start + 14, 2),
            _field(N_("packets", "Checksum"), f"0x{checksum:04x}", start + 16, 2),
            _field(N_("packets", "Urgent pointer"), str(urgent), start + 18, 2),
        ]
        if header < 20:
            draft.add("TCP", TRANSPORT, start, 20, fields)
            raise _Malformed(Message(TCP_OFFSET_TOO_SHORT, length=header))
        if start + header > end:
            draft.add("TCP", TRANSPORT, start, 20, fields)
            raise _Malformed(Message(TCP_OFFSET_TOO_LONG, length=header, available=end - start))
        if header > 20:
            fields.append(
                _field(
                    N_("packets", "Options"),
                    Message(BYTES, length=header - 20),
                    start + 20,
                    header - 20,
                )
            )
        layer_summary = Message(TCP_LAYER_SUMMARY, sport=sport, dport=dport)
        draft.add("TCP", TRANSPORT, start, header, fields, layer_summary)
        length = end - start - header
        draft.length = length
        draft.summary = self._tcp_story(draft, conversation, src, seq, ack, flags, length)
        if length:
            self._payload(draft, data, start + header, end, summarize=False)

    def _tcp_conversation(
        self, key: tuple, src: tuple[str, int], dst: tuple[str, int], flags: int, raw_seq: int
    ) -> _TcpConversation:
        """The conversation `key` names, created (or restarted by a new SYN) as needed."""
        conversation = self._tcp.get(key)
        is_syn = flags & SYN and not flags & ACK
        if conversation is not None and is_syn:
            side = conversation.sides.get(src)
            if side is not None and side.base is not None and side.base != raw_seq:
                conversation = None  # the same ports again: a new connection
        if conversation is None:
            if is_syn:
                client = src
            elif flags & SYN:
                client = dst
            else:
                client = src if src[1] >= dst[1] else dst
            conversation = _TcpConversation(client)
            self._tcp[key] = conversation
            while len(self._tcp) > self.max_conversations:
                self._tcp.popitem(last=False)
        self._tcp.move_to_end(key)
        return conversation

    @staticmethod
    def _tcp_story(
        draft: _Draft,
        conversation: _TcpConversation,
        src: tuple[str, int],
        seq: int,
        ack: int | None,
        flags: int,
        length: int,
    ) -> Message:
        """The summary in words, and the handshake/teardown step for the diagram."""
        names = ", ".join(tcp_flag_names(flags))
        mine = conversation.side(src)
        others = [side for endpoint, side in conversation.sides.items() if endpoint != src]
        theirs = others[0] if others else _TcpSide()
        from_client = src == conversation.client
        draft.extra["client"] = conversation.client
        only_ack = flags & (SYN | FIN | RST | ACK) == ACK
        if flags & RST:
            draft.extra["teardown"] = "reset"
            if conversation.syn_seen and not conversation.syn_ack_seen and not from_client:
                draft.extra["refused"] = True
                return Message(TCP_REFUSED, flags=names, port=src[1])
            return Message(TCP_RESET, flags=names, seq=seq)
        if flags & SYN and not flags & ACK:
            conversation.syn_seen = True
            if from_client:
                draft.extra["handshake_step"] = 1
                return Message(TCP_STEP_1, flags=names, seq=seq)
        if flags & SYN and flags & ACK:
            conversation.syn_ack_seen = True
            draft.extra["handshake_step"] = 2
            return Message(TCP_STEP_2, flags=names, seq=seq, ack=ack)
        if (
            only_ack
            and length == 0
            and from_client
            and conversation.syn_ack_seen
            and not conversation.established
        ):
            conversation.established = True
            draft.extra["handshake_step"] = 3
            return Message(TCP_STEP_3, flags=names, seq=seq, ack=ack)
        if flags & ACK:
            conversation.established = True
        if flags & FIN:
            mine.fin_end = (seq + length + 1) & 0xFFFFFFFF
            draft.extra["teardown"] = "fin"
            if ack is None:
                ack = 0
            if length:
                return Message(TCP_FIN_DATA, flags=names, seq=seq, ack=ack, length=length)
            return Message(TCP_FIN, flags=names, seq=seq, ack=ack)
        if length:
            return Message(TCP_DATA, flags=names, seq=seq, ack=ack or 0, length=length)
        if only_ack and ack is not None:
            if mine.fin_end is not None and theirs.fin_end is not None and ack == theirs.fin_end:
                draft.extra["teardown"] = "closed"
                return Message(TCP_CLOSED, flags=names, seq=seq, ack=ack)
            return Message(TCP_PURE_ACK, flags=names, ack=ack)
        if not names:
            return Message(TCP_NO_FLAGS, seq=seq)
        if ack is not None:
            return Message(TCP_OTHER_ACK, flags=names, seq=seq, ack=ack)
        return Message(TCP_OTHER, flags=names, seq=seq)

    def _udp(self, draft: _Draft, data: bytes, start: int, end: int) -> None:
        """UDP: the 8-byte header (ports, length, checksum), then DNS or the payload."""
        draft.need("UDP", TRANSPORT, start, end, 8)
        sport, dport = _u16(data, start), _u16(data, start + 2)
        length, checksum = _u16(data, start + 4), _u16(data, start + 6)
        draft.proto, draft.sport, draft.dport = "UDP", sport, dport
        draft.conversation = conversation_key("UDP", (draft.src, sport), (draft.dst, dport))
        payload_end = end
        if length < 8:
            draft.report(Message(UDP_LENGTH_TOO_SHORT, length=length))
        elif start + length > end:
            draft.report(Message(UDP_LENGTH_TOO_LONG, length=length, available=end - start))
        else:
            payload_end = start + length
        data_length = payload_end - start - 8
        fields = [
            _field(N_("packets", "Source port"), str(sport), start, 2),
            _field(N_("packets", "Destination port"), str(dport), start + 2, 2),
            _field(
                N_("packets", "Length"),
                str(length),
                start + 4,
                2,
                Message(UDP_LENGTH_NOTE, data=data_length),
            ),
            _field(N_("packets", "Checksum"), f"0x{checksum:04x}", start + 6, 2),
        ]
        draft.add(
            "UDP",
            TRANSPORT,
            start,
            8,
            fields,
            Message(UDP_LAYER_SUMMARY, sport=sport, dport=dport, length=data_length),
        )
        draft.length = data_length
        draft.summary = Message(UDP_SUMMARY, length=data_length, sport=sport, dport=dport)
        if data_length <= 0:
            return
        if sport in DNS_PORTS or dport in DNS_PORTS:
            try:
                _dns(draft, data, start + 8, payload_end)
                return
            except _Truncated as cut:
                draft.report(
                    Message(TRUNCATED, layer=cut.layer, available=cut.available, needed=cut.needed)
                )
        self._payload(draft, data, start + 8, payload_end, summarize=False)

    @staticmethod
    def _icmp_header(
        draft: _Draft, name: str, data: bytes, start: int, end: int
    ) -> tuple[int, int, list[Field]]:
        """The 4 bytes ICMP and ICMPv6 share (type, code, checksum); sets the protocol and
        the conversation of the two addresses."""
        draft.need(name, TRANSPORT, start, end, 8)
        kind, code, checksum = data[start], data[start + 1], _u16(data, start + 2)
        draft.proto = name
        draft.conversation = conversation_key(name, (draft.src,), (draft.dst,))
        fields = [
            _field(N_("packets", "Type"), str(kind), start, 1),
            _field(N_("packets", "Code"), str(code), start + 1, 1),
            _field(N_("packets", "Checksum"), f"0x{checksum:04x}", start + 2, 2),
        ]
        return kind, code, fields

    def _icmp(self, draft: _Draft, data: bytes, start: int, end: int) -> None:
        """ICMP: type, code, checksum; echo id/seq; the quoted header of an error."""
        kind, code, fields = self._icmp_header(draft, "ICMP", data, start, end)
        if kind in (0, 8):
            ident, seq = _u16(data, start + 4), _u16(data, start + 6)
            fields += _echo_fields(ident, seq, start)
            summary = Message(ECHO_REQUEST if kind == 8 else ECHO_REPLY, id=ident, seq=seq)
            draft.extra["echo"] = (ident, seq)
        elif kind == 3 and code == 3:
            summary = self._port_unreachable(draft, data, start + 8, end, fields, ipv6=False)
        elif kind == 3:
            template = ICMP_UNREACHABLE.get(code)
            summary = Message(template) if template else Message(UNREACHABLE_OTHER, code=code)
        elif kind == 11:
            summary = Message(TTL_EXCEEDED if code == 0 else REASSEMBLY_EXCEEDED)
        else:
            summary = Message(ICMP_OTHER, type=kind, code=code)
        draft.add("ICMP", TRANSPORT, start, 8, fields, summary)
        draft.summary = summary
        draft.length = end - start - 8
        if draft.length > 0 and kind != 3:
            self._payload(draft, data, start + 8, end, summarize=False)

    def _icmpv6(self, draft: _Draft, data: bytes, start: int, end: int) -> None:
        """ICMPv6: echo request/reply, destination unreachable, neighbor discovery."""
        kind, code, fields = self._icmp_header(draft, "ICMPv6", data, start, end)
        payload_from = start + 8
        if kind in (128, 129):
            ident, seq = _u16(data, start + 4), _u16(data, start + 6)
            fields += _echo_fields(ident, seq, start)
            summary = Message(ECHO_REQUEST if kind == 128 else ECHO_REPLY, id=ident, seq=seq)
            draft.extra["echo"] = (ident, seq)
        elif kind == 1 and code == 4:
            summary = self._port_unreachable(draft, data, start + 8, end, fields, ipv6=True)
            payload_from = end
        elif kind == 1:
            template = ICMPV6_UNREACHABLE.get(code)
            summary = Message(template) if template else Message(UNREACHABLE_OTHER, code=code)
            payload_from = end
        elif kind == 3:
            summary = Message(TTL_EXCEEDED if code == 0 else REASSEMBLY_EXCEEDED)
            payload_from = end
        elif kind in (135, 136) and start + 24 <= end:
            target = _ipv6_text(data[start + 8 : start + 24])
            fields.append(_field(N_("packets", "Target address"), target, start + 8, 16))
            template = NEIGHBOR_SOLICITATION if kind == 135 else NEIGHBOR_ADVERTISEMENT
            summary = Message(template, target=target)
            payload_from = start + 24
        elif kind in (133, 134):
            summary = Message(ROUTER_SOLICITATION if kind == 133 else ROUTER_ADVERTISEMENT)
        else:
            summary = Message(ICMPV6_OTHER, type=kind, code=code)
        header_end = min(payload_from, end)
        draft.add("ICMPv6", TRANSPORT, start, header_end - start, fields, summary)
        draft.summary = summary
        draft.length = max(end - start - 8, 0)
        if payload_from < end:
            self._payload(draft, data, payload_from, end, summarize=False)

    @staticmethod
    def _port_unreachable(
        draft: _Draft, data: bytes, start: int, end: int, fields: list[Field], ipv6: bool
    ) -> Message:
        """Name the port from the quoted IP and UDP/TCP header of a port-unreachable."""
        try:
            if ipv6:
                draft.need(Message(QUOTED_IPV6), NETWORK, start, end, 40)
                protocol, header = data[start + 6], 40
                quoted_src = _ipv6_text(data[start + 8 : start + 24])
                quoted_dst = _ipv6_text(data[start + 24 : start + 40])
            else:
                draft.need(Message(QUOTED_IPV4), NETWORK, start, end, 20)
                header = (data[start] & 0x0F) * 4
                protocol = data[start + 9]
                quoted_src = _ipv4_text(data[start + 12 : start + 16])
                quoted_dst = _ipv4_text(data[start + 16 : start + 20])
                if header < 20:
                    return Message(PORT_UNREACHABLE_BARE)
            source_at = start + (8 if ipv6 else 12)
            size = 16 if ipv6 else 4
            fields.append(
                _field(N_("packets", "Quoted source address"), quoted_src, source_at, size)
            )
            fields.append(
                _field(
                    N_("packets", "Quoted destination address"), quoted_dst, source_at + size, size
                )
            )
            at = start + header
            draft.need(Message(QUOTED_TRANSPORT), TRANSPORT, at, end, 4)
            quoted_sport, quoted_dport = _u16(data, at), _u16(data, at + 2)
        except _Truncated:
            return Message(PORT_UNREACHABLE_BARE)
        name = IP_PROTOCOL_NAMES.get(protocol, protocol)
        fields.append(_field(N_("packets", "Quoted source port"), str(quoted_sport), at, 2))
        fields.append(
            _field(N_("packets", "Quoted destination port"), str(quoted_dport), at + 2, 2)
        )
        if name in ("UDP", "TCP"):
            draft.extra["quoted_conversation"] = conversation_key(
                name, (quoted_src, quoted_sport), (quoted_dst, quoted_dport)
            )
        draft.extra["unreachable_port"] = quoted_dport
        return Message(PORT_UNREACHABLE, protocol=name, port=quoted_dport)

    # Application layer -------------------------------------------------------------

    @staticmethod
    def _payload(draft: _Draft, data: bytes, start: int, end: int, summarize: bool = True) -> None:
        """Bytes this decoder does not read further: a Payload layer with their length."""
        length = max(end - start, 0)
        if length == 0:
            return
        summary = Message(PAYLOAD_SUMMARY, length=length)
        fields = [_field(N_("packets", "Data"), Message(BYTES, length=length), start, length)]
        draft.add(Message(PAYLOAD), APPLICATION, start, length, fields, summary)
        if summarize and not draft.summary:
            draft.summary = summary


# DNS -------------------------------------------------------------------------------


def _dns_name(data: bytes, at: int, base: int, end: int) -> tuple[str, int]:
    """Read a (possibly compressed) DNS name at `at`; returns it and where it ends in place.

    Pointers are offsets from `base` (the DNS message's first byte); at most
    MAX_DNS_POINTERS are followed and the name may not exceed MAX_DNS_NAME bytes.
    """
    labels: list[str] = []
    size = 0
    jumps = 0
    offset = at
    in_place_end: int | None = None
    while True:
        if offset >= end:
            raise _Malformed(Message(DNS_CUT, offset=offset - base))
        length = data[offset]
        if length == 0:
            offset += 1
            break
        kind = length & 0xC0
        if kind == 0xC0:
            if offset + 2 > end:
                raise _Malformed(Message(DNS_CUT, offset=offset - base))
            target = _u16(data, offset) & 0x3FFF
            if in_place_end is None:
                in_place_end = offset + 2
            jumps += 1
            if jumps > MAX_DNS_POINTERS:
                raise _Malformed(Message(DNS_POINTER_LOOP, limit=MAX_DNS_POINTERS))
            if base + target >= end:
                raise _Malformed(Message(DNS_POINTER_OUTSIDE, target=target))
            offset = base + target
            continue
        if kind:
            raise _Malformed(Message(DNS_BAD_LABEL, byte=length))
        if offset + 1 + length > end:
            raise _Malformed(Message(DNS_CUT, offset=offset - base))
        size += length + 1
        if size + 1 > MAX_DNS_NAME:
            raise _Malformed(Message(DNS_NAME_TOO_LONG, limit=MAX_DNS_NAME))
        label = data[offset + 1 : offset + 1 + length]
        labels.append(
            "".join(chr(b) if 0x21 <= b < 0x7F and b not in b".\\" else f"\\{b:03d}" for b in label)
        )
        offset += 1 + length
    return (".".join(labels) or "<Root>"), (in_place_end if in_place_end is not None else offset)


def _dns_type(number: int) -> str:
    """A record type's mnemonic ("A", "AAAA"...) or TYPE<n>."""
    return DNS_TYPES.get(number, f"TYPE{number}")


def _dns_class(number: int) -> str:
    """A class's name; mDNS uses the top bit as a flag, so it is left out."""
    number &= 0x7FFF
    return {1: "IN", 3: "CH", 4: "HS", 255: "ANY"}.get(number, f"CLASS{number}")


def _dns(draft: _Draft, data: bytes, start: int, end: int) -> None:
    """DNS: header, questions and records, with A/AAAA/CNAME/PTR data read out."""
    draft.need("DNS", APPLICATION, start, end, 12)
    ident, flags = _u16(data, start), _u16(data, start + 2)
    counts = [_u16(data, start + 4 + 2 * i) for i in range(4)]
    response, opcode = bool(flags & 0x8000), (flags >> 11) & 0x0F
    rcode = flags & 0x0F
    fields = [
        _field(N_("packets", "Transaction ID"), f"0x{ident:04x}", start, 2),
        _field(N_("packets", "Flags"), f"0x{flags:04x}", start + 2, 2),
        _field(N_("packets", "Response"), _yes_no(response), start + 2, 1),
        _field(N_("packets", "Opcode"), str(opcode), start + 2, 1),
        _field(N_("packets", "Authoritative"), _yes_no(flags & 0x0400), start + 2, 1),
        _field(N_("packets", "Truncated"), _yes_no(flags & 0x0200), start + 2, 1),
        _field(N_("packets", "Recursion desired"), _yes_no(flags & 0x0100), start + 2, 1),
        _field(N_("packets", "Recursion available"), _yes_no(flags & 0x0080), start + 3, 1),
        _field(N_("packets", "Reply code"), str(rcode), start + 3, 1),
        _field(N_("packets", "Questions"), str(counts[0]), start + 4, 2),
        _field(N_("packets", "Answer RRs"), str(counts[1]), start + 6, 2),
        _field(N_("packets", "Authority RRs"), str(counts[2]), start + 8, 2),
        _field(N_("packets", "Additional RRs"), str(counts[3]), start + 10, 2),
    ]
    draft.proto = "DNS"
    if opcode == 0:
        kind = Message(DNS_RESPONSE_KIND if response else DNS_QUERY_KIND)
    else:
        kind = Message(DNS_OTHER_RESPONSE_KIND if response else DNS_OTHER_QUERY_KIND, opcode=opcode)
    question: tuple[str, str] | None = None
    answers: list[Message] = []
    records = []
    problem: Message | None = None
    total = sum(counts)
    if total > MAX_DNS_RECORDS:
        problem = Message(DNS_TOO_MANY_RECORDS, count=total, limit=MAX_DNS_RECORDS)
    offset = start + 12
    try:
        budget = MAX_DNS_RECORDS
        for template, count in zip(DNS_SECTIONS, counts, strict=True):
            section, word = template.text, Message(template)
            for _ in range(min(count, budget)):
                budget -= 1
                name, after = _dns_name(data, offset, start, end)
                fields.append(_field_of(RECORD_NAME, word, name, offset, after - offset))
                offset = after
                fixed = 4 if section == "Query" else 10
                if offset + fixed > end:
                    raise _Malformed(Message(DNS_CUT, offset=offset - start))
                rtype, rclass = _u16(data, offset), _u16(data, offset + 2)
                fields.append(_field_of(RECORD_TYPE, word, _dns_type(rtype), offset, 2))
                fields.append(_field_of(RECORD_CLASS, word, _dns_class(rclass), offset + 2, 2))
                offset += 4
                if section == "Query":
                    if question is None:
                        question = (_dns_type(rtype), name)
                    continue
                ttl, rdlength = _u32(data, offset), _u16(data, offset + 4)
                fields.append(_field_of(RECORD_TTL, word, str(ttl), offset, 4))
                fields.append(_field_of(RECORD_DATA_LENGTH, word, str(rdlength), offset + 4, 2))
                offset += 6
                if offset + rdlength > end:
                    raise _Malformed(Message(DNS_CUT, offset=offset - start))
                value = _dns_rdata(data, offset, rdlength, rtype, start, end)
                fields.append(
                    Field(
                        Message(RECORD_DATA, section=word, type=_dns_type(rtype)),
                        value,
                        offset,
                        rdlength,
                    )
                )
                offset += rdlength
                records.append((section, name, _dns_type(rtype), ttl, value))
                if section == "Answer":
                    answers.append(Message(DNS_ANSWER, type=_dns_type(rtype), data=value, ttl=ttl))
    except _Malformed as bad:
        problem = problem or bad.message
    if question is None:
        summary = Message(DNS_SUMMARY_NO_QUESTION, kind=kind, id=ident)
    elif response and rcode:
        template = DNS_RCODES.get(rcode)
        rcode_text = Message(template) if template else Message(DNS_RCODE_OTHER, rcode=rcode)
        summary = Message(
            DNS_SUMMARY_ERROR,
            kind=kind,
            id=ident,
            rcode=rcode_text,
            qtype=question[0],
            name=question[1],
        )
    elif answers:
        answer = answers[0]
        if len(answers) > 1:
            answer = Message(DNS_MORE_ANSWERS, answer=answer, more=len(answers) - 1)
        summary = Message(
            DNS_SUMMARY_ANSWER,
            kind=kind,
            id=ident,
            qtype=question[0],
            name=question[1],
            answer=answer,
        )
    else:
        summary = Message(DNS_SUMMARY, kind=kind, id=ident, qtype=question[0], name=question[1])
    length = max(min(offset, end) - start, 12)
    draft.add("DNS", APPLICATION, start, end - start if problem else length, fields, summary)
    draft.summary = summary
    draft.extra["dns"] = {
        "id": ident,
        "response": response,
        "question": question,
        "records": records,
    }
    if problem:
        draft.report(problem)


def _field_of(name: Template, section: Message, value: str, offset: int, length: int) -> Field:
    """A field of a DNS record, named after its section ("Answer TTL")."""
    return Field(Message(name, section=section), value, offset, length)


def _dns_rdata(data: bytes, at: int, length: int, rtype: int, base: int, end: int) -> str:
    """A record's data as text: an address, a name, else its length in words."""
    if rtype == 1 and length == 4:
        return _ipv4_text(data[at : at + 4])
    if rtype == 28 and length == 16:
        return _ipv6_text(data[at : at + 16])
    if rtype in (2, 5, 12):
        return _dns_name(data, at, base, end)[0]
    return Message(BYTES, length=length)
