"""Who may enter: the room password (raw /pass and the app's hello), bans, kicks."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.chat.entry import ADMIT_TIMEOUT, PASSWORD_TRIES, BanInfo, BanTable, ban_address
from app.core.chat.room import BansChanged
from tests.helpers.room import RoomDriver

SECRET = "correct horse"


def _online(driver: RoomDriver) -> set[str]:
    return {user.nick for user in driver.room.users()}


# ---------------------------------------------------------------- password, raw clients
def test_a_raw_client_is_asked_for_the_password_and_nothing_it_types_reaches_the_room() -> None:
    driver = RoomDriver(password=SECRET)
    driver.connect("bob", secure=True)
    driver.line("bob", "/pass " + SECRET)
    driver.line("bob", "/nick bob")
    driver.connect("eve", secure=True)
    driver.advance(1.0)
    assert driver.lines("eve")[-1] == "-!- This room needs a password: type /pass PASSWORD"
    driver.line("eve", "hello everyone")
    driver.line("eve", "/nick eve")
    driver.line("eve", "/me is in")
    assert not any("hello everyone" in line or "eve" in line for line in driver.lines("bob"))
    assert _online(driver) == {"bob"}
    assert driver.lines("eve")[-1] == "-!- This room needs a password: type /pass PASSWORD"


def test_the_right_password_lets_a_raw_client_in_as_a_guest() -> None:
    driver = RoomDriver(password=SECRET)
    driver.connect("bob", secure=True)
    driver.line("bob", "/pass " + SECRET)
    assert any(line.startswith("-!- You are guest-") for line in driver.lines("bob"))
    driver.line("bob", "/nick bob")
    assert _online(driver) == {"bob"}


def test_wrong_passwords_are_slowed_per_address_and_close_the_connection() -> None:
    driver = RoomDriver(password=SECRET)
    driver.connect("eve", "192.0.2.66", secure=True)
    driver.line("eve", "/pass guess1")
    assert driver.lines("eve")[-1] == "-!- ! Wrong password."
    driver.line("eve", "/pass " + SECRET)  # at once: not even checked
    assert driver.lines("eve")[-1].startswith(
        "-!- ! Too many wrong passwords from 192.0.2.66: try again in 1 s."
    )
    driver.line("eve", "/pass guess3")
    assert "eve" in driver.closed and driver.closed["eve"] == "wrong password"
    assert len([line for line in driver.lines("eve") if line.startswith("-!- !")]) == PASSWORD_TRIES
    # A new connection from the same address waits too, twice as long after each miss.
    driver.advance(1.5)
    driver.connect("eve2", "192.0.2.66", secure=True)
    driver.line("eve2", "/pass guess4")
    driver.line("eve2", "/pass guess5")
    assert "try again in 2 s" in driver.lines("eve2")[-1]
    # Another address is not slowed by eve's guesses.
    driver.connect("bob", "192.0.2.7", secure=True)
    driver.line("bob", "/pass " + SECRET)
    assert any("You are guest-" in line for line in driver.lines("bob"))
    # After the wait, the right password works from eve's address too.
    driver.advance(2.5)
    driver.connect("eve3", "192.0.2.66", secure=True)
    driver.line("eve3", "/pass " + SECRET)
    assert any("You are guest-" in line for line in driver.lines("eve3"))


def test_the_wait_doubles_up_to_a_minute_and_the_table_is_bounded() -> None:
    from app.core.chat.entry import PasswordGate

    gate = PasswordGate("x", max_addresses=100)
    now = 0.0
    for _ in range(12):
        now += gate.wait("a", now)
        assert not gate.check("a", "wrong", now)
    assert gate.wait("a", now) == 60.0
    for number in range(10_000):
        gate.check(f"10.0.{number // 256}.{number % 256}", "wrong", now)
    assert len(gate._failures) == 100


def test_a_password_over_plaintext_is_refused_with_how_to_use_tls() -> None:
    driver = RoomDriver(password=SECRET)
    driver.connect("eve")  # plaintext
    driver.line("eve", "/pass " + SECRET)
    said = driver.lines("eve")[-1]
    assert said.startswith("-!- ! This room's password is accepted only over an encrypted")
    assert "openssl s_client -quiet -connect 127.0.0.1:5555" in said
    assert "ncat --ssl 127.0.0.1 5555" in said
    assert driver.closed["eve"] == "password needs TLS"
    assert _online(driver) == set()
    # One that types nothing is told the same when the join grace is over.
    driver.connect("quiet")
    driver.advance(1.0)
    assert "encrypted connection" in driver.lines("quiet")[-1]
    assert "quiet" in driver.closed


def test_a_password_over_plaintext_is_taken_when_the_host_allows_it() -> None:
    driver = RoomDriver(password=SECRET, allow_plaintext_password=True)
    driver.connect("bob")
    driver.line("bob", "/pass " + SECRET)
    assert any("You are guest-" in line for line in driver.lines("bob"))


def test_a_connection_without_the_password_is_closed_after_a_while() -> None:
    driver = RoomDriver(password=SECRET, allow_plaintext_password=True)
    driver.connect("idle")
    driver.advance(ADMIT_TIMEOUT + 1)
    assert driver.closed["idle"] == "no password"
    assert "No password within" in driver.lines("idle")[-1]


# ---------------------------------------------------------------- password, app clients
def test_an_app_client_sends_the_password_in_its_hello() -> None:
    driver = RoomDriver(password=SECRET)
    driver.connect("alice", secure=True)
    driver.hello("alice", "alice", "id-alice", password=SECRET)
    assert driver.of_type("alice", "welcome")[-1]["nick"] == "alice"
    assert _online(driver) == {"alice"}


@pytest.mark.parametrize(
    ("extra", "code"),
    [({}, "password_required"), ({"password": "nope"}, "password_wrong")],
)
def test_an_app_client_without_the_right_password_is_told_and_closed(extra, code) -> None:
    driver = RoomDriver(password=SECRET)
    driver.connect("eve", secure=True)
    driver.hello("eve", "eve", "id-eve", **extra)
    errors = driver.of_type("eve", "error")
    assert [error["code"] for error in errors] == [code]
    assert errors[0]["message"]["template"]  # the client shows it in its own language
    assert not driver.of_type("eve", "welcome")
    assert "eve" in driver.closed and _online(driver) == set()


def test_an_app_hello_over_plaintext_is_refused_unless_allowed() -> None:
    driver = RoomDriver(password=SECRET)
    driver.connect("eve")
    driver.hello("eve", "eve", "id-eve", password=SECRET)
    assert driver.of_type("eve", "error")[-1]["code"] == "password_needs_tls"
    assert not driver.of_type("eve", "welcome")
    allowed = RoomDriver(password=SECRET, allow_plaintext_password=True)
    assert allowed.join_app("alice", "alice", password=SECRET)["nick"] == "alice"


def test_a_room_without_a_password_ignores_one() -> None:
    driver = RoomDriver()
    assert driver.join_app("alice", "alice", password="whatever")["nick"] == "alice"


# ---------------------------------------------------------------- bans
def test_banning_a_nick_bans_its_address_and_closes_everyone_from_it() -> None:
    driver = RoomDriver()
    driver.join_raw("bob", "bob", ip="192.0.2.7")
    driver.join_app("bob-app", "bobby", ip="192.0.2.7")
    driver.join_raw("alice", "alice", ip="192.0.2.1")
    ban = driver.room.ban("bob", None, now=driver.now)
    driver.pump()
    assert ban is not None and ban.address == "192.0.2.7" and ban.until is None
    assert driver.lines("bob")[-1] == "-!- ! You are banned from this room until the server stops."
    assert driver.of_type("bob-app", "error")[-1]["code"] == "banned"
    assert driver.closed["bob"] == driver.closed["bob-app"] == "banned"
    assert "-!- bob left (banned)" in driver.lines("alice")
    assert _online(driver) == {"alice"}
    assert [e for e in driver.events if isinstance(e, BansChanged)][-1].bans == (ban,)
    driver.connect("bob-again", "192.0.2.7")
    assert driver.refused["bob-again"] == (
        b"-!- ! You are banned from this room until the server stops.\n"
    )


def test_a_ban_for_minutes_ends_by_itself_and_says_until_when() -> None:
    driver = RoomDriver()
    driver.join_raw("bob", "bob", ip="192.0.2.7")
    ban = driver.room.ban("192.0.2.7", 10, now=driver.now)
    driver.pump()
    assert ban is not None and ban.until == driver.now + 600
    assert "until " in driver.lines("bob")[-1] and "server stops" not in driver.lines("bob")[-1]
    driver.connect("early", "192.0.2.7")
    assert b"You are banned from this room until " in driver.refused["early"]
    driver.events.clear()
    driver.advance(601)
    assert driver.room.bans() == ()
    assert [e for e in driver.events if isinstance(e, BansChanged)][-1].bans == ()
    assert driver.connect("later", "192.0.2.7") is not None


def test_unban_by_address_or_by_the_banned_nick() -> None:
    driver = RoomDriver()
    driver.join_raw("bob", "bob", ip="192.0.2.7")
    driver.room.ban("bob", now=driver.now)
    driver.room.ban("[2001:db8::5]:5555", 5, now=driver.now)
    assert {b.address for b in driver.room.bans()} == {"192.0.2.7", "2001:db8::5"}
    assert driver.room.unban("BOB") is not None  # the nick it was banned under
    assert driver.room.unban("2001:db8::5") is not None
    assert driver.room.unban("nobody") is None
    assert driver.room.bans() == ()
    assert driver.connect("bob-again", "192.0.2.7") is not None


def test_ban_refuses_what_is_neither_a_nick_nor_an_address() -> None:
    driver = RoomDriver()
    assert driver.room.ban("nobody", now=driver.now) is None
    for minutes in (0, -1, math.nan, math.inf):
        with pytest.raises(ValueError):
            driver.room.ban("192.0.2.7", minutes, now=driver.now)


def test_the_ban_table_is_bounded_and_drops_the_soonest_to_end() -> None:
    table = BanTable(limit=3)
    table.add(BanInfo("10.0.0.1"))
    table.add(BanInfo("10.0.0.2", until=500.0))
    table.add(BanInfo("10.0.0.3", until=100.0))
    table.add(BanInfo("10.0.0.4", until=900.0))
    assert {b.address for b in table.all()} == {"10.0.0.1", "10.0.0.2", "10.0.0.4"}
    for number in range(5000):
        table.add(BanInfo(f"10.1.{number // 256}.{number % 256}"))
    assert len(table) == 3


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("192.0.2.7", "192.0.2.7"),
        ("192.0.2.7:5555", "192.0.2.7"),
        ("[2001:db8::1]:5555", "2001:db8::1"),
        ("2001:DB8::1", "2001:db8::1"),
        ("::ffff:192.0.2.7", "192.0.2.7"),
        ("alice", None),
        ("", None),
    ],
)
def test_ban_addresses_are_read_as_the_room_writes_them(text: str, address: str | None) -> None:
    assert ban_address(text) == address


# ---------------------------------------------------------------- kick
def test_a_kicked_app_client_is_told_with_its_own_code() -> None:
    driver = RoomDriver()
    driver.join_app("bob", "bob")
    assert driver.room.kick("bob")
    driver.pump()
    assert driver.of_type("bob", "error")[-1]["code"] == "kicked"
    assert driver.closed["bob"] == "kicked"


def test_lines_typed_instead_of_the_password_are_answered_sparingly() -> None:
    driver = RoomDriver(password=SECRET, flood_limit=0)
    driver.connect("eve", secure=True)
    driver.send("eve", b"spam\n" * 5000)
    prompts = [line for line in driver.lines("eve") if "needs a password" in line]
    assert len(prompts) == 1
    driver.advance(3.0)
    driver.line("eve", "still here?")
    assert len([line for line in driver.lines("eve") if "needs a password" in line]) == 2


def test_pass_after_joining_says_so_and_echoes_nothing() -> None:
    driver = RoomDriver(password=SECRET)
    driver.connect("bob", secure=True)
    driver.line("bob", "/pass " + SECRET)
    driver.line("bob", "/pass " + SECRET)
    assert driver.lines("bob")[-1] == "-!- You are in the room already."
    assert not any(SECRET in line for line in driver.lines("bob"))


# ---------------------------------------------------------------- fuzz: the door holds
_DOOR_WORDS = [b"\n", b"/pass ", b"/PASS", b"/nick ", b"/me ", b"hi", b"\r", b" ", b"x",
               b"correct", b" horse", b'{"type":"hello","password":', b'"correct horse"',
               b"}", b"\xff", b"\x00"]  # fmt: skip


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    streams=st.lists(
        st.tuples(
            st.integers(0, 2),
            st.lists(st.one_of(st.sampled_from(_DOOR_WORDS), st.binary(max_size=20)), max_size=30),
        ),
        max_size=10,
    ),
    secure=st.booleans(),
)
def test_random_bytes_never_get_past_the_password_without_it(streams, secure) -> None:
    driver = RoomDriver(password=SECRET, max_per_address=0, join_grace=0.01)
    names = ["p0", "p1", "p2"]
    for name in names:
        driver.connect(name, secure=secure)
    for who, chunks in streams:
        name = names[who]
        if name not in driver.closed:
            driver.send(name, b"".join(chunks))
        driver.advance(0.3)
    assert driver.room.faults == 0
    for name in names:
        peer = driver.peers[name]
        sent = bytes(b"".join(b"".join(c) for w, c in streams if names[w] == name))
        knew = SECRET.encode() in sent
        if peer.joined:
            assert secure and knew, (name, sent)
