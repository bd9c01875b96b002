"""Events of the UDP engines: compact batches and periodic summaries, never one per datagram.

Received datagrams travel as the very tuples `recvfrom()` returns, `(data, address)`,
in a `DatagramBatch` per loop turn that carries the time the turn read them: at
200,000 datagrams a second, an object or even a timestamp per datagram would cost more
than receiving it. A turn lasts at most a few milliseconds, so the batch time is the
read time of each of its datagrams to within that.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.events import Event
from app.core.udp.sequence import StreamStats

#: One received datagram as recvfrom() returns it: (payload, sender address tuple).
Received = tuple[bytes, tuple]
#: A received datagram with the time it was read: (time.time(), address, payload).
Datagram = tuple[float, tuple, bytes]


@dataclass(frozen=True, slots=True)
class ReceiverBound(Event):
    """The receiver's socket is bound (port 0 became a real port) and joined its group."""

    host: str
    port: int
    group: str = ""
    receive_buffer: int = 0  # the SO_RCVBUF size the kernel granted


@dataclass(frozen=True, slots=True)
class DatagramBatch(Event):
    """Datagrams read in one loop turn, oldest first, and when the turn read them."""

    time: float
    datagrams: list[Received]
    generation: int = 0  # the count they belong to (the receiver's Clear starts a new one)

    def timed(self) -> list[Datagram]:
        """The datagrams as `(time, address, data)` (for code that is not a hot path)."""
        when = self.time
        return [(when, address, data) for data, address in self.datagrams]


@dataclass(frozen=True, slots=True)
class ReceiverCounters(Event):
    """Exact running totals and the current rate, sent at most every 100 ms."""

    datagrams: int
    bytes: int
    datagrams_per_second: float
    bytes_per_second: float
    sequenced: int = 0  # datagrams that carried the sequence header
    lost: int = 0
    reordered: int = 0
    duplicates: int = 0
    echoed: int = 0
    echo_dropped: int = 0
    time: float = 0.0  # time.monotonic() of the sample
    streams: tuple[StreamStats, ...] = ()  # the most recently heard streams, newest first
    stream_count: int = 0  # streams followed now (more than `streams` shows, perhaps)
    generation: int = 0  # the count they belong to (the receiver's Clear starts a new one)


@dataclass(frozen=True, slots=True)
class SenderSocket(Event):
    """The sender's socket: its local address and where it sends."""

    local: str
    target: str
    connected: bool


@dataclass(frozen=True, slots=True)
class SendProgress(Event):
    """How far a send job got; sent at most every 100 ms and once at the end."""

    job_id: int
    sent: int
    total: int  # 0 means "until stopped"
    bytes_sent: int
    datagrams_per_second: float
    failed: int = 0
    finished: bool = False
    reason: str = ""  # when finished: "done", "stopped", "replaced" or "error"


@dataclass(frozen=True, slots=True)
class RepliesReceived(Event):
    """Datagrams that came back to the sender's socket (replies), oldest first."""

    time: float
    datagrams: list[Received] = field(default_factory=list)
