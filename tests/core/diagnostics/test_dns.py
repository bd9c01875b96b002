"""DNS lookups through the system resolver, answered locally (hosts file, numeric hosts).

No test here sends a DNS query: `localhost` and 127.0.0.1 come from the hosts file,
numeric addresses need no lookup, and AI_NUMERICHOST makes getaddrinfo refuse a name
without asking anyone.
"""

from __future__ import annotations

import functools
import socket
import sys
import threading
import time
from pathlib import Path

import pytest

from app.core.diagnostics.blocking import CallResult
from app.core.diagnostics.dns import (
    ForwardAnswer,
    ReverseAnswer,
    forward_lookup,
    is_ip_address,
    lookup_engine,
    resolver_description,
    reverse_lookup,
)
from app.core.events import ErrorEvent, StateEvent, TraceEvent


def stopped(events) -> bool:
    return StateEvent("stopped") in events


def hosts_file_maps(address: str, name: str) -> bool:
    """True when the hosts file itself answers `address` <-> `name` (so no DNS query)."""
    path = (
        Path(r"C:\Windows\System32\drivers\etc\hosts")
        if sys.platform == "win32"
        else Path("/etc/hosts")
    )
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    for line in text.splitlines():
        fields = line.split("#", 1)[0].split()
        if fields and fields[0] == address and name in fields[1:]:
            return True
    return False


numeric_only = functools.partial(forward_lookup, flags=socket.AI_NUMERICHOST)


def test_localhost_resolves_to_loopback() -> None:
    answer = forward_lookup("localhost")
    assert answer.name == "localhost"
    assert answer.ipv4 or answer.ipv6
    assert set(answer.ipv4) <= {"127.0.0.1"} or all(a.startswith("127.") for a in answer.ipv4)
    assert set(answer.ipv6) <= {"::1"}
    assert answer.records[0][0] == ("A" if answer.ipv4 else "AAAA")


def test_numeric_addresses_resolve_to_themselves() -> None:
    assert forward_lookup("127.0.0.1").records == [("A", "127.0.0.1")]
    assert forward_lookup("::1").records == [("AAAA", "::1")]


def test_name_that_does_not_resolve_raises_eai_noname_without_a_query() -> None:
    with pytest.raises(socket.gaierror) as caught:
        numeric_only("no-such-host")
    assert caught.value.errno == socket.EAI_NONAME


@pytest.mark.skipif(
    not hosts_file_maps("127.0.0.1", "localhost"), reason="the hosts file lacks localhost"
)
def test_reverse_of_127_0_0_1_is_localhost_from_the_hosts_file() -> None:
    answer = reverse_lookup("127.0.0.1")
    assert answer.address == "127.0.0.1"
    assert "localhost" in (answer.name, *answer.aliases)


def test_reverse_of_a_name_is_refused_before_any_lookup() -> None:
    with pytest.raises(ValueError):
        reverse_lookup("localhost")


def test_ip_addresses_are_told_from_names() -> None:
    assert is_ip_address("127.0.0.1") and is_ip_address("::1") and is_ip_address(" fe80::1%lo ")
    assert not is_ip_address("localhost") and not is_ip_address("1.2.3")


def test_resolver_description_names_the_hosts_file() -> None:
    text = resolver_description()
    assert text.startswith("System resolver")
    assert "hosts" in text


# ------------------------------------------------------------------ engine
def test_forward_lookup_engine_reports_answer_and_time(run_engine) -> None:
    engine = lookup_engine("localhost")
    events = run_engine(engine).wait_for(stopped)
    (result,) = [e for e in events if isinstance(e, CallResult)]
    assert isinstance(result.value, ForwardAnswer)
    assert result.value.records and result.elapsed_ms >= 0
    traces = [e for e in events if isinstance(e, TraceEvent)]
    assert traces[0].call == "getaddrinfo('localhost', None, AF_UNSPEC, SOCK_STREAM)"
    assert "address(es) in" in traces[0].result
    assert not [e for e in events if isinstance(e, ErrorEvent)]


@pytest.mark.skipif(
    not hosts_file_maps("127.0.0.1", "localhost"), reason="the hosts file lacks localhost"
)
def test_an_ip_address_is_looked_up_in_reverse(run_engine) -> None:
    events = run_engine(lookup_engine("127.0.0.1")).wait_for(stopped)
    (result,) = [e for e in events if isinstance(e, CallResult)]
    assert isinstance(result.value, ReverseAnswer)
    assert "localhost" in (result.value.name, *result.value.aliases)


def test_no_such_host_is_a_readable_error(run_engine) -> None:
    engine = lookup_engine("no-such-host", forward=numeric_only)
    events = run_engine(engine).wait_for(stopped)
    (error,) = [e for e in events if isinstance(e, ErrorEvent)]
    assert error.fatal and error.field == "name"
    assert error.message == (
        "Host not found: no-such-host does not resolve to an address. Check the spelling."
    )
    (trace,) = [e for e in events if isinstance(e, TraceEvent)]
    assert trace.result == "EAI_NONAME"


def test_reverse_lookup_of_a_name_is_a_readable_error(run_engine) -> None:
    events = run_engine(lookup_engine("localhost", reverse=True)).wait_for(stopped)
    (error,) = [e for e in events if isinstance(e, ErrorEvent)]
    assert error.message == (
        "localhost is not an IP address: a reverse lookup needs one, like 127.0.0.1."
    )


def test_a_resolver_that_does_not_answer_times_out(run_engine) -> None:
    release = threading.Event()

    def silent_resolver(name: str) -> ForwardAnswer:
        release.wait(10)  # a resolver waiting for a DNS server that never answers
        return forward_lookup("127.0.0.1")

    try:
        began = time.monotonic()
        events = run_engine(lookup_engine("example", timeout=0.3, forward=silent_resolver))
        events = events.wait_for(stopped)
        assert 0.3 <= time.monotonic() - began < 3
        (error,) = [e for e in events if isinstance(e, ErrorEvent)]
        assert error.message.startswith("The lookup of example timed out after 0.3 s")
        assert not [e for e in events if isinstance(e, CallResult)]
    finally:
        release.set()


def test_stop_during_a_slow_lookup_ends_at_once(run_engine) -> None:
    release = threading.Event()
    entered = threading.Event()

    def slow_resolver(name: str) -> ForwardAnswer:
        entered.set()
        release.wait(10)
        return forward_lookup("127.0.0.1")

    try:
        runner = run_engine(lookup_engine("example", timeout=30, forward=slow_resolver))
        assert entered.wait(5)
        began = time.monotonic()
        runner.stop()
        assert time.monotonic() - began < 1.0
        assert not [e for e in runner.events if isinstance(e, CallResult | ErrorEvent)]
    finally:
        release.set()


# ------------------------------------------------------------------ the hosts file
def test_the_hosts_file_is_read_with_limits(tmp_path: Path) -> None:
    from app.core.diagnostics.dns import MAX_HOSTS_BYTES, MAX_HOSTS_LINE, hosts_file_addresses

    hosts = tmp_path / "hosts"
    long_line = "10.9.9.9 " + "x" * MAX_HOSTS_LINE + " lab\n"
    hosts.write_text(
        "# comment 10.0.0.1 lab\n"
        "10.0.0.1   Lab lab.example  # the lab\n"
        "fe80::1%eth0 lab\n"
        "not-an-address lab\n" + long_line + "10.0.0.2 other\n",
        encoding="utf-8",
    )
    assert hosts_file_addresses("LAB", hosts) == {"10.0.0.1", "fe80::1"}
    assert hosts_file_addresses("lab.example.", hosts) == {"10.0.0.1"}
    assert hosts_file_addresses("nowhere", hosts) == set()
    assert hosts_file_addresses("lab", tmp_path / "missing") == set()
    # past the size limit nothing is read
    big = tmp_path / "big"
    big.write_bytes(b"#" * MAX_HOSTS_BYTES + b"\n10.0.0.3 late\n")
    assert hosts_file_addresses("late", big) == set()


def test_an_answer_from_the_hosts_file_says_so(tmp_path: Path) -> None:
    from app.core.diagnostics.dns import answered_by_hosts_file

    hosts = tmp_path / "hosts"
    hosts.write_text("127.0.0.1 localhost\n::1 localhost\n", encoding="utf-8")
    both = ForwardAnswer("localhost", "localhost", ("127.0.0.1",), ("::1",))
    assert answered_by_hosts_file(both, hosts) in ("", str(hosts))  # "" if DNS comes first
    elsewhere = ForwardAnswer("localhost", "localhost", ("127.0.0.1", "127.0.0.2"), ())
    assert answered_by_hosts_file(elsewhere, hosts) == ""
    empty = ForwardAnswer("localhost", "localhost", (), ())
    assert answered_by_hosts_file(empty, hosts) == ""


def test_localhost_comes_from_the_hosts_file() -> None:
    if not hosts_file_maps("127.0.0.1", "localhost"):
        pytest.skip("this machine's hosts file does not list localhost")
    from app.core.diagnostics import dns

    if not dns._files_before_dns():
        pytest.skip("this machine's resolver asks DNS before the hosts file")
    answer = forward_lookup("localhost")
    assert answer.hosts_file == str(dns.HOSTS_FILE)
    assert forward_lookup("127.0.0.1", socket.AI_NUMERICHOST).hosts_file == ""
