"""This machine's interfaces, read with psutil; prefixes, MACs, the LAN address."""

from __future__ import annotations

import json
import re
import sys

import pytest

from app.core.diagnostics.interfaces import (
    PROC_NET_ROUTE,
    _default_route_linux,
    list_interfaces,
)

ROUTE_SAMPLE = """\
Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
wlan0\t00000000\t0101A8C0\t0003\t0\t0\t600\t00000000\t0\t0\t0
eth0\t00000000\t0100000A\t0003\t0\t0\t100\t00000000\t0\t0\t0
eth0\t0000000A\t00000000\t0001\t0\t0\t100\t00FFFFFF\t0\t0\t0
"""


def test_loopback_interface_is_listed_with_its_addresses() -> None:
    report = list_interfaces()
    loopbacks = [i for i in report.interfaces if i.is_loopback]
    assert loopbacks, "no loopback interface"
    (loopback,) = [i for i in loopbacks if any(a.address == "127.0.0.1" for a in i.addresses)]
    assert loopback.is_up and "loopback" in loopback.state
    (ipv4,) = [a for a in loopback.addresses_of("IPv4") if a.address == "127.0.0.1"]
    assert ipv4.prefix_length == 8 and ipv4.with_prefix == "127.0.0.1/8"
    if any(a.address == "::1" for a in loopback.addresses):
        (ipv6,) = [a for a in loopback.addresses_of("IPv6") if a.address == "::1"]
        assert ipv6.with_prefix == "::1/128"


def test_macs_are_colon_separated_lower_case() -> None:
    for interface in list_interfaces().interfaces:
        if interface.mac:
            assert re.fullmatch(r"([0-9a-f]{2}:){5}[0-9a-f]{2}", interface.mac), interface.mac


def test_lan_address_belongs_to_the_lan_interface_which_comes_first() -> None:
    report = list_interfaces()
    if report.lan_address is None:
        assert not any(i.is_lan for i in report.interfaces)
        return
    (lan,) = [i for i in report.interfaces if i.is_lan]
    assert lan.name == report.lan_interface == report.interfaces[0].name
    assert report.lan_address in [a.address for a in lan.addresses_of("IPv4")]
    assert not lan.is_loopback


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux routing table")
def test_lan_interface_holds_the_default_route() -> None:
    route = _default_route_linux(PROC_NET_ROUTE.read_text())
    report = list_interfaces()
    if route is None:
        pytest.skip("this machine has no default route")
    assert report.lan_interface == route[0]
    assert report.default_gateway == route[1]


def test_default_route_with_the_lowest_metric_wins() -> None:
    assert _default_route_linux(ROUTE_SAMPLE) == ("eth0", "10.0.0.1")
    assert _default_route_linux(ROUTE_SAMPLE.splitlines()[0]) is None


def test_text_and_json_forms() -> None:
    report = list_interfaces()
    text = report.as_text()
    assert "127.0.0.1/8" in text and "LAN address:" in text
    data = json.loads(json.dumps(report.to_json()))
    assert {i["name"] for i in data["interfaces"]} == {i.name for i in report.interfaces}
    assert all("state" in i and "mac" in i and "addresses" in i for i in data["interfaces"])
