"""The decoder: a TCP connection told in words with Wireshark's relative numbers, UDP,
ICMP, ARP, DNS (with compression, and a compression loop), IPv6, every link type, and
hostile bytes (every truncation of a frame, seeded random frames) that must never raise."""

from __future__ import annotations

import random
import struct

import pytest

from app.core.messages import Message
from app.core.packets.decode import (
    INTERNAL_ERROR,
    MAX_DNS_POINTERS,
    Dissector,
    conversation_key,
    internet_checksum,
    tcp_flag_names,
)
from app.core.packets.model import (
    LINKTYPE_ETHERNET,
    LINKTYPE_LINUX_SLL,
    LINKTYPE_NULL,
    LINKTYPE_RAW,
    Frame,
    Packet,
)
from tests.core.packets.make_fixture import (
    ACK,
    CLIENT,
    CLIENT_ISN,
    FIN,
    PSH,
    RST,
    SERVER,
    SYN,
    ethernet,
    handshake_frames,
    ip_bytes,
    ipv4,
    tcp_frame,
    udp,
)

MAC_A = bytes.fromhex("aabbccddee01")
MAC_B = bytes.fromhex("aabbccddee02")
BROADCAST = b"\xff" * 6


def frame(data: bytes, linktype: int = LINKTYPE_ETHERNET) -> Frame:
    """A frame captured whole at a fixed time."""
    return Frame(time=1.5, data=data, wire_length=len(data), linktype=linktype)


def decode_all(frames: list[bytes]) -> list[Packet]:
    """Decode frames in order with one Dissector."""
    dissector = Dissector()
    return [dissector.decode(frame(data)) for data in frames]


def field_of(packet: Packet, layer: str, name: str):
    """The field `name` of the layer `layer`."""
    found = next(item for item in packet.layers if item.name == layer)
    return next(item for item in found.fields if item.name == name)


def icmp(kind: int, code: int, rest: bytes, payload: bytes = b"") -> bytes:
    """An ICMP message with its checksum."""
    body = struct.pack("!BBH", kind, code, 0) + rest + payload
    return body[:2] + struct.pack("!H", internet_checksum(body)) + body[4:]


def arp(operation: int, sender_mac: bytes, sender_ip: str, target_mac: bytes, target_ip: str):
    """An ARP packet for Ethernet and IPv4."""
    return (
        struct.pack("!HHBBH", 1, 0x0800, 6, 4, operation)
        + sender_mac
        + ip_bytes(sender_ip)
        + target_mac
        + ip_bytes(target_ip)
    )


def dns_name(name: str) -> bytes:
    """A DNS name in wire format, uncompressed."""
    return b"".join(bytes([len(part)]) + part.encode() for part in name.split(".")) + b"\0"


def udp_frame(src: tuple[str, int], dst: tuple[str, int], payload: bytes) -> bytes:
    """Ethernet + IPv4 + UDP."""
    return ethernet(ipv4(src[0], dst[0], 17, udp(src, dst, payload)), dst=MAC_B, src=MAC_A)


# TCP ----------------------------------------------------------------------------------


def test_a_whole_tcp_connection_reads_as_wireshark_shows_it() -> None:
    packets = decode_all(handshake_frames())
    assert [p.number for p in packets] == list(range(1, 9))
    assert [p.flags for p in packets] == [
        "SYN",
        "SYN,ACK",
        "ACK",
        "PSH,ACK",
        "ACK",
        "FIN,ACK",
        "FIN,ACK",
        "ACK",
    ]
    assert [(p.seq, p.ack) for p in packets] == [
        (0, None),
        (0, 1),
        (1, 1),
        (1, 1),
        (1, 6),
        (6, 1),
        (1, 7),
        (7, 2),
    ]
    assert [p.length for p in packets] == [0, 0, 0, 5, 0, 0, 0, 0]
    assert [str(p.summary) for p in packets] == [
        "SYN seq=0: the client asks to connect (step 1 of the three-way handshake)",
        "SYN, ACK seq=0 ack=1: the server agrees (step 2)",
        "ACK seq=1 ack=1: the client confirms (step 3)",
        "PSH, ACK seq=1 ack=1 len=5: 5 bytes of data",
        "ACK ack=6: received up to byte 6",
        "FIN, ACK seq=6 ack=1: no more data from this side (teardown)",
        "FIN, ACK seq=1 ack=7: no more data from this side (teardown)",
        "ACK seq=7 ack=2: the last FIN is acknowledged, the connection is closed (teardown)",
    ]
    assert [p.extra.get("handshake_step") for p in packets[:4]] == [1, 2, 3, None]
    assert [p.extra.get("teardown") for p in packets[5:]] == ["fin", "fin", "closed"]
    assert all(p.extra["client"] == CLIENT for p in packets)
    assert all(p.problem == "" for p in packets)
    assert {p.conversation for p in packets} == {("TCP", SERVER, CLIENT)}
    first = packets[0]
    assert (first.proto, first.src, first.dst, first.sport, first.dport) == (
        "TCP",
        "127.0.0.1",
        "127.0.0.1",
        45678,
        5555,
    )
    assert first.win == 65495
    assert [layer.name for layer in packets[3].layers] == ["Ethernet", "IPv4", "TCP", "Payload"]


def test_summaries_are_messages_with_int_values() -> None:
    packet = decode_all(handshake_frames())[3]
    assert isinstance(packet.summary, Message)
    assert packet.summary.template.context == "packets"
    assert packet.summary.values["length"] == 5
    assert all(isinstance(layer.summary, Message) for layer in packet.layers)


def test_field_offsets_point_at_the_fields_bytes() -> None:
    data = handshake_frames()[0]
    packet = decode_all([data])[0]
    port = field_of(packet, "TCP", "Source port")
    assert (port.offset, port.length) == (34, 2)
    assert data[port.offset : port.offset + port.length] == struct.pack("!H", CLIENT[1])
    assert port.value == "45678"
    assert str(port.note) == "the client's port"
    seq = field_of(packet, "TCP", "Sequence number")
    assert data[seq.offset : seq.offset + 4] == struct.pack("!I", CLIENT_ISN)
    source = field_of(packet, "IPv4", "Source address")
    assert data[source.offset : source.offset + 4] == ip_bytes("127.0.0.1")
    assert str(field_of(packet, "IPv4", "Header checksum").note) == "correct"
    for layer in packet.layers:
        for item in layer.fields:
            assert item.offset >= 0 and item.offset + item.length <= len(data)


def test_an_rst_answering_a_syn_says_nothing_listens() -> None:
    packets = decode_all(
        [
            tcp_frame(CLIENT, SERVER, 777, 0, SYN),
            tcp_frame(SERVER, CLIENT, 0, 778, RST | ACK),
        ]
    )
    reset = packets[1]
    assert reset.flags == "RST,ACK"
    assert (reset.seq, reset.ack) == (0, 1)
    assert reset.summary == "RST, ACK: connection refused: nothing listens on port 5555"
    assert reset.summary.values["port"] == 5555
    assert reset.extra["refused"] is True
    assert reset.extra["teardown"] == "reset"


def test_flag_names_follow_wiresharks_order() -> None:
    assert tcp_flag_names(FIN | PSH | ACK) == ["FIN", "PSH", "ACK"]
    assert tcp_flag_names(0xFF) == ["FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"]
    packet = decode_all([tcp_frame(CLIENT, SERVER, 5, 9, FIN | PSH | ACK, b"bye")])[0]
    assert packet.flags == "FIN,PSH,ACK"
    assert packet.summary.startswith("FIN, PSH, ACK seq=0 ack=0 len=3: 3 bytes of data")


def test_mid_stream_the_higher_port_is_the_client_and_numbers_start_at_zero() -> None:
    packets = decode_all(
        [
            tcp_frame(SERVER, CLIENT, 9000, 4000, PSH | ACK, b"abc"),
            tcp_frame(CLIENT, SERVER, 4000, 9003, ACK),
        ]
    )
    assert packets[0].extra["client"] == CLIENT
    assert (packets[0].seq, packets[0].ack) == (0, 0)
    assert (packets[1].seq, packets[1].ack) == (0, 3)


def test_a_new_syn_on_the_same_ports_starts_a_new_conversation() -> None:
    frames = [*handshake_frames(), tcp_frame(CLIENT, SERVER, 123456, 0, SYN)]
    last = decode_all(frames)[-1]
    assert last.seq == 0
    assert last.extra["handshake_step"] == 1


def test_the_conversation_table_is_bounded() -> None:
    dissector = Dissector(max_conversations=5)
    for port in range(1000, 1020):
        dissector.decode(frame(tcp_frame(("10.0.0.1", port), SERVER, 1, 0, SYN)))
    assert dissector.conversation_count == 5
    dissector.reset()
    assert dissector.conversation_count == 0
    assert dissector.decode(frame(handshake_frames()[0])).number == 1


def test_the_conversation_key_is_the_same_both_ways() -> None:
    assert conversation_key("UDP", ("a", 1), ("b", 2)) == conversation_key(
        "UDP", ("b", 2), ("a", 1)
    )


# UDP, ICMP, ARP ---------------------------------------------------------------------


def test_udp_shows_its_eight_byte_header_at_offsets_34_to_41() -> None:
    data = udp_frame(("10.0.0.1", 40000), ("10.0.0.2", 9999), b"hello")
    packet = decode_all([data])[0]
    assert packet.proto == "UDP"
    assert (packet.sport, packet.dport, packet.length) == (40000, 9999, 5)
    assert (
        packet.summary == "UDP 5 bytes from port 40000 to port 9999 (no handshake: 8-byte header)"
    )
    udp_layer = next(layer for layer in packet.layers if layer.name == "UDP")
    assert (udp_layer.offset, udp_layer.length) == (34, 8)
    spans = [(item.name, item.offset, item.length) for item in udp_layer.fields]
    assert spans == [
        ("Source port", 34, 2),
        ("Destination port", 36, 2),
        ("Length", 38, 2),
        ("Checksum", 40, 2),
    ]
    assert field_of(packet, "UDP", "Length").value == "13"
    assert packet.conversation == ("UDP", ("10.0.0.1", 40000), ("10.0.0.2", 9999))
    assert packet.src == "10.0.0.1" and packet.dst == "10.0.0.2"


def test_a_udp_length_that_lies_is_a_problem_not_a_crash() -> None:
    data = bytearray(udp_frame(("10.0.0.1", 40000), ("10.0.0.2", 9999), b"hello"))
    data[38:40] = struct.pack("!H", 500)
    packet = decode_all([bytes(data)])[0]
    assert packet.proto == "UDP"
    assert "UDP length says 500 bytes" in packet.problem


def test_icmp_echo_request_and_reply() -> None:
    request = ethernet(
        ipv4("10.0.0.1", "10.0.0.2", 1, icmp(8, 0, struct.pack("!HH", 7, 1), b"x" * 8))
    )
    reply = ethernet(
        ipv4("10.0.0.2", "10.0.0.1", 1, icmp(0, 0, struct.pack("!HH", 7, 1), b"x" * 8))
    )
    packets = decode_all([request, reply])
    assert [p.proto for p in packets] == ["ICMP", "ICMP"]
    assert packets[0].summary == "Echo (ping) request id=0x0007 seq=1"
    assert packets[1].summary == "Echo (ping) reply id=0x0007 seq=1"
    assert packets[0].conversation == packets[1].conversation
    assert field_of(packets[0], "ICMP", "Identifier").offset == 38


def test_icmp_port_unreachable_names_the_udp_port() -> None:
    original = ipv4("10.0.0.1", "10.0.0.2", 17, udp(("10.0.0.1", 40000), ("10.0.0.2", 9999), b"hi"))
    error = ethernet(ipv4("10.0.0.2", "10.0.0.1", 1, icmp(3, 3, b"\0" * 4, original)))
    packet = decode_all([error])[0]
    assert packet.proto == "ICMP"
    assert packet.summary == "Destination port unreachable (UDP port 9999)"
    assert packet.extra["quoted_conversation"] == (
        "UDP",
        ("10.0.0.1", 40000),
        ("10.0.0.2", 9999),
    )
    # Cut inside the quoted header: still decoded, no port named, no exception.
    short = decode_all([error[: 14 + 20 + 8 + 10]])[0]
    assert short.summary == "Destination port unreachable"


def test_arp_who_has_and_is_at() -> None:
    request = ethernet(arp(1, MAC_A, "10.0.0.1", b"\0" * 6, "10.0.0.2"), 0x0806, BROADCAST, MAC_A)
    reply = ethernet(arp(2, MAC_B, "10.0.0.2", MAC_A, "10.0.0.1"), 0x0806, MAC_A, MAC_B)
    packets = decode_all([request, reply])
    assert [p.proto for p in packets] == ["ARP", "ARP"]
    assert packets[0].summary == "Who has 10.0.0.2? Tell 10.0.0.1"
    assert packets[1].summary == "10.0.0.2 is at aa:bb:cc:dd:ee:02"
    assert (packets[0].src, packets[0].dst) == ("aa:bb:cc:dd:ee:01", "ff:ff:ff:ff:ff:ff")
    assert packets[0].conversation is None
    sender = field_of(packets[1], "ARP", "Sender MAC address")
    assert reply[sender.offset : sender.offset + 6] == MAC_B


# DNS --------------------------------------------------------------------------------

QUERY = (
    struct.pack("!HHHHHH", 0x1A2B, 0x0100, 1, 0, 0, 0) + dns_name("example.org") + b"\0\x01\0\x01"
)
ANSWER = (
    struct.pack("!HHHHHH", 0x1A2B, 0x8180, 1, 1, 0, 0)
    + dns_name("example.org")
    + b"\0\x01\0\x01"
    + b"\xc0\x0c"  # a pointer to the question's name at byte 12
    + struct.pack("!HHIH", 1, 1, 300, 4)
    + bytes([93, 184, 216, 34])
)


def test_a_dns_query_and_its_answer_with_a_compressed_name() -> None:
    packets = decode_all(
        [
            udp_frame(("10.0.0.1", 50000), ("10.0.0.53", 53), QUERY),
            udp_frame(("10.0.0.53", 53), ("10.0.0.1", 50000), ANSWER),
        ]
    )
    assert [p.proto for p in packets] == ["DNS", "DNS"]
    assert packets[0].summary == "Standard query 0x1a2b A example.org"
    assert (
        packets[1].summary
        == "Standard query response 0x1a2b A example.org A 93.184.216.34 (TTL 300)"
    )
    assert packets[0].problem == packets[1].problem == ""
    name = field_of(packets[1], "DNS", "Answer name")
    assert (name.value, name.length) == ("example.org", 2)
    assert packets[1].extra["dns"]["records"] == [
        ("Answer", "example.org", "A", 300, "93.184.216.34")
    ]
    assert packets[1].length == len(ANSWER)


def test_a_dns_compression_loop_ends_with_a_problem() -> None:
    looping = struct.pack("!HHHHHH", 1, 0x0100, 1, 0, 0, 0) + b"\xc0\x0c" + b"\0\x01\0\x01"
    packet = decode_all([udp_frame(("10.0.0.1", 50000), ("10.0.0.53", 53), looping)])[0]
    assert packet.proto == "DNS"
    assert packet.problem == (
        f"A DNS name follows more than {MAX_DNS_POINTERS} compression pointers (a loop?)."
    )


def test_dns_bounds_records_and_name_length() -> None:
    many = (
        struct.pack("!HHHHHH", 2, 0x0100, 1000, 0, 0, 0) + (dns_name("a.b") + b"\0\x01\0\x01") * 70
    )
    packet = decode_all([udp_frame(("10.0.0.1", 5353), ("224.0.0.251", 5353), many)])[0]
    assert "lists 1000 records; only the first 64" in packet.problem
    long_name = ".".join(["x" * 60] * 5)
    too_long = struct.pack("!HHHHHH", 3, 0x0100, 1, 0, 0, 0) + dns_name(long_name) + b"\0\x01\0\x01"
    packet = decode_all([udp_frame(("10.0.0.1", 50000), ("10.0.0.53", 53), too_long)])[0]
    assert packet.problem == "A DNS name is longer than 255 bytes."


# IPv6 and link types ------------------------------------------------------------------


def ipv6_tcp(extension: bytes = b"", first_header: int = 6) -> bytes:
    """IPv6 (optionally with one extension header) carrying a TCP SYN from ::1 to ::2."""
    src, dst = bytes(15) + b"\1", bytes(15) + b"\2"
    segment = struct.pack("!HHIIBBHHH", 40000, 443, 1, 0, 5 << 4, SYN, 1000, 0, 0)
    body = extension + segment
    header = struct.pack("!IHBB", 6 << 28, len(body), first_header, 64) + src + dst
    return header + body


def test_ipv6_with_tcp_and_a_skipped_extension_header() -> None:
    plain = decode_all([ethernet(ipv6_tcp(), 0x86DD)])[0]
    assert (plain.proto, plain.src, plain.dst, plain.sport, plain.dport) == (
        "TCP",
        "::1",
        "::2",
        40000,
        443,
    )
    assert plain.summary.startswith("SYN seq=0")
    hop_by_hop = bytes([6, 0]) + b"\1\4\0\0\0\0"  # next header TCP, 8 bytes, PadN
    extended = decode_all([ethernet(ipv6_tcp(hop_by_hop, 0), 0x86DD)])[0]
    assert (extended.proto, extended.dport, extended.problem) == ("TCP", 443, "")
    tcp_layer = next(layer for layer in extended.layers if layer.name == "TCP")
    assert tcp_layer.offset == 14 + 40 + 8


def test_icmpv6_echo_and_port_unreachable() -> None:
    src, dst = bytes(15) + b"\1", bytes(15) + b"\2"

    def ipv6(payload: bytes) -> bytes:
        """IPv6 carrying ICMPv6."""
        return struct.pack("!IHBB", 6 << 28, len(payload), 58, 64) + src + dst + payload

    echo = ipv6(struct.pack("!BBHHH", 128, 0, 0, 3, 4))
    quoted = (
        struct.pack("!IHBB", 6 << 28, 10, 17, 64) + dst + src + struct.pack("!HHHH", 5000, 7, 10, 0)
    )
    unreachable = ipv6(struct.pack("!BBHI", 1, 4, 0, 0) + quoted)
    packets = decode_all([ethernet(echo, 0x86DD), ethernet(unreachable, 0x86DD)])
    assert [p.proto for p in packets] == ["ICMPv6", "ICMPv6"]
    assert packets[0].summary == "Echo (ping) request id=0x0003 seq=4"
    assert packets[1].summary == "Destination port unreachable (UDP port 7)"


def test_vlan_tags_are_skipped() -> None:
    inner = ipv4("10.0.0.1", "10.0.0.2", 17, udp(("10.0.0.1", 1), ("10.0.0.2", 2), b"x"))
    tagged = MAC_B + MAC_A + struct.pack("!HH", 0x8100, 42) + struct.pack("!H", 0x0800) + inner
    packet = decode_all([tagged])[0]
    assert packet.proto == "UDP"
    assert field_of(packet, "Ethernet", "VLAN ID").value == "42"


@pytest.mark.parametrize(
    ("linktype", "header"),
    [
        (LINKTYPE_RAW, b""),
        (LINKTYPE_NULL, struct.pack("<I", 2)),
        (LINKTYPE_NULL, struct.pack(">I", 2)),
        (LINKTYPE_LINUX_SLL, struct.pack("!HHH8sH", 0, 772, 6, b"\0" * 8, 0x0800)),
    ],
)
def test_other_link_types_reach_the_same_tcp(linktype: int, header: bytes) -> None:
    ip_packet = handshake_frames()[3][14:]
    packet = Dissector().decode(frame(header + ip_packet, linktype))
    assert (packet.proto, packet.length, packet.problem) == ("TCP", 5, "")
    assert packet.layers[-1].name == "Payload"


def test_an_unknown_link_type_is_said_in_words() -> None:
    packet = Dissector().decode(frame(b"abc", 9999))
    assert packet.proto == "?"
    assert packet.problem == "Link type 9999 is not one this decoder knows."


# Hostile bytes -------------------------------------------------------------------------


def assert_decoded_without_internal_error(packet: Packet) -> None:
    """A packet came back and its problem is not a decoder bug."""
    assert isinstance(packet, Packet)
    assert not packet.problem.startswith(INTERNAL_ERROR.text.split("{")[0]), packet.problem


SAMPLES = [
    handshake_frames()[3],
    udp_frame(("10.0.0.1", 50000), ("10.0.0.53", 53), ANSWER),
    ethernet(ipv6_tcp(bytes([6, 0]) + b"\1\4\0\0\0\0", 0), 0x86DD),
    ethernet(arp(1, MAC_A, "10.0.0.1", b"\0" * 6, "10.0.0.2"), 0x0806, BROADCAST, MAC_A),
]


@pytest.mark.parametrize("sample", SAMPLES, ids=["tcp", "dns", "ipv6", "arp"])
def test_every_truncation_of_a_frame_decodes_without_raising(sample: bytes) -> None:
    dissector = Dissector()
    for length in range(len(sample) + 1):
        packet = dissector.decode(frame(sample[:length]))
        assert_decoded_without_internal_error(packet)
        if length < len(sample):
            assert packet.problem, length


def test_seeded_random_frames_never_raise() -> None:
    generator = random.Random(20261203)
    dissector = Dissector(max_conversations=50)
    linktypes = [LINKTYPE_ETHERNET, LINKTYPE_RAW, LINKTYPE_NULL, LINKTYPE_LINUX_SLL, 147]
    for _ in range(3000):
        size = generator.randrange(0, 120)
        data = bytes(generator.randrange(256) for _ in range(size))
        assert_decoded_without_internal_error(
            dissector.decode(frame(data, generator.choice(linktypes)))
        )


def test_random_mutations_of_real_frames_never_raise() -> None:
    generator = random.Random(7)
    dissector = Dissector()
    for _ in range(2000):
        data = bytearray(generator.choice(SAMPLES))
        for _ in range(generator.randrange(1, 6)):
            data[generator.randrange(len(data))] = generator.randrange(256)
        assert_decoded_without_internal_error(dissector.decode(frame(bytes(data))))
