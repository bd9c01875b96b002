"""This machine's network interfaces: name, state, MAC, addresses with prefix, LAN address.

app/core/interfaces.py reads them (with psutil); this module works out the LAN address
and the default gateway, and reports them for the Diagnostics tool and `socketlab ifaces`.
The LAN address is the IPv4 address of the interface that holds the default route:
the one other machines on the local network use to reach this one.
"""

from __future__ import annotations

import contextlib
import ipaddress
import socket
import sys
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from app.core.diagnostics.blocking import OneShotEngine
from app.core.interfaces import NetworkInterface, read_interfaces
from app.core.messages import N_, Message

# Where Linux publishes its IPv4 routing table (no `ip route` subprocess needed).
PROC_NET_ROUTE = Path("/proc/net/route")
# A documentation address (TEST-NET-1, RFC 5737): used only to ask the routing table
# which source address it would pick. connect() on a UDP socket sends no packet.
ROUTE_PROBE_ADDRESS = "192.0.2.1"


@dataclass(frozen=True)
class InterfaceReport:
    """Every interface, plus which address is this machine's LAN address."""

    interfaces: tuple[NetworkInterface, ...]
    lan_address: str | None
    lan_interface: str | None
    default_gateway: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict:
        """A plain dict for `socketlab ifaces --json`."""
        return {
            "lan_address": self.lan_address,
            "lan_interface": self.lan_interface,
            "default_gateway": self.default_gateway,
            "interfaces": [
                asdict(interface) | {"state": interface.state} for interface in self.interfaces
            ],
        }

    def as_text(self) -> str:
        """A readable listing, for the command line and the Copy button."""
        lines: list[str] = []
        for interface in self.interfaces:
            mac = interface.mac or "none"
            mtu = f"  MTU {interface.mtu}" if interface.mtu else ""
            lan = "  (LAN)" if interface.is_lan else ""
            lines.append(f"{interface.name}: {interface.state}  MAC {mac}{mtu}{lan}")
            for address in interface.addresses:
                mark = "  <- LAN address" if address.address == self.lan_address else ""
                lines.append(f"    {address.family:<5} {address.with_prefix}{mark}")
            if not interface.addresses:
                lines.append("    no IP address")
        lines.append("")
        if self.lan_address:
            lines.append(f"LAN address: {self.lan_address} on {self.lan_interface}")
        else:
            lines.append("LAN address: none (no interface holds a default route)")
        if self.default_gateway:
            lines.append(f"Default gateway: {self.default_gateway}")
        lines.extend(self.notes)
        return "\n".join(lines)


def _default_route_linux(route_table: str) -> tuple[str, str] | None:
    """(interface, gateway) of the default route in /proc/net/route text, lowest metric."""
    best: tuple[int, str, str] | None = None
    for line in route_table.splitlines()[1:]:
        parts = line.split()
        if len(parts) < 8 or parts[1] != "00000000" or parts[7] != "00000000":
            continue
        try:
            gateway = str(ipaddress.IPv4Address(int(parts[2], 16).to_bytes(4, "little")))
            metric = int(parts[6])
        except ValueError:
            continue
        if best is None or metric < best[0]:
            best = (metric, parts[0], gateway)
    return None if best is None else (best[1], best[2])


def _source_address_for_default_route() -> str | None:
    """The IPv4 source address the routing table picks for a far address; no packet sent."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect((ROUTE_PROBE_ADDRESS, 9))
        except OSError:
            return None
        address = probe.getsockname()[0]
    return None if address.startswith(("0.", "127.")) else address


def list_interfaces() -> InterfaceReport:
    """Read every interface and work out the LAN address (the default route's)."""
    default_route: tuple[str, str] | None = None
    if sys.platform.startswith("linux") and PROC_NET_ROUTE.exists():
        with contextlib.suppress(OSError):
            default_route = _default_route_linux(PROC_NET_ROUTE.read_text(encoding="ascii"))
    built = read_interfaces()
    lan_interface, lan_address = _pick_lan(built, default_route)
    built = [replace(interface, is_lan=interface.name == lan_interface) for interface in built]
    # The LAN interface first, then the others that are up, loopback, and those down.
    built.sort(key=lambda i: (not i.is_lan, not i.is_up, i.is_loopback, i.name))
    gateway = default_route[1] if default_route and default_route[1] != "0.0.0.0" else None
    return InterfaceReport(tuple(built), lan_address, lan_interface, gateway)


def _pick_lan(
    interfaces: list[NetworkInterface], default_route: tuple[str, str] | None
) -> tuple[str | None, str | None]:
    """(interface name, address) of the LAN address, or (None, None)."""
    if default_route is not None:
        for interface in interfaces:
            ipv4 = interface.addresses_of("IPv4")
            if interface.name == default_route[0] and ipv4:
                return interface.name, ipv4[0].address
    if not sys.platform.startswith("linux"):
        source = _source_address_for_default_route()
        for interface in interfaces:
            if source and any(a.address == source for a in interface.addresses):
                return interface.name, source
    for interface in interfaces:  # no default route: the first private IPv4 that is up
        if not interface.is_up or interface.is_loopback:
            continue
        for address in interface.addresses_of("IPv4"):
            parsed = ipaddress.IPv4Address(address.address)
            if parsed.is_private and not parsed.is_link_local:
                return interface.name, address.address
    return None, None


def interfaces_engine(timeout: float = 10.0) -> OneShotEngine:
    """An engine that reads the interfaces once off its loop (the window's Refresh)."""
    return OneShotEngine(
        "interface reader",
        list_interfaces,
        timeout=timeout,
        timeout_message=Message(
            N_("diagnostics", "Reading the interfaces took more than {seconds:g} s."),
            seconds=timeout,
        ),
    )
