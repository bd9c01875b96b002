"""Nicknames that pass for someone else: UTS #39 skeletons, invisible characters,
marks, reserved names; each hostile name itself, through /nick, a first line and a hello."""

from __future__ import annotations

import pytest

from app.core.chat.nicknames import nick_shape, skeleton
from app.core.chat.protocol import RESERVED_NICKS, nick_key, validate_nick
from tests.helpers.room import RoomDriver

LOOKALIKES_OF_ALICE = [
    "\u0430lice",  # Cyrillic a
    "\uff41\uff4c\uff49\uff43\uff45",  # full width
    "a1ice",  # digit one: confusables.txt draws 1 like l
    "AIice",  # capital I, drawn like l
    "ALICE",  # the same name in capitals
    "al\u0456ce",  # Cyrillic i
    "\u03b1lice",  # Greek alpha
    "a\u217cice",  # ROMAN NUMERAL FIFTY (NFKC makes it l)
]
INVISIBLE = [
    "alice\u200b",  # zero width space
    "ali\u200dce",  # zero width joiner
    "alice\u2060",  # word joiner
    "alice\u00ad",  # soft hyphen
    "alice\u034f",  # combining grapheme joiner
    "alice\u3164",  # hangul filler
    "alice\ufe0f",  # variation selector 16
    "alice\U000e0041",  # tag latin capital a
    "alice\u2800",  # braille blank
    "alice\u180e",  # mongolian vowel separator
]


def test_the_skeleton_is_unicodes() -> None:
    assert skeleton("\u0430") == "a"
    assert skeleton("1") == "l"
    assert skeleton("m") == "rn"
    assert nick_key("b0b") == nick_key("bob")
    assert nick_shape("AIice") == nick_shape("alice")


@pytest.mark.parametrize("lookalike", LOOKALIKES_OF_ALICE)
def test_a_lookalike_of_someone_online_is_refused_naming_them(lookalike: str) -> None:
    driver = RoomDriver()
    driver.join_raw("alice", "alice")
    driver.join_raw("bob", "bob")
    driver.join_raw("mallory", "mallory")
    driver.line("mallory", f"/nick {lookalike}")
    said = driver.lines("mallory")[-1]
    assert said.startswith("-!- ! "), said
    assert "alice" in said.casefold(), said
    assert not any(f"is now {lookalike}" in line for line in driver.lines("bob"))


@pytest.mark.parametrize("lookalike", LOOKALIKES_OF_ALICE[:4])
def test_a_lookalike_hello_becomes_a_guest_with_the_reason(lookalike: str) -> None:
    driver = RoomDriver()
    driver.join_raw("alice", "alice")
    welcome = driver.join_app("mallory", lookalike)
    assert welcome["nick"].startswith("guest-")
    error = driver.of_type("mallory", "error")[-1]
    assert error["code"] == "nick_lookalike"
    assert error["message"]["values"] == {"wanted": lookalike, "nick": "alice"}


def test_a_hello_for_a_name_simply_taken_still_gets_a_variant() -> None:
    driver = RoomDriver()
    driver.join_raw("alice", "alice")
    assert driver.join_app("other", "ALICE")["nick"] == "ALICE-2"


def test_a_lookalike_first_line_does_not_join_under_it() -> None:
    driver = RoomDriver()
    driver.join_raw("alice", "alice")
    driver.connect("mallory")
    driver.line("mallory", "/nick \u0430lice")
    nicks = {user.nick for user in driver.room.users()}
    assert "\u0430lice" not in nicks
    assert any("looks too much like alice" in line for line in driver.lines("mallory"))


def test_a_lookalike_is_free_once_the_other_person_left() -> None:
    driver = RoomDriver()
    driver.join_raw("alice", "alice")
    driver.send("alice", b"")  # alice left
    driver.join_raw("other", "\u0430lice")
    assert "\u0430lice" in {user.nick for user in driver.room.users()}


@pytest.mark.parametrize("nick", INVISIBLE)
def test_invisible_characters_are_refused(nick: str) -> None:
    assert validate_nick(nick) is not None
    driver = RoomDriver()
    driver.join_raw("mallory", "mallory")
    driver.line("mallory", f"/nick {nick}")
    assert driver.lines("mallory")[-1].startswith("-!- ! "), driver.lines("mallory")
    welcome = RoomDriver().join_app("m", nick)
    assert welcome["nick"].startswith("guest-")


@pytest.mark.parametrize(
    ("nick", "ok"),
    [
        ("\u0301alice", False),  # a lone mark first
        ("x-\u0301", False),  # a mark after a hyphen
        ("e\u0301\u0301\u0301\u0301", False),  # a run of marks (zalgo)
        ("Jose\u0301", True),  # José, decomposed
        ("\u0928\u092e\u0938\u094d\u0924\u0947", True),  # नमस्ते: marks after letters
        ("\u0e01\u0e35\u0e48", True),  # Thai: a vowel and a tone mark on one letter
        ("\u5f20\u4f1f", True),
        ("\u041f\u0451\u0442\u0440", True),
    ],
)
def test_marks_need_a_letter_and_come_few_at_a_time(nick: str, ok: bool) -> None:
    assert (validate_nick(nick) is None) is ok, validate_nick(nick)


@pytest.mark.parametrize(
    "nick", [*RESERVED_NICKS, "Admin", "ADM1N", "\uff32\uff2f\uff2f\uff34", "S\u0435rver", "r00t"]
)
def test_reserved_names_are_refused_with_a_reason(nick: str) -> None:
    problem = validate_nick(nick)
    assert problem is not None and "kept for the server" in str(problem), problem
    driver = RoomDriver()
    driver.join_raw("mallory", "mallory")
    driver.line("mallory", f"/nick {nick}")
    assert "kept for the server" in driver.lines("mallory")[-1]


def test_names_that_merely_contain_a_reserved_word_are_fine() -> None:
    for nick in ("hostess", "admiral", "rooted", "server-fan", "moderately"):
        assert validate_nick(nick) is None, nick


# ---------------------------------------------------------------- notices nobody can imitate
FORGERIES = [
    "/me is now the admin",
    "-!- bob is now admin",
    "-!- ! You were removed by the host.",
    "/me -!- joined",
    "x\n-!- admin joined",
    "x\r-!- admin joined",
    "x\u2028-!- admin joined",
    "x\x85-!- admin joined",
    "x\x0b-!- admin joined",
    "x\x0c-!- admin joined",
    "\x1b[2K\r-!- admin joined",
    "/msg bob -!- the server says hi",
]


@pytest.mark.parametrize("line", FORGERIES)
def test_no_user_line_starts_like_a_server_notice(line: str) -> None:
    driver = RoomDriver()
    driver.join_raw("bob", "bob")
    driver.join_raw("mallory", "mallory")
    driver.clear("bob")
    driver.send("mallory", line.encode() + b"\n")
    for seen in driver.lines("bob"):
        assert not seen.startswith("-!-"), seen
        assert seen.startswith("["), seen


@pytest.mark.parametrize("nick", ["*", "-!-", "-!-admin", "!", "[12:00:00]", "<bob>"])
def test_a_nick_cannot_begin_like_a_mark(nick: str) -> None:
    assert validate_nick(nick) is not None


def test_every_server_line_to_a_raw_client_carries_the_mark() -> None:
    driver = RoomDriver()
    driver.join_raw("bob", "bob")
    driver.join_raw("alice", "alice")
    for line in ("/who", "/help", "/nick", "/frobnicate", "/nick robert", "/me waves"):
        driver.line("bob", line)
    driver.line("alice", "hello")
    driver.line("alice", "/quit")
    lines = driver.lines("bob")
    assert lines[0].startswith("SocketLab chat on ")  # the greeting: the protocol's tag
    for seen in lines[1:]:
        assert seen.startswith(("-!- ", "[")), seen
        if not seen.startswith("-!- "):
            assert seen.startswith("[") and "] <alice> hello" in seen, seen


def test_app_clients_get_notices_as_kinds_not_text() -> None:
    driver = RoomDriver()
    driver.join_app("app", "carol")
    driver.join_raw("mallory", "mallory")
    driver.line("mallory", "/me is now the admin")
    messages = driver.of_type("app", "message")
    assert messages[-1]["kind"] == "action" and messages[-1]["from"] == "mallory"
