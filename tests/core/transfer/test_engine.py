"""File transfers between two real engines in one real room on 127.0.0.1."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.core.transfer.events import (
    FileVerified,
    OfferReceived,
    OfferSent,
    TransferCancelled,
    TransferDeclined,
    TransferDone,
    TransferFailed,
    TransferProgress,
)
from tests.helpers.transfer import of_type, room_with, write_file


def sha(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def done(kind_direction: str):
    return lambda events: any(
        isinstance(e, TransferDone) and e.direction == kind_direction for e in events
    )


def test_one_file_arrives_verified_and_the_sender_hears_it(run_engine, tmp_path):
    _, _, alice, bob = room_with(run_engine, tmp_path)
    source = write_file(tmp_path / "out" / "report.bin", 3 * 1024 * 1024 + 17)
    inbox = tmp_path / "inbox"
    bob.engine.set_auto_accept(["alice"], inbox)
    transfer_id = alice.engine.offer([source], to="bob")
    events = bob.runner.wait_for(done("receive"))
    verified = of_type(events, FileVerified)
    assert [Path(v.path).name for v in verified] == ["report.bin"]
    assert verified[0].sha256 == sha(source) == sha(inbox / "report.bin")
    offer = of_type(events, OfferReceived)[0]
    assert (offer.transfer_id, offer.sender, offer.name, offer.count, offer.size) == (
        transfer_id,
        "alice",
        "report.bin",
        1,
        source.stat().st_size,
    )
    sent = alice.runner.wait_for(done("send"))
    assert of_type(sent, OfferSent)[0].transfer_id == transfer_id
    assert of_type(sent, FileVerified)[0].sha256 == sha(source)
    assert not list(inbox.glob("*.part"))
    assert not list((bob.state / "in").glob("*.json"))
    assert not list((alice.state / "out").glob("*.json"))
