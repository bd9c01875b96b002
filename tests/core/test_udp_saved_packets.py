"""Saved packets as JSON: round trip, merge, and readable errors for bad files."""

from __future__ import annotations

import json

import pytest

from app.core.messages import Message, message_of
from app.core.udp.saved_packets import (
    SavedPacket,
    SavedPacketsError,
    merge_packets,
    packets_from_json,
    packets_to_json,
)

PACKETS = [
    SavedPacket("ping", "127.0.0.1:5555", "ping\\n", "escapes", "UTF-8"),
    SavedPacket("modbus", "[::1]:502", "00 01 00 00 00 06 01 03", "hex", "UTF-8"),
    SavedPacket("你好", "localhost:7", "你好", "text", "GBK"),
]


def test_json_round_trip_keeps_every_field() -> None:
    text = packets_to_json(PACKETS)
    document = json.loads(text)
    assert document["format"] == "socketlab-udp-packets" and document["version"] == 1
    assert packets_from_json(text) == PACKETS
    assert [p.payload_bytes() for p in PACKETS] == [
        b"ping\n",
        b"\x00\x01\x00\x00\x00\x06\x01\x03",
        "你好".encode("gbk"),
    ]


def test_a_bare_list_and_missing_optional_fields_are_accepted() -> None:
    packets = packets_from_json('[{"name": "a", "target": "127.0.0.1:9", "payload": "x"}]')
    assert packets == [SavedPacket("a", "127.0.0.1:9", "x", "text", "UTF-8")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{nope", "invalid JSON at line 1, column 2"),
        ('{"packets": 3}', 'expected an object with a "packets" list'),
        ('{"format": "other", "packets": []}', "Not a SocketLab packets file"),
        ('{"version": 9, "packets": []}', "has version 9; this SocketLab reads version 1"),
        ('{"packets": [5]}', "Packet 1 is not an object"),
        ('{"packets": [{"name": "a", "target": "t"}]}', "Packet 1 has no text 'payload'"),
        (
            '[{"name": "a", "target": "t", "payload": "", "payload_format": "b64"}]',
            "has payload_format 'b64': use text, hex or escapes",
        ),
        (
            '[{"name": "a", "target": "t", "payload": "", "encoding": "EBCDIC"}]',
            "has encoding 'EBCDIC'",
        ),
    ],
)
def test_bad_files_are_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(SavedPacketsError, match=message):
        packets_from_json(text)


def test_a_bad_file_error_is_a_message_with_the_packet_number() -> None:
    with pytest.raises(SavedPacketsError) as caught:
        packets_from_json('[{"name": "a", "target": "t", "payload": ""}, 7]')
    message = message_of(caught.value)
    assert isinstance(message, Message)
    assert message.template.context == "udp"
    assert message.values == {"number": 2}


def test_merge_replaces_by_name_and_keeps_order() -> None:
    newer = SavedPacket("ping", "127.0.0.1:6000", "PING", "text", "ASCII")
    extra = SavedPacket("extra", "127.0.0.1:1", "x")
    merged = merge_packets(PACKETS, [newer, extra])
    assert [p.name for p in merged] == ["ping", "modbus", "你好", "extra"]
    assert merged[0] == newer
