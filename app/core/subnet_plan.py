"""Subnet planning: split a network, list its hosts, VLSM plans, summaries, CSV export.

Lists can be huge (10.0.0.0/8 in /30s is 4,194,304 rows; an IPv6 /64 has 2^64 hosts),
so a list is a `RowSource`: it knows its row count and computes any row from its index
with `ipaddress`, and nothing builds a Python list of millions of items. The window's
table models and the CSV export read rows on demand; the command line streams them.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TextIO

from app.core import export
from app.core.messages import N_, Message, Template, message_of
from app.core.subnet import (
    IPv4Or6Address,
    IPv4Or6Network,
    SubnetError,
    bits_of,
    group_bits,
    has_broadcast,
    parse_address_or_network,
    parse_query,
    usable_hosts,
)

#: Exports stop short of this many rows (a 33-million-row CSV is about a gigabyte).
EXPORT_ROW_LIMIT = 2**25

Row = tuple[str, ...]


def _error(template: Template, /, **values: object) -> SubnetError:
    """A SubnetError carrying its message (translated where the window shows it)."""
    return SubnetError(Message(template, **values))


# Column titles and the words in cells are messages: the window translates them, the
# command line and the CSV files keep the English.
_NETWORK = Message(N_("subnet", "Network"))
_ADDRESS = Message(N_("subnet", "Address"))
_ADDRESSES = Message(N_("subnet", "Addresses"))
_FIRST_HOST = Message(N_("subnet", "First host"))
_LAST_HOST = Message(N_("subnet", "Last host"))
_FIRST_ADDRESS = Message(N_("subnet", "First address"))
_LAST_ADDRESS = Message(N_("subnet", "Last address"))
_BROADCAST = Message(N_("subnet", "Broadcast"))
_NETMASK = Message(N_("subnet", "Netmask"))
_USABLE_HOSTS = Message(N_("subnet", "Usable hosts"))
_BINARY = Message(N_("subnet", "Binary"))
_EXPANDED = Message(N_("subnet", "Expanded"))
_NAME = Message(N_("subnet", "Name"))
_NEEDED = Message(N_("subnet", "Needed"))
_USABLE = Message(N_("subnet", "Usable"))
_WASTE = Message(N_("subnet", "Waste"))
_FIRST = Message(N_("subnet", "First"))
_LAST = Message(N_("subnet", "Last"))
_INPUTS_MERGED = Message(N_("subnet", "Inputs merged"))
#: in a Broadcast column: the subnet (a /31 or /32) has no broadcast address
NO_BROADCAST = Message(N_("subnet", "none"))


# --------------------------------------------------------------------------- row sources
def _is_network(value: object) -> bool:
    return isinstance(value, ipaddress.IPv4Network | ipaddress.IPv6Network)


class RowSource:
    """A list whose rows are computed on demand from their index."""

    headers: tuple[str, ...] = ()

    @property
    def count(self) -> int:
        """How many rows (may exceed sys.maxsize for IPv6, so this is not `len()`)."""
        raise NotImplementedError

    def row(self, index: int) -> Row:
        """The row at `index` (0-based), as display strings."""
        raise NotImplementedError

    def rows(self, start: int = 0, stop: int | None = None) -> Iterator[Row]:
        """Rows from `start` up to `stop` (default: the end), one at a time."""
        end = self.count if stop is None else min(stop, self.count)
        index = start
        while index < end:
            yield self.row(index)
            index += 1

    def find(self, text: str) -> int:
        """The index of the row holding an address or row number `#n`; SubnetError if none."""
        raise _error(N_("subnet", "This list cannot be searched."))

    def _row_number(self, text: str) -> int | None:
        """`#12` or a plain `12` (when it is not an address) as a 0-based index."""
        value = text.strip().removeprefix("#").replace(",", "").replace("_", "")
        if not value.isdigit():
            return None
        number = int(value)
        if not 1 <= number <= self.count:
            raise _error(
                N_("subnet", "Row {number} is out of range: this list has {count}."),
                number=f"{number:,}",
                count=f"{self.count:,}",
            )
        return number - 1


class SubnetRows(RowSource):
    """The subnets of `network` with the longer prefix `new_prefix`, in address order."""

    def __init__(self, network: IPv4Or6Network, new_prefix: int) -> None:
        check_split_prefix(network, new_prefix)
        self.network = network
        self.new_prefix = new_prefix
        self.block = 2 ** (network.max_prefixlen - new_prefix)
        self._count = 2 ** (new_prefix - network.prefixlen)
        self._usable = f"{usable_hosts(new_prefix, network.version)}"
        self._with_broadcast = network.version == 4 and new_prefix <= 30
        if network.version == 4:
            self.headers = ("#", _NETWORK, _FIRST_HOST, _LAST_HOST, _BROADCAST, _USABLE_HOSTS)
        else:
            self.headers = ("#", _NETWORK, _FIRST_ADDRESS, _LAST_ADDRESS, _ADDRESSES)

    @property
    def count(self) -> int:
        return self._count

    def row(self, index: int) -> Row:
        if not 0 <= index < self._count:
            raise IndexError(index)
        base = self.network.network_address + index * self.block
        last = base + (self.block - 1)
        number = str(index + 1)
        if self.network.version == 6:
            return (number, f"{base}/{self.new_prefix}", str(base), str(last), self._usable)
        if self._with_broadcast:
            return (
                number,
                f"{base}/{self.new_prefix}",
                str(base + 1),
                str(last - 1),
                str(last),
                self._usable,
            )
        return (
            number,
            f"{base}/{self.new_prefix}",
            str(base),
            str(last),
            NO_BROADCAST,
            self._usable,
        )

    def find(self, text: str) -> int:
        """The subnet holding an address (or the row `#n`)."""
        number = self._row_number(text)
        if number is not None:
            return number
        target = parse_address_or_network(text)
        address = target.network_address if _is_network(target) else target  # type: ignore[union-attr]
        if address.version != self.network.version or address not in self.network:
            raise _error(
                N_("subnet", "{text} is not inside {network}."),
                text=text.strip(),
                network=str(self.network),
            )
        return (int(address) - int(self.network.network_address)) // self.block


class HostRows(RowSource):
    """The usable addresses of a network (every address of an IPv6 prefix, /31, /32)."""

    def __init__(self, network: IPv4Or6Network) -> None:
        self.network = network
        if has_broadcast(network):
            self.first = network.network_address + 1
            self._count = network.num_addresses - 2
        else:
            self.first = network.network_address
            self._count = network.num_addresses
        third = _BINARY if network.version == 4 else _EXPANDED
        self.headers = ("#", _ADDRESS, third)

    @property
    def count(self) -> int:
        return self._count

    def row(self, index: int) -> Row:
        if not 0 <= index < self._count:
            raise IndexError(index)
        address = self.first + index
        third = group_bits(bits_of(address)) if address.version == 4 else address.exploded
        return (str(index + 1), str(address), third)

    def find(self, text: str) -> int:
        """The row of an address (or the row `#n`)."""
        number = self._row_number(text)
        if number is not None:
            return number
        target = parse_address_or_network(text)
        if _is_network(target):
            raise _error(
                N_("subnet", "Type one address to find, not the network {network}."),
                network=str(target),
            )
        index = int(target) - int(self.first)  # type: ignore[arg-type]
        if target.version != self.network.version or not 0 <= index < self._count:
            raise _error(
                N_("subnet", "{text} is not a usable host of {network}."),
                text=text.strip(),
                network=str(self.network),
            )
        return index


class TableRows(RowSource):
    """A short list held in memory (a VLSM plan, a summary)."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Row]) -> None:
        self.headers = tuple(headers)
        self._rows = list(rows)

    @property
    def count(self) -> int:
        return len(self._rows)

    def row(self, index: int) -> Row:
        return self._rows[index]

    def find(self, text: str) -> int:
        """The first row with a cell equal to `text`, or that holds it as an address."""
        number = self._row_number(text)
        if number is not None:
            return number
        wanted = text.strip()
        for index, row in enumerate(self._rows):
            if wanted in row:
                return index
        target = parse_address_or_network(wanted)
        for index, row in enumerate(self._rows):
            for cell in row:
                if "/" in cell:
                    try:
                        network = ipaddress.ip_network(cell)
                    except ValueError:
                        continue
                    if target.version == network.version and (
                        target.subnet_of(network)  # type: ignore[union-attr]
                        if _is_network(target)
                        else target in network
                    ):
                        return index
        raise _error(N_("subnet", "{text} is not in this list."), text=wanted)


# --------------------------------------------------------------------------- splitting
def check_split_prefix(network: IPv4Or6Network, new_prefix: int) -> None:
    """Raise SubnetError unless `new_prefix` is a valid split of `network`."""
    if not network.prefixlen <= new_prefix <= network.max_prefixlen:
        raise _error(
            N_(
                "subnet",
                "A /{prefix} cannot be split into /{new_prefix}s: the new prefix "
                "must be from {prefix} to {max_prefix}.",
            ),
            prefix=network.prefixlen,
            new_prefix=new_prefix,
            max_prefix=network.max_prefixlen,
        )


def prefix_for_count(network: IPv4Or6Network, subnets: int) -> int:
    """The prefix that splits `network` into at least `subnets` equal subnets."""
    if subnets < 1:
        raise _error(N_("subnet", "The number of subnets must be at least 1."))
    extra_bits = (subnets - 1).bit_length()  # the bits needed to number that many subnets
    new_prefix = network.prefixlen + extra_bits
    if new_prefix > network.max_prefixlen:
        host_bits = network.max_prefixlen - network.prefixlen
        raise _error(
            N_(
                "subnet",
                "{subnets} subnets need {extra_bits} more network bits, and a /{prefix} "
                "has only {host_bits} host bits (at most {most} subnets).",
            ),
            subnets=f"{subnets:,}",
            extra_bits=extra_bits,
            prefix=network.prefixlen,
            host_bits=host_bits,
            most=f"{2**host_bits:,}",
        )
    return new_prefix


def prefix_for_hosts(hosts: int, version: int, *, allow_point_to_point: bool = True) -> int:
    """The longest prefix whose networks hold `hosts` usable hosts.

    With `allow_point_to_point`, 2 hosts fit a /31 (RFC 3021) and 1 host a /32;
    without it, the smallest IPv4 network is a /30 (2 usable hosts).
    """
    max_prefix = 32 if version == 4 else 128
    if hosts < 1:
        raise _error(N_("subnet", "The number of hosts must be at least 1."))
    longest = max_prefix if version == 6 or allow_point_to_point else max_prefix - 2
    for prefix in range(longest, -1, -1):
        if usable_hosts(prefix, version) >= hosts:
            return prefix
    raise _error(
        N_("subnet", "{hosts} hosts do not fit in any IPv{version} network (at most {most})."),
        hosts=f"{hosts:,}",
        version=version,
        most=f"{usable_hosts(0, version):,}",
    )


def prefix_for_hosts_in(
    network: IPv4Or6Network, hosts: int, *, allow_point_to_point: bool = True
) -> int:
    """The split prefix giving subnets of `hosts` usable hosts inside `network`."""
    new_prefix = prefix_for_hosts(hosts, network.version, allow_point_to_point=allow_point_to_point)
    if new_prefix < network.prefixlen:
        raise _error(
            N_(
                "subnet",
                "{hosts} hosts do not fit in one subnet of {network}: a /{prefix} has at most "
                "{most} usable hosts.",
            ),
            hosts=f"{hosts:,}",
            network=str(network),
            prefix=network.prefixlen,
            most=f"{usable_hosts(network.prefixlen, network.version):,}",
        )
    return new_prefix


# --------------------------------------------------------------------------- VLSM
@dataclass(frozen=True)
class HostRequirement:
    """One named need in a VLSM plan: `Sales 50`."""

    name: str
    hosts: int


@dataclass(frozen=True)
class VlsmAllocation:
    """Where one requirement went: its subnet and what it wastes."""

    name: str
    hosts: int
    network: IPv4Or6Network
    usable: int

    @property
    def waste(self) -> int:
        """Usable addresses allocated but not needed."""
        return self.usable - self.hosts


@dataclass(frozen=True)
class VlsmPlan:
    """A VLSM plan: allocations largest first, and the space left over."""

    network: IPv4Or6Network
    allocations: tuple[VlsmAllocation, ...]
    free: tuple[IPv4Or6Network, ...]

    @property
    def used_addresses(self) -> int:
        """Addresses taken by the allocated subnets."""
        return sum(item.network.num_addresses for item in self.allocations)

    @property
    def waste(self) -> int:
        """Usable addresses inside the allocated subnets that no requirement needs."""
        return sum(item.waste for item in self.allocations)

    @property
    def free_addresses(self) -> int:
        """Addresses of the network left unallocated."""
        return sum(net.num_addresses for net in self.free)

    def summary(self) -> Message:
        """One line: how much is used, wasted and free (and the first free blocks)."""
        values = {
            "subnets": len(self.allocations),
            "used": f"{self.used_addresses:,}",
            "total": f"{self.network.num_addresses:,}",
            "network": str(self.network),
            "waste": f"{self.waste:,}",
            "free": f"{self.free_addresses:,}",
        }
        if not self.free:
            return Message(
                N_(
                    "subnet",
                    "{subnets} subnets use {used} of {total} addresses in {network}; {waste} "
                    "allocated host addresses are unused (waste); {free} addresses are free.",
                ),
                **values,
            )
        blocks = ", ".join(str(n) for n in self.free[:4]) + (", ..." if len(self.free) > 4 else "")
        return Message(
            N_(
                "subnet",
                "{subnets} subnets use {used} of {total} addresses in {network}; {waste} "
                "allocated host addresses are unused (waste); {free} addresses are free "
                "({blocks}).",
            ),
            blocks=blocks,
            **values,
        )

    def table(self) -> TableRows:
        """The plan as a list for the window and CSV."""
        version = self.network.version
        headers = [_NAME, _NEEDED, _NETWORK, _USABLE, _WASTE, _FIRST, _LAST]
        if version == 4:
            headers += [_BROADCAST, _NETMASK]
        rows: list[Row] = []
        for item in self.allocations:
            net = item.network
            first, last = _usable_bounds(net)
            row = [
                item.name,
                str(item.hosts),
                str(net),
                str(item.usable),
                str(item.waste),
                str(first),
                str(last),
            ]
            if version == 4:
                row += [str(net.broadcast_address) if has_broadcast(net) else NO_BROADCAST]
                row += [str(net.netmask)]
            rows.append(tuple(row))
        return TableRows(headers, rows)


def _usable_bounds(network: IPv4Or6Network) -> tuple[IPv4Or6Address, IPv4Or6Address]:
    if has_broadcast(network):
        return network.network_address + 1, network.broadcast_address - 1
    return network.network_address, network.broadcast_address


_REQUIREMENT = re.compile(r"^(?P<name>.*?)[\s,:=;]*(?P<hosts>[0-9][0-9,_]*)\s*(hosts?)?$", re.I)


def parse_requirements(text: str) -> list[HostRequirement]:
    """Parse one requirement a line: `Sales 50`, `Lab: 20`, `Link,2` (a name, then a count)."""
    found: list[HostRequirement] = []
    for line_number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        match = _REQUIREMENT.match(stripped)
        if match is None:
            raise _error(
                N_(
                    "subnet",
                    "Line {line}: {text} has no host count: write a name and a number, "
                    "e.g. Lab 20.",
                ),
                line=line_number,
                text=repr(stripped),
            )
        hosts = int(match["hosts"].replace(",", "").replace("_", ""))
        name = match["name"].strip() or Message(
            N_("subnet", "Subnet {number}"), number=len(found) + 1
        )
        if hosts < 1:
            raise _error(
                N_("subnet", "Line {line}: {name} needs at least 1 host, not {hosts}."),
                line=line_number,
                name=name,
                hosts=hosts,
            )
        found.append(HostRequirement(name, hosts))
    if not found:
        raise _no_requirements()
    return found


def _no_requirements() -> SubnetError:
    return _error(
        N_("subnet", "No requirements yet: write one a line, a name and a host count (Lab 20).")
    )


def plan_vlsm(
    network: IPv4Or6Network,
    requirements: Sequence[HostRequirement],
    *,
    allow_point_to_point: bool = True,
) -> VlsmPlan:
    """Allocate each requirement a subnet, largest first, packed from the network's start.

    Blocks are powers of two taken in decreasing size, so each one starts aligned right
    after the previous one; they fit exactly when their sizes add up to the network's.
    """
    if not requirements:
        raise _no_requirements()
    ordered = sorted(requirements, key=lambda need: need.hosts, reverse=True)
    prefixes = [
        prefix_for_hosts(need.hosts, network.version, allow_point_to_point=allow_point_to_point)
        for need in ordered
    ]
    sizes = [2 ** (network.max_prefixlen - prefix) for prefix in prefixes]
    needed = sum(sizes)
    if needed > network.num_addresses:
        used = 0
        first_misfit = ordered[-1]
        for need, size in zip(ordered, sizes, strict=True):
            if used + size > network.num_addresses:
                first_misfit = need
                break
            used += size
        smallest = next(
            (
                prefix
                for prefix in range(network.max_prefixlen, -1, -1)
                if 2 ** (network.max_prefixlen - prefix) >= needed
            ),
            0,
        )
        misfit_prefix = prefixes[ordered.index(first_misfit)]
        sum_text = " + ".join(f"{size:,}" for size in sizes[:8])
        raise _error(
            N_(
                "subnet",
                "These subnets do not fit in {network}: they need {needed} addresses ({sizes}) "
                "and a /{prefix} has {available}. {name} ({hosts} hosts, a /{misfit_prefix}) "
                "is the first that does not fit; the plan needs at least a /{smallest}.",
            ),
            network=str(network),
            needed=f"{needed:,}",
            sizes=sum_text + (" + ..." if len(sizes) > 8 else ""),
            prefix=network.prefixlen,
            available=f"{network.num_addresses:,}",
            name=first_misfit.name,
            hosts=f"{first_misfit.hosts:,}",
            misfit_prefix=misfit_prefix,
            smallest=smallest,
        )
    offset = 0  # from the network's first address; stays inside it because `needed` fits
    allocations: list[VlsmAllocation] = []
    for need, prefix, size in zip(ordered, prefixes, sizes, strict=True):
        subnet = ipaddress.ip_network((network.network_address + offset, prefix))
        allocations.append(
            VlsmAllocation(need.name, need.hosts, subnet, usable_hosts(prefix, network.version))
        )
        offset += size
    end = network.network_address + needed if needed < network.num_addresses else None
    free = (
        tuple(ipaddress.summarize_address_range(end, network.broadcast_address))
        if end is not None
        else ()
    )
    return VlsmPlan(network, tuple(allocations), free)


# --------------------------------------------------------------------------- summarising
@dataclass(frozen=True)
class Summary:
    """The fewest networks covering exactly the input, and the one route covering it all."""

    inputs: tuple[IPv4Or6Network, ...]
    networks: tuple[IPv4Or6Network, ...]
    covering: tuple[IPv4Or6Network, ...]  # one per IP version present

    @property
    def input_addresses(self) -> int:
        """Distinct addresses in the input (overlaps counted once)."""
        return sum(net.num_addresses for net in self.networks)

    def extra_addresses(self, covering: IPv4Or6Network) -> int:
        """Addresses a single covering route takes in beyond the input."""
        covered = sum(n.num_addresses for n in self.networks if n.version == covering.version)
        return covering.num_addresses - covered

    def table(self) -> TableRows:
        """The summary as a list for the window and CSV."""
        rows = []
        for net in self.networks:
            first, last = net.network_address, net.broadcast_address
            merged = sum(
                1
                for item in self.inputs
                if item.version == net.version and item.subnet_of(net)  # type: ignore[arg-type]
            )
            rows.append((str(net), str(net.num_addresses), str(merged), str(first), str(last)))
        return TableRows((_NETWORK, _ADDRESSES, _INPUTS_MERGED, _FIRST, _LAST), rows)


def parse_network_list(text: str) -> list[IPv4Or6Network]:
    """Networks one a line (or separated by commas): `10.0.0.0/24`, `10.0.1.0 255.255.255.0`."""
    networks: list[IPv4Or6Network] = []
    for line_number, line in enumerate(text.splitlines(), start=1):
        for item in line.split(","):
            value = item.strip()
            if not value or value.startswith("#"):
                continue
            try:
                networks.append(parse_query(value).network)
            except SubnetError as exc:
                raise _error(
                    N_("subnet", "Line {line}: {reason}"), line=line_number, reason=message_of(exc)
                ) from None
    if not networks:
        raise _error(N_("subnet", "No networks yet: write one a line, such as 192.168.0.0/24."))
    return networks


def summarise(networks: Sequence[IPv4Or6Network]) -> Summary:
    """Collapse networks into the fewest that cover exactly the same addresses.

    Also finds, per IP version, the single smallest network that covers them all (a
    summary route), which may take in addresses that were not in the list.
    """
    collapsed: list[IPv4Or6Network] = []
    covering: list[IPv4Or6Network] = []
    for version in (4, 6):
        same_version = [net for net in networks if net.version == version]
        if not same_version:
            continue
        merged = list(ipaddress.collapse_addresses(same_version))  # type: ignore[arg-type]
        collapsed.extend(merged)
        low = merged[0].network_address
        high = merged[-1].broadcast_address
        prefix = min(net.prefixlen for net in merged)
        while high not in ipaddress.ip_network((low, prefix), strict=False):
            prefix -= 1
        covering.append(ipaddress.ip_network((low, prefix), strict=False))
    return Summary(tuple(networks), tuple(collapsed), tuple(covering))


# --------------------------------------------------------------------------- CSV
def check_exportable(source: RowSource) -> None:
    """Raise SubnetError if the list is too long to export."""
    if source.count > EXPORT_ROW_LIMIT:
        raise _error(
            N_(
                "subnet",
                "This list has {rows} rows; an export stops at {limit} (about a gigabyte of "
                "CSV). Split into fewer, larger subnets or pick a smaller network.",
            ),
            rows=f"{source.count:,}",
            limit=f"{EXPORT_ROW_LIMIT:,}",
        )


def csv_chunks(source: RowSource, rows_per_chunk: int = 5000) -> Iterator[tuple[str, int]]:
    """The CSV text in chunks, header first: yields (text, rows written so far)."""
    check_exportable(source)
    yield from export.csv_chunks(source.headers, source.rows(), rows_per_chunk, "\n")


def write_csv(source: RowSource, stream: TextIO) -> int:
    """Write the whole list as CSV to `stream`; returns the number of rows."""
    return export.write_chunks(csv_chunks(source), stream)
