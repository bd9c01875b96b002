"""This machine's addresses, as others on the LAN would type them."""

from __future__ import annotations

import ipaddress

from app.core.interfaces import read_interfaces


def lan_addresses(include_ipv6: bool = False) -> list[str]:
    """Addresses of interfaces that are up, excluding loopback and link-local IPv4.

    These are what a person on the same LAN can type to reach a server bound to
    0.0.0.0 (or ::) here. Private addresses come first.
    """
    families = ("IPv4", "IPv6") if include_ipv6 else ("IPv4",)
    found: set[ipaddress.IPv4Address | ipaddress.IPv6Address] = {
        address.ip
        for interface in read_interfaces()
        if interface.is_up
        for address in interface.addresses
        if address.family in families
    }
    usable = [a for a in found if not (a.is_loopback or a.is_link_local or a.is_unspecified)]
    ordered = sorted(usable, key=lambda a: (a.version, not a.is_private, a.packed))
    return [str(address) for address in ordered]
