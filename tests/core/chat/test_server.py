"""The chat server with raw clients (standing in for nc/telnet), over real 127.0.0.1 sockets."""

from __future__ import annotations

import json
import socket
import struct

import pytest

from app.core.chat.server import RoomEvent, UsersChanged
from tests.helpers.chat import RawPeer, start_server


@pytest.fixture
def server(run_engine):
    engine, port, runner = start_server(run_engine, join_grace=0.05)
    yield engine, port, runner


def joined(port: int, nick: str) -> RawPeer:
    peer = RawPeer(port)
    peer.send_line(f"/nick {nick}")
    peer.wait_for_line(f"You are {nick}")
    return peer


def test_greeting_comes_first_and_guests_get_numbers(server) -> None:
    _, port, _ = server
    first = RawPeer(port)
    greeting = first.read_until(lambda lines: len(lines) >= 1)[0]
    assert greeting == f"SocketLab chat on 127.0.0.1:{port}, 0 online. Type /help. [SLCHAT/1]"
    assert (
        first.wait_for_line("You are guest-")
        == "-!- You are guest-1. Type /nick NAME to change it."
    )
    second = RawPeer(port)
    assert second.read_until(lambda lines: len(lines) >= 1)[0].endswith(
        "1 online. Type /help. [SLCHAT/1]"
    )
    assert "guest-2" in second.wait_for_line("You are")
    first.close()
    second.close()


def test_two_raw_clients_chat_with_every_command(server) -> None:
    _, port, runner = server
    alice, bob = joined(port, "alice"), joined(port, "bob")
    alice.wait_for_line("-!- bob joined")
    alice.send_line("hello bob")
    assert bob.wait_for_line("<alice> hello bob").endswith("] <alice> hello bob")
    bob.send_line("/me waves")
    assert alice.wait_for_line("* bob waves").endswith("] * bob waves")
    alice.send_line("/msg bob psst, private")
    assert bob.wait_for_line("psst").endswith("] <alice> (private) psst, private")
    assert alice.wait_for_line("-> bob").endswith("] -> bob (private): psst, private")
    bob.send_line("/who")
    assert bob.wait_for_line("Online") == "-!- Online (2): alice, bob"
    bob.send_line("/nick bobby")
    assert alice.wait_for_line("is now") == "-!- bob is now bobby"
    alice.send_line("/help")
    help_line = alice.wait_for_line("/msg NICK TEXT")
    assert help_line.startswith("-!- ") and help_line[4:].strip().startswith("/msg NICK TEXT")
    alice.send_line("/quit")
    assert alice.wait_for_line("Bye") == "-!- Bye."
    assert bob.wait_for_line("alice left") == "-!- alice left (quit)"
    # the raw sender never sees its own message echoed back
    assert not any("<alice> hello bob" in line for line in alice.lines)
    events = runner.wait_for(
        lambda evs: any(isinstance(e, RoomEvent) and e.message.kind == "leave" for e in evs)
    )
    kinds = [e.message.kind for e in events if isinstance(e, RoomEvent)]
    assert kinds[:2] == ["join", "join"] and "private" in kinds and kinds[-1] == "leave"
    bob.close()


def test_nicknames_are_unique_ignoring_case_and_validated(server) -> None:
    _, port, _ = server
    alice = joined(port, "alice")
    other = RawPeer(port)
    other.wait_for_line("You are guest-")
    other.send_line("/nick ALICE")
    assert other.wait_for_line("taken") == "-!- ! The nickname ALICE is taken."
    other.send_line("/nick " + "x" * 33)
    assert "at most 32 characters" in other.wait_for_line("at most 32")
    other.send_line("/nick")
    assert other.wait_for_line("at least one") == (
        "-!- ! A nickname needs at least one character. Usage: /nick NAME"
    )
    other.send_line("/frobnicate")
    assert other.wait_for_line("Unknown") == "-!- ! Unknown command /frobnicate. Type /help."
    alice.close()
    other.close()


def test_invalid_utf8_becomes_replacement_character(server) -> None:
    _, port, _ = server
    alice, bob = joined(port, "alice"), joined(port, "bob")
    alice.sock.sendall(b"caf\xc3 \xff!\n")
    assert bob.wait_for_line("<alice>").endswith("<alice> caf\ufffd \ufffd!")
    alice.close()
    bob.close()


def test_ansi_escapes_and_controls_are_stripped_before_relaying(server) -> None:
    _, port, _ = server
    alice, bob = joined(port, "alice"), joined(port, "bob")
    alice.sock.sendall(b"\x1b[2J\x1b[Hgotcha \x1b]0;title\x07\x07\x08end\n")
    line = bob.wait_for_line("<alice>")
    assert line.endswith("<alice> gotcha end")
    assert "\x1b" not in "".join(bob.lines)
    alice.close()
    bob.close()


def test_over_long_line_is_refused_and_the_sender_stays(run_engine) -> None:
    _, port, _ = start_server(run_engine, join_grace=0.05, max_line=1000)
    alice, bob = joined(port, "alice"), joined(port, "bob")
    alice.sock.sendall(b"A" * 5000 + b"\nstill here\n")
    assert alice.wait_for_line("too long") == (
        "-!- ! Line too long: at most 1,000 bytes. It was discarded."
    )
    assert bob.wait_for_line("still here").endswith("<alice> still here")
    assert not any("AAAA" in line for line in bob.lines)
    alice.close()
    bob.close()


def test_one_byte_at_a_time_arrives_intact(server) -> None:
    _, port, _ = server
    alice, bob = joined(port, "alice"), joined(port, "bob")
    alice.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    for byte in "один byte at a time 中文\n".encode():
        alice.sock.send(bytes([byte]))
    assert bob.wait_for_line("<alice>").endswith("<alice> один byte at a time 中文")
    alice.close()
    bob.close()


def test_a_thousand_messages_in_one_sendall_arrive_in_order(run_engine) -> None:
    _, port, _ = start_server(run_engine, join_grace=0.05, flood_limit=0)
    alice, bob = joined(port, "alice"), joined(port, "bob")
    alice.sock.sendall(b"".join(f"message {i:04d}\n".encode() for i in range(1000)))
    lines = bob.read_until(lambda ls: sum("<alice> message" in line for line in ls) == 1000)
    relayed = [line.split("> ", 1)[1] for line in lines if "<alice> message" in line]
    assert relayed == [f"message {i:04d}" for i in range(1000)]
    alice.close()
    bob.close()


def test_flood_limit_throttles_and_says_so_without_losing_lines(run_engine) -> None:
    _, port, _ = start_server(run_engine, join_grace=0.05, flood_limit=40, flood_burst=5)
    alice, bob = joined(port, "alice"), joined(port, "bob")
    alice.sock.sendall(b"".join(f"line {i}\n".encode() for i in range(25)))
    assert alice.wait_for_line("Slow down") == (
        "-!- ! Slow down: at most 40 lines a second. Your lines are delayed, not lost."
    )
    lines = bob.read_until(lambda ls: sum("<alice> line" in line for line in ls) == 25)
    assert [line.split("> ", 1)[1] for line in lines if "<alice> line" in line] == [
        f"line {i}" for i in range(25)
    ]
    alice.close()
    bob.close()


def test_server_full_turns_the_next_client_away(run_engine) -> None:
    _, port, _ = start_server(run_engine, join_grace=0.05, max_clients=2)
    first, second = joined(port, "first"), joined(port, "second")
    third = RawPeer(port)
    assert third.wait_for_line("full") == "-!- ! Server full: at most 2 people. Try again later."
    with pytest.raises(ConnectionError):
        third.read_until(lambda lines: False)
    first.send_line("still fine")
    assert second.wait_for_line("still fine").endswith("<first> still fine")
    for peer in (first, second, third):
        peer.close()


def test_slow_reader_is_disconnected_and_the_room_goes_on(run_engine) -> None:
    _, port, _ = start_server(run_engine, join_grace=0.05, flood_limit=0, out_limit=256 * 1024)
    slow = RawPeer(port)
    slow.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    slow.send_line("/nick slowpoke")
    alice, bob = joined(port, "alice"), joined(port, "bob")
    # The kernel buffers several MB on loopback before the server's own 256 KiB
    # queue fills, so alice sends up to 16 MB (bounded), bob reading as it comes.
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


def test_vanished_peer_is_announced_and_the_server_keeps_running(server) -> None:
    _, port, _ = server
    alice, bob = joined(port, "alice"), joined(port, "bob")
    # SO_LINGER 0: close() sends RST, as a crashed host's stack would
    bob.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    bob.close()
    assert alice.wait_for_line("bob left") == "-!- bob left (connection lost)"
    carol = joined(port, "carol")
    carol.send_line("hi")
    assert alice.wait_for_line("<carol> hi")
    alice.close()
    carol.close()


def test_silent_app_client_is_pinged_then_dropped_but_raw_clients_are_not(run_engine) -> None:
    _, port, runner = start_server(run_engine, join_grace=0.05, ping_interval=0.1, idle_timeout=0.4)
    raw = joined(port, "rawuser")
    ghost = RawPeer(port)
    ghost.read_until(lambda lines: len(lines) >= 1)
    ghost.send_line(
        json.dumps({"type": "hello", "protocol": 1, "client_id": "g1", "nick": "ghost"})
    )
    assert json.loads(ghost.wait_for_line('"ping"'))["type"] == "ping"
    assert raw.wait_for_line("ghost left", timeout=5) == "-!- ghost left (connection lost)"
    assert not any("ping" in line for line in raw.lines)  # no noise for raw terminals
    runner.wait_for(
        lambda events: any(
            isinstance(e, UsersChanged) and [u.nick for u in e.users] == ["rawuser"] for e in events
        )
    )
    raw.close()
    ghost.close()


def test_kick_removes_a_user_with_a_reason(server) -> None:
    engine, port, _ = server
    alice, bob = joined(port, "alice"), joined(port, "bob")
    engine.kick("Bob")
    assert bob.wait_for_line("removed") == "-!- ! You were removed by the host."
    assert alice.wait_for_line("bob left") == "-!- bob left (kicked)"
    alice.close()
    bob.close()


def test_a_clean_close_is_told_apart_from_a_lost_connection(server) -> None:
    _, port, _ = server
    alice, bob, carol = joined(port, "alice"), joined(port, "bob"), joined(port, "carol")
    bob.sock.shutdown(socket.SHUT_WR)  # FIN, as nc sends on Ctrl+D
    assert alice.wait_for_line("bob left") == "-!- bob left (closed)"
    bob.close()
    carol.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    carol.close()  # RST: lost
    assert alice.wait_for_line("carol left") == "-!- carol left (connection lost)"
    alice.close()


def test_a_stopping_server_says_so_with_a_code_to_app_clients(run_engine) -> None:
    _, port, runner = start_server(run_engine)
    raw = joined(port, "rawuser")
    app = RawPeer(port)
    app.read_until(lambda lines: len(lines) >= 1)
    app.send_line(json.dumps({"type": "hello", "protocol": 1, "client_id": "a1", "nick": "app"}))
    app.wait_for_line('"welcome"')
    runner.stop()
    assert raw.wait_for_line("shutting down") == "-!- The server is shutting down. Bye."
    frame = json.loads(app.wait_for_line("server_stopped"))
    assert frame == {
        "type": "system",
        "code": "server_stopped",
        "text": "The server is shutting down. Bye.",
    }
    assert not any("left" in line for line in raw.lines)  # nobody "left (quit)"
    raw.close()
    app.close()
