"""LAN discovery on loopback: the datagram format, bad datagrams, answers, goodbyes, expiry.

Servers here are bound to 127.0.0.1, so they announce on loopback only (to
127.255.255.255), and every finder is told to ask 127.255.255.255 only. Each test uses
its own free discovery port, never 5556. Loopback broadcast is a Linux feature.
"""

from __future__ import annotations

import base64
import contextlib
import json
import socket
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.address import AddressError
from app.core.chat.server import ServerConfig, ServerListening
from app.core.discovery import (
    DISCOVERY_GROUP,
    EXPIRY_FACTOR,
    MAX_BINDINGS,
    MAX_DATAGRAM,
    MAX_EVERY,
    MAX_KEY_BYTES,
    MAX_SERVERS_PER_SENDER,
    MIN_EVERY,
    SIGNATURE_WINDOW,
    AnnouncerStarted,
    DatagramsIgnored,
    DiscoveryTarget,
    FoundServer,
    Goodbye,
    IgnoredDatagram,
    Query,
    SearchDone,
    SearchStarted,
    ServersChanged,
    canonical_bytes,
    clean_server_name,
    decode_datagram,
    discovery_scope,
    encode_announcement,
    encode_goodbye,
    encode_query,
    parse_target,
)
from app.core.events import ErrorEvent
from app.core.identity import KnownServers, verify_signature
from app.core.interfaces import InterfaceAddress, NetworkInterface
from tests.helpers.chat import RawPeer, start_server
from tests.helpers.discovery import (
    LOOPBACK_BROADCAST,
    loopback_finder,
    make_identity,
    sample_announcement,
)
from tests.helpers.fixtures import free_port

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="loopback broadcast (127.255.255.255) is Linux's"
)


# ---------------------------------------------------------------------------- format
def test_datagrams_are_small_json_with_magic_and_version() -> None:
    query = json.loads(encode_query("q1"))
    assert query == {"magic": "SLDISC", "v": 1, "type": "query", "id": "q1"}
    announce = json.loads(encode_announcement(sample_announcement(reply_to="q1")))
    assert announce == {
        "magic": "SLDISC",
        "v": 1,
        "type": "announce",
        "server": "a1b2c3d4e5f60718",
        "name": "Room A",
        "port": 5555,
        "users": 2,
        "chat": 1,
        "every": 20.0,
        "ipv6": False,
        "reply_to": "q1",
    }
    assert json.loads(encode_goodbye("s1")) == {
        "magic": "SLDISC",
        "v": 1,
        "type": "bye",
        "server": "s1",
    }
    longest = encode_announcement(sample_announcement(name="\u00e9" * 64, reply_to="q" * 64))
    assert len(longest) < MAX_DATAGRAM


def test_round_trip() -> None:
    assert decode_datagram(encode_query("abc123")) == Query("abc123")
    assert decode_datagram(encode_goodbye("srv-1")) == Goodbye("srv-1")
    for announcement in (sample_announcement(), sample_announcement(reply_to="q9", ipv6=True)):
        assert decode_datagram(encode_announcement(announcement)) == announcement


def test_unknown_fields_and_newer_versions_are_accepted() -> None:
    message = json.loads(encode_announcement(sample_announcement()))
    message.update(v=2, colour="blue")
    assert decode_datagram(json.dumps(message).encode()) == sample_announcement()


def test_names_lose_control_characters_and_are_cut_to_64() -> None:
    assert clean_server_name("Room\x1b[2J  A\x07") == "Room A"
    assert len(clean_server_name("x" * 200)) == 64
    message = json.loads(encode_announcement(sample_announcement()))
    message["name"] = "\x1b]0;pwned\x07evil\nname"
    assert decode_datagram(json.dumps(message).encode()).name == "evilname"


def announce_with(**changes) -> bytes:
    message = json.loads(encode_announcement(sample_announcement()))
    for key, value in changes.items():
        if value is ...:
            del message[key]
        else:
            message[key] = value
    return json.dumps(message).encode()


@pytest.mark.parametrize(
    ("data", "foreign", "reason"),
    [
        (b"", True, "not a SocketLab"),
        (b"hello", True, "not a SocketLab"),
        (b"\xff\xfe\x00garbage", True, "not a SocketLab"),
        (b"[1, 2, 3]", True, "not a SocketLab"),
        (b'{"magic": "OTHER", "v": 1}', True, "not a SocketLab"),
        (b"M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\n\r\n", True, "not a SocketLab"),
        (b"[" * 1000, True, "not a SocketLab"),
        (b'{"magic":"SLDISC","v":1,"x":' + b"[" * 996, False, "nested more than"),
        (b'{"magic":"SLDISC","v":1,"x":' + b"[" * 400 + b"]" * 400 + b"}", False, "nested"),
        (b'{"magic":"SLDISC","v":NaN,"type":"query","id":"a"}', False, "NaN"),
        (announce_with(users=1).replace(b'"users": 1', b'"users": 1e999'), False, "range"),
        (b"x" * (MAX_DATAGRAM + 1), True, "longer than"),
        (b'{"magic":"SLDISC"' + b" " * MAX_DATAGRAM + b"}", False, "longer than"),
        (b'{"magic": "SLDISC", "type": "query", "id": "a"}', False, "version"),
        (b'{"magic": "SLDISC", "v": "1", "type": "query", "id": "a"}', False, "version"),
        (b'{"magic": "SLDISC", "v": true, "type": "query", "id": "a"}', False, "version"),
        (b'{"magic": "SLDISC", "v": 1, "type": "hello"}', False, "unknown type"),
        (b'{"magic": "SLDISC", "v": 1, "type": "query"}', False, "id must be"),
        (b'{"magic": "SLDISC", "v": 1, "type": "query", "id": "a b"}', False, "id must be"),
        (b'{"magic": "SLDISC", "v": 1, "type": "bye", "server": 7}', False, "server must be"),
        (announce_with(port=0), False, "port must be"),
        (announce_with(port=70000), False, "port must be"),
        (announce_with(port="5555"), False, "port must be"),
        (announce_with(port=True), False, "port must be"),
        (announce_with(users=-1), False, "users must be"),
        (announce_with(every=0), False, "every must be"),
        (announce_with(every="often"), False, "every must be"),
        (announce_with(name=None), False, "needs a name"),
        (announce_with(name=...), False, "needs a name"),
        (announce_with(ipv6="yes"), False, "ipv6 must be"),
        (announce_with(server="x" * 65), False, "server must be"),
        (announce_with(reply_to=5), False, "reply_to must be"),
    ],
)
def test_bad_datagrams_are_ignored_with_a_reason(data: bytes, foreign: bool, reason: str) -> None:
    with pytest.raises(IgnoredDatagram) as caught:
        decode_datagram(data)
    assert caught.value.foreign is foreign
    assert reason in str(caught.value)


#: Timing checks off: on a shared 2-core CI machine a draw can take a second of wall time.
UNTIMED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@UNTIMED
@given(st.binary(max_size=MAX_DATAGRAM + 8))
def test_any_bytes_decode_or_are_ignored(data: bytes) -> None:
    with contextlib.suppress(IgnoredDatagram):
        decode_datagram(data)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


@UNTIMED
@given(
    st.dictionaries(
        st.sampled_from(["v", "type", "id", "server", "name", "port", "users", "chat", "every"]),
        json_values,
    )
)
def test_any_object_with_our_magic_decodes_or_is_ignored(fields: dict) -> None:
    data = json.dumps({"magic": "SLDISC", **fields}).encode()
    try:
        decode_datagram(data)
    except IgnoredDatagram as problem:
        assert not problem.foreign or len(data) > MAX_DATAGRAM


# ---------------------------------------------------------------------------- scope
def interface(name: str, *addresses: InterfaceAddress, up: bool = True, loopback=False):
    return NetworkInterface(name, up, loopback, None, 1500, None, tuple(addresses))


LO = interface(
    "lo",
    InterfaceAddress("IPv4", "127.0.0.1", 8),
    InterfaceAddress("IPv6", "::1", 128),
    loopback=True,
)
LAN = interface("lan9", InterfaceAddress("IPv4", "192.0.2.2", 24, "192.0.2.255"))
OTHER = interface("lan8", InterfaceAddress("IPv4", "198.51.100.7", 24, "198.51.100.255"))
NO_BROADCAST = interface("ppp0", InterfaceAddress("IPv4", "203.0.113.9", 32, None))
DOWN = interface("lan7", InterfaceAddress("IPv4", "10.9.9.9", 8, "10.255.255.255"), up=False)


def ipv4_targets(scope) -> list[str]:
    return [t.address[0] for t in scope.targets if t.family == socket.AF_INET]


@linux_only
def test_a_server_on_every_address_announces_on_every_broadcast_interface() -> None:
    scope = discovery_scope("0.0.0.0", 5556, [LO, LAN, OTHER, NO_BROADCAST, DOWN])
    assert ipv4_targets(scope) == [LOOPBACK_BROADCAST, "192.0.2.255", "198.51.100.255"]
    assert all(t.address[1] == 5556 for t in scope.targets)
    assert scope.networks is None and scope.allows("203.0.113.50")


@linux_only
def test_a_loopback_server_announces_on_loopback_only() -> None:
    scope = discovery_scope("127.0.0.1", 5556, [LO, LAN, OTHER])
    assert ipv4_targets(scope) == [LOOPBACK_BROADCAST]
    assert scope.allows("127.0.0.1") and scope.allows("127.8.8.8")
    assert not scope.allows("192.0.2.9")
    assert not scope.allows("::1")


def test_a_server_on_one_address_announces_on_that_network_only() -> None:
    scope = discovery_scope("192.0.2.2", 5556, [LO, LAN, OTHER])
    assert ipv4_targets(scope) == ["192.0.2.255"]
    assert scope.allows("192.0.2.77") and scope.allows("::ffff:192.0.2.77")
    assert not scope.allows("198.51.100.1") and not scope.allows("not an address")


def test_ipv6_targets_are_the_group_on_each_link() -> None:
    name = next((n for _, n in socket.if_nameindex() if n != "lo"), None)
    if name is None:
        pytest.skip("this machine has no interface besides loopback")
    link = interface(name, InterfaceAddress("IPv6", f"fe80::1%{name}", 64))
    scope = discovery_scope("::", 5556, [LO, link])
    six = [t for t in scope.targets if t.family == socket.AF_INET6]
    assert [t.address for t in six] == [(DISCOVERY_GROUP, 5556, 0, socket.if_nametoindex(name))]
    assert six[0].label == f"{DISCOVERY_GROUP}%{name}"
    # An IPv4-only server still multicasts (a finder hears it over either family).
    assert discovery_scope("0.0.0.0", 5556, [link]).targets == scope.targets[-1:]


def test_typed_targets_are_numeric_only() -> None:
    assert parse_target("127.255.255.255", 7000) == DiscoveryTarget(
        socket.AF_INET, (LOOPBACK_BROADCAST, 7000)
    )
    six = parse_target("ff02::736c%lo", 7000)
    assert six.family == socket.AF_INET6 and six.interface == "lo"
    for bad in ("", "example.invalid", "192.0.2.300"):
        with pytest.raises(AddressError, match="not a numeric address"):
            parse_target(bad, 7000)


# ---------------------------------------------------------------------------- engines
def latest_servers(events) -> tuple:
    changes = [e for e in events if isinstance(e, ServersChanged)]
    return changes[-1].servers if changes else ()


def serve(run_engine, discovery_port: int, **options):
    options.setdefault("server_name", "Room A")
    return start_server(run_engine, discovery_port=discovery_port, **options)


@linux_only
def test_the_finder_lists_a_server_with_users_and_round_trip_time(run_engine) -> None:
    port = free_port(kind=socket.SOCK_DGRAM)
    _, chat_port, server_run = serve(run_engine, port)
    started = server_run.wait_for(lambda ev: any(isinstance(e, AnnouncerStarted) for e in ev))
    announced = next(e for e in started if isinstance(e, AnnouncerStarted))
    assert announced.targets == (f"{LOOPBACK_BROADCAST} (lo)",)
    finder = run_engine(loopback_finder(port, answer_wait=5.0))
    events = finder.wait_for(lambda ev: latest_servers(ev))
    (found,) = latest_servers(events)
    assert (found.name, found.host, found.port, found.users) == (
        "Room A",
        "127.0.0.1",
        chat_port,
        0,
    )
    assert found.address == f"127.0.0.1:{chat_port}" and found.joinable
    assert found.rtt_ms is not None and 0 < found.rtt_ms < 1000

    peer = RawPeer(chat_port)
    peer.send_line("/nick alice")
    peer.wait_for_line("You are alice")
    finder.engine.query()  # asked again: the answer has the new count
    finder.wait_for(lambda ev: latest_servers(ev) and latest_servers(ev)[0].users == 1)
    peer.close()


@linux_only
def test_a_stopped_server_says_goodbye_and_vanishes(run_engine) -> None:
    port = free_port(kind=socket.SOCK_DGRAM)
    _, _, server_run = serve(run_engine, port)
    finder = run_engine(loopback_finder(port, answer_wait=5.0))
    finder.wait_for(lambda ev: len(latest_servers(ev)) == 1)
    server_run.stop()
    finder.wait_for(lambda ev: isinstance(ev[-1], ServersChanged) and not ev[-1].servers)


@linux_only
def test_a_silent_server_expires_after_its_announcement_intervals(run_engine) -> None:
    """A server that vanishes without a goodbye (crash, cable pulled) is forgotten."""
    port = free_port(kind=socket.SOCK_DGRAM)
    finder = run_engine(loopback_finder(port, answer_wait=5.0, min_every=0.1))
    finder.wait_for(lambda ev: any(isinstance(e, SearchStarted) for e in ev))  # listening
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as fake:
        fake.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        fake.sendto(
            encode_announcement(sample_announcement(name="Ghost", interval=0.2)),
            (LOOPBACK_BROADCAST, port),
        )
    events = finder.wait_for(lambda ev: latest_servers(ev))
    assert latest_servers(events)[0].name == "Ghost"
    assert latest_servers(events)[0].rtt_ms is None  # heard, not asked
    # Forgotten 2.5 intervals (0.5 s) after it was last heard, by the finder's own timer.
    finder.wait_for(lambda ev: isinstance(ev[-1], ServersChanged) and not ev[-1].servers)
    traces = [str(e) for e in finder.events]
    assert any("forget 'Ghost'" in line and "silent for" in line for line in traces)


def forge(source: str, port: int, *datagrams: bytes) -> None:
    """Send `datagrams` to the finder's port on 127.0.0.1 from loopback address `source`."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as forger:
        forger.bind((source, 0))  # Linux answers for all of 127.0.0.0/8
        for data in datagrams:
            forger.sendto(data, ("127.0.0.1", port))


def listening_finder(run_engine, **options):
    port = free_port(kind=socket.SOCK_DGRAM)
    finder = run_engine(loopback_finder(port, answer_wait=5.0, **options))
    finder.wait_for(lambda ev: any(isinstance(e, SearchStarted) for e in ev))
    return finder, port


@linux_only
def test_one_address_keeps_at_most_four_servers(run_engine) -> None:
    """Issue 13: 300 forged announcements from one address used to fill all 256 slots."""
    finder, port = listening_finder(run_engine)
    forged = [
        encode_announcement(
            sample_announcement(server_id=f"forged{n}", name=f"Fake {n}", interval=3600.0)
        )
        for n in range(300)
    ]
    for start in range(0, 300, 50):  # in bursts the socket's receive buffer can hold
        forge("127.0.0.2", port, *forged[start : start + 50])
        last = f"Fake {start + 49}"
        finder.wait_for(lambda ev, last=last: last in [s.name for s in latest_servers(ev)])
    events = finder.wait_for(lambda ev: len(latest_servers(ev)) == MAX_SERVERS_PER_SENDER)
    assert [s.name for s in latest_servers(events)] == [f"Fake {n}" for n in range(296, 300)]
    # Another address still gets its own slots.
    forge("127.0.0.3", port, encode_announcement(sample_announcement()))
    events = finder.wait_for(lambda ev: len(latest_servers(ev)) == MAX_SERVERS_PER_SENDER + 1)
    assert "Room A" in [s.name for s in latest_servers(events)]


@linux_only
def test_an_entry_is_forgotten_after_a_capped_interval_whatever_it_announces(
    run_engine,
) -> None:
    finder, port = listening_finder(run_engine, max_every=0.2)
    forge("127.0.0.2", port, encode_announcement(sample_announcement(interval=3600.0)))
    finder.wait_for(lambda ev: latest_servers(ev))
    # Forgotten 2.5 x 0.2 s after it was heard, not 2.5 hours.
    finder.wait_for(lambda ev: isinstance(ev[-1], ServersChanged) and not ev[-1].servers)
    assert any("taken as 0.2 s" in str(e) for e in finder.events)


@linux_only
def test_the_default_cap_forgets_within_five_minutes(run_engine) -> None:
    finder, port = listening_finder(run_engine)
    forge(
        "127.0.0.2",
        port,
        encode_announcement(sample_announcement(server_id="slow", interval=3600.0)),
        encode_announcement(sample_announcement(server_id="fast", interval=0.05)),
    )
    finder.wait_for(lambda ev: len(latest_servers(ev)) == 2)
    finder.stop()
    known = finder.engine._known
    assert (known["slow"].interval, known["fast"].interval) == (MAX_EVERY, MIN_EVERY)
    lifetime = known["slow"].expires_at() - known["slow"].last_heard
    assert lifetime == pytest.approx(MAX_EVERY * EXPIRY_FACTOR) == 300


@linux_only
def test_a_goodbye_counts_only_from_an_address_that_announced(run_engine) -> None:
    finder, port = listening_finder(run_engine)
    forge("127.0.0.2", port, encode_announcement(sample_announcement()))
    finder.wait_for(lambda ev: latest_servers(ev))
    forge("127.0.0.3", port, encode_goodbye(sample_announcement().server_id))
    finder.wait_for(lambda ev: any("from 127.0.0.3: ignored" in str(e) for e in ev))
    assert latest_servers(finder.events)  # still listed
    forge("127.0.0.2", port, encode_goodbye(sample_announcement().server_id))
    finder.wait_for(lambda ev: isinstance(ev[-1], ServersChanged) and not ev[-1].servers)


@linux_only
def test_a_deeply_nested_datagram_on_the_wire_is_malformed(run_engine) -> None:
    finder, port = listening_finder(run_engine)
    deep = b'{"magic":"SLDISC","v":1,"type":"query","x":' + b"[" * 980
    forge("127.0.0.2", port, deep, deep.replace(b"[", b"{", 1))
    events = finder.wait_for(
        lambda ev: any(isinstance(e, DatagramsIgnored) and e.malformed == 2 for e in ev)
    )
    last = [e for e in events if isinstance(e, DatagramsIgnored)][-1]
    assert last.last_source == "127.0.0.2" and "nested more than" in last.last_reason
    assert finder.engine.is_running


@linux_only
def test_periodic_announcements_reach_a_listening_finder(run_engine) -> None:
    port = free_port(kind=socket.SOCK_DGRAM)
    finder = run_engine(loopback_finder(port, answer_wait=0.1))
    finder.wait_for(lambda ev: any(isinstance(e, SearchDone) for e in ev))
    # The server starts after the finder's only query: it is heard by its announcements.
    serve(run_engine, port, announce_interval=0.2)
    events = finder.wait_for(
        lambda ev: sum("announcement from 127.0.0.1" in str(e) for e in ev) >= 2
    )
    (found,) = latest_servers(events)
    assert found.name == "Room A" and found.rtt_ms is None


@linux_only
def test_two_servers_share_the_discovery_port(run_engine) -> None:
    port = free_port(kind=socket.SOCK_DGRAM)
    _, first_port, _ = serve(run_engine, port, server_name="First")
    _, second_port, _ = serve(run_engine, port, server_name="Second")
    finder = run_engine(loopback_finder(port, answer_wait=5.0))
    events = finder.wait_for(lambda ev: len(latest_servers(ev)) == 2)
    assert [(s.name, s.port) for s in latest_servers(events)] == [
        ("First", first_port),
        ("Second", second_port),
    ]


@linux_only
def test_a_server_with_announcements_off_is_not_found(run_engine) -> None:
    port = free_port(kind=socket.SOCK_DGRAM)
    serve(run_engine, port, announce=False)
    finder = run_engine(loopback_finder(port, answer_wait=0.5))
    events = finder.wait_for(lambda ev: any(isinstance(e, SearchDone) for e in ev))
    done = next(e for e in events if isinstance(e, SearchDone))
    assert done.found == 0 and not latest_servers(events)


@linux_only
def test_junk_on_the_discovery_port_is_counted_and_harmless(run_engine) -> None:
    port = free_port(kind=socket.SOCK_DGRAM)
    _, _, server_run = serve(run_engine, port)
    finder = run_engine(loopback_finder(port, answer_wait=5.0))
    finder.wait_for(lambda ev: len(latest_servers(ev)) == 1)
    junk = [b"\x00" * 40, b"not json", b'{"magic":"SLDISC","v":1,"type":"announce"}'] * 30
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        for data in junk:  # both the server's and the finder's listener get each one
            sender.sendto(data, (LOOPBACK_BROADCAST, port))

    def totals(events) -> tuple[int, int]:
        counts = [e for e in events if isinstance(e, DatagramsIgnored)]
        return (counts[-1].foreign, counts[-1].malformed) if counts else (0, 0)

    finder.wait_for(lambda ev: totals(ev) == (60, 30))
    server_events = server_run.wait_for(lambda ev: totals(ev) == (60, 30))
    last = [e for e in server_events if isinstance(e, DatagramsIgnored)][-1]
    assert last.last_source == "127.0.0.1" and "needs a name" in last.last_reason
    assert any("ignored, not a SocketLab discovery datagram" in str(e) for e in server_events)
    # Both still work: a new query is answered.
    answers_before = sum("answer in" in str(e) for e in finder.events)
    finder.engine.query()
    finder.wait_for(lambda ev: sum("answer in" in str(e) for e in ev) > answers_before)
    assert server_run.engine.is_running and finder.engine.is_running


@linux_only
def test_a_busy_discovery_port_leaves_the_chat_working(run_engine) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as holder:
        holder.bind(("0.0.0.0", 0))  # no SO_REUSEADDR: nobody may share it
        port = holder.getsockname()[1]
        _, chat_port, server_run = serve(run_engine, port)
        events = server_run.wait_for(lambda ev: any(isinstance(e, ErrorEvent) for e in ev))
    error = next(e for e in events if isinstance(e, ErrorEvent))
    assert not error.fatal and error.field == "announce"
    assert f"UDP port {port} cannot be used" in error.message
    assert "others join by typing its address" in error.message
    assert any(isinstance(e, ServerListening) for e in events)
    peer = RawPeer(chat_port)
    peer.send_line("/nick alice")
    peer.wait_for_line("You are alice")
    peer.close()


def test_server_config_announces_by_default() -> None:
    config = ServerConfig()
    assert config.announce and config.discovery_port == 5556 and config.announce_interval == 20


@linux_only
def test_a_change_in_users_is_announced_within_two_seconds(run_engine) -> None:
    port = free_port(kind=socket.SOCK_DGRAM)
    finder = run_engine(loopback_finder(port, answer_wait=0.1))
    finder.wait_for(lambda ev: any(isinstance(e, SearchDone) for e in ev))
    _, chat_port, _ = serve(run_engine, port, announce_interval=60)
    finder.wait_for(lambda ev: latest_servers(ev) and latest_servers(ev)[0].users == 0)
    peer = RawPeer(chat_port)
    peer.send_line("/nick alice")
    # No query: the server announces the new count by itself, coalesced (at most every 2 s).
    finder.wait_for(lambda ev: latest_servers(ev)[0].users == 1, timeout=5)
    peer.close()


# ---------------------------------------------------------------------------- signed
IDENTITY = make_identity()
OTHER_KEY = make_identity()


def signed_announcement(identity=IDENTITY, timestamp=None, **changes) -> bytes:
    return encode_announcement(sample_announcement(**changes), identity, timestamp=timestamp)


def tamper(data: bytes, **changes) -> bytes:
    """The datagram with fields changed (or removed with ...), its signature kept."""
    message = json.loads(data)
    for key, value in changes.items():
        if value is ...:
            del message[key]
        else:
            message[key] = value
    return json.dumps(message).encode()


def test_a_signed_announcement_carries_key_time_and_signature() -> None:
    data = signed_announcement(reply_to="q1", timestamp=1_764_757_702.1234)
    message = json.loads(data)
    assert base64.b64decode(message["key"]) == IDENTITY.public_der
    assert message["ts"] == 1_764_757_702.123  # milliseconds
    unsigned = {key: value for key, value in message.items() if key != "sig"}
    canonical = json.dumps(unsigned, sort_keys=True, separators=(",", ":")).encode()
    assert canonical_bytes(message) == canonical
    assert verify_signature(IDENTITY.public_der, base64.b64decode(message["sig"]), canonical)
    decoded = decode_datagram(data)
    assert decoded == sample_announcement(reply_to="q1")
    assert decoded.seal.valid() and decoded.seal.code == IDENTITY.code
    assert decoded.seal.timestamp == 1_764_757_702.123
    goodbye = decode_datagram(encode_goodbye("srv-1", IDENTITY))
    assert goodbye == Goodbye("srv-1") and goodbye.seal.valid()
    assert decode_datagram(encode_goodbye("srv-1")).seal is None


def test_signed_datagrams_fit_in_one_datagram() -> None:
    longest = signed_announcement(
        name="\U0001f600" * 64, reply_to="q" * 64, server_id="s" * 64, users=1_000_000
    )
    assert len(longest) < MAX_DATAGRAM
    assert decode_datagram(longest).seal.valid()


def test_the_signature_holds_whatever_the_spacing_and_order() -> None:
    message = json.loads(signed_announcement(name="Комната \u00e9"))
    spaced = json.dumps(dict(reversed(message.items())), indent=2, ensure_ascii=True).encode()
    assert decode_datagram(spaced).seal.valid()


@pytest.mark.parametrize(
    "changes",
    [
        {"users": 99},
        {"name": "Evil room"},
        {"port": 6666},
        {"server": "someone-else"},
        {"every": 120.0},
        {"reply_to": "q1"},
        {"colour": "blue"},  # unknown fields are covered too
        {"ts": 1_764_757_703.0},
        {"key": base64.b64encode(OTHER_KEY.public_der).decode()},  # key swapped
        {"sig": base64.b64encode(OTHER_KEY.sign(b"anything")).decode()},
        {"type": "bye"},
    ],
)
def test_any_change_breaks_the_signature(changes: dict) -> None:
    data = tamper(signed_announcement(timestamp=1_764_757_702.0), **changes)
    assert not decode_datagram(data).seal.valid()


def test_a_signature_by_another_key_under_this_key_is_invalid() -> None:
    resigned = encode_announcement(sample_announcement(), OTHER_KEY)
    forged = tamper(resigned, key=base64.b64encode(IDENTITY.public_der).decode())
    assert not decode_datagram(forged).seal.valid()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"sig": ...}, "key, ts and sig together"),
        ({"key": ..., "sig": ...}, "key, ts and sig together"),
        ({"key": 7}, "key must be base64"),
        ({"key": None}, "key must be base64"),
        ({"key": ["a"]}, "key must be base64"),
        ({"key": "!!not base64!!"}, "key must be base64"),
        ({"key": "QUJD"[:3]}, "key must be base64"),  # bad padding
        ({"key": ""}, "key must be base64"),
        ({"key": b64(b"k" * (MAX_KEY_BYTES + 1))}, "key must be base64"),
        ({"sig": b64(b"s" * 500)}, "sig must be base64"),
        ({"sig": {"a": 1}}, "sig must be base64"),
        ({"ts": "1764757702"}, "ts must be a number"),
        ({"ts": True}, "ts must be a number"),
        ({"ts": -1}, "ts must be a number"),
        ({"ts": 1e30}, "ts must be a number"),
        ({"ts": None}, "ts must be a number"),
    ],
)
def test_hostile_signature_fields_are_malformed(changes: dict, reason: str) -> None:
    for data in (signed_announcement(), encode_goodbye("srv-1", IDENTITY)):
        with pytest.raises(IgnoredDatagram) as caught:
            decode_datagram(tamper(data, **changes))
        assert not caught.value.foreign and reason in str(caught.value)


@pytest.mark.parametrize(
    "key",
    [b"\x00" * 91, b"\x30\x03\x02\x01\x01", OTHER_KEY.public_der[:-1], b"k" * MAX_KEY_BYTES],
)
def test_a_key_that_is_not_a_p256_key_is_simply_invalid(key: bytes) -> None:
    seal = decode_datagram(tamper(signed_announcement(), key=b64(key))).seal
    assert seal.valid() is False
    assert len(seal.code) == 19  # computed from whatever bytes came, never taken from them


@UNTIMED
@given(
    st.dictionaries(
        st.sampled_from(["key", "ts", "sig"]),
        json_values | st.binary(max_size=200).map(b64),
    )
)
def test_any_signature_fields_decode_or_are_ignored_and_never_raise(fields: dict) -> None:
    data = tamper(signed_announcement(), **fields)
    try:
        datagram = decode_datagram(data)
    except IgnoredDatagram as problem:
        assert not problem.foreign or len(data) > MAX_DATAGRAM
        return
    assert datagram.seal is not None
    assert datagram.seal.valid() in (True, False)


def signed_now(identity=IDENTITY, *, age: float = 0.0, **changes) -> bytes:
    return signed_announcement(identity, time.time() - age, **changes)


def first_server(events) -> FoundServer:
    """The first server listed now, or a blank one when none is."""
    servers = latest_servers(events)
    return servers[0] if servers else FoundServer("", "", "", 0, 0, None, 0, (), 0.0)


def malformed_count(events) -> int:
    reports = [e for e in events if isinstance(e, DatagramsIgnored)]
    return reports[-1].malformed if reports else 0


def traces(runner) -> list[str]:
    return [str(e) for e in runner.events]


@linux_only
def test_a_signed_server_is_found_verified_with_its_code(run_engine) -> None:
    port = free_port(kind=socket.SOCK_DGRAM)
    server, _, server_run = serve(run_engine, port)
    assert server.identity is not None  # TLS is on by default: the server has a key
    finder = run_engine(loopback_finder(port, answer_wait=5.0))
    events = finder.wait_for(lambda ev: latest_servers(ev))
    (found,) = latest_servers(events)
    assert (found.code, found.verified, found.known) == (server.identity.code, True, False)
    assert found.public_der == server.identity.public_der
    assert found.to_json()["code"] == server.identity.code
    server_run.stop()  # its goodbye is signed too, and counts
    finder.wait_for(lambda ev: isinstance(ev[-1], ServersChanged) and not ev[-1].servers)
    assert any(f"signed by {server.identity.code}: server stopped" in t for t in traces(finder))


@linux_only
def test_a_room_signed_with_a_pinned_key_is_known(run_engine) -> None:
    port = free_port(kind=socket.SOCK_DGRAM)
    server, chat_port, _ = serve(run_engine, port)
    KnownServers().pin("127.0.0.1", chat_port, server.identity.public_der)
    finder = run_engine(loopback_finder(port, answer_wait=5.0))
    (found,) = latest_servers(finder.wait_for(lambda ev: latest_servers(ev)))
    assert (found.verified, found.known, found.trust_rank) == (True, True, 0)


@linux_only
def test_a_server_without_encryption_is_listed_unverified(run_engine) -> None:
    port = free_port(kind=socket.SOCK_DGRAM)
    _, chat_port, _ = serve(run_engine, port, tls=False)
    finder = run_engine(loopback_finder(port, answer_wait=5.0))
    (found,) = latest_servers(finder.wait_for(lambda ev: latest_servers(ev)))
    assert (found.port, found.code, found.verified, found.known) == (chat_port, "", False, False)
    assert any("'Room A', chat port" in t and t.endswith("unsigned") for t in traces(finder))


@linux_only
def test_forged_stale_and_future_announcements_are_ignored(run_engine) -> None:
    finder, port = listening_finder(run_engine)
    forge(
        "127.0.0.2",
        port,
        tamper(signed_now(), users=99),  # altered after signing
        tamper(signed_now(), key=b64(OTHER_KEY.public_der)),  # key swapped
        signed_now(age=SIGNATURE_WINDOW + 60),  # stale
        signed_now(age=-(SIGNATURE_WINDOW + 60)),  # from the future
        signed_now(name="Room A"),
    )
    events = finder.wait_for(lambda ev: latest_servers(ev) and malformed_count(ev) == 4)
    (found,) = latest_servers(events)
    assert (found.name, found.users, found.code) == ("Room A", 2, IDENTITY.code)
    lines = traces(finder)
    assert sum("signature does not match" in t for t in lines) == 2
    assert any("behind this machine's clock" in t for t in lines)
    assert any("ahead of this machine's clock" in t for t in lines)


@linux_only
def test_a_replayed_older_announcement_is_ignored(run_engine) -> None:
    finder, port = listening_finder(run_engine)
    old = signed_now(age=10, users=1)
    forge("127.0.0.2", port, signed_now(users=5), old)
    events = finder.wait_for(lambda ev: latest_servers(ev) and malformed_count(ev) == 1)
    assert latest_servers(events)[0].users == 5
    assert any("a replay" in t for t in traces(finder))


@linux_only
def test_another_key_cannot_take_a_signed_rooms_id(run_engine) -> None:
    finder, port = listening_finder(run_engine)
    forge("127.0.0.2", port, signed_now())
    finder.wait_for(lambda ev: latest_servers(ev))
    forge(
        "127.0.0.2",
        port,
        signed_now(OTHER_KEY, name="Impostor", users=50),  # same room id, its own key
        encode_announcement(sample_announcement(name="Unsigned impostor")),
    )
    events = finder.wait_for(lambda ev: malformed_count(ev) == 2)
    (found,) = latest_servers(events)
    assert (found.name, found.code) == ("Room A", IDENTITY.code)
    lines = traces(finder)
    assert any(f"signed by {OTHER_KEY.code}, but this room id belongs to" in t for t in lines)
    assert any(f"unsigned, for a room signed by {IDENTITY.code}" in t for t in lines)


@linux_only
def test_a_pinned_key_takes_its_room_id_back_and_keeps_it(run_engine) -> None:
    KnownServers().pin("127.0.0.1", 5555, IDENTITY.public_der)
    finder, port = listening_finder(run_engine)
    forge("127.0.0.3", port, signed_now(OTHER_KEY, name="Impostor"))  # heard first
    finder.wait_for(lambda ev: latest_servers(ev))
    forge("127.0.0.2", port, signed_now())
    events = finder.wait_for(lambda ev: first_server(ev).name == "Room A")
    (found,) = latest_servers(events)
    assert (found.code, found.known) == (IDENTITY.code, True)
    forge("127.0.0.3", port, signed_now(OTHER_KEY, name="Impostor"))
    events = finder.wait_for(lambda ev: malformed_count(ev) == 1)
    assert [s.name for s in latest_servers(events)] == ["Room A"]


@linux_only
def test_forged_goodbyes_are_ignored_and_a_signed_one_counts(run_engine) -> None:
    finder, port = listening_finder(run_engine)
    last = signed_now()
    forge("127.0.0.2", port, last)
    finder.wait_for(lambda ev: latest_servers(ev))
    room = sample_announcement().server_id
    forge(
        "127.0.0.2",  # even from the room's own address
        port,
        encode_goodbye(room),
        encode_goodbye(room, OTHER_KEY),
        tamper(encode_goodbye(room, IDENTITY), server="another-room"),
    )
    events = finder.wait_for(lambda ev: malformed_count(ev) == 3)
    assert latest_servers(events)  # still listed
    lines = traces(finder)
    assert any(f"a goodbye unsigned for a room signed by {IDENTITY.code}" in t for t in lines)
    assert any(f"a goodbye signed by another key ({OTHER_KEY.code})" in t for t in lines)
    # Signed by the room's key it counts, from any address.
    forge("127.0.0.3", port, encode_goodbye(room, IDENTITY))
    finder.wait_for(lambda ev: isinstance(ev[-1], ServersChanged) and not ev[-1].servers)
    # Its last announcement, replayed, does not bring it back.
    forge("127.0.0.2", port, last)
    events = finder.wait_for(lambda ev: malformed_count(ev) == 4)
    assert not latest_servers(events)


@linux_only
def test_unsigned_rooms_are_listed_unverified_after_verified_ones(run_engine) -> None:
    finder, port = listening_finder(run_engine)
    forge(
        "127.0.0.2",
        port,
        encode_announcement(sample_announcement(server_id="plain", name="Aardvark")),
        signed_now(server_id="signed", name="Zebra"),
        signed_now(OTHER_KEY, server_id="signed2", name="Yak"),
    )
    events = finder.wait_for(lambda ev: len(latest_servers(ev)) == 3)
    found = latest_servers(events)
    assert [(s.name, s.verified) for s in found] == [
        ("Yak", True),
        ("Zebra", True),
        ("Aardvark", False),
    ]
    assert found[2].code == "" and found[2].to_json()["verified"] is False


@linux_only
def test_a_signed_room_replaces_an_unsigned_claim_to_its_id(run_engine) -> None:
    finder, port = listening_finder(run_engine)
    forge("127.0.0.3", port, encode_announcement(sample_announcement(name="Squatter")))
    finder.wait_for(lambda ev: latest_servers(ev))
    forge("127.0.0.2", port, signed_now())
    events = finder.wait_for(lambda ev: first_server(ev).verified)
    (found,) = latest_servers(events)
    assert (found.name, found.heard_from) == ("Room A", ("127.0.0.2",))


@linux_only
def test_a_copy_of_the_newest_announcement_adds_an_address_but_keeps_nothing_alive(
    run_engine,
) -> None:
    finder, port = listening_finder(run_engine, max_every=0.2)
    newest = signed_now(interval=0.2)
    forge("127.0.0.2", port, newest)
    forge("127.0.0.3", port, newest)  # the same datagram by another path, or a replay
    events = finder.wait_for(lambda ev: len(first_server(ev).heard_from) == 2)
    assert latest_servers(events)[0].host == "127.0.0.2"
    # Not heard anew since: forgotten 2.5 x 0.2 s after the first copy.
    finder.wait_for(lambda ev: isinstance(ev[-1], ServersChanged) and not ev[-1].servers)


@linux_only
def test_hostile_signed_datagrams_never_stop_the_finder(run_engine) -> None:
    finder, port = listening_finder(run_engine)
    hostile = [
        tamper(signed_now(), key=b64(b"k" * 600)),  # oversized key
        tamper(signed_now(), key="%%%garbage%%%"),
        tamper(signed_now(), key=b64(b"\x30" * 91)),  # base64, not a key
        tamper(signed_now(), sig=12345),
        tamper(signed_now(), ts="yesterday"),
        tamper(signed_now(), ts=[1, 2]),
        tamper(signed_now(), ts=...),
        tamper(encode_goodbye("a1b2c3d4e5f60718", IDENTITY), sig=b64(b"\x00" * 70)),
    ]
    forge("127.0.0.2", port, *hostile, signed_now())
    events = finder.wait_for(lambda ev: latest_servers(ev) and malformed_count(ev) == 8)
    assert latest_servers(events)[0].code == IDENTITY.code
    assert finder.engine.is_running


def test_room_ids_remembered_with_their_keys_are_bounded() -> None:
    KnownServers().pin("127.0.0.1", 5555, OTHER_KEY.public_der)
    finder = loopback_finder(9)  # not started: datagrams handed to it directly
    finder._on_datagram(signed_now(OTHER_KEY, server_id="pinned"), ("127.0.0.9", 5556))
    for n in range(MAX_BINDINGS + 100):
        finder._on_datagram(signed_now(server_id=f"room{n}"), ("127.0.0.2", 5556))
    assert len(finder._bindings) == MAX_BINDINGS
    assert "pinned" in finder._bindings  # a pinned key's room keeps its id
    for server_id in finder._known:  # and so do the rooms listed now
        assert server_id in finder._bindings
    assert len(finder._known) == 1 + MAX_SERVERS_PER_SENDER
