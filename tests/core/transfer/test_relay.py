"""Transfers through the room's relay when the receiver cannot reach the sender, and the
relay's own bounds, with a real server and real engines on 127.0.0.1."""

from __future__ import annotations

import contextlib
import hashlib
import select
import socket
import threading
import time
from pathlib import Path

import pytest

from app.core.transfer.events import FileVerified, TransferDone, TransferFailed, TransferStarted
from app.core.transfer.relay import BUFFER, MAX_PER_ADDRESS, relay_hello, relay_proof
from tests.helpers.chat import start_server
from tests.helpers.transfer import of_type, room_with, route_through, write_file

TRANSFER_ID = "0123456789abcdef0123456789abcdef"
TOKEN = "fedcba9876543210fedcba9876543210"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def done(direction: str):
    return lambda events: any(
        isinstance(e, TransferDone) and e.direction == direction for e in events
    )


@pytest.fixture
def dead_port():
    """A port on 127.0.0.1 bound but not listening: a connect there is refused at once,
    like a sender behind a firewall that rejects."""
    holder = socket.socket()
    holder.bind(("127.0.0.1", 0))
    yield holder.getsockname()[1]
    holder.close()


class Tap:
    """What the relay forwarded, by the role of who sent it (on the server's loop)."""

    def __init__(self, cut_after: int | None = None, server=None) -> None:
        self.chunks: dict[str, list[bytes]] = {"send": [], "receive": []}
        self.cut_after = cut_after
        self.server = server
        self.cut = threading.Event()
        self.lock = threading.Lock()

    def __call__(self, role: str, data: bytes) -> None:
        with self.lock:
            self.chunks[role].append(bytes(data))
        total = sum(len(c) for c in self.chunks["send"])
        if self.cut_after is not None and total >= self.cut_after and not self.cut.is_set():
            self.cut.set()  # every relayed connection is dropped at the end of this turn
            self.server.call_soon(self.server.relay.close_all)

    def joined(self, role: str) -> bytes:
        with self.lock:
            return b"".join(self.chunks[role])


def relayed_room(run_engine, tmp_path, dead_port, *, tls: bool = False, cut_after=None):
    server, _, alice, bob = room_with(run_engine, tmp_path, tls=tls)
    tap = Tap(cut_after, server)
    server.relay.tap = tap
    route_through(bob, dead_port)  # bob cannot reach alice's transfer port
    return server, alice, bob, tap


def test_direct_refused_then_the_file_arrives_whole_through_the_relay(
    run_engine, tmp_path, dead_port
):
    server, alice, bob, tap = relayed_room(run_engine, tmp_path, dead_port)
    source = write_file(tmp_path / "out" / "report.bin", 3 * 1024 * 1024 + 5)
    bob.engine.set_auto_accept(["alice"], tmp_path / "inbox")
    alice.engine.offer([source], to="bob")
    events = bob.runner.wait_for(done("receive"), timeout=15)
    assert of_type(events, FileVerified)[0].sha256 == sha(source)
    assert sha(tmp_path / "inbox" / "report.bin") == sha(source)
    assert [s.relayed for s in of_type(events, TransferStarted)][-1] is True
    sent = alice.runner.wait_for(done("send"), timeout=10)
    assert any(s.relayed for s in of_type(sent, TransferStarted))
    assert server.relay.paired >= 1
    # Everything went through the relay: at least the file's bytes, from alice's side.
    assert len(tap.joined("send")) >= source.stat().st_size
    assert server.relay.faults == 0


def test_the_relay_cut_in_the_middle_resumes_through_it(run_engine, tmp_path, dead_port):
    size = 24 * 1024 * 1024
    server, alice, bob, tap = relayed_room(run_engine, tmp_path, dead_port, cut_after=2 << 20)
    source = write_file(tmp_path / "out" / "movie.bin", size, seed=5)
    bob.engine.set_auto_accept(["alice"], tmp_path / "inbox")
    alice.engine.offer([source], to="bob")
    events = bob.runner.wait_for(done("receive"), timeout=30)
    assert tap.cut.is_set()
    assert sha(tmp_path / "inbox" / "movie.bin") == sha(source)
    assert any(not f.final for f in of_type(events, TransferFailed))  # "lost; trying again"
    assert server.relay.paired >= 2
    # Resumed, not started over: far less than the file twice went through.
    assert len(tap.joined("send")) < size + size // 2


def test_tls_room_the_relay_forwards_only_tls_records(run_engine, tmp_path, dead_port):
    _, alice, bob, tap = relayed_room(run_engine, tmp_path, dead_port, tls=True)
    marker = b"PLAINTEXT-MARKER-" * 4096  # 68 KiB that would show up if sent in clear
    source = tmp_path / "out" / "secret.txt"
    source.parent.mkdir(parents=True)
    source.write_bytes(marker)
    bob.engine.set_auto_accept(["alice"], tmp_path / "inbox")
    alice.engine.offer([source], to="bob")
    bob.runner.wait_for(done("receive"), timeout=15)
    assert (tmp_path / "inbox" / "secret.txt").read_bytes() == marker
    from_alice, from_bob = tap.joined("send"), tap.joined("receive")
    assert from_bob[:1] == b"\x16" and from_alice[:1] == b"\x16"  # TLS handshake records
    assert b"PLAINTEXT-MARKER" not in from_alice
    assert b"secret.txt" not in from_alice and TOKEN.encode() not in from_bob


def test_plaintext_room_the_same_check_sees_the_file(run_engine, tmp_path, dead_port):
    """The check above can fail: over a plaintext room the relay carries the file in clear."""
    _, alice, bob, tap = relayed_room(run_engine, tmp_path, dead_port)
    source = tmp_path / "out" / "open.txt"
    source.parent.mkdir(parents=True)
    source.write_bytes(b"PLAINTEXT-MARKER-" * 100)
    bob.engine.set_auto_accept(["alice"], tmp_path / "inbox")
    alice.engine.offer([source], to="bob")
    bob.runner.wait_for(done("receive"), timeout=15)
    assert b"PLAINTEXT-MARKER" in tap.joined("send")


# ------------------------------------------------------------ the relay's own rules
def relay_server(run_engine, **options):
    server, _, _ = start_server(run_engine, **options)
    return server, server.relay.port


def dial(port: int, source: str = "") -> socket.socket:
    sock = socket.create_connection(
        ("127.0.0.1", port), timeout=5, source_address=(source, 0) if source else None
    )
    return sock


def closed_by_peer(sock: socket.socket, timeout: float = 5.0) -> bool:
    """True when the other end closes within `timeout` (data read meanwhile is dropped)."""
    sock.settimeout(timeout)
    try:
        while sock.recv(65536):
            pass
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True
    return True


def on_loop(server, function, *args):
    """Run `function(*args)` on the server's loop and wait for it (its result)."""
    finished = threading.Event()
    result: list = []

    def run() -> None:
        result.append(function(*args))
        finished.set()

    server.call_soon_threadsafe(run)
    assert finished.wait(5)
    return result[0]


def expect(server, transfer_id: str, *hosts: str) -> None:
    on_loop(server, server.relay.expect, transfer_id, hosts)


def test_paired_sides_splice_both_ways_and_the_proof_is_not_the_token(run_engine):
    server, port = relay_server(run_engine)
    expect(server, TRANSFER_ID, "127.0.0.1")
    receiver, sender = dial(port), dial(port)
    hello = relay_hello("receive", TRANSFER_ID, TOKEN)
    assert TOKEN.encode() not in hello and relay_proof(TRANSFER_ID, TOKEN).encode() in hello
    receiver.sendall(hello + b"early bytes")
    sender.sendall(relay_hello("send", TRANSFER_ID, TOKEN))
    sender.settimeout(5)
    assert sender.recv(100) == b"early bytes"
    sender.sendall(b"and back")
    receiver.settimeout(5)
    assert receiver.recv(100) == b"and back"
    sender.close()
    assert closed_by_peer(receiver)


def test_a_line_that_comes_before_the_rooms_word_waits_for_it(run_engine):
    """The chat frame and the relay connection race: the relay waits a little."""
    server, port = relay_server(run_engine)
    receiver, sender = dial(port), dial(port)
    receiver.sendall(relay_hello("receive", TRANSFER_ID, TOKEN) + b"hello")
    sender.sendall(relay_hello("send", TRANSFER_ID, TOKEN))
    deadline = time.monotonic() + 5
    while on_loop(server, lambda: server.relay.waiting) < 2:  # both lines read, one turn each
        assert time.monotonic() < deadline, "the relay never read both lines"
    assert on_loop(server, lambda: server.relay.pairs) == 0  # not without the room's word
    expect(server, TRANSFER_ID, "127.0.0.1")
    sender.settimeout(5)
    assert sender.recv(100) == b"hello"
    assert on_loop(server, lambda: server.relay.pairs) == 1
    receiver.close()
    sender.close()


def test_strangers_are_not_paired(run_engine):
    server, port = relay_server(run_engine)
    on_loop(server, setattr, server.relay, "confirm_wait", 0.3)
    # The room never asked for this transfer: it waits a moment for the room, then goes.
    unasked = dial(port)
    unasked.sendall(relay_hello("receive", "f" * 32, TOKEN))
    assert closed_by_peer(unasked)
    # Asked for members at 127.0.0.1 only: another address is refused.
    expect(server, TRANSFER_ID, "127.0.0.1")
    elsewhere = dial(port, source="127.0.0.2")
    elsewhere.sendall(relay_hello("send", TRANSFER_ID, TOKEN))
    assert closed_by_peer(elsewhere)
    # From a member's address but without the token: a wrong proof is never paired.
    receiver, stranger = dial(port), dial(port)
    receiver.sendall(relay_hello("receive", TRANSFER_ID, TOKEN))
    stranger.sendall(relay_hello("send", TRANSFER_ID, "0" * 32) + b"let me in")
    receiver.settimeout(0.5)
    with pytest.raises(TimeoutError):
        receiver.recv(100)
    # Garbage instead of a hello line, and a line that never ends, are closed.
    garbage = dial(port)
    garbage.sendall(b"GET / HTTP/1.0\r\n\r\n")
    assert closed_by_peer(garbage)
    endless = dial(port)
    endless.sendall(b"S" * 1000)
    assert closed_by_peer(endless)
    for sock in (unasked, elsewhere, receiver, stranger, garbage, endless):
        sock.close()


def test_a_side_whose_partner_never_comes_is_closed(run_engine):
    server, port = relay_server(run_engine)
    on_loop(server, setattr, server.relay, "pair_timeout", 0.3)
    expect(server, TRANSFER_ID, "127.0.0.1")
    lonely = dial(port)
    lonely.sendall(relay_hello("receive", TRANSFER_ID, TOKEN))
    started = time.monotonic()
    assert closed_by_peer(lonely, timeout=5)
    assert time.monotonic() - started < 4


def test_a_flood_of_connections_from_one_address_stays_bounded(run_engine):
    server, port = relay_server(run_engine)
    socks = [dial(port) for _ in range(MAX_PER_ADDRESS + 24)]
    # The ones beyond the limit are closed at once; the rest stay until their hello is late.
    refused = sum(1 for s in socks[MAX_PER_ADDRESS:] if closed_by_peer(s, timeout=2))
    assert refused == 24
    assert on_loop(server, lambda: server.relay.connections) <= MAX_PER_ADDRESS
    # Another address still gets in.
    other = dial(port, source="127.0.0.3")
    assert not closed_by_peer(other, timeout=0.3)
    for sock in [*socks, other]:
        sock.close()


def test_waiting_connections_and_pairs_are_bounded_over_all_addresses(run_engine):
    server, port = relay_server(run_engine)
    on_loop(server, setattr, server.relay, "max_waiting", 4)
    on_loop(server, setattr, server.relay, "max_pairs", 1)
    waiting = [dial(port, source=f"127.0.0.{10 + i}") for i in range(4)]
    extra = dial(port, source="127.0.0.20")
    assert closed_by_peer(extra, timeout=2)  # four wait already, from four addresses
    assert not closed_by_peer(waiting[0], timeout=0.2)
    for sock in waiting:
        sock.close()
    second_id = "1" * 32
    expect(server, TRANSFER_ID, "127.0.0.1")
    expect(server, second_id, "127.0.0.1")
    first = [dial(port), dial(port)]
    first[0].sendall(relay_hello("receive", TRANSFER_ID, TOKEN))
    first[1].sendall(relay_hello("send", TRANSFER_ID, TOKEN) + b"paired")
    first[0].settimeout(5)
    assert first[0].recv(100) == b"paired"
    second = [dial(port), dial(port)]
    second[0].sendall(relay_hello("receive", second_id, TOKEN))
    second[1].sendall(relay_hello("send", second_id, TOKEN))
    assert closed_by_peer(second[0]) and closed_by_peer(second[1])  # one pair at most
    for sock in [*first, *second, extra]:
        sock.close()


def test_a_reader_that_stops_reading_holds_back_the_writer(run_engine):
    server, port = relay_server(run_engine)
    expect(server, TRANSFER_ID, "127.0.0.1")
    receiver, sender = dial(port), dial(port)
    receiver.sendall(relay_hello("receive", TRANSFER_ID, TOKEN))
    sender.sendall(relay_hello("send", TRANSFER_ID, TOKEN))
    sender.setblocking(False)
    chunk = b"x" * 65536
    written = 0
    # Write until the writer stays blocked for half a second (the receiver reads
    # nothing); bounded at 512 MiB in case the relay buffered without end.
    while written < 512 * 1024 * 1024:
        try:
            written += sender.send(chunk)
        except BlockingIOError:
            if not select.select([], [sender], [], 0.5)[1]:
                break
    assert written < 64 * 1024 * 1024  # kernel buffers and the relay's, no more
    held = on_loop(server, lambda: server.relay.held_bytes)
    assert BUFFER <= held <= BUFFER + 65536  # full, and no more than full
    receiver.close()
    sender.close()


def test_a_side_left_owing_bytes_to_a_peer_that_never_reads_is_closed(run_engine):
    """The partner went away; what the relay still holds for a reader that never reads
    must not keep its slot (and 256 KiB) for ever."""
    server, port = relay_server(run_engine)
    on_loop(server, setattr, server.relay, "stall_timeout", 1.5)
    expect(server, TRANSFER_ID, "127.0.0.1")
    receiver, sender = dial(port), dial(port)
    receiver.sendall(relay_hello("receive", TRANSFER_ID, TOKEN))
    sender.sendall(relay_hello("send", TRANSFER_ID, TOKEN))
    sender.setblocking(False)
    chunk, written = b"x" * 65536, 0
    while written < 512 * 1024 * 1024:  # until the relay holds back the writer
        try:
            written += sender.send(chunk)
        except BlockingIOError:
            if not select.select([], [sender], [], 0.2)[1]:
                break
    assert on_loop(server, lambda: server.relay.held_bytes) > 0
    sender.close()
    deadline = time.monotonic() + 5  # like qtbot.waitUntil: a condition, polled
    while on_loop(server, lambda: len(server.relay._sides)) and time.monotonic() < deadline:
        threading.Event().wait(0.02)
    assert on_loop(server, lambda: (len(server.relay._sides), server.relay.held_bytes)) == (0, 0)
    receiver.close()


def test_the_room_tells_the_relay_port_and_can_run_without_one(run_engine):
    server, _ = relay_server(run_engine)
    assert server.room.relay_port == server.relay.port > 0
    quiet, _, _ = start_server(run_engine, relay=False)
    assert quiet.relay is None and quiet.room.relay_port == 0


def test_relay_requests_cannot_take_every_slot_of_the_sender(run_engine, tmp_path):
    """A member asking again and again (or a room offer asked for by many nicks): the
    sender's waiting relay connections stay bounded, per transfer and receiver and in all."""
    from app.core.transfer.engine import MAX_RELAY_DIALS, MAX_RELAY_WAITING
    from tests.core.transfer.test_attack import handled_so_far, sender_engine
    from tests.core.transfer.test_hostile import FakeSender

    source = write_file(tmp_path / "out" / "a.bin", 1000)
    engine, runner, transfer_id, _ = sender_engine(run_engine, tmp_path, source, to="")
    holder = socket.create_server(("127.0.0.1", 0))  # a relay that never pairs anyone
    relay = ("127.0.0.1", holder.getsockname()[1])
    accepted: list[socket.socket] = []
    try:
        body = {"op": "relay", "id": transfer_id}
        for _ in range(3 * MAX_RELAY_DIALS):  # one receiver, asking again and again
            engine.signal_received("mallory", "127.0.0.1", body, relay)
        for index in range(3 * MAX_RELAY_WAITING):  # many nicks asking for a room offer
            engine.signal_received(f"m{index}", "127.0.0.1", body, relay)
        handled_so_far(engine, runner)
        holder.settimeout(0.5)
        with contextlib.suppress(TimeoutError):
            for _ in range(10 * MAX_RELAY_WAITING):
                accepted.append(holder.accept()[0])
        still_open = [s for s in accepted if not closed_by_peer(s, timeout=0.2)]
        assert len(still_open) == 16  # MAX_RELAY_WAITING, mallory's oldest closed
    finally:
        holder.close()
        for sock in accepted:
            sock.close()
        while FakeSender.made:  # the marker offer's fake sender
            FakeSender.made.pop().close()
