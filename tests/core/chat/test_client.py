"""The chat client engine against a real server (and against plain TCP peers)."""

from __future__ import annotations

import socket
import sqlite3

import pytest

from app.core.chat.client import (
    ChatClientEngine,
    ConnectionState,
    MessageDelivered,
    MessagePending,
    MessagesReceived,
    Outbox,
    RawReceived,
    UsersUpdated,
)
from app.core.chat.protocol import Kind
from app.core.chat.server import ChatServerEngine, RoomEvent, ServerConfig, ServerListening
from app.core.events import ErrorEvent, TraceEvent
from tests.helpers.chat import RawPeer, start_server
from tests.helpers.fixtures import free_port
from tests.helpers.proxy import CuttableProxy


def state_is(state: str):
    return lambda events: any(isinstance(e, ConnectionState) and e.state == state for e in events)


def received_texts(events, sender: str | None = None) -> list[str]:
    return [
        m.text
        for e in events
        if isinstance(e, MessagesReceived)
        for m in e.messages
        if m.kind == Kind.MESSAGE and (sender is None or m.sender == sender)
    ]


def test_client_joins_chats_and_sees_raw_users(run_engine) -> None:
    _, port, _ = start_server(run_engine, join_grace=0.05)
    raw = RawPeer(port)
    raw.send_line("/nick netcat")
    client = ChatClientEngine("127.0.0.1", port, "alice")
    runner = run_engine(client)
    runner.wait_for(state_is("connected"))
    raw.wait_for_line("-!- alice joined")
    client.send_text("hello from the app")
    assert raw.wait_for_line("<alice>").endswith("<alice> hello from the app")
    raw.send_line("hi app")
    events = runner.wait_for(lambda evs: "hi app" in received_texts(evs, "netcat"))
    delivered = [e for e in events if isinstance(e, MessageDelivered)]
    assert delivered and delivered[0].seq == 1 and delivered[0].message_id is not None
    users = [e for e in events if isinstance(e, UsersUpdated)][-1].users
    assert {(u.nick, u.app) for u in users} == {("alice", True), ("netcat", False)}
    raw.close()


def test_history_is_sent_on_join_and_merged_by_id_after_reconnect(run_engine) -> None:
    _, port, _ = start_server(run_engine, join_grace=0.05)
    raw = RawPeer(port)
    raw.send_line("/nick early")
    raw.send_line("before anyone came")
    proxy = CuttableProxy(port)
    run_engine(proxy)
    proxy_runner_port = _wait_port(proxy)
    client = ChatClientEngine("127.0.0.1", proxy_runner_port, "late", reconnect_delays=(0.05,))
    runner = run_engine(client)
    events = runner.wait_for(lambda evs: "before anyone came" in received_texts(evs))
    assert any(isinstance(e, MessagesReceived) and e.from_history for e in events)
    proxy.cut()
    runner.wait_for(state_is("reconnecting"))
    raw.send_line("while you were away")
    events = runner.wait_for(lambda evs: "while you were away" in received_texts(evs))
    ids = [m.id for e in events if isinstance(e, MessagesReceived) for m in e.messages]
    assert len(ids) == len(set(ids)), "a message was shown twice after the reconnect"
    raw.close()


def _wait_port(proxy: CuttableProxy) -> int:
    import threading

    ready = threading.Event()
    proxy.call_soon_threadsafe(ready.set)
    assert ready.wait(5)
    return proxy.port


def test_exactly_once_through_cut_links_and_a_server_restart(run_engine, tmp_path) -> None:
    """1,000 messages; the link is cut several times and the history server restarted once."""
    history = tmp_path / "room.sqlite"
    port = free_port()
    config = {"host": "127.0.0.1", "port": port, "history_path": history, "flood_limit": 0}
    first_server = ChatServerEngine(ServerConfig(**config))
    server_runner = run_engine(first_server)
    server_runner.wait_for(lambda evs: any(isinstance(e, ServerListening) for e in evs))
    proxy = CuttableProxy(port)
    run_engine(proxy)
    sender = ChatClientEngine(
        "127.0.0.1", _wait_port(proxy), "sender", reconnect_delays=(0.02, 0.05, 0.1)
    )
    runner = run_engine(sender)
    runner.wait_for(state_is("connected"))

    def delivered(events) -> int:
        return sum(isinstance(e, MessageDelivered) for e in events)

    def connections(events) -> int:
        return sum(isinstance(e, ConnectionState) and e.state == "connected" for e in events)

    links = 1  # connections made so far; each cut or restart forces one more
    for batch in range(10):
        runner.wait_for(lambda evs, n=links: connections(evs) >= n, timeout=20)
        for number in range(batch * 100, batch * 100 + 100):
            sender.send_text(f"msg-{number:04d}")
        if batch in (1, 3, 6, 7, 8):
            proxy.cut()  # at once, mid-send: part of this batch is still in flight
            links += 1
        if batch == 5:
            runner.wait_for(lambda evs: delivered(evs) >= 300, timeout=20)
            server_runner.stop()
            server_runner = run_engine(ChatServerEngine(ServerConfig(**config)))
            links += 1
    runner.wait_for(lambda evs: delivered(evs) == 1000, timeout=30)
    assert proxy.cuts == 5
    server_runner.stop()  # commits and closes the history file
    with sqlite3.connect(history) as db:
        texts = [
            row[0]
            for row in db.execute(
                "SELECT text FROM messages WHERE sender = 'sender' AND kind = 'message' ORDER BY id"
            )
        ]
    assert texts == [f"msg-{n:04d}" for n in range(1000)]


def test_messages_typed_offline_are_pending_then_delivered_once(run_engine) -> None:
    port = free_port()
    server = ChatServerEngine(ServerConfig(host="127.0.0.1", port=port, join_grace=0.05))
    server_runner = run_engine(server)
    server_runner.wait_for(lambda evs: any(isinstance(e, ServerListening) for e in evs))
    client = ChatClientEngine("127.0.0.1", port, "alice", reconnect_delays=(0.05,))
    runner = run_engine(client)
    runner.wait_for(state_is("connected"))
    server_runner.stop()
    runner.wait_for(state_is("reconnecting"))
    client.send_text("typed while offline 1")
    client.send_text("typed while offline 2")
    runner.wait_for(lambda evs: sum(isinstance(e, MessagePending) for e in evs) == 2)
    watcher_server = ChatServerEngine(ServerConfig(host="127.0.0.1", port=port, join_grace=0.05))
    restarted = run_engine(watcher_server)
    events = restarted.wait_for(
        lambda evs: sum(isinstance(e, RoomEvent) and e.message.kind == "message" for e in evs) == 2
    )
    texts = [
        e.message.text for e in events if isinstance(e, RoomEvent) and e.message.kind == "message"
    ]
    assert texts == ["typed while offline 1", "typed while offline 2"]
    runner.wait_for(lambda evs: sum(isinstance(e, MessageDelivered) for e in evs) == 2)


def test_outbox_file_keeps_pending_lines_and_identity(tmp_path) -> None:
    path = tmp_path / "outbox.sqlite"
    first = Outbox(path)
    assert first.add("one") == 1 and first.add("two") == 2
    first.ack(1)
    client_id = first.client_id
    first.close()
    again = Outbox(path)
    assert again.client_id == client_id
    assert again.pending() == [(2, "two")]
    assert again.add("three") == 3
    again.close()


def test_plain_tcp_peer_makes_a_raw_terminal(run_engine) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        client = ChatClientEngine(
            "127.0.0.1", listener.getsockname()[1], "alice", greeting_timeout=0.2, tls=False
        )
        runner = run_engine(client)
        peer, _ = listener.accept()
        with peer:
            peer.sendall("HTTP/1.0 200 OK\r\n\r\n中".encode())
            events = runner.wait_for(state_is("raw"))
            client.send_raw(b"GET / HTTP/1.0\r\n\r\n")
            assert peer.recv(100) == b"GET / HTTP/1.0\r\n\r\n"
            client.send_text("typed line")
            assert peer.recv(100) == b"typed line\n"
            peer.sendall(b"\xe6\x96")
            events = runner.wait_for(lambda evs: sum(isinstance(e, RawReceived) for e in evs) >= 2)
    raw = b"".join(e.data for e in events if isinstance(e, RawReceived))
    assert raw.startswith("HTTP/1.0 200 OK\r\n\r\n中".encode())
    runner.wait_for(state_is("offline"))


def test_silent_tcp_peer_becomes_raw_after_the_greeting_timeout(run_engine) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        client = ChatClientEngine(
            "127.0.0.1", listener.getsockname()[1], greeting_timeout=0.1, tls=False
        )
        runner = run_engine(client)
        peer, _ = listener.accept()
        with peer:
            events = runner.wait_for(state_is("raw"))
    state = next(e for e in events if isinstance(e, ConnectionState) and e.state == "raw")
    assert "not a SocketLab chat server, raw TCP terminal" in state.detail


def test_connection_refused_is_an_error_in_words(run_engine) -> None:
    port = free_port()
    runner = run_engine(ChatClientEngine("127.0.0.1", port, "alice"))
    events = runner.wait_for(lambda evs: any(isinstance(e, ErrorEvent) for e in evs))
    error = next(e for e in events if isinstance(e, ErrorEvent))
    assert error.fatal and error.message.startswith(f"Connection refused by 127.0.0.1:{port}")


def test_taken_nickname_gets_a_variant_and_a_notice(run_engine) -> None:
    _, port, _ = start_server(run_engine, join_grace=0.05)
    raw = RawPeer(port)
    raw.send_line("/nick alice")
    raw.wait_for_line("You are alice")
    runner = run_engine(ChatClientEngine("127.0.0.1", port, "Alice"))
    events = runner.wait_for(state_is("connected"))
    state = next(e for e in events if isinstance(e, ConnectionState) and e.state == "connected")
    assert state.nick == "Alice-2"
    raw.close()


def test_a_nick_change_is_kept_for_the_next_reconnect(run_engine) -> None:
    _, port, _ = start_server(run_engine, join_grace=0.05)
    proxy = CuttableProxy(port)
    run_engine(proxy)
    client = ChatClientEngine("127.0.0.1", _wait_port(proxy), "alice", reconnect_delays=(0.05,))
    runner = run_engine(client)
    runner.wait_for(state_is("connected"))
    client.send_text("/nick alicia")
    runner.wait_for(
        lambda evs: any(
            isinstance(e, MessagesReceived) and any(m.kind == Kind.NICK for m in e.messages)
            for e in evs
        )
    )
    assert client.nick == "alicia"
    proxy.cut()
    events = runner.wait_for(
        lambda evs: sum(isinstance(e, ConnectionState) and e.state == "connected" for e in evs) == 2
    )
    last = [e for e in events if isinstance(e, ConnectionState) and e.state == "connected"][-1]
    assert last.nick == "alicia"


def test_events_of_one_read_keep_their_order_and_odd_lines_are_not_lost(run_engine) -> None:
    """Messages of one recv() arrive as one event, acks and notices stay in between."""
    from app.core.chat.client import ServerNotice
    from app.core.chat.protocol import encode_json, greeting_line

    def message_line(number: int, text: str) -> bytes:
        return encode_json(
            {"type": "message", "kind": "message", "id": number, "time": 1.0, "from": "bob",
             "text": text}
        )  # fmt: skip

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        client = ChatClientEngine("127.0.0.1", port, "alice", tls=False)
        runner = run_engine(client)
        peer, _ = listener.accept()
        with peer:
            peer.sendall((greeting_line("127.0.0.1", port, 0) + "\n").encode())
            hello = peer.recv(4096)
            assert b'"type":"hello"' in hello
            client.send_text("first")
            peer.sendall(
                encode_json({"type": "welcome", "nick": "alice", "accepted_seq": 0})
                + message_line(1, "one")
                + message_line(2, "two")
                + encode_json({"type": "ack", "cid": 1, "id": 3})
                + message_line(3, "first")
                + b"a plain line from the server\n"
                + message_line(4, "four")
            )
            events = runner.wait_for(
                lambda evs: any(
                    isinstance(e, MessagesReceived) and e.messages[-1].id == 4 for e in evs
                )
            )
    # One recv() normally holds all of it and its messages come as one event; a loaded
    # machine may split the read, so the order is compared message by message.
    shown = []
    for e in events:
        if isinstance(e, MessagesReceived):
            shown += [("message", m.id) for m in e.messages]
        elif isinstance(e, MessageDelivered):
            shown.append(("delivered", e.seq))
        elif isinstance(e, ServerNotice):
            shown.append(("notice", e.text))
    assert shown == [
        ("message", 1),
        ("message", 2),
        ("delivered", 1),
        ("message", 3),
        ("notice", "a plain line from the server"),
        ("message", 4),
    ]


# ------------------------------------------------------------------ a hostile server
POISON_LINES = [
    b'{"type":"ack","cid":1e999}',
    b'{"type":"ack","cid":Infinity}',
    b'{"type":"ack","cid":NaN}',
    b'{"type":"ack","cid":18446744073709551616}',
    b'{"a":' + b"[" * 30_000 + b"]" * 30_000 + b"}",
    b"[" * 30_000 + b"]" * 30_000,
    b'{"type":"history","messages":"x"}',
    b'{"type":"users","users":[1,2]}',
    b'{"type":"users_delta","joined":[{"nick":7}]}',
    b'{"type":"message","kind":"message","id":18446744073709551616,"from":"x","text":"y"}',
    b'{"type":"welcome","nick":["not","a","string"]}',
    b'{"type":"error","code":"x","message":{"template":"{0.__class__}","values":{}}}',
    b"\xff\xfe not even UTF-8",
]


def hostile_server_session(run_engine, poison: list[bytes], **engine_options):
    """A client joined to a fake server on 127.0.0.1 that greets, welcomes, then sends
    `poison` and one good message; returns (events, client) once the good one arrived."""
    from app.core.chat.protocol import encode_json, greeting_line

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        client = ChatClientEngine("127.0.0.1", port, "alice", **engine_options, tls=False)
        runner = run_engine(client)
        peer, _ = listener.accept()
        with peer:
            peer.sendall((greeting_line("127.0.0.1", port, 0) + "\n").encode())
            assert b'"type":"hello"' in peer.recv(4096)
            peer.sendall(encode_json({"type": "welcome", "nick": "alice", "accepted_seq": 0}))
            runner.wait_for(state_is("connected"))
            peer.sendall(b"".join(line + b"\n" for line in poison))
            peer.sendall(
                encode_json(
                    {
                        "type": "message",
                        "kind": "message",
                        "id": 5,
                        "time": 1.0,
                        "from": "bob",
                        "text": "still standing",
                    }
                )
            )
            events = runner.wait_for(lambda evs: "still standing" in received_texts(evs))
            assert client.is_running
    return events, client


def test_poison_lines_from_a_server_are_notices_and_a_good_message_still_arrives(
    run_engine,
) -> None:
    from app.core.chat.client import ServerNotice

    events, client = hostile_server_session(run_engine, POISON_LINES)
    notices = [e for e in events if isinstance(e, ServerNotice)]
    malformed = [n for n in notices if n.text.startswith("Malformed message from the server")]
    # Every line is one notice: the JSON ones as malformed; the two plain ones, and the
    # error whose made-up template is refused, as text.
    assert len(malformed) == len(POISON_LINES) - 3
    assert len(notices) == len(POISON_LINES)
    assert client.session.faults == 0 and client.faults == 0
    assert not any(isinstance(e, ErrorEvent) for e in events)
    assert client.nick == "alice"


def test_an_unexpected_exception_on_one_line_does_not_stop_the_client(
    run_engine, monkeypatch, caplog
) -> None:
    from app.core.chat import session as session_module
    from app.core.chat.client import ServerNotice

    def broken(_self, _obj) -> None:
        raise AttributeError("a bug in a handler")

    monkeypatch.setitem(session_module._HANDLERS, "system", broken)
    with caplog.at_level("ERROR", logger="socketlab.chat.client"):
        events, client = hostile_server_session(run_engine, [b'{"type":"system","text":"x"}'])
    assert client.session.faults == 1
    assert any(
        isinstance(e, ServerNotice) and e.text.startswith("Malformed message") for e in events
    )
    assert "a bug in a handler" in caplog.text


# ------------------------------------------------------------------ raw mode keeps every byte
def test_a_prompt_without_a_newline_is_shown_after_the_greeting_timeout(run_engine) -> None:
    """`printf 'login: ' | nc -l 7123`: the prompt is all the peer says, and it shows."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        client = ChatClientEngine(
            "127.0.0.1", listener.getsockname()[1], greeting_timeout=0.2, tls=False
        )
        runner = run_engine(client)
        peer, _ = listener.accept()
        with peer:
            peer.sendall(b"login: ")
            events = runner.wait_for(lambda evs: any(isinstance(e, RawReceived) for e in evs))
            assert any(isinstance(e, ConnectionState) and e.state == "raw" for e in events)
            client.send_raw(b"root\n")
            assert peer.recv(100) == b"root\n"
    assert b"".join(e.data for e in events if isinstance(e, RawReceived)) == b"login: "


def test_bytes_held_over_several_reads_are_all_shown_when_raw_mode_begins(run_engine) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        client = ChatClientEngine(
            "127.0.0.1", listener.getsockname()[1], greeting_timeout=5, tls=False
        )
        runner = run_engine(client)
        peer, _ = listener.accept()
        with peer:
            peer.sendall(b"Welcome to ")
            runner.wait_for(
                lambda evs: any(isinstance(e, TraceEvent) and e.call == "recv()" for e in evs)
            )
            peer.sendall(b"the device\r\n> ")
            events = runner.wait_for(state_is("raw"))
    assert b"".join(e.data for e in events if isinstance(e, RawReceived)) == (
        b"Welcome to the device\r\n> "
    )


# ------------------------------------------------------------------ every address is tried
def _stream_info(family: int, address: tuple) -> tuple:
    return (family, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", address)


def test_localhost_with_ipv6_first_reaches_a_server_on_127_0_0_1(run_engine) -> None:
    """Debian and macOS resolve localhost to ::1 first; the server listens on IPv4 only."""
    _, port, _ = start_server(run_engine, join_grace=0.05)

    def ipv6_first(host: str, port: int) -> list:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        return [_stream_info(socket.AF_INET6, ("::1", port, 0, 0)), *found]

    client = ChatClientEngine("localhost", port, "alice", resolver=ipv6_first)
    runner = run_engine(client)
    events = runner.wait_for(state_is("connected"))
    traces = [str(e) for e in events if isinstance(e, TraceEvent)]
    assert any("connect(('::1'" in t for t in traces)
    assert any("connect(('127.0.0.1'" in t for t in traces)
    assert not any(isinstance(e, ErrorEvent) for e in events)


def test_when_every_address_refuses_the_last_reason_is_the_error(run_engine) -> None:
    port = free_port()

    def two_refusing(_host: str, port: int) -> list:
        return [
            _stream_info(socket.AF_INET6, ("::1", port, 0, 0)),
            _stream_info(socket.AF_INET, ("127.0.0.1", port)),
        ]

    runner = run_engine(ChatClientEngine("localhost", port, "alice", resolver=two_refusing))
    events = runner.wait_for(lambda evs: any(isinstance(e, ErrorEvent) for e in evs))
    error = next(e for e in events if isinstance(e, ErrorEvent))
    assert error.fatal and error.message.startswith(f"Connection refused by 127.0.0.1:{port}")
    failed = [e for e in events if isinstance(e, TraceEvent) and e.error]
    assert len(failed) == 2


def test_a_silent_first_address_does_not_hold_up_the_next(run_engine) -> None:
    """RFC 8305: the next address starts after the attempt delay; the first to answer
    wins and the attempt still hanging is closed."""
    import select

    with (
        socket.socket() as silent,
        socket.socket() as filler,
        socket.socket() as probe,
        socket.socket() as listener,
    ):
        # A listener whose backlog is full: Linux drops further SYNs, so a connect()
        # to it neither succeeds nor fails for a while.
        silent.bind(("127.0.0.1", 0))
        silent.listen(0)
        silent_port = silent.getsockname()[1]
        filler.connect(("127.0.0.1", silent_port))
        probe.setblocking(False)
        probe.connect_ex(("127.0.0.1", silent_port))
        if select.select([], [probe], [], 0.3)[1]:
            pytest.skip("this system answers a connect() to a full backlog")
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]

        def silent_first(_host: str, _port: int) -> list:
            return [
                _stream_info(socket.AF_INET, ("127.0.0.1", silent_port)),
                _stream_info(socket.AF_INET, ("127.0.0.1", port)),
            ]

        client = ChatClientEngine(
            "example.test", port, "alice", resolver=silent_first, attempt_delay=0.05, tls=False
        )
        runner = run_engine(client)
        listener.settimeout(5)
        peer, _ = listener.accept()
        with peer:
            from app.core.chat.protocol import greeting_line

            peer.sendall((greeting_line("127.0.0.1", port, 0) + "\n").encode())
            assert b'"type":"hello"' in peer.recv(4096)
            events = runner.wait_for(
                lambda evs: any("another address answered first" in str(e) for e in evs)
            )
    assert not any(isinstance(e, ErrorEvent) for e in events)


# ------------------------------------------------------------------ lines typed as it stops
def test_a_line_typed_after_stop_began_is_kept_in_the_outbox(run_engine, tmp_path) -> None:
    import threading

    _, port, _ = start_server(run_engine, join_grace=0.05)
    outbox = Outbox(tmp_path / "outbox.sqlite")
    client = ChatClientEngine("127.0.0.1", port, "alice", outbox=outbox)
    runner = run_engine(client)
    runner.wait_for(state_is("connected"))
    held, release = threading.Event(), threading.Event()

    def hold_the_loop() -> None:
        held.set()
        release.wait(5)

    client.call_soon_threadsafe(hold_the_loop)
    assert held.wait(5)
    client.stop()  # the loop will not run another queued call
    client.send_text("typed as it stopped")
    release.set()
    runner.thread.join(5)
    assert not runner.thread.is_alive()
    client.send_text("typed after it stopped")  # run() has ended: no EngineStopped
    assert [text for _, text in outbox.pending()] == [
        "typed as it stopped",
        "typed after it stopped",
    ]
    outbox.close()
    again = Outbox(tmp_path / "outbox.sqlite")  # both survive for the next connection
    assert [text for _, text in again.pending()] == [
        "typed as it stopped",
        "typed after it stopped",
    ]
    again.close()


def test_a_line_for_an_engine_whose_own_outbox_closed_raises(run_engine) -> None:
    from app.core.chat.client import OutboxClosed

    port = free_port()
    client = ChatClientEngine("127.0.0.1", port, "alice")  # refused: it stops by itself
    runner = run_engine(client)
    runner.wait_for(lambda evs: any(isinstance(e, ErrorEvent) for e in evs))
    runner.thread.join(5)
    with pytest.raises(OutboxClosed):
        client.send_text("nowhere to keep it")


# ------------------------------------------------------------------ what the new server says
def test_resume_secret_granted_identity_history_frames_and_user_deltas(run_engine) -> None:
    import json

    from app.core.chat.protocol import encode_json, greeting_line

    secret = "00112233445566778899aabbccddeeff"

    def message(number: int) -> dict:
        return {"type": "message", "kind": "message", "id": number, "time": 1.0,
                "from": "bob", "text": f"m{number}"}  # fmt: skip

    def read_objects(peer: socket.socket, count: int) -> list[dict]:
        data = b""
        while data.count(b"\n") < count:
            chunk = peer.recv(65536)
            assert chunk, "the client closed the connection"
            data += chunk
        return [json.loads(part) for part in data.splitlines()]

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        listener.settimeout(5)
        outbox = Outbox()
        outbox.add_many(["pending 1", "pending 2"])
        outbox.ack(1)  # "pending 2" waits, numbered 2 under the old identity
        client = ChatClientEngine(
            "127.0.0.1", port, "alice", outbox=outbox, reconnect_delays=(0.05,), tls=False
        )
        runner = run_engine(client)
        greeting = (greeting_line("127.0.0.1", port, 1) + "\n").encode()
        peer, _ = listener.accept()
        with peer:
            peer.settimeout(5)
            peer.sendall(greeting)
            [hello] = read_objects(peer, 1)
            assert "resume" not in hello and hello["client_id"] == outbox.client_id
            peer.sendall(
                encode_json(
                    {
                        "type": "welcome",
                        "nick": "alice",
                        "accepted_seq": 0,
                        "client_id": "granted",
                        "resume": secret,
                    }
                )
                + encode_json({"type": "history", "messages": [message(1)], "more": True})
                + encode_json({"type": "history", "messages": [message(2)]})
                + encode_json({"type": "users", "users": [{"nick": "alice"}, {"nick": "bob"}]})
                + encode_json(
                    {"type": "users_delta", "joined": [{"nick": "bobby"}], "left": ["bob"]}
                )
            )
            [say] = read_objects(peer, 1)
            assert (say["cid"], say["text"]) == (1, "pending 2")  # renumbered from 1
            events = runner.wait_for(
                lambda evs: any(
                    isinstance(e, UsersUpdated) and [u.nick for u in e.users] == ["alice", "bobby"]
                    for e in evs
                )
            )
        history = [
            m.id for e in events if isinstance(e, MessagesReceived) and e.from_history
            for m in e.messages
        ]  # fmt: skip
        assert history == [1, 2]
        runner.wait_for(state_is("reconnecting"))
        peer, _ = listener.accept()
        with peer:
            peer.settimeout(5)
            peer.sendall(greeting)
            [hello] = read_objects(peer, 1)
    assert hello["client_id"] == "granted" and hello["resume"] == secret
    assert hello["last_id"] == 2


def _send_rows(events) -> list[str]:
    return [str(e.result) for e in events if isinstance(e, TraceEvent) and e.call == "send()"]


def test_separate_raw_sends_arrive_in_one_recv_one_send_is_one_call(run_engine) -> None:
    """TCP is a byte stream: two send() calls made before the peer reads come out of one
    recv(). The peer reads only after the trace shows both sends: no sleep, no race."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        client = ChatClientEngine(
            "127.0.0.1", listener.getsockname()[1], greeting_timeout=0.05, tls=False
        )
        runner = run_engine(client)
        peer, _ = listener.accept()
        with peer:
            runner.wait_for(state_is("raw"))
            before = len(runner.events)
            client.send_raw_separately([b"one\n", b"two\n"])
            events = runner.wait_for(lambda evs: len(_send_rows(evs[before:])) >= 2)
            assert _send_rows(events[before:]) == ["4 bytes", "4 bytes"]
            assert peer.recv(100) == b"one\ntwo\n"  # two send() calls, one recv()

            before = len(runner.events)
            client.send_raw(b"three\nfour\n")
            events = runner.wait_for(lambda evs: len(_send_rows(evs[before:])) >= 1)
            assert peer.recv(100) == b"three\nfour\n"
            assert _send_rows(runner.events[before:]) == ["11 bytes"]
