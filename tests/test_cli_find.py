"""`socketlab find` and the discovery flags of `socketlab serve`, as real processes.

On this machine's own network the servers are bound to 127.0.0.1, so they announce on
loopback only, and every `find` is told `--to 127.255.255.255`; each test picks its own
free discovery port. tests/test_two_hosts.py runs the same commands across a real link.
"""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys

import pytest

from app.core.identity import KnownServers, ServerIdentity
from tests.helpers.cli import read_line_matching, run_socketlab
from tests.helpers.cli import start_socketlab as socketlab
from tests.helpers.discovery import LOOPBACK_BROADCAST
from tests.helpers.fixtures import free_port

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="loopback broadcast (127.255.255.255) is Linux's"
)


def find(*args: str) -> subprocess.CompletedProcess[str]:
    return run_socketlab("find", *args)


@pytest.fixture
def discovery_port() -> int:
    return free_port(kind=socket.SOCK_DGRAM)


@pytest.fixture
def served(discovery_port):
    """`socketlab serve` on 127.0.0.1 announcing on loopback under the name "Lab room"."""
    process = socketlab(
        "serve", "--host", "127.0.0.1", "--port", "0",
        "--discovery-port", str(discovery_port), "--name", "Lab room",
    )  # fmt: skip
    try:
        port = int(read_line_matching(process.stdout, r"Listening on 127\.0\.0\.1:(\d+)").group(1))
        read_line_matching(process.stdout, r"Announcing 'Lab room' on the LAN")
        yield port
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        finally:
            process.stdout.close()
            process.stderr.close()


@linux_only
def test_find_prints_a_table_and_how_to_join(served, discovery_port) -> None:
    result = find("--to", LOOPBACK_BROADCAST, "--port", str(discovery_port), "--timeout", "0.5")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["NAME", "ADDRESS", "USERS", "RTT", "KEY", "CODE"]
    assert lines[1].startswith("Lab room") and f"127.0.0.1:{served}" in lines[1]
    code = ServerIdentity.load_or_create().code  # the served room's key (same data folder)
    assert lines[1].endswith(f" ms  {code}")
    assert lines[2] == "1 server answered."
    assert lines[3] == f"Join with: socketlab chat 127.0.0.1:{served}"
    assert lines[4] == f"First time: check that the host's screen shows the code {code}."
    assert "Asking the LAN for chat servers (1 address, 0.5 s)..." in result.stderr


@linux_only
def test_find_json(served, discovery_port) -> None:
    result = find(
        "--json", "--to", LOOPBACK_BROADCAST, "--port", str(discovery_port), "--timeout", "0.5"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["asked"] == [LOOPBACK_BROADCAST]
    assert data["ignored"] == {"foreign": 0, "malformed": 0}
    (server,) = data["servers"]
    assert server["name"] == "Lab room" and server["address"] == f"127.0.0.1:{served}"
    assert server["users"] == 0 and server["chat_version"] == 1
    assert server["rtt_ms"] > 0 and server["heard_from"] == ["127.0.0.1"]
    assert server["code"] == ServerIdentity.load_or_create().code
    assert (server["verified"], server["known"]) == (True, False)
    assert result.stderr == ""


@linux_only
def test_find_marks_a_room_whose_key_you_pinned_as_known(served, discovery_port) -> None:
    identity = ServerIdentity.load_or_create()  # the key `serve` made in this data folder
    KnownServers().pin("127.0.0.1", served, identity.public_der)
    args = ("--to", LOOPBACK_BROADCAST, "--port", str(discovery_port), "--timeout", "0.5")
    result = find(*args)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[1].endswith(f" ms  {identity.code} known")
    assert "First time" not in result.stdout and "Unverified" not in result.stdout
    (server,) = json.loads(find("--json", *args).stdout)["servers"]
    assert (server["code"], server["verified"], server["known"]) == (identity.code, True, True)


def test_unverified_rooms_are_marked_and_never_advised_over_verified_ones() -> None:
    from app.cli.find import _FindWatcher
    from app.core.discovery import FoundServer

    def room(name: str, host: str, **trust) -> FoundServer:
        return FoundServer(
            server_id=name, name=name, host=host, port=5555, users=1, rtt_ms=None,
            chat_version=1, heard_from=(host,), last_seen=0.0, **trust,
        )  # fmt: skip

    watcher = _FindWatcher(show_trace=False, quiet=False, timeout=1.0)
    watcher.servers = (
        room("Aardvark", "192.0.2.9"),  # first by name, but unsigned
        room("Zebra", "192.0.2.7", code="3KCS-6KJY-XNTN-K11Y", verified=True),
    )
    lines = watcher.as_text().splitlines()
    assert lines[1].split() == ["Aardvark", "192.0.2.9:5555", "1", "-", "unverified"]
    assert lines[2].split() == ["Zebra", "192.0.2.7:5555", "1", "-", "3KCS-6KJY-XNTN-K11Y"]
    assert lines[4] == "Join with: socketlab chat 192.0.2.7:5555"
    assert lines[5] == (
        "First time: check that the host's screen shows the code 3KCS-6KJY-XNTN-K11Y."
    )
    assert lines[6].startswith("Unverified: the announcement is not signed")
    watcher.servers = (room("Aardvark", "192.0.2.9"),)
    assert "Join with: socketlab chat 192.0.2.9:5555" in watcher.as_text()  # nothing better


@linux_only
def test_find_with_trace_shows_the_socket_calls(served, discovery_port) -> None:
    result = find(
        "--trace", "--to", LOOPBACK_BROADCAST, "--port", str(discovery_port), "--timeout", "0.3"
    )
    assert result.returncode == 0
    assert "setsockopt(SOL_SOCKET, SO_BROADCAST, 1) -> ok" in result.stderr
    assert f"sendto(query, ('{LOOPBACK_BROADCAST}', {discovery_port}))" in result.stderr
    assert "answer in" in result.stderr and "'Lab room'" in result.stderr


def test_nothing_answered_exits_1_with_what_to_check(discovery_port) -> None:
    result = find("--to", "127.0.0.1", "--port", str(discovery_port), "--timeout", "0.2")
    assert result.returncode == 1
    assert result.stdout.startswith("No server answered within 0.2 s.")
    for words in ("firewall", "Client isolation on Wi-Fi", "Different subnets", "--no-announce"):
        assert words in result.stdout
    assert "typing the server's address" in result.stdout
    empty = find("--json", "--to", "127.0.0.1", "--port", str(discovery_port), "--timeout", "0.2")
    assert empty.returncode == 1 and json.loads(empty.stdout)["servers"] == []


@linux_only
def test_serve_no_announce_is_not_found(discovery_port) -> None:
    process = socketlab(
        "serve", "--host", "127.0.0.1", "--port", "0", "--no-announce",
        "--discovery-port", str(discovery_port),
    )  # fmt: skip
    try:
        read_line_matching(process.stdout, r"Press Ctrl-C to stop")
        result = find("--to", LOOPBACK_BROADCAST, "--port", str(discovery_port), "--timeout", "0.3")
        assert result.returncode == 1
    finally:
        process.send_signal(signal.SIGTERM)
        out, _ = process.communicate(timeout=10)
    assert "Announcing" not in out and "SOCK_DGRAM" not in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["find", "--timeout", "soon"], "--timeout 'soon' is not a number of seconds."),
        (["find", "--timeout", "0"], "--timeout must be from 0.1 to 60 seconds."),
        (["find", "--port", "70000"], "Port 70000 is out of range 1-65535."),
        (["find", "--to", "example.invalid"], "'example.invalid' is not a numeric address"),
        (["serve", "--discovery-port", "0"], "Port 0 is out of range 1-65535."),
    ],
)
def test_bad_arguments_exit_2_with_one_line(args: list[str], message: str) -> None:
    result = run_socketlab(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_find_is_listed_in_help() -> None:
    from app.cli import build_parser

    assert "find" in build_parser().format_help()
