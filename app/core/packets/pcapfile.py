"""pcap and pcapng files and streams: read what tcpdump, dumpcap and Wireshark write,
and write pcapng that they read.

`CaptureReader` is sans-IO: feed it bytes as they come (dumpcap's `-w -` stream arrives
in chunks that cut blocks anywhere) and it returns the frames completed so far, keeping
the partial block for the next call. It reads classic pcap (microsecond and nanosecond
magics, both byte orders) and pcapng (both byte orders, several sections, interfaces
with their own time resolution, Enhanced and Simple Packet Blocks; unknown blocks are
skipped). The bytes are untrusted: a block longer than 16 MiB, a length that disagrees
with itself, a packet that points at an interface never described, all raise
`CaptureFileError` with a Message saying what is wrong, instead of reading past the
block or allocating what a lying length asks for.

`PcapngWriter` writes a Section Header Block, one Interface Description Block per
(interface name, link type) with if_name and if_tsresol=6 (microseconds), and an
Enhanced Packet Block per frame. `read_capture()` and `write_pcapng()` do the file IO.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.core.messages import N_, Message
from app.core.packets.model import Frame

MAX_BLOCK = 16 * 1024 * 1024  # the largest pcapng block (or pcap record) accepted
MAX_FRAMES = 1_000_000  # read_capture() refuses files with more frames
MAX_FILE_SIZE = 1024 * 1024 * 1024  # read_capture() refuses larger files
READ_CHUNK = 1024 * 1024
SNAPLEN = 262144

PCAP_MICRO, PCAP_NANO = 0xA1B2C3D4, 0xA1B23C4D
PCAPNG_SHB = 0x0A0D0D0A
PCAPNG_BYTE_ORDER_MAGIC = 0x1A2B3C4D
BLOCK_IDB, BLOCK_SPB, BLOCK_EPB = 1, 3, 6
OPTION_END, OPTION_SHB_USERAPPL, OPTION_IF_NAME, OPTION_IF_TSRESOL = 0, 4, 2, 9
OPTION_IF_TSOFFSET = 14
APPLICATION = "SocketLab"

NOT_A_CAPTURE = N_(
    "packets",
    "This is not a pcap or pcapng capture: it starts with the bytes {start} "
    "instead of a capture file's magic number.",
)
BLOCK_TOO_LARGE = N_(
    "packets",
    "The block at byte {offset} says it is {length} bytes long, more than the "
    "{limit} bytes allowed: the capture is damaged or not a capture at all.",
)
BAD_BLOCK_LENGTH = N_(
    "packets",
    "The block at byte {offset} has an impossible length of {length} bytes "
    "(a pcapng block is at least 12 bytes and a multiple of 4): the capture is damaged.",
)
LENGTHS_DISAGREE = N_(
    "packets",
    "The block at byte {offset} says it is {length} bytes long at its start but "
    "{trailer} at its end: the capture is damaged.",
)
BAD_BYTE_ORDER = N_(
    "packets",
    "The section header at byte {offset} has no valid byte-order magic: the capture is damaged.",
)
UNSUPPORTED_VERSION = N_(
    "packets", "The capture uses format version {major}.{minor}, which this reader does not know."
)
UNKNOWN_INTERFACE = N_(
    "packets",
    "The packet at byte {offset} belongs to interface {interface}, but only {count} "
    "interfaces were described before it: the capture is damaged.",
)
PACKET_OUTSIDE_BLOCK = N_(
    "packets",
    "The packet at byte {offset} says it holds {length} bytes, more than its block "
    "has room for: the capture is damaged.",
)
BLOCK_TOO_SHORT = N_(
    "packets",
    "The block at byte {offset} is too short for its kind ({length} bytes): the "
    "capture is damaged.",
)
RECORD_TOO_LARGE = N_(
    "packets",
    "The packet record at byte {offset} says it holds {length} bytes, more than the "
    "{limit} bytes allowed: the capture is damaged.",
)
TOO_MANY_FRAMES = N_(
    "packets", "The capture holds more than {limit} packets; SocketLab reads at most that many."
)
FILE_TOO_LARGE = N_(
    "packets",
    "The file is {size} bytes, larger than the {limit} bytes SocketLab reads; cut it "
    "with editcap first.",
)
CUT_SHORT = N_(
    "packets",
    "The capture ends in the middle of a block ({pending} bytes left over): it was cut short.",
)
READER_FAILED = N_("packets", "The capture reader stopped at an earlier error: {error}")
EMPTY_CAPTURE = N_("packets", "The file is empty: there is no capture in it.")


class CaptureFileError(ValueError):
    """A capture file or stream that cannot be read; args[0] is a Message in words.

    `frames` holds the frames read before the error (a file cut short still has them).
    """

    def __init__(self, message: Message, frames: list[Frame] | None = None) -> None:
        """Carry the message and the frames read so far."""
        super().__init__(message)
        self.frames = frames or []


@dataclass(frozen=True)
class _Interface:
    """What an Interface Description Block says: name, link type, time units."""

    name: str
    linktype: int
    snaplen: int
    ticks_per_second: int = 1_000_000
    offset_seconds: int = 0


def _options(body: bytes, start: int, order: str) -> dict[int, bytes]:
    """The options of a block body from `start` (the first of each code is kept).

    A length that runs past the body ends the options quietly: the block's fixed part
    is still good.
    """
    options: dict[int, bytes] = {}
    offset = start
    while offset + 4 <= len(body):
        code, length = struct.unpack_from(order + "HH", body, offset)
        if code == OPTION_END:
            break
        value_start = offset + 4
        if value_start + length > len(body):
            break
        options.setdefault(code, bytes(body[value_start : value_start + length]))
        offset = value_start + (length + 3) // 4 * 4
    return options


def _ticks_per_second(tsresol: bytes | None) -> int:
    """if_tsresol: 10**n (top bit clear) or 2**n (top bit set) ticks a second."""
    if not tsresol:
        return 1_000_000
    value = tsresol[0]
    exponent = value & 0x7F
    return 2**exponent if value & 0x80 else 10**exponent


class CaptureReader:
    """Reads a pcap or pcapng stream fed in pieces; returns frames as they complete.

    Not thread-safe; one reader per stream. After an error the reader stays failed.
    """

    def __init__(self, max_block: int = MAX_BLOCK, max_frames: int | None = None) -> None:
        """An empty reader; `max_frames` (None: no limit) bounds the frames it returns."""
        self.max_block = max_block
        self.max_frames = max_frames
        self.format: str | None = None  # "pcap" or "pcapng" once detected
        self.frame_count = 0
        self._buffer = bytearray()
        self._consumed = 0  # stream offset of _buffer[0]
        self._failed: Message | None = None
        # pcap
        self._pcap_order = "<"
        self._pcap_units = 1_000_000
        self._pcap_linktype = 0
        # pcapng
        self._order: str | None = None
        self._interfaces: list[_Interface] = []

    @property
    def pending(self) -> int:
        """Bytes of a partial block waiting for the rest."""
        return len(self._buffer)

    def feed(self, data: bytes) -> list[Frame]:
        """Add bytes from the stream; returns the frames they complete."""
        if self._failed is not None:
            raise CaptureFileError(Message(READER_FAILED, error=self._failed))
        self._buffer += data
        frames: list[Frame] = []
        position = 0
        try:
            while True:
                used = self._next(position, frames)
                if used == 0:
                    break
                position += used
        except CaptureFileError as error:
            self._failed = error.args[0]
            error.frames = frames
            raise
        finally:
            del self._buffer[:position]
            self._consumed += position
        return frames

    def finish(self) -> None:
        """The stream ended: raise if it stopped in the middle of a block or is empty."""
        if self._failed is not None:
            raise CaptureFileError(Message(READER_FAILED, error=self._failed))
        if self._buffer:
            raise CaptureFileError(Message(CUT_SHORT, pending=len(self._buffer)))
        if self.format is None:
            raise CaptureFileError(Message(EMPTY_CAPTURE))

    def _fail(self, template, **values: object) -> CaptureFileError:
        """A CaptureFileError with a Message."""
        return CaptureFileError(Message(template, **values))

    def _next(self, position: int, frames: list[Frame]) -> int:
        """Handle one header, record or block at `position`; returns the bytes used (0: wait)."""
        available = len(self._buffer) - position
        if self.format is None:
            if available < 4:
                return 0
            return self._detect(position)
        if self.format == "pcap":
            return self._pcap_record(position, available, frames)
        return self._pcapng_block(position, available, frames)

    def _add(self, frames: list[Frame], frame: Frame) -> None:
        """Count and keep a frame, refusing more than `max_frames`."""
        self.frame_count += 1
        if self.max_frames is not None and self.frame_count > self.max_frames:
            raise self._fail(TOO_MANY_FRAMES, limit=self.max_frames)
        frames.append(frame)

    # Detection and classic pcap ----------------------------------------------------

    def _detect(self, position: int) -> int:
        """Tell pcap (and its byte order and time unit) from pcapng by the magic."""
        start = bytes(self._buffer[position : position + 4])
        if int.from_bytes(start, "big") == PCAPNG_SHB:
            self.format = "pcapng"
            return self._pcapng_block(position, len(self._buffer) - position, [])
        for order in ("<", ">"):
            (magic,) = struct.unpack(order + "I", start)
            if magic in (PCAP_MICRO, PCAP_NANO):
                if len(self._buffer) - position < 24:
                    return 0
                self._pcap_order = order
                self._pcap_units = 1_000_000 if magic == PCAP_MICRO else 1_000_000_000
                major, minor, _zone, _sigfigs, _snaplen, linktype = struct.unpack_from(
                    order + "HHiIII", self._buffer, position + 4
                )
                if major != 2:
                    raise self._fail(UNSUPPORTED_VERSION, major=major, minor=minor)
                self._pcap_linktype = linktype & 0xFFFF
                self.format = "pcap"
                return 24
        raise self._fail(NOT_A_CAPTURE, start=start.hex(" "))

    def _pcap_record(self, position: int, available: int, frames: list[Frame]) -> int:
        """One classic pcap record: 16-byte header, then the captured bytes."""
        if available < 16:
            return 0
        seconds, fraction, captured, wire = struct.unpack_from(
            self._pcap_order + "IIII", self._buffer, position
        )
        if captured > self.max_block:
            raise self._fail(
                RECORD_TOO_LARGE,
                offset=self._consumed + position,
                length=captured,
                limit=self.max_block,
            )
        if available < 16 + captured:
            return 0
        data = bytes(self._buffer[position + 16 : position + 16 + captured])
        time = (seconds * self._pcap_units + fraction) / self._pcap_units
        self._add(frames, Frame(time, data, wire, self._pcap_linktype, ""))
        return 16 + captured

    # pcapng --------------------------------------------------------------------------

    def _pcapng_block(self, position: int, available: int, frames: list[Frame]) -> int:
        """One pcapng block: checked lengths, then its kind's body."""
        if available < 12:
            return 0
        offset = self._consumed + position
        head = bytes(self._buffer[position : position + 12])
        block_type_big = int.from_bytes(head[:4], "big")
        if block_type_big == PCAPNG_SHB:
            magic = head[8:12]
            if magic == PCAPNG_BYTE_ORDER_MAGIC.to_bytes(4, "big"):
                order = ">"
            elif magic == PCAPNG_BYTE_ORDER_MAGIC.to_bytes(4, "little"):
                order = "<"
            else:
                raise self._fail(BAD_BYTE_ORDER, offset=offset)
        else:
            order = self._order or "<"  # set by the section header, always the first block
        block_type, length = struct.unpack(order + "II", head[:8])
        if length > self.max_block:
            raise self._fail(BLOCK_TOO_LARGE, offset=offset, length=length, limit=self.max_block)
        if length < 12 or length % 4:
            raise self._fail(BAD_BLOCK_LENGTH, offset=offset, length=length)
        if available < length:
            return 0
        block = bytes(self._buffer[position : position + length])
        (trailer,) = struct.unpack(order + "I", block[-4:])
        if trailer != length:
            raise self._fail(LENGTHS_DISAGREE, offset=offset, length=length, trailer=trailer)
        body = block[8:-4]
        if block_type == PCAPNG_SHB:
            self._section(body, order, offset)
        elif block_type == BLOCK_IDB:
            self._interface(body, order, offset)
        elif block_type == BLOCK_EPB:
            self._enhanced_packet(body, order, offset, frames)
        elif block_type == BLOCK_SPB:
            self._simple_packet(body, order, offset, frames)
        return length

    def _section(self, body: bytes, order: str, offset: int) -> None:
        """A Section Header Block: a new byte order and a new list of interfaces."""
        if len(body) < 16:
            raise self._fail(BLOCK_TOO_SHORT, offset=offset, length=len(body) + 12)
        major, minor = struct.unpack_from(order + "HH", body, 4)
        if major != 1:
            raise self._fail(UNSUPPORTED_VERSION, major=major, minor=minor)
        self._order = order
        self._interfaces = []

    def _interface(self, body: bytes, order: str, offset: int) -> None:
        """An Interface Description Block: link type, name, time resolution."""
        if len(body) < 8:
            raise self._fail(BLOCK_TOO_SHORT, offset=offset, length=len(body) + 12)
        linktype, _reserved, snaplen = struct.unpack_from(order + "HHI", body, 0)
        options = _options(body, 8, order)
        name = options.get(OPTION_IF_NAME, b"").split(b"\0", 1)[0]
        shift = options.get(OPTION_IF_TSOFFSET, b"")
        self._interfaces.append(
            _Interface(
                name=name.decode("utf-8", "replace"),
                linktype=linktype,
                snaplen=snaplen,
                ticks_per_second=_ticks_per_second(options.get(OPTION_IF_TSRESOL)),
                offset_seconds=struct.unpack(order + "q", shift)[0] if len(shift) == 8 else 0,
            )
        )

    def _interface_at(self, index: int, offset: int) -> _Interface:
        """The interface a packet names, which must have been described."""
        if index >= len(self._interfaces):
            raise self._fail(
                UNKNOWN_INTERFACE, offset=offset, interface=index, count=len(self._interfaces)
            )
        return self._interfaces[index]

    def _enhanced_packet(self, body: bytes, order: str, offset: int, frames: list[Frame]) -> None:
        """An Enhanced Packet Block: interface, time, lengths, the bytes."""
        if len(body) < 20:
            raise self._fail(BLOCK_TOO_SHORT, offset=offset, length=len(body) + 12)
        index, high, low, captured, wire = struct.unpack_from(order + "IIIII", body, 0)
        interface = self._interface_at(index, offset)
        if 20 + captured > len(body):
            raise self._fail(PACKET_OUTSIDE_BLOCK, offset=offset, length=captured)
        ticks = (high << 32) | low
        units = interface.ticks_per_second
        time = ticks / units + interface.offset_seconds
        data = body[20 : 20 + captured]
        self._add(frames, Frame(time, data, wire, interface.linktype, interface.name))

    def _simple_packet(self, body: bytes, order: str, offset: int, frames: list[Frame]) -> None:
        """A Simple Packet Block: interface 0, no time, the bytes up to the snap length."""
        if len(body) < 4:
            raise self._fail(BLOCK_TOO_SHORT, offset=offset, length=len(body) + 12)
        interface = self._interface_at(0, offset)
        (wire,) = struct.unpack_from(order + "I", body, 0)
        captured = min(wire, len(body) - 4)
        if interface.snaplen:
            captured = min(captured, interface.snaplen)
        data = body[4 : 4 + captured]
        self._add(frames, Frame(0.0, data, wire, interface.linktype, interface.name))


def _option(code: int, value: bytes) -> bytes:
    """One pcapng option, padded to 32 bits."""
    padding = b"\0" * (-len(value) % 4)
    return struct.pack("<HH", code, len(value)) + value + padding


def _block(block_type: int, body: bytes) -> bytes:
    """A pcapng block: type, total length, body (already padded), total length again."""
    length = 12 + len(body)
    return struct.pack("<II", block_type, length) + body + struct.pack("<I", length)


class PcapngWriter:
    """Writes frames to a binary stream as pcapng (little-endian, microseconds).

    The Section Header Block is written at once; an Interface Description Block is
    written before the first frame of each (interface name, link type).
    """

    def __init__(self, stream: BinaryIO, application: str = APPLICATION) -> None:
        """Start a section on `stream`."""
        self.stream = stream
        self._interfaces: dict[tuple[str, int], int] = {}
        options = _option(OPTION_SHB_USERAPPL, application.encode()) + _option(OPTION_END, b"")
        header = struct.pack("<IHHq", PCAPNG_BYTE_ORDER_MAGIC, 1, 0, -1)
        stream.write(_block(PCAPNG_SHB, header + options))

    def _interface_id(self, name: str, linktype: int) -> int:
        """The interface's number, describing it first if it is new."""
        key = (name, linktype)
        if key not in self._interfaces:
            options = b""
            if name:
                options += _option(OPTION_IF_NAME, name.encode())
            options += _option(OPTION_IF_TSRESOL, bytes([6])) + _option(OPTION_END, b"")
            body = struct.pack("<HHI", linktype, 0, SNAPLEN) + options
            self.stream.write(_block(BLOCK_IDB, body))
            self._interfaces[key] = len(self._interfaces)
        return self._interfaces[key]

    def write(self, frame: Frame) -> None:
        """Write one frame as an Enhanced Packet Block (time to the microsecond)."""
        interface = self._interface_id(frame.interface, frame.linktype)
        ticks = max(round(frame.time * 1_000_000), 0)
        data = bytes(frame.data)
        body = (
            struct.pack(
                "<IIIII", interface, ticks >> 32, ticks & 0xFFFFFFFF, len(data), frame.wire_length
            )
            + data
            + b"\0" * (-len(data) % 4)
        )
        self.stream.write(_block(BLOCK_EPB, body))


def read_capture(path: str | os.PathLike[str]) -> list[Frame]:
    """Every frame of a pcap or pcapng file; CaptureFileError (with Message) if unreadable.

    Files over 1 GiB or with more than 1,000,000 frames are refused. A file cut short
    raises too, with the frames read before the cut in the error's `frames`.
    """
    path = Path(path)
    size = path.stat().st_size
    if size > MAX_FILE_SIZE:
        raise CaptureFileError(Message(FILE_TOO_LARGE, size=size, limit=MAX_FILE_SIZE))
    reader = CaptureReader(max_frames=MAX_FRAMES)
    frames: list[Frame] = []
    with path.open("rb") as stream:
        while chunk := stream.read(READ_CHUNK):
            try:
                frames += reader.feed(chunk)
            except CaptureFileError as error:
                error.frames = frames + error.frames
                raise
    try:
        reader.finish()
    except CaptureFileError as error:
        error.frames = frames
        raise
    return frames


def write_pcapng(path: str | os.PathLike[str], frames) -> int:
    """Write frames to a pcapng file; returns how many were written."""
    count = 0
    with Path(path).open("wb") as stream:
        writer = PcapngWriter(stream)
        for frame in frames:
            writer.write(frame)
            count += 1
    return count
