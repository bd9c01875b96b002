"""Subnet planning: lazy split and host lists, VLSM, summaries and streamed CSV."""

from __future__ import annotations

import csv
import io
import ipaddress
import itertools
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.messages import Message, message_of
from app.core.subnet import SubnetError
from app.core.subnet_plan import (
    EXPORT_ROW_LIMIT,
    HostRequirement,
    HostRows,
    RowSource,
    SubnetRows,
    TableRows,
    check_exportable,
    csv_chunks,
    parse_network_list,
    parse_requirements,
    plan_vlsm,
    prefix_for_count,
    prefix_for_hosts,
    prefix_for_hosts_in,
    summarise,
    write_csv,
)

net = ipaddress.ip_network


class CountingRows(RowSource):
    """Wraps a source and counts the rows computed, to prove lists stay lazy."""

    def __init__(self, inner: RowSource) -> None:
        self.inner = inner
        self.headers = inner.headers
        self.computed = 0

    @property
    def count(self) -> int:
        return self.inner.count

    def row(self, index: int) -> tuple[str, ...]:
        self.computed += 1
        return self.inner.row(index)


# --------------------------------------------------------------------------- split
def test_split_a_slash_8_into_slash_30s_without_building_the_list() -> None:
    rows = CountingRows(SubnetRows(net("10.0.0.0/8"), 30))
    assert rows.count == 4_194_304
    assert rows.row(0) == ("1", "10.0.0.0/30", "10.0.0.1", "10.0.0.2", "10.0.0.3", "2")
    assert rows.row(rows.count - 1) == (
        "4194304",
        "10.255.255.252/30",
        "10.255.255.253",
        "10.255.255.254",
        "10.255.255.255",
        "2",
    )
    assert rows.computed == 2
    first_chunk = next(csv_chunks(rows, rows_per_chunk=100))
    assert first_chunk[1] == 100 and rows.computed == 102


def test_split_rows_for_31_32_and_ipv6() -> None:
    assert SubnetRows(net("10.0.0.0/30"), 31).row(1) == (
        "2",
        "10.0.0.2/31",
        "10.0.0.2",
        "10.0.0.3",
        "none",
        "2",
    )
    assert SubnetRows(net("10.0.0.0/30"), 32).row(3)[1:] == (
        "10.0.0.3/32",
        "10.0.0.3",
        "10.0.0.3",
        "none",
        "1",
    )
    six = SubnetRows(net("2001:db8::/32"), 64)
    assert six.count == 2**32
    assert six.headers == ("#", "Network", "First address", "Last address", "Addresses")
    assert six.row(5) == (
        "6",
        "2001:db8:0:5::/64",
        "2001:db8:0:5::",
        "2001:db8:0:5:ffff:ffff:ffff:ffff",
        str(2**64),
    )
    huge = SubnetRows(net("2001:db8::/32"), 128)
    assert huge.count == 2**96  # more than fits in len(): `count` is an int property
    assert huge.row(huge.count - 1)[1] == "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff/128"


def test_split_find_and_rows_range() -> None:
    rows = SubnetRows(net("10.0.0.0/8"), 30)
    assert rows.find("10.200.3.7") == (int(ipaddress.ip_address("10.200.3.4")) - 10 * 2**24) // 4
    assert rows.find("#5") == 4 and rows.find("5") == 4 and rows.find("1,000") == 999
    assert [row[1] for row in rows.rows(2, 4)] == ["10.0.0.8/30", "10.0.0.12/30"]
    with pytest.raises(SubnetError, match=r"11\.0\.0\.1 is not inside 10\.0\.0\.0/8"):
        rows.find("11.0.0.1")
    with pytest.raises(SubnetError, match="Row 4,194,305 is out of range"):
        rows.find("#4194305")
    with pytest.raises(IndexError):
        rows.row(rows.count)


@pytest.mark.parametrize(
    ("network", "prefix", "message"),
    [
        ("10.0.0.0/8", 7, "A /8 cannot be split into /7s: the new prefix must be from 8 to 32."),
        ("10.0.0.0/8", 33, "must be from 8 to 32"),
        ("2001:db8::/64", 129, "must be from 64 to 128"),
    ],
)
def test_split_prefix_errors(network: str, prefix: int, message: str) -> None:
    with pytest.raises(SubnetError, match=re.escape(message)):
        SubnetRows(net(network), prefix)


def test_prefix_for_count_and_hosts() -> None:
    network = net("192.168.1.0/24")
    assert [prefix_for_count(network, n) for n in (1, 2, 3, 4, 5, 256)] == [24, 25, 26, 26, 27, 32]
    assert prefix_for_hosts(50, 4) == 26
    assert prefix_for_hosts(62, 4) == 26 and prefix_for_hosts(63, 4) == 25
    assert prefix_for_hosts(2, 4) == 31 and prefix_for_hosts(1, 4) == 32
    assert prefix_for_hosts(2, 4, allow_point_to_point=False) == 30
    assert prefix_for_hosts(1, 4, allow_point_to_point=False) == 30
    assert prefix_for_hosts(2**64, 6) == 64 and prefix_for_hosts(1, 6) == 128
    assert prefix_for_hosts_in(network, 100) == 25
    with pytest.raises(SubnetError, match=r"257 subnets need 9 more network bits, and a /24"):
        prefix_for_count(network, 257)
    with pytest.raises(
        SubnetError, match=r"300 hosts do not fit in one subnet of 192\.168\.1\.0/24"
    ):
        prefix_for_hosts_in(network, 300)
    with pytest.raises(SubnetError, match="at least 1"):
        prefix_for_count(network, 0)
    with pytest.raises(SubnetError, match="at least 1"):
        prefix_for_hosts(0, 4)
    with pytest.raises(SubnetError, match="do not fit in any IPv4 network"):
        prefix_for_hosts(2**32, 4)


@given(st.integers(0, 2**32 - 1), st.integers(16, 32), st.integers(0, 6))
def test_split_rows_match_ipaddress_subnets(address: int, prefix: int, extra: int) -> None:
    network = net((address, prefix), strict=False)
    new_prefix = min(32, prefix + extra)
    rows = SubnetRows(network, new_prefix)
    expected = list(network.subnets(new_prefix=new_prefix))
    assert rows.count == len(expected)
    assert [row[1] for row in rows.rows()] == [str(subnet) for subnet in expected]
    for index in {0, rows.count - 1, rows.count // 2}:
        subnet = expected[index]
        assert rows.find(str(subnet.broadcast_address)) == index


@given(st.integers(0, 2**128 - 1), st.integers(0, 128), st.integers(0, 4))
def test_ipv6_split_rows_first_and_last(address: int, prefix: int, extra: int) -> None:
    network = net((ipaddress.IPv6Address(address), prefix), strict=False)
    new_prefix = min(128, prefix + extra)
    rows = SubnetRows(network, new_prefix)
    assert rows.row(0)[1] == str(next(network.subnets(new_prefix=new_prefix)))
    assert rows.row(rows.count - 1)[3] == str(network.broadcast_address)


# --------------------------------------------------------------------------- hosts
def test_hosts_of_a_slash_8_are_lazy() -> None:
    rows = CountingRows(HostRows(net("10.0.0.0/8")))
    assert rows.count == 16_777_214
    assert rows.row(0)[:2] == ("1", "10.0.0.1")
    assert rows.row(rows.count - 1)[:2] == ("16777214", "10.255.255.254")
    assert rows.row(0)[2] == "00001010.00000000.00000000.00000001"
    assert rows.computed == 3


def test_hosts_of_31_32_and_ipv6() -> None:
    assert [row[1] for row in HostRows(net("10.0.0.0/31")).rows()] == ["10.0.0.0", "10.0.0.1"]
    assert [row[1] for row in HostRows(net("10.0.0.5/32")).rows()] == ["10.0.0.5"]
    six = HostRows(net("2001:db8::/64"))
    assert six.count == 2**64
    assert six.row(0)[1:] == ("2001:db8::", "2001:0db8:0000:0000:0000:0000:0000:0000")
    assert six.find("2001:db8::ff") == 255


def test_hosts_find() -> None:
    rows = HostRows(net("192.168.1.0/24"))
    assert rows.find("192.168.1.1") == 0 and rows.find("192.168.1.254") == 253
    for bad in ("192.168.1.0", "192.168.1.255", "10.0.0.1", "2001:db8::1"):
        with pytest.raises(SubnetError, match=r"is not a usable host of 192\.168\.1\.0/24"):
            rows.find(bad)
    with pytest.raises(SubnetError, match="Type one address"):
        rows.find("192.168.1.0/25")


@given(st.integers(0, 2**32 - 1), st.integers(22, 32))
def test_host_rows_match_ipaddress(address: int, prefix: int) -> None:
    network = net((address, prefix), strict=False)
    expected = [str(host) for host in network.hosts()]  # Python gives /31 and /32 as RFC 3021
    assert [row[1] for row in HostRows(network).rows()] == expected


# --------------------------------------------------------------------------- VLSM
def test_parse_requirements_forms_and_errors() -> None:
    text = "Sales 50\nLab: 20\n\n# a comment\nLink,2\nWi-Fi guests = 1,000 hosts\n  Office\t12  "
    assert parse_requirements(text) == [
        HostRequirement("Sales", 50),
        HostRequirement("Lab", 20),
        HostRequirement("Link", 2),
        HostRequirement("Wi-Fi guests", 1000),
        HostRequirement("Office", 12),
    ]
    with pytest.raises(SubnetError, match="Line 2: 'Lab twenty' has no host count"):
        parse_requirements("Sales 5\nLab twenty")
    with pytest.raises(SubnetError, match="Line 1: Lab needs at least 1 host, not 0"):
        parse_requirements("Lab 0")
    with pytest.raises(SubnetError, match="No requirements yet"):
        parse_requirements("  \n# nothing\n")
    assert parse_requirements("40") == [HostRequirement("Subnet 1", 40)]


def test_vlsm_plan_largest_first_with_waste() -> None:
    plan = plan_vlsm(net("192.168.1.0/24"), parse_requirements("Link 2\nSales 50\nLab 20"))
    assert [(a.name, str(a.network), a.usable, a.waste) for a in plan.allocations] == [
        ("Sales", "192.168.1.0/26", 62, 12),
        ("Lab", "192.168.1.64/27", 30, 10),
        ("Link", "192.168.1.96/31", 2, 0),
    ]
    assert plan.used_addresses == 98 and plan.waste == 22 and plan.free_addresses == 158
    assert [str(n) for n in plan.free] == [
        "192.168.1.98/31",
        "192.168.1.100/30",
        "192.168.1.104/29",
        "192.168.1.112/28",
        "192.168.1.128/25",
    ]
    assert plan.summary().startswith("3 subnets use 98 of 256 addresses in 192.168.1.0/24")
    table = plan.table()
    assert table.headers[:3] == ("Name", "Needed", "Network")
    assert table.row(2)[-2:] == ("none", "255.255.255.254")
    classic = plan_vlsm(
        net("192.168.1.0/24"), [HostRequirement("Link", 2)], allow_point_to_point=False
    )
    assert str(classic.allocations[0].network) == "192.168.1.0/30"


def test_vlsm_says_clearly_when_it_does_not_fit() -> None:
    needs = parse_requirements("Sales 50\nLab 20\nLink 2")
    with pytest.raises(SubnetError) as caught:
        plan_vlsm(net("192.168.1.0/26"), needs)
    message = str(caught.value)
    assert message == (
        "These subnets do not fit in 192.168.1.0/26: they need 98 addresses (64 + 32 + 2) "
        "and a /26 has 64. Lab (20 hosts, a /27) is the first that does not fit; the plan "
        "needs at least a /25."
    )
    with pytest.raises(SubnetError, match="No requirements yet"):
        plan_vlsm(net("10.0.0.0/8"), [])


def test_vlsm_fills_a_network_exactly() -> None:
    plan = plan_vlsm(net("10.0.0.0/30"), [HostRequirement("a", 2), HostRequirement("b", 1)])
    assert [str(a.network) for a in plan.allocations] == ["10.0.0.0/31", "10.0.0.2/32"]
    plan = plan_vlsm(
        net("255.255.255.252/30"), [HostRequirement("top", 2)], allow_point_to_point=False
    )
    assert str(plan.allocations[0].network) == "255.255.255.252/30"
    assert plan.free == ()


@given(
    st.integers(0, 2**32 - 1),
    st.integers(8, 28),
    st.lists(st.integers(1, 5000), min_size=1, max_size=12),
)
def test_vlsm_allocations_are_disjoint_aligned_and_big_enough(
    address: int, prefix: int, hosts: list[int]
) -> None:
    network = net((address, prefix), strict=False)
    needs = [HostRequirement(f"n{i}", h) for i, h in enumerate(hosts)]
    try:
        plan = plan_vlsm(network, needs)
    except SubnetError as exc:
        assert "do not fit" in str(exc) or "do not fit in any" in str(exc)
        sizes = [2 ** (32 - prefix_for_hosts(h, 4)) for h in hosts]
        assert sum(sizes) > network.num_addresses
        return
    allocated = [a.network for a in plan.allocations]
    assert all(subnet.subnet_of(network) for subnet in allocated)
    assert all(a.usable >= a.hosts for a in plan.allocations)
    assert [a.hosts for a in plan.allocations] == sorted(hosts, reverse=True)
    for left, right in itertools.pairwise(allocated):
        assert left.broadcast_address < right.network_address
    covered = sum(n.num_addresses for n in allocated) + plan.free_addresses
    assert covered == network.num_addresses


# --------------------------------------------------------------------------- summarise
def test_summarise_collapses_and_finds_the_summary_route() -> None:
    networks = parse_network_list(
        "192.168.0.0/24\n192.168.1.0/24, 192.168.2.0 255.255.255.0\n192.168.3.0/24\n"
        "192.168.4.0/23\n2001:db8::/33\n2001:db8:8000::/33"
    )
    result = summarise(networks)
    assert [str(n) for n in result.networks] == [
        "192.168.0.0/22",
        "192.168.4.0/23",
        "2001:db8::/32",
    ]
    assert [str(n) for n in result.covering] == ["192.168.0.0/21", "2001:db8::/32"]
    assert result.extra_addresses(result.covering[0]) == 512
    assert result.extra_addresses(result.covering[1]) == 0
    table = result.table()
    assert table.row(0) == ("192.168.0.0/22", "1024", "4", "192.168.0.0", "192.168.3.255")
    assert table.find("192.168.5.9") == 1


def test_network_list_errors_name_the_line() -> None:
    with pytest.raises(SubnetError, match=r"Line 2: Octet 300 is out of range 0-255"):
        parse_network_list("10.0.0.0/8\n10.0.300.0/24")
    with pytest.raises(SubnetError, match="No networks yet"):
        parse_network_list("\n  \n")


@given(st.lists(st.tuples(st.integers(0, 2**32 - 1), st.integers(8, 32)), min_size=1, max_size=20))
def test_summary_equals_collapse_addresses(items: list[tuple[int, int]]) -> None:
    networks = [net(item, strict=False) for item in items]
    result = summarise(networks)
    assert list(result.networks) == list(ipaddress.collapse_addresses(networks))
    (cover,) = result.covering
    assert all(n.subnet_of(cover) for n in networks)
    if cover.prefixlen < 32:  # the next longer prefix no longer covers everything
        halves = list(cover.subnets())
        assert not any(all(n.subnet_of(h) for n in networks) for h in halves)


# --------------------------------------------------------------------------- CSV and tables
def test_csv_streams_the_whole_list() -> None:
    rows = SubnetRows(net("10.0.0.0/16"), 24)
    buffer = io.StringIO()
    assert write_csv(rows, buffer) == 256
    parsed = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert parsed[0] == list(rows.headers)
    assert parsed[1] == ["1", "10.0.0.0/24", "10.0.0.1", "10.0.0.254", "10.0.0.255", "254"]
    assert len(parsed) == 257
    chunks = list(csv_chunks(rows, rows_per_chunk=100))
    assert [written for _, written in chunks] == [100, 200, 256]


def test_csv_of_an_empty_table_is_its_header() -> None:
    assert list(csv_chunks(TableRows(("a", "b"), []))) == [("a,b\n", 0)]


def test_export_refuses_an_endless_list() -> None:
    with pytest.raises(SubnetError, match=r"This list has 18,446,744,073,709,551,616 rows"):
        check_exportable(HostRows(net("2001:db8::/64")))
    check_exportable(HostRows(net("10.0.0.0/8")))  # 16,777,214 rows are fine
    assert EXPORT_ROW_LIMIT >= 16_777_214


def test_table_rows_find() -> None:
    table = TableRows(("Name", "Network"), [("a", "10.0.0.0/24"), ("b", "10.0.1.0/24")])
    assert table.find("b") == 1 and table.find("#1") == 0 and table.find("10.0.1.7") == 1
    with pytest.raises(SubnetError, match="is not in this list"):
        table.find("10.9.9.9")
    with pytest.raises(SubnetError, match="cannot be searched"):
        RowSource().find("x")


# --------------------------------------------------------------------------- messages
def test_plan_errors_are_translatable_messages() -> None:
    attempts = [
        lambda: SubnetRows(net("192.168.1.0/24"), 20),
        lambda: SubnetRows(net("10.0.0.0/8"), 30).find("11.0.0.1"),
        lambda: SubnetRows(net("10.0.0.0/8"), 30).find("#99999999"),
        lambda: HostRows(net("10.0.0.0/30")).find("10.0.0.0/30"),
        lambda: HostRows(net("10.0.0.0/30")).find("10.0.0.3"),
        lambda: prefix_for_count(net("10.0.0.0/30"), 8),
        lambda: prefix_for_count(net("10.0.0.0/30"), 0),
        lambda: prefix_for_hosts(0, 4),
        lambda: prefix_for_hosts(2**40, 4),
        lambda: prefix_for_hosts_in(net("192.168.1.0/24"), 300),
        lambda: parse_requirements("Sales fifty"),
        lambda: parse_requirements("Sales 0"),
        lambda: parse_requirements(""),
        lambda: plan_vlsm(net("192.168.1.0/26"), parse_requirements("A 50\nB 20")),
        lambda: parse_network_list(""),
        lambda: check_exportable(HostRows(net("2001:db8::/64"))),
    ]
    for attempt in attempts:
        with pytest.raises(SubnetError) as caught:
            attempt()
        message = message_of(caught.value)
        assert isinstance(message, Message), str(caught.value)
        assert message.template.context == "subnet"


def test_a_line_number_wraps_the_reason_as_a_message() -> None:
    with pytest.raises(SubnetError) as caught:
        parse_network_list("10.0.0.0/24\n10.0.0.0/33")
    message = message_of(caught.value)
    assert message.template.text == "Line {line}: {reason}"
    assert message.values["line"] == 2
    assert message.values["reason"].template.text.startswith("Prefix {prefix} is too long")


def test_plan_words_are_messages_and_the_csv_stays_english() -> None:
    plan = plan_vlsm(net("192.168.1.0/24"), parse_requirements("50\nLink 2"))
    summary = plan.summary()
    assert isinstance(summary, Message) and summary.values["blocks"].endswith("/28, ...")
    table = plan.table()
    assert all(isinstance(header, Message) for header in table.headers)
    first = table.row(0)
    assert first[0] == "Subnet 1" and isinstance(first[0], Message)
    assert table.row(1)[7] == "none" and isinstance(table.row(1)[7], Message)  # a /31
    buffer = io.StringIO()
    write_csv(table, buffer)
    assert buffer.getvalue().splitlines()[0].startswith("Name,Needed,Network,Usable,Waste")
