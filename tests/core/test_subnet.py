"""The subnet calculator: every input form, every error message, the RFC edge cases, and
property tests against `ipaddress` over random IPv4 and IPv6 networks."""

from __future__ import annotations

import ipaddress
import re
import socket
from collections import namedtuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.address import AddressError
from app.core.messages import Message, message_of
from app.core.subnet import (
    SubnetError,
    SubnetInfo,
    address_type,
    and_rows,
    bit_lines,
    bits_of,
    calculate,
    group_bits,
    interface_addresses,
    ipv4_class,
    mark_prefix,
    parse_address_or_network,
    parse_prefix,
    parse_query,
    reverse_zone,
    same_network,
    usable_hosts,
)

ipv4_ints = st.integers(0, 2**32 - 1)
ipv6_ints = st.integers(0, 2**128 - 1)


# --------------------------------------------------------------------------- input forms
@pytest.mark.parametrize(
    "text",
    [
        "192.168.1.12/24",
        "192.168.1.12 255.255.255.0",
        "192.168.1.12/255.255.255.0",
        "192.168.1.12 0.0.0.255",
        "192.168.1.12/0.0.0.255",
        "  192.168.1.12 / 24 ",
        "192.168.1.12 24",
        "192.168.1.12 /24",
    ],
)
def test_every_ipv4_form_gives_the_same_network(text: str) -> None:
    info = calculate(text)
    assert str(info.network) == "192.168.1.0/24"
    assert str(info.address) == "192.168.1.12"


@pytest.mark.parametrize(
    ("prefix_text", "expected"),
    [("24", "/24"), ("/16", "/16"), ("255.255.255.128", "/25"), ("0.0.0.63", "/26"), ("", "/32")],
)
def test_a_bare_address_takes_the_prefix_control(prefix_text: str, expected: str) -> None:
    info = calculate("10.1.2.3", prefix_text)
    assert f"/{info.prefix}" == expected


def test_the_prefix_in_the_address_wins_over_the_control() -> None:
    assert calculate("10.1.2.3/8", "30").prefix == 8


def test_mask_kind_is_reported_and_a_wildcard_is_named() -> None:
    assert parse_query("10.0.0.1/8").mask_kind == "prefix"
    assert parse_query("10.0.0.1 255.0.0.0").mask_kind == "netmask"
    assert parse_query("10.0.0.1 0.255.255.255").mask_kind == "wildcard"
    assert parse_query("10.0.0.1").mask_kind == "default"
    fields = dict((key, value) for key, _, value in calculate("10.0.0.1 0.255.255.255").fields())
    assert fields["netmask"] == "255.0.0.0 (read as a wildcard mask)"


def test_ipv6_with_a_zone_keeps_the_zone_apart_from_the_math() -> None:
    info = calculate("fe80::1%eth0/64")
    assert info.query.zone == "eth0"
    assert str(info.address) == "fe80::1"
    assert str(info.network) == "fe80::/64"
    assert info.as_json()["zone"] == "eth0"
    assert dict((k, v) for k, _, v in info.fields())["address"] == "fe80::1 (zone eth0)"


def test_ipv6_mask_written_as_an_address_is_understood() -> None:
    assert calculate("2001:db8::1/ffff:ffff:ffff:ffff::").prefix == 64


def test_subnet_error_is_an_address_error() -> None:
    assert issubclass(SubnetError, AddressError)


# --------------------------------------------------------------------------- errors
ERRORS = [
    ("", "The address is empty"),
    ("   ", "The address is empty"),
    ("192.168.1.256/24", "Octet 256 is out of range 0-255 (in 192.168.1.256)."),
    ("192.168.1.1 255.0.255.0", "255.0.255.0 is not a valid mask (its 1-bits are not contiguous)"),
    ("192.168.1.1/0.255.0.255", "0.255.0.255 is not a valid mask (its 1-bits are not contiguous)"),
    ("192.168.1.1/33", "Prefix 33 is too long for IPv4: use 0 to 32."),
    ("2001:db8::/129", "Prefix 129 is too long for IPv6: use 0 to 128."),
    ("1.2.3.4.5", "Too many octets in 1.2.3.4.5"),
    ("1.2.3", "Too few octets in 1.2.3"),
    ("1..2.3", "1..2.3 has an empty octet"),
    ("1.2.3.x/24", "Octet 'x' in 1.2.3.x is not a number from 0 to 255."),
    ("010.1.1.1", "Octet 010 in 010.1.1.1 has a leading zero: write 10"),
    ("router.lan/24", "router.lan is not an IP address"),
    ("192.168.1.1 255.255.256.0", "Octet 256 is out of range 0-255 (in 255.255.256.0)."),
    ("192.168.1.1 255.255.255", "Too few octets in 255.255.255: an IPv4 mask has four numbers"),
    ("192.168.1.1/", "The prefix is missing after '/'"),
    ("192.168.1.1/x", "'x' is not a prefix or a mask"),
    ("192.168.1.1/-1", "Prefix -1 is negative: use 0 to 32."),
    ("192.168.1.1/24/8", "Too many parts in 192.168.1.1/24/8"),
    ("192.168.1.1 255.0.0.0 8", "Too many parts"),
    ("192.168.1.1/ffff::", "ffff:: is an IPv6 mask; an IPv4 address needs /0 to /32."),
    ("2001:db8::/255.255.0.0", "A dotted mask like 255.255.0.0 is for IPv4"),
    ("2001:db8::/ffff:0:ffff::", "ffff:0:ffff:: is not a valid mask (its 1-bits are not contig"),
    ("2001:db8::1::2/64", "uses '::' more than once"),
    ("2001:db8::g/64", "'g' in 2001:db8::g is not a hex digit"),
    ("2001:db8:12345::/48", "Group '12345' in 2001:db8:12345:: has more than 4 hex digits."),
    ("1:2:3:4:5:6:7:8:9", "Too many groups in 1:2:3:4:5:6:7:8:9"),
    ("1:2:3/64", "Too few groups in 1:2:3"),
    (":1::2", ":1::2 starts with a single ':'"),
    ("1::2:", "1::2: ends with a single ':'"),
    ("::ffff:1.2.3.256", "Octet 256 is out of range 0-255 (in 1.2.3.256)."),
    ("fe80::1%/64", "has an empty zone after '%'"),
    ("10.0.0.1%eth0", "a zone such as %eth0 only goes with IPv6 addresses"),
]


@pytest.mark.parametrize(("text", "message"), ERRORS)
def test_bad_input_names_the_problem(text: str, message: str) -> None:
    with pytest.raises(SubnetError, match=re.escape(message)):
        parse_query(text)


@pytest.mark.parametrize(
    ("text", "version", "message"),
    [
        ("", 4, "The prefix is empty: write a number from 0 to 32."),
        ("/", 6, "The prefix is empty: write a number from 0 to 128."),
        ("33", 4, "Prefix 33 is too long for IPv4"),
        ("twenty", 4, "'twenty' is not a prefix or a mask"),
        ("sixty", 6, "'sixty' is not a prefix or a mask: write a number such as 24 (0 to 128)."),
    ],
)
def test_prefix_control_errors(text: str, version: int, message: str) -> None:
    with pytest.raises(SubnetError, match=re.escape(message)):
        parse_prefix(text, version)


def test_the_issue_examples_are_said_in_those_words() -> None:
    """The four messages the issue names, case-insensitively, word for word."""
    examples = {
        "192.168.1.256": "octet 256 is out of range 0-255",
        "10.0.0.1 255.0.255.0": "255.0.255.0 is not a valid mask (its 1-bits are not contiguous)",
        "192.168.1.1/33": "prefix 33 is too long for ipv4",
        "1.2.3.4.5/24": "too many octets",
    }
    for text, words in examples.items():
        with pytest.raises(SubnetError) as caught:
            parse_query(text)
        assert words in str(caught.value).lower()


# --------------------------------------------------------------------------- edge cases
V4_ALL, V4_LAST = "255.255.255.255", "255.255.255.254"
V6_LAST = "2001:db8::ffff:ffff:ffff:ffff"
EDGES = [
    # text, network, broadcast, first, last, total, usable
    ("0.0.0.0/0", "0.0.0.0/0", V4_ALL, "0.0.0.1", V4_LAST, 2**32, 2**32 - 2),
    ("200.1.2.3/1", "128.0.0.0/1", V4_ALL, "128.0.0.1", V4_LAST, 2**31, 2**31 - 2),
    ("10.0.0.6/30", "10.0.0.4/30", "10.0.0.7", "10.0.0.5", "10.0.0.6", 4, 2),
    ("10.0.0.7/31", "10.0.0.6/31", None, "10.0.0.6", "10.0.0.7", 2, 2),
    ("10.0.0.7/32", "10.0.0.7/32", None, "10.0.0.7", "10.0.0.7", 1, 1),
    ("2001:db8::1/64", "2001:db8::/64", None, "2001:db8::", V6_LAST, 2**64, 2**64),
    ("2001:db8::1/127", "2001:db8::/127", None, "2001:db8::", "2001:db8::1", 2, 2),
    ("2001:db8::1/128", "2001:db8::1/128", None, "2001:db8::1", "2001:db8::1", 1, 1),
]


@pytest.mark.parametrize(
    ("text", "network", "broadcast", "first", "last", "total", "usable"), EDGES
)
def test_edge_prefixes_follow_the_rfcs(
    text: str, network: str, broadcast: str | None, first: str, last: str, total: int, usable: int
) -> None:
    info = calculate(text)
    data = info.as_json()
    assert data["network"] == network
    assert data["broadcast"] == broadcast
    assert (data["first_host"], data["last_host"]) == (first, last)
    assert data["total_addresses"] == total
    assert data["usable_hosts"] == usable


def test_slash_31_and_32_explain_themselves() -> None:
    fields31 = {key: value for key, _, value in calculate("10.0.0.0/31").fields()}
    assert fields31["broadcast"] == "none (a /31 is a point-to-point link, RFC 3021)"
    assert fields31["usable_hosts"] == "2 (both addresses, RFC 3021)"
    assert any("RFC 3021" in s for s in calculate("10.0.0.0/31").explanation())
    fields32 = {key: value for key, _, value in calculate("10.0.0.9/32").fields()}
    assert fields32["broadcast"] == "none (a /32 is a single host)"
    assert fields32["usable_hosts"] == "1 (the address itself)"


def test_ipv4_results_for_the_classic_example() -> None:
    fields = {key: value for key, _, value in calculate("192.168.1.12/24").fields()}
    assert fields == {
        "address": "192.168.1.12",
        "netmask": "255.255.255.0",
        "wildcard": "0.0.0.255",
        "prefix": "/24",
        "network": "192.168.1.0/24",
        "broadcast": "192.168.1.255",
        "first_host": "192.168.1.1",
        "last_host": "192.168.1.254",
        "total_addresses": "256 (2^8)",
        "usable_hosts": "254",
        "class": "C",
        "type": "Private (RFC 1918)",
        "integer": "3232235788",
        "hex": "0xC0A8010C",
        "reverse_zone": "1.168.192.in-addr.arpa",
    }


def test_ipv6_results() -> None:
    info = calculate("2001:db8:85a3::8a2e:370:7334/48")
    fields = {key: value for key, _, value in info.fields()}
    assert fields["expanded"] == "2001:0db8:85a3:0000:0000:8a2e:0370:7334"
    assert fields["network"] == "2001:db8:85a3::/48"
    assert fields["first_host"] == "2001:db8:85a3::"
    assert fields["last_host"] == "2001:db8:85a3:ffff:ffff:ffff:ffff:ffff"
    assert fields["total_addresses"] == "1,208,925,819,614,629,174,706,176 (2^80)"
    assert fields["subnets_64"] == "65,536 (2^16)"
    assert "broadcast" not in fields and "class" not in fields
    assert calculate("2001:db8::1/96").subnets_64 == 0
    assert "none (longer than /64)" in dict(
        (k, v) for k, _, v in calculate("2001:db8::1/96").fields()
    ).get("subnets_64", "")


def test_json_has_the_documented_keys() -> None:
    required = {
        "version",
        "address",
        "network",
        "netmask",
        "wildcard",
        "prefix",
        "broadcast",
        "first_host",
        "last_host",
        "total_addresses",
        "usable_hosts",
        "class",
        "type",
    }
    for text in ("192.168.1.12/24", "2001:db8::1/64"):
        assert required <= set(calculate(text).as_json())
    six = calculate("2001:db8::1/64").as_json()
    assert six["class"] is None and six["broadcast"] is None and six["version"] == 6


# --------------------------------------------------------------------------- facts
@pytest.mark.parametrize(
    ("address", "key"),
    [
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("172.32.0.1", "public"),
        ("192.168.255.255", "private"),
        ("127.0.0.1", "loopback"),
        ("169.254.1.1", "link-local"),
        ("100.64.0.1", "cgnat"),
        ("100.128.0.1", "public"),
        ("224.0.0.251", "multicast"),
        ("192.0.2.10", "documentation"),
        ("198.51.100.1", "documentation"),
        ("203.0.113.9", "documentation"),
        ("240.0.0.1", "reserved"),
        ("255.255.255.255", "reserved"),
        ("0.0.0.0", "reserved"),
        ("8.8.8.8", "public"),
        ("2001:4860::1", "global-unicast"),
        ("fd12:3456::1", "unique-local"),
        ("fe80::1", "link-local"),
        ("ff02::1", "multicast"),
        ("::1", "loopback"),
        ("::ffff:192.0.2.1", "ipv4-mapped"),
        ("2001:db8::1", "documentation"),
        ("::", "unspecified"),
        ("4000::1", "reserved"),
    ],
)
def test_address_types(address: str, key: str) -> None:
    assert address_type(ipaddress.ip_address(address))[0] == key


def test_multicast_scope_is_named() -> None:
    assert "link-local scope" in address_type(ipaddress.ip_address("ff02::1"))[1]
    assert "global scope" in address_type(ipaddress.ip_address("ff0e::1"))[1]


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("0.0.0.0", "A"),
        ("127.255.255.255", "A"),
        ("128.0.0.0", "B"),
        ("191.255.0.1", "B"),
        ("192.0.0.1", "C"),
        ("223.1.1.1", "C"),
        ("224.0.0.1", "D"),
        ("239.255.255.255", "D"),
        ("240.0.0.1", "E"),
        ("255.255.255.255", "E"),
    ],
)
def test_historical_class(address: str, expected: str) -> None:
    assert ipv4_class(ipaddress.IPv4Address(address)) == expected


@pytest.mark.parametrize(
    ("network", "zone"),
    [
        ("192.168.1.0/24", "1.168.192.in-addr.arpa"),
        ("172.16.0.0/16", "16.172.in-addr.arpa"),
        ("10.0.0.0/8", "10.in-addr.arpa"),
        ("0.0.0.0/0", "in-addr.arpa"),
        ("192.168.1.7/32", "7.1.168.192.in-addr.arpa"),
        ("192.168.4.0/22", "4.168.192.in-addr.arpa ... 7.168.192.in-addr.arpa (4 zones)"),
        ("192.168.1.64/26", "64/26.1.168.192.in-addr.arpa (RFC 2317)"),
        ("2001:db8::/32", "8.b.d.0.1.0.0.2.ip6.arpa"),
        ("2001:db8::/64", "0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"),
        ("2001:db8::/31", "8.b.d.0.1.0.0.2.ip6.arpa ... 9.b.d.0.1.0.0.2.ip6.arpa (2 zones)"),
    ],
)
def test_reverse_zone(network: str, zone: str) -> None:
    assert reverse_zone(ipaddress.ip_network(network)) == zone


def test_usable_hosts_table() -> None:
    assert [usable_hosts(p, 4) for p in (0, 24, 30, 31, 32)] == [2**32 - 2, 254, 2, 2, 1]
    assert [usable_hosts(p, 6) for p in (64, 127, 128)] == [2**64, 2, 1]


# --------------------------------------------------------------------------- bits
def test_and_rows_draw_address_mask_network() -> None:
    info = calculate("192.168.1.12/26")
    rows = and_rows(info.network, info.address)
    assert [row.label for row in rows] == ["address", "AND mask", "= network"]
    assert [group_bits(row.bits) for row in rows] == [
        "11000000.10101000.00000001.00001100",
        "11111111.11111111.11111111.11000000",
        "11000000.10101000.00000001.00000000",
    ]
    assert [row.text for row in rows] == ["192.168.1.12", "255.255.255.192", "192.168.1.0"]


def test_ipv6_bits_come_in_two_lines_of_64() -> None:
    bits = bits_of(ipaddress.IPv6Address("2001:db8::1"))
    lines = bit_lines(bits)
    assert [offset for offset, _ in lines] == [0, 64]
    assert all(len(chunk) == 64 for _, chunk in lines)
    assert group_bits(bits).count(":") == 7


def test_mark_prefix_puts_the_bar_between_network_and_host_bits() -> None:
    bits = bits_of(ipaddress.IPv4Address("192.168.1.12"))
    assert mark_prefix(bits, 0, 24, 32) == "11000000.10101000.00000001|00001100"
    assert mark_prefix(bits, 0, 26, 32) == "11000000.10101000.00000001.00|001100"
    assert "|" not in mark_prefix(bits, 0, 32, 32) and "|" not in mark_prefix(bits, 0, 0, 32)
    six = bits_of(ipaddress.IPv6Address("2001:db8::1"))
    first, second = bit_lines(six)
    assert mark_prefix(first[1], 0, 64, 128).endswith("|")
    assert "|" not in mark_prefix(second[1], 64, 64, 128)


# --------------------------------------------------------------------------- same network
def test_same_network_yes_and_no_with_the_reason_in_bits() -> None:
    network = calculate("192.168.1.12/24").network
    yes = same_network(network, "192.168.1.200")
    assert yes.same and yes.reason.startswith("Yes: 192.168.1.200 AND 255.255.255.0 = 192.168.1.0")
    no = same_network(network, "192.168.2.5")
    assert not no.same and no.differing_bit == 23
    assert "Bit 23 differs" in no.reason
    assert [row.label for row in no.rows] == ["other", "AND mask", "= network", "ours"]


def test_same_network_with_networks_and_families() -> None:
    network = calculate("192.168.1.0/24").network
    assert same_network(network, "192.168.1.128/25").same
    larger = same_network(network, "192.168.0.0/16")
    assert not larger.same and "is larger than" in larger.reason
    other_family = same_network(network, "2001:db8::1")
    assert not other_family.same and "is an IPv6 address" in other_family.reason
    with pytest.raises(SubnetError, match="Octet 300"):
        same_network(network, "192.168.1.300")


def test_parse_address_or_network() -> None:
    assert parse_address_or_network("10.0.0.1") == ipaddress.ip_address("10.0.0.1")
    assert parse_address_or_network("10.0.0.1/8") == ipaddress.ip_network("10.0.0.0/8")


# --------------------------------------------------------------------------- this machine
Snic = namedtuple("Snic", "family address netmask broadcast ptp")


def test_interface_addresses_from_psutils_shape() -> None:
    fake = {
        "eth0": [
            Snic(socket.AF_INET, "192.0.2.7", "255.255.255.0", None, None),
            Snic(socket.AF_INET6, "fe80::1%eth0", "ffff:ffff:ffff:ffff::", None, None),
            Snic(getattr(socket, "AF_PACKET", 17), "00:11:22:33:44:55", None, None, None),
        ],
        "lo": [Snic(socket.AF_INET, "127.0.0.1", "255.0.0.0", None, None)],
        "odd": [Snic(socket.AF_INET, "10.0.0.1", "255.0.255.0", None, None)],
    }
    texts = interface_addresses(fake)
    assert texts == [("eth0", "192.0.2.7/24"), ("lo", "127.0.0.1/8"), ("eth0", "fe80::1%eth0/64")]


def test_this_machines_addresses_all_parse() -> None:
    for _interface, text in interface_addresses():
        parse_query(text)


# --------------------------------------------------------------------------- properties
@given(ipv4_ints, st.integers(0, 32))
def test_ipv4_results_agree_with_ipaddress(address_int: int, prefix: int) -> None:
    address = ipaddress.IPv4Address(address_int)
    expected = ipaddress.ip_network((address, prefix), strict=False)
    info = calculate(f"{address}/{prefix}")
    assert info.network == expected
    assert info.total_addresses == expected.num_addresses == 2 ** (32 - prefix)
    assert expected.network_address <= info.first_host <= info.last_host
    assert info.last_host <= expected.broadcast_address
    if prefix <= 30:
        assert info.broadcast == expected.broadcast_address
        assert info.usable_hosts == expected.num_addresses - 2
        assert int(info.last_host) - int(info.first_host) + 1 == info.usable_hosts
    else:
        assert info.broadcast is None
        assert info.usable_hosts == expected.num_addresses
    data = info.as_json()
    assert data["netmask"] == str(expected.netmask)
    assert data["wildcard"] == str(expected.hostmask)
    # the netmask form gives the same network
    assert calculate(f"{address} {expected.netmask}").network == expected
    if 0 < prefix < 32:  # /0 and /32 masks read as netmasks first (0.0.0.0 is /0)
        assert calculate(f"{address} {expected.hostmask}").network == expected
    # the AND drawn in bits is the AND
    address_row, mask_row, network_row = and_rows(info.network, info.address)
    assert int(network_row.bits, 2) == int(address_row.bits, 2) & int(mask_row.bits, 2)
    assert mask_row.bits == "1" * prefix + "0" * (32 - prefix)


@given(ipv6_ints, st.integers(0, 128))
def test_ipv6_results_agree_with_ipaddress(address_int: int, prefix: int) -> None:
    address = ipaddress.IPv6Address(address_int)
    expected = ipaddress.ip_network((address, prefix), strict=False)
    info = calculate(f"{address}/{prefix}")
    data = info.as_json()
    assert info.network == expected
    assert data["total_addresses"] == expected.num_addresses == 2 ** (128 - prefix)
    assert data["first_host"] == str(expected.network_address)
    assert data["last_host"] == str(expected.broadcast_address)
    assert data["broadcast"] is None and data["class"] is None
    assert data["expanded"] == address.exploded
    assert info.subnets_64 == (2 ** (64 - prefix) if prefix <= 64 else 0)
    address_row, mask_row, network_row = and_rows(info.network, info.address)
    assert int(network_row.bits, 2) == int(address_row.bits, 2) & int(mask_row.bits, 2)


@given(ipv4_ints, st.integers(0, 32), ipv4_ints)
def test_same_network_agrees_with_membership(network_int: int, prefix: int, other: int) -> None:
    network = ipaddress.ip_network((ipaddress.IPv4Address(network_int), prefix), strict=False)
    candidate = ipaddress.IPv4Address(other)
    answer = same_network(network, str(candidate))
    assert answer.same == (candidate in network)
    if not answer.same:
        assert answer.differing_bit is not None and 1 <= answer.differing_bit <= prefix


@given(st.integers(0, 2**32 - 1), st.integers(0, 32))
def test_reverse_zone_covers_the_network(address_int: int, prefix: int) -> None:
    network = ipaddress.ip_network((address_int, prefix), strict=False)
    zone = reverse_zone(network)
    assert zone.endswith(("in-addr.arpa", "(RFC 2317)", "zones)"))


def test_info_is_a_value() -> None:
    assert SubnetInfo(parse_query("10.0.0.1/8")) == SubnetInfo(parse_query("10.0.0.1/8"))


# --------------------------------------------------------------------------- messages
@pytest.mark.parametrize(
    "typed",
    [
        "",
        "1.2.3.4.5",
        "1.2.3",
        "1..2.3",
        "1.a.2.3",
        "192.168.1.256/24",
        "01.2.3.4",
        "1.2.3.4/",
        "1.2.3.4/24/3",
        "1.2.3.4 255 3",
        "1.2.3.4/33",
        "1.2.3.4/-3",
        "1.2.3.4/255.0.255.0",
        "1.2.3.4/255.255.0",
        "1.2.3.4/ffff::",
        "1.2.3.4/abc",
        "::1/1.2.3.4",
        "::1/abc",
        "1::2::3",
        "::g",
        "12345::",
        ":1::",
        "1:2:3:",
        "1:2:3:4",
        "1:2:3:4:5:6:7:8:9",
        "fe80::1%",
        "1.2.3.4%eth0",
        "router",
        "::ffff:1.2.3.999",
    ],
)
def test_every_input_error_is_a_translatable_message(typed: str) -> None:
    with pytest.raises(SubnetError) as caught:
        parse_query(typed)
    message = message_of(caught.value)
    assert isinstance(message, Message), typed
    assert message.template.context == "subnet"
    assert message == str(caught.value)


def test_an_error_message_keeps_its_values_apart() -> None:
    with pytest.raises(SubnetError) as caught:
        parse_query("192.168.1.256/24")
    message = message_of(caught.value)
    assert message.template.text == "Octet {octet} is out of range 0-255 (in {text})."
    assert message.values == {"octet": 256, "text": "192.168.1.256"}
    with pytest.raises(SubnetError) as caught:
        parse_prefix("255.255.0", 4)
    assert "mask has four numbers" in message_of(caught.value).template.text


def test_labels_values_and_sentences_are_messages() -> None:
    info = calculate("10.0.0.7/31")
    fields = {key: (label, value) for key, label, value in info.fields()}
    assert isinstance(fields["broadcast"][0], Message)
    assert fields["broadcast"][1].template.text == "none (a /31 is a point-to-point link, RFC 3021)"
    assert fields["usable_hosts"][1].values == {"count": "2"}
    assert fields["network"][1] == "10.0.0.6/31" and not isinstance(fields["network"][1], Message)
    assert all(isinstance(sentence, Message) for sentence in info.explanation())
    scope = address_type(ipaddress.ip_address("ff02::1"))[1]
    assert scope.template.text == "Multicast, {scope} scope (RFC 4291)"
    assert scope.values["scope"].template.text == "link-local"  # a word translated on its own
    zones = reverse_zone(ipaddress.ip_network("10.16.0.0/12"))
    assert isinstance(zones, Message) and zones.values["count"] == 16


def test_the_same_network_answer_keeps_the_verdict_apart() -> None:
    answer = same_network(ipaddress.ip_network("192.168.1.0/24"), "192.168.2.5")
    assert answer.verdict == "No" and isinstance(answer.verdict, Message)
    assert answer.why.values["bit"] == 23
    assert answer.reason == f"No: {answer.why}"
    assert answer.reason.values["why"] is answer.why
    assert [row.label.template.context for row in answer.rows] == ["subnet"] * 4
