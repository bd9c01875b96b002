"""Transfers over TLS when the chat is TLS: the sender's key travels in the offer."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.core.transfer.engine import TransferEngine
from app.core.transfer.events import FileVerified, TransferDone, TransferFailed
from tests.helpers.transfer import HoldingProxy, of_type, room_with, route_through, write_file


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_tls_room_sends_over_tls_and_survives_a_cut(run_engine, tmp_path):
    _, _, alice, bob = room_with(run_engine, tmp_path, tls=True)
    assert alice.chat.session.secure and bob.chat.session.secure
    proxy = HoldingProxy(0, hold_at=2 * 1024 * 1024)
    alice.runner.wait_for(lambda ev: alice.engine.port)
    proxy.target_port = alice.engine.port
    run_engine(proxy).wait_for(lambda ev: proxy.port)
    route_through(bob, proxy.port)
    source = write_file(tmp_path / "out" / "secret.bin", 5 * 1024 * 1024 + 3)
    bob.engine.set_auto_accept(["alice"], tmp_path / "inbox")
    alice.engine.offer([source], to="bob")
    assert proxy.held.wait(10)
    proxy.release(None)  # cut in the middle; the next connection is TLS again
    events = bob.runner.wait_for(
        lambda ev: any(isinstance(e, TransferDone) for e in ev), timeout=20
    )
    assert of_type(events, FileVerified)[0].sha256 == sha(source)
    assert (tmp_path / "alice-state" / "key").is_dir()  # the sender's transfer key
    assert proxy.cuts == 1
    assert proxy.first_bytes == [b"\x16", b"\x16"]  # both links began with a TLS handshake


def test_a_key_other_than_the_offered_one_is_refused(run_engine, tmp_path):
    alice = TransferEngine(tmp_path / "a")
    bob = TransferEngine(tmp_path / "b", retry_max=0.1)

    def forged(to, body):  # someone in the room put another key in the offer
        if body.get("op") == "offer":
            body = {**body, "key": "0" * 64}
        bob.signal_received("alice", "127.0.0.1", body)

    alice.set_signaller(forged, secure=lambda: True)
    bob.set_signaller(lambda to, body: alice.signal_received("bob", "127.0.0.1", body))
    sender, receiver = run_engine(alice), run_engine(bob)
    bob.set_auto_accept(["*"], tmp_path / "inbox")
    alice.offer([write_file(tmp_path / "x.bin", 1000)], to="bob")
    events = receiver.wait_for(lambda ev: [e for e in of_type(ev, TransferFailed) if e.final])
    failure = next(e for e in of_type(events, TransferFailed) if e.final)
    assert "another key than the one offered" in failure.message
    assert not list((tmp_path / "inbox").glob("x.bin"))
    del sender


def test_a_plaintext_connection_cannot_fetch_a_tls_offer(run_engine, tmp_path):
    alice = TransferEngine(tmp_path / "a")
    bob = TransferEngine(tmp_path / "b", retry_max=0.1)

    def stripped(to, body):  # the key removed: bob would connect in plaintext
        body = {k: v for k, v in body.items() if k != "key"}
        bob.signal_received("alice", "127.0.0.1", body)

    alice.set_signaller(stripped, secure=lambda: True)
    bob.set_signaller(lambda to, body: alice.signal_received("bob", "127.0.0.1", body))
    run_engine(alice)
    receiver = run_engine(bob)
    bob.set_auto_accept(["*"], tmp_path / "inbox")
    alice.offer([write_file(tmp_path / "x.bin", 1000)], to="bob")
    events = receiver.wait_for(lambda ev: [e for e in of_type(ev, TransferFailed) if e.final])
    failure = next(e for e in of_type(events, TransferFailed) if e.final)
    assert failure.message == "alice's transfer is encrypted, and this connection was not."
    assert not of_type(events, FileVerified)
    assert not list((tmp_path / "inbox").glob("x.bin"))
