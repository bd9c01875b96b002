"""Who may enter, over real sockets on 127.0.0.1: the client's password, kicks and bans
through the engines' thread-safe calls, and a client that does not come back by itself."""

from __future__ import annotations

import json

import pytest

from app.core.chat.client import ChatClientEngine, ConnectionState, ServerNotice
from app.core.chat.outbox import Outbox
from app.core.chat.protocol import greeting_line
from app.core.chat.server import BansChanged
from app.core.chat.session import ClientSession
from app.core.events import ErrorEvent
from tests.helpers.chat import RawPeer, start_server

SECRET = "open sesame"


def _state(runner, state: str, **fields):
    def match(events) -> bool:
        return any(
            isinstance(e, ConnectionState)
            and e.state == state
            and all(getattr(e, k) == v for k, v in fields.items())
            for e in events
        )

    return runner.wait_for(match)


def _notice_codes(events) -> list[str]:
    return [e.code for e in events if isinstance(e, ServerNotice) and e.is_error]


def _stopped(runner) -> bool:
    runner.thread.join(5)
    return not runner.thread.is_alive()


# ---------------------------------------------------------------- the session's hello
def _hello(session: ClientSession, *, secure: bool) -> dict:
    session.connection_made(secure=secure)
    session.receive_data((greeting_line("127.0.0.1", 5555, 0) + "\n").encode(), 1.0)
    return json.loads(session.data_to_send())


@pytest.mark.parametrize(
    ("secure", "allow", "sent"),
    [(True, False, True), (False, False, False), (False, True, True)],
)
def test_the_password_travels_in_the_hello_only_over_tls_or_when_allowed(secure, allow, sent):
    session = ClientSession(Outbox(), "alice", password=SECRET, allow_plaintext_password=allow)
    hello = _hello(session, secure=secure)
    assert ("password" in hello) is sent
    if sent:
        assert hello["password"] == SECRET


def test_no_password_no_field() -> None:
    assert "password" not in _hello(ClientSession(Outbox(), "alice"), secure=True)


# ---------------------------------------------------------------- password, engines
def test_the_right_password_joins(run_engine) -> None:
    _, port, _ = start_server(run_engine, password=SECRET, allow_plaintext_password=True)
    client = ChatClientEngine(
        "127.0.0.1", port, "alice", password=SECRET, allow_plaintext_password=True
    )
    _state(run_engine(client), "connected")


def test_a_wrong_password_is_said_in_words_and_not_tried_again(run_engine) -> None:
    _, port, _ = start_server(run_engine, password=SECRET, allow_plaintext_password=True)
    client = ChatClientEngine(
        "127.0.0.1",
        port,
        "eve",
        password="guess",
        allow_plaintext_password=True,
        reconnect_delays=(0.05,),
    )
    runner = run_engine(client)
    events = _state(runner, "offline", refused="password_wrong")
    assert "password_wrong" in _notice_codes(events)
    wrong = next(e for e in events if isinstance(e, ServerNotice) and e.is_error)
    assert str(wrong.text) == "Wrong password."
    assert _stopped(runner)
    assert not any(isinstance(e, ConnectionState) and e.state == "reconnecting" for e in events)


def test_the_client_keeps_its_password_off_plaintext_and_says_why(run_engine) -> None:
    _, port, _ = start_server(run_engine, password=SECRET, allow_plaintext_password=True, tls=False)
    # A server without TLS: the password would cross the LAN readable, so it stays home.
    client = ChatClientEngine("127.0.0.1", port, "alice", password=SECRET, tls=False)
    runner = run_engine(client)
    events = _state(runner, "offline", refused="password_required")
    notice = next(e for e in events if isinstance(e, ServerNotice) and e.is_error)
    assert "only over an encrypted connection" in str(notice.text)


def test_a_server_refuses_a_password_over_plaintext_with_how_to_use_tls(run_engine) -> None:
    _, port, _ = start_server(run_engine, password=SECRET, join_grace=0.05)
    raw = RawPeer(port)
    line = raw.wait_for_line("encrypted connection")
    assert line.startswith("-!- ! ") and "ncat --ssl 127.0.0.1" in line
    raw.close()


def test_a_raw_client_types_pass_and_joins(run_engine) -> None:
    _, port, _ = start_server(
        run_engine, password=SECRET, allow_plaintext_password=True, join_grace=0.05
    )
    raw = RawPeer(port)
    assert raw.wait_for_line("password") == "-!- This room needs a password: type /pass PASSWORD"
    raw.send_line("/pass " + SECRET)
    raw.wait_for_line("You are guest-")
    raw.close()


# ---------------------------------------------------------------- kick and ban
def test_a_kicked_app_client_does_not_rejoin_by_itself(run_engine) -> None:
    server, port, _ = start_server(run_engine)
    client = ChatClientEngine("127.0.0.1", port, "alice", reconnect_delays=(0.05,))
    runner = run_engine(client)
    _state(runner, "connected")
    server.kick("alice")
    events = _state(runner, "offline", refused="kicked")
    assert "kicked" in _notice_codes(events)
    assert _stopped(runner)
    assert not any(isinstance(e, ConnectionState) and e.state == "reconnecting" for e in events)


def test_ban_and_unban_through_the_engine(run_engine) -> None:
    server, port, server_runner = start_server(run_engine, join_grace=0.05)
    client = ChatClientEngine("127.0.0.1", port, "alice", reconnect_delays=(0.05,))
    runner = run_engine(client)
    _state(runner, "connected")
    server.ban("alice", 5)
    _state(runner, "offline", refused="banned")
    assert _stopped(runner)
    events = server_runner.wait_for(lambda evs: any(isinstance(e, BansChanged) for e in evs))
    bans = [e for e in events if isinstance(e, BansChanged)][-1].bans
    assert [(b.address, b.nick) for b in bans] == [("127.0.0.1", "alice")]
    assert bans[0].until is not None
    refused = RawPeer(port)
    with pytest.raises(ConnectionError):
        refused.read_until(lambda lines: False)
    assert refused.lines == [refused.lines[0]]
    assert refused.lines[0].startswith("-!- ! You are banned from this room until ")
    server.unban("127.0.0.1")
    server_runner.wait_for(
        lambda evs: any(isinstance(e, BansChanged) and e.bans == () for e in evs)
    )
    welcome = RawPeer(port)
    welcome.wait_for_line("You are guest-")
    welcome.close()


def test_banning_nobody_is_an_error_in_words(run_engine) -> None:
    server, _, server_runner = start_server(run_engine)
    server.ban("nobody")
    server.unban("192.0.2.1")
    server.ban("192.0.2.1", -3)
    events = server_runner.wait_for(
        lambda evs: len([e for e in evs if isinstance(e, ErrorEvent)]) >= 3
    )
    texts = [str(e.message) for e in events if isinstance(e, ErrorEvent)]
    assert "Nobody called nobody is online, and it is not an IP address." in texts
    assert "192.0.2.1 is not banned." in texts
    assert any("positive number of minutes" in text for text in texts)
