"""This machine's network interfaces as psutil reads them: the one reader in core.

psutil reads them the same way on Linux, macOS and Windows (netlink, getifaddrs,
GetAdaptersAddresses), so nothing here parses `ip addr` or `ipconfig` output. The
Diagnostics tool (app/core/diagnostics/interfaces.py adds the LAN address), the Subnet
tab's "this machine" menu (app/core/subnet.py) and the chat server's list of addresses
to give out (app/core/netinfo.py) all start from `read_interfaces()`.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import psutil

from app.core.address import is_ip_address
from app.core.messages import N_, Message


@dataclass(frozen=True)
class InterfaceAddress:
    """One address on an interface, with its prefix length (`192.168.1.23/24`)."""

    family: str  # "IPv4" or "IPv6"
    address: str
    prefix_length: int | None
    broadcast: str | None = None

    @property
    def with_prefix(self) -> str:
        """`192.168.1.23/24`, `fe80::1/64` (the zone `%eth0` is the interface's own name)."""
        address = self.address.split("%")[0]
        if self.prefix_length is None:
            return address
        return f"{address}/{self.prefix_length}"

    @property
    def ip(self) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
        """The address without its zone, parsed."""
        return ipaddress.ip_address(self.address.split("%")[0])


@dataclass(frozen=True)
class NetworkInterface:
    """One interface as `ipconfig /all` or `ip addr` would show it."""

    name: str
    is_up: bool
    is_loopback: bool
    mac: str | None
    mtu: int | None
    speed_mbps: int | None
    addresses: tuple[InterfaceAddress, ...] = ()
    is_lan: bool = False

    @property
    def state(self) -> str:
        """`up`, `down`, `up, loopback` (a Message: the window shows it translated)."""
        state = Message(N_("diagnostics", "up") if self.is_up else N_("diagnostics", "down"))
        if self.is_loopback:
            return Message(N_("diagnostics", "{state}, loopback"), state=state)
        return state

    def addresses_of(self, family: str) -> list[InterfaceAddress]:
        """Its IPv4 or IPv6 addresses."""
        return [address for address in self.addresses if address.family == family]


def prefix_length(netmask: str | None, family: str) -> int | None:
    """`255.255.255.0` -> 24, `ffff:ffff:ffff:ffff::` -> 64, `64` or `ffff::/64` -> 64;
    None for a missing mask or one that is not ones then zeros."""
    if not netmask:
        return None
    bits = 32 if family == "IPv4" else 128
    mask_text = netmask.rsplit("/", 1)[-1]  # some platforms give `ffff::/64`
    if mask_text.isdigit():  # some systems already give the prefix length
        length = int(mask_text)
        return length if length <= bits else None
    try:
        mask = int(ipaddress.ip_address(mask_text))
    except ValueError:
        return None
    length = bin(mask).count("1")
    # A real netmask is ones then zeros; anything else has no prefix length.
    contiguous = mask == ((1 << bits) - 1) ^ ((1 << (bits - length)) - 1)
    return length if contiguous else None


def _normalise_mac(mac: str) -> str:
    """Windows writes `AA-BB-CC-...`; show `aa:bb:cc:...` everywhere."""
    return mac.replace("-", ":").lower()


def read_interfaces(
    addresses: Mapping[str, Iterable[Any]] | None = None,
    stats: Mapping[str, Any] | None = None,
) -> list[NetworkInterface]:
    """Every interface with its state, MAC and addresses, in the system's order.

    `addresses` and `stats` are psutil.net_if_addrs() and net_if_stats() (tests pass
    their own). psutil's errors (OSError, psutil.Error) reach the caller.
    """
    if addresses is None:
        addresses = psutil.net_if_addrs()
    if stats is None:
        stats = psutil.net_if_stats()
    link_family = getattr(psutil, "AF_LINK", None)
    built: list[NetworkInterface] = []
    for name, entries in addresses.items():
        mac: str | None = None
        found: list[InterfaceAddress] = []
        for entry in entries:
            if entry.family == link_family:
                mac = _normalise_mac(entry.address) if entry.address else None
            elif entry.family in (socket.AF_INET, socket.AF_INET6) and is_ip_address(entry.address):
                family = "IPv4" if entry.family == socket.AF_INET else "IPv6"
                found.append(
                    InterfaceAddress(
                        family,
                        entry.address,
                        prefix_length(entry.netmask, family),
                        entry.broadcast if family == "IPv4" else None,
                    )
                )
        found.sort(key=lambda a: (a.family != "IPv4",))
        # An alias such as eth0:1 has addresses but no link of its own: eth0's state.
        stat = stats.get(name) or stats.get(name.split(":")[0])
        flags = getattr(stat, "flags", "") if stat else ""
        is_loopback = "loopback" in flags or any(a.ip.is_loopback for a in found)
        built.append(
            NetworkInterface(
                name=name,
                is_up=bool(stat and stat.isup),
                is_loopback=is_loopback,
                mac=mac,
                mtu=stat.mtu if stat and stat.mtu else None,
                speed_mbps=stat.speed if stat and stat.speed else None,
                addresses=tuple(found),
            )
        )
    return built
