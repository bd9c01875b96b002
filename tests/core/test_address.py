"""The shared address parser: every good form parses, every bad form says why."""

from __future__ import annotations

import pytest

from app.core.address import (
    AddressError,
    Endpoint,
    parse_endpoint,
    parse_port,
    parse_port_ranges,
    validate_host,
)


@pytest.mark.parametrize(
    ("text", "default", "expected"),
    [
        ("127.0.0.1:5555", None, Endpoint("127.0.0.1", 5555)),
        ("localhost", 5555, Endpoint("localhost", 5555)),
        ("  chat.example.org:7000 ", None, Endpoint("chat.example.org", 7000)),
        ("[::1]:5555", None, Endpoint("::1", 5555)),
        ("[::1]", 5555, Endpoint("::1", 5555)),
        ("::1", 80, Endpoint("::1", 80)),
        ("fe80::1%eth0", 80, Endpoint("fe80::1%eth0", 80)),
        ("[fe80::1%eth0]:9", None, Endpoint("fe80::1%eth0", 9)),
        ("my_host-1:1", None, Endpoint("my_host-1", 1)),
    ],
)
def test_parse_endpoint_accepts(text: str, default: int | None, expected: Endpoint) -> None:
    assert parse_endpoint(text, default) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("127.0.0.1:70000", "Port 70000 is out of range 1-65535"),
        ("127.0.0.1:0", "Port 0 is out of range 1-65535"),
        ("127.0.0.1:http", "Port 'http' is not a number"),
        ("", "The address is empty"),
        (":5555", "The host is missing before ':'"),
        ("1.2.3.4.5:80", "Too many octets in 1.2.3.4.5"),
        ("1.2.3:80", "Too few octets in 1.2.3"),
        ("1.2.3.256:80", "Octet 256 in 1.2.3.256 is out of range 0-255"),
        ("1..3.4:80", "has an empty octet"),
        ("10.0.0.1", "has no port: write 10.0.0.1:PORT"),
        ("10.0.0.1:", "The port is missing after ':'"),
        ("[::1:80", "missing the closing ']'"),
        ("[::1]x", "Expected ':port' after ']'"),
        ("[10.0.0.1]:80", "Brackets are only for IPv6"),
        ("::g:1", "is not a valid IPv6 address"),
        ("bad host:80", "is not a valid host name"),
        ("-bad.example:80", "is not a valid host name"),
    ],
)
def test_parse_endpoint_rejects_with_reason(text: str, message: str) -> None:
    with pytest.raises(AddressError, match=message.replace("(", r"\(").replace(".", r"\.")):
        parse_endpoint(text)


def test_endpoint_str_brackets_ipv6() -> None:
    assert str(Endpoint("::1", 80)) == "[::1]:80"
    assert str(Endpoint("10.1.2.3", 80)) == "10.1.2.3:80"


def test_parse_port_bounds() -> None:
    assert parse_port("1") == 1
    assert parse_port("65535") == 65535
    assert parse_port("0", allow_zero=True) == 0
    with pytest.raises(AddressError, match="empty"):
        parse_port(" ")
    with pytest.raises(AddressError, match="out of range 0-65535"):
        parse_port("65536", allow_zero=True)


def test_validate_host_long_name() -> None:
    with pytest.raises(AddressError, match="longer than 253"):
        validate_host(".".join(["a" * 60] * 5))
    assert validate_host("example.org.") == "example.org."


def test_port_ranges() -> None:
    assert parse_port_ranges("22") == [22]
    assert parse_port_ranges("20-25") == [20, 21, 22, 23, 24, 25]
    assert parse_port_ranges("443, 22,80,22") == [22, 80, 443]
    assert len(parse_port_ranges("1-4096")) == 4096


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "No ports given"),
        ("25-20", "Range 25-20 runs backwards: write 20-25"),
        ("1-4097", "Too many ports: at most 4,096"),
        ("22,,80", "Empty item"),
        ("22,x", "Port 'x' is not a number"),
        ("1-70000", "Port 70000 is out of range"),
    ],
)
def test_port_ranges_reject(text: str, message: str) -> None:
    with pytest.raises(AddressError, match=message):
        parse_port_ranges(text)
