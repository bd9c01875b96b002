"""The neighbour (ARP) table: each system's format, and this machine's own table."""

from __future__ import annotations

import sys

import pytest

from app.core.diagnostics.neighbours import (
    PROC_NET_ARP,
    Neighbour,
    parse_arp_a,
    parse_ip_neigh,
    parse_proc_net_arp,
    read_neighbours,
)

PROC_SAMPLE = """\
IP address       HW type     Flags       HW address            Mask     Device
192.168.1.1      0x1         0x2         aa:bb:cc:dd:ee:01     *        wlan0
192.168.1.77     0x1         0x0         00:00:00:00:00:00     *        wlan0
"""

IP_NEIGH_SAMPLE = """\
192.168.1.1 dev wlan0 lladdr aa:bb:cc:dd:ee:01 REACHABLE
192.168.1.77 dev wlan0 FAILED
fe80::1 dev wlan0 lladdr aa:bb:cc:dd:ee:01 router STALE
"""

MACOS_SAMPLE = """\
? (192.168.1.1) at 0:1b:2c:3d:4e:5f on en0 ifscope [ethernet]
? (192.168.1.77) at (incomplete) on en0 ifscope [ethernet]
? (224.0.0.251) at 1:0:5e:0:0:fb on en0 ifscope permanent [ethernet]
"""

WINDOWS_SAMPLE = """\

Interface: 192.168.1.23 --- 0x7
  Internet Address      Physical Address      Type
  192.168.1.1           aa-bb-cc-dd-ee-01     dynamic
  192.168.1.255         ff-ff-ff-ff-ff-ff     static
"""


def test_linux_proc_net_arp() -> None:
    assert parse_proc_net_arp(PROC_SAMPLE) == [
        Neighbour("192.168.1.1", "aa:bb:cc:dd:ee:01", "wlan0", "complete"),
        Neighbour("192.168.1.77", "", "wlan0", "incomplete"),
    ]


def test_linux_ip_neigh() -> None:
    assert parse_ip_neigh(IP_NEIGH_SAMPLE) == [
        Neighbour("192.168.1.1", "aa:bb:cc:dd:ee:01", "wlan0", "REACHABLE"),
        Neighbour("192.168.1.77", "", "wlan0", "FAILED"),
        Neighbour("fe80::1", "aa:bb:cc:dd:ee:01", "wlan0", "STALE"),
    ]


def test_macos_arp_an() -> None:
    assert parse_arp_a(MACOS_SAMPLE) == [
        Neighbour("192.168.1.1", "00:1b:2c:3d:4e:5f", "en0", ""),
        Neighbour("192.168.1.77", "", "en0", "incomplete"),
        Neighbour("224.0.0.251", "01:00:5e:00:00:fb", "en0", "permanent"),
    ]


def test_windows_arp_a() -> None:
    assert parse_arp_a(WINDOWS_SAMPLE) == [
        Neighbour("192.168.1.1", "aa:bb:cc:dd:ee:01", "192.168.1.23", "dynamic"),
        Neighbour("192.168.1.255", "ff:ff:ff:ff:ff:ff", "192.168.1.23", "static"),
    ]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's own table")
def test_this_machines_table_agrees_with_proc_net_arp() -> None:
    table = read_neighbours()
    assert table.available and table.source in ("ip neigh", str(PROC_NET_ARP))
    if PROC_NET_ARP.exists():
        kernel = {n.address: n.mac for n in parse_proc_net_arp(PROC_NET_ARP.read_text()) if n.mac}
        seen = {n.address: n.mac for n in table.entries if n.mac}
        for address in kernel.keys() & seen.keys():
            assert seen[address] == kernel[address]
        if kernel and table.source == "ip neigh":
            assert kernel.keys() & {n.address for n in table.entries}


def test_without_any_source_the_table_says_why(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no `ip` and no `arp`
    table = read_neighbours(platform="freebsd")
    assert not table.available and table.entries == ()
    assert table.unavailable_reason == (
        "This system does not show its neighbour (ARP) table: there is no `arp` command."
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux fallback")
def test_linux_without_ip_reads_proc_net_arp(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    table = read_neighbours()
    assert table.available and table.source == str(PROC_NET_ARP)
