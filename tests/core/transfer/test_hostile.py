"""A hostile sender: names that try to escape, lies about sizes, garbage; and limits."""

from __future__ import annotations

import os
import socket
import subprocess
import threading
from pathlib import Path
from typing import ClassVar

import pytest

from app.core.transfer import wire
from app.core.transfer.engine import TransferEngine
from app.core.transfer.events import (
    FileVerified,
    OfferReceived,
    TransferDeclined,
    TransferDone,
    TransferFailed,
)
from app.core.transfer.files import LocalFile, hash_file
from tests.helpers.transfer import of_type, room_with, write_file

TOKEN = "ab" * 16


class FakeSender:
    """A sender written by hand on 127.0.0.1: serves `files` under the names it likes."""

    def __init__(self, files: list[tuple[str, Path]], *, garbage: bytes = b"") -> None:
        self.items = []
        for name, path in files:
            item = LocalFile(str(path), name, path.stat().st_size, 0)
            hash_file(item)
            self.items.append(item)
        self.garbage = garbage
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.settimeout(0.05)  # accept() checks `stopping` this often
        self.port = self.listener.getsockname()[1]
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()
        FakeSender.made.append(self)

    made: ClassVar[list[FakeSender]] = []

    def close(self) -> None:
        self.stopping.set()
        self.thread.join(5)
        self.listener.close()

    def offer(self, transfer_id: str, *, size: int | None = None) -> dict:
        return {
            "op": "offer",
            "id": transfer_id,
            "token": TOKEN,
            "port": self.port,
            "name": "../../evil",
            "count": len(self.items),
            "size": sum(i.size for i in self.items) if size is None else size,
        }

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.listener.accept()
                break
            except TimeoutError:
                continue
        else:
            return
        with conn:
            conn.settimeout(0.05)
            reader = wire.FrameReader(wire.SENDER_LIMITS, data_allowed=False)
            if self.garbage:
                conn.sendall(self.garbage)
            manifest = [
                {
                    "name": i.name,
                    "size": i.size,
                    "piece": i.piece,
                    "sha256": i.sha256,
                    "root": i.root,
                }
                for i in self.items
            ]
            sent_manifest = False
            while not self.stopping.is_set():
                try:
                    data = conn.recv(65536)
                except TimeoutError:
                    continue
                except OSError:
                    return
                if not data:
                    return
                for event in reader.receive(data):
                    if event.kind == "H" and not sent_manifest:
                        conn.sendall(wire.control_frame(b"M", {"files": manifest}))
                        sent_manifest = True
                    elif event.kind == "W":
                        item = self.items[event.body["file"]]
                        out = wire.hashes_frame(event.body["file"], list(item.digests))
                        for first, end in event.body["ranges"]:
                            start = first * item.piece
                            stop = min(item.size, end * item.piece)
                            with open(item.path, "rb") as handle:
                                handle.seek(start)
                                out += wire.data_header(event.body["file"], start, stop - start)
                                out += handle.read(stop - start)
                        out += wire.control_frame(b"E", {"file": event.body["file"]})
                        conn.sendall(out)
                    elif event.kind == "B":
                        return


@pytest.fixture(autouse=True)
def _close_fakes():
    yield
    while FakeSender.made:
        FakeSender.made.pop().close()


def engine_for(run_engine, tmp_path, **options):
    engine = TransferEngine(tmp_path / "state", retry_max=0.1, **options)
    return engine, run_engine(engine)


def test_hostile_names_land_inside_the_folder(run_engine, tmp_path):
    source = write_file(tmp_path / "src" / "x", 5000)
    names = ["../../outside.txt", "/etc/cron.d/evil", "CON", "a/../../b", "C:\\Windows\\x.dll"]
    fake = FakeSender([(name, source) for name in names])
    engine, runner = engine_for(run_engine, tmp_path)
    inbox = tmp_path / "inbox"
    engine.set_auto_accept(["mallory"], inbox)
    engine.signal_received("mallory", "127.0.0.1", fake.offer("1" * 32))
    events = runner.wait_for(lambda ev: of_type(ev, TransferDone), timeout=10)
    assert of_type(events, OfferReceived)[0].name == "evil"
    paths = sorted(
        Path(v.path).relative_to(inbox).as_posix() for v in of_type(events, FileVerified)
    )
    assert paths == ["Windows/x.dll", "_CON", "a/b", "etc/cron.d/evil", "outside.txt"]
    assert not (tmp_path / "outside.txt").exists()
    for path in inbox.rglob("*"):
        assert Path(os.path.realpath(path)).is_relative_to(inbox.resolve())


def test_a_manifest_that_lies_about_the_offer_is_refused(run_engine, tmp_path):
    source = write_file(tmp_path / "src" / "x", 5000)
    fake = FakeSender([("x", source)])
    engine, runner = engine_for(run_engine, tmp_path)
    engine.set_auto_accept(["mallory"], tmp_path / "inbox")
    engine.signal_received("mallory", "127.0.0.1", fake.offer("2" * 32, size=10))
    events = runner.wait_for(lambda ev: [e for e in of_type(ev, TransferFailed) if e.final])
    assert (
        "do not match the offer"
        in next(e for e in of_type(events, TransferFailed) if e.final).message
    )
    assert not of_type(events, FileVerified)


def test_garbage_closes_that_connection_only(run_engine, tmp_path):
    _, _, alice, bob = room_with(run_engine, tmp_path)
    fake = FakeSender([("x", write_file(tmp_path / "src" / "x", 10))], garbage=b"Z" * 100)
    bob.engine.set_auto_accept(["*"], tmp_path / "inbox")
    bob.engine.signal_received("mallory", "127.0.0.1", fake.offer("3" * 32))
    bob.runner.wait_for(lambda ev: [e for e in of_type(ev, TransferFailed) if not e.final])
    source = write_file(tmp_path / "out" / "fine.bin", 100_000)
    alice.engine.offer([source], to="bob")
    events = bob.runner.wait_for(lambda ev: of_type(ev, TransferDone))
    assert [Path(v.path).name for v in of_type(events, FileVerified)] == ["fine.bin"]
    assert bob.engine.faults == 0  # a protocol error, not a crash


@pytest.mark.parametrize(
    "body",
    [
        {"op": "offer", "id": "x" * 32},
        {
            "op": "offer",
            "id": "4" * 32,
            "token": TOKEN,
            "port": 0,
            "name": "a",
            "count": 1,
            "size": 1,
        },
        {
            "op": "offer",
            "id": "4" * 32,
            "token": TOKEN,
            "port": 1,
            "name": "a",
            "count": 1,
            "size": -1,
        },
        {
            "op": "offer",
            "id": "4" * 32,
            "token": TOKEN,
            "port": 1,
            "name": 5,
            "count": 1,
            "size": 1,
        },
        {
            "op": "offer",
            "id": "4" * 32,
            "token": TOKEN,
            "port": 1,
            "name": "a",
            "count": True,
            "size": 1,
        },
        {"op": "cancel", "id": None},
        {"op": ["nested"], "id": "4" * 32},
    ],
)
def test_malformed_offers_are_ignored(run_engine, tmp_path, body):
    engine, runner = engine_for(run_engine, tmp_path)
    engine.signal_received("mallory", "127.0.0.1", body)
    engine.signal_received("mallory", "127.0.0.1", FakeSender([]).offer("5" * 32))
    events = runner.wait_for(lambda ev: of_type(ev, OfferReceived))
    assert [e.transfer_id for e in of_type(events, OfferReceived)] == ["5" * 32]
    assert engine.faults == 0


def test_the_size_limit_declines_in_words(run_engine, tmp_path):
    _, _, alice, bob = room_with(run_engine, tmp_path)
    bob.engine.set_size_limit(1000)
    alice.engine.offer([write_file(tmp_path / "big", 5000)], to="bob")
    events = bob.runner.wait_for(lambda ev: of_type(ev, TransferDeclined))
    assert (
        "5000 bytes, more than the 1000 bytes you accept"
        in of_type(events, TransferDeclined)[0].message
    )
    assert of_type(
        alice.runner.wait_for(lambda ev: of_type(ev, TransferDeclined)), TransferDeclined
    )


def test_not_enough_free_space_is_said_before_accepting(run_engine, tmp_path):
    _, _, alice, bob = room_with(run_engine, tmp_path, free_space=lambda folder: 100)
    transfer_id = alice.engine.offer([write_file(tmp_path / "big", 5000)], to="bob")
    bob.runner.wait_for(lambda ev: of_type(ev, OfferReceived))
    bob.engine.accept(transfer_id, tmp_path / "inbox")
    events = bob.runner.wait_for(lambda ev: of_type(ev, TransferFailed))
    failure = of_type(events, TransferFailed)[0]
    assert failure.final and "Not enough free space" in failure.message
    assert "5000 bytes needed, 100 bytes free" in failure.message


@pytest.fixture
def tiny_disk(tmp_path):
    mount = tmp_path / "tiny"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a tiny tmpfs needs root")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount)], capture_output=True
    )
    if result.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_reported_in_words(run_engine, tmp_path, tiny_disk):
    _, _, alice, bob = room_with(run_engine, tmp_path, free_space=lambda folder: 10**12)
    transfer_id = alice.engine.offer([write_file(tmp_path / "big", 3 * 1024 * 1024)], to="bob")
    bob.runner.wait_for(lambda ev: of_type(ev, OfferReceived))
    bob.engine.accept(transfer_id, tiny_disk)
    events = bob.runner.wait_for(lambda ev: [e for e in of_type(ev, TransferFailed) if e.final])
    failure = next(e for e in of_type(events, TransferFailed) if e.final)
    assert (
        failure.message
        == f"The disk holding {tiny_disk} is full: free some space, then resume the transfer."
    )
    assert bob.engine.faults == 0


def test_a_silent_sender_is_left_and_tried_again(run_engine, tmp_path):
    silent = socket.create_server(("127.0.0.1", 0))  # connects (backlog), never answers
    try:
        engine, runner = engine_for(run_engine, tmp_path, stall_timeout=0.2)
        engine.set_auto_accept(["mallory"], tmp_path / "inbox")
        body = FakeSender([]).offer("6" * 32)
        body.update(port=silent.getsockname()[1], count=0, size=0)
        engine.signal_received("mallory", "127.0.0.1", body)
        events = runner.wait_for(lambda ev: of_type(ev, TransferFailed), timeout=10)
        failure = of_type(events, TransferFailed)[0]
        assert not failure.final and "lost" in failure.message
    finally:
        silent.close()


def test_connections_that_never_name_a_transfer_are_bounded(run_engine, tmp_path, monkeypatch):
    import app.core.transfer.engine as engine_module

    monkeypatch.setattr(engine_module, "HELLO_TIMEOUT", 0.2)
    monkeypatch.setattr(engine_module, "MAX_SEND_CONNECTIONS", 4)
    engine, runner = engine_for(run_engine, tmp_path)
    runner.wait_for(lambda ev: engine.port)
    idle = [socket.create_connection(("127.0.0.1", engine.port)) for _ in range(6)]
    try:
        for sock in idle:  # every one is closed: 2 at once (over the limit), 4 after 0.2 s
            sock.settimeout(5)
            assert sock.recv(1) == b""
    finally:
        for sock in idle:
            sock.close()


def test_a_flood_of_offers_keeps_a_bounded_table(run_engine, tmp_path, monkeypatch):
    import app.core.transfer.engine as engine_module

    monkeypatch.setattr(engine_module, "MAX_OFFERS_KEPT", 5)
    engine, runner = engine_for(run_engine, tmp_path)
    fake = FakeSender([])
    for n in range(12):
        engine.signal_received("mallory", "127.0.0.1", fake.offer(f"{n:032x}"))
    runner.wait_for(lambda ev: len(of_type(ev, OfferReceived)) == 12)
    assert len(engine._incoming) == 5
    assert sorted(engine._incoming) == [f"{n:032x}" for n in range(7, 12)]
    assert len(list((tmp_path / "state" / "in").glob("*.json"))) == 5


def test_an_offer_over_the_size_limit_pushes_out_no_offer(run_engine, tmp_path, monkeypatch):
    """Declined at once, an offer too big must not take the place of one still waiting."""
    import app.core.transfer.engine as engine_module

    monkeypatch.setattr(engine_module, "MAX_OFFERS_KEPT", 3)
    engine, runner = engine_for(run_engine, tmp_path)
    engine.set_size_limit(1000)
    fake = FakeSender([])
    for n in range(3):
        engine.signal_received("alice", "127.0.0.1", fake.offer(f"{n:032x}", size=10))
    for n in range(3, 8):
        engine.signal_received("mallory", "127.0.0.1", fake.offer(f"{n:032x}", size=10**9))
    runner.wait_for(lambda ev: len(of_type(ev, TransferDeclined)) == 5)
    assert sorted(engine._incoming) == [f"{n:032x}" for n in range(3)]
