"""The chat server attacked over real 127.0.0.1 sockets: every poison line and limit."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import time

import psutil
import pytest

from app.core.chat.room import PeerFault, Room
from app.core.chat.server import ChatServerEngine, ServerConfig, ServerListening
from tests.core.chat.test_room import POISON_LINES, POISON_SAYS
from tests.helpers.chat import RawPeer, start_server
from tests.helpers.cli import ROOT, read_line_matching


def joined(port: int, nick: str) -> RawPeer:
    peer = RawPeer(port)
    peer.send_line(f"/nick {nick}")
    peer.wait_for_line(f"You are {nick}")
    return peer


def assert_room_relays(port: int, tag: str) -> None:
    alice, bob = joined(port, f"a{tag}"), joined(port, f"b{tag}")
    alice.send_line(f"still relaying {tag}")
    bob.wait_for_line(f"<a{tag}> still relaying {tag}")
    alice.close()
    bob.close()


def test_every_poison_line_leaves_a_history_server_relaying(run_engine, tmp_path) -> None:
    _, port, _ = start_server(
        run_engine, join_grace=0.05, history_path=tmp_path / "history.sqlite", max_per_address=0
    )
    for number, line in enumerate(POISON_LINES):
        evil = RawPeer(port)
        evil.sock.sendall(line.encode() + b"\n")
        evil.read_until(lambda lines: len(lines) >= 1)
        assert_room_relays(port, str(number))
        evil.close()
    app = RawPeer(port)
    app.sock.sendall(b'{"type":"hello","nick":"mallory","client_id":"m1"}\n')
    app.wait_for_line('"type":"welcome"')
    for line in POISON_SAYS:
        app.sock.sendall(line.encode() + b"\n")
    assert len(app.read_until(lambda ls: sum('"type":"error"' in x for x in ls) >= 10)) > 0
    assert_room_relays(port, "says")


class _BrokenRoom(Room):
    def _relay_plain(self, peer, texts):
        if "trigger the bug" in texts:
            raise RuntimeError("a bug in the room")
        return super()._relay_plain(peer, texts)


def test_a_fault_in_the_room_closes_one_peer_and_the_server_goes_on(run_engine) -> None:
    engine = ChatServerEngine(ServerConfig(host="127.0.0.1", port=0, join_grace=0.05))
    engine.room = _BrokenRoom(engine.config, engine.history)
    runner = run_engine(engine)
    runner.wait_for(lambda events: any(isinstance(e, ServerListening) for e in events))
    bob, evil = joined(engine.port, "bob"), joined(engine.port, "evil")
    evil.send_line("trigger the bug")
    assert bob.wait_for_line("evil left") == "-!- evil left (protocol error)"
    with pytest.raises(ConnectionError):
        evil.read_until(lambda lines: False)
    faults = runner.wait_for(lambda events: any(isinstance(e, PeerFault) for e in events))
    assert [e.total for e in faults if isinstance(e, PeerFault)] == [1]
    assert_room_relays(engine.port, "after")


def test_connections_per_address_are_capped_over_sockets(run_engine) -> None:
    _, port, _ = start_server(run_engine, join_grace=0.05, max_per_address=2)
    first, second = RawPeer(port), RawPeer(port)
    first.wait_for_line("You are")
    second.wait_for_line("You are")
    third = RawPeer(port)
    assert third.wait_for_line("Too many") == (
        "-!- ! Too many connections from 127.0.0.1: at most 2. Close one and try again."
    )
    for peer in (first, second, third):
        peer.close()


def test_an_unchanged_interest_costs_no_epoll_ctl(run_engine) -> None:
    engine, port, _ = start_server(run_engine, join_grace=0.05, flood_limit=0)
    selector = engine._Engine__selector
    calls = {"modify": 0}
    original = selector.modify

    def counting_modify(*args, **kwargs):
        calls["modify"] += 1
        return original(*args, **kwargs)

    selector.modify = counting_modify
    alice, bob = joined(port, "alice"), joined(port, "bob")
    for number in range(300):
        alice.send_line(f"line {number}")
        bob.wait_for_line(f"<alice> line {number}")
    assert calls["modify"] < 30  # was one epoll_ctl per line per client


def _serve(*args: str, **popen) -> subprocess.Popen:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    command = [sys.executable, "-m", "app", "serve", "--host", "127.0.0.1", "--port", "0"]
    return subprocess.Popen(
        [*command, "--no-announce", *args], cwd=ROOT, env=env, text=True, **popen
    )


def _stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


def test_a_paused_pager_does_not_freeze_the_room(tmp_path) -> None:
    """`socketlab serve | less`: nobody reads stdout, yet the room relays."""
    port_file = tmp_path / "stderr.txt"
    with open(port_file, "w") as errors:
        process = _serve("--flood-limit", "0", stdout=subprocess.PIPE, stderr=errors)
        try:
            port = int(read_line_matching(process.stdout, r"Listening on .*:(\d+)").group(1))
            # From here on nobody reads the pipe: its 64 KiB fill within a few hundred lines.
            alice, bob = joined(port, "alice"), joined(port, "bob")
            for batch in range(20):
                alice.sock.sendall(
                    b"".join(b"batch %d line %d %s\n" % (batch, n, b"p" * 60) for n in range(100))
                )
                bob.wait_for_line(f"batch {batch} line 99 ", timeout=10)
            alice.close()
            bob.close()
        finally:
            _stop(process)
            process.stdout.close()


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_NOFILE is POSIX")
def test_out_of_file_descriptors_pauses_accepting_without_spinning(tmp_path) -> None:
    limit = 40

    def low_limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (limit, limit))

    errors_path = tmp_path / "stderr.txt"
    with open(errors_path, "w") as errors:
        process = _serve(
            "--max-per-address",
            "0",
            "--no-trace",
            stdout=subprocess.PIPE,
            stderr=errors,
            preexec_fn=low_limit,
        )
    sockets: list[socket.socket] = []
    try:
        port = int(read_line_matching(process.stdout, r"Listening on .*:(\d+)").group(1))
        for _ in range(limit + 20):  # bounded: more connections than descriptors
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
            sockets.append(sock)
        server = psutil.Process(process.pid)
        started = server.cpu_times()
        began = time.monotonic()
        with contextlib.suppress(psutil.Error):
            # Let it sit with connections waiting in the backlog it cannot accept.
            psutil.wait_procs([server], timeout=2.0)
        elapsed = time.monotonic() - began
        used = sum(server.cpu_times()[:2]) - sum(started[:2])
        assert used < 0.5 * elapsed, f"the server spun: {used:.2f} s of CPU in {elapsed:.2f} s"
        log = errors_path.read_text()
        assert 1 <= log.count("Accept failed") <= 6, log[-2000:]
        assert "Too many open files" in log or "EMFILE" in log
        # Once descriptors are free again, newcomers get in.
        for sock in sockets:
            sock.close()
        sockets.clear()
        newcomer = RawPeer(port, timeout=10)
        assert newcomer.wait_for_line("You are guest-", timeout=10)
        newcomer.close()
    finally:
        for sock in sockets:
            sock.close()
        _stop(process)
        process.stdout.close()


def test_history_reaches_a_socketlab_client_whole(run_engine) -> None:
    _, port, _ = start_server(run_engine, join_grace=0.05, flood_limit=0, history_size=500)
    talker = joined(port, "talker")
    talker.sock.sendall(b"".join(b"%03d %s\n" % (n, b"h" * 200) for n in range(500)))
    talker.send_line("/who")
    talker.wait_for_line("Online")
    app = RawPeer(port)
    app.read_until(lambda lines: len(lines) >= 1)
    app.sock.sendall(b'{"type":"hello","nick":"late","client_id":"late-1"}\n')
    lines = app.read_until(lambda ls: any('"type":"users"' in x for x in ls))
    frames = [json.loads(line) for line in lines if '"type":"history"' in line]
    assert len(frames) > 1 and all(len(x) < 64 * 1024 for x in lines)
    texts = [m["text"] for f in frames for m in f["messages"] if m["kind"] == "message"]
    assert texts == [f"{n:03d} " + "h" * 200 for n in range(500)]
