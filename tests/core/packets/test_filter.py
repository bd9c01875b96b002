"""The packet filter: its grammar (words, implicit "and", "not", parentheses), what each
term keeps, the errors in words with positions, and the libpcap text for dumpcap -f."""

from __future__ import annotations

import pytest

from app.core.messages import Message
from app.core.packets.decode import Dissector
from app.core.packets.filter import EXPECTED_WORDS, PacketFilter, bpf_text, parse_filter
from app.core.packets.model import Frame, Packet
from tests.core.packets.make_fixture import ethernet, handshake_frames
from tests.core.packets.test_decode import ANSWER, MAC_A, arp, ipv6_tcp, udp_frame


def decoded(data: bytes) -> Packet:
    """One frame decoded on its own."""
    return Dissector().decode(Frame(0.0, data, len(data)))


TCP_PACKET = decoded(handshake_frames()[0])  # 127.0.0.1:45678 -> 127.0.0.1:5555
UDP_PACKET = decoded(udp_frame(("10.0.0.1", 40000), ("10.0.0.2", 9999), b"hi"))
DNS_PACKET = decoded(udp_frame(("10.0.0.53", 53), ("10.0.0.1", 50000), ANSWER))
ARP_PACKET = decoded(
    ethernet(arp(1, MAC_A, "10.0.0.1", b"\0" * 6, "10.0.0.2"), 0x0806, b"\xff" * 6, MAC_A)
)
IPV6_PACKET = decoded(ethernet(ipv6_tcp(), 0x86DD))  # ::1:40000 -> ::2:443
ALL = {
    "tcp": TCP_PACKET,
    "udp": UDP_PACKET,
    "dns": DNS_PACKET,
    "arp": ARP_PACKET,
    "ip6": IPV6_PACKET,
}


def kept(text: str) -> set[str]:
    """The names of the sample packets the filter keeps."""
    packet_filter = parse_filter(text)
    return {name for name, packet in ALL.items() if packet_filter.matches(packet)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", {"tcp", "udp", "dns", "arp", "ip6"}),
        ("   ", {"tcp", "udp", "dns", "arp", "ip6"}),
        ("tcp", {"tcp", "ip6"}),
        ("udp", {"udp", "dns"}),
        ("dns", {"dns"}),
        ("arp", {"arp"}),
        ("ip", {"tcp", "udp", "dns"}),
        ("ip6", {"ip6"}),
        ("icmp", set()),
        ("port 53", {"dns"}),
        ("port 5555", {"tcp"}),
        ("src port 45678", {"tcp"}),
        ("dst port 45678", set()),
        ("dst port 5555", {"tcp"}),
        ("host 10.0.0.2", {"udp", "arp"}),
        ("src host 10.0.0.1", {"udp", "arp"}),
        ("dst host 10.0.0.1", {"dns"}),
        ("host ::2", {"ip6"}),
        ("host 0:0::0002", {"ip6"}),
        ("tcp or udp", {"tcp", "udp", "dns", "ip6"}),
        ("udp and not dns", {"udp"}),
        ("udp not dns", {"udp"}),
        ("not ip", {"arp", "ip6"}),
        ("not not arp", {"arp"}),
        ("ip and (port 53 or port 9999)", {"udp", "dns"}),
        ("tcp or udp and port 53", {"tcp", "dns", "ip6"}),
        ("(tcp or udp) and port 53", {"dns"}),
        ("TCP AND Port 5555", {"tcp"}),
        ("(tcp)(ip6)", {"ip6"}),
    ],
)
def test_the_grammar_keeps_the_right_packets(text: str, expected: set[str]) -> None:
    assert kept(text) == expected


def test_an_empty_filter_is_empty() -> None:
    assert parse_filter("").is_empty
    assert parse_filter("") == PacketFilter("")
    assert not parse_filter("tcp").is_empty
    assert parse_filter("tcp").text == "tcp"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("port 70000", "Port 70000 is out of range 1-65535"),
        ("port 0", "Port 0 is out of range 1-65535"),
        (
            "tcp prot 80",
            f"Unknown word 'prot' at position 5: expected {EXPECTED_WORDS}",
        ),
        ("port http", "'http' at position 6 is not a port number: write a number 1-65535"),
        ("port", "'port' at position 1 needs a port number after it"),
        ("host 10.0.0.300", "'10.0.0.300' at position 6 is not an IPv4 or IPv6 address"),
        ("host", "'host' at position 1 needs an address after it"),
        ("src 80", "'src' at position 1 must be followed by 'port' or 'host'"),
        ("tcp and", "'and' at position 5 needs a term after it, such as tcp or port 80"),
        ("tcp or or udp", "'or' at position 5 needs a term after it, such as tcp or port 80"),
        ("not", "'not' at position 1 needs a term after it, such as tcp or port 80"),
        ("and tcp", "'and' at position 1 needs a term before it"),
        ("(tcp or udp", "The '(' at position 1 is never closed"),
        ("tcp)", "The ')' at position 4 has no matching '('"),
        ("()", "The parentheses at position 1 hold nothing"),
        ("(" * 60 + "tcp" + ")" * 60, "The filter nests more than 50 levels deep"),
        ("tcp " * 600, "The filter is 2400 characters long; at most 2000 are allowed"),
    ],
)
def test_mistakes_are_explained_in_words(text: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_filter(text)
    error = caught.value.args[0]
    assert isinstance(error, Message)
    assert error.template.context == "packets"
    assert error == message


def test_the_expected_words_are_listed_in_the_brief_order() -> None:
    assert EXPECTED_WORDS == "tcp, udp, icmp, arp, dns, ip, ip6, port, host, src, dst, and, or, not"


@pytest.mark.parametrize(
    ("text", "bpf"),
    [
        ("", ""),
        ("tcp", "tcp"),
        ("tcp port 80", "tcp and port 80"),
        ("TCP and src port 80", "tcp and src port 80"),
        ("host ::0001", "host ::1"),
        ("not (tcp or udp)", "not (tcp or udp)"),
        ("(tcp or udp) and not arp", "(tcp or udp) and not arp"),
        ("tcp or udp and port 53", "tcp or udp and port 53"),
        ("dns", "port 53 or port 5353"),
        ("dns and host 10.0.0.1", "(port 53 or port 5353) and host 10.0.0.1"),
        ("ip6 and dst host fe80::1", "ip6 and dst host fe80::1"),
    ],
)
def test_bpf_text_gives_the_same_words_to_libpcap(text: str, bpf: str) -> None:
    assert bpf_text(parse_filter(text)) == bpf


def test_bpf_text_parses_back_to_the_same_filter() -> None:
    for text in ("(tcp or udp) and not arp", "not (port 1 or host 10.0.0.1) ip"):
        once = bpf_text(parse_filter(text))
        assert bpf_text(parse_filter(once)) == once
