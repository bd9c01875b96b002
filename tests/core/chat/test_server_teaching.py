"""The teacher's switches on the chat server, over real 127.0.0.1 sockets: SO_REUSEADDR
off shows TIME_WAIT as "address in use", the listen backlog, and Pause accepting."""

from __future__ import annotations

import socket
import sys

import pytest

from app.core.chat.config import ServerConfig
from app.core.chat.listen_queue import accept_queue_length, time_wait_count
from app.core.chat.server import AcceptQueue, ChatServerEngine, ServerListening
from app.core.events import ErrorEvent, StateEvent, TraceEvent
from tests.helpers.chat import RawPeer, start_server

LINUX = sys.platform.startswith("linux")


def _calls(events: list) -> list[str]:
    return [str(event.call) for event in events if isinstance(event, TraceEvent)]


def _time_wait_port(run_engine) -> int:
    """A port whose server closed its connection first: its side sits in TIME_WAIT."""
    _, port, runner = start_server(run_engine, join_grace=0.05, tls=False, announce=False)
    peer = RawPeer(port)
    peer.wait_for_line("You are guest-")
    runner.stop()  # the server closes the connection first: its side goes to TIME_WAIT
    peer.sock.settimeout(5.0)
    while peer.sock.recv(65536):  # read up to the server's FIN, then close our side
        pass
    peer.sock.close()
    return port


@pytest.mark.skipif(not LINUX, reason="TIME_WAIT is counted from /proc/net/tcp")
def test_reuseaddr_off_cannot_bind_during_time_wait_and_says_why(run_engine) -> None:
    port = _time_wait_port(run_engine)
    assert time_wait_count(port) >= 1
    config = ServerConfig(
        host="127.0.0.1", port=port, reuse_address=False, tls=False, announce=False
    )
    runner = run_engine(ChatServerEngine(config))
    runner.wait_for(lambda events: StateEvent("stopped") in events)
    (error,) = [event for event in runner.events if isinstance(event, ErrorEvent)]
    assert error.fatal and error.field == "port"
    assert f"Port {port} is still held by connections in TIME_WAIT" in error.message
    assert "about 60 s" in error.message and "SO_REUSEADDR" in error.message
    calls = _calls(runner.events)
    assert "setsockopt(SOL_SOCKET, SO_REUSEADDR, 0)" in calls
    assert not any(isinstance(event, ServerListening) for event in runner.events)

    # The same port at once with SO_REUSEADDR on: bound despite TIME_WAIT.
    engine, _, again = start_server(
        run_engine, port=port, tls=False, announce=False, reuse_address=True
    )
    assert engine.port == port
    assert "setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)" in _calls(again.events)


def test_reuseaddr_off_on_a_port_someone_listens_on_is_explained(run_engine) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen(1)
        port = holder.getsockname()[1]
        config = ServerConfig(
            host="127.0.0.1", port=port, reuse_address=False, tls=False, announce=False
        )
        runner = run_engine(ChatServerEngine(config))
        runner.wait_for(lambda events: StateEvent("stopped") in events)
    (error,) = [event for event in runner.events if isinstance(event, ErrorEvent)]
    assert error.message.startswith(f"Port {port} is already in use (EADDRINUSE)")
    assert "TIME_WAIT" in error.message


@pytest.mark.parametrize("backlog", [0, -1, 65536, 2.5, True])
def test_backlog_out_of_range_is_refused_in_words(backlog) -> None:
    with pytest.raises(ValueError, match="backlog must be a whole number from 1 to 65535"):
        ServerConfig(backlog=backlog)


def test_backlog_reaches_listen(run_engine) -> None:
    _, _, runner = start_server(run_engine, backlog=7, tls=False, announce=False)
    assert "listen(7)" in _calls(runner.events)


def test_paused_server_leaves_connections_in_the_backlog_until_resumed(run_engine) -> None:
    engine, port, runner = start_server(
        run_engine, join_grace=0.05, tls=False, announce=False, backlog=8
    )
    engine.pause_accepting(True)
    runner.wait_for(lambda events: any(isinstance(e, AcceptQueue) and e.paused for e in events))
    paused_at = len(runner.events)
    # connect() completes by the kernel alone: the handshake needs no accept().
    peers = [socket.create_connection(("127.0.0.1", port), timeout=5.0) for _ in range(3)]
    if LINUX:
        runner.wait_for(
            lambda events: any(
                isinstance(e, AcceptQueue) and e.paused and e.waiting == 3 for e in events
            )
        )
    else:
        queued = [e for e in runner.events if isinstance(e, AcceptQueue)]
        assert queued[0].waiting is None  # not measurable here: said, not guessed
    assert "accept()" not in _calls(runner.events[paused_at:])
    assert "pause accept()" in _calls(runner.events)

    engine.pause_accepting(False)
    events = runner.wait_for(lambda evs: _calls(evs[paused_at:]).count("accept()") == 3)
    later = _calls(events[paused_at:])
    assert later.index("resume accept()") < later.index("accept()")
    resumed = [e for e in events if isinstance(e, AcceptQueue) and not e.paused]
    assert resumed and (resumed[-1].waiting == 3 if LINUX else resumed[-1].waiting is None)
    for sock in peers:  # each is a guest now
        sock.settimeout(5.0)
        assert sock.recv(200).startswith(b"SocketLab chat on")
        sock.close()


@pytest.mark.skipif(not LINUX, reason="the accept queue is read from /proc/net/tcp")
def test_accept_queue_length_counts_unaccepted_connections() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(4)
        assert accept_queue_length(listener) == 0
        port = listener.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port), timeout=5.0):
            assert accept_queue_length(listener) == 1
            conn, _ = listener.accept()
            conn.close()
            assert accept_queue_length(listener) == 0


@pytest.mark.skipif(not LINUX, reason="TIME_WAIT is counted from /proc/net/tcp")
def test_time_wait_of_a_socket_without_reuseaddr_blocks_even_with_it_on(run_engine) -> None:
    """Linux binds over TIME_WAIT only when the old socket set SO_REUSEADDR too."""
    with socket.socket() as listener:  # SO_REUSEADDR left off, like many course scripts
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        client = socket.create_connection(("127.0.0.1", port), timeout=5.0)
        accepted, _ = listener.accept()
        accepted.close()  # the server closes first
        assert client.recv(10) == b""
        client.close()
    config = ServerConfig(host="127.0.0.1", port=port, tls=False, announce=False)
    runner = run_engine(ChatServerEngine(config))
    runner.wait_for(lambda events: StateEvent("stopped") in events)
    (error,) = [event for event in runner.events if isinstance(event, ErrorEvent)]
    assert "left by a program that closed them first without SO_REUSEADDR" in error.message
