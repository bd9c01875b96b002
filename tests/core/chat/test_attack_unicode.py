"""Lone surrogates: JSON's \\ud800 escape passes safejson and breaks UTF-8 encoding later."""

from __future__ import annotations

import json

import pytest

from app.core.chat.outbox import Outbox
from app.core.chat.protocol import encode_json, greeting_line
from app.core.chat.session import ClientSession, MessagesReceived
from tests.helpers.room import RoomDriver


@pytest.mark.parametrize(
    "say", ['{"type":"say","cid":1,"text":"\\ud800"}', '{"type":"say","text":"/me \\udfff"}']
)
def test_one_lone_surrogate_does_not_lock_every_app_client_out(say: str) -> None:
    driver = RoomDriver()
    driver.join_raw("bob", "bob")
    driver.join_app("mallory", "mallory")
    driver.line("mallory", say)  # 40 bytes, once
    for number in range(3):
        driver.join_app(f"c{number}", f"carol{number}", client_id=f"carol-{number}")
        assert f"c{number}" not in driver.closed, (
            f"joiner {number} was closed: {driver.closed[f'c{number}']}"
        )
    assert driver.room.faults == 0


def test_a_lone_surrogate_from_a_server_never_reaches_the_terminal_or_a_file() -> None:
    # `socketlab chat` dies with UnicodeEncodeError printing it; the window's
    # HistoryRecorder writer thread dies inserting it into SQLite.
    session = ClientSession(Outbox(), "alice", server="10.0.0.66:5555")
    session.connection_made()
    session.receive_data((greeting_line("10.0.0.66", 5555, 0) + "\n").encode(), 1.0)
    session.receive_data(encode_json({"type": "welcome", "protocol": 1, "nick": "alice"}), 1.0)
    line = json.dumps({"type": "message", "kind": "message", "id": 1, "time": 1.0,
                       "from": "bob", "text": "x\ud800"}).encode() + b"\n"  # fmt: skip
    events = session.receive_data(line, 2.0)
    for event in events:
        if isinstance(event, MessagesReceived):
            for message in event.messages:
                message.text.encode("utf-8")  # raises UnicodeEncodeError today
