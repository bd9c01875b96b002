"""The one interface reader in core: psutil's shapes in, NetworkInterface out."""

from __future__ import annotations

import socket
from collections import namedtuple

import psutil
import pytest

from app.core.interfaces import InterfaceAddress, prefix_length, read_interfaces
from app.core.netinfo import lan_addresses

Snic = namedtuple("Snic", "family address netmask broadcast ptp")
Stats = namedtuple("Stats", "isup duplex speed mtu flags")
LINK = getattr(psutil, "AF_LINK", -1)


@pytest.mark.parametrize(
    ("mask", "family", "length"),
    [
        ("255.255.255.0", "IPv4", 24),
        ("255.0.0.0", "IPv4", 8),
        ("0.0.0.0", "IPv4", 0),
        ("255.255.0.255", "IPv4", None),
        ("ffff:ffff:ffff:ffff::", "IPv6", 64),
        ("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", "IPv6", 128),
        ("64", "IPv6", 64),
        ("ffff::/64", "IPv6", 64),  # some platforms add the length after the mask
        ("64", "IPv4", None),
        (None, "IPv4", None),
        ("junk", "IPv4", None),
    ],
)
def test_prefix_length_from_netmask(mask, family, length) -> None:
    assert prefix_length(mask, family) == length


FAKE_ADDRESSES = {
    "eth0": [
        Snic(socket.AF_INET6, "fe80::1%eth0", "ffff:ffff:ffff:ffff::", None, None),
        Snic(socket.AF_INET, "192.0.2.7", "255.255.255.0", "192.0.2.255", None),
        Snic(LINK, "AA-BB-CC-00-11-22", None, None, None),
    ],
    "eth0:1": [Snic(socket.AF_INET, "198.51.100.9", "255.255.255.0", None, None)],
    "lo": [Snic(socket.AF_INET, "127.0.0.1", "255.0.0.0", None, None)],
    "wlan0": [Snic(socket.AF_INET, "not an address", "255.0.0.0", None, None)],
}
FAKE_STATS = {
    "eth0": Stats(True, 2, 1000, 1500, "up,broadcast,running,multicast"),
    "lo": Stats(True, 0, 0, 65536, "up,loopback,running"),
    "wlan0": Stats(False, 0, 0, 1500, "broadcast"),
}


def test_read_interfaces_from_psutils_shapes() -> None:
    eth0, alias, lo, wlan0 = read_interfaces(FAKE_ADDRESSES, FAKE_STATS)
    assert (eth0.name, eth0.mac, eth0.mtu, eth0.speed_mbps) == (
        "eth0",
        "aa:bb:cc:00:11:22",
        1500,
        1000,
    )
    assert eth0.addresses == (  # IPv4 first
        InterfaceAddress("IPv4", "192.0.2.7", 24, "192.0.2.255"),
        InterfaceAddress("IPv6", "fe80::1%eth0", 64),
    )
    assert eth0.addresses[1].with_prefix == "fe80::1/64"
    assert eth0.is_up and not eth0.is_loopback
    assert alias.is_up and alias.mtu == 1500  # an alias has the state of its interface
    assert lo.is_loopback
    assert not wlan0.is_up and wlan0.addresses == ()  # an address that does not parse


def test_lan_addresses_are_this_machines_own() -> None:
    own = {address.ip for interface in read_interfaces() for address in interface.addresses}
    for text in lan_addresses(include_ipv6=True):
        assert any(str(ip) == text for ip in own)
    assert "127.0.0.1" not in lan_addresses()
