"""Fuzzing the chat protocol logic without sockets: random and hostile byte streams.

A short run in CI (Hypothesis, a few hundred examples each); `scripts/fuzz_chat.py`
runs the same targets for as long as a developer likes, coverage-guided with atheris
where it installs (docs/PROTOCOL.md, "Fuzzing"). The room's fault barrier would hide a
bug from the peers, so these tests assert that it never had to catch anything.
"""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import safejson
from app.core.chat.outbox import Outbox
from app.core.chat.protocol import LineFramer, decode_json
from app.core.chat.session import ClientSession
from app.core.events import Event
from tests.helpers.room import RoomDriver

#: CI's short run is the same every time; scripts/fuzz_chat.py asks for a long random one.
_LONG_RUN = int(os.environ.get("SOCKETLAB_FUZZ_EXAMPLES", "0"))
FUZZ = settings(
    max_examples=_LONG_RUN or 300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    derandomize=not _LONG_RUN,
)

# Pieces that matter to the protocol, so random streams reach deep states quickly.
_WORDS = [
    b"\n",
    b"\r\n",
    b"/nick ",
    b"/me ",
    b"/msg ",
    b"/who",
    b"/quit",
    b"/help",
    b"//",
    b"alice",
    b"{",
    b"}",
    b"[",
    b"]",
    b'"type":',
    b'"hello"',
    b'"say"',
    b'"who"',
    b'"ping"',
    b'"quit"',
    b'"cid":',
    b'"text":',
    b'"nick":',
    b'"client_id":',
    b'"resume":',
    b'"last_id":',
    b"1e999",
    b"NaN",
    b"Infinity",
    b"-1",
    b"9223372036854775808",
    b"0",
    b"7",
    b",",
    b"\x1b[2J",
    b"\xff\xfe",
    b"\xe4\xbd\xa0",
    b"\x00",
]
_chunks = st.one_of(st.sampled_from(_WORDS), st.binary(max_size=40))
_streams = st.lists(_chunks, max_size=60).map(b"".join)
_hello = st.fixed_dictionaries(
    {"type": st.just("hello")},
    optional={
        "nick": st.one_of(st.text(max_size=40), st.integers(), st.none(), st.lists(st.integers())),
        "client_id": st.one_of(st.text(max_size=70), st.sampled_from(["a", "b"]), st.integers()),
        "resume": st.one_of(st.text(max_size=40), st.none()),
        "last_id": st.one_of(st.integers(), st.floats(allow_nan=False), st.text(max_size=5)),
    },
)
_say = st.fixed_dictionaries(
    {"type": st.sampled_from(["say", "who", "ping", "pong", "quit", "bogus"])},
    optional={
        "cid": st.one_of(st.integers(), st.floats(allow_nan=False), st.booleans(), st.text()),
        "text": st.one_of(st.text(max_size=60), st.integers(), st.none()),
    },
)


@FUZZ
@given(data=_streams, cuts=st.lists(st.integers(0, 400), max_size=8))
def test_the_framer_gives_the_same_lines_however_the_bytes_are_cut(data, cuts) -> None:
    whole = LineFramer(max_line=64)
    expected, expected_long = whole.feed(data)
    pieces, start = [], 0
    for cut in sorted(set(cuts)):
        pieces.append(data[start:cut])
        start = max(start, cut)
    pieces.append(data[start:])
    cut_framer = LineFramer(max_line=64)
    lines, too_long = [], 0
    for piece in pieces:
        got, long_count = cut_framer.feed(piece)
        lines += got
        too_long += long_count
    assert lines == expected
    assert all(len(line.encode("utf-8", "surrogatepass")) <= 64 * 3 for line in lines)
    assert cut_framer.pending <= 64 and too_long >= expected_long


@FUZZ
@given(st.text(max_size=200))
def test_the_safe_decoder_only_returns_objects_or_none(text) -> None:
    value = decode_json(text)
    assert value is None or isinstance(value, dict)


@FUZZ
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(), st.lists, max_leaves=30))
def test_the_safe_decoder_agrees_with_json_within_its_limits(value) -> None:
    text = json.dumps(value)
    if safejson.nesting_depth(text) <= safejson.DEFAULT_MAX_DEPTH:
        assert safejson.loads(text) == value


@FUZZ
@given(streams=st.lists(st.tuples(st.integers(0, 2), _streams), min_size=1, max_size=12))
def test_random_bytes_from_several_peers_never_break_the_room(streams) -> None:
    driver = RoomDriver(max_per_address=0, join_grace=0.01)
    names = ["p0", "p1", "p2"]
    for name in names:
        driver.connect(name)
    for who, data in streams:
        name = names[who]
        if name in driver.closed:
            continue
        driver.send(name, data)
        driver.advance(0.02)
    assert driver.room.faults == 0
    driver.join_raw("witness-a", "wa")
    driver.join_raw("witness-b", "wb")
    driver.line("witness-a", "after the fuzz")
    assert driver.lines("witness-b")[-1].endswith("<wa> after the fuzz")


@FUZZ
@given(
    hello=_hello,
    says=st.lists(_say, max_size=10),
    junk=st.lists(_streams, max_size=3),
)
def test_random_app_conversations_never_break_the_room(hello, says, junk) -> None:
    driver = RoomDriver(max_per_address=0, join_grace=0.01)
    driver.join_raw("bob", "bob")
    driver.connect("app")
    driver.line("app", json.dumps(hello))
    for obj in says:
        if "app" in driver.closed:
            break
        driver.line("app", json.dumps(obj))
    for data in junk:
        if "app" in driver.closed:
            break
        driver.send("app", data + b"\n")
    driver.advance(1.0)
    assert driver.room.faults == 0
    for line in driver.lines("app"):
        if line.startswith("{"):
            assert isinstance(json.loads(line), dict)  # the server only sends valid JSON
    driver.join_raw("carol", "carol")
    driver.line("bob", "still here")
    assert driver.lines("carol")[-1].endswith("<bob> still here")


_GREETING = b"SocketLab chat on 127.0.0.1:5555, 0 online. Type /help. [SLCHAT/1]\n"
_server_words = [
    b'{"type":"welcome","nick":"me","client_id":"c1","resume":"00","accepted_seq":0}\n',
    b'{"type":"history","messages":[',
    b'{"type":"message","kind":"message","id":',
    b'{"type":"users","users":[',
    b'{"type":"users_delta","left":["a"],"joined":[',
    b'{"nick":"a","address":"x","since":1,"app":true}',
    b'{"type":"ack","cid":',
    b'{"type":"error","code":"x","message":{"template":',
    b'{"type":"ping"}\n',
    b'"more":true',
    b"]}\n",
    b"}\n",
    b"1e999",
    b"NaN",
    b"2",
    b"-1",
    b"18446744073709551616",
    b'"from":"\x1b[2J",',
    b",",
    b"\n",
]
_server_streams = st.lists(
    st.one_of(st.sampled_from(_server_words), st.binary(max_size=30)), max_size=50
).map(b"".join)


@FUZZ
@given(data=_server_streams, typed=st.lists(st.text(max_size=20), max_size=4))
def test_a_hostile_server_never_breaks_the_client_session(data, typed) -> None:
    session = ClientSession(Outbox(), "me", server="127.0.0.1:5555")
    session.connection_made()
    session.receive_data(_GREETING, 1.0)
    for text in typed:
        session.send_text(text)
    for start in range(0, len(data), 17):
        events = session.receive_data(data[start : start + 17], 2.0)
        assert all(isinstance(event, Event) for event in events)
    assert session.faults == 0  # every bad line was refused by a check, none by the barrier
    assert len(session.users) <= session.max_users
    session.connection_lost(3.0)


@FUZZ
@given(says=st.lists(st.text(max_size=30), max_size=8), cuts=st.integers(1, 40))
def test_a_client_session_and_a_room_agree_over_any_cut(says, cuts) -> None:
    driver = RoomDriver(max_per_address=0)
    driver.join_raw("bob", "bob")
    session = ClientSession(Outbox(), "alice", server="room")
    session.connection_made()
    driver.connect("alice")

    def exchange() -> list[Event]:
        events: list[Event] = []
        for _ in range(10):
            data = bytes(driver.received["alice"])
            driver.clear("alice")
            for start in range(0, len(data), cuts):
                events += session.receive_data(data[start : start + cuts], driver.now)
            out = session.data_to_send()
            if not out and not data:
                break
            if out:
                driver.send("alice", out)
        return events

    exchange()
    assert session.mode == "app"
    for text in says:
        session.send_text(text)
    exchange()
    assert session.faults == 0 and session.malformed == 0
    quits = [i for i, text in enumerate(says) if _is_quit_command(text)]
    if quits:  # the room acknowledged the /quit and let her go: the rest waits, in order
        assert driver.closed.get("alice") == "quit"
        assert [text for _, text in session.outbox.pending()] == says[quits[0] + 1 :]
    else:
        assert session.outbox.pending() == []  # every line was acknowledged


def _is_quit_command(text: str) -> bool:
    """`/quit` in any case, as the room reads a line (`//quit` is a message)."""
    return (
        text.startswith("/")
        and not text.startswith("//")
        and (text[1:].partition(" ")[0].lower() == "quit")
    )
