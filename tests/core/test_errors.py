"""OSError -> words: each error that can be provoked on loopback is provoked for real."""

from __future__ import annotations

import errno
import socket
import struct

import pytest

from app.core.errors import ErrorContext, describe_os_error


def test_port_in_use_mentions_reuseaddr_and_time_wait() -> None:
    with socket.socket() as first, socket.socket() as second:
        first.bind(("127.0.0.1", 0))
        first.listen()
        port = first.getsockname()[1]
        with pytest.raises(OSError) as caught:
            second.bind(("127.0.0.1", port))
    message = describe_os_error(caught.value, ErrorContext("bind", "127.0.0.1", port))
    assert message.startswith(f"Port {port} is already in use on 127.0.0.1")
    assert "TIME_WAIT" in message and "SO_REUSEADDR" in message


def test_connection_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with socket.socket() as client, pytest.raises(OSError) as caught:
        client.connect(("127.0.0.1", port))
    message = describe_os_error(caught.value, ErrorContext("connect", "127.0.0.1", port))
    assert message.startswith(f"Connection refused by 127.0.0.1:{port}: nothing is listening")


def test_address_not_available_on_this_machine() -> None:
    # bind() sends nothing; 192.0.2.1 (documentation range) is simply not ours.
    with socket.socket() as server, pytest.raises(OSError) as caught:
        server.bind(("192.0.2.1", 0))
    message = describe_os_error(caught.value, ErrorContext("bind", "192.0.2.1", 5555))
    assert "Address 192.0.2.1 is not available on this machine" in message


def test_host_not_found_from_a_real_resolver_error() -> None:
    # AI_NUMERICHOST makes getaddrinfo fail locally, without asking any DNS server.
    with pytest.raises(socket.gaierror) as caught:
        socket.getaddrinfo("no-such-host.invalid", 80, flags=socket.AI_NUMERICHOST)
    message = describe_os_error(caught.value, ErrorContext("resolve", "no-such-host.invalid"))
    assert message.startswith("Host not found: no-such-host.invalid does not resolve")


def test_timed_out() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.create_connection(server.getsockname()) as client:
            client.settimeout(0.01)
            with pytest.raises(TimeoutError) as caught:
                client.recv(1)
    message = describe_os_error(caught.value, ErrorContext("recv", "127.0.0.1", 1))
    assert message.startswith("Timed out to 127.0.0.1:1: no answer came back")


def test_connection_reset_by_peer() -> None:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.create_connection(server.getsockname()) as client:
            accepted, _ = server.accept()
            # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
            accepted.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            accepted.close()
            with pytest.raises(OSError) as caught:
                client.recv(1)
    assert caught.value.errno == errno.ECONNRESET
    assert describe_os_error(caught.value).startswith("Connection reset by the peer")


def test_udp_message_too_long() -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, pytest.raises(OSError) as caught:
        udp.sendto(b"x" * 70_000, ("127.0.0.1", 9))
    assert describe_os_error(caught.value).startswith("Message too long")


def test_privileged_port_message() -> None:
    # Tests run as root in CI, so EACCES cannot be provoked; the mapping is still checked.
    exc = PermissionError(errno.EACCES, "Permission denied")
    message = describe_os_error(exc, ErrorContext("bind", "0.0.0.0", 80))
    assert message == (
        "Port 80 is privileged: run as administrator or choose a port from 1024 to 65535."
    )


@pytest.mark.parametrize(
    ("code", "start"),
    [
        (errno.ENETUNREACH, "Network unreachable: this machine has no route to 10.9.9.9:80"),
        (errno.EHOSTUNREACH, "Host unreachable: 10.9.9.9 did not answer"),
    ],
)
def test_unreachable_messages(code: int, start: str) -> None:
    exc = OSError(code, "unreachable")
    assert describe_os_error(exc, ErrorContext("connect", "10.9.9.9", 80)).startswith(start)


def test_unknown_errno_still_readable() -> None:
    exc = OSError(errno.ENOTSOCK, "Socket operation on non-socket")
    assert describe_os_error(exc, ErrorContext("recv")) == (
        "Recv failed: Socket operation on non-socket (ENOTSOCK)."
    )
