"""The sockets on this machine: a pair opened on 127.0.0.1 shows up with its states."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable

import psutil
import pytest

from app.core.diagnostics.sockets import (
    ProcessNames,
    SocketEntry,
    SocketSnapshot,
    SocketTableEngine,
    filter_sockets,
    list_sockets,
)


def poll(condition: Callable[[list[SocketEntry]], bool], timeout: float = 5.0) -> list:
    """Take snapshots until `condition(entries)` holds; each snapshot is a real walk."""
    deadline = time.monotonic() + timeout
    names = ProcessNames()
    while True:
        entries = list(list_sockets(names).entries)
        if condition(entries):
            return entries
        if time.monotonic() > deadline:
            pytest.fail(f"not seen in {timeout} s")


def find(entries, local_port: int, remote_port: int | None) -> SocketEntry | None:
    for entry in entries:
        if (
            entry.protocol == "TCP"
            and entry.local_host == "127.0.0.1"
            and entry.local_port == local_port
            and entry.remote_port == remote_port
        ):
            return entry
    return None


def test_a_chat_pair_appears_established_then_time_wait() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    server_port = listener.getsockname()[1]
    client = socket.create_connection(("127.0.0.1", server_port), timeout=5)
    accepted, _ = listener.accept()
    client_port = client.getsockname()[1]
    try:
        entries = poll(lambda es: find(es, client_port, server_port) is not None)
        listening = find(entries, server_port, None)
        assert listening is not None and listening.state == "LISTEN"
        assert listening.remote == "*"
        ours = find(entries, client_port, server_port)
        theirs = find(entries, server_port, client_port)
        assert ours.state == theirs.state == "ESTABLISHED"
        assert ours.local == f"127.0.0.1:{client_port}"
        assert ours.remote == f"127.0.0.1:{server_port}"
        if ours.pid is not None:  # where the system tells us who owns it
            assert ours.pid == os.getpid()
            assert ours.process == psutil.Process().name()
            assert ours.owner == f"{ours.process} ({ours.pid})"
        # The client closes first, so its side waits in TIME_WAIT once both are closed.
        client.close()
        accepted.close()
        entries = poll(
            lambda es: (
                (entry := find(es, client_port, server_port)) is not None
                and entry.state == "TIME_WAIT"
            )
        )
        assert find(entries, client_port, server_port).pid is None  # the kernel holds it
    finally:
        client.close()
        accepted.close()
        listener.close()


def test_udp_socket_is_listed_without_a_state() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        udp.bind(("127.0.0.1", 0))
        port = udp.getsockname()[1]
        entries = poll(lambda es: any(e.protocol == "UDP" and e.local_port == port for e in es))
    (entry,) = [e for e in entries if e.protocol == "UDP" and e.local_port == port]
    assert entry.state == "" and entry.remote == "*" and entry.family == "IPv4"


def make(protocol="TCP", local_port=5555, remote_port=None, state="LISTEN", process="python"):
    return SocketEntry(
        protocol,
        "IPv4",
        "127.0.0.1",
        local_port,
        "127.0.0.1" if remote_port else "",
        remote_port,
        state,
        42 if process else None,
        process,
    )


SAMPLE = [
    make(),
    make(local_port=40000, remote_port=5555, state="ESTABLISHED"),
    make(local_port=5555, remote_port=40000, state="ESTABLISHED"),
    make(local_port=40001, remote_port=5555, state="TIME_WAIT", process=""),
    make("UDP", local_port=5353, state="", process="avahi-daemon"),
]


def test_filter_by_port_matches_either_end() -> None:
    assert len(filter_sockets(SAMPLE, "5555")) == 4
    assert len(filter_sockets(SAMPLE, ":40000")) == 2
    assert filter_sockets(SAMPLE, "9") == []


def test_filter_by_state_process_and_protocol() -> None:
    assert len(filter_sockets(SAMPLE, state="ESTABLISHED")) == 2
    assert len(filter_sockets(SAMPLE, "time_wait")) == 1
    assert [e.process for e in filter_sockets(SAMPLE, "avahi")] == ["avahi-daemon"]
    assert [e.protocol for e in filter_sockets(SAMPLE, protocols=["UDP"])] == ["UDP"]
    assert len(filter_sockets(SAMPLE, "")) == len(SAMPLE)


def test_entry_text() -> None:
    v6 = SocketEntry("TCP", "IPv6", "::1", 80, "::1", 5000, "ESTABLISHED", None, "")
    assert (v6.local, v6.remote, v6.owner) == ("[::1]:80", "[::1]:5000", "")
    assert make().owner == "python (42)"
    hidden = SocketEntry("TCP", "IPv4", "0.0.0.0", 22, "", None, "LISTEN", 7, "")
    assert (hidden.local, hidden.owner) == ("0.0.0.0:22", "(7)")


def test_engine_takes_a_snapshot_per_refresh(run_engine) -> None:
    engine = SocketTableEngine()
    runner = run_engine(engine)
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        runner.wait_for(lambda events: engine.is_running)
        engine.refresh()
        engine.refresh()  # asked while the first walk runs: folded into one more
        engine.refresh()
        events = runner.wait_for(
            lambda evs: len([e for e in evs if isinstance(e, SocketSnapshot)]) >= 2
        )
    snapshots = [e for e in events if isinstance(e, SocketSnapshot)]
    assert any(
        entry.local_port == port and entry.state == "LISTEN"
        for entry in snapshots[0].listing.entries
    )
    assert snapshots[0].elapsed_ms >= 0 and snapshots[0].taken_at > 0


def test_the_two_ends_of_a_connection_are_peers() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    server_port = listener.getsockname()[1]
    client = socket.create_connection(("127.0.0.1", server_port), timeout=5)
    accepted, _ = listener.accept()
    client_port = client.getsockname()[1]
    try:
        entries = poll(
            lambda es: None not in (find(es, client_port, server_port), find(es, server_port, None))
        )
        ours = find(entries, client_port, server_port)
        theirs = find(entries, server_port, client_port)
        listening = find(entries, server_port, None)
        assert ours.is_peer_of(theirs) and theirs.is_peer_of(ours)
        assert not ours.is_peer_of(listening) and not listening.is_peer_of(ours)
        assert not ours.is_peer_of(ours)
        assert [e for e in entries if ours.is_peer_of(e)] == [theirs]
    finally:
        client.close()
        accepted.close()
        listener.close()


def test_a_time_wait_socket_says_how_long_it_has_left() -> None:
    import sys

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    server_port = listener.getsockname()[1]
    client = socket.create_connection(("127.0.0.1", server_port), timeout=5)
    accepted, _ = listener.accept()
    client_port = client.getsockname()[1]
    client.close()  # the client closes first: its end waits in TIME_WAIT
    accepted.close()
    listener.close()
    entries = poll(
        lambda es: getattr(find(es, client_port, server_port), "state", "") == "TIME_WAIT"
    )
    waiting = find(entries, client_port, server_port)
    if sys.platform.startswith("linux"):
        assert waiting.time_left is not None and 0 < waiting.time_left <= 120
    else:
        assert waiting.time_left is None  # unknown elsewhere
    # sockets in other states carry no timer
    assert all(e.time_left is None for e in entries if e.state != "TIME_WAIT")


def test_time_wait_timers_are_parsed_with_care() -> None:
    from app.core.diagnostics.sockets import parse_time_wait_timers

    header = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt\n"
    little = sys_is_little()
    local = "0100007F:1F90" if little else "7F000001:1F90"
    remote = "0100007F:D60A" if little else "7F000001:D60A"
    text = (
        header
        + f"   0: {local} {remote} 06 00000000:00000000 03:00001770 00000000 0 0 0\n"
        + f"   1: {local} {remote} 01 00000000:00000000 00:00000000 00000000 0 0 1\n"
        + "   2: garbage ZZ 06 x 03:zz\n"
        + "   3: short\n"
    )
    assert parse_time_wait_timers(text, 100) == {("127.0.0.1", 8080, "127.0.0.1", 54794): 60.0}
    six = "00000000000000000000000001000000:1F90" if little else "0" * 31 + "1:1F90"
    line = f"   0: {six} {six} 06 00000000:00000000 03:00000064 00000000 0 0 0\n"
    assert parse_time_wait_timers(header + line, 100) == {("::1", 8080, "::1", 8080): 1.0}


def sys_is_little() -> bool:
    import sys

    return sys.byteorder == "little"
