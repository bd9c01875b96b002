"""This machine's addresses, as others on the LAN would type them."""

from __future__ import annotations

import ipaddress
import socket

import psutil


def lan_addresses(include_ipv6: bool = False) -> list[str]:
    """Addresses of interfaces that are up, excluding loopback and link-local IPv4.

    These are what a person on the same LAN can type to reach a server bound to
    0.0.0.0 (or ::) here. Private addresses come first.
    """
    stats = psutil.net_if_stats()
    found: list[ipaddress.IPv4Address | ipaddress.IPv6Address] = []
    for name, addresses in psutil.net_if_addrs().items():
        if name in stats and not stats[name].isup:
            continue
        for entry in addresses:
            if entry.family == socket.AF_INET or (include_ipv6 and entry.family == socket.AF_INET6):
                try:
                    address = ipaddress.ip_address(entry.address.split("%")[0])
                except ValueError:
                    continue
                if address.is_loopback or address.is_link_local or address.is_unspecified:
                    continue
                found.append(address)
    ordered = sorted(set(found), key=lambda a: (a.version, not a.is_private, a.packed))
    return [str(address) for address in ordered]
