"""Saved packets: a name, a target and a payload as typed, stored and shared as JSON.

The file format (also what the app keeps in its settings):

    {"format": "socketlab-udp-packets", "version": 1,
     "packets": [{"name": "ping", "target": "127.0.0.1:5555", "payload": "hello\\n",
                  "payload_format": "escapes", "encoding": "UTF-8"}]}

The payload is kept as typed (text, hex or escapes), so a loaded packet can be edited
the way it was written.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from app.core.messages import N_, Message
from app.core.udp.payload import ENCODINGS, PayloadFormat, build_payload

FILE_FORMAT = "socketlab-udp-packets"
FILE_VERSION = 1


class SavedPacketsError(ValueError):
    """A packets file cannot be read; `str()` says what is wrong with it.

    Its message is a `Message` (`message_of(exc)`), so the window can translate it.
    """


@dataclass(frozen=True)
class SavedPacket:
    """One saved packet, with its payload as typed."""

    name: str
    target: str
    payload: str
    payload_format: str = PayloadFormat.TEXT.value
    encoding: str = "UTF-8"

    def payload_bytes(self) -> bytes:
        """The bytes this packet sends (raises PayloadError if the payload is malformed)."""
        return build_payload(self.payload, self.payload_format, self.encoding)


def packets_to_json(packets: list[SavedPacket]) -> str:
    """The JSON text for a list of packets."""
    document = {
        "format": FILE_FORMAT,
        "version": FILE_VERSION,
        "packets": [asdict(packet) for packet in packets],
    }
    return json.dumps(document, indent=2, ensure_ascii=False)


def _packet_from_dict(item: object, index: int) -> SavedPacket:
    number = index + 1
    if not isinstance(item, dict):
        raise SavedPacketsError(
            Message(
                N_("udp", "Packet {number} is not an object with name, target and payload."),
                number=number,
            )
        )
    values: dict[str, str] = {}
    for key in ("name", "target", "payload"):
        value = item.get(key)
        if not isinstance(value, str):
            raise SavedPacketsError(
                Message(
                    N_("udp", "Packet {number} has no text {key}."), number=number, key=repr(key)
                )
            )
        values[key] = value
    payload_format = item.get("payload_format", PayloadFormat.TEXT.value)
    if payload_format not in {fmt.value for fmt in PayloadFormat}:
        raise SavedPacketsError(
            Message(
                N_(
                    "udp",
                    "Packet {number} ({name}) has payload_format {value}: "
                    "use text, hex or escapes.",
                ),
                number=number,
                name=values["name"],
                value=repr(payload_format),
            )
        )
    encoding = item.get("encoding", "UTF-8")
    if encoding not in ENCODINGS:
        raise SavedPacketsError(
            Message(
                N_("udp", "Packet {number} ({name}) has encoding {value}: use one of {choices}."),
                number=number,
                name=values["name"],
                value=repr(encoding),
                choices=", ".join(ENCODINGS),
            )
        )
    return SavedPacket(
        values["name"], values["target"], values["payload"], payload_format, encoding
    )


def packets_from_json(text: str) -> list[SavedPacket]:
    """Read packets from JSON text; raises SavedPacketsError with a reason."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        # exc.msg is Python's own words ("Expecting value"): a value, not translated.
        raise SavedPacketsError(
            Message(
                N_(
                    "udp",
                    "Not a packets file: invalid JSON at line {line}, column {column} ({reason}).",
                ),
                line=exc.lineno,
                column=exc.colno,
                reason=exc.msg,
            )
        ) from None
    if isinstance(document, list):  # a bare list of packets is accepted too
        items = document
    elif isinstance(document, dict) and isinstance(document.get("packets"), list):
        if document.get("format", FILE_FORMAT) != FILE_FORMAT:
            raise SavedPacketsError(
                Message(
                    N_("udp", "Not a SocketLab packets file (format is {format})."),
                    format=repr(document.get("format")),
                )
            )
        version = document.get("version", FILE_VERSION)
        if not isinstance(version, int) or version > FILE_VERSION:
            raise SavedPacketsError(
                Message(
                    N_(
                        "udp",
                        "This packets file has version {version}; this SocketLab reads version "
                        "{supported}. Update SocketLab to read it.",
                    ),
                    version=repr(version),
                    supported=FILE_VERSION,
                )
            )
        items = document["packets"]
    else:
        raise SavedPacketsError(
            Message(N_("udp", 'Not a packets file: expected an object with a "packets" list.'))
        )
    return [_packet_from_dict(item, index) for index, item in enumerate(items)]


def merge_packets(existing: list[SavedPacket], incoming: list[SavedPacket]) -> list[SavedPacket]:
    """Add `incoming` to `existing`; a packet with the same name replaces the old one."""
    by_name = {packet.name: packet for packet in existing}
    order = [packet.name for packet in existing]
    for packet in incoming:
        if packet.name not in by_name:
            order.append(packet.name)
        by_name[packet.name] = packet
    return [by_name[name] for name in order]
