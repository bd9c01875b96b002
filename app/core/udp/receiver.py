"""The UDP receiver engine: drain the socket per readiness, count exactly, batch the rest.

Each time the socket is readable the engine calls `recvfrom()` until the kernel has no
more (BlockingIOError) or `max_per_turn` datagrams were read, so a flood costs one
`select()` per few hundred datagrams and a Stop is never starved. The datagrams of a
turn travel as one `DatagramBatch`; the totals (exact: every datagram is counted, even
those the table will not keep) and the current rate travel as a `ReceiverCounters` at
most every 100 ms. A 4 MiB receive buffer absorbs bursts while the loop is busy.

Echo mode sends every datagram back to its source from the same socket, which makes
the receiver a UDP echo server.
"""

from __future__ import annotations

import errno
import socket
import sys
import time
from array import array
from operator import itemgetter

from app.core.engine import Engine
from app.core.errors import ErrorContext
from app.core.messages import N_, Message, message_of
from app.core.trace import OK, format_address, format_sockaddr_arg
from app.core.udp.addressing import (
    InterfaceError,
    ipv4_membership,
    ipv6_membership,
    multicast_group_problem,
    resolve,
    wildcard_for,
)
from app.core.udp.events import DatagramBatch, Received, ReceiverBound, ReceiverCounters
from app.core.udp.sequence import HEADER, HEADER_SIZE, MAGIC, SequenceCounter

# Trace results, in the reader's language (the calls themselves stay as Python writes them).
BOUND_TO = N_("trace", "ok, bound to {address}")
BUFFER_GRANTED = N_("trace", "ok (the kernel reports {count:,} bytes)")
GROUP_JOINED = N_("trace", "ok (the kernel now delivers the group's datagrams)")
BYTES_FROM = N_("trace", "{count:,} bytes from {address}")
DRAINED_BYTES = N_("trace", "{count:,} bytes in the last {seconds:.1f} s")
DRAINED = N_("trace", "{datagrams:,} datagrams in {turns:,} turns of draining until EWOULDBLOCK")
DRAINED_SUMMARY = N_("trace", "{drained}: {received}")
ECHOES_TRACED = 20  # echo sendto() lines shown per run; the counters count them all

#: The receive buffer the engine asks for; Linux caps it at net.core.rmem_max.
RECEIVE_BUFFER = 4 * 1024 * 1024
#: The largest datagram recvfrom() may return (IPv6 payloads reach 65,527 bytes).
MAX_DATAGRAM = 65_535
COUNTERS_INTERVAL = 0.1
#: The counters carry the counts of at most this many streams (the most recently heard);
#: the totals count every stream.
STREAMS_REPORTED = 50

_payload_of = itemgetter(0)
_address_of = itemgetter(1)
_MAGIC_WORD = int.from_bytes(MAGIC, "big")
_SEQUENCE_LIMIT = 1 << 32
_SWAP_TO_BIG_ENDIAN = sys.byteorder == "little"
assert array("I").itemsize == 4, "the sequence header is read as 32-bit words"
#: Under a flood the trace gets one summary line per this many seconds.
SUMMARY_INTERVAL = 1.0


class ReceiveTally:
    """Exact totals of what a receiver read: datagrams, bytes and sequence headers.

    It takes a whole turn of datagrams at once, so the common case (one sender's
    consecutive numbers) is recognised with list and array operations that run in C,
    and recorded as one run.
    """

    def __init__(self) -> None:
        self.datagrams = 0
        self.bytes = 0
        self.sequenced = 0  # datagrams that carried the sequence header
        self.sequence = SequenceCounter()

    def add_turn(self, batch: list[Received]) -> int:
        """Count one turn's `(data, address)` datagrams; returns their bytes."""
        payloads = list(map(_payload_of, batch))
        received_bytes = sum(map(len, payloads))
        self.datagrams += len(batch)
        self.bytes += received_bytes
        if min(map(len, payloads)) >= HEADER_SIZE:
            self.sequenced += self._count_sequences(batch, payloads)
        else:
            self.sequenced += self._count_sequences_one_by_one(batch)
        return received_bytes

    def _count_sequences(self, batch: list[Received], payloads: list[bytes]) -> int:
        """Feed the turn's sequence headers to the counter; returns how many there were.

        One sender's consecutive numbers are checked with array operations and
        recorded as one run; anything else goes number by number.
        """
        count = len(batch)
        words = array("I")
        words.frombytes(b"".join([data[:HEADER_SIZE] for data in payloads]))
        if _SWAP_TO_BIG_ENDIAN:
            words.byteswap()
        magics = words[0::3]
        if magics.count(_MAGIC_WORD) == count:
            streams, numbers = words[1::3], words[2::3]
            first = numbers[0]
            addresses = list(map(_address_of, batch))
            if (
                streams.count(streams[0]) == count
                and first + count <= _SEQUENCE_LIMIT
                and numbers == array("I", range(first, first + count))
                and addresses.count(addresses[0]) == count
            ):
                self.sequence.add_run(addresses[0], streams[0], first, count)
                return count
        return self._count_sequences_one_by_one(batch)

    def _count_sequences_one_by_one(self, batch: list[Received]) -> int:
        """Mixed senders, gaps or reordering: consecutive numbers still go as runs."""
        add_run = self.sequence.add_run
        unpack = HEADER.unpack_from
        sequenced = 0
        run_address: tuple | None = None
        run_stream = run_first = 0
        expected = -1  # the next number of the current in-order run
        for data, address in batch:
            if len(data) < HEADER_SIZE:
                continue
            magic, stream, number = unpack(data)
            if magic != MAGIC:
                continue
            sequenced += 1
            if number == expected and stream == run_stream and address == run_address:
                expected += 1
                continue
            if expected >= 0:
                add_run(run_address, run_stream, run_first, expected - run_first)
            run_address, run_stream, run_first, expected = address, stream, number, number + 1
        if expected >= 0:
            add_run(run_address, run_stream, run_first, expected - run_first)
        return sequenced


class UdpReceiverEngine(Engine):
    """Binds a UDP socket (optionally joining a multicast group) and reports what arrives."""

    name = "UDP receiver"
    trace_role = "receiver"

    def __init__(
        self,
        host: str = "0.0.0.0",
        port: int = 0,
        *,
        group: str = "",
        interface: str = "",
        echo: bool = False,
        receive_buffer: int = RECEIVE_BUFFER,
        max_per_turn: int = 2048,
        batch_interval: float = 1 / 60,
        tally: ReceiveTally | None = None,
        generation: int = 0,
    ) -> None:
        """`tally`: the totals of an earlier run to go on counting (Stop then Start
        keeps the counts; the caller must not touch it while this engine runs).
        `generation` tags the batches and counters, so a caller that started a new count
        (`reset_counts`) can drop what was counted before it."""
        super().__init__(batch_interval=batch_interval)
        self.host = host
        self.port = port
        self.group = group.strip()
        self.interface = interface.strip()
        self.echo = echo
        self.receive_buffer = receive_buffer
        self.max_per_turn = max_per_turn
        self.bound_port = 0
        self.tally = tally if tally is not None else ReceiveTally()
        self.generation = generation
        self.echoed = 0
        self.echo_dropped = 0
        self._sock: socket.socket | None = None
        self._last_sample = (0.0, 0, 0)  # (monotonic, datagrams, bytes)
        self._last_emitted_datagrams = -1
        self._last_rate = 0.0
        self._drained = [0, 0, 0]  # busy turns, datagrams and bytes since the last summary
        self._last_summary = 0.0

    @property
    def datagrams(self) -> int:
        """Datagrams received so far (exact)."""
        return self.tally.datagrams

    @property
    def bytes(self) -> int:
        """Payload bytes received so far (exact)."""
        return self.tally.bytes

    @property
    def sequence(self) -> SequenceCounter:
        """The loss/reorder counter fed by sequence headers."""
        return self.tally.sequence

    # ----------------------------------------------------------------- any thread
    def set_echo(self, enabled: bool) -> None:
        """Turn echo mode on or off while running."""
        self.call_soon_threadsafe(self._set_echo, enabled)

    def reset_counts(self, generation: int) -> None:
        """Start a new count: every total, stream and rate from zero, tagged `generation`."""
        self.call_soon_threadsafe(self._reset_counts, generation)

    def reply(self, address: tuple, data: bytes) -> None:
        """Send `data` to `address` from the receiving socket (so it comes from our port)."""
        self.call_soon_threadsafe(self._reply, tuple(address), bytes(data))

    # ----------------------------------------------------------------- loop thread
    def on_start(self) -> None:
        group_family = None
        if self.group:
            problem = multicast_group_problem(self.group)
            if problem is not None:
                self.error(problem, field="group", fatal=True)
                raise _reported(OSError(errno.EINVAL, problem))
            group_family = resolve(self.group, 0).family
        host = self.host.strip()
        if group_family is not None and host in ("", "0.0.0.0", "::"):
            host = wildcard_for(group_family)  # multicast arrives on a wildcard socket
        try:
            target = resolve(host, self.port, passive=True)
        except OSError as exc:
            context = ErrorContext("resolve", host, self.port)
            self.error(
                self.trace.failed(f"getaddrinfo({host!r}, {self.port})", exc, context),
                field="host",
                fatal=True,
            )
            raise _reported(exc) from None
        family_name = "AF_INET6" if target.is_ipv6 else "AF_INET"
        sock = socket.socket(target.family, socket.SOCK_DGRAM)
        self._sock = sock
        self.trace.call(f"socket({family_name}, SOCK_DGRAM)", OK)
        if self.group:
            # Several receivers on one machine may join the same group on the same port.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self.trace.call("setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)", OK)
        granted = self._set_receive_buffer(sock)
        call = f"bind({format_sockaddr_arg(target.sockaddr)})"
        try:
            sock.bind(target.sockaddr)
        except OSError as exc:
            context = ErrorContext("bind", target.host, self.port)
            self.error(self.trace.failed(call, exc, context), field="port", fatal=True)
            raise _reported(exc) from None
        bound = sock.getsockname()
        self.bound_port = bound[1]
        self.trace.call(call, Message(BOUND_TO, address=format_address(bound)))
        if self.group:
            self._join(sock, group_family == socket.AF_INET6)
        sock.setblocking(False)
        self.add_reader(sock, self._on_readable)
        self.emit(ReceiverBound(str(bound[0]), self.bound_port, self.group, granted))
        # Counts an earlier run left (Stop then Start) go on; the rate starts here.
        self._last_sample = (time.monotonic(), self.datagrams, self.bytes)
        self.call_later(COUNTERS_INTERVAL, self._tick)

    def _set_receive_buffer(self, sock: socket.socket) -> int:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, self.receive_buffer)
        except OSError as exc:
            self.trace.failed(f"setsockopt(SOL_SOCKET, SO_RCVBUF, {self.receive_buffer})", exc)
            return sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
        granted = sock.getsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF)
        self.trace.call(
            f"setsockopt(SOL_SOCKET, SO_RCVBUF, {self.receive_buffer})",
            Message(BUFFER_GRANTED, count=granted),
        )
        return granted

    def _join(self, sock: socket.socket, ipv6: bool) -> None:
        interface = self.interface or ("default interface" if ipv6 else "0.0.0.0")  # traced
        shown_interface = self.interface or (
            Message(N_("udp", "the default interface")) if ipv6 else "0.0.0.0"
        )
        try:
            if ipv6:
                call = f"setsockopt(IPPROTO_IPV6, IPV6_JOIN_GROUP, {self.group} on {interface})"
                membership = ipv6_membership(self.group, self.interface)
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_JOIN_GROUP, membership)
            else:
                call = f"setsockopt(IPPROTO_IP, IP_ADD_MEMBERSHIP, {self.group} on {interface})"
                membership = ipv4_membership(self.group, self.interface)
                sock.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, membership)
        except OSError as exc:
            if isinstance(exc, InterfaceError):  # mistyped: no socket call was made
                message = message_of(exc)
            else:
                message = self.trace.failed(
                    f"join {self.group}", exc, ErrorContext("join", self.interface or self.group)
                )
            if exc.errno in (errno.ENODEV, errno.EADDRNOTAVAIL, errno.EINVAL, None):
                message = Message(
                    N_(
                        "udp",
                        "Could not join {group} on {interface}: {reason} Check the interface "
                        "(an address of this machine for IPv4, a name such as eth0 for IPv6).",
                    ),
                    group=self.group,
                    interface=shown_interface,
                    reason=message,
                )
            self.error(message, field="group", fatal=True)
            raise _reported(exc) from None
        self.trace.call(call, Message(GROUP_JOINED))

    def on_stop(self) -> None:
        if self._sock is not None:
            if self._drained[0]:
                self._trace_drain_summary(time.monotonic())
            self._emit_counters(time.monotonic())
            self.remove(self._sock)
            started = self.trace.now()
            self._sock.close()
            self._sock = None
            self.trace.call("close()", at=started, always=True)

    def _on_readable(self, _mask: int) -> None:
        """Drain the socket: recvfrom() until it would block, at most max_per_turn.

        This is the hot path (hundreds of thousands of datagrams a second), so the loop
        does nothing but keep recvfrom()'s own tuples; the turn is stamped once, and
        the sizes and sequence headers are then counted with list and array operations
        that run in C (see `ReceiveTally`).
        """
        sock = self._sock
        if sock is None:
            return
        recvfrom = sock.recvfrom
        batch: list[Received] = []
        append = batch.append
        failure: OSError | None = None
        try:
            for _ in range(self.max_per_turn):
                append(recvfrom(MAX_DATAGRAM))
        except BlockingIOError:
            pass
        except OSError as exc:  # e.g. ECONNREFUSED left by an echo to a closed port
            failure = exc
        if batch:
            self._account(sock, batch)
        if failure is not None:
            self._report_receive_error(failure)

    def _account(self, sock: socket.socket, batch: list[Received]) -> None:
        """Count, echo and report one turn's datagrams."""
        count = len(batch)
        received_bytes = self.tally.add_turn(batch)
        if self.echo:
            for data, address in batch:
                self._echo(sock, data, address)
        self.emit(DatagramBatch(time.time(), batch, self.generation))
        if count <= 3:
            for data, address in batch:
                self.trace.call(
                    "recvfrom(65535)",
                    Message(BYTES_FROM, count=len(data), address=format_address(address)),
                )
        else:  # a flood: one summary line a second says more than thousands of lines
            self._drained[0] += 1
            self._drained[1] += count
            self._drained[2] += received_bytes

    def _echo(self, sock: socket.socket, data: bytes, address: tuple) -> None:
        started = self.trace.now()
        try:
            sock.sendto(data, address)
        except BlockingIOError:
            self.echo_dropped += 1
        except OSError as exc:
            self.echo_dropped += 1
            if self.echo_dropped == 1:
                call = f"sendto(…, {format_sockaddr_arg(address)})"
                self.trace.failed(call, exc, at=started)
        else:
            self.echoed += 1
            if self.echoed <= ECHOES_TRACED:  # the first echoes; a flood's are counted
                self.trace.sent(f"sendto(…, {format_sockaddr_arg(address)})", len(data), at=started)

    def _report_receive_error(self, exc: OSError) -> None:
        if exc.errno == errno.ECONNREFUSED:
            # An earlier echo or reply hit a closed port; the kernel reports it here.
            self.trace.failed(
                "recvfrom(65535)", exc, ErrorContext("recv")
            )  # not fatal: keep receiving
            return
        self.error(self.trace.failed("recvfrom(65535)", exc, ErrorContext("recv")))

    def _reset_counts(self, generation: int) -> None:
        self.tally = ReceiveTally()
        self.generation = generation
        self.echoed = 0
        self.echo_dropped = 0
        self._drained = [0, 0, 0]
        now = time.monotonic()
        self._last_sample = (now, 0, 0)
        self.trace.call("counters reset (Clear)")
        self._emit_counters(now)

    def _set_echo(self, enabled: bool) -> None:
        self.echo = enabled
        self.trace.call(f"echo mode {'on' if enabled else 'off'}")

    def _reply(self, address: tuple, data: bytes) -> None:
        sock = self._sock
        if sock is None:
            return
        call = f"sendto(…, {format_sockaddr_arg(address)})"
        started = self.trace.now()
        try:
            sock.sendto(data, address)
        except OSError as exc:
            context = ErrorContext("send", str(address[0]), int(address[1]))
            self.error(self.trace.failed(call, exc, context, at=started), field="reply")
            return
        self.trace.call(call, OK, at=started)

    def _tick(self) -> None:
        now = time.monotonic()
        if self._drained[0] and now - self._last_summary >= SUMMARY_INTERVAL:
            self._trace_drain_summary(now)
        if self.datagrams != self._last_emitted_datagrams or self._last_rate:
            self._emit_counters(now)
        else:
            self._last_sample = (now, self.datagrams, self.bytes)
        self.call_later(COUNTERS_INTERVAL, self._tick)

    def _trace_drain_summary(self, now: float) -> None:
        turns, datagrams, received_bytes = self._drained
        seconds = now - self._last_summary if self._last_summary else SUMMARY_INTERVAL
        self._drained = [0, 0, 0]
        self._last_summary = now
        self.trace.call(
            "recvfrom(65535) x N",
            Message(
                DRAINED_SUMMARY,
                drained=Message(DRAINED, datagrams=datagrams, turns=turns),
                received=Message(DRAINED_BYTES, count=received_bytes, seconds=min(seconds, 99)),
            ),
        )

    def _emit_counters(self, now: float) -> None:
        then, datagrams_then, bytes_then = self._last_sample
        elapsed = max(now - then, 1e-6)
        rate = (self.datagrams - datagrams_then) / elapsed
        byte_rate = (self.bytes - bytes_then) / elapsed
        self._last_sample = (now, self.datagrams, self.bytes)
        self._last_emitted_datagrams = self.datagrams
        self._last_rate = rate
        sequenced = self.tally.sequenced
        sequence = self.sequence
        stats = sequence.stats() if sequenced else None
        self.emit(
            ReceiverCounters(
                datagrams=self.datagrams,
                bytes=self.bytes,
                datagrams_per_second=rate,
                bytes_per_second=byte_rate,
                sequenced=sequenced,
                lost=stats.lost if stats else 0,
                reordered=stats.reordered if stats else 0,
                duplicates=stats.duplicates if stats else 0,
                echoed=self.echoed,
                echo_dropped=self.echo_dropped,
                time=now,
                streams=sequence.stream_stats(STREAMS_REPORTED) if sequenced else (),
                stream_count=stats.streams if stats else 0,
                generation=self.generation,
            )
        )


def _reported(exc: OSError) -> OSError:
    """Mark an error the engine already reported, so run() does not report it twice."""
    exc.socketlab_reported = True  # type: ignore[attr-defined]
    return exc
