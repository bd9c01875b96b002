"""Diagnostics' words are Messages: English text that keeps its template for the window."""

from __future__ import annotations

import errno
import struct

import pytest

from app.core.diagnostics import dns, neighbours
from app.core.diagnostics.interfaces import NetworkInterface
from app.core.diagnostics.ping import (
    ICMP_DEST_UNREACHABLE,
    METHOD_COMMAND,
    PingEngine,
    parse_icmp,
    parse_ping_output_line,
)
from app.core.diagnostics.portcheck import (
    CLOSED,
    FILTERED,
    OPEN,
    PortCheckFinished,
    classify_connect_result,
    state_word,
)
from app.core.diagnostics.wording import AND, joined
from app.core.events import ErrorEvent, StateEvent
from app.core.messages import Message, Template

CONTEXT = "diagnostics"


def template_of(message: str) -> Template:
    assert isinstance(message, Message), repr(message)
    assert message.template.context == CONTEXT
    return message.template


def test_a_refused_port_has_a_translatable_detail_with_the_errno_as_a_value() -> None:
    state, detail = classify_connect_result(errno.ECONNREFUSED)
    assert (state, detail) == (CLOSED, "ECONNREFUSED: refused")
    assert template_of(detail).text == "{code}: refused"
    assert detail.values == {"code": "ECONNREFUSED"}
    assert template_of(classify_connect_result(0)[1]).text == "connected"
    state, detail = classify_connect_result(errno.ENETUNREACH)
    assert state == FILTERED and template_of(detail).text == "{code}: no answer"


def test_port_states_and_the_totals_are_messages_with_the_same_english() -> None:
    assert state_word(OPEN) == "open" and template_of(state_word(OPEN)).text == "open"
    finished = PortCheckFinished(
        checked=1200, total=4096, counts={OPEN: 2, CLOSED: 1197, "error": 1}, elapsed_s=1.5
    )
    text = finished.as_text()
    assert text == "1,200 of 4,096 ports: 2 open, 1197 closed, 0 filtered, 1 error in 1.50 s"
    assert "{error} error" in template_of(text.values["counts"]).text
    stopped = PortCheckFinished(checked=3, total=3, counts={OPEN: 3}, stopped=True)
    assert stopped.as_text() == "3 of 3 ports: 3 open, 0 closed, 0 filtered in 0.00 s (stopped)"


def test_an_icmp_error_reason_is_a_sentence_of_messages() -> None:
    quoted_request = struct.pack("!BBHHH", 8, 0, 0, 4321, 12)
    ip_header = bytes([0x45]) + bytes(19)
    packet = struct.pack("!BBHI", ICMP_DEST_UNREACHABLE, 1, 0, 0) + ip_header + quoted_request
    reason = parse_icmp(packet, ipv6=False).reason
    assert reason == "Destination unreachable (code 1)"
    assert template_of(reason).text == "{error} (code {code})"
    assert template_of(reason.values["error"]).text == "Destination unreachable"
    lost = parse_ping_output_line("no answer yet for icmp_seq=3")
    assert template_of(lost.reason).text == "no reply in time"


def test_the_system_pings_own_words_stay_as_they_are() -> None:
    parsed = parse_ping_output_line("From 10.0.0.1 icmp_seq=2 Destination Host Unreachable")
    assert parsed.reason == "Destination Host Unreachable"
    assert not isinstance(parsed.reason, Message)


def test_no_way_to_ping_is_a_message_around_its_reasons(run_engine, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))  # no ping program on PATH
    engine = PingEngine("127.0.0.1", count=1, methods=(METHOD_COMMAND,))
    events = run_engine(engine).wait_for(lambda events: StateEvent("stopped") in events)
    (error,) = [event for event in events if isinstance(event, ErrorEvent)]
    assert template_of(error.message).text.startswith("Cannot ping: {reasons}. Install")
    reasons = error.message.values["reasons"]
    assert template_of(reasons).text == "no ping program was found on this system"


def test_reasons_are_joined_one_message_each() -> None:
    first, second = Message(Template(CONTEXT, "a")), Message(Template(CONTEXT, "b"))
    both = joined([first, second], AND)
    assert both == "a and b" and both.values == {"first": first, "second": second}
    assert joined([first]) is first and joined([]) == ""


@pytest.mark.parametrize(
    ("resolv", "nsswitch", "expected"),
    [
        (
            "nameserver 127.0.0.53\nnameserver ::1\n",
            "hosts: files dns # comment\n",
            "System resolver (order: files dns): /etc/hosts, then DNS server 127.0.0.53, ::1 "
            "(from /etc/resolv.conf).",
        ),
        ("", "", "System resolver: /etc/hosts, then DNS."),
    ],
)
def test_the_resolver_line_is_a_message(tmp_path, monkeypatch, resolv, nsswitch, expected) -> None:
    (tmp_path / "resolv.conf").write_text(resolv, encoding="utf-8")
    (tmp_path / "nsswitch.conf").write_text(nsswitch, encoding="utf-8")
    monkeypatch.setattr(dns, "RESOLV_CONF", tmp_path / "resolv.conf")
    monkeypatch.setattr(dns, "NSSWITCH_CONF", tmp_path / "nsswitch.conf")
    monkeypatch.setattr(dns.sys, "platform", "linux")
    line = dns.resolver_description()
    assert line == expected
    template_of(line)


def test_a_reverse_lookup_of_a_name_is_explained_in_a_message() -> None:
    with pytest.raises(ValueError) as caught:
        dns.reverse_lookup("localhost")  # refused before any lookup
    message = dns.describe_lookup_error(caught.value, "localhost")
    assert message.startswith("localhost is not an IP address")
    assert message.values == {"query": "localhost"}
    template_of(message)


def test_interface_states_are_messages() -> None:
    loopback = NetworkInterface("lo", True, True, None, 65536, None)
    assert loopback.state == "up, loopback"
    assert template_of(loopback.state).text == "{state}, loopback"
    assert template_of(loopback.state.values["state"]).text == "up"
    down = NetworkInterface("eth9", False, False, None, None, None)
    assert down.state == "down" and template_of(down.state).text == "down"


def test_why_the_neighbour_table_is_missing_is_a_message(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no `ip`, no `arp`
    monkeypatch.setattr(neighbours, "PROC_NET_ARP", tmp_path / "arp")
    reason = neighbours.read_neighbours(platform="linux").unavailable_reason
    assert reason.startswith(f"This system does not show its neighbour (ARP) table: {tmp_path}")
    failure = reason.values["failures"]
    assert template_of(failure).text == "{path} cannot be read ({reason})"
    assert failure.values["path"] == str(tmp_path / "arp")
    assert template_of(neighbours.parse_proc_net_arp(PROC_ROW)[0].state).text == "complete"


PROC_ROW = """\
IP address       HW type     Flags       HW address            Mask     Device
192.168.1.1      0x1         0x2         aa:bb:cc:dd:ee:01     *        wlan0
"""
