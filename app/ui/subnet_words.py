"""The Subnet tab's results in the window's language.

app.core.subnet and app.core.subnet_plan are Qt-free and speak English (the command line
shows their texts as they are). Until core returns message objects (docs/translations.md),
the window translates the fixed words it gets from them here: field labels by their key,
address types, value notes, column titles and bit-row labels through a glossary, and the
sentences (explanation, same-network answer, VLSM summary) rebuilt from the numbers.
In English every function returns exactly the text core would have given.
"""

from __future__ import annotations

import ipaddress

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.subnet import SameNetworkAnswer, SubnetInfo
from app.core.subnet_plan import VlsmPlan

CONTEXT = "SubnetWords"

#: Result labels by field key (the keys of SubnetInfo.fields()).
FIELD_LABELS = {
    "address": QT_TRANSLATE_NOOP("SubnetWords", "Address"),
    "netmask": QT_TRANSLATE_NOOP("SubnetWords", "Netmask"),
    "wildcard": QT_TRANSLATE_NOOP("SubnetWords", "Wildcard"),
    "prefix": QT_TRANSLATE_NOOP("SubnetWords", "Prefix"),
    "network": QT_TRANSLATE_NOOP("SubnetWords", "Network"),
    "broadcast": QT_TRANSLATE_NOOP("SubnetWords", "Broadcast"),
    "first_host": None,  # "First host" (IPv4) or "First address" (IPv6): the glossary
    "last_host": None,
    "total_addresses": QT_TRANSLATE_NOOP("SubnetWords", "Total addresses"),
    "usable_hosts": QT_TRANSLATE_NOOP("SubnetWords", "Usable hosts"),
    "class": QT_TRANSLATE_NOOP("SubnetWords", "Class (historical)"),
    "type": QT_TRANSLATE_NOOP("SubnetWords", "Type"),
    "integer": QT_TRANSLATE_NOOP("SubnetWords", "Integer"),
    "hex": QT_TRANSLATE_NOOP("SubnetWords", "Hex"),
    "reverse_zone": QT_TRANSLATE_NOOP("SubnetWords", "Reverse DNS zone"),
    "expanded": QT_TRANSLATE_NOOP("SubnetWords", "Expanded"),
    "subnets_64": QT_TRANSLATE_NOOP("SubnetWords", "/64 subnets"),
}

#: Fixed words core puts in labels, column titles, bit rows and values.
GLOSSARY = (
    QT_TRANSLATE_NOOP("SubnetWords", "First host"),
    QT_TRANSLATE_NOOP("SubnetWords", "Last host"),
    QT_TRANSLATE_NOOP("SubnetWords", "First address"),
    QT_TRANSLATE_NOOP("SubnetWords", "Last address"),
    QT_TRANSLATE_NOOP("SubnetWords", "Addresses"),
    QT_TRANSLATE_NOOP("SubnetWords", "Binary"),
    QT_TRANSLATE_NOOP("SubnetWords", "Name"),
    QT_TRANSLATE_NOOP("SubnetWords", "Needed"),
    QT_TRANSLATE_NOOP("SubnetWords", "Usable"),
    QT_TRANSLATE_NOOP("SubnetWords", "Waste"),
    QT_TRANSLATE_NOOP("SubnetWords", "First"),
    QT_TRANSLATE_NOOP("SubnetWords", "Last"),
    QT_TRANSLATE_NOOP("SubnetWords", "Inputs merged"),
    #: a row of the AND drawing: the address typed
    QT_TRANSLATE_NOOP("SubnetWords", "address"),
    QT_TRANSLATE_NOOP("SubnetWords", "AND mask"),
    #: the result row of the AND drawing
    QT_TRANSLATE_NOOP("SubnetWords", "= network"),
    #: a row of the AND drawing: the other address compared
    QT_TRANSLATE_NOOP("SubnetWords", "other"),
    #: a row of the AND drawing: our network address
    QT_TRANSLATE_NOOP("SubnetWords", "ours"),
    QT_TRANSLATE_NOOP("SubnetWords", "none (a /32 is a single host)"),
    QT_TRANSLATE_NOOP("SubnetWords", "none (a /31 is a point-to-point link, RFC 3021)"),
    QT_TRANSLATE_NOOP("SubnetWords", "none (longer than /64)"),
    # address types (app.core.subnet._IPV4_TYPES and _IPV6_TYPES)
    QT_TRANSLATE_NOOP("SubnetWords", "Public (globally routed)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Reserved (not yet assigned by IANA)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Unspecified: 'this host' (RFC 1122)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Reserved: 'this network' (RFC 1122)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Private (RFC 1918)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Shared address space, carrier-grade NAT (RFC 6598)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Loopback (RFC 1122)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Link-local (RFC 3927)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Documentation, TEST-NET-1 (RFC 5737)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Documentation, TEST-NET-2 (RFC 5737)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Documentation, TEST-NET-3 (RFC 5737)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Multicast (RFC 5771)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Reserved: limited broadcast (RFC 919)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Reserved for future use (RFC 1112)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Reserved: IETF protocol assignments (RFC 6890)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Reserved: benchmarking (RFC 2544)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Reserved: former 6to4 relay anycast (RFC 7526)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Unspecified (RFC 4291)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Loopback (RFC 4291)"),
    QT_TRANSLATE_NOOP("SubnetWords", "IPv4-mapped (RFC 4291)"),
    QT_TRANSLATE_NOOP("SubnetWords", "IPv4/IPv6 translation, NAT64 (RFC 6052)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Reserved: discard-only (RFC 6666)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Documentation (RFC 3849)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Global unicast: Teredo (RFC 4380)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Global unicast: 6to4 (RFC 3056)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Global unicast (RFC 4291)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Unique local (RFC 4193)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Link-local (RFC 4291)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Reserved: former site-local (RFC 3879)"),
    QT_TRANSLATE_NOOP("SubnetWords", "Multicast (RFC 4291)"),
)

#: Notes core appends to a value (the value itself is a number or an address).
VALUE_NOTES = (
    QT_TRANSLATE_NOOP("SubnetWords", " (read as a wildcard mask)"),
    QT_TRANSLATE_NOOP("SubnetWords", " (both addresses, RFC 3021)"),
    QT_TRANSLATE_NOOP("SubnetWords", " (the address itself)"),
)

MULTICAST_SCOPES = {
    "interface-local": QT_TRANSLATE_NOOP("SubnetWords", "interface-local"),
    "link-local": QT_TRANSLATE_NOOP("SubnetWords", "link-local"),
    "admin-local": QT_TRANSLATE_NOOP("SubnetWords", "admin-local"),
    "site-local": QT_TRANSLATE_NOOP("SubnetWords", "site-local"),
    "organisation-local": QT_TRANSLATE_NOOP("SubnetWords", "organisation-local"),
    "global": QT_TRANSLATE_NOOP("SubnetWords", "global"),
}

#: The last sentence of the explanation, per address type (app.core.subnet._TYPE_NOTES).
TYPE_NOTES = {
    "private": QT_TRANSLATE_NOOP(
        "SubnetWords",
        "Private addresses (RFC 1918) are not routed on the Internet: a NAT router "
        "translates them to a public address.",
    ),
    "cgnat": QT_TRANSLATE_NOOP(
        "SubnetWords",
        "100.64.0.0/10 is for carrier-grade NAT between an ISP and its customers' "
        "routers; it is not routed on the Internet.",
    ),
    "link-local": QT_TRANSLATE_NOOP(
        "SubnetWords",
        "Link-local addresses never cross a router; IPv4 hosts pick one themselves "
        "when DHCP fails, IPv6 interfaces always have one (use it with a zone such as %eth0).",
    ),
    "loopback": QT_TRANSLATE_NOOP("SubnetWords", "Loopback traffic never leaves this machine."),
    "documentation": QT_TRANSLATE_NOOP(
        "SubnetWords",
        "Reserved for examples in documentation: never used on real networks.",
    ),
    "multicast": QT_TRANSLATE_NOOP(
        "SubnetWords",
        "Multicast goes from one sender to every receiver that joined the group.",
    ),
    "public": QT_TRANSLATE_NOOP("SubnetWords", "Public addresses are routed on the Internet."),
    "global-unicast": QT_TRANSLATE_NOOP(
        "SubnetWords", "Global unicast addresses are routed on the Internet."
    ),
    "unique-local": QT_TRANSLATE_NOOP(
        "SubnetWords",
        "Unique local addresses are IPv6's private range: routed inside a site, "
        "never on the Internet.",
    ),
    "ipv4-mapped": QT_TRANSLATE_NOOP(
        "SubnetWords", "::ffff:a.b.c.d is how an IPv6 socket shows an IPv4 peer."
    ),
    "reserved": QT_TRANSLATE_NOOP("SubnetWords", "Reserved addresses are not for ordinary hosts."),
}


def translated(text: str) -> str:
    """`text` in the window's language (itself when it is not in the .ts)."""
    return QCoreApplication.translate("SubnetWords", text)


def word(text: str) -> str:
    """A fixed word or label from core, translated (the glossary, a type, a header)."""
    if text.startswith("Multicast, ") and text.endswith(" scope (RFC 4291)"):
        scope = text.removeprefix("Multicast, ").removesuffix(" scope (RFC 4291)")
        return QCoreApplication.translate(
            "SubnetWords", "Multicast, {scope} scope (RFC 4291)"
        ).format(scope=translated(MULTICAST_SCOPES.get(scope, scope)))
    return translated(text)


def field_label(key: str, label: str) -> str:
    """A result label by its field key (core's own label when the key is new)."""
    source = FIELD_LABELS.get(key) or label
    return translated(source)


def field_value(key: str, value: str) -> str:
    """A result value with core's notes translated (numbers and addresses stay)."""
    if key == "type":
        return word(value)
    for note in VALUE_NOTES:
        if value.endswith(note):
            return value.removesuffix(note) + translated(note)
    if value.startswith("none ("):
        return translated(value)
    return value


def usable_hosts_text(count: int) -> str:
    """'254 usable hosts' (the headline)."""
    return QCoreApplication.translate("SubnetWords", "{count} usable hosts").format(
        count=f"{count:,}"
    )


def addresses_text(count: int) -> str:
    """'256 addresses'."""
    return QCoreApplication.translate("SubnetWords", "{count} addresses").format(count=f"{count:,}")


def explanation(info: SubnetInfo) -> list[str]:
    """SubnetInfo.explanation() in the window's language."""
    net = info.network
    host_bits = net.max_prefixlen - info.prefix
    values = {
        "prefix": info.prefix,
        "host_bits": host_bits,
        "count": f"{info.total_addresses:,}",
        "first": net.network_address,
        "last": net.broadcast_address,
    }
    if info.total_addresses == 1:
        first = QCoreApplication.translate(
            "SubnetWords",
            "A /{prefix} keeps the first {prefix} bits for the network and leaves "
            "{host_bits} host bits: 2^{host_bits} = {count} address, {first} to {last}.",
        )
    else:
        first = QCoreApplication.translate(
            "SubnetWords",
            "A /{prefix} keeps the first {prefix} bits for the network and leaves "
            "{host_bits} host bits: 2^{host_bits} = {count} addresses, {first} to {last}.",
        )
    sentences = [first.format(**values)]
    if info.version == 4 and info.prefix <= 30:
        sentences.append(
            QCoreApplication.translate(
                "SubnetWords",
                "The first address (host bits all 0) names the network and the last (host "
                "bits all 1) is the broadcast, so {count} are left for hosts. "
                "Broadcast = network OR wildcard.",
            ).format(count=f"{info.usable_hosts:,}")
        )
    elif info.version == 4 and info.prefix == 31:
        sentences.append(
            QCoreApplication.translate(
                "SubnetWords",
                "A /31 has no room for a network and a broadcast address: RFC 3021 lets a "
                "point-to-point link use both addresses as hosts.",
            )
        )
    elif info.version == 4:
        sentences.append(
            QCoreApplication.translate(
                "SubnetWords", "A /32 is one host: used for loopback addresses and host routes."
            )
        )
    else:
        sentences.append(
            QCoreApplication.translate(
                "SubnetWords",
                "IPv6 has no broadcast (multicast such as ff02::1 does that job), so every "
                "address of the prefix is usable; a LAN is normally a /64, which SLAAC needs.",
            )
        )
    sentences.append(
        QCoreApplication.translate(
            "SubnetWords",
            "Two hosts are on the same network when address AND mask gives the same result "
            "for both: they then talk directly; otherwise through a router.",
        )
    )
    note = TYPE_NOTES.get(info.type_key)
    if note:
        sentences.append(translated(note))
    return sentences


def same_network_answer(
    network: ipaddress.IPv4Network | ipaddress.IPv6Network, answer: SameNetworkAnswer
) -> tuple[str, str]:
    """(verdict, reason) of a same_network() answer in the window's language."""
    verdict = (
        QCoreApplication.translate("SubnetWords", "Yes")
        if answer.same
        else QCoreApplication.translate("SubnetWords", "No")
    )
    try:
        other = ipaddress.ip_network(answer.other, strict=False)
        is_network = "/" in answer.other
    except ValueError:
        return verdict, answer.reason.partition(": ")[2]
    prefix = network.prefixlen
    if other.version != network.version:
        if other.version == 6:
            text = QCoreApplication.translate(
                "SubnetWords",
                "{other} is an IPv6 address and {network} is an IPv{version} network.",
            )
        else:
            text = QCoreApplication.translate(
                "SubnetWords",
                "{other} is an IPv4 address and {network} is an IPv{version} network.",
            )
        return verdict, text.format(other=answer.other, network=network, version=network.version)
    other_address = other.network_address
    if is_network and other.prefixlen < prefix and network.subnet_of(other):  # type: ignore[arg-type]
        return verdict, QCoreApplication.translate(
            "SubnetWords",
            "{other} is larger than {network} (/{other_prefix} is shorter than "
            "/{prefix}): it contains {network}, not the other way round.",
        ).format(other=other, network=network, other_prefix=other.prefixlen, prefix=prefix)
    masked = ipaddress.ip_network((other_address, prefix), strict=False).network_address
    values = {
        "other": answer.other,
        "address": other_address,
        "mask": network.netmask,
        "masked": masked,
        "network_address": network.network_address,
        "network": network,
        "bit": answer.differing_bit,
        "prefix": prefix,
        "other_prefix": other.prefixlen,
    }
    if answer.differing_bit is not None:
        text = QCoreApplication.translate(
            "SubnetWords",
            "{address} AND {mask} = {masked}, not {network_address}. Bit {bit} differs, "
            "and it is one of the {prefix} network bits.",
        )
    elif is_network:
        text = QCoreApplication.translate(
            "SubnetWords",
            "{other} lies inside {network}: its first {prefix} bits match the network "
            "bits and its prefix /{other_prefix} is at least /{prefix}.",
        )
    else:
        text = QCoreApplication.translate(
            "SubnetWords",
            "{address} AND {mask} = {masked}, the same network as {network}: the first "
            "{prefix} bits are equal.",
        )
    return verdict, text.format(**values)


def vlsm_summary(plan: VlsmPlan) -> str:
    """VlsmPlan.summary() in the window's language."""
    text = QCoreApplication.translate(
        "SubnetWords",
        "{subnets} subnets use {used} of {total} addresses in {network}; {waste} allocated "
        "host addresses are unused (waste); {free} addresses are free",
    ).format(
        subnets=len(plan.allocations),
        used=f"{plan.used_addresses:,}",
        total=f"{plan.network.num_addresses:,}",
        network=plan.network,
        waste=f"{plan.waste:,}",
        free=f"{plan.free_addresses:,}",
    )
    if plan.free:
        listed = ", ".join(str(n) for n in plan.free[:4])
        if len(plan.free) > 4:
            listed += ", ..."
        return f"{text} ({listed})."
    return f"{text}."
