"""The chat client over TLS: pinned keys (new, known, changed), --fingerprint, and no
silent downgrade; plain TCP peers still reach the raw terminal. Real 127.0.0.1 sockets."""

from __future__ import annotations

import socket
import threading

import pytest

from app.core.chat.client import ChannelSecured, ChatClientEngine, ConnectionState, RawReceived
from app.core.chat.server import RoomEvent
from app.core.events import ErrorEvent, TraceEvent
from app.core.identity import KnownServers
from tests.helpers.chat import RawPeer, read_client_hello, start_server
from tests.helpers.proxy import CuttableProxy


def state_is(state: str):
    return lambda events: any(isinstance(e, ConnectionState) and e.state == state for e in events)


def channels(events) -> list[ChannelSecured]:
    return [e for e in events if isinstance(e, ChannelSecured)]


def fatal_errors(events) -> list[ErrorEvent]:
    return [e for e in events if isinstance(e, ErrorEvent) and e.fatal]


def stopped(runner, timeout: float = 5.0) -> bool:
    runner.thread.join(timeout)
    return not runner.thread.is_alive()


@pytest.fixture
def pins(tmp_path) -> KnownServers:
    return KnownServers(tmp_path / "known.json")


def _serve(run_engine, folder, port: int = 0, **options):
    return start_server(
        run_engine,
        port=port,
        join_grace=0.05,
        tls_sniff_wait=0.1,
        identity_folder=folder,
        announce=False,
        **options,
    )


def test_first_join_pins_the_key_and_the_next_finds_it_known(run_engine, tmp_path, pins) -> None:
    server, port, _ = _serve(run_engine, tmp_path / "key")
    code = server.identity.code
    raw = RawPeer(port)
    raw.send_line("/nick netcat")
    first = ChatClientEngine("127.0.0.1", port, "alice", pins=pins)
    runner = run_engine(first)
    events = runner.wait_for(state_is("connected"))
    [channel] = channels(events)
    assert channel == ChannelSecured(f"127.0.0.1:{port}", True, code, "new", "", "TLSv1.3")
    connected = next(
        i for i, e in enumerate(events) if isinstance(e, ConnectionState) and e.state == "connected"
    )
    assert events.index(channel) < connected
    assert first.session.secure
    assert pins.pinned_code("127.0.0.1", port) == code
    first.send_text("through the tunnel")
    assert raw.wait_for_line("<alice>").endswith("<alice> through the tunnel")
    runner.stop()
    second = ChatClientEngine("127.0.0.1", port, "alice", pins=pins)
    events = run_engine(second).wait_for(state_is("connected"))
    assert [(c.status, c.code, c.previous) for c in channels(events)] == [("known", code, "")]
    traced = [str(e) for e in events if isinstance(e, TraceEvent) and "TLS handshake" in str(e)]
    assert traced == [
        f"TLS handshake with 127.0.0.1:{port} -> TLSv1.3 TLS_AES_256_GCM_SHA384, key {code} (known)"
    ]
    raw.close()


def test_the_default_pins_live_in_the_data_folder(run_engine, tmp_path) -> None:
    server, port, _ = _serve(run_engine, tmp_path / "key")
    client = ChatClientEngine("127.0.0.1", port, "alice")
    run_engine(client).wait_for(state_is("connected"))
    assert KnownServers().pinned_code("127.0.0.1", port) == server.identity.code


def _changed_key(run_engine, tmp_path, pins) -> tuple[int, str, str]:
    """A server pinned under one key, then replaced on the same port by another key."""
    first, port, first_runner = _serve(run_engine, tmp_path / "old")
    old = first.identity.code
    client = ChatClientEngine("127.0.0.1", port, "alice", pins=pins)
    runner = run_engine(client)
    runner.wait_for(state_is("connected"))
    runner.stop()
    first_runner.stop()
    second, _, _ = _serve(run_engine, tmp_path / "new", port=port)
    return port, old, second.identity.code


def test_a_changed_key_is_refused_in_words_and_never_retried(run_engine, tmp_path, pins) -> None:
    port, old, new = _changed_key(run_engine, tmp_path, pins)
    assert old != new
    client = ChatClientEngine("127.0.0.1", port, "alice", pins=pins, reconnect_delays=(0.05,))
    runner = run_engine(client)
    events = runner.wait_for(fatal_errors)
    assert stopped(runner)
    [channel] = channels(runner.events)
    assert (channel.status, channel.code, channel.previous) == ("changed", new, old)
    [error] = fatal_errors(runner.events)
    assert error.field == "fingerprint"
    assert f"it was {old}, now it is {new}" in error.message
    assert "Someone may be pretending to be this server" in error.message
    assert not state_is("connected")(runner.events)
    assert not state_is("reconnecting")(runner.events)
    assert pins.pinned_code("127.0.0.1", port) == old  # nothing changed without consent
    assert events


def test_accepting_a_changed_key_through_expected_code_pins_it(run_engine, tmp_path, pins) -> None:
    port, old, new = _changed_key(run_engine, tmp_path, pins)
    accepting = ChatClientEngine("127.0.0.1", port, "alice", pins=pins, expected_code=new)
    events = run_engine(accepting).wait_for(state_is("connected"))
    assert [(c.status, c.code, c.previous) for c in channels(events)] == [("known", new, old)]
    assert pins.pinned_code("127.0.0.1", port) == new


def test_fingerprint_given_matches_or_is_refused(run_engine, tmp_path, pins) -> None:
    server, port, _ = _serve(run_engine, tmp_path / "key")
    code = server.identity.code
    wrong = "0000-0000-0000-0000" if code != "0000-0000-0000-0000" else "1111-1111-1111-1111"
    refused = ChatClientEngine("127.0.0.1", port, "alice", pins=pins, expected_code=wrong)
    runner = run_engine(refused)
    runner.wait_for(fatal_errors)
    assert stopped(runner)
    [error] = fatal_errors(runner.events)
    assert error.field == "fingerprint"
    assert code in error.message and wrong in error.message
    assert pins.pinned_code("127.0.0.1", port) == ""  # a refused key is not pinned
    typed = code.lower().replace("-", " ")  # as read aloud and typed
    matching = ChatClientEngine("127.0.0.1", port, "alice", pins=pins, expected_code=typed)
    events = run_engine(matching).wait_for(state_is("connected"))
    assert [(c.status, c.code) for c in channels(events)] == [("new", code)]


def test_a_code_that_is_not_a_code_is_refused_at_once() -> None:
    with pytest.raises(ValueError, match="is not a key fingerprint"):
        ChatClientEngine("127.0.0.1", 5555, expected_code="not a code")


def test_a_pinned_server_answering_in_plaintext_is_refused(run_engine, tmp_path, pins) -> None:
    first, port, first_runner = _serve(run_engine, tmp_path / "key")
    code = first.identity.code
    runner = run_engine(ChatClientEngine("127.0.0.1", port, "alice", pins=pins))
    runner.wait_for(state_is("connected"))
    runner.stop()
    first_runner.stop()
    # Someone (or a careless restart) puts a plaintext-only server on the address.
    _, _, plain_runner = _serve(run_engine, tmp_path / "key", port=port, tls=False)
    client = ChatClientEngine("127.0.0.1", port, "alice", pins=pins, reconnect_delays=(0.05,))
    runner = run_engine(client)
    runner.wait_for(fatal_errors)
    assert stopped(runner)
    [error] = fatal_errors(runner.events)
    assert error.field == "fingerprint"
    assert error.message.startswith(
        f"127.0.0.1:{port} answered without encryption although its key is pinned ({code}): "
        "not connecting."
    )
    assert not channels(runner.events)
    assert not state_is("connected")(runner.events)
    joins = [e for e in plain_runner.events if isinstance(e, RoomEvent)]
    assert joins == []  # no hello (and no resume secret) went out in plaintext


def test_an_expected_code_refuses_a_plaintext_server(run_engine, tmp_path, pins) -> None:
    _, port, _ = _serve(run_engine, tmp_path / "key", tls=False)
    client = ChatClientEngine(
        "127.0.0.1", port, "alice", pins=pins, expected_code="0000-0000-0000-0000"
    )
    runner = run_engine(client)
    runner.wait_for(fatal_errors)
    assert (
        "although you gave its key (0000-0000-0000-0000)" in fatal_errors(runner.events)[0].message
    )
    assert stopped(runner)


def test_an_unpinned_plaintext_server_is_joined_without_encryption(
    run_engine, tmp_path, pins
) -> None:
    _, port, _ = _serve(run_engine, tmp_path / "key", tls=False)
    proxy = CuttableProxy(port)
    run_engine(proxy)
    ready = threading.Event()
    proxy.call_soon_threadsafe(ready.set)
    assert ready.wait(5)
    client = ChatClientEngine("127.0.0.1", proxy.port, "alice", pins=pins, reconnect_delays=(0.05,))
    runner = run_engine(client)
    events = runner.wait_for(state_is("connected"))
    assert [(c.encrypted, c.status) for c in channels(events)] == [(False, "")]
    assert not client.session.secure
    assert any("connecting again without encryption" in str(e) for e in events)
    proxy.cut()  # the reconnect goes straight to plaintext: no second ClientHello
    runner.wait_for(lambda evs: len(channels(evs)) == 2 and state_is("reconnecting")(evs))
    events = runner.wait_for(
        lambda evs: sum(isinstance(e, ConnectionState) and e.state == "connected" for e in evs) == 2
    )
    assert [c.encrypted for c in channels(events)] == [False, False]
    hellos = [e for e in events if isinstance(e, TraceEvent) and "TLS handshake" in str(e)]
    assert len(hellos) == 1
    assert pins.pinned_code("127.0.0.1", proxy.port) == ""


def test_no_tls_never_sends_a_client_hello(run_engine, tmp_path, pins) -> None:
    _, port, _ = _serve(run_engine, tmp_path / "key")
    client = ChatClientEngine("127.0.0.1", port, "alice", pins=pins, tls=False)
    events = run_engine(client).wait_for(state_is("connected"))
    assert [(c.encrypted, c.code) for c in channels(events)] == [(False, "")]
    assert not any(isinstance(e, TraceEvent) and "TLS" in str(e) for e in events)


def _device() -> socket.socket:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(5)
    return listener


def test_a_silent_device_gets_one_client_hello_then_a_raw_terminal(run_engine, pins) -> None:
    with _device() as listener:
        client = ChatClientEngine(
            "127.0.0.1",
            listener.getsockname()[1],
            pins=pins,
            tls_timeout=0.2,
            greeting_timeout=0.4,
        )
        runner = run_engine(client)
        peer, _ = listener.accept()  # like nc -l: one connection only
        with peer:
            read_client_hello(peer)
            events = runner.wait_for(state_is("raw"))
            assert [(c.encrypted, c.status) for c in channels(events)] == [(False, "")]
            client.send_raw(b"AT\r\n")
            peer.settimeout(5)
            assert peer.recv(100) == b"AT\r\n"
            peer.sendall(b"OK\r\n")
            runner.wait_for(lambda evs: any(isinstance(e, RawReceived) for e in evs))
    assert not fatal_errors(runner.events)


def test_a_device_with_a_banner_is_a_raw_terminal_at_once(run_engine, pins) -> None:
    with _device() as listener:
        client = ChatClientEngine("127.0.0.1", listener.getsockname()[1], pins=pins)
        runner = run_engine(client)
        peer, _ = listener.accept()
        with peer:
            peer.sendall(b"220 ready\r\n")
            events = runner.wait_for(state_is("raw"), timeout=1.5)
            shown = b"".join(e.data for e in events if isinstance(e, RawReceived))
            assert shown == b"220 ready\r\n"


def test_an_echo_server_is_a_raw_terminal_too(run_engine, pins) -> None:
    with _device() as listener:
        client = ChatClientEngine("127.0.0.1", listener.getsockname()[1], pins=pins)
        runner = run_engine(client)
        peer, _ = listener.accept()
        with peer:
            hello = read_client_hello(peer)
            peer.sendall(hello)  # it echoes what it got: a ClientHello is no ServerHello
            runner.wait_for(state_is("raw"))
            client.send_raw(b"ping\n")
            peer.settimeout(5)
            assert peer.recv(100) == b"ping\n"
    assert not fatal_errors(runner.events)


def test_a_server_that_refuses_at_accept_is_shown_and_not_retried(
    run_engine, tmp_path, pins
) -> None:
    _, port, _ = _serve(run_engine, tmp_path / "key", max_clients=1)
    first = RawPeer(port)
    first.send_line("/nick first")
    first.wait_for_line("You are first")
    client = ChatClientEngine("127.0.0.1", port, "alice", pins=pins, reconnect_delays=(0.05,))
    runner = run_engine(client)
    runner.wait_for(fatal_errors)
    assert stopped(runner)
    [error] = fatal_errors(runner.events)
    assert error.message == (
        f"127.0.0.1:{port} refused the connection: "
        "! Server full: at most 1 people. Try again later."
    )
    first.close()


def test_a_handshake_that_stalls_is_a_broken_link_not_a_device(run_engine, pins) -> None:
    with _device() as listener:
        client = ChatClientEngine(
            "127.0.0.1",
            listener.getsockname()[1],
            pins=pins,
            tls_timeout=0.2,
            connect_timeout=0.5,
            reconnect_delays=(5.0,),
        )
        runner = run_engine(client)
        peer, _ = listener.accept()
        with peer:
            read_client_hello(peer)
            peer.sendall(b"\x16\x03\x03\x00\x50")  # a record header, then nothing
            events = runner.wait_for(state_is("reconnecting"))
    assert any("did not finish within 0.5 s" in str(e) for e in events)
    assert not state_is("raw")(events) and not channels(events)


def test_a_refusal_line_cut_in_two_reads_is_shown_whole(run_engine, pins) -> None:
    with _device() as listener:
        client = ChatClientEngine("127.0.0.1", listener.getsockname()[1], pins=pins)
        runner = run_engine(client)
        peer, _ = listener.accept()
        with peer:
            peer.sendall(b"! Too many conn")
            runner.wait_for(lambda evs: any(str(e) == "recv() -> 15 bytes" for e in evs))
            assert not fatal_errors(runner.events)  # half a line: it waits for the rest
            peer.sendall(b"ections from 127.0.0.1: at most 16.\n")
            runner.wait_for(fatal_errors)
    assert stopped(runner)
    assert fatal_errors(runner.events)[0].message.endswith(
        "refused the connection: ! Too many connections from 127.0.0.1: at most 16."
    )


def test_a_pinned_server_cut_before_the_handshake_is_tried_again(
    run_engine, tmp_path, pins
) -> None:
    """A reset before one byte came (a server restarting) is no plaintext answer: the
    client reconnects, in TLS, instead of refusing the server for good."""
    import struct

    first, port, first_runner = _serve(run_engine, tmp_path / "key")
    runner = run_engine(ChatClientEngine("127.0.0.1", port, "alice", pins=pins))
    runner.wait_for(state_is("connected"))
    runner.stop()
    first_runner.stop()
    with socket.socket() as listener:  # on the same port: accept, then reset at once
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", port))
        listener.listen()
        client = ChatClientEngine("127.0.0.1", port, "alice", pins=pins, reconnect_delays=(5.0,))
        runner = run_engine(client)
        conn, _ = listener.accept()
        read_client_hello(conn)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()  # RST
        events = runner.wait_for(state_is("reconnecting"))
    assert not fatal_errors(events)
    waiting = [e for e in events if isinstance(e, ConnectionState) and e.state == "reconnecting"]
    assert "before the encrypted handshake could start" in waiting[-1].reason
    assert pins.pinned_code("127.0.0.1", port) == first.identity.code  # the pin stays
