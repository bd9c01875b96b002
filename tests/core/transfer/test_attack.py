"""A hostile classmate against the transfer engine: each test is an attack that once
worked (a third person steering someone else's transfer, a planted symlink written
through, a receiver growing the sender's memory). See test_hostile.py for the rest."""

from __future__ import annotations

import contextlib
import os
import socket
import threading
from pathlib import Path

import pytest

from app.core.transfer import wire
from app.core.transfer.engine import TransferEngine
from app.core.transfer.events import (
    FileVerified,
    OfferReceived,
    OfferSent,
    TransferCancelled,
    TransferDone,
    TransferFailed,
    TransferPaused,
    TransferStarted,
)
from app.core.transfer.files import LocalFile, hash_file
from tests.core.transfer.test_hostile import FakeSender
from tests.helpers.transfer import of_type, write_file

MARKER = "f" * 32


@pytest.fixture(autouse=True)
def _close_fakes():
    yield
    while FakeSender.made:
        FakeSender.made.pop().close()


def sender_engine(run_engine, tmp_path: Path, source: Path, to: str = ""):
    """A real engine that offered `source` to `to`; the chat frames it said, its token."""
    said: list[tuple[str, dict]] = []
    engine = TransferEngine(tmp_path / "state", retry_max=0.1)
    engine.set_signaller(lambda nick, body: said.append((nick, body)))
    runner = run_engine(engine)
    transfer_id = engine.offer([source], to=to)
    runner.wait_for(lambda ev: of_type(ev, OfferSent))
    offer = next(body for _, body in said if body.get("op") == "offer")
    return engine, runner, transfer_id, offer["token"]


def handled_so_far(engine: TransferEngine, runner) -> None:
    """Every chat frame given before this one has been handled (one loop, in order)."""
    engine.signal_received("marker", "127.0.0.1", FakeSender([]).offer(MARKER))
    runner.wait_for(lambda ev: any(e.transfer_id == MARKER for e in of_type(ev, OfferReceived)))


def fetch_manifest(port: int, transfer_id: str, token: str) -> wire.Event:
    """Connect as a receiver, name the transfer, and read the first frame back."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(wire.control_frame(b"H", {"v": 1, "id": transfer_id, "token": token}))
        reader = wire.FrameReader(wire.RECEIVER_LIMITS, data_allowed=True)
        for _ in range(1000):
            data = sock.recv(65536)
            assert data, "the sender closed without a frame"
            events = reader.receive(data)
            if events:
                return events[0]
    raise AssertionError("no frame")


def test_a_third_person_cannot_steer_a_room_offer(run_engine, tmp_path):
    source = write_file(tmp_path / "src" / "notes.txt", 5000)
    engine, runner, transfer_id, token = sender_engine(run_engine, tmp_path, source)
    for op in ("pause", "done", "cancel"):
        engine.signal_received("mallory", "127.0.0.1", {"op": op, "id": transfer_id})
    handled_so_far(engine, runner)
    events = runner.events
    assert not of_type(events, TransferCancelled)
    assert not of_type(events, TransferDone)
    assert not of_type(events, TransferPaused)
    manifest = fetch_manifest(engine.port, transfer_id, token)
    assert isinstance(manifest, wire.Control) and manifest.kind == "M"


def test_an_offer_cannot_take_the_id_of_our_own_transfer(run_engine, tmp_path):
    source = write_file(tmp_path / "src" / "notes.txt", 5000)
    engine, runner, transfer_id, _ = sender_engine(run_engine, tmp_path, source)
    engine.signal_received("mallory", "127.0.0.1", FakeSender([]).offer(transfer_id))
    handled_so_far(engine, runner)
    assert [e.transfer_id for e in of_type(runner.events, OfferReceived)] == [MARKER]


def test_a_planted_symlink_in_the_folder_is_not_written_through(run_engine, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    # Dangling links (their targets do not exist yet) named like the file and its .part.
    (inbox / "x").symlink_to(outside / "x")
    (inbox / "x.part").symlink_to(outside / "x.part")
    fake = FakeSender([("x", write_file(tmp_path / "src" / "x", 5000))])
    engine = TransferEngine(tmp_path / "state", retry_max=0.1)
    runner = run_engine(engine)
    engine.set_auto_accept(["mallory"], inbox)
    engine.signal_received("mallory", "127.0.0.1", fake.offer("7" * 32))
    runner.wait_for(lambda ev: of_type(ev, TransferDone), timeout=10)
    assert list(outside.iterdir()) == []
    assert (inbox / "x").is_symlink() and (inbox / "x.part").is_symlink()
    arrived = [p for p in inbox.iterdir() if not p.is_symlink()]
    assert [p.name for p in arrived] == ["x (1)"]
    assert arrived[0].stat().st_size == 5000


def read_until_closed(sock: socket.socket, cap: int) -> int:
    """Bytes the peer sends until it closes; stops (and says so) past `cap`."""
    total = 0
    sock.settimeout(10)
    while total <= cap:
        try:
            data = sock.recv(1 << 20)
        except ConnectionResetError:
            break
        if not data:
            break
        total += len(data)
    return total


def test_requests_piled_up_unread_are_refused(run_engine, tmp_path):
    size = 32 * 1024 * 1024  # more than the kernel's buffers hold, so the queue waits
    source = write_file(tmp_path / "src" / "big.bin", size)
    engine, _, transfer_id, token = sender_engine(run_engine, tmp_path, source, to="bob")
    want = wire.control_frame(b"W", {"file": 0, "ranges": [[0, 32]]})
    with socket.create_connection(("127.0.0.1", engine.port), timeout=5) as sock:
        sock.sendall(wire.control_frame(b"H", {"v": 1, "id": transfer_id, "token": token}))
        sock.sendall(want * 200)  # never read: each would queue the whole file again
        assert read_until_closed(sock, 3 * size) < 2 * size


def test_hellos_said_over_and_over_are_refused(run_engine, tmp_path):
    """A room offer's token is seen by everyone in the room: each repeated hello used to
    queue the whole manifest again for a reader that never reads."""
    source = write_file(tmp_path / "src" / "piece.bin", 1024)
    engine, _, transfer_id, token = sender_engine(run_engine, tmp_path, source)
    hello = wire.control_frame(b"H", {"v": 1, "id": transfer_id, "token": token})
    with socket.create_connection(("127.0.0.1", engine.port), timeout=5) as sock:
        sock.sendall(hello * 2000)  # one manifest is ~200 bytes: 2,000 of them ~400 kB
        assert read_until_closed(sock, 64 * 1024) < 4096


def test_overlapping_ranges_in_one_request_are_refused(run_engine, tmp_path):
    source = write_file(tmp_path / "src" / "piece.bin", 1024 * 1024)
    engine, _, transfer_id, token = sender_engine(run_engine, tmp_path, source, to="bob")
    want = wire.control_frame(b"W", {"file": 0, "ranges": [[0, 1]] * 4000})
    with socket.create_connection(("127.0.0.1", engine.port), timeout=5) as sock:
        sock.sendall(wire.control_frame(b"H", {"v": 1, "id": transfer_id, "token": token}))
        sock.sendall(want)  # 4,000 copies of one piece for 28 kB asked
        assert read_until_closed(sock, 8 * 1024 * 1024) < 2 * 1024 * 1024


class ScriptedSender:
    """A sender on 127.0.0.1 that answers every receiver's H with `script`, whatever it
    asks, and keeps the connection open until the receiver closes it."""

    def __init__(self, script: bytes) -> None:
        self.script = script
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)  # accept() and recv() check `stopping` this often
        self.port = self.listener.getsockname()[1]
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.stopping.set()
        self.thread.join(5)
        self.listener.close()

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.listener.accept()
            except TimeoutError:
                continue
            with conn:
                conn.settimeout(0.05)
                reader = wire.FrameReader(wire.SENDER_LIMITS, data_allowed=False)
                said = False
                while not self.stopping.is_set():
                    try:
                        data = conn.recv(65536)
                    except TimeoutError:
                        continue
                    except OSError:
                        break
                    if not data:
                        break
                    with contextlib.suppress(wire.TransferProtocolError):
                        if reader.receive(data) and not said:
                            said = True
                            conn.sendall(self.script)


@pytest.fixture
def scripted():
    made: list[ScriptedSender] = []

    def start(script: bytes) -> ScriptedSender:
        made.append(ScriptedSender(script))
        return made[-1]

    yield start
    for sender in made:
        sender.close()


def manifest_of(path: Path) -> bytes:
    item = LocalFile(str(path), path.name, path.stat().st_size, 0)
    hash_file(item)
    entry = {"name": item.name, "size": item.size, "piece": item.piece}
    entry.update(sha256=item.sha256, root=item.root)
    return wire.control_frame(b"M", {"files": [entry]})


def offer_for(port: int, transfer_id: str, size: int) -> dict:
    return {
        "op": "offer",
        "id": transfer_id,
        "token": "ab" * 16,
        "port": port,
        "name": "x",
        "count": 1,
        "size": size,
    }


@pytest.mark.parametrize(
    "script",
    [
        wire.hashes_frame(0, [b"\0" * 32]),
        wire.data_header(0, 0, 5) + b"hello",
        wire.control_frame(b"E", {"file": -1}),
    ],
    ids=["K", "D", "E"],
)
def test_frames_before_the_manifest_close_the_link_without_a_fault(
    run_engine, tmp_path, scripted, script
):
    sender = scripted(script)
    engine = TransferEngine(tmp_path / "state", retry_max=0.1)
    runner = run_engine(engine)
    engine.set_auto_accept(["mallory"], tmp_path / "inbox")
    engine.signal_received("mallory", "127.0.0.1", offer_for(sender.port, "8" * 32, 5))
    events = runner.wait_for(lambda ev: of_type(ev, TransferFailed))
    assert not of_type(events, TransferFailed)[0].final
    assert engine.faults == 0


def test_manifests_over_and_over_do_not_leave_threads_behind(run_engine, tmp_path, scripted):
    source = write_file(tmp_path / "src" / "x", 5)
    sender = scripted(manifest_of(source) * 100)
    engine = TransferEngine(tmp_path / "state", retry_max=0.1)
    runner = run_engine(engine)
    engine.set_auto_accept(["mallory"], tmp_path / "inbox")
    engine.signal_received("mallory", "127.0.0.1", offer_for(sender.port, "9" * 32, 5))
    runner.wait_for(
        lambda ev: of_type(ev, TransferFailed) or len(of_type(ev, TransferStarted)) >= 100
    )
    hashing = [t for t in threading.enumerate() if t.name == "file hash"]
    assert len(hashing) <= 1


def test_one_address_cannot_take_every_connection_of_a_sender(run_engine, tmp_path):
    source = write_file(tmp_path / "src" / "notes.txt", 5000)
    engine, _, transfer_id, token = sender_engine(run_engine, tmp_path, source)
    hello = wire.control_frame(b"H", {"v": 1, "id": transfer_id, "token": token})
    hogs = [socket.create_connection(("127.0.0.1", engine.port), timeout=5) for _ in range(64)]
    try:
        for sock in hogs:  # named the transfer (a room offer's token), then never read
            sock.sendall(hello)
        # Someone else (here the same address: the oldest hogs make way) still gets in.
        manifest = fetch_manifest(engine.port, transfer_id, token)
        assert isinstance(manifest, wire.Control) and manifest.kind == "M"
        closed = [read_until_closed(sock, 1 << 20) for sock in hogs[:32]]
        assert all(size < 1 << 20 for size in closed)
    finally:
        for sock in hogs:
            sock.close()


def test_a_file_and_a_folder_of_one_name_and_names_that_differ_in_case(run_engine, tmp_path):
    source = write_file(tmp_path / "src" / "x", 100)
    names = ["a", "a/b", "A/c", "Notes.txt", "notes.TXT", "con.txt", "\u202etxt.exe"]
    fake = FakeSender([(name, source) for name in names])
    inbox = tmp_path / "inbox"
    engine = TransferEngine(tmp_path / "state", retry_max=0.1)
    runner = run_engine(engine)
    engine.set_auto_accept(["mallory"], inbox)
    engine.signal_received("mallory", "127.0.0.1", fake.offer("a" * 32))
    events = runner.wait_for(lambda ev: of_type(ev, TransferDone), timeout=10)
    paths = [Path(v.path).relative_to(inbox).as_posix() for v in of_type(events, FileVerified)]
    assert len({p.casefold() for p in paths}) == len(names)  # none lost, none overwritten
    assert "_con.txt" in paths and "_txt.exe" in paths
    assert all(Path(os.path.realpath(inbox / p)).is_relative_to(inbox.resolve()) for p in paths)


def test_a_sender_that_breaks_after_its_manifest_is_retried_ever_more_slowly(
    run_engine, tmp_path, scripted
):
    source = write_file(tmp_path / "src" / "x", 5)
    # A manifest, then bytes of a file no one asked for: every time.
    sender = scripted(manifest_of(source) + wire.data_header(5, 0, 1) + b"z")
    engine = TransferEngine(tmp_path / "state", retry_max=0.4)
    runner = run_engine(engine)
    engine.set_auto_accept(["mallory"], tmp_path / "inbox")
    engine.signal_received("mallory", "127.0.0.1", offer_for(sender.port, "b" * 32, 5))
    events = runner.wait_for(lambda ev: len(of_type(ev, TransferStarted)) >= 5, timeout=10)
    # Said once, not once a round; and the rounds slow down (0.05, 0.1, 0.2, 0.4 s).
    assert len(of_type(events, TransferFailed)) == 1
    assert engine._incoming["b" * 32].retry_delay >= 0.2


def test_a_token_that_is_not_ascii_is_refused_without_a_fault(run_engine, tmp_path):
    source = write_file(tmp_path / "src" / "notes.txt", 5000)
    engine, _, transfer_id, _ = sender_engine(run_engine, tmp_path, source)
    refusal = fetch_manifest(engine.port, transfer_id, "\u00e9" * 32)
    assert isinstance(refusal, wire.Control) and refusal.kind == "X"
    assert refusal.body["code"] == "unknown"
    assert engine.faults == 0
