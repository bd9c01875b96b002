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

from app.core.udp.payload import ENCODINGS, PayloadFormat, build_payload

FILE_FORMAT = "socketlab-udp-packets"
FILE_VERSION = 1


class SavedPacketsError(ValueError):
    """A packets file cannot be read; `str()` says what is wrong with it."""


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
    where = f"Packet {index + 1}"
    if not isinstance(item, dict):
        raise SavedPacketsError(f"{where} is not an object with name, target and payload.")
    values: dict[str, str] = {}
    for key in ("name", "target", "payload"):
        value = item.get(key)
        if not isinstance(value, str):
            raise SavedPacketsError(f"{where} has no text {key!r}.")
        values[key] = value
    payload_format = item.get("payload_format", PayloadFormat.TEXT.value)
    if payload_format not in {fmt.value for fmt in PayloadFormat}:
        raise SavedPacketsError(
            f"{where} ({values['name']}) has payload_format {payload_format!r}: "
            "use text, hex or escapes."
        )
    encoding = item.get("encoding", "UTF-8")
    if encoding not in ENCODINGS:
        raise SavedPacketsError(
            f"{where} ({values['name']}) has encoding {encoding!r}: use one of "
            f"{', '.join(ENCODINGS)}."
        )
    return SavedPacket(
        values["name"], values["target"], values["payload"], payload_format, encoding
    )


def packets_from_json(text: str) -> list[SavedPacket]:
    """Read packets from JSON text; raises SavedPacketsError with a reason."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SavedPacketsError(
            f"Not a packets file: invalid JSON at line {exc.lineno}, column {exc.colno} "
            f"({exc.msg})."
        ) from None
    if isinstance(document, list):  # a bare list of packets is accepted too
        items = document
    elif isinstance(document, dict) and isinstance(document.get("packets"), list):
        if document.get("format", FILE_FORMAT) != FILE_FORMAT:
            raise SavedPacketsError(
                f"Not a SocketLab packets file (format is {document.get('format')!r})."
            )
        version = document.get("version", FILE_VERSION)
        if not isinstance(version, int) or version > FILE_VERSION:
            raise SavedPacketsError(
                f"This packets file has version {version!r}; this SocketLab reads version "
                f"{FILE_VERSION}. Update SocketLab to read it."
            )
        items = document["packets"]
    else:
        raise SavedPacketsError('Not a packets file: expected an object with a "packets" list.')
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
