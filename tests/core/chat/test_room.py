"""The sans-IO chat Room: every rule and limit, without sockets (bytes in, bytes out)."""

from __future__ import annotations

import json
import math
import os
import sqlite3
import subprocess
import sys

import pytest

from app.core.chat.history import RoomHistory
from app.core.chat.protocol import HISTORY_FRAME_BYTES, MAX_CID_STEP
from app.core.chat.room import PeerFault, Room, ServerConfig
from app.core.events import ErrorEvent
from tests.helpers.room import RoomDriver

# The lines that stopped `socketlab serve` before the room had a fault barrier.
POISON_LINES = [
    '{"type":"hello","last_id":1e999}',
    '{"type":"hello","last_id":Infinity}',
    '{"type":"hello","last_id":-Infinity}',
    '{"type":"hello","last_id":NaN}',
    '{"type":"hello","nick":"x","client_id":["a"],"last_id":"7"}',
    "[" * 30_000 + "]" * 30_000,
    '{"type":"hello","nick":' + "[" * 30_000 + "]" * 30_000 + "}",
    '{"type":"hello","last_id":' + "9" * 5000 + "}",
]
POISON_SAYS = [
    '{"type":"say","cid":Infinity,"text":"x"}',
    '{"type":"say","cid":1e999,"text":"x"}',
    '{"type":"say","cid":NaN,"text":"x"}',
    '{"type":"say","cid":9223372036854775808,"text":"x"}',
    '{"type":"say","cid":-5,"text":"x"}',
    '{"type":"say","cid":1.5,"text":"x"}',
    '{"type":"say","cid":"7","text":"x"}',
    '{"type":"say","cid":true,"text":"x"}',
    '{"type":"say","text":{"a":1}}',
    '{"type":["say"]}',
    '{"type":null}',
    "{" + '"a":{' * 5000 + "}" * 5001,
]


def _room_still_relays(driver: RoomDriver) -> None:
    driver.join_raw("witness-a", "wa")
    driver.join_raw("witness-b", "wb")
    driver.line("witness-a", "still here")
    assert any(line.endswith("<wa> still here") for line in driver.lines("witness-b"))


@pytest.mark.parametrize("line", POISON_LINES, ids=range(len(POISON_LINES)))
def test_a_poison_first_line_never_stops_the_room(line: str) -> None:
    driver = RoomDriver()
    driver.join_raw("bob", "bob")
    driver.connect("evil")
    driver.line("evil", line)
    driver.advance(1.0)
    _room_still_relays(driver)
    assert driver.room.faults == 0  # refused by the parser, not caught by the barrier


@pytest.mark.parametrize("line", POISON_SAYS, ids=range(len(POISON_SAYS)))
def test_a_poison_say_is_answered_and_the_room_goes_on(tmp_path, line: str) -> None:
    history = RoomHistory(500, tmp_path / "history.sqlite")  # as the window always runs it
    driver = RoomDriver(history)
    driver.join_app("evil", "mallory")
    driver.clear("evil")
    driver.line("evil", line)
    errors = driver.of_type("evil", "error")
    assert errors, driver.lines("evil")
    assert not driver.of_type("evil", "ack")
    driver.json("evil", {"type": "say", "cid": 1, "text": "a proper line"})
    assert driver.of_type("evil", "ack")[-1]["cid"] == 1
    _room_still_relays(driver)
    assert history.commit() is None  # the file is still written
    history.close()


def test_history_reaches_a_joiner_whole_in_frames_under_the_line_limit() -> None:
    driver = RoomDriver(history_size=500)
    driver.join_raw("talker", "talker")
    for number in range(500):
        driver.line("talker", f"message {number:03d} " + "x" * 200)
        driver.advance(0.05)  # under the flood limit
    driver.join_app("late", "late")
    frames = [line for line in driver.lines("late") if '"type":"history"' in line]
    assert len(frames) > 1
    assert all(len(frame.encode()) <= HISTORY_FRAME_BYTES + 100 for frame in frames)
    objects = [json.loads(frame) for frame in frames]
    assert [obj.get("more", False) for obj in objects] == [True] * (len(frames) - 1) + [False]
    texts = [m["text"] for obj in objects for m in obj["messages"] if m["kind"] == "message"]
    assert texts == [f"message {n:03d} " + "x" * 200 for n in range(500)]


def test_one_huge_message_still_makes_a_frame_of_its_own() -> None:
    driver = RoomDriver(max_line=200_000)
    driver.join_raw("talker", "talker")
    driver.line("talker", "y" * 150_000)
    driver.join_app("late", "late")
    first, second = driver.of_type("late", "history")
    assert [m["kind"] for m in first["messages"]] == ["join"] and first["more"] is True
    (huge,) = second["messages"]
    assert huge["text"] == "y" * 150_000 and "more" not in second


def test_a_client_id_seen_on_the_wire_does_not_take_over_someone() -> None:
    driver = RoomDriver()
    welcome = driver.join_app("alice", "alice", client_id="alice-id")
    assert welcome["client_id"] == "alice-id"
    secret = welcome["resume"]
    assert len(secret) == 32 and int(secret, 16) >= 0
    driver.json("alice", {"type": "say", "cid": 1, "text": "one"})
    # Mallory read alice's client_id off the LAN and claims it, without the secret.
    forged = driver.join_app("mallory", "mallory", client_id="alice-id")
    assert forged["client_id"] != "alice-id" and forged["accepted_seq"] == 0
    assert forged["resume"] != secret
    assert "alice" not in driver.closed
    # Her lines are not taken for alice's repeats, and alice's next line is relayed.
    driver.json("mallory", {"type": "say", "cid": 2, "text": "I am alice"})
    driver.json("alice", {"type": "say", "cid": 2, "text": "two"})
    ack = driver.of_type("alice", "ack")[-1]
    assert ack["cid"] == 2 and ack["id"] > 0 and "duplicate" not in ack
    # Alice herself comes back with the secret: the same identity, the old link goes.
    driver.connect("alice-again")
    driver.hello("alice-again", "alice", "alice-id", resume=secret)
    again = driver.of_type("alice-again", "welcome")[-1]
    assert again["client_id"] == "alice-id" and again["accepted_seq"] == 2
    assert driver.closed["alice"] == "reconnected"


def test_a_wrong_secret_gets_a_new_identity_too() -> None:
    driver = RoomDriver()
    driver.join_app("alice", "alice", client_id="alice-id")
    driver.connect("guess")
    driver.hello("guess", "x", "alice-id", resume="0" * 32)
    assert driver.of_type("guess", "welcome")[-1]["client_id"] != "alice-id"


def test_a_cid_may_only_advance_by_a_bounded_step() -> None:
    driver = RoomDriver()
    driver.join_app("alice", "alice", client_id="alice-id")
    driver.join_raw("bob", "bob")
    driver.json("alice", {"type": "say", "cid": 1, "text": "first"})
    driver.json("alice", {"type": "say", "cid": 2**53, "text": "silence alice"})
    (error,) = driver.of_type("alice", "error")
    assert error["code"] == "bad_cid"
    driver.json("alice", {"type": "say", "cid": MAX_CID_STEP + 2, "text": "too far"})
    driver.json("alice", {"type": "say", "cid": 2, "text": "heard"})
    assert driver.of_type("alice", "ack")[-1]["cid"] == 2
    assert any(line.endswith("<alice> heard") for line in driver.lines("bob"))
    assert not any("silence" in line or "too far" in line for line in driver.lines("bob"))


def test_a_fresh_identity_takes_its_first_cid_however_large() -> None:
    # A long-lived client (its numbers past the step) meets a server that forgot it.
    driver = RoomDriver()
    driver.join_app("old", "old", client_id="old-client")
    driver.json("old", {"type": "say", "cid": 3 * MAX_CID_STEP, "text": "hello again"})
    assert driver.of_type("old", "ack")[-1]["cid"] == 3 * MAX_CID_STEP


def test_a_half_sent_first_line_times_out_but_a_silent_reader_joins() -> None:
    driver = RoomDriver(join_timeout=10.0)
    driver.connect("slow")
    driver.send("slow", b'{"type":"hel')
    driver.connect("reader")
    driver.advance(1.0)
    assert "You are guest-" in driver.received["reader"].decode()
    assert "slow" not in driver.closed and not driver.room.peers()[0].joined
    driver.advance(10.0)
    assert driver.closed["slow"] == "no complete line"
    assert "No complete line within 10 s" in driver.received["slow"].decode()


def test_a_slow_hello_that_completes_in_time_joins_as_an_app() -> None:
    driver = RoomDriver()
    driver.connect("slow")
    driver.send("slow", b'{"type":"hello","nick":"')
    driver.advance(3.0)
    driver.send("slow", b'turtle","client_id":"t1"}\n')
    assert driver.of_type("slow", "welcome")[-1]["nick"] == "turtle"


def test_connections_per_address_are_capped() -> None:
    driver = RoomDriver(max_per_address=3)
    for number in range(3):
        assert driver.connect(f"same-{number}", ip="192.0.2.9") is not None
    assert driver.connect("one-more", ip="192.0.2.9") is None
    assert b"Too many connections from 192.0.2.9: at most 3" in driver.refused["one-more"]
    assert driver.connect("someone-else", ip="192.0.2.10") is not None


def test_a_full_room_makes_room_by_closing_the_longest_silent_guest() -> None:
    driver = RoomDriver(max_clients=3, evict_silent_after=30.0)
    driver.connect("lurker-1")
    driver.advance(1.0)
    driver.connect("lurker-2")
    driver.join_raw("talker", "talker")
    assert driver.connect("early", ip="192.0.2.1") is None  # nobody silent long enough
    driver.advance(40.0)
    assert driver.connect("newcomer", ip="192.0.2.2") is not None
    assert driver.closed == {"lurker-1": "made room for a newcomer"}


def test_nick_changes_are_rate_limited() -> None:
    driver = RoomDriver(nick_burst=3, nick_interval=10.0)
    driver.join_raw("bob", "bob")
    for number in range(3):
        driver.line("bob", f"/nick bob{number}")
    driver.line("bob", "/nick bob9")
    assert "-!- ! Too many nickname changes: try again in 10 s." in driver.lines("bob")
    driver.advance(10.0)
    driver.line("bob", "/nick bob9")
    assert driver.room.users()[0].nick == "bob9"


def test_user_list_changes_go_out_as_deltas_not_whole_lists() -> None:
    driver = RoomDriver(max_per_address=0, nick_burst=100, identity_interval=0)
    for number in range(100):
        driver.join_app(f"app-{number}", f"user{number:03d}")
    first = driver.of_type("app-99", "users")
    assert len(first) == 1 and len(first[0]["users"]) == 100  # a joiner gets the whole list
    for number in range(100):
        driver.clear(f"app-{number}")
    driver.json("app-0", {"type": "say", "cid": 1, "text": "/nick renamed"})
    total = sum(len(driver.received[f"app-{n}"]) for n in range(100))
    (delta,) = driver.of_type("app-50", "users_delta")
    assert delta["left"] == ["user000"] and [u["nick"] for u in delta["joined"]] == ["renamed"]
    assert not driver.of_type("app-50", "users")
    assert total < 100 * 400  # was ~780 KB for 100 app users


def test_options_are_validated() -> None:
    for bad in (
        {"flood_limit": math.nan},
        {"flood_limit": math.inf},
        {"flood_limit": -1.0},
        {"max_clients": 0},
        {"join_grace": math.nan},
        {"max_line": 10},
        {"max_per_address": -1},
        {"history_limit": 0},
        {"idle_timeout": "60"},
        {"port": 70000},
    ):
        with pytest.raises(ValueError, match="must be"):
            ServerConfig(**bad)


class _BrokenRoom(Room):
    """A room with a bug that one input triggers (the barrier's test needs a fault)."""

    def _relay_plain(self, peer, texts):
        if "trigger the bug" in texts:
            raise RuntimeError("a bug in the room")
        return super()._relay_plain(peer, texts)


def test_a_fault_while_handling_one_peer_closes_only_that_peer() -> None:
    driver = RoomDriver()
    driver.room = _BrokenRoom(driver.config, wall_clock=lambda: driver.now)
    driver.join_raw("bob", "bob")
    driver.join_raw("evil", "evil")
    driver.line("evil", "/me is about to")
    driver.line("evil", "/nick trigger")
    driver.send("evil", b"/who\ntrigger the bug\n")
    assert driver.closed["evil"] == "protocol error"
    assert driver.room.faults == 1
    (fault,) = [e for e in driver.events if isinstance(e, PeerFault)]
    assert "a bug in the room" in fault.error and fault.total == 1
    assert "-!- trigger left (protocol error)" in driver.lines("bob")
    _room_still_relays(driver)


def test_history_file_is_bounded_by_count(tmp_path) -> None:
    history = RoomHistory(50, tmp_path / "h.sqlite", limit=1000)
    room = Room(ServerConfig(announce=False), history)
    driver = RoomDriver()
    driver.room = room
    driver.config = room.config
    driver.join_raw("talker", "talker")
    for _ in range(40):
        driver.send("talker", b"".join(b"line %d\n" % n for n in range(100)))
        driver.advance(3.0)
    assert history.last_id > 4000
    assert history.message_count() <= 2000  # pruned to the limit once a thousand more came
    history.close()


def test_history_file_is_bounded_by_size(tmp_path) -> None:
    path = tmp_path / "h.sqlite"
    history = RoomHistory(50, path, limit=10**6, max_bytes=1024 * 1024)
    room = Room(ServerConfig(announce=False, flood_limit=0), history)
    driver = RoomDriver()
    driver.room = room
    driver.join_raw("talker", "talker")
    for turn in range(100):
        driver.send("talker", b"".join(b"%d %s\n" % (turn, b"z" * 900) for _ in range(20)))
    assert history.failure == ""
    history.close()
    assert path.stat().st_size <= 1024 * 1024


def test_a_history_at_its_size_limit_is_pruned_not_switched_off(tmp_path) -> None:
    # One turn writes more than the whole file may hold: SQLite says "database or disk
    # is full" (max_page_count); the oldest rows go and the file is written on.
    history = RoomHistory(50, tmp_path / "h.sqlite", max_bytes=64 * 1024)
    room = Room(ServerConfig(announce=False, flood_limit=0, max_line=200_000), history)
    driver = RoomDriver()
    driver.room = room
    driver.join_raw("talker", "talker")
    driver.join_raw("listener", "listener")
    driver.send("talker", b"".join(b"%s\n" % (b"q" * 1000) for _ in range(200)))
    driver.line("talker", "after the file filled")
    assert history.failure == ""
    assert not [e for e in driver.events if isinstance(e, ErrorEvent)]
    assert driver.lines("listener")[-1].endswith("<talker> after the file filled")
    history.close()
    with sqlite3.connect(tmp_path / "h.sqlite") as db:
        texts = [row[0] for row in db.execute("SELECT text FROM messages")]
    assert "after the file filled" in texts


@pytest.fixture
def tiny_disk(tmp_path):
    """A 256 KiB file system of our own (tmpfs, as root on Linux), removed afterwards."""
    if sys.platform != "linux" or os.geteuid() != 0:
        pytest.skip("a full disk is made with a small tmpfs: Linux, as root")
    folder = tmp_path / "tiny"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def test_a_full_disk_stops_history_with_one_warning_and_the_room_goes_on(tiny_disk) -> None:
    history = RoomHistory(50, tiny_disk / "h.sqlite")
    room = Room(ServerConfig(announce=False, flood_limit=0), history)
    driver = RoomDriver()
    driver.room = room
    driver.join_raw("talker", "talker")
    driver.join_raw("listener", "listener")
    for turn in range(40):  # 40 turns of 40 KB: the disk is full long before the end
        driver.send("talker", b"".join(b"%d %s\n" % (turn, b"d" * 1000) for _ in range(40)))
    warnings = [e for e in driver.events if isinstance(e, ErrorEvent) and e.field == "history"]
    assert len(warnings) == 1 and "full" in warnings[0].message, warnings
    driver.line("talker", "after the disk filled")
    assert driver.lines("listener")[-1].endswith("<talker> after the disk filled")
    assert len([e for e in driver.events if isinstance(e, ErrorEvent)]) == 1
    history.close()


def test_remembered_identities_are_bounded() -> None:
    history = RoomHistory(50, max_identities=100)
    driver = RoomDriver(history, max_per_address=0, identity_interval=0)
    for number in range(300):
        driver.connect(f"c{number}")
        driver.hello(f"c{number}", f"n{number}", f"forged-{number}")
        driver.room.connection_lost(driver.peers[f"c{number}"], "gone")
    assert history.identity_count == 100


def test_a_connected_identity_is_never_forgotten_under_churn() -> None:
    history = RoomHistory(50, max_identities=10)
    driver = RoomDriver(history, max_per_address=0, identity_interval=0)
    welcome = driver.join_app("alice", "alice", client_id="alice-id")
    for number in range(30):  # thirty newcomers churn the table of ten
        driver.connect(f"c{number}")
        driver.hello(f"c{number}", f"n{number}", f"other-{number}")
        driver.room.connection_lost(driver.peers[f"c{number}"], "gone")
    assert history.identity_secret("alice-id") == welcome["resume"]
    assert history.identity_count <= 10
    driver.json("alice", {"type": "say", "cid": 1, "text": "still me"})
    driver.connect("thief")
    driver.hello("thief", "thief", "alice-id")
    assert driver.of_type("thief", "welcome")[-1]["client_id"] != "alice-id"
    assert "alice" not in driver.closed


def test_new_identities_are_rate_limited_per_address() -> None:
    driver = RoomDriver(max_per_address=0, identity_burst=3, identity_interval=10.0)
    for number in range(3):
        driver.join_app(f"c{number}", f"n{number}")
    driver.connect("fourth")
    driver.hello("fourth", "n4", "id-fourth")
    assert driver.closed["fourth"] == "too many new identities"
    assert driver.of_type("fourth", "error")[-1]["code"] == "identity_rate"
    driver.connect("elsewhere", ip="192.0.2.8")  # another address is not held back
    driver.hello("elsewhere", "n5", "id-elsewhere")
    assert driver.of_type("elsewhere", "welcome")
    driver.advance(10.0)
    driver.join_app("later", "n6")  # one more after the interval
    assert "later" not in driver.closed
    driver.connect("again")  # a known identity with its secret is no new one
    secret = driver.of_type("c0", "welcome")[-1]["resume"]
    driver.hello("again", "n0", "id-c0", resume=secret)
    assert driver.of_type("again", "welcome")[-1]["client_id"] == "id-c0"


def test_a_flood_held_as_bytes_comes_out_whole_and_in_order() -> None:
    driver = RoomDriver()  # 50 lines a second, bursts of 100
    driver.join_raw("flooder", "flooder")
    driver.join_raw("bob", "bob")
    driver.send("flooder", b"".join(b"line %04d\n" % n for n in range(1000)))
    peer = driver.peers["flooder"]
    assert len(peer.backlog) <= 256 and peer.held  # the rest waits as bytes
    driver.advance(25.0)
    relayed = [line.split("> ", 1)[1] for line in driver.lines("bob") if "<flooder> " in line]
    assert relayed == [f"line {n:04d}" for n in range(1000)]
    assert not peer.backlog and not peer.held


def test_a_late_hello_from_a_silent_guest_makes_it_an_app_under_its_name() -> None:
    driver = RoomDriver()
    driver.join_raw("bob", "bob")
    driver.connect("slow")
    driver.advance(1.0)  # joined as a guest before its hello came
    guest = driver.room.users()[-1].nick
    assert guest.startswith("guest-")
    driver.hello("slow", "alice", "alice-id")
    welcome = driver.of_type("slow", "welcome")[-1]
    assert welcome["nick"] == "alice" and welcome["client_id"] == "alice-id"
    assert f"-!- {guest} is now alice" in driver.lines("bob")
    assert not any("alice-id" in line for line in driver.lines("bob"))
    driver.json("slow", {"type": "say", "cid": 1, "text": "hello, as an app"})
    assert driver.lines("bob")[-1].endswith("<alice> hello, as an app")
