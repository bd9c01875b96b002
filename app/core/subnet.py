"""Subnet arithmetic for the Subnet tab and `socketlab subnet`: parse, calculate, explain.

All network math goes through `ipaddress`; the only bit fiddling here is drawing bits
as text. Every bad input gets its own sentence ("Octet 256 is out of range 0-255",
"255.0.255.0 is not a valid mask (its 1-bits are not contiguous)"), so the window can
show it next to the field and the command line can print it.

Edge cases follow the RFCs: a /31 has two usable hosts and no broadcast (RFC 3021), a
/32 is one host, /0 works. For IPv6 there is no broadcast and every address of the
prefix counts as usable (the first and last "hosts" are the first and last addresses).
"""

from __future__ import annotations

import functools
import ipaddress
import re
import string
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from app.core.address import AddressError
from app.core.messages import N_, Message, Template

IPv4Or6Address = ipaddress.IPv4Address | ipaddress.IPv6Address
IPv4Or6Network = ipaddress.IPv4Network | ipaddress.IPv6Network
IPv4Or6Interface = ipaddress.IPv4Interface | ipaddress.IPv6Interface

MaskKind = Literal["prefix", "netmask", "wildcard", "default"]

_HEX_DIGITS = set(string.hexdigits)


class SubnetError(AddressError):
    """Typed subnet input is malformed or a plan cannot be made; `str()` is the message."""


# --------------------------------------------------------------------------- parsing
@dataclass(frozen=True)
class SubnetQuery:
    """What was typed, understood: an address with its prefix, and how the mask was given."""

    interface: IPv4Or6Interface
    zone: str = ""  # IPv6 scope (the `eth0` of fe80::1%eth0), kept apart from the math
    mask_kind: MaskKind = "prefix"

    @property
    def version(self) -> int:
        """4 or 6."""
        return self.interface.version

    @property
    def address(self) -> IPv4Or6Address:
        """The address as typed (without its zone)."""
        return self.interface.ip

    @property
    def network(self) -> IPv4Or6Network:
        """The network the address belongs to."""
        return self.interface.network


def _error(template: Template, /, **values: object) -> SubnetError:
    """A SubnetError carrying its message (translated where the window shows it)."""
    return SubnetError(Message(template, **values))


def _empty_address() -> SubnetError:
    return _error(
        N_(
            "subnet",
            "The address is empty: type an address such as 192.168.1.12/24 or 2001:db8::1/64.",
        )
    )


def _describe_bad_ipv4(text: str, *, mask: bool = False) -> SubnetError:
    """Say what is wrong with a dotted IPv4-looking string that `ipaddress` rejected.

    `mask` says whether it was typed as a mask (the sentence names what it should be).
    """
    parts = text.split(".")
    if len(parts) > 4:
        if mask:
            return _error(
                N_("subnet", "Too many octets in {text}: an IPv4 mask has four numbers (a.b.c.d)."),
                text=text,
            )
        return _error(
            N_("subnet", "Too many octets in {text}: an IPv4 address has four numbers (a.b.c.d)."),
            text=text,
        )
    if len(parts) < 4:
        if mask:
            return _error(
                N_("subnet", "Too few octets in {text}: an IPv4 mask has four numbers (a.b.c.d)."),
                text=text,
            )
        return _error(
            N_("subnet", "Too few octets in {text}: an IPv4 address has four numbers (a.b.c.d)."),
            text=text,
        )
    for part in parts:
        if part == "":
            return _error(
                N_("subnet", "{text} has an empty octet: write four numbers from 0 to 255."),
                text=text,
            )
        if not part.isdigit():
            return _error(
                N_("subnet", "Octet {octet} in {text} is not a number from 0 to 255."),
                octet=repr(part),
                text=text,
            )
        if int(part) > 255:
            return _error(
                N_("subnet", "Octet {octet} is out of range 0-255 (in {text})."),
                octet=int(part),
                text=text,
            )
        if len(part) > 1 and part.startswith("0"):
            return _error(
                N_(
                    "subnet",
                    "Octet {octet} in {text} has a leading zero: write {number} "
                    "(some tools read leading zeros as octal).",
                ),
                octet=part,
                text=text,
                number=int(part),
            )
    if mask:
        return _error(N_("subnet", "{text} is not a valid IPv4 mask."), text=text)
    return _error(N_("subnet", "{text} is not a valid IPv4 address."), text=text)


def _describe_bad_ipv6(text: str) -> SubnetError:
    """Say what is wrong with an IPv6-looking string that `ipaddress` rejected."""
    if text.count("::") > 1:
        return _error(
            N_(
                "subnet",
                "{text} uses '::' more than once: it may stand for one run of zero groups only.",
            ),
            text=text,
        )
    head, _, tail = text.rpartition(":")
    groups = text.split(":")
    if "." in tail:  # an embedded IPv4 address such as ::ffff:192.0.2.1
        try:
            ipaddress.IPv4Address(tail)
        except ValueError:
            return _describe_bad_ipv4(tail)
        groups = [*head.split(":"), "0", "0"]
    for group in groups:
        bad = [char for char in group if char not in _HEX_DIGITS]
        if bad:
            return _error(
                N_("subnet", "{char} in {text} is not a hex digit (0-9, a-f)."),
                char=repr(bad[0]),
                text=text,
            )
        if len(group) > 4:
            return _error(
                N_("subnet", "Group {group} in {text} has more than 4 hex digits."),
                group=repr(group),
                text=text,
            )
    if text.startswith(":") and not text.startswith("::"):
        return _error(
            N_("subnet", "{text} starts with a single ':': write '::' or a group first."),
            text=text,
        )
    if text.endswith(":") and not text.endswith("::"):
        return _error(
            N_("subnet", "{text} ends with a single ':': write '::' or a group last."), text=text
        )
    if "::" not in text and len(groups) < 8:
        return _error(
            N_(
                "subnet",
                "Too few groups in {text}: IPv6 has eight groups, or '::' for a run of zeros.",
            ),
            text=text,
        )
    if len(groups) > 8 or ("::" in text and len([g for g in groups if g]) > 7):
        return _error(
            N_("subnet", "Too many groups in {text}: IPv6 has eight groups of 16 bits."),
            text=text,
        )
    return _error(N_("subnet", "{text} is not a valid IPv6 address."), text=text)


def _parse_address(text: str) -> tuple[IPv4Or6Address, str]:
    """Parse one address (IPv4, or IPv6 with an optional %zone); returns it and the zone."""
    if not text:
        raise _empty_address()
    if ":" in text:
        bare, percent, zone = text.partition("%")
        if percent and not zone:
            raise _error(
                N_("subnet", "{text} has an empty zone after '%' (write e.g. %eth0)."), text=text
            )
        try:
            return ipaddress.IPv6Address(bare), zone
        except ValueError:
            raise _describe_bad_ipv6(bare) from None
    if "%" in text:
        raise _error(
            N_(
                "subnet",
                "{text}: a zone such as %eth0 only goes with IPv6 addresses (fe80::1%eth0).",
            ),
            text=text,
        )
    try:
        return ipaddress.IPv4Address(text), ""
    except ValueError:
        pass
    parts = text.split(".")
    if any(part.isdigit() for part in parts) or text.replace(".", "") == "":
        raise _describe_bad_ipv4(text)
    raise _error(
        N_(
            "subnet",
            "{text} is not an IP address: type numbers such as 192.168.1.12 or 2001:db8::1 "
            "(host names are not looked up here).",
        ),
        text=text,
    )


@functools.cache
def _mask_tables(version: int) -> tuple[dict[IPv4Or6Address, int], dict[IPv4Or6Address, int]]:
    """Every netmask and every wildcard (host) mask of a version, mapped to its prefix."""
    max_prefix = 32 if version == 4 else 128
    networks = [
        ipaddress.ip_network((0 if version == 4 else "::", p)) for p in range(max_prefix + 1)
    ]
    return (
        {net.netmask: net.prefixlen for net in networks},
        {net.hostmask: net.prefixlen for net in networks},
    )


def _prefix_from_mask(mask: IPv4Or6Address) -> tuple[int, MaskKind] | None:
    """The prefix a netmask or wildcard mask stands for, or None if its bits are mixed.

    A netmask wins where both readings exist (0.0.0.0 is /0, as `ipaddress` reads it).
    """
    netmasks, wildcards = _mask_tables(mask.version)
    if mask in netmasks:
        return netmasks[mask], "netmask"
    if mask in wildcards:
        return wildcards[mask], "wildcard"
    return None


def parse_prefix(text: str, version: int) -> tuple[int, MaskKind]:
    """Parse `24`, `/24`, `255.255.255.0` or the wildcard `0.0.0.255` for an IP `version`."""
    value = text.strip()
    value = value.removeprefix("/").strip()
    max_prefix = 32 if version == 4 else 128
    if not value:
        raise _error(
            N_("subnet", "The prefix is empty: write a number from 0 to {max_prefix}."),
            max_prefix=max_prefix,
        )
    if value.isdigit():
        prefix = int(value)
        if prefix > max_prefix:
            raise _error(
                N_(
                    "subnet", "Prefix {prefix} is too long for IPv{version}: use 0 to {max_prefix}."
                ),
                prefix=prefix,
                version=version,
                max_prefix=max_prefix,
            )
        return prefix, "prefix"
    if re.fullmatch(r"-\d+", value):
        raise _error(
            N_("subnet", "Prefix {value} is negative: use 0 to {max_prefix}."),
            value=value,
            max_prefix=max_prefix,
        )
    if "." in value and ":" not in value:
        if version == 6:
            raise _error(
                N_(
                    "subnet",
                    "A dotted mask like {value} is for IPv4; IPv6 uses a prefix such as /64.",
                ),
                value=value,
            )
        try:
            mask: IPv4Or6Address = ipaddress.IPv4Address(value)
        except ValueError:
            raise _describe_bad_ipv4(value, mask=True) from None
    elif ":" in value:
        if version == 4:
            raise _error(
                N_("subnet", "{value} is an IPv6 mask; an IPv4 address needs /0 to /32."),
                value=value,
            )
        try:
            mask = ipaddress.IPv6Address(value)
        except ValueError:
            raise _describe_bad_ipv6(value) from None
    elif version == 4:
        raise _error(
            N_(
                "subnet",
                "{value} is not a prefix or a mask: write a number such as 24 "
                "or a mask such as 255.255.255.0.",
            ),
            value=repr(value),
        )
    else:
        raise _error(
            N_(
                "subnet", "{value} is not a prefix or a mask: write a number such as 24 (0 to 128)."
            ),
            value=repr(value),
        )
    found = _prefix_from_mask(mask)
    if found is None:
        raise _error(
            N_(
                "subnet",
                "{value} is not a valid mask (its 1-bits are not contiguous): a mask is "
                "1-bits followed by 0-bits, like {example}.",
            ),
            value=value,
            example="255.255.0.0" if version == 4 else "ffff:ffff:ffff:ffff::",
        )
    return found


def _too_many_parts(value: str) -> SubnetError:
    return _error(
        N_("subnet", "Too many parts in {value}: write ADDRESS/PREFIX or ADDRESS MASK."),
        value=value,
    )


def parse_query(text: str, prefix_text: str = "") -> SubnetQuery:
    """Parse what the user typed: `a.b.c.d/24`, `a.b.c.d 255.255.255.0`, `a.b.c.d/0.0.0.255`,
    `2001:db8::1/64`, `fe80::1%eth0/64`, or a bare address.

    A bare address takes its prefix from `prefix_text` (the tab's separate prefix/mask
    control); with that empty too it is a single host (/32 or /128).
    """
    value = text.strip()
    if not value:
        raise _empty_address()
    mask_text: str | None
    if "/" in value:
        address_text, _, mask_text = value.partition("/")
        address_text, mask_text = address_text.strip(), mask_text.strip()
        if not mask_text:
            raise _error(
                N_("subnet", "The prefix is missing after '/' in {value}: write e.g. /24."),
                value=value,
            )
        if "/" in mask_text or " " in mask_text:
            raise _too_many_parts(value)
    elif len(value.split()) > 1:
        parts = value.split()
        if len(parts) > 2:
            raise _too_many_parts(value)
        address_text, mask_text = parts
    else:
        address_text = value
        mask_text = prefix_text.strip() or None
    address, zone = _parse_address(address_text)
    if mask_text is None:
        prefix, kind = address.max_prefixlen, "default"
    else:
        prefix, kind = parse_prefix(mask_text, address.version)
    interface = ipaddress.ip_interface((address, prefix))
    return SubnetQuery(interface, zone, kind)  # type: ignore[arg-type]


def parse_address_or_network(text: str) -> IPv4Or6Address | IPv4Or6Network:
    """An address (`192.168.1.200`) or, with a prefix or mask, a network (`10.1.0.0/16`)."""
    value = text.strip()
    if not value:
        raise _empty_address()
    query = parse_query(value)
    if query.mask_kind == "default":
        return query.address
    return query.network


# --------------------------------------------------------------------------- facts
_IPV4_TYPES: tuple[tuple[str, str, Template], ...] = (
    # (network, type key, label) in the order they are checked: the first match wins
    ("0.0.0.0/32", "reserved", N_("subnet", "Unspecified: 'this host' (RFC 1122)")),
    ("0.0.0.0/8", "reserved", N_("subnet", "Reserved: 'this network' (RFC 1122)")),
    ("127.0.0.0/8", "loopback", N_("subnet", "Loopback (RFC 1122)")),
    ("10.0.0.0/8", "private", N_("subnet", "Private (RFC 1918)")),
    ("172.16.0.0/12", "private", N_("subnet", "Private (RFC 1918)")),
    ("192.168.0.0/16", "private", N_("subnet", "Private (RFC 1918)")),
    ("100.64.0.0/10", "cgnat", N_("subnet", "Shared address space, carrier-grade NAT (RFC 6598)")),
    ("169.254.0.0/16", "link-local", N_("subnet", "Link-local (RFC 3927)")),
    ("192.0.2.0/24", "documentation", N_("subnet", "Documentation, TEST-NET-1 (RFC 5737)")),
    ("198.51.100.0/24", "documentation", N_("subnet", "Documentation, TEST-NET-2 (RFC 5737)")),
    ("203.0.113.0/24", "documentation", N_("subnet", "Documentation, TEST-NET-3 (RFC 5737)")),
    ("224.0.0.0/4", "multicast", N_("subnet", "Multicast (RFC 5771)")),
    ("255.255.255.255/32", "reserved", N_("subnet", "Reserved: limited broadcast (RFC 919)")),
    ("240.0.0.0/4", "reserved", N_("subnet", "Reserved for future use (RFC 1112)")),
    ("192.0.0.0/24", "reserved", N_("subnet", "Reserved: IETF protocol assignments (RFC 6890)")),
    ("198.18.0.0/15", "reserved", N_("subnet", "Reserved: benchmarking (RFC 2544)")),
    ("192.88.99.0/24", "reserved", N_("subnet", "Reserved: former 6to4 relay anycast (RFC 7526)")),
)

_IPV6_TYPES: tuple[tuple[str, str, Template], ...] = (
    ("::/128", "unspecified", N_("subnet", "Unspecified (RFC 4291)")),
    ("::1/128", "loopback", N_("subnet", "Loopback (RFC 4291)")),
    ("::ffff:0:0/96", "ipv4-mapped", N_("subnet", "IPv4-mapped (RFC 4291)")),
    ("64:ff9b::/96", "nat64", N_("subnet", "IPv4/IPv6 translation, NAT64 (RFC 6052)")),
    ("100::/64", "reserved", N_("subnet", "Reserved: discard-only (RFC 6666)")),
    ("2001:db8::/32", "documentation", N_("subnet", "Documentation (RFC 3849)")),
    ("2001::/32", "global-unicast", N_("subnet", "Global unicast: Teredo (RFC 4380)")),
    ("2002::/16", "global-unicast", N_("subnet", "Global unicast: 6to4 (RFC 3056)")),
    ("2000::/3", "global-unicast", N_("subnet", "Global unicast (RFC 4291)")),
    ("fc00::/7", "unique-local", N_("subnet", "Unique local (RFC 4193)")),
    ("fe80::/10", "link-local", N_("subnet", "Link-local (RFC 4291)")),
    ("fec0::/10", "reserved", N_("subnet", "Reserved: former site-local (RFC 3879)")),
    ("ff00::/8", "multicast", N_("subnet", "Multicast (RFC 4291)")),
)

# IPv6 multicast scopes by the scope nibble (ff02::1 is link-local), shown inside
# "Multicast, {scope} scope (RFC 4291)".
_MULTICAST_SCOPES = {
    "1": N_("subnet", "interface-local"),
    "2": N_("subnet", "link-local"),
    "4": N_("subnet", "admin-local"),
    "5": N_("subnet", "site-local"),
    "8": N_("subnet", "organisation-local"),
    "e": N_("subnet", "global"),
}

_TYPE_TABLES = {
    4: tuple((ipaddress.ip_network(net), key, Message(label)) for net, key, label in _IPV4_TYPES),
    6: tuple((ipaddress.ip_network(net), key, Message(label)) for net, key, label in _IPV6_TYPES),
}


def address_type(address: IPv4Or6Address) -> tuple[str, Message]:
    """The kind of address as (key, label): ("private", "Private (RFC 1918)") and so on."""
    for network, key, label in _TYPE_TABLES[address.version]:
        if address in network:
            if key == "multicast" and address.version == 6:
                scope = _MULTICAST_SCOPES.get(address.exploded[3])
                if scope:
                    label = Message(
                        N_("subnet", "Multicast, {scope} scope (RFC 4291)"), scope=Message(scope)
                    )
            return key, label
    if address.version == 4:
        return "public", Message(N_("subnet", "Public (globally routed)"))
    return "reserved", Message(N_("subnet", "Reserved (not yet assigned by IANA)"))


def ipv4_class(address: ipaddress.IPv4Address) -> str:
    """The historical class A-E from the first octet (classes have not routed since 1993)."""
    first_octet = address.packed[0]
    for limit, name in ((128, "A"), (192, "B"), (224, "C"), (240, "D")):
        if first_octet < limit:
            return name
    return "E"


def usable_hosts(prefix: int, version: int) -> int:
    """Usable host addresses in one network of this prefix (RFC 3021 for /31)."""
    max_prefix = 32 if version == 4 else 128
    total = 2 ** (max_prefix - prefix)
    if version == 6 or prefix >= max_prefix - 1:
        return total
    return total - 2


def usable_range(network: IPv4Or6Network) -> tuple[IPv4Or6Address, IPv4Or6Address]:
    """First and last usable host: /31 and /32 use every address; IPv6 uses the whole prefix."""
    if network.version == 6 or network.prefixlen >= network.max_prefixlen - 1:
        return network.network_address, network.broadcast_address
    return network.network_address + 1, network.broadcast_address - 1


def has_broadcast(network: IPv4Or6Network) -> bool:
    """True for IPv4 networks of /30 and shorter (a /31 or /32 has none, nor has IPv6)."""
    return network.version == 4 and network.prefixlen <= 30


def reverse_zone(network: IPv4Or6Network) -> str:
    """The reverse DNS zone(s) for a network: in-addr.arpa by octets, ip6.arpa by nibbles.

    A prefix between boundaries spans several zones (listed as first ... last), and an
    IPv4 network smaller than a /24 is delegated the RFC 2317 way (`0/26.1.168.192...`).
    """
    bits_per_label = 8 if network.version == 4 else 4
    suffix = "in-addr.arpa" if network.version == 4 else "ip6.arpa"
    labels_total = network.max_prefixlen // bits_per_label
    prefix = network.prefixlen
    pointer_labels = network.network_address.reverse_pointer.split(".")[:labels_total]

    def zone_of(address: IPv4Or6Address, labels: int) -> str:
        kept = address.reverse_pointer.split(".")[:labels_total][labels_total - labels :]
        return ".".join([*kept, suffix])

    if prefix % bits_per_label == 0:
        return zone_of(network.network_address, prefix // bits_per_label)
    labels = prefix // bits_per_label
    if network.version == 4 and prefix > 24:
        first = pointer_labels[0]
        return f"{first}/{prefix}.{zone_of(network.network_address, labels)} (RFC 2317)"
    count = 2 ** (bits_per_label - prefix % bits_per_label)
    return Message(
        N_("subnet", "{first} ... {last} ({count} zones)"),
        first=zone_of(network.network_address, labels + 1),
        last=zone_of(network.broadcast_address, labels + 1),
        count=count,
    )


def exact_count(number: int) -> str:
    """A count with thousands separators, plus its power of two when it is one: `256 (2^8)`."""
    text = f"{number:,}"
    if number > 1 and number & (number - 1) == 0:
        text += f" (2^{number.bit_length() - 1})"
    return text


@dataclass(frozen=True)
class SubnetInfo:
    """Everything the calculator shows about one address and prefix."""

    query: SubnetQuery

    # ------------------------------------------------------------ basic facts
    @property
    def version(self) -> int:
        """4 or 6."""
        return self.query.version

    @property
    def address(self) -> IPv4Or6Address:
        """The address typed."""
        return self.query.address

    @property
    def network(self) -> IPv4Or6Network:
        """The network (address AND mask) with its prefix."""
        return self.query.network

    @property
    def prefix(self) -> int:
        """The prefix length."""
        return self.network.prefixlen

    @property
    def broadcast(self) -> IPv4Or6Address | None:
        """The broadcast address, or None where there is none (IPv6, /31, /32)."""
        return self.network.broadcast_address if has_broadcast(self.network) else None

    @property
    def first_host(self) -> IPv4Or6Address:
        """The first usable host (IPv6: the first address of the prefix)."""
        return usable_range(self.network)[0]

    @property
    def last_host(self) -> IPv4Or6Address:
        """The last usable host (IPv6: the last address of the prefix)."""
        return usable_range(self.network)[1]

    @property
    def total_addresses(self) -> int:
        """Every address in the network, network and broadcast included."""
        return self.network.num_addresses

    @property
    def usable_hosts(self) -> int:
        """Addresses a host may use (see `usable_hosts`)."""
        return usable_hosts(self.prefix, self.version)

    @property
    def address_class(self) -> str | None:
        """The historical class A-E (IPv4 only)."""
        return ipv4_class(self.address) if isinstance(self.address, ipaddress.IPv4Address) else None

    @property
    def type_key(self) -> str:
        """A short key for the kind of address: private, public, global-unicast..."""
        return address_type(self.address)[0]

    @property
    def type_label(self) -> Message:
        """The kind of address in words, with its RFC."""
        return address_type(self.address)[1]

    @property
    def subnets_64(self) -> int:
        """How many /64s fit in an IPv6 prefix (0 when it is longer than /64)."""
        return 2 ** (64 - self.prefix) if self.prefix <= 64 else 0

    @property
    def hex(self) -> str:
        """The address as one hexadecimal number."""
        digits = self.address.max_prefixlen // 4
        return f"0x{int(self.address):0{digits}X}"

    # ------------------------------------------------------------ presentation
    def fields(self) -> list[tuple[str, str, str]]:
        """(key, label, value) rows in display order; the window and the CLI show these.

        Labels, and values with words in them, are Messages (English here, translated
        where the window shows them); plain numbers and addresses are plain strings.
        """
        net = self.network
        first, last = self.first_host, self.last_host
        if self.version == 4:
            netmask: str = str(net.netmask)
            if self.query.mask_kind == "wildcard":
                netmask = Message(N_("subnet", "{mask} (read as a wildcard mask)"), mask=netmask)
            return [
                ("address", _label(N_("subnet", "Address")), str(self.address)),
                ("netmask", _label(N_("subnet", "Netmask")), netmask),
                ("wildcard", _label(N_("subnet", "Wildcard")), str(net.hostmask)),
                ("prefix", _label(N_("subnet", "Prefix")), f"/{self.prefix}"),
                ("network", _label(N_("subnet", "Network")), str(net)),
                (
                    "broadcast",
                    _label(N_("subnet", "Broadcast")),
                    str(self.broadcast) if self.broadcast else _no_bcast(net),
                ),
                ("first_host", _label(N_("subnet", "First host")), str(first)),
                ("last_host", _label(N_("subnet", "Last host")), str(last)),
                (
                    "total_addresses",
                    _label(N_("subnet", "Total addresses")),
                    exact_count(self.total_addresses),
                ),
                ("usable_hosts", _label(N_("subnet", "Usable hosts")), _usable(net)),
                ("class", _label(N_("subnet", "Class (historical)")), self.address_class or ""),
                ("type", _label(N_("subnet", "Type")), self.type_label),
                ("integer", _label(N_("subnet", "Integer")), str(int(self.address))),
                ("hex", _label(N_("subnet", "Hex")), self.hex),
                ("reverse_zone", _label(N_("subnet", "Reverse DNS zone")), reverse_zone(net)),
            ]
        address: str = str(self.address)
        if self.query.zone:
            address = Message(
                N_("subnet", "{address} (zone {zone})"), address=address, zone=self.query.zone
            )
        subnets_64: str = (
            exact_count(self.subnets_64)
            if self.subnets_64
            else Message(N_("subnet", "none (longer than /64)"))
        )
        return [
            ("address", _label(N_("subnet", "Address")), address),
            ("expanded", _label(N_("subnet", "Expanded")), self.address.exploded),
            ("prefix", _label(N_("subnet", "Prefix")), f"/{self.prefix}"),
            ("network", _label(N_("subnet", "Network")), str(net)),
            ("netmask", _label(N_("subnet", "Netmask")), str(net.netmask)),
            ("first_host", _label(N_("subnet", "First address")), str(first)),
            ("last_host", _label(N_("subnet", "Last address")), str(last)),
            (
                "total_addresses",
                _label(N_("subnet", "Total addresses")),
                exact_count(self.total_addresses),
            ),
            ("subnets_64", _label(N_("subnet", "/64 subnets")), subnets_64),
            ("type", _label(N_("subnet", "Type")), self.type_label),
            ("integer", _label(N_("subnet", "Integer")), str(int(self.address))),
            ("hex", _label(N_("subnet", "Hex")), self.hex),
            ("reverse_zone", _label(N_("subnet", "Reverse DNS zone")), reverse_zone(net)),
        ]

    def explanation(self) -> list[Message]:
        """A few sentences that say what the numbers mean, for this prefix and address type."""
        net = self.network
        host_bits = net.max_prefixlen - self.prefix
        counts = {
            "prefix": self.prefix,
            "host_bits": host_bits,
            "count": f"{self.total_addresses:,}",
            "first": str(net.network_address),
            "last": str(net.broadcast_address),
        }
        if self.total_addresses == 1:
            first = N_(
                "subnet",
                "A /{prefix} keeps the first {prefix} bits for the network and leaves "
                "{host_bits} host bits: 2^{host_bits} = {count} address, {first} to {last}.",
            )
        else:
            first = N_(
                "subnet",
                "A /{prefix} keeps the first {prefix} bits for the network and leaves "
                "{host_bits} host bits: 2^{host_bits} = {count} addresses, {first} to {last}.",
            )
        sentences = [Message(first, **counts)]
        if self.version == 4 and self.prefix <= 30:
            sentences.append(
                Message(
                    N_(
                        "subnet",
                        "The first address (host bits all 0) names the network and the last "
                        "(host bits all 1) is the broadcast, so {count} are left for hosts. "
                        "Broadcast = network OR wildcard.",
                    ),
                    count=f"{self.usable_hosts:,}",
                )
            )
        elif self.version == 4 and self.prefix == 31:
            sentences.append(
                Message(
                    N_(
                        "subnet",
                        "A /31 has no room for a network and a broadcast address: RFC 3021 lets "
                        "a point-to-point link use both addresses as hosts.",
                    )
                )
            )
        elif self.version == 4:
            sentences.append(
                Message(
                    N_("subnet", "A /32 is one host: used for loopback addresses and host routes.")
                )
            )
        else:
            sentences.append(
                Message(
                    N_(
                        "subnet",
                        "IPv6 has no broadcast (multicast such as ff02::1 does that job), so "
                        "every address of the prefix is usable; a LAN is normally a /64, which "
                        "SLAAC needs.",
                    )
                )
            )
        sentences.append(
            Message(
                N_(
                    "subnet",
                    "Two hosts are on the same network when address AND mask gives the same "
                    "result for both: they then talk directly; otherwise through a router.",
                )
            )
        )
        note = _TYPE_NOTES.get(self.type_key)
        if note:
            sentences.append(Message(note))
        return sentences

    def as_json(self) -> dict[str, Any]:
        """The `socketlab subnet --json` object (integers stay exact, absent values are null)."""
        net = self.network
        data: dict[str, Any] = {
            "version": self.version,
            "address": str(self.address),
            "network": str(net),
            "netmask": str(net.netmask),
            "wildcard": str(net.hostmask),
            "prefix": self.prefix,
            "broadcast": str(self.broadcast) if self.broadcast else None,
            "first_host": str(self.first_host),
            "last_host": str(self.last_host),
            "total_addresses": self.total_addresses,
            "usable_hosts": self.usable_hosts,
            "class": self.address_class,
            "type": self.type_key,
            "type_label": self.type_label,
            "integer": int(self.address),
            "hex": self.hex,
            "reverse_zone": reverse_zone(net),
        }
        if self.version == 6:
            data["zone"] = self.query.zone or None
            data["expanded"] = self.address.exploded
            data["subnets_64"] = self.subnets_64
        return data


_TYPE_NOTES = {
    "private": N_(
        "subnet",
        "Private addresses (RFC 1918) are not routed on the Internet: a NAT router "
        "translates them to a public address.",
    ),
    "cgnat": N_(
        "subnet",
        "100.64.0.0/10 is for carrier-grade NAT between an ISP and its customers' "
        "routers; it is not routed on the Internet.",
    ),
    "link-local": N_(
        "subnet",
        "Link-local addresses never cross a router; IPv4 hosts pick one themselves "
        "when DHCP fails, IPv6 interfaces always have one (use it with a zone such as %eth0).",
    ),
    "loopback": N_("subnet", "Loopback traffic never leaves this machine."),
    "documentation": N_(
        "subnet", "Reserved for examples in documentation: never used on real networks."
    ),
    "multicast": N_(
        "subnet", "Multicast goes from one sender to every receiver that joined the group."
    ),
    "public": N_("subnet", "Public addresses are routed on the Internet."),
    "global-unicast": N_("subnet", "Global unicast addresses are routed on the Internet."),
    "unique-local": N_(
        "subnet",
        "Unique local addresses are IPv6's private range: routed inside a site, "
        "never on the Internet.",
    ),
    "ipv4-mapped": N_("subnet", "::ffff:a.b.c.d is how an IPv6 socket shows an IPv4 peer."),
    "reserved": N_("subnet", "Reserved addresses are not for ordinary hosts."),
}


def _label(template: Template) -> Message:
    """A result label (or any word shown alone) as a message."""
    return Message(template)


def _no_bcast(network: IPv4Or6Network) -> Message:
    if network.prefixlen == 32:
        return Message(N_("subnet", "none (a /32 is a single host)"))
    return Message(N_("subnet", "none (a /31 is a point-to-point link, RFC 3021)"))


def _usable(network: IPv4Or6Network) -> str:
    """The usable host count, with a note for a /31 and a /32."""
    count = f"{usable_hosts(network.prefixlen, network.version):,}"
    if network.prefixlen == 31:
        return Message(N_("subnet", "{count} (both addresses, RFC 3021)"), count=count)
    if network.prefixlen == 32:
        return Message(N_("subnet", "{count} (the address itself)"), count=count)
    return count


def calculate(text: str, prefix_text: str = "") -> SubnetInfo:
    """Parse and calculate in one step (raises SubnetError with the reason)."""
    return SubnetInfo(parse_query(text, prefix_text))


# --------------------------------------------------------------------------- bits
@dataclass(frozen=True)
class BitRow:
    """One row of the AND drawing: a label, the value as text, and its bits (MSB first)."""

    label: str  # a Message ("AND mask"), translated where the window draws it
    text: str
    bits: str


def bits_of(address: IPv4Or6Address) -> str:
    """The address as a string of 32 or 128 '0'/'1' characters."""
    return format(int(address), f"0{address.max_prefixlen}b")


def group_bits(bits: str) -> str:
    """Bits in the usual groups: octets joined by '.', or IPv6 16-bit groups joined by ':'."""
    size, separator = (8, ".") if len(bits) == 32 else (16, ":")
    return separator.join(bits[i : i + size] for i in range(0, len(bits), size))


def bit_lines(bits: str) -> list[tuple[int, str]]:
    """Bits cut into display lines as (offset, chunk): IPv4 in one, IPv6 in two of 64."""
    width = 32 if len(bits) <= 32 else 64
    return [(offset, bits[offset : offset + width]) for offset in range(0, len(bits), width)]


def mark_prefix(chunk: str, offset: int, prefix: int, total: int) -> str:
    """A line of bits grouped as usual, with '|' where the network bits end.

    `offset` is where the chunk starts in the address and `total` its bit length; the
    marker replaces a group separator when the prefix falls on one.
    """
    group, separator = (8, ".") if total == 32 else (16, ":")
    out: list[str] = []
    for index, bit in enumerate(chunk):
        position = offset + index
        if index and position == prefix:
            out.append("|")
        elif index and index % group == 0:
            out.append(separator)
        out.append(bit)
    if offset + len(chunk) == prefix < total:
        out.append("|")
    return "".join(out)


def and_rows(network: IPv4Or6Network, address: IPv4Or6Address) -> list[BitRow]:
    """The AND as the notes draw it: the address, the mask, and the network they give."""
    return [
        BitRow(Message(_ROW_ADDRESS), str(address), bits_of(address)),
        BitRow(Message(_ROW_MASK), str(network.netmask), bits_of(network.netmask)),
        BitRow(
            Message(_ROW_NETWORK),
            str(network.network_address),
            bits_of(network.network_address),
        ),
    ]


#: a row of the AND drawing: the address typed
_ROW_ADDRESS = N_("subnet", "address")
_ROW_MASK = N_("subnet", "AND mask")
#: the result row of the AND drawing
_ROW_NETWORK = N_("subnet", "= network")
#: a row of the AND drawing: the other address compared
_ROW_OTHER = N_("subnet", "other")
#: a row of the AND drawing: our network address
_ROW_OURS = N_("subnet", "ours")


# --------------------------------------------------------------------------- same network
@dataclass(frozen=True)
class SameNetworkAnswer:
    """Whether `other` is on `network`, with the reason in bits.

    `why` is the explanation without the verdict; `reason` is both ("No: ..."), as the
    command line prints it.
    """

    same: bool
    why: Message
    other: str = ""  # the other address or network, as understood
    rows: tuple[BitRow, ...] = ()
    differing_bit: int | None = None  # the first network bit that differs, counted from 1

    @property
    def verdict(self) -> Message:
        """Yes or No."""
        return Message(N_("subnet", "Yes")) if self.same else Message(N_("subnet", "No"))

    @property
    def reason(self) -> Message:
        """The verdict and why: "Yes: 192.168.1.200 AND 255.255.255.0 = ..."."""
        if self.same:
            return Message(N_("subnet", "Yes: {why}"), why=self.why)
        return Message(N_("subnet", "No: {why}"), why=self.why)


def _first_difference(left: str, right: str, within: int) -> int | None:
    for index in range(within):
        if left[index] != right[index]:
            return index + 1
    return None


def same_network(network: IPv4Or6Network, other_text: str) -> SameNetworkAnswer:
    """Is `other_text` (an address, or a network) inside `network`? Answered with the bits."""
    other = parse_address_or_network(other_text)
    if other.version != network.version:
        if other.version == 6:
            template = N_(
                "subnet", "{other} is an IPv6 address and {network} is an IPv{version} network."
            )
        else:
            template = N_(
                "subnet", "{other} is an IPv4 address and {network} is an IPv{version} network."
            )
        why = Message(template, other=str(other), network=str(network), version=network.version)
        return SameNetworkAnswer(False, why, str(other))
    prefix = network.prefixlen
    is_network = isinstance(other, ipaddress.IPv4Network | ipaddress.IPv6Network)
    other_address = other.network_address if is_network else other  # type: ignore[union-attr]
    masked = ipaddress.ip_network((other_address, prefix), strict=False).network_address
    rows = (
        BitRow(Message(_ROW_OTHER), str(other_address), bits_of(other_address)),
        BitRow(Message(_ROW_MASK), str(network.netmask), bits_of(network.netmask)),
        BitRow(Message(_ROW_NETWORK), str(masked), bits_of(masked)),
        BitRow(Message(_ROW_OURS), str(network.network_address), bits_of(network.network_address)),
    )
    values = {
        "other": str(other),
        "address": str(other_address),
        "mask": str(network.netmask),
        "masked": str(masked),
        "network_address": str(network.network_address),
        "network": str(network),
        "prefix": prefix,
        "other_prefix": other.prefixlen if is_network else other.max_prefixlen,
    }
    if is_network and other.prefixlen < prefix and network.subnet_of(other):  # type: ignore[arg-type]
        why = Message(
            N_(
                "subnet",
                "{other} is larger than {network} (/{other_prefix} is shorter than "
                "/{prefix}): it contains {network}, not the other way round.",
            ),
            **values,
        )
        return SameNetworkAnswer(False, why, str(other), rows)
    differing = _first_difference(bits_of(masked), bits_of(network.network_address), prefix)
    if differing is not None:
        why = Message(
            N_(
                "subnet",
                "{address} AND {mask} = {masked}, not {network_address}. Bit {bit} differs, "
                "and it is one of the {prefix} network bits.",
            ),
            bit=differing,
            **values,
        )
        return SameNetworkAnswer(False, why, str(other), rows, differing)
    if is_network:
        why = Message(
            N_(
                "subnet",
                "{other} lies inside {network}: its first {prefix} bits match the network "
                "bits and its prefix /{other_prefix} is at least /{prefix}.",
            ),
            **values,
        )
    else:
        why = Message(
            N_(
                "subnet",
                "{address} AND {mask} = {masked}, the same network as {network}: the first "
                "{prefix} bits are equal.",
            ),
            **values,
        )
    return SameNetworkAnswer(True, why, str(other), rows)


# --------------------------------------------------------------------------- this machine
def interface_addresses(
    interfaces: Mapping[str, Iterable[Any]] | None = None,
) -> list[tuple[str, str]]:
    """This machine's IPv4 and IPv6 addresses with their prefixes, as
    (interface name, `address/prefix`) pairs, IPv4 first.

    `interfaces` is psutil.net_if_addrs()'s shape; tests pass their own. Read by the
    one interface reader, app/core/interfaces.py (imported here only when asked).
    """
    import psutil

    from app.core.interfaces import read_interfaces

    try:
        read = read_interfaces(interfaces, {} if interfaces is not None else None)
    except (OSError, psutil.Error) as exc:
        raise _error(
            N_("subnet", "Could not read this machine's interfaces: {reason}"),
            reason=str(exc),
        ) from exc
    found = [
        (interface.name, f"{address.address}/{address.prefix_length}")
        for interface in read
        for address in interface.addresses
        if address.prefix_length is not None
    ]
    found.sort(key=lambda entry: (":" in entry[1], entry[0], entry[1]))
    return found
