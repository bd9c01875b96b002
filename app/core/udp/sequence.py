"""The optional sequence header, and the counter of lost and reordered datagrams.

UDP does not number datagrams, so a receiver cannot tell loss from silence. When the
sender's "sequence header" option is on, each datagram starts with 12 bytes:

    offset 0  4 bytes  the magic b"SLSQ"
    offset 4  4 bytes  stream id, unsigned big-endian (random per sending run)
    offset 8  4 bytes  sequence number, unsigned big-endian, 0 for the first datagram

followed by the payload. The receiver counts, per stream, how many numbers are missing
(lost), how many arrived after a higher number (out of order) and how many arrived
twice. A stream is one (source address, stream id) pair: the sender's IP *and port*
with the id it drew for its run. A sender that uses a new source port per datagram
(socat does) therefore makes one stream per datagram, and nothing can be counted
across them; the receiver shows its streams so that this is seen, not guessed. The
numbers are the sender's to choose, so the memory this takes is bounded whatever
arrives: `REORDER_WINDOW` and `MAX_STREAMS` below.
"""

from __future__ import annotations

import random
import struct
from collections import OrderedDict
from dataclasses import dataclass

from app.core.messages import N_, Message
from app.core.udp.payload import DEFAULT_ENCODING, preview_text

MAGIC = b"SLSQ"
HEADER = struct.Struct("!4sII")
HEADER_SIZE = HEADER.size  # 12
_MAX_SEQUENCE = 0xFFFFFFFF
#: How far behind the newest number a datagram may arrive and still be told apart
#: exactly: reordered (it was missing) or duplicate (it came before). Each stream that
#: ever had a gap keeps one byte per number of this window (4 KiB), whatever the
#: numbers; a jump of any size beyond it counts the skipped numbers as lost without
#: storing them, and a number further behind than this counts as a duplicate (too late
#: to tell). 4,096 covers a second of reordering at about 4,000 datagrams a second.
REORDER_WINDOW = 4096
#: How many streams, per (source address, stream id), one counter follows. A new one
#: beyond this evicts the least recently heard (its counts stay in the totals), so a
#: sender spraying stream ids or source ports cannot grow the table: at most about
#: 1,024 x 4 KiB = 4 MiB.
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
    """Totals over all streams seen so far (evicted streams included)."""

    streams: int = 0  # streams followed now
    received: int = 0  # distinct sequence numbers that arrived
    lost: int = 0  # numbers in the seen range that never arrived (so far)
    reordered: int = 0  # arrived after a higher number
    duplicates: int = 0  # arrived again, or too far behind to tell
    evicted: int = 0  # streams forgotten to make room for newer ones


@dataclass(frozen=True, slots=True)
class StreamStats:
    """One stream's counts: the datagrams of one sending run from one source address.

    A stream is told apart by the sender's address (IP and port) and the stream id in
    the header: a sender that uses a new source port per datagram (socat does) makes a
    stream per datagram, whose loss and order cannot be counted.
    """

    source: object  # the sender's address tuple, (host, port[, flow, scope])
    stream_id: int
    received: int
    lost: int
    reordered: int
    duplicates: int


def _fill(seen: bytearray, first: int, count: int, value: memoryview) -> None:
    """Set the window slots of numbers `first` .. `first + count - 1` to `value`'s bytes.

    `count` is at most the window; the slots wrap around the end of `seen`.
    """
    size = len(seen)
    start = first % size
    end = start + count
    if end <= size:
        seen[start:end] = value[:count]
    else:
        seen[start:] = value[: size - start]
        seen[: end - size] = value[: end - size]


class _Stream:
    """One stream's counts, and which of the last `window` numbers arrived.

    `seen` is a ring of one byte per number: slot `n % window` is 1 when number `n`
    (one of the `window` numbers up to `highest`) arrived. It is None while no number
    from `first` to `highest` is missing, which keeps an in-order stream free of it.
    """

    __slots__ = (
        "duplicates",
        "first",
        "highest",
        "ones",
        "received",
        "reordered",
        "seen",
        "window",
        "zeros",
    )

    def __init__(self, sequence: int, window: int, ones: memoryview, zeros: memoryview) -> None:
        self.first = sequence
        self.highest = sequence
        self.received = 1
        self.reordered = 0
        self.duplicates = 0
        self.window = window
        self.ones = ones
        self.zeros = zeros
        self.seen: bytearray | None = None

    def add(self, sequence: int) -> None:
        highest = self.highest
        if sequence == highest + 1:  # the common case, kept cheap
            seen = self.seen
            if seen is not None:
                seen[sequence % self.window] = 1
            self.highest = sequence
            self.received += 1
        elif sequence > highest:
            self._jump(sequence)
        else:
            self._behind(sequence)

    def extend(self, count: int) -> None:
        """The next `count` numbers after `highest` arrived (a run; no per-number work)."""
        seen = self.seen
        if seen is not None:
            if count >= self.window:
                seen[:] = self.ones
            else:
                _fill(seen, self.highest + 1, count, self.ones)
        self.highest += count
        self.received += count

    def _window_seen(self) -> bytearray:
        """The ring, made on the first gap: every number from `first` to `highest` came."""
        seen = self.seen
        if seen is None:
            seen = self.seen = bytearray(self.window)
            low = max(self.first, self.highest - self.window + 1)
            _fill(seen, low, self.highest - low + 1, self.ones)
        return seen

    def _jump(self, sequence: int) -> None:
        """A number more than one above the highest: the ones between are missing."""
        seen = self._window_seen()
        skipped = sequence - self.highest - 1
        if skipped >= self.window - 1:  # the whole window moves on: nothing in it came
            seen[:] = self.zeros
        else:
            _fill(seen, self.highest + 1, skipped, self.zeros)
        seen[sequence % self.window] = 1
        self.highest = sequence
        self.received += 1

    def _behind(self, sequence: int) -> None:
        """A number at or below the highest: late (reordered) or again (duplicate)."""
        in_window = self.highest - sequence < self.window
        if sequence < self.first:  # before anything we saw: new, and late
            seen = self._window_seen()
            if in_window:
                seen[sequence % self.window] = 1
            self.first = sequence
            self.received += 1
            self.reordered += 1
        elif not in_window or self.seen is None or self.seen[sequence % self.window]:
            self.duplicates += 1
        else:
            self.seen[sequence % self.window] = 1
            self.received += 1
            self.reordered += 1

    @property
    def lost(self) -> int:
        return self.highest - self.first + 1 - self.received


class SequenceCounter:
    """Counts loss, reordering and duplicates from sequence headers, per stream.

    Memory is bounded whatever arrives: at most `max_streams` streams (the least
    recently heard is evicted), each with at most a `window`-byte ring.
    """

    def __init__(self, *, window: int = REORDER_WINDOW, max_streams: int = MAX_STREAMS) -> None:
        self.window = window
        self.max_streams = max_streams
        self._ones = memoryview(b"\x01" * window)
        self._zeros = memoryview(bytes(window))
        self._streams: OrderedDict[tuple[object, int], _Stream] = OrderedDict()
        self.evicted = 0
        self._retired = [0, 0, 0, 0]  # received, lost, reordered, duplicates of evicted

    def _get(self, key: tuple[object, int]) -> _Stream | None:
        stream = self._streams.get(key)
        if stream is not None:
            self._streams.move_to_end(key)
        return stream

    def _new(self, key: tuple[object, int], sequence: int) -> _Stream:
        streams = self._streams
        if len(streams) >= self.max_streams:
            _, old = streams.popitem(last=False)
            retired = self._retired
            retired[0] += old.received
            retired[1] += old.lost
            retired[2] += old.reordered
            retired[3] += old.duplicates
            self.evicted += 1
        stream = streams[key] = _Stream(sequence, self.window, self._ones, self._zeros)
        return stream

    def add(self, source: object, stream_id: int, sequence: int) -> None:
        """Record one datagram's header; `source` is the sender's address."""
        key = (source, stream_id)
        stream = self._get(key)
        if stream is None:
            self._new(key, sequence)
        else:
            stream.add(sequence)

    def add_run(self, source: object, stream_id: int, first: int, count: int) -> None:
        """Record `count` consecutive numbers from `first` on (the receiver's fast path)."""
        key = (source, stream_id)
        stream = self._get(key)
        if stream is None:
            stream = self._new(key, first)
        else:
            stream.add(first)
        if count <= 1:
            return
        if stream.highest == first:  # the run extends the top: no per-number work
            stream.extend(count - 1)
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
        """Totals over every stream, the evicted ones included."""
        streams = self._streams.values()
        received, lost, reordered, duplicates = self._retired
        return SequenceStats(
            streams=len(self._streams),
            received=received + sum(s.received for s in streams),
            lost=lost + sum(s.lost for s in streams),
            reordered=reordered + sum(s.reordered for s in streams),
            duplicates=duplicates + sum(s.duplicates for s in streams),
            evicted=self.evicted,
        )

    def stream_stats(self, limit: int = MAX_STREAMS) -> tuple[StreamStats, ...]:
        """The counts of at most `limit` streams, the most recently heard first."""
        shown: list[StreamStats] = []
        for (source, stream_id), stream in reversed(self._streams.items()):
            if len(shown) >= limit:
                break
            shown.append(
                StreamStats(
                    source,
                    stream_id,
                    stream.received,
                    stream.lost,
                    stream.reordered,
                    stream.duplicates,
                )
            )
        return tuple(shown)

    def reset(self) -> None:
        """Forget every stream."""
        self._streams.clear()
        self.evicted = 0
        self._retired = [0, 0, 0, 0]
