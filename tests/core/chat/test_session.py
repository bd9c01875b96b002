"""ClientSession, the client's protocol without I/O: bytes in, events and bytes out.

No sockets, no threads, no timers: each test feeds bytes a server might send and
checks the events and the bytes the session wants sent.
"""

from __future__ import annotations

import json

import pytest

from app.core.chat.outbox import Outbox
from app.core.chat.protocol import CLIENT_MAX_LINE, encode_json, greeting_line
from app.core.chat.session import (
    BAD_CID,
    MALFORMED,
    MAX_USERS,
    ClientSession,
    ConnectionState,
    MessageDelivered,
    MessagePending,
    MessagesReceived,
    RawReceived,
    ServerNotice,
    UsersUpdated,
)

SERVER = "127.0.0.1:5555"
GREETING = (greeting_line("127.0.0.1", 5555, 0) + "\n").encode()
SECRET = "0123456789abcdef0123456789abcdef"


def line(obj: dict) -> bytes:
    return encode_json(obj)


def message(number: int, text: str = "hi", sender: str = "bob") -> dict:
    return {"type": "message", "kind": "message", "id": number, "time": 1.0, "from": sender,
            "text": text}  # fmt: skip


def welcome(**fields) -> bytes:
    return line({"type": "welcome", "protocol": 1, "nick": "alice", "accepted_seq": 0, **fields})


def sent_objects(session: ClientSession) -> list[dict]:
    return [json.loads(part) for part in session.data_to_send().splitlines()]


def greeted(outbox: Outbox | None = None, nick: str = "alice") -> ClientSession:
    """A session that has seen the greeting and sent its hello (taken out already)."""
    session = ClientSession(outbox or Outbox(), nick, server=SERVER)
    session.connection_made()
    assert session.receive_data(GREETING, 1.0) == []
    assert session.mode == "hello"
    session.data_to_send()
    return session


def joined(outbox: Outbox | None = None, **welcome_fields) -> ClientSession:
    session = greeted(outbox)
    session.receive_data(welcome(**welcome_fields), 1.0)
    assert session.mode == "app"
    session.data_to_send()
    return session


def of_type(events, kind) -> list:
    return [event for event in events if isinstance(event, kind)]


def malformed_notices(events) -> list[ServerNotice]:
    return [
        e
        for e in of_type(events, ServerNotice)
        if getattr(e.text, "template", None) == MALFORMED and e.is_error
    ]


# ------------------------------------------------------------------ greeting, hello, welcome
def test_greeting_cut_into_single_bytes_then_hello_and_welcome() -> None:
    outbox = Outbox()
    session = ClientSession(outbox, "alice", server=SERVER, last_id=41)
    session.connection_made()
    for byte in GREETING:
        assert session.receive_data(bytes([byte]), 1.0) == []
    hello = sent_objects(session)
    assert hello == [
        {"type": "hello", "protocol": 1, "client_id": outbox.client_id, "nick": "alice",
         "last_id": 41}
    ]  # fmt: skip
    events = session.receive_data(welcome(nick="alice-2"), 2.0)
    state = of_type(events, ConnectionState)
    assert [(s.state, s.nick, s.server) for s in state] == [("connected", "alice-2", SERVER)]
    assert session.mode == "app" and session.nick == "alice-2"


def test_lines_after_the_greeting_in_the_same_read_are_handled() -> None:
    session = ClientSession(Outbox(), "alice", server=SERVER)
    session.connection_made()
    events = session.receive_data(GREETING + welcome() + line(message(1)), 1.0)
    assert [type(e) for e in events] == [ConnectionState, MessagesReceived]


def test_anything_but_a_greeting_makes_a_raw_terminal_with_every_byte_shown() -> None:
    session = ClientSession(Outbox(), "alice", server=SERVER)
    session.connection_made()
    assert session.receive_data(b"HTTP/1.0 200", 1.0) == []  # no line yet: undecided
    events = session.receive_data(b" OK\r\n\r\n", 2.0)
    assert session.mode == "raw"
    assert of_type(events, ConnectionState)[0].state == "raw"
    assert [(e.data, e.time) for e in of_type(events, RawReceived)] == [
        (b"HTTP/1.0 200 OK\r\n\r\n", 2.0)
    ]
    assert session.receive_data(b"more", 3.0) == [RawReceived(b"more", 3.0)]


def test_greeting_timeout_shows_the_bytes_held_so_far() -> None:
    session = ClientSession(Outbox(), server=SERVER)
    session.connection_made()
    assert session.receive_data(b"login: ", 1.0) == []
    events = session.greeting_timed_out(2.5)
    assert session.mode == "raw"
    assert of_type(events, RawReceived) == [RawReceived(b"login: ", 2.5)]
    assert session.greeting_timed_out(3.0) == []  # decided already


def test_a_peer_that_closes_before_the_decision_still_shows_what_it_said() -> None:
    session = ClientSession(Outbox(), server=SERVER)
    session.send_text("typed early")
    session.connection_made()
    session.receive_data(b"bye", 1.0)
    events = session.connection_lost(2.0)
    assert of_type(events, RawReceived) == [RawReceived(b"bye", 2.0)]
    assert session.mode == "closed"
    # Nobody is left to send the typed line to: it is still waiting.
    assert of_type(events, MessageDelivered) == []
    assert session.outbox.pending() == [(1, "typed early")]


def test_512_bytes_without_a_line_break_is_not_a_chat_server() -> None:
    session = ClientSession(Outbox(), server=SERVER)
    session.connection_made()
    events = session.receive_data(b"x" * 600, 1.0)
    assert session.mode == "raw" and of_type(events, RawReceived)[0].data == b"x" * 600


def test_lines_typed_before_raw_mode_go_out_as_plain_lines_once() -> None:
    session = ClientSession(Outbox(), server=SERVER)
    pending = session.send_text("typed early")
    assert pending == [MessagePending(1, "typed early")]
    session.connection_made()
    events = session.receive_data(b"not a chat\n", 1.0)
    assert of_type(events, MessageDelivered) == [MessageDelivered(1, None)]
    assert session.data_to_send() == b"typed early\n"
    assert session.outbox.pending() == []
    assert session.send_text("in raw mode") == []
    assert session.data_to_send() == b"in raw mode\n"
    assert session.send_raw(b"\x00\x01") and session.data_to_send() == b"\x00\x01"


def test_send_raw_outside_raw_mode_is_refused() -> None:
    session = greeted()
    assert not session.send_raw(b"x")
    assert session.data_to_send() == b""


# ------------------------------------------------------------------ outbox, acks, reconnect
def test_outbox_is_sent_after_welcome_and_resent_after_a_reconnect() -> None:
    outbox = Outbox()
    session = ClientSession(outbox, "alice", server=SERVER)
    session.send_text("one")
    session.send_text("two")
    session.connection_made()
    session.receive_data(GREETING, 1.0)
    session.data_to_send()
    session.receive_data(welcome(), 1.0)
    says = sent_objects(session)
    assert [(o["cid"], o["text"]) for o in says] == [(1, "one"), (2, "two")]
    events = session.receive_data(line({"type": "ack", "cid": 1, "id": 7}), 1.0)
    assert events == [MessageDelivered(1, 7)]
    # The link breaks; the server had line 2 after all (accepted_seq 2).
    session.connection_lost(2.0)
    session.send_text("three")
    session.connection_made()
    session.receive_data(GREETING, 3.0)
    session.data_to_send()
    events = session.receive_data(welcome(accepted_seq=2), 3.0)
    assert of_type(events, MessageDelivered) == [MessageDelivered(2, None)]
    assert [(o["cid"], o["text"]) for o in sent_objects(session)] == [(3, "three")]


def test_an_ack_acknowledges_earlier_lines_too_but_never_unsent_ones() -> None:
    session = joined()
    session.send_text("a")
    session.send_text("b")
    session.data_to_send()
    events = session.receive_data(line({"type": "ack", "cid": 2, "id": 9}), 1.0)
    assert events == [MessageDelivered(1, None), MessageDelivered(2, 9)]
    session.connection_lost(1.0)
    session.send_text("c")  # offline: not sent on any connection yet
    session.connection_made()
    session.receive_data(GREETING, 1.0)
    # A forged ack before the welcome, and an absurd accepted_seq: nothing unsent goes.
    events = session.receive_data(line({"type": "ack", "cid": 2**53}), 1.0)
    assert of_type(events, MessageDelivered) == []
    events = session.receive_data(welcome(accepted_seq=2**53), 1.0)
    assert of_type(events, MessageDelivered) == [MessageDelivered(3, None)]
    assert session.outbox.pending() == [] and session.outbox.last_cid == 3


def test_messages_merge_by_id_between_history_and_live() -> None:
    session = joined()
    events = session.receive_data(line(message(1)) + line(message(2)), 1.0)
    assert [m.id for m in of_type(events, MessagesReceived)[0].messages] == [1, 2]
    events = session.receive_data(
        line({"type": "history", "messages": [message(2), message(3)]}) + line(message(3)), 1.0
    )
    received = of_type(events, MessagesReceived)
    assert [(e.from_history, [m.id for m in e.messages]) for e in received] == [(True, [3])]
    assert session.last_id == 3


def test_seen_ids_are_bounded() -> None:
    session = ClientSession(Outbox(), server=SERVER, max_seen_ids=100)
    session.connection_made()
    session.receive_data(GREETING + welcome(), 1.0)
    for start in range(1, 1001, 50):
        session.receive_data(b"".join(line(message(n)) for n in range(start, start + 50)), 1.0)
    assert len(session._seen_ids) <= 100 and session.last_id == 1000


def test_history_in_several_frames_is_merged_and_marked_as_history() -> None:
    session = joined()
    events = session.receive_data(
        line({"type": "history", "messages": [message(1), message(2)], "more": True}), 1.0
    )
    assert session.history_pending
    events += session.receive_data(
        line({"type": "history", "messages": [message(2), message(3)], "more": True})
        + line({"type": "history", "messages": [message(4)]}),
        1.0,
    )
    assert not session.history_pending
    received = of_type(events, MessagesReceived)
    assert all(e.from_history for e in received)
    assert [m.id for e in received for m in e.messages] == [1, 2, 3, 4]


def test_a_ping_is_answered_with_a_pong() -> None:
    session = joined()
    assert session.receive_data(line({"type": "ping"}), 1.0) == []
    assert sent_objects(session) == [{"type": "pong"}]


def test_close_says_quit_only_in_structured_mode() -> None:
    session = joined()
    session.close()
    assert sent_objects(session) == [{"type": "quit"}]
    raw = ClientSession(Outbox(), server=SERVER)
    raw.connection_made()
    raw.receive_data(b"plain\n", 1.0)
    raw.data_to_send()
    raw.close()
    assert raw.data_to_send() == b""


def test_own_nick_change_is_kept_for_the_next_hello() -> None:
    session = joined()
    nick = {"type": "message", "kind": "nick", "id": 5, "time": 1.0, "from": "alice",
            "to": "alicia"}  # fmt: skip
    session.receive_data(line(nick), 1.0)
    assert session.nick == "alicia"
    session.connection_lost(1.0)
    session.connection_made()
    session.receive_data(GREETING, 1.0)
    assert sent_objects(session)[0]["nick"] == "alicia"


# ------------------------------------------------------------------ resume and granted identity
def test_the_resume_secret_is_kept_per_server_and_sent_in_later_hellos(tmp_path) -> None:
    path = tmp_path / "outbox.sqlite"
    outbox = Outbox(path)
    session = joined(outbox, client_id=outbox.client_id, resume=SECRET)
    session.connection_lost(1.0)
    session.connection_made()
    session.receive_data(GREETING, 1.0)
    assert sent_objects(session)[0]["resume"] == SECRET
    outbox.close()
    # Kept in the file, for this server only.
    again = Outbox(path)
    assert again.resume_secret(SERVER) == SECRET
    assert again.resume_secret("127.0.0.1:6666") is None
    other = ClientSession(again, "alice", server="127.0.0.1:6666")
    other.connection_made()
    other.receive_data(GREETING, 1.0)
    assert "resume" not in sent_objects(other)[0]
    again.close()


def test_a_server_without_resume_or_client_id_is_served_as_before() -> None:
    outbox = Outbox()
    client_id = outbox.client_id
    session = joined(outbox)
    assert outbox.client_id == client_id and outbox.resume_secret(SERVER) is None
    session.connection_lost(1.0)
    session.connection_made()
    session.receive_data(GREETING, 1.0)
    hello = sent_objects(session)[0]
    assert hello["client_id"] == client_id and "resume" not in hello


def test_a_granted_identity_is_adopted_and_pending_lines_renumbered_from_1(tmp_path) -> None:
    path = tmp_path / "outbox.sqlite"
    outbox = Outbox(path)
    outbox.add_many(["old 1", "old 2", "old 3"])
    outbox.ack(1)  # lines 2 and 3 still pending under the old identity
    session = greeted(outbox)
    events = session.receive_data(welcome(client_id="granted-id", resume=SECRET), 1.0)
    assert of_type(events, MessageDelivered) == []  # nothing of ours is known to the new id
    says = sent_objects(session)
    assert [(o["cid"], o["text"]) for o in says] == [(1, "old 2"), (2, "old 3")]
    assert outbox.client_id == "granted-id"
    events = session.receive_data(line({"type": "ack", "cid": 2, "id": 12}), 1.0)
    # The window and the terminal keep their own numbers for the lines.
    assert events == [MessageDelivered(2, None), MessageDelivered(3, 12)]
    session.send_text("new")
    assert [(o["cid"], o["text"]) for o in sent_objects(session)] == [(3, "new")]
    outbox.close()
    again = Outbox(path)  # the granted identity and its numbering survive a restart
    assert again.client_id == "granted-id" and again.last_cid == 3
    assert again.pending() == [(4, "new")] and again.resume_secret(SERVER) == SECRET
    again.close()


def test_an_old_outbox_file_gains_the_new_columns(tmp_path) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as db:
        db.executescript(
            "CREATE TABLE outbox (seq INTEGER PRIMARY KEY, text TEXT NOT NULL);"
            "CREATE TABLE identity (client_id TEXT NOT NULL, last_seq INTEGER NOT NULL);"
            "INSERT INTO identity VALUES ('abc', 4); INSERT INTO outbox VALUES (4, 'four');"
        )
    db.close()
    outbox = Outbox(path)
    assert (outbox.client_id, outbox.last_seq, outbox.cid_offset) == ("abc", 4, 0)
    assert outbox.pending() == [(4, "four")]
    outbox.close()


# ------------------------------------------------------------------ users
def user(nick: str, app: bool = True) -> dict:
    return {"nick": nick, "address": "127.0.0.1:1", "since": 1.0, "app": app}


def test_users_full_list_then_deltas_keep_a_whole_table() -> None:
    session = joined()
    events = session.receive_data(
        line({"type": "users", "users": [user("alice"), user("bob", False)]}), 1.0
    )
    assert [u.nick for u in of_type(events, UsersUpdated)[-1].users] == ["alice", "bob"]
    events = session.receive_data(
        line({"type": "users_delta", "joined": [user("carol")], "left": []})
        + line({"type": "users_delta", "joined": [user("bobby", False)], "left": ["BOB"]}),
        1.0,
    )
    tables = [[u.nick for u in e.users] for e in of_type(events, UsersUpdated)]
    assert tables == [["alice", "bob", "carol"], ["alice", "carol", "bobby"]]
    events = session.receive_data(line({"type": "users_delta", "left": ["carol"]}), 1.0)
    assert [u.nick for u in of_type(events, UsersUpdated)[0].users] == ["alice", "bobby"]


def test_the_user_table_is_bounded() -> None:
    session = joined()
    session.receive_data(
        line({"type": "users", "users": [user(f"u{n}") for n in range(MAX_USERS)]}), 1.0
    )
    events = session.receive_data(
        line({"type": "users_delta", "joined": [user("one-too-many")]}), 1.0
    )
    assert len(of_type(events, UsersUpdated)[0].users) == MAX_USERS
    assert session.users_dropped == 1
    too_long = line({"type": "users", "users": [user(f"v{n}") for n in range(MAX_USERS + 1)]})
    assert malformed_notices(session.receive_data(too_long, 1.0))
    assert len(session.users) == MAX_USERS


# ------------------------------------------------------------------ errors from the server
def test_bad_cid_error_is_a_notice_and_the_line_stays_pending() -> None:
    session = joined()
    session.send_text("refused")
    session.data_to_send()
    events = session.receive_data(line({"type": "error", "code": "bad_cid"}), 1.0)
    assert len(events) == 1 and events[0].is_error and events[0].code == "bad_cid"
    assert events[0].text.template == BAD_CID
    assert session.outbox.pending() == [(1, "refused")]


def test_plain_lines_from_the_server_are_notices() -> None:
    session = joined()
    assert session.receive_data(b"a plain line\n", 1.0) == [ServerNotice("a plain line")]


def test_the_client_accepts_lines_up_to_client_max_line() -> None:
    session = joined()
    text = "x" * (CLIENT_MAX_LINE - 200)
    events = session.receive_data(line(message(1, text)), 1.0)
    assert of_type(events, MessagesReceived)[0].messages[0].text == text
    events = session.receive_data(b"y" * (CLIENT_MAX_LINE + 10) + b"\n" + line(message(2)), 1.0)
    notices = of_type(events, ServerNotice)
    assert notices and notices[0].is_error and "Over-long" in notices[0].text
    assert of_type(events, MessagesReceived)[0].messages[0].id == 2


# ------------------------------------------------------------------ hostile lines
HOSTILE_LINES = [
    b'{"type":"ack","cid":1e999}',
    b'{"type":"ack","cid":Infinity}',
    b'{"type":"ack","cid":-Infinity}',
    b'{"type":"ack","cid":NaN}',
    b'{"type":"ack","cid":18446744073709551616}',
    b'{"type":"ack","cid":"1"}',
    b'{"type":"ack","cid":1,"id":1e400}',
    b'{"type":"ack"}',
    b'{"type":"history","messages":"x"}',
    b'{"type":"history","messages":[1,2]}',
    b'{"type":"history","messages":[{"id":18446744073709551616,"kind":"message"}]}',
    b'{"type":"history","messages":[],"more":"yes"}',
    b'{"type":"users","users":[1,2]}',
    b'{"type":"users","users":"x"}',
    b'{"type":"users","users":[{"nick":5}]}',
    b'{"type":"users","users":[{"nick":"a","since":NaN}]}',
    b'{"type":"users_delta","joined":[{"nick":[]}],"left":[]}',
    b'{"type":"users_delta","left":[1]}',
    b'{"type":"message","kind":"message","id":18446744073709551616,"from":"x"}',
    b'{"type":"message","kind":"message","id":1,"from":{"a":1}}',
    b'{"type":"message","kind":"message","id":1,"time":1e999}',
    b'{"type":"message","kind":"message","id":1.5}',
    b'{"type":"message","kind":"message","id":1,"time":1e15}',
    b'{"type":"history","messages":[{"id":1,"kind":"message","time":9007199254740992}]}',
    b'{"type":"users","users":[{"nick":"a","since":1e15}]}',
    b'{"type":"message","kind":"message","id":true}',
    b'{"type":"welcome","nick":5}',
    b'{"type":"welcome","nick":"a","accepted_seq":-1}',
    b'{"type":"welcome","nick":"a","client_id":"bad id\\n"}',
    b'{"type":"welcome","nick":"a","resume":"not-hex"}',
    b'{"type":"error","code":["x"]}',
    b'{"type":"error","text":{"a":1}}',
    b'{"type":"system","text":7}',
    b'{"a":' + b"[" * 30_000 + b"]" * 30_000 + b"}",
    b'{"type":"ack","cid":1',  # cut short
]


@pytest.mark.parametrize("hostile", HOSTILE_LINES, ids=lambda b: b[:40].decode())
def test_a_hostile_line_is_a_malformed_notice_and_the_session_goes_on(hostile: bytes) -> None:
    session = joined()
    session.send_text("mine")
    session.data_to_send()
    before = session.nick
    events = session.receive_data(hostile + b"\n", 1.0)
    assert len(malformed_notices(events)) == 1
    assert session.malformed == 1 and session.faults == 0
    assert session.mode == "app" and session.nick == before
    assert session.outbox.pending() == [(1, "mine")]
    events = session.receive_data(line(message(7, "still here")), 1.0)
    assert of_type(events, MessagesReceived)[0].messages[0].text == "still here"


def test_hostile_lines_among_good_ones_in_one_read_keep_the_order() -> None:
    session = joined()
    events = session.receive_data(
        line(message(1)) + b'{"type":"ack","cid":NaN}\n' + line(message(2)), 1.0
    )
    assert [type(e) for e in events] == [MessagesReceived, ServerNotice, MessagesReceived]


def test_deep_nesting_that_is_not_an_object_is_a_plain_notice() -> None:
    session = joined()
    events = session.receive_data(b"[" * 30_000 + b"]" * 30_000 + b"\n", 1.0)
    assert len(events) == 1 and isinstance(events[0], ServerNotice)


def test_an_unexpected_exception_while_handling_a_line_is_caught_and_counted(
    monkeypatch, caplog
) -> None:
    from app.core.chat import session as session_module

    def broken(_self, _obj) -> None:
        raise RuntimeError("a bug in a handler")

    monkeypatch.setitem(session_module._HANDLERS, "system", broken)
    session = joined()
    with caplog.at_level("ERROR", logger="socketlab.chat.client"):
        events = session.receive_data(line({"type": "system", "text": "x"}) + line(message(3)), 1.0)
    assert len(malformed_notices(events)) == 1 and session.faults == 1
    assert of_type(events, MessagesReceived)[0].messages[0].id == 3
    assert "a bug in a handler" in caplog.text


def test_unknown_types_are_ignored() -> None:
    session = joined()
    assert session.receive_data(line({"type": "from-the-future", "x": 1}), 1.0) == []


def test_a_connection_says_whether_it_is_encrypted_and_a_new_one_forgets_it() -> None:
    session = ClientSession(Outbox(), "alice", server=SERVER)
    assert session.secure is False
    session.connection_made(secure=True)
    assert session.secure is True
    session.connection_lost(1.0)
    assert session.secure is False
    session.connection_made()
    assert session.secure is False
