"""The chat server with TLS and plaintext on one port, over real 127.0.0.1 sockets."""

from __future__ import annotations

import socket

import pytest

from app.core.chat.server import ServerListening
from app.core.chat.tls import TlsLayer, client_context
from app.core.events import TraceEvent
from app.core.identity import ServerIdentity
from tests.helpers.chat import RawPeer, TlsPeer, start_server


def _traced(events, text: str) -> list[str]:
    return [str(e) for e in events if isinstance(e, TraceEvent) and text in str(e)]


def _read_to_close(sock: socket.socket, timeout: float = 5.0) -> bytes | None:
    """What comes until the server closes `sock` (EOF or reset); None if it does not."""
    sock.settimeout(timeout)
    got = b""
    for _ in range(100):  # bounded
        try:
            data = sock.recv(65536)
        except (ConnectionResetError, BrokenPipeError):
            return got
        except TimeoutError:
            return None
        if not data:
            return got
        got += data
    return None


def _closed_by_server(sock: socket.socket, timeout: float = 5.0) -> bool:
    """True when the server closes `sock` (EOF or reset) within `timeout`."""
    return _read_to_close(sock, timeout) is not None


def test_tls_and_plaintext_clients_share_one_port_and_one_room(run_engine, tmp_path) -> None:
    engine, port, runner = start_server(
        run_engine, join_grace=0.05, tls_sniff_wait=0.1, identity_folder=tmp_path
    )
    listening = next(e for e in runner.events if isinstance(e, ServerListening))
    assert listening.fingerprint == engine.identity.code
    assert listening.fingerprint == ServerIdentity.load_or_create(tmp_path).code
    # nc: waits for the greeting, which comes after the sniff wait
    raw = RawPeer(port)
    greeting = raw.read_until(lambda lines: len(lines) >= 1)[0]
    assert greeting.startswith(f"SocketLab chat on 127.0.0.1:{port}")
    raw.send_line("/nick netcat")
    raw.wait_for_line("You are netcat")
    # openssl s_client: the same greeting, inside TLS
    secure = TlsPeer(port)
    assert secure.sock.version() == "TLSv1.3"
    assert secure.public_key() == engine.identity.public_der
    assert secure.read_until(lambda lines: len(lines) >= 1)[0].startswith("SocketLab chat on")
    secure.send_line("/nick sealed")
    raw.wait_for_line("-!- sealed joined")
    secure.send_line("hello in private")
    assert raw.wait_for_line("<sealed>").endswith("<sealed> hello in private")
    raw.send_line("hello in the clear")
    assert secure.wait_for_line("<netcat>").endswith("<netcat> hello in the clear")
    events = runner.wait_for(lambda evs: _traced(evs, "TLSv1.3"))
    assert _traced(events, "TLS handshake with 127.0.0.1:")[0].endswith(
        "TLSv1.3 TLS_AES_256_GCM_SHA384"
    )
    room_peers = {p.nick: p.secure for p in engine.room.peers()}
    assert room_peers == {"netcat": False, "sealed": True}
    secure.send_line("/quit")
    assert secure.wait_for_line("Bye") == "-!- Bye."
    assert raw.wait_for_line("sealed left") == "-!- sealed left (quit)"
    raw.close()
    secure.close()


def test_a_plaintext_line_sent_at_once_is_not_delayed_by_the_sniff(run_engine, tmp_path) -> None:
    _, port, _ = start_server(
        run_engine, join_grace=0.05, tls_sniff_wait=5.0, identity_folder=tmp_path
    )
    quick = RawPeer(port)
    quick.send_line("/nick quick")
    assert quick.wait_for_line("You are quick", timeout=2.0)
    quick.close()


def test_no_tls_serves_plaintext_only_as_before(run_engine) -> None:
    engine, port, runner = start_server(run_engine, join_grace=0.05, tls=False)
    assert engine.identity is None
    assert next(e for e in runner.events if isinstance(e, ServerListening)).fingerprint == ""
    raw = RawPeer(port)
    assert raw.read_until(lambda lines: len(lines) >= 1)[0].startswith("SocketLab chat on")
    raw.close()


def test_require_tls_refuses_plaintext_with_one_readable_line(run_engine, tmp_path) -> None:
    _, port, runner = start_server(
        run_engine,
        join_grace=0.05,
        tls_sniff_wait=0.1,
        require_tls=True,
        identity_folder=tmp_path,
    )
    waiting = RawPeer(port)  # sends nothing, as someone with nc who waits
    line = waiting.wait_for_line("!")
    assert line == (
        "-!- ! This room accepts only encrypted connections (TLS). Join with SocketLab, or: "
        f"openssl s_client -quiet -connect 127.0.0.1:{port}, or: ncat --ssl 127.0.0.1 {port}"
    )
    assert _closed_by_server(waiting.sock)
    talking = RawPeer(port)
    talking.send_line("/nick plain")
    assert talking.wait_for_line("!").startswith("-!- ! This room accepts only encrypted")
    assert _closed_by_server(talking.sock)
    secure = TlsPeer(port)
    secure.send_line("/nick sealed")
    assert secure.wait_for_line("You are sealed")
    events = runner.wait_for(lambda evs: _traced(evs, "plaintext refused"))
    assert _traced(events, "plaintext refused")
    for peer in (waiting, talking, secure):
        peer.close()


def test_tls_garbage_closes_only_that_connection(run_engine, tmp_path) -> None:
    _, port, runner = start_server(
        run_engine, join_grace=0.05, tls_sniff_wait=0.1, identity_folder=tmp_path
    )
    secure = TlsPeer(port)
    secure.send_line("/nick sealed")
    secure.wait_for_line("You are sealed")
    garbage = RawPeer(port)
    garbage.sock.sendall(b"\x16\x03\x01\x00\x05hello" + b"x" * 200)
    assert _closed_by_server(garbage.sock)
    events = runner.wait_for(lambda evs: _traced(evs, "this connection is closed"))
    assert "failed (" in _traced(events, "TLS handshake with")[-1]
    secure.send_line("/who")
    assert secure.wait_for_line("Online") == "-!- Online (1): sealed"
    secure.close()
    garbage.close()


def test_a_half_finished_handshake_is_closed_after_the_join_timeout(run_engine, tmp_path) -> None:
    _, port, runner = start_server(
        run_engine, join_grace=0.05, join_timeout=0.5, identity_folder=tmp_path
    )
    layer = TlsLayer(client_context(), server_side=False)
    layer.start()
    hello = layer.data_to_send()
    half = RawPeer(port)
    half.sock.sendall(hello[: len(hello) // 2])
    assert _closed_by_server(half.sock)
    events = runner.wait_for(lambda evs: _traced(evs, "not finished within 0.5 s"))
    assert _traced(events, "not finished within 0.5 s")
    secure = TlsPeer(port)  # the server goes on
    assert secure.wait_for_line("You are guest-")
    half.close()
    secure.close()


def test_a_slow_tls_reader_is_disconnected_and_the_room_goes_on(run_engine, tmp_path) -> None:
    _, port, _ = start_server(
        run_engine,
        join_grace=0.05,
        flood_limit=0,
        out_limit=256 * 1024,
        tls_sniff_wait=0.05,
        identity_folder=tmp_path,
    )
    slow = TlsPeer(port, receive_buffer=4096)
    slow.send_line("/nick slowpoke")
    slow.wait_for_line("You are slowpoke")
    alice, bob = RawPeer(port), RawPeer(port)
    for peer, nick in ((alice, "alice"), (bob, "bob")):
        peer.send_line(f"/nick {nick}")
        peer.wait_for_line(f"You are {nick}")
    # As for plaintext (test_server.py): the kernel buffers several MB first, so alice
    # sends up to 16 MB (bounded), bob reading as it comes; slowpoke never reads.
    chunk = b"".join(f"{i:05d} {'x' * 2000}\n".encode() for i in range(50))
    for round_number in range(160):
        alice.sock.sendall(chunk)
        seen = 50 * (round_number + 1)
        bob.read_until(lambda ls, n=seen: sum("<alice>" in line for line in ls) >= n)
        if any("slowpoke left" in line for line in bob.lines):
            break
    assert bob.wait_for_line("slowpoke left", timeout=10) == "-!- slowpoke left (too slow to read)"
    alice.send_line("after")
    assert bob.wait_for_line("<alice> after")
    for peer in (slow, alice, bob):
        peer.close()


@pytest.mark.parametrize("stop_while", ["sniffing", "joined"])
def test_stopping_the_server_says_bye_only_where_the_transport_is_known(
    run_engine, tmp_path, stop_while
) -> None:
    _, port, runner = start_server(
        run_engine, join_grace=0.05, tls_sniff_wait=5.0, identity_folder=tmp_path
    )
    if stop_while == "sniffing":
        peer = RawPeer(port)
        runner.wait_for(lambda evs: _traced(evs, "accept()"))
        runner.stop()
        assert _read_to_close(peer.sock) == b""  # no plaintext "Bye" before a greeting
    else:
        peer = TlsPeer(port)
        peer.send_line("/nick sealed")
        peer.wait_for_line("You are sealed")
        runner.stop()
        assert peer.wait_for_line("shutting down") == "-!- The server is shutting down. Bye."
    peer.close()
