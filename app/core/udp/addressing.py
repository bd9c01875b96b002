"""Resolving UDP targets and describing what kind of address they are.

Name resolution blocks, so the engines call these on their own thread, never the GUI's.
"""

from __future__ import annotations

import ipaddress
import socket
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.core.messages import N_, Message

if TYPE_CHECKING:
    from app.core.interfaces import NetworkInterface

#: The IPv4 limited broadcast address: every host on the local link.
LIMITED_BROADCAST = "255.255.255.255"


@dataclass(frozen=True)
class ResolvedTarget:
    """A host resolved for UDP: the socket family and the address tuple for sendto()."""

    family: socket.AddressFamily
    sockaddr: tuple

    @property
    def host(self) -> str:
        """The numeric address."""
        return str(self.sockaddr[0])

    @property
    def is_ipv6(self) -> bool:
        """True for an AF_INET6 target."""
        return self.family == socket.AF_INET6

    @property
    def is_multicast(self) -> bool:
        """True for a multicast group (224.0.0.0/4 or ff00::/8)."""
        return address_kind(self.host) == "multicast"


class InterfaceError(OSError):
    """A multicast interface that this machine does not have, or written the wrong way.

    Raised before any socket call, so it has no errno; `message_of(exc)` is a `Message`.
    """


def address_kind(host: str) -> str:
    """'multicast', 'broadcast' (255.255.255.255 only), 'unicast' or 'name'."""
    try:
        address = ipaddress.ip_address(host.partition("%")[0])
    except ValueError:
        return "name"
    if address.is_multicast:
        return "multicast"
    if str(address) == LIMITED_BROADCAST:
        return "broadcast"
    return "unicast"


def local_broadcast_addresses(interfaces: Iterable[NetworkInterface] | None = None) -> set[str]:
    """The IPv4 broadcast addresses of this machine's networks (255.255.255.255 included).

    A directed broadcast such as 192.168.1.255 looks like any unicast address; only the
    networks this machine is on tell it apart. Each network's last address counts (a /31
    or /32 has none), as well as the broadcast address the OS reports.
    """
    if interfaces is None:
        from app.core.interfaces import read_interfaces  # psutil: only when asked

        interfaces = read_interfaces()
    found = {LIMITED_BROADCAST}
    for interface in interfaces:
        for entry in interface.addresses_of("IPv4"):
            if entry.broadcast and entry.broadcast != "0.0.0.0":
                found.add(entry.broadcast)
            if entry.prefix_length is not None and entry.prefix_length < 31:
                network = ipaddress.ip_interface(entry.with_prefix).network
                found.add(str(network.broadcast_address))
    return found


def is_broadcast_destination(
    target: ResolvedTarget, interfaces: Iterable[NetworkInterface] | None = None
) -> bool:
    """True when `target` is an IPv4 broadcast address of a network this machine is on."""
    if target.is_ipv6:
        return False
    if target.host == LIMITED_BROADCAST:
        return True
    return target.host in local_broadcast_addresses(interfaces)


def multicast_group_problem(group: str) -> Message | None:
    """Why `group` cannot be joined as a multicast group, or None when it can."""
    if address_kind(group) == "multicast":
        return None
    return Message(
        N_(
            "udp",
            "{group} is not a multicast group: use 224.0.0.0-239.255.255.255 (IPv4) or an "
            "ff00::/8 address (IPv6).",
        ),
        group=group,
    )


def resolve(host: str, port: int, *, passive: bool = False) -> ResolvedTarget:
    """Resolve `host` for UDP, preferring IPv4 when a name has both kinds of address.

    IPv4 first because a receiver listening on 0.0.0.0 never sees datagrams sent to
    ::1, and `localhost` often resolves to ::1 first. Raises socket.gaierror.
    """
    flags = socket.AI_PASSIVE if passive else 0
    lookup_host: str | None = host if host else None
    infos = socket.getaddrinfo(lookup_host, port, socket.AF_UNSPEC, socket.SOCK_DGRAM, 0, flags)
    infos.sort(key=lambda info: 0 if info[0] == socket.AF_INET else 1)
    family, _type, _proto, _name, sockaddr = infos[0]
    return ResolvedTarget(socket.AddressFamily(family), tuple(sockaddr))


def wildcard_for(family: socket.AddressFamily) -> str:
    """`0.0.0.0` or `::`, the address that means "every interface"."""
    return "::" if family == socket.AF_INET6 else "0.0.0.0"


def ipv6_interface_index(interface: str) -> int:
    """An IPv6 interface given as a name (`eth0`), an index (`2`) or empty (0: default)."""
    text = interface.strip()
    if not text:
        return 0
    if text.isdigit():
        return int(text)
    try:
        return socket.if_nametoindex(text)
    except OSError:
        raise InterfaceError(
            Message(
                N_("udp", "There is no network interface called {name} on this machine."),
                name=repr(text),
            )
        ) from None


def ipv4_interface_address(interface: str) -> bytes:
    """The packed IPv4 address that names an interface (IP_MULTICAST_IF, ip_mreq)."""
    text = interface.strip()
    try:
        return ipaddress.IPv4Address(text).packed
    except ValueError:
        raise InterfaceError(
            Message(
                N_(
                    "udp",
                    "{interface} is not an IPv4 address: for IPv4 the multicast interface is "
                    "given by one of this machine's addresses, such as 192.168.1.20 or "
                    "127.0.0.1.",
                ),
                interface=repr(text),
            )
        ) from None


def ipv4_membership(group: str, interface: str) -> bytes:
    """The `struct ip_mreq` for IP_ADD_MEMBERSHIP: group address, then interface address."""
    return socket.inet_aton(group) + ipv4_interface_address(interface.strip() or "0.0.0.0")


def ipv6_membership(group: str, interface: str) -> bytes:
    """The `struct ipv6_mreq` for IPV6_JOIN_GROUP: group address, then interface index."""
    return socket.inet_pton(socket.AF_INET6, group.partition("%")[0]) + struct.pack(
        "@I", ipv6_interface_index(interface)
    )
