"""SocketLab across a real link: two network namespaces joined by a veth pair.

Host A is 198.51.100.1, host B 198.51.100.2 (TEST-NET-2, documentation only). Each
test makes its own pair of namespaces and deletes them; all traffic stays inside them
(the processes run there with `ip netns exec`). The tests skip, saying why, where
namespaces cannot be made (not Linux, not root, no `ip`).

Waiting is on output lines, each with a timeout; nothing sleeps.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from collections import Counter

import pytest

from tests.helpers.netns import Host, LineProcess, TwoHosts, netns_unavailable, two_hosts

needs_netns = pytest.mark.skipif(bool(netns_unavailable()), reason=netns_unavailable() or "-")

CHAT_PORT = 5555


def test_the_skip_reason_says_what_is_missing(monkeypatch) -> None:
    import tests.helpers.netns as netns

    monkeypatch.setattr(netns.sys, "platform", "linux")
    monkeypatch.setattr(netns.os, "geteuid", lambda: 1000)
    assert netns.netns_unavailable() == (
        "creating network namespaces needs root (CI runs these tests as root)"
    )
    monkeypatch.setattr(netns.os, "geteuid", lambda: 0)
    monkeypatch.setattr(netns.shutil, "which", lambda name: None)
    assert netns.netns_unavailable() == "iproute2's `ip` command is missing"
    monkeypatch.setattr(netns.sys, "platform", "darwin")
    assert netns.netns_unavailable() == "network namespaces exist on Linux only"


@pytest.fixture
def hosts():
    with two_hosts() as made:
        yield made


def start_server(host: Host, *args: str) -> LineProcess:
    server = host.start_app("serve", "--port", str(CHAT_PORT), *args)
    server.wait_for(r"Listening on 0\.0\.0\.0:5555")
    return server


def find(host: Host, *args: str) -> tuple[int, dict | str]:
    result = host.run_app("find", *args)
    if "--json" in args:
        return result.returncode, json.loads(result.stdout)
    return result.returncode, result.stdout


@needs_netns
def test_b_finds_a_and_they_chat_both_ways(hosts: TwoHosts) -> None:
    a, b = hosts.a, hosts.b
    server = start_server(a, "--name", "Room A")
    server.wait_for(r"Announcing 'Room A' on the LAN \(UDP port 5556\)")

    code, found = find(b, "--json", "--timeout", "1")
    assert code == 0, found
    assert f"{hosts.broadcast} (lan-b)" in found["asked"]
    (room,) = found["servers"]
    assert (room["name"], room["host"], room["port"]) == ("Room A", a.address, CHAT_PORT)
    assert room["users"] == 0 and room["rtt_ms"] > 0
    assert a.address in room["heard_from"]  # it answered the IPv4 broadcast
    if a.has_ipv6 and b.has_ipv6:  # and the IPv6 link-local group
        assert "ff02::736c%lan-b" in found["asked"]
        assert any(source.startswith("fe80:") for source in room["heard_from"]), room

    bob = b.start_app("chat", room["address"], "--nick", "bob", stdin=True)
    alice = a.start_app("chat", f"127.0.0.1:{CHAT_PORT}", "--nick", "alice", stdin=True)
    bob.wait_for(r"-!- alice joined")
    bob.send("hello from B")
    alice.wait_for(r"<bob> hello from B$")
    alice.send("hello from A")
    bob.wait_for(r"<alice> hello from A$")

    code, found = find(b, "--json", "--timeout", "0.5")
    assert code == 0 and found["servers"][0]["users"] == 2


@needs_netns
def test_nothing_found_when_the_server_does_not_announce(hosts: TwoHosts) -> None:
    start_server(hosts.a, "--no-announce")
    code, text = find(hosts.b, "--timeout", "0.5")
    assert code == 1
    assert "No server answered within 0.5 s" in text
    assert "firewall" in text and "Client isolation" in text and "Different subnets" in text


class ChatLog:
    """What a lan_client process reported: messages by text, deliveries, states."""

    def __init__(self, process: LineProcess) -> None:
        self.process = process
        self.events: list[dict] = []

    def wait(self, predicate, timeout: float = 15.0) -> dict:
        """Read events until one satisfies `predicate`; returns it."""
        while True:
            line = self.process.wait_for(r"^\{", timeout).string
            event = json.loads(line)
            self.events.append(event)
            if predicate(event):
                return event

    def wait_state(self, state: str, timeout: float = 15.0) -> dict:
        return self.wait(lambda e: e["event"] == "state" and e["state"] == state, timeout)

    def wait_texts(self, texts: set[str], timeout: float = 15.0) -> None:
        """Until every text in `texts` has been received (live or from history)."""
        while not texts <= self.texts():
            self.wait(lambda e: e["event"] == "message", timeout)

    def wait_delivered(self, count: int, timeout: float = 15.0) -> None:
        """Until `count` typed lines in all have been acknowledged by the server."""
        while len(self.delivered()) < count:
            self.wait(lambda e: e["event"] == "delivered", timeout)

    def texts(self) -> set[str]:
        return {e["text"] for e in self.events if e["event"] == "message"}

    def text_counts(self) -> Counter[str]:
        return Counter(
            e["text"] for e in self.events if e["event"] == "message" and e["kind"] == "message"
        )

    def delivered(self) -> set[int]:
        return {e["seq"] for e in self.events if e["event"] == "delivered"}

    def say(self, text: str) -> None:
        self.process.send(text)


@needs_netns
def test_link_down_and_server_restart_lose_and_repeat_nothing(hosts: TwoHosts, tmp_path) -> None:
    a, b = hosts.a, hosts.b
    history = str(tmp_path / "room.sqlite")
    server = start_server(a, "--history", history)
    alice = ChatLog(a.start_python("-m", "tests.helpers.lan_client", "127.0.0.1", "5555", "alice",
                                   stdin=True))  # fmt: skip
    bob = ChatLog(b.start_python("-m", "tests.helpers.lan_client", a.address, "5555", "bob",
                                 stdin=True))  # fmt: skip
    alice.wait_state("connected")
    bob.wait_state("connected")

    bob.say("b0 over the link")
    alice.wait_texts({"b0 over the link"})
    alice.say("a0 over the link")
    bob.wait_texts({"a0 over the link"})

    # B's cable is pulled: both sides keep typing.
    b.set_link(False)
    b_lines = [f"b{n} while the link is down" for n in range(1, 6)]
    a_lines = [f"a{n} while the link is down" for n in range(1, 6)]
    for text in b_lines:  # typed first: with the link up they would arrive first
        bob.say(text)
    for text in a_lines:
        alice.say(text)
    alice.wait_delivered(6)  # a0 and a1..a5 reached the server over A's loopback
    assert not alice.texts() & set(b_lines), "bob's lines crossed a link that was down"
    assert len(bob.delivered()) == 1  # only b0

    b.set_link(True)  # TCP retransmits; nothing is typed again
    bob.wait_delivered(6)
    alice.wait_texts(set(b_lines))
    bob.wait_texts(set(a_lines))

    # A's server dies (SIGKILL: no goodbye, no flush) and comes back with its history.
    server.kill()
    bob.wait_state("reconnecting")
    alice.wait_state("reconnecting")
    bob.say("b6 while the server is down")
    start_server(a, "--history", history)
    bob.wait_state("connected")
    alice.wait_state("connected")
    bob.wait_delivered(7)
    alice.wait_texts({"b6 while the server is down"})
    alice.say("a6 after the restart")
    for log in (alice, bob):  # a SocketLab client sees its own lines too, with their ids
        log.wait_texts({"a6 after the restart"})

    everything = {"b0 over the link", "a0 over the link", *b_lines, *a_lines}
    everything |= {"b6 while the server is down", "a6 after the restart"}
    for log in (alice, bob):
        counts = log.text_counts()
        assert set(counts) == everything
        assert all(count == 1 for count in counts.values()), counts
    # The server's room has each line once too: ids are unique and every line has one.
    ids = [e["id"] for e in alice.events if e["event"] == "message" and e["kind"] == "message"]
    assert len(ids) == len(set(ids)) == len(everything)


def udp_commands_available() -> bool:
    """True once the UDP tab's `socketlab udp` command is part of the app."""
    return importlib.util.find_spec("app.cli.udp") is not None


@needs_netns
def test_a_udp_datagram_to_the_broadcast_address_arrives(hosts: TwoHosts) -> None:
    a, b = hosts.a, hosts.b
    payload = "hello, everyone on the link"
    if udp_commands_available():  # the UDP tab's engines, through `socketlab udp`
        receiver = a.start_app("udp", "listen", "40000", "--count", "1", "--json")
        receiver.wait_for(r"Listening on 0\.0\.0\.0:40000 \(UDP\)")
        sender = b.start_app("udp", "send", f"{hosts.broadcast}:40000", payload, "--broadcast")
        assert sender.process.wait(timeout=20) == 0, sender.lines
        line = receiver.wait_for(r"^\{").string
        record = json.loads(line)
        assert record["text"] == payload
        source = record["source"].rsplit(":", 1)[0]
    else:  # plain sockets, as a course's script would do it
        receiver = a.start_python(
            "-c",
            "import socket\n"
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
            "s.bind(('0.0.0.0', 40000))\n"
            "print('ready', flush=True)\n"
            "data, source = s.recvfrom(2048)\n"
            "print(repr(data), source[0], flush=True)\n",
        )
        receiver.wait_for("^ready$")
        sender = b.start_python(
            "-c",
            "import socket\n"
            "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
            "s.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)\n"
            f"print(s.sendto({payload.encode()!r}, ('{hosts.broadcast}', 40000)))\n",
        )
        sender.wait_for(rf"^{len(payload)}$")
        source = receiver.wait_for(rf"^{re.escape(repr(payload.encode()))} (\S+)$").group(1)
    assert source == b.address


@needs_netns
def test_a_file_crosses_the_link_and_survives_it_being_pulled(hosts: TwoHosts, tmp_path) -> None:
    a, b = hosts.a, hosts.b
    start_server(a, "--no-tls", "--no-announce")
    inbox = tmp_path / "inbox"
    bob = a.start_app(
        "chat", f"127.0.0.1:{CHAT_PORT}", "--nick", "bob", "--no-tls",
        "--accept-files", str(inbox), stdin=True,
    )  # fmt: skip
    bob.wait_for(r"bob joined")
    source = tmp_path / "big.bin"
    block = bytes(range(256)) * 4096
    with open(source, "wb") as handle:
        for _ in range(256):  # 256 MiB: long enough to pull the cable in the middle
            handle.write(block)
    alice = b.start_app(
        "send", f"{a.address}:{CHAT_PORT}", str(source), "--to", "bob", "--nick", "alice",
        "--no-tls",
    )  # fmt: skip
    alice.wait_for(r"^  [\d,]+ of 268,435,456 bytes", timeout=30)
    b.set_link(False)
    assert not (inbox / "big.bin").exists()  # pulled in the middle: only the .part yet
    assert (inbox / "big.bin.part").exists()
    b.set_link(True)
    received = bob.wait_for(r"^received (.+) sha256 ([0-9a-f]{64})$", timeout=90)
    alice.wait_for(r"^Done: the receiver confirmed", timeout=30)
    assert alice.process.wait(timeout=10) == 0
    digest = hashlib.sha256()
    with open(source, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    assert received.group(2) == digest.hexdigest()
    assert received.group(1) == str(inbox / "big.bin")
    assert sorted(p.name for p in inbox.iterdir()) == ["big.bin"]
