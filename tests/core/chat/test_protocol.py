"""Protocol pieces: framing under any recv() cut, sanitising, nicknames, greeting."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.chat.protocol import (
    ChatMessage,
    Kind,
    LineFramer,
    decode_json,
    encode_json,
    greeting_line,
    parse_greeting,
    sanitize_text,
    validate_nick,
)


def test_framer_joins_bytes_split_anywhere() -> None:
    framer = LineFramer()
    lines: list[str] = []
    for byte in "héllo wörld\r\nsecond\n".encode():
        got, too_long = framer.feed(bytes([byte]))
        lines.extend(got)
        assert too_long == 0
    assert lines == ["héllo wörld", "second"]


@given(
    st.lists(
        st.text(alphabet=st.characters(blacklist_characters="\r\n", blacklist_categories=("Cs",))),
        max_size=20,
    ),
    st.data(),
)
def test_framer_any_cut_gives_the_same_lines(texts: list[str], data) -> None:
    stream = "".join(t + "\n" for t in texts).encode()
    cuts = sorted(data.draw(st.lists(st.integers(0, len(stream)), max_size=10)))
    framer = LineFramer()
    lines: list[str] = []
    start = 0
    for cut in [*cuts, len(stream)]:
        lines.extend(framer.feed(stream[start:cut])[0])
        start = cut
    assert lines == texts


def test_framer_replaces_invalid_utf8() -> None:
    lines, _ = LineFramer().feed(b"caf\xc3 ok \xff\xfe\n")
    assert lines == ["caf\ufffd ok \ufffd\ufffd"]


def test_framer_discards_an_over_long_line_up_to_its_newline() -> None:
    framer = LineFramer(max_line=10)
    assert framer.feed(b"x" * 8) == ([], 0)
    assert framer.feed(b"y" * 8) == ([], 1)  # over the limit: reported once
    assert framer.feed(b"z" * 50) == ([], 0)  # still the same line: dropped quietly
    assert framer.feed(b"zz\nnext\n") == (["next"], 0)
    assert framer.feed(b"a" * 20 + b"\nok\n") == (["ok"], 1)


def test_sanitize_strips_ansi_and_control_characters() -> None:
    assert sanitize_text("\x1b[2J\x1b[Hhi \x1b[31mred\x1b[0m") == "hi red"
    assert sanitize_text("\x1b]0;pwned title\x07after") == "after"
    assert sanitize_text("bell\x07 back\x08space\x00 del\x7f c1\x9b31m") == "bell backspace del c1"
    assert sanitize_text("tab\there") == "tab    here"
    assert sanitize_text("bidi \u202eevil\u202c") == "bidi evil"
    assert sanitize_text("中文 ok ✓") == "中文 ok ✓"


@pytest.mark.parametrize(
    ("nick", "problem"),
    [
        ("alice", None),
        ("Алиса", None),
        ("张三", None),
        ("a" * 32, None),
        ("", "at least one character"),
        ("a" * 33, "at most 32 characters"),
        ("two words", "cannot contain spaces"),
        ("bell\x07", "printable"),
        ("*star", "cannot start with '*'"),
        ("/slash", "cannot start with '/'"),
    ],
)
def test_validate_nick(nick: str, problem: str | None) -> None:
    result = validate_nick(nick)
    if problem is None:
        assert result is None
    else:
        assert result is not None and problem in result


def test_greeting_is_readable_and_detectable() -> None:
    line = greeting_line("192.168.1.23", 5555, 2)
    assert line == "SocketLab chat on 192.168.1.23:5555, 2 online. Type /help. [SLCHAT/1]"
    assert parse_greeting(line) == 1
    assert parse_greeting(greeting_line("::1", 5555, 0)).__eq__(1)
    assert parse_greeting("HTTP/1.1 400 Bad Request") is None
    assert parse_greeting("SSH-2.0-OpenSSH_9.2 [SLCHAT/1]") is None


def test_message_renders_as_the_notes_show() -> None:
    import time

    at = time.mktime((2026, 11, 21, 12, 1, 5, 0, 0, -1))
    assert ChatMessage(1, Kind.MESSAGE, "alice", "hello", at).render() == "[12:01:05] <alice> hello"
    assert ChatMessage(2, Kind.JOIN, "bob", time=at).render() == "-!- bob joined"
    assert (
        ChatMessage(3, Kind.NICK, "bob", time=at, target="bobby").render() == "-!- bob is now bobby"
    )
    assert (
        ChatMessage(4, Kind.LEAVE, "bob", time=at, reason="connection lost").render()
        == "-!- bob left (connection lost)"
    )
    private = ChatMessage(5, Kind.PRIVATE, "alice", "psst", at, target="bob")
    assert private.render("bob") == "[12:01:05] <alice> (private) psst"
    assert private.render("alice") == "[12:01:05] -> bob (private): psst"


def test_json_round_trip() -> None:
    message = ChatMessage(7, Kind.ACTION, "alice", "waves", 1.5)
    line = encode_json(message.to_wire())
    assert line.endswith(b"\n")
    assert ChatMessage.from_wire(decode_json(line.decode().strip())) == message
    assert decode_json("not json") is None
    assert decode_json("[1, 2]") is None
    assert decode_json("{broken") is None


def test_a_servers_message_travels_with_its_template_and_comes_back_whole() -> None:
    from app.core.chat.protocol import (
        BAD_NICK,
        NO_SUCH_NICK,
        message_from_wire,
        message_to_wire,
        validate_nick,
    )
    from app.core.messages import Message

    plain = Message(NO_SUCH_NICK, nick="bob")
    wire = message_to_wire(plain)
    assert wire == {"template": "Nobody called {nick} is online.", "values": {"nick": "bob"}}
    back = message_from_wire(json.loads(json.dumps(wire)))
    assert back == plain and back.template == NO_SUCH_NICK
    nested = Message(BAD_NICK, problem=validate_nick("two words"))
    back = message_from_wire(json.loads(json.dumps(message_to_wire(nested))))
    assert back == "A nickname cannot contain spaces. Usage: /nick NAME"
    assert isinstance(back.values["problem"], Message)


@pytest.mark.parametrize(
    "sent",
    [
        {"template": "You owe {amount}.", "values": {"amount": 5}},  # not one of ours
        {"template": "Nobody called {nick.__class__} is online.", "values": {"nick": "x"}},
        {"template": "Nobody called {nick} is online.", "values": {}},  # a value missing
        {"template": "Nobody called {nick} is online.", "values": {"nick": [1, 2]}},
        {"template": "Nobody called {nick} is online.", "values": {"nick": True}},
        {"template": "Nobody called {nick} is online.", "values": "nick"},
        "Nobody called {nick} is online.",
        None,
    ],
)
def test_a_made_up_or_malformed_message_from_a_server_is_not_used(sent: object) -> None:
    from app.core.chat.protocol import message_from_wire

    assert message_from_wire(sent) is None


def test_a_message_nested_too_deep_is_not_used() -> None:
    from app.core.chat.protocol import message_from_wire

    sent: dict = {"template": "{problem} Usage: /nick NAME", "values": {}}
    deepest = sent
    for _ in range(6):
        inner = {"template": "{problem} Usage: /nick NAME", "values": {}}
        deepest["values"]["problem"] = inner
        deepest = inner
    assert message_from_wire(sent) is None
