"""Port check by TCP connect, against listeners the tests open on 127.0.0.1 and ::1."""

from __future__ import annotations

import contextlib
import errno
import socket
import time
from collections.abc import Iterator

import pytest

from app.core.diagnostics.portcheck import (
    CLOSED,
    ERROR,
    FILTERED,
    MAX_PORTS,
    OPEN,
    PortCheckEngine,
    PortCheckFinished,
    PortCheckStarted,
    PortResult,
    classify_connect_result,
)
from app.core.diagnostics.services import parse_services, service_name
from app.core.events import ErrorEvent, StateEvent, TraceEvent
from tests.helpers.diagnostics import stalled_ports
from tests.helpers.fixtures import free_port


def stopped(events) -> bool:
    return StateEvent("stopped") in events


def results(events) -> dict[int, PortResult]:
    return {e.port: e for e in events if isinstance(e, PortResult)}


@contextlib.contextmanager
def listeners(count: int, host: str = "127.0.0.1") -> Iterator[list[int]]:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    socks = []
    try:
        for _ in range(count):
            sock = socket.socket(family, socket.SOCK_STREAM)
            socks.append(sock)
            sock.bind((host, 0))
            sock.listen(64)
        yield [sock.getsockname()[1] for sock in socks]
    finally:
        for sock in socks:
            sock.close()


def closed_ports(count: int, avoid: set[int]) -> list[int]:
    ports: list[int] = []
    while len(ports) < count:
        port = free_port()
        if port not in avoid and port not in ports:
            ports.append(port)
    return ports


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_open_and_closed_ports_on_loopback(run_engine, host: str) -> None:
    with listeners(2, host) as open_ports:
        shut = closed_ports(3, set(open_ports)) if host == "127.0.0.1" else []
        if host == "::1":
            with socket.socket(socket.AF_INET6) as probe:
                probe.bind(("::1", 0))
                shut = [probe.getsockname()[1]]
        engine = PortCheckEngine(host, sorted(open_ports + shut), timeout=2)
        events = run_engine(engine).wait_for(stopped)
    found = results(events)
    assert set(found) == set(open_ports + shut)
    assert {port for port, r in found.items() if r.state == OPEN} == set(open_ports)
    assert {port for port, r in found.items() if r.state == CLOSED} == set(shut)
    (started,) = [e for e in events if isinstance(e, PortCheckStarted)]
    assert (started.address, started.total) == (host, len(found))
    (finished,) = [e for e in events if isinstance(e, PortCheckFinished)]
    assert not finished.stopped and finished.checked == finished.total == len(found)
    assert finished.counts[OPEN] == 2 and finished.counts[CLOSED] == len(shut)
    traces = [e.result for e in events if isinstance(e, TraceEvent)]
    assert "open (connected)" in traces


def test_a_port_that_never_answers_is_filtered(run_engine) -> None:
    with stalled_ports(1) as (stalled,), listeners(1) as (listening,):
        engine = PortCheckEngine("127.0.0.1", [listening, stalled], timeout=0.4)
        began = time.monotonic()
        events = run_engine(engine).wait_for(stopped)
        elapsed = time.monotonic() - began
    found = results(events)
    assert found[listening].state == OPEN
    assert found[stalled].state == FILTERED
    assert found[stalled].detail == "no answer within 0.4 s"
    assert 380 <= found[stalled].elapsed_ms < 2000
    assert elapsed < 3


def test_stop_in_the_middle_of_a_4096_port_run(run_engine) -> None:
    # 200 closed ports answer at once; then four ports that never answer hold every
    # connection slot for 30 s, so the run is certainly in the middle when stopped.
    with stalled_ports(4) as stalled:
        quick = closed_ports(200, set(stalled))
        rest = [p for p in range(1, 65536) if p not in set(stalled) | set(quick)]
        ports = quick + stalled + rest[: MAX_PORTS - len(quick) - len(stalled)]
        assert len(ports) == MAX_PORTS
        engine = PortCheckEngine("127.0.0.1", ports, timeout=30, concurrency=4)
        runner = run_engine(engine)
        runner.wait_for(lambda events: len(results(events)) >= 200)
        began = time.monotonic()
        runner.stop()
        assert time.monotonic() - began < 1.0
    events = runner.events
    (finished,) = [e for e in events if isinstance(e, PortCheckFinished)]
    assert finished.stopped
    assert finished.checked == 200 < finished.total == MAX_PORTS
    assert set(results(events)) == set(quick)
    assert engine._connecting == {}  # every socket still connecting was closed
    assert events[-1] == StateEvent("stopped")


def test_concurrency_is_bounded(run_engine) -> None:
    with stalled_ports(3) as stalled:
        engine = PortCheckEngine("127.0.0.1", stalled, timeout=0.3, concurrency=2)
        runner = run_engine(engine)
        events = runner.wait_for(stopped)
    found = results(events)
    assert all(r.state == FILTERED for r in found.values()) and len(found) == 3
    # Two at a time: the third port began only after one of the first two timed out,
    # so the run took two timeouts, though each port waited only one.
    (finished,) = [e for e in events if isinstance(e, PortCheckFinished)]
    assert finished.elapsed_s >= 0.55
    assert all(r.elapsed_ms < 550 for r in found.values())


def test_unknown_host_is_a_readable_error(run_engine) -> None:
    def numeric_only(host: str) -> tuple[int, tuple]:
        info = socket.getaddrinfo(host, None, 0, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST)
        return info[0][0], info[0][4]

    engine = PortCheckEngine("no-such-host", [22], resolver=numeric_only)
    events = run_engine(engine).wait_for(stopped)
    (error,) = [e for e in events if isinstance(e, ErrorEvent)]
    assert error.fatal and error.field == "host"
    assert error.message.startswith("Host not found: no-such-host")
    assert not [e for e in events if isinstance(e, PortCheckFinished | PortResult)]


def test_localhost_is_resolved_off_the_loop(run_engine) -> None:
    with listeners(1) as (port,):
        events = run_engine(PortCheckEngine("localhost", [port])).wait_for(stopped)
    (started,) = [e for e in events if isinstance(e, PortCheckStarted)]
    assert started.address in ("127.0.0.1", "::1")
    if started.address == "127.0.0.1":
        assert results(events)[port].state == OPEN


def test_bad_port_lists_are_refused() -> None:
    with pytest.raises(ValueError):
        PortCheckEngine("127.0.0.1", [])
    with pytest.raises(ValueError):
        PortCheckEngine("127.0.0.1", list(range(1, MAX_PORTS + 2)))


@pytest.mark.parametrize(
    ("code", "state"),
    [
        (0, OPEN),
        (errno.ECONNREFUSED, CLOSED),
        (errno.ECONNRESET, CLOSED),
        (errno.ETIMEDOUT, FILTERED),
        (errno.EHOSTUNREACH, FILTERED),
        (errno.ENETUNREACH, FILTERED),
        (errno.EACCES, ERROR),
    ],
)
def test_connect_results_are_classified(code: int, state: str) -> None:
    assert classify_connect_result(code)[0] == state


def test_well_known_service_names() -> None:
    assert service_name(22) == "ssh"
    assert service_name(443) == "https"
    assert service_name(3389).startswith("ms-wbt-server")
    assert parse_services("ssh 22/tcp # SSH\nfoo 9/udp\nbar 9/tcp\nbaz 9/tcp\n") == {
        22: "ssh",
        9: "bar",
    }
