"""The chat client engine against a real server (and against plain TCP peers)."""

from __future__ import annotations

import socket
import sqlite3

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
from app.core.events import ErrorEvent
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
    raw.wait_for_line("* alice joined")
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
            "127.0.0.1", listener.getsockname()[1], "alice", greeting_timeout=0.2
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
        client = ChatClientEngine("127.0.0.1", listener.getsockname()[1], greeting_timeout=0.1)
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
        client = ChatClientEngine("127.0.0.1", port, "alice")
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
