"""File transfers between two real engines in one real room on 127.0.0.1."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.core.transfer.engine import PEER_STOPPED
from app.core.transfer.events import (
    FileVerified,
    OfferReceived,
    OfferSent,
    TransferCancelled,
    TransferDeclined,
    TransferDone,
    TransferFailed,
    TransferPaused,
    TransferProgress,
    TransferResumed,
)
from tests.helpers.chat import start_server
from tests.helpers.transfer import (
    HoldingProxy,
    of_type,
    room_with,
    route_through,
    start_side,
    write_file,
)


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


def test_in_a_room_on_ipv6_the_file_goes_direct(run_engine, tmp_path):
    """The receiver dials the address the room saw for the sender, `::1` in a room on
    `::1`: the transfer port listens there too (no relay to fall back on here)."""
    from app.core.transfer.engine import listen_host_for

    _, _, alice, bob = room_with(
        run_engine, tmp_path, host="::1", relay=False, listen_host=listen_host_for("::1")
    )
    assert listen_host_for("::1") == listen_host_for("localhost") == "127.0.0.1"
    assert listen_host_for("192.0.2.7") == listen_host_for("[2001:db8::7]") == "0.0.0.0"
    source = write_file(tmp_path / "out" / "v6.bin", 256 * 1024)
    inbox = tmp_path / "inbox"
    bob.engine.set_auto_accept(["alice"], inbox)
    alice.engine.offer([source], to="bob")
    events = bob.runner.wait_for(done("receive"), timeout=10)
    assert not of_type(events, TransferFailed)
    assert sha(inbox / "v6.bin") == sha(source)


def test_many_files_a_folder_with_subfolders_and_an_empty_file(run_engine, tmp_path):
    _, _, alice, bob = room_with(run_engine, tmp_path)
    out = tmp_path / "out"
    single = write_file(out / "notes.txt", 1000)
    empty = write_file(out / "empty.dat", 0)
    folder = out / "photos"
    inside = [
        write_file(folder / "a.jpg", 2 * 1024 * 1024, seed=2),
        write_file(folder / "trip" / "b.jpg", 70_000, seed=3),
        write_file(folder / "trip" / "deep" / "c.raw", 1, seed=4),
        write_file(folder / "zero", 0),
    ]
    inbox = tmp_path / "inbox"
    (inbox / "notes.txt").parent.mkdir(parents=True)
    (inbox / "notes.txt").write_text("mine: never overwritten")
    bob.engine.set_auto_accept(["ALICE"], inbox)
    alice.engine.offer([single, empty, folder], to="bob")
    events = bob.runner.wait_for(done("receive"))
    offer = of_type(events, OfferReceived)[0]
    assert (offer.count, offer.size) == (6, sum(p.stat().st_size for p in [single, empty, *inside]))
    assert (inbox / "notes.txt").read_text() == "mine: never overwritten"
    assert sha(inbox / "notes (1).txt") == sha(single)
    assert (inbox / "empty.dat").stat().st_size == 0
    for path in inside:
        assert sha(inbox / path.relative_to(out)) == sha(path)
    assert len(of_type(events, FileVerified)) == 6
    alice.runner.wait_for(done("send"))


def test_a_sparse_gigabyte_file_and_progress(run_engine, tmp_path):
    _, _, alice, bob = room_with(run_engine, tmp_path)
    source = tmp_path / "out" / "big.img"
    source.parent.mkdir()
    with open(source, "wb") as handle:
        handle.truncate(1024**3)
        handle.seek(512 * 1024**2)
        handle.write(b"middle")
    bob.engine.set_auto_accept(["*"], tmp_path / "inbox")
    alice.engine.offer([source], to="bob")
    events = bob.runner.wait_for(done("receive"), timeout=60)
    assert of_type(events, FileVerified)[0].sha256 == sha(source)
    assert (tmp_path / "inbox" / "big.img").stat().st_size == 1024**3
    progress = [i for e in of_type(events, TransferProgress) for i in e.items]
    assert progress and all(i.total == 1024**3 and 0 <= i.done <= i.total for i in progress)
    sent = alice.runner.wait_for(done("send"))
    sending = [i for e in of_type(sent, TransferProgress) for i in e.items]
    assert all(i.direction == "send" and 0 <= i.done <= i.total == 1024**3 for i in sending)


def test_decline_reaches_the_sender(run_engine, tmp_path):
    _, _, alice, bob = room_with(run_engine, tmp_path)
    transfer_id = alice.engine.offer([write_file(tmp_path / "x.bin", 10)], to="bob")
    bob.runner.wait_for(lambda ev: of_type(ev, OfferReceived))
    bob.engine.decline(transfer_id)
    events = alice.runner.wait_for(lambda ev: of_type(ev, TransferDeclined))
    assert of_type(events, TransferDeclined)[0].by == "peer"
    assert not list((alice.state / "out").glob("*.json"))


def test_the_sender_cancels_an_offer_not_yet_answered(run_engine, tmp_path):
    _, _, alice, bob = room_with(run_engine, tmp_path)
    transfer_id = alice.engine.offer([write_file(tmp_path / "x.bin", 10)], to="bob")
    bob.runner.wait_for(lambda ev: of_type(ev, OfferReceived))
    alice.engine.cancel(transfer_id)
    events = bob.runner.wait_for(lambda ev: of_type(ev, TransferCancelled))
    assert of_type(events, TransferCancelled)[0].by == "peer"
    bob.engine.accept(transfer_id, tmp_path / "inbox")  # too late: it is gone
    events = bob.runner.wait_for(lambda ev: of_type(ev, TransferFailed))
    assert "no transfer" in of_type(events, TransferFailed)[0].message


def _paused_in_the_middle(run_engine, tmp_path, size=8 * 1024 * 1024):
    """Alice pauses after bob received part of the file (through a holding proxy)."""
    server, _, alice, bob = room_with(run_engine, tmp_path)
    proxy = HoldingProxy(0, hold_at=3 * 1024 * 1024)
    alice.runner.wait_for(lambda ev: alice.engine.port)
    proxy.target_port = alice.engine.port
    run_engine(proxy).wait_for(lambda ev: proxy.port)
    route_through(bob, proxy.port)
    source = write_file(tmp_path / "out" / "movie.bin", size)
    transfer_id = alice.engine.offer([source], to="bob")
    bob.runner.wait_for(lambda ev: of_type(ev, OfferReceived))
    bob.engine.accept(transfer_id, tmp_path / "inbox")
    assert proxy.held.wait(10)
    _paused_in_the_middle.server = server
    return alice, bob, proxy, source, transfer_id


def test_the_sender_cancels_in_the_middle(run_engine, tmp_path):
    alice, bob, _proxy, _, transfer_id = _paused_in_the_middle(run_engine, tmp_path)
    alice.engine.cancel(transfer_id)
    events = bob.runner.wait_for(lambda ev: of_type(ev, TransferCancelled))
    assert of_type(events, TransferCancelled)[0].by == "peer"
    assert not list((tmp_path / "inbox").glob("*"))  # the .part file is gone
    assert not list((bob.state / "in").glob("*.json"))
    assert not of_type(events, TransferDone)


def test_the_receiver_cancels_in_the_middle(run_engine, tmp_path):
    alice, bob, _proxy, _, transfer_id = _paused_in_the_middle(run_engine, tmp_path)
    bob.engine.cancel(transfer_id)
    events = alice.runner.wait_for(lambda ev: of_type(ev, TransferCancelled))
    assert of_type(events, TransferCancelled)[0].by == "peer"
    assert not list((tmp_path / "inbox").glob("*"))
    assert not list((alice.state / "out").glob("*.json"))


def test_cut_several_times_then_whole_once(run_engine, tmp_path):
    alice, bob, proxy, source, _ = _paused_in_the_middle(run_engine, tmp_path)
    for hold in (4 * 1024 * 1024, 6 * 1024 * 1024):
        proxy.release(hold)
        assert proxy.held.wait(10)
    proxy.release(None)
    events = bob.runner.wait_for(done("receive"), timeout=20)
    assert proxy.cuts == 3
    verified = of_type(events, FileVerified)
    assert len(verified) == 1 and verified[0].sha256 == sha(source)
    assert sorted(p.name for p in (tmp_path / "inbox").iterdir()) == ["movie.bin"]
    lost = [e for e in of_type(events, TransferFailed) if not e.final]
    assert lost and "lost" in lost[0].message
    # Resumed, not restarted: far fewer bytes went through than three whole files.
    assert proxy.forwarded < 2 * source.stat().st_size
    alice.runner.wait_for(done("send"))


def _restart(run_engine, side, port):
    """An app restart: new chat and transfer engines on the same state folder."""
    side.runner.stop()
    side.chat_runner.stop()
    again = start_side(run_engine, port, side.nick, side.state)
    if side.route:
        route_through(again, side.route[0])
    return again


def test_the_receiver_app_restarts_in_the_middle_and_resumes(run_engine, tmp_path):
    alice, bob, proxy, source, _ = _paused_in_the_middle(run_engine, tmp_path)
    port = bob.chat.port
    bob = _restart(run_engine, bob, port)
    proxy.release(None)
    events = bob.runner.wait_for(done("receive"), timeout=20)
    assert not of_type(events, OfferReceived)  # not asked again
    assert of_type(events, FileVerified)[0].sha256 == sha(source)
    assert proxy.forwarded < 1.5 * source.stat().st_size  # resumed, not restarted
    alice.runner.wait_for(done("send"))


def test_the_sender_app_restarts_in_the_middle_and_resumes(run_engine, tmp_path):
    alice, bob, proxy, source, _ = _paused_in_the_middle(run_engine, tmp_path)
    alice = _restart(run_engine, alice, alice.chat.port)
    alice.runner.wait_for(lambda ev: alice.engine.port)
    proxy.target_port = alice.engine.port
    proxy.release(None)
    events = bob.runner.wait_for(done("receive"), timeout=20)
    assert len(of_type(events, OfferReceived)) == 1
    assert of_type(events, FileVerified)[0].sha256 == sha(source)
    assert proxy.forwarded < 1.5 * source.stat().st_size
    sent = alice.runner.wait_for(done("send"))
    assert of_type(sent, FileVerified)[0].path == str(source)


def test_the_server_restarts_and_the_link_is_cut(run_engine, tmp_path):
    alice, bob, proxy, source, _ = _paused_in_the_middle(run_engine, tmp_path)
    room = _paused_in_the_middle.server
    port = room.port
    room.stop()
    proxy.release(5 * 1024 * 1024)  # cut while the room is down: the transfer goes on
    assert proxy.held.wait(10)
    start_server(run_engine, tls=False, port=port)
    proxy.release(None)
    events = bob.runner.wait_for(done("receive"), timeout=20)
    assert len(of_type(events, FileVerified)) == 1
    assert sha(tmp_path / "inbox" / "movie.bin") == sha(source)
    assert sorted(p.name for p in (tmp_path / "inbox").iterdir()) == ["movie.bin"]
    alice.runner.wait_for(done("send"))


def test_a_damaged_piece_is_found_said_and_fetched_again(run_engine, tmp_path):
    _, bob, proxy, source, _ = _paused_in_the_middle(run_engine, tmp_path)

    def has_two_pieces(events) -> bool:  # pieces 0 and 1 written, so piece 1 is on disk
        items = [i for e in of_type(events, TransferProgress) for i in e.items]
        return any(i.done > 2 * 1024 * 1024 for i in items)

    bob.runner.wait_for(has_two_pieces)
    port = bob.chat.port
    bob.runner.stop()
    bob.chat_runner.stop()
    (part,) = (tmp_path / "inbox").glob("*.part")
    with open(part, "r+b") as handle:  # a write the disk lost, in piece 1
        handle.seek(1024 * 1024 + 10)
        handle.write(b"\xff" * 100)
    bob = start_side(run_engine, port, "bob", bob.state)
    route_through(bob, proxy.port)
    proxy.release(None)
    events = bob.runner.wait_for(done("receive"), timeout=20)
    retried = [e for e in of_type(events, TransferFailed) if not e.final]
    assert any(
        e.message == "Pieces of movie.bin failed their SHA-256 check (1); fetching them again."
        for e in retried
    ), retried
    assert sha(tmp_path / "inbox" / "movie.bin") == sha(source)


def test_a_file_changed_after_the_offer_is_not_sent(run_engine, tmp_path):
    _, _, alice, bob = room_with(run_engine, tmp_path)
    source = write_file(tmp_path / "out" / "doc.txt", 5000)
    transfer_id = alice.engine.offer([source], to="bob")
    bob.runner.wait_for(lambda ev: of_type(ev, OfferReceived))
    with open(source, "ab") as handle:
        handle.write(b"edited")
    bob.engine.accept(transfer_id, tmp_path / "inbox")
    events = alice.runner.wait_for(lambda ev: [e for e in of_type(ev, TransferFailed) if e.final])
    assert "changed since it was offered" in of_type(events, TransferFailed)[0].message
    events = bob.runner.wait_for(lambda ev: [e for e in of_type(ev, TransferFailed) if e.final])
    told = of_type(events, TransferFailed)[-1].message  # in our words, not the sender's
    assert told.template == PEER_STOPPED["changed"] and told.values == {"peer": "alice"}
    assert "alice's file changed since it was offered" in told
    assert not (tmp_path / "inbox" / "doc.txt").exists()


def test_pause_and_resume_from_either_side(run_engine, tmp_path):
    alice, bob, proxy, source, transfer_id = _paused_in_the_middle(run_engine, tmp_path)
    bob.engine.pause(transfer_id)
    events = alice.runner.wait_for(lambda ev: of_type(ev, TransferPaused))
    assert of_type(events, TransferPaused)[0].by == "peer"
    proxy.release(None)  # the link is free now, but bob paused: nothing moves
    bob.engine.resume(transfer_id)
    alice.runner.wait_for(lambda ev: of_type(ev, TransferResumed))
    bob.runner.wait_for(done("receive"), timeout=20)
    assert sha(tmp_path / "inbox" / "movie.bin") == sha(source)


def test_the_sender_pauses_and_the_receiver_waits(run_engine, tmp_path):
    alice, bob, proxy, source, transfer_id = _paused_in_the_middle(run_engine, tmp_path)
    alice.engine.pause(transfer_id)
    events = bob.runner.wait_for(lambda ev: of_type(ev, TransferPaused))
    assert of_type(events, TransferPaused)[0].by == "peer"
    proxy.release(None)
    assert not (tmp_path / "inbox" / "movie.bin").exists()
    alice.engine.resume(transfer_id)
    bob.runner.wait_for(done("receive"), timeout=20)
    assert sha(tmp_path / "inbox" / "movie.bin") == sha(source)
    alice.runner.wait_for(done("send"))


def test_many_transfers_at_once_and_save_as(run_engine, tmp_path):
    _, _, alice, bob = room_with(run_engine, tmp_path)
    sources = [
        write_file(tmp_path / "out" / f"f{n}.bin", 3 * 1024 * 1024 + n, seed=n) for n in range(4)
    ]
    ids = [alice.engine.offer([path], to="bob") for path in sources]
    events = bob.runner.wait_for(lambda ev: len(of_type(ev, OfferReceived)) == 4)
    by_id = {e.transfer_id: e for e in of_type(events, OfferReceived)}
    assert set(by_id) == set(ids)
    for transfer_id in ids[:3]:
        bob.engine.accept(transfer_id, tmp_path / "inbox")
    bob.engine.accept_as(ids[3], tmp_path / "elsewhere" / "renamed.bin")
    events = bob.runner.wait_for(
        lambda ev: len([e for e in of_type(ev, TransferDone) if e.direction == "receive"]) == 4,
        timeout=30,
    )
    for path in sources[:3]:
        assert sha(tmp_path / "inbox" / path.name) == sha(path)
    assert sha(tmp_path / "elsewhere" / "renamed.bin") == sha(sources[3])
    alice.runner.wait_for(
        lambda ev: len([e for e in of_type(ev, TransferDone) if e.direction == "send"]) == 4
    )


def test_a_verified_piece_damaged_later_is_found_by_the_whole_file_hash(run_engine, tmp_path):
    _, bob, proxy, source, _ = _paused_in_the_middle(run_engine, tmp_path)

    def has(amount):
        def check(events) -> bool:
            items = [i for e in of_type(events, TransferProgress) for i in e.items]
            return any(i.done > amount for i in items)

        return check

    proxy.release(5 * 1024 * 1024)  # cut: pieces 0 and 1 are checked on the next link
    assert proxy.held.wait(10)
    bob.runner.wait_for(has(3 * 1024 * 1024 + 512 * 1024))
    port = bob.chat.port
    bob.runner.stop()
    bob.chat_runner.stop()
    (part,) = (tmp_path / "inbox").glob("*.part")
    with open(part, "r+b") as handle:  # piece 0, verified already, goes bad on disk
        handle.write(b"\0" * 10)
    bob = start_side(run_engine, port, "bob", bob.state)
    route_through(bob, proxy.port)
    proxy.release(None)
    events = bob.runner.wait_for(done("receive"), timeout=20)
    retried = [e.message for e in of_type(events, TransferFailed) if not e.final]
    assert "Pieces of movie.bin failed their SHA-256 check (1); fetching them again." in retried
    assert sha(tmp_path / "inbox" / "movie.bin") == sha(source)
