"""The transfer connection's framing, without I/O (bytes in, events out; like h11).

Every frame starts with one type byte. Control frames are `type, u32 length, payload`
(JSON, except `K`: binary SHA-256 digests); a data frame is `D, u32 file, u64 offset,
u64 length` followed by exactly `length` raw bytes of the file. Data events point into
the caller's buffer (a memoryview, valid until the next `receive`), so a receiver
writes them to disk without copying.

The receiver (R) connects to the sender (S):

    R -> S  H {"v":1,"id":ID,"token":TOKEN}           who I am, which transfer
    S -> R  M {"files":[{"name","size","piece","sha256","root"}...]}   the manifest
    R -> S  W {"file":i,"ranges":[[first,end],...]}   the pieces I still need
    S -> R  K u32 file + 32-byte digest per piece     that file's piece hashes
    S -> R  D ...                                     the pieces, as runs of bytes
    S -> R  E {"file":i}                              end of what was asked for
    R -> S  F {"file":i,"sha256":HEX}                 whole file verified and in place
    R -> S  B {}                                      every file done: goodbye
    either  X {"code":C,"text":T}                     refusal or error; then close
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from typing import Any

from app.core import safejson
from app.core.events import Event

CONTROL_HEADER = struct.Struct(">cI")
DATA_HEADER = struct.Struct(">cIQQ")
DIGEST_SIZE = 32

#: The largest payload of each control frame a side accepts.
RECEIVER_LIMITS: dict[bytes, int] = {
    b"M": 8 * 1024 * 1024,
    b"K": 4 + DIGEST_SIZE * 65536,
    b"E": 1024,
    b"X": 4096,
}
SENDER_LIMITS: dict[bytes, int] = {
    b"H": 4096,
    b"W": 256 * 1024,
    b"F": 1024,
    b"B": 1024,
    b"X": 4096,
}


class TransferProtocolError(ValueError):
    """The peer broke the framing or a limit: this connection alone is closed."""


@dataclass(frozen=True, slots=True)
class Control(Event):
    """A control frame: its type letter and decoded JSON object (`K`: `digests`)."""

    kind: str
    body: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Hashes(Event):
    """A `K` frame: the SHA-256 of every piece of one file."""

    file: int
    digests: tuple[bytes, ...]


@dataclass(frozen=True, slots=True)
class Data(Event):
    """Bytes of file `file` at `offset`; `data` is a view into the caller's buffer."""

    file: int
    offset: int
    data: memoryview


def control_frame(kind: bytes, body: dict[str, Any]) -> bytes:
    """A JSON control frame."""
    payload = safejson_dumps(body)
    return CONTROL_HEADER.pack(kind, len(payload)) + payload


def hashes_frame(file: int, digests: list[bytes]) -> bytes:
    """A `K` frame carrying one file's piece digests."""
    payload = struct.pack(">I", file) + b"".join(digests)
    return CONTROL_HEADER.pack(b"K", len(payload)) + payload


def data_header(file: int, offset: int, length: int) -> bytes:
    """The header before `length` raw bytes of `file` from `offset`."""
    return DATA_HEADER.pack(b"D", file, offset, length)


def safejson_dumps(body: dict[str, Any]) -> bytes:
    """Compact ASCII JSON."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=True).encode()


class FrameReader:
    """Cuts a byte stream into frames, whatever the cut; limits per frame type."""

    def __init__(self, limits: dict[bytes, int], *, data_allowed: bool) -> None:
        self.limits = limits
        self.data_allowed = data_allowed
        self._buffer = bytearray()
        self._data_left = 0
        self._data_file = 0
        self._data_offset = 0

    @property
    def in_data(self) -> bool:
        """True while the bytes of a data frame are still coming."""
        return self._data_left > 0

    def receive(self, data: bytes | memoryview) -> list[Event]:
        """Frames completed by `data` (Data events are views into `data`)."""
        events: list[Event] = []
        view = memoryview(data)
        position, size = 0, len(view)
        buffer = self._buffer
        while position < size:
            if self._data_left:
                take = min(self._data_left, size - position)
                chunk = view[position : position + take]
                events.append(Data(self._data_file, self._data_offset, chunk))
                position += take
                self._data_left -= take
                self._data_offset += take
                continue
            if not buffer:
                kind = bytes(view[position : position + 1])
                if kind == b"D" and not self.data_allowed:
                    raise TransferProtocolError("data frames are not expected here")
                if kind != b"D" and kind not in self.limits:
                    raise TransferProtocolError(f"unknown frame type {kind!r}")
                buffer += kind
                position += 1
                continue
            need = self._header_need()
            take = min(need - len(buffer), size - position)
            buffer += view[position : position + take]
            position += take
            if len(buffer) < need:
                continue
            if buffer[:1] == b"D":
                _, file, offset, length = DATA_HEADER.unpack_from(buffer)
                buffer.clear()
                if offset + length > 2**62:
                    raise TransferProtocolError("a data frame beyond any file size")
                self._data_file, self._data_offset, self._data_left = file, offset, length
            elif len(buffer) == CONTROL_HEADER.size and self._header_need() > len(buffer):
                continue  # the length is known now: read the payload
            else:
                events.append(self._complete())
        return events

    def _header_need(self) -> int:
        """How many bytes the frame being read has up to its data (header + payload)."""
        kind = bytes(self._buffer[:1])
        if kind == b"D":
            return DATA_HEADER.size
        if len(self._buffer) < CONTROL_HEADER.size:
            return CONTROL_HEADER.size
        _, length = CONTROL_HEADER.unpack_from(self._buffer)
        if length > self.limits[kind]:
            raise TransferProtocolError(f"a {kind.decode()} frame of {length} bytes is too long")
        return CONTROL_HEADER.size + length

    def _complete(self) -> Event:
        kind = bytes(self._buffer[:1])
        payload = bytes(self._buffer[CONTROL_HEADER.size :])
        self._buffer.clear()
        if kind == b"K":
            if len(payload) < 4 or (len(payload) - 4) % DIGEST_SIZE:
                raise TransferProtocolError("a hash frame of a wrong length")
            (file,) = struct.unpack_from(">I", payload)
            digests = tuple(
                payload[i : i + DIGEST_SIZE] for i in range(4, len(payload), DIGEST_SIZE)
            )
            return Hashes(file, digests)
        try:
            body = safejson.loads(payload.decode("utf-8"), max_depth=6) if payload else {}
        except (UnicodeDecodeError, ValueError) as exc:
            raise TransferProtocolError(f"a {kind.decode()} frame that is not JSON") from exc
        if not isinstance(body, dict):
            raise TransferProtocolError(f"a {kind.decode()} frame that is not an object")
        return Control(kind.decode(), body)
