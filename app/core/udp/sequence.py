"""The optional sequence header, and the counter of lost and reordered datagrams.

UDP does not number datagrams, so a receiver cannot tell loss from silence. When the
sender's "sequence header" option is on, each datagram starts with 12 bytes:

    offset 0  4 bytes  the magic b"SLSQ"
    offset 4  4 bytes  stream id, unsigned big-endian (random per sending run)
    offset 8  4 bytes  sequence number, unsigned big-endian, 0 for the first datagram

followed by the payload. The receiver counts, per (source address, stream id), how many
numbers are missing (lost), how many arrived after a higher number (out of order) and
how many arrived twice.
"""

from __future__ import annotations

import random
import struct
from dataclasses import dataclass

from app.core.messages import N_, Message
from app.core.udp.payload import DEFAULT_ENCODING, preview_text

MAGIC = b"SLSQ"
HEADER = struct.Struct("!4sII")
HEADER_SIZE = HEADER.size  # 12
_MAX_SEQUENCE = 0xFFFFFFFF
#: Gaps are remembered number by number up to this many, so late arrivals count as
#: reordered rather than duplicate; bigger gaps are counted as lost for good.
MAX_TRACKED_GAP = 65_536
#: How many distinct streams one counter follows; more are counted as untracked.
MAX_STREAMS = 1024


def new_stream_id() -> int:
    """A random stream id for one sending run."""
    return random.getrandbits(32)


def pack_header(stream_id: int, sequence: int) -> bytes:
    """The 12-byte header for datagram `sequence` of stream `stream_id`."""
    return HEADER.pack(MAGIC, stream_id, sequence & _MAX_SEQUENCE)


def parse_header(data: bytes) -> tuple[int, int] | None:
    """`(stream_id, sequence)` when `data` starts with the header, else None."""
    if len(data) >= HEADER_SIZE and data.startswith(MAGIC):
        _, stream_id, sequence = HEADER.unpack_from(data)
        return stream_id, sequence
    return None


def preview_datagram(data: bytes, encoding: str = DEFAULT_ENCODING, limit: int = 120) -> str:
    """The one-line preview, with a sequence header shown as `[seq N]` instead of bytes.

    With a header the preview is a `Message` (the window translates "seq"); the
    payload's own text goes in as a value.
    """
    if len(data) >= HEADER_SIZE and data.startswith(MAGIC):
        return Message(
            N_("udp", "[seq {number:,}] {preview}"),
            number=int.from_bytes(data[8:HEADER_SIZE], "big"),
            preview=preview_text(data[HEADER_SIZE:], encoding, limit),
        )
    return preview_text(data, encoding, limit)


@dataclass(frozen=True, slots=True)
class SequenceStats:
    """Totals over all streams seen so far."""

    streams: int = 0
    received: int = 0  # distinct sequence numbers that arrived
    lost: int = 0  # numbers in the seen range that never arrived (so far)
    reordered: int = 0  # arrived after a higher number
    duplicates: int = 0  # arrived again


class _Stream:
    __slots__ = ("duplicates", "first", "highest", "missing", "received", "reordered")

    def __init__(self, sequence: int) -> None:
        self.first = sequence
        self.highest = sequence
        self.received = 1
        self.reordered = 0
        self.duplicates = 0
        self.missing: set[int] = set()

    def add(self, sequence: int) -> None:
        highest = self.highest
        if sequence == highest + 1:  # the common case, kept cheap
            self.highest = sequence
            self.received += 1
        elif sequence > highest:
            gap = sequence - highest - 1
            if gap <= MAX_TRACKED_GAP:
                self.missing.update(range(highest + 1, sequence))
            self.highest = sequence
            self.received += 1
        elif sequence in self.missing:
            self.missing.discard(sequence)
            self.received += 1
            self.reordered += 1
        elif sequence < self.first:
            if self.first - sequence - 1 <= MAX_TRACKED_GAP:
                self.missing.update(range(sequence + 1, self.first))
            self.first = sequence
            self.received += 1
            self.reordered += 1
        else:
            self.duplicates += 1

    @property
    def lost(self) -> int:
        return self.highest - self.first + 1 - self.received


class SequenceCounter:
    """Counts loss, reordering and duplicates from sequence headers, per stream."""

    def __init__(self) -> None:
        self._streams: dict[tuple[object, int], _Stream] = {}
        self.untracked = 0  # datagrams of streams beyond MAX_STREAMS

    def add(self, source: object, stream_id: int, sequence: int) -> None:
        """Record one datagram's header; `source` is the sender's address."""
        key = (source, stream_id)
        stream = self._streams.get(key)
        if stream is not None:
            stream.add(sequence)
        elif len(self._streams) < MAX_STREAMS:
            self._streams[key] = _Stream(sequence)
        else:
            self.untracked += 1

    def add_run(self, source: object, stream_id: int, first: int, count: int) -> None:
        """Record `count` consecutive numbers from `first` on (the receiver's fast path)."""
        key = (source, stream_id)
        stream = self._streams.get(key)
        if stream is None:
            if len(self._streams) >= MAX_STREAMS:
                self.untracked += count
                return
            stream = self._streams[key] = _Stream(first)
        else:
            stream.add(first)
        if count <= 1:
            return
        if stream.highest == first:  # the run extends the top: no per-number work
            stream.highest = first + count - 1
            stream.received += count - 1
        else:
            for number in range(first + 1, first + count):
                stream.add(number)

    def add_datagram(self, source: object, data: bytes) -> bool:
        """Record `data` if it carries the header; True when it did."""
        if len(data) >= HEADER_SIZE and data.startswith(MAGIC):
            _, stream_id, sequence = HEADER.unpack_from(data)
            self.add(source, stream_id, sequence)
            return True
        return False

    def stats(self) -> SequenceStats:
        """Totals over every stream."""
        streams = self._streams.values()
        return SequenceStats(
            streams=len(self._streams),
            received=sum(s.received for s in streams),
            lost=sum(s.lost for s in streams),
            reordered=sum(s.reordered for s in streams),
            duplicates=sum(s.duplicates for s in streams),
        )

    def reset(self) -> None:
        """Forget every stream."""
        self._streams.clear()
        self.untracked = 0
