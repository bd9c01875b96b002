"""Ping: ICMP packets, the system ping's output, and the engine on 127.0.0.1 and ::1 only."""

from __future__ import annotations

import json
import shutil
import socket
import stat
import struct
import sys
import textwrap
import threading
import time

import pytest

from app.core.diagnostics.ping import (
    METHOD_COMMAND,
    METHOD_DGRAM,
    METHOD_RAW,
    PingEngine,
    PingLost,
    PingReply,
    PingStarted,
    PingStatistics,
    PingSummary,
    build_echo_request,
    icmp_checksum,
    parse_icmp,
    parse_ping_output_line,
    ping_command,
    ttl_from_ancillary,
)
from app.core.events import ErrorEvent, StateEvent
from tests.helpers.diagnostics import run_in_private_netns

LOOPBACKS = ["127.0.0.1", "::1"]


def of_type(events, kind):
    return [event for event in events if isinstance(event, kind)]


def stopped(events) -> bool:
    return StateEvent("stopped") in events


def socket_method_allowed(method: str, family: int = socket.AF_INET) -> bool:
    kind = socket.SOCK_DGRAM if method == METHOD_DGRAM else socket.SOCK_RAW
    proto = socket.IPPROTO_ICMPV6 if family == socket.AF_INET6 else socket.IPPROTO_ICMP
    try:
        socket.socket(family, kind, proto).close()
    except OSError:
        return False
    return True


# ------------------------------------------------------------------ packets
def test_checksum_matches_the_rfc_1071_example() -> None:
    # RFC 1071 section 3: the words 0001 f203 f4f5 f6f7 sum to ddf2; checksum is ~ddf2.
    assert icmp_checksum(bytes.fromhex("0001f203f4f5f6f7")) == 0x220D
    assert icmp_checksum(b"\x01") == ~0x0100 & 0xFFFF  # odd length is padded


def test_echo_request_checksums_to_zero_and_parses_back() -> None:
    packet = build_echo_request(False, 0x1234, 7, b"hello")
    assert packet[0] == 8 and icmp_checksum(packet) == 0
    message = parse_icmp(packet, ipv6=False)
    assert (message.kind, message.identifier, message.sequence) == ("request", 0x1234, 7)
    reply = bytes([0]) + packet[1:]
    assert parse_icmp(reply, ipv6=False, ttl=55).kind == "reply"
    v6 = build_echo_request(True, 1, 2, b"")
    assert v6[0] == 128 and parse_icmp(bytes([129]) + v6[1:], ipv6=True).kind == "reply"


def test_ipv4_header_is_skipped_and_its_ttl_read() -> None:
    header = bytes([0x45, 0, 0, 84, 0, 0, 0, 0, 61, 1, 0, 0]) + bytes(8)
    reply = struct.pack("!BBHHH", 0, 0, 0, 99, 3) + b"x" * 56
    message = parse_icmp(header + reply, ipv6=False)
    assert (message.kind, message.identifier, message.sequence, message.ttl) == (
        "reply",
        99,
        3,
        61,
    )
    assert message.size == 64


def test_unreachable_error_is_matched_to_the_request_it_quotes() -> None:
    request = build_echo_request(False, 4321, 12, b"abcd")
    quoted_ip = bytes([0x45]) + bytes(19)
    error = struct.pack("!BBHI", 3, 1, 0, 0) + quoted_ip + request[:8]
    message = parse_icmp(error, ipv6=False)
    assert (message.kind, message.identifier, message.sequence) == ("error", 4321, 12)
    assert message.reason == "Destination unreachable (code 1)"
    v6_error = struct.pack("!BBHI", 3, 0, 0, 0) + bytes(40) + build_echo_request(True, 5, 6, b"")
    message = parse_icmp(v6_error, ipv6=True)
    assert (message.kind, message.sequence, message.reason) == (
        "error",
        6,
        "Hop limit exceeded (code 0)",
    )
    assert parse_icmp(b"\x00\x00", ipv6=False) is None


def test_ttl_comes_from_ancillary_data() -> None:
    ttl = (64).to_bytes(4, sys.byteorder)
    assert ttl_from_ancillary([(socket.IPPROTO_IP, socket.IP_TTL, ttl)]) == 64
    assert ttl_from_ancillary([]) is None


def test_statistics_and_summary_text() -> None:
    stats = PingStatistics()
    for _ in range(4):
        stats.record_sent()
    for rtt in (1.0, 3.0, 2.0):
        stats.record_reply(rtt)
    summary = stats.summary("localhost", "127.0.0.1")
    assert (summary.sent, summary.received, summary.loss_percent) == (4, 3, 25.0)
    assert (summary.min_ms, summary.avg_ms, summary.max_ms) == (1.0, 2.0, 3.0)
    assert summary.as_text().splitlines() == [
        "--- localhost ping statistics ---",
        "4 packets transmitted, 3 received, 25% packet loss",
        "rtt min/avg/max = 1.000/2.000/3.000 ms",
    ]
    empty = PingStatistics().summary("h", "a")
    assert empty.loss_percent == 0.0 and "rtt" not in empty.as_text()


# ------------------------------------------------------- system ping output
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.042 ms",
            ("reply", 1, "127.0.0.1", 0.042, 64, 64),
        ),
        (
            "64 bytes from ::1: icmp_seq=2 ttl=64 time=0.017 ms",
            ("reply", 2, "::1", 0.017, 64, 64),
        ),
        (  # macOS
            "64 bytes from 127.0.0.1: icmp_seq=0 ttl=64 time=0.061 ms",
            ("reply", 0, "127.0.0.1", 0.061, 64, 64),
        ),
        (  # macOS ping6
            "16 bytes from ::1, icmp_seq=0 hlim=64 time=0.077 ms",
            ("reply", 0, "::1", 0.077, 64, 16),
        ),
        (  # Windows
            "Reply from 127.0.0.1: bytes=32 time<1ms TTL=128",
            ("reply", None, "127.0.0.1", 1.0, 128, 40),
        ),
        (  # Windows, IPv6: no TTL shown
            "Reply from ::1: time<1ms",
            ("reply", None, "::1", 1.0, None, 0),
        ),
    ],
)
def test_reply_lines_of_each_system_ping(line: str, expected: tuple) -> None:
    parsed = parse_ping_output_line(line)
    assert (
        parsed.kind,
        parsed.sequence,
        parsed.address,
        parsed.rtt_ms,
        parsed.ttl,
        parsed.size,
    ) == expected


@pytest.mark.parametrize(
    ("line", "sequence", "reason"),
    [
        ("no answer yet for icmp_seq=3", 3, "no reply in time"),
        ("Request timeout for icmp_seq 4", 4, "no reply in time"),
        (
            "From 192.0.2.2 icmp_seq=5 Destination Host Unreachable",
            5,
            "Destination Host Unreachable",
        ),
        ("Request timed out.", None, "no reply in time"),
        (
            "Reply from 192.0.2.2: Destination host unreachable.",
            None,
            "Destination host unreachable",
        ),
    ],
)
def test_lost_lines_of_each_system_ping(line: str, sequence: int | None, reason: str) -> None:
    parsed = parse_ping_output_line(line)
    assert (parsed.kind, parsed.sequence, parsed.reason) == ("lost", sequence, reason)


def test_totals_and_other_lines() -> None:
    linux = "3 packets transmitted, 2 received, 33.3333% packet loss, time 402ms"
    assert parse_ping_output_line(linux).transmitted == 3
    windows = "    Packets: Sent = 4, Received = 4, Lost = 0 (0% loss),"
    assert parse_ping_output_line(windows).transmitted == 4
    assert parse_ping_output_line("PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.") is None
    assert parse_ping_output_line("") is None


def test_ping_command_for_each_system() -> None:
    common = {"count": 3, "interval": 0.5, "timeout": 2.0, "payload_size": 56}
    assert ping_command("ping", "127.0.0.1", platform="linux", **common) == [
        *("ping", "-n", "-c", "3", "-i", "0.5", "-s", "56", "-O", "-W", "2", "127.0.0.1"),
    ]
    assert ping_command("ping", "127.0.0.1", platform="darwin", **common) == [
        *("ping", "-n", "-c", "3", "-i", "0.5", "-s", "56", "-W", "2000", "127.0.0.1"),
    ]
    assert ping_command("ping", "::1", platform="win32", **common) == [
        *("ping", "-n", "3", "-w", "2000", "-l", "56", "::1"),
    ]
    until_stopped = ping_command("ping", "::1", platform="win32", **(common | {"count": 0}))
    assert until_stopped[:2] == ["ping", "-t"]
    assert "-c" not in ping_command("ping", "::1", platform="linux", **(common | {"count": 0}))
    fast = ping_command("ping", "::1", platform="linux", **(common | {"interval": 0.01}))
    assert fast[fast.index("-i") + 1] == "0.2"  # ordinary users may not go faster


# ------------------------------------------------------------------ engine
def assert_three_replies(events, host: str, method: str) -> None:
    started = of_type(events, PingStarted)
    assert len(started) == 1 and started[0].method == method and started[0].address == host
    replies = of_type(events, PingReply)
    assert [reply.sequence for reply in replies] == [1, 2, 3]
    for reply in replies:
        assert reply.address == host and 0 <= reply.rtt_ms < 1000
        assert reply.size == 64 and reply.ttl is not None and 1 <= reply.ttl <= 255
    (summary,) = of_type(events, PingSummary)
    assert (summary.sent, summary.received, summary.loss_percent) == (3, 3, 0.0)
    assert summary.min_ms <= summary.avg_ms <= summary.max_ms
    assert of_type(events, PingLost) == []


@pytest.mark.parametrize("host", LOOPBACKS)
def test_raw_socket_pings_loopback(run_engine, host: str) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    if not socket_method_allowed(METHOD_RAW, family):
        pytest.skip("raw ICMP sockets need administrator rights")
    runner = run_engine(PingEngine(host, count=3, interval=0.2, methods=(METHOD_RAW,)))
    events = runner.wait_for(stopped)
    assert_three_replies(events, host, METHOD_RAW)


@pytest.mark.parametrize("host", LOOPBACKS)
def test_unprivileged_socket_pings_loopback(run_engine, host: str) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    if socket_method_allowed(METHOD_DGRAM, family):
        runner = run_engine(PingEngine(host, count=3, interval=0.2, methods=(METHOD_DGRAM,)))
        assert_three_replies(runner.wait_for(stopped), host, METHOD_DGRAM)
        return
    # Not allowed here: allow it inside a private namespace (its own sysctl, its own lo).
    code = textwrap.dedent(
        f"""
        import json
        from app.core.diagnostics.ping import PingEngine, PingReply, PingStarted
        engine = PingEngine({host!r}, count=3, interval=0.2, methods=("dgram",))
        events = []
        engine.add_listener(events.extend)
        engine.run()
        print(json.dumps({{
            "method": [e.method for e in events if isinstance(e, PingStarted)],
            "replies": [[e.sequence, e.ttl, e.size] for e in events if isinstance(e, PingReply)],
        }}))
        """
    )
    output = run_in_private_netns(code, {"net/ipv4/ping_group_range": "0 2147483647"})
    result = json.loads(output)
    assert result["method"] == ["dgram"]
    assert [sequence for sequence, _ttl, _size in result["replies"]] == [1, 2, 3]
    assert all(ttl and size == 64 for _sequence, ttl, size in result["replies"])


def test_requests_that_get_no_answer_are_lost_and_counted() -> None:
    code = textwrap.dedent(
        """
        import json
        from app.core.diagnostics.ping import PingEngine, PingLost, PingSummary
        out = {}
        for host in ("127.0.0.1", "::1"):
            engine = PingEngine(host, count=2, interval=0.2, timeout=0.3)
            events = []
            engine.add_listener(events.extend)
            engine.run()
            summary = [e for e in events if isinstance(e, PingSummary)][0]
            out[host] = {
                "lost": [[e.sequence, e.reason] for e in events if isinstance(e, PingLost)],
                "summary": [summary.sent, summary.received, summary.loss_percent],
            }
        print(json.dumps(out))
        """
    )
    output = run_in_private_netns(
        code,
        {
            "net/ipv4/icmp_echo_ignore_all": "1",
            "net/ipv6/icmp/echo_ignore_all": "1",
            "net/ipv4/ping_group_range": "0 2147483647",
        },
    )
    for host, result in json.loads(output).items():
        assert result["lost"] == [
            [1, "no reply within 0.3 s"],
            [2, "no reply within 0.3 s"],
        ], host
        assert result["summary"] == [2, 0, 100.0], host


def test_stop_during_an_endless_ping_ends_at_once_with_a_summary(run_engine) -> None:
    engine = PingEngine("127.0.0.1", count=0, interval=0.2)
    runner = run_engine(engine)
    events = runner.wait_for(
        lambda evs: len(of_type(evs, PingReply)) >= 2 or of_type(evs, ErrorEvent), timeout=10
    )
    if of_type(events, ErrorEvent):
        pytest.skip(of_type(events, ErrorEvent)[0].message)
    began = time.monotonic()
    runner.stop()
    assert time.monotonic() - began < 1.0
    (summary,) = of_type(runner.events, PingSummary)
    assert summary.received >= 2 and summary.sent >= summary.received
    assert runner.events[-1] == StateEvent("stopped")


def test_name_is_resolved_off_the_loop(run_engine) -> None:
    engine = PingEngine("localhost", count=1, family=socket.AF_INET)
    events = run_engine(engine).wait_for(stopped)
    if of_type(events, ErrorEvent):
        pytest.skip(of_type(events, ErrorEvent)[0].message)
    assert of_type(events, PingStarted)[0].address == "127.0.0.1"
    assert of_type(events, PingReply)[0].address == "127.0.0.1"


def test_unknown_host_is_a_readable_error(run_engine) -> None:
    # AI_NUMERICHOST makes getaddrinfo refuse a name locally: no DNS query is sent.
    def numeric_only(host: str, family: int) -> tuple[int, str]:
        info = socket.getaddrinfo(host, None, family, socket.SOCK_DGRAM, 0, socket.AI_NUMERICHOST)
        return info[0][0], info[0][4][0]

    engine = PingEngine("no-such-host", count=1, resolver=numeric_only)
    events = run_engine(engine).wait_for(stopped)
    (error,) = of_type(events, ErrorEvent)
    assert error.fatal and error.field == "host"
    assert error.message.startswith("Host not found: no-such-host does not resolve")
    assert of_type(events, PingStarted) == [] and of_type(events, PingSummary) == []


def test_no_way_to_ping_says_why_and_what_to_do(run_engine, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no ping program on PATH
    engine = PingEngine("127.0.0.1", count=1, methods=(METHOD_COMMAND,))
    events = run_engine(engine).wait_for(stopped)
    (error,) = of_type(events, ErrorEvent)
    assert error.fatal
    assert "no ping program was found" in error.message
    assert "apt install iputils-ping" in error.message


def write_fake_ping(tmp_path, lines: list[str], pause: float) -> str:
    """A stand-in for the system ping that prints Linux-style lines `pause` s apart."""
    script = tmp_path / "ping"
    script.write_text(
        f"#!{sys.executable}\n"
        "import sys, time\n"
        f"print('PING 127.0.0.1 (127.0.0.1) 56(84) bytes of data.', flush=True)\n"
        f"for line in {lines!r}:\n"
        f"    time.sleep({pause})\n"
        "    print(line, flush=True)\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in ping is a #! script")
def test_system_ping_output_becomes_events(run_engine, tmp_path) -> None:
    program = write_fake_ping(
        tmp_path,
        [
            "64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.051 ms",
            "no answer yet for icmp_seq=2",
            "64 bytes from 127.0.0.1: icmp_seq=3 ttl=64 time=0.070 ms",
            "3 packets transmitted, 2 received, 33% packet loss, time 400ms",
        ],
        pause=0.0,
    )
    engine = PingEngine("127.0.0.1", count=3, methods=(METHOD_COMMAND,), ping_program=program)
    events = run_engine(engine).wait_for(stopped)
    (started,) = of_type(events, PingStarted)
    assert started.method == METHOD_COMMAND
    assert [(r.sequence, r.rtt_ms, r.ttl) for r in of_type(events, PingReply)] == [
        (1, 0.051, 64),
        (3, 0.070, 64),
    ]
    assert [lost.sequence for lost in of_type(events, PingLost)] == [2]
    (summary,) = of_type(events, PingSummary)
    assert (summary.sent, summary.received) == (3, 2)


@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in ping is a #! script")
def test_stop_ends_the_system_ping_at_once(run_engine, tmp_path) -> None:
    program = write_fake_ping(
        tmp_path, ["64 bytes from 127.0.0.1: icmp_seq=1 ttl=64 time=0.05 ms"] * 100, pause=0.5
    )
    engine = PingEngine("127.0.0.1", count=100, methods=(METHOD_COMMAND,), ping_program=program)
    runner = run_engine(engine)
    runner.wait_for(lambda evs: of_type(evs, PingReply))
    process = engine._process
    began = time.monotonic()
    runner.stop()
    assert time.monotonic() - began < 1.0
    (summary,) = of_type(runner.events, PingSummary)
    assert summary.received >= 1
    # The output reader ends once the process is gone, and reaps it (on a quick machine
    # it may have ended already, before this line looks for it).
    readers = [t for t in threading.enumerate() if t.name == "ping: command output"]
    assert len(readers) <= 1
    for reader in readers:
        reader.join(5)
        assert not reader.is_alive()
    assert process.returncode is not None


@pytest.mark.skipif(not shutil.which("ping"), reason="no system ping installed")
@pytest.mark.parametrize("host", LOOPBACKS)
def test_real_system_ping_of_loopback(run_engine, host: str) -> None:
    engine = PingEngine(host, count=3, interval=0.2, methods=(METHOD_COMMAND,))
    events = run_engine(engine).wait_for(stopped, timeout=15)
    errors = of_type(events, ErrorEvent)
    if errors or of_type(events, PingSummary)[0].received == 0:
        output = " | ".join(str(e) for e in events)
        pytest.skip(f"the system ping cannot ping {host} here: {output[:300]}")
    assert_three_replies(events, host, METHOD_COMMAND)


def test_bad_parameters_are_refused() -> None:
    with pytest.raises(ValueError, match="count"):
        PingEngine("127.0.0.1", count=-1)
    with pytest.raises(ValueError, match="payload"):
        PingEngine("127.0.0.1", payload_size=70_000)
