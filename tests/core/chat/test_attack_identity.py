"""Attacks on identities: churning the bounded identity table to steal a live client_id."""

from __future__ import annotations

import contextlib
import json
import socket
import time

from app.core.chat.history import RoomHistory
from app.core.chat.protocol import ChatMessage
from tests.helpers.chat import RawPeer, start_server
from tests.helpers.room import RoomDriver


def test_identity_churn_lets_a_sniffed_client_id_kick_and_replace_a_live_user() -> None:
    # Default limits (10,000 identities, 16 connections per address): the attacker
    # opens and closes connections one at a time from one address.
    # The rate limit on new identities is off here: a connected identity must be safe
    # even from someone with many addresses (test_room tests the limit itself).
    driver = RoomDriver(identity_interval=0, flood_limit=0)
    driver.join_app("alice", "alice", client_id="alice-id")
    driver.join_raw("bob", "bob")
    driver.json("alice", {"type": "say", "cid": 1, "text": "hi"})
    # Alice now only reads. Mallory sends 10,000 hellos with fresh ids (one
    # connection each, closed at once; last_id skips the history replay).
    for number in range(driver.config.max_identities):
        name = f"churn{number}"
        driver.connect(name, ip="127.0.0.9")
        driver.hello(name, "x", f"junk-{number}", last_id=2**53)
        driver.room.connection_lost(driver.peers.pop(name), "gone")
        driver.received.pop(name)
    # Then claims alice's client_id, read off the LAN, without her secret.
    driver.connect("mallory", ip="127.0.0.9")
    driver.hello("mallory", "alice", "alice-id", last_id=2**53)
    welcome = driver.of_type("mallory", "welcome")[-1]
    assert "alice" not in driver.closed, "alice was disconnected by someone without her secret"
    assert welcome["client_id"] != "alice-id", "a claim without the secret got alice's identity"
    assert welcome["nick"] != "alice", "mallory took alice's place under her name"


def test_a_hello_that_comes_after_the_join_grace_is_not_broadcast_with_its_secret() -> None:
    # A SocketLab client whose hello reaches the server more than 0.5 s after it
    # connected (a congested link, or a loop stalled by test_attack_history's hellos).
    driver = RoomDriver()
    driver.join_raw("mallory", "mallory")
    driver.connect("alice")
    driver.advance(0.6)
    secret = "5d0c6f1e9a4b47c2b8e1d3a7f6c90b12"
    driver.hello("alice", "alice", "alice-id", resume=secret, last_id=41)
    leaked = [line for line in driver.lines("mallory") if secret in line]
    assert leaked == [], f"everyone read alice's resume secret: {leaked[0]!r}"
    assert all(secret not in message.text for message in driver.room.history.recent)


def test_a_stalled_loop_makes_an_honest_hello_late_and_leaks_its_secret(run_engine, tmp_path):
    """Over real sockets: 15 hellos from one other address against a long history
    stall the loop past the 0.5 s join grace of a client connecting meanwhile."""
    path = tmp_path / "history.sqlite"
    history = RoomHistory(500, path)
    for _ in range(500):  # what 10 s of one client's allowed flood leaves
        history.add(ChatMessage(history.next_id(), "message", "m", "y" * 65_000, time.time()))
    history.close()
    _, port, _ = start_server(run_engine, history_path=path)
    mallory = RawPeer(port)
    mallory.send_line("/nick mallory")
    mallory.wait_for_line("You are mallory")
    deadline = time.monotonic() + 30
    attempt, leaked = 0, ""
    while not leaked and time.monotonic() < deadline:
        attempt += 1
        stallers = []
        for _ in range(15):
            staller = socket.socket()
            staller.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            staller.bind(("127.0.0.2", 0))
            staller.connect(("127.0.0.1", port))
            staller.recv(200)
            stallers.append(staller)
        for staller in stallers:
            staller.sendall(b'{"type":"hello","nick":"x"}\n')
        alice = RawPeer(port, timeout=30)
        alice.wait_for_line("[SLCHAT/1]", timeout=30)
        hello = {"type": "hello", "protocol": 1, "client_id": f"alice-{attempt}",
                 "resume": "5d0c6f1e9a4b47c2b8e1d3a7f6c90b12", "nick": "alice",
                 "last_id": 2**53}  # fmt: skip
        alice.send_line(json.dumps(hello))
        with contextlib.suppress(AssertionError):
            leaked = mallory.wait_for_line(f"alice-{attempt}", timeout=3)
        for staller in stallers:
            staller.close()
        alice.close()
    assert not leaked, f"attempt {attempt}: mallory read {leaked[:160]!r}"
