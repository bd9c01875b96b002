"""The UDP sender engine: send once or repeat at any rate, and Stop at once.

One long-lived socket per target, so replies come back to it and an ICMP "port
unreachable" for one datagram is reported on the next send (that is how the OS tells a
connected UDP socket that nobody listens). Unicast targets are `connect()`ed for that
reason, even with broadcast allowed; broadcast addresses and multicast groups use
`sendto()`, so replies from any host come back.

Repeats run on `call_later` timers. With an interval of 0 the engine sends bursts of
at most `burst` datagrams per loop turn, so a Stop (or `engine.stop()`) queued between
two bursts is honoured at once, whatever the rate.
"""

from __future__ import annotations

import errno
import itertools
import selectors
import socket
import time
from dataclasses import dataclass

from app.core.engine import Engine, Timer
from app.core.errors import ErrorContext, describe_os_error
from app.core.messages import N_, Message, message_of
from app.core.trace import OK, format_address, format_sockaddr_arg
from app.core.udp import sequence
from app.core.udp.addressing import (
    InterfaceError,
    ResolvedTarget,
    ipv4_interface_address,
    ipv6_interface_index,
    is_broadcast_destination,
    resolve,
)
from app.core.udp.events import Received, RepliesReceived, SenderSocket, SendProgress
from app.core.udp.payload import PayloadError, check_size

# Trace results, in the reader's language (the calls themselves stay as Python writes them).
CONNECTED_UDP = N_("trace", "ok (UDP: sets the default destination, sends nothing)")
BURST_BYTES = N_("trace", "{count:,} bytes in the last {seconds:.1f} s")
BURST_SUMMARY = N_("trace", "{calls:,} calls: {sent}")
BYTES_FROM = N_("trace", "{count:,} bytes from {address}")

#: How often progress is reported while a job runs.
PROGRESS_INTERVAL = 0.1
#: At full speed the trace gets one summary line of sends per this many seconds.
BURST_SUMMARY_INTERVAL = 1.0
#: Replies read per readiness before the loop looks at other work.
MAX_REPLIES_PER_TURN = 256


@dataclass(frozen=True)
class SendJob:
    """What to send, where, how often, and with which socket options."""

    host: str
    port: int
    payload: bytes
    count: int = 1  # 0: until stopped
    interval: float = 0.0  # seconds between datagrams; 0: as fast as possible
    sequence_header: bool = False
    broadcast: bool = False  # SO_BROADCAST: allowed to send to broadcast addresses
    bind_port: int = 0  # local port (0: any), so replies come back to a known port
    multicast_ttl: int = 1
    multicast_loop: bool = True
    multicast_interface: str = ""  # IPv4 address, or IPv6 interface name/index


def port_unreachable_message(target: str) -> Message:
    """What an ECONNREFUSED on a UDP socket means, in words."""
    return Message(
        N_(
            "udp",
            "Nobody is listening on {target}: that host answered an earlier datagram with "
            "ICMP 'port unreachable'. UDP itself never notices; the OS reports it on the next "
            "send or receive of the socket. Start a receiver there, or check the port.",
        ),
        target=target,
    )


_MULTICAST_ROUTE_ERRORS = (errno.ENETUNREACH, errno.ENODEV, errno.EADDRNOTAVAIL, errno.EHOSTUNREACH)


def multicast_route_message(target: str) -> Message:
    """Why a multicast send found no route, and what to change."""
    return Message(
        N_(
            "udp",
            "No interface can send to the multicast group {target}: the OS has no multicast "
            "route. Set the multicast interface (an address of this machine for IPv4, an "
            "interface name or index for IPv6); some interfaces, like Linux's loopback for "
            "IPv6, do not do multicast at all.",
        ),
        target=target,
    )


class _Job:
    """A running send job (loop thread only)."""

    __slots__ = (
        "burst_bytes",
        "burst_calls",
        "burst_since",
        "burst_stamp",
        "bytes_sent",
        "failed",
        "id",
        "last_report",
        "refused_reported",
        "sent",
        "spec",
        "started",
        "stream_id",
        "target",
        "timer",
    )

    def __init__(self, job_id: int, spec: SendJob, target: ResolvedTarget) -> None:
        self.id = job_id
        self.spec = spec
        self.target = target
        self.sent = 0
        self.failed = 0
        self.bytes_sent = 0
        self.started = time.monotonic()
        self.last_report = 0.0
        self.stream_id = sequence.new_stream_id()
        self.refused_reported = False
        self.timer: Timer | None = None
        self.burst_calls = 0
        self.burst_bytes = 0
        self.burst_since = self.started
        self.burst_stamp = 0.0  # trace clock before the first send the summary counts


class UdpSenderEngine(Engine):
    """Sends datagrams for jobs submitted from any thread; reads the replies that come back."""

    name = "UDP sender"
    trace_role = "sender"

    def __init__(self, *, burst: int = 256, batch_interval: float = 1 / 60) -> None:
        super().__init__(batch_interval=batch_interval)
        self.burst = burst
        self._ids = itertools.count(1)
        self._sock: socket.socket | None = None
        self._sock_key: tuple | None = None
        self._job: _Job | None = None
        self._waiting_writable = False

    # ----------------------------------------------------------------- any thread
    def submit(self, job: SendJob) -> int:
        """Start `job` (replacing a running one); returns its id for progress events."""
        job_id = next(self._ids)
        self.call_soon_threadsafe(self._start_job, job_id, job)
        return job_id

    def stop_sending(self) -> None:
        """Stop the running job, if any, before its next datagram."""
        self.call_soon_threadsafe(self._finish_job, "stopped")

    # ----------------------------------------------------------------- loop thread
    def on_stop(self) -> None:
        if self._job is not None:
            self._finish_job("stopped")
        self._close_socket()

    def _close_socket(self) -> None:
        if self._sock is not None:
            self.remove(self._sock)
            started = self.trace.now()
            self._sock.close()
            self.trace.call("close()", at=started, always=True)
            self._sock = None
            self._sock_key = None
            self._waiting_writable = False

    def _start_job(self, job_id: int, spec: SendJob) -> None:
        if self._job is not None:
            self._finish_job("replaced")
        try:
            target = resolve(spec.host, spec.port)
        except OSError as exc:
            context = ErrorContext("resolve", spec.host, spec.port)
            message = self.trace.failed(f"getaddrinfo({spec.host!r}, {spec.port})", exc, context)
            self._refuse(job_id, spec, message, "target")
            return
        if target.host != spec.host:
            self.trace.call(
                f"getaddrinfo({spec.host!r}, {spec.port}, type=SOCK_DGRAM)",
                format_address(target.sockaddr),
            )
        header = sequence.HEADER_SIZE if spec.sequence_header else 0
        try:
            check_size(len(spec.payload), ipv6=target.is_ipv6, header=header)
        except PayloadError as exc:
            self._refuse(job_id, spec, message_of(exc), "payload")
            return
        try:
            self._prepare_socket(spec, target)
        except OSError as exc:
            exc_field = getattr(exc, "socketlab_field", "target")
            message = getattr(exc, "socketlab_message", None) or describe_os_error(
                exc, ErrorContext("send", target.host, spec.port)
            )
            self._refuse(job_id, spec, message, exc_field)
            return
        job = _Job(job_id, spec, target)
        self._job = job
        self._send_some(job)

    def _refuse(self, job_id: int, spec: SendJob, message: str, field: str) -> None:
        self.error(message, field=field)
        self.emit(
            SendProgress(job_id, 0, spec.count, 0, 0.0, finished=True, reason="error"),
        )

    def _prepare_socket(self, spec: SendJob, target: ResolvedTarget) -> None:
        """Reuse the socket when family, local port and destination allow; else make one."""
        # Unicast is connect()ed even with broadcast allowed: only a connected socket
        # hears the ICMP "port unreachable" of a closed port. Broadcast and multicast
        # stay unconnected, so replies from every host come back to the socket.
        connect = not target.is_multicast and not (
            spec.broadcast and is_broadcast_destination(target)
        )
        key = (target.family, spec.bind_port, target.sockaddr if connect else None)
        if self._sock is not None and self._sock_key == key:
            self._apply_options(self._sock, spec, target)
            return
        self._close_socket()
        family_name = "AF_INET6" if target.is_ipv6 else "AF_INET"
        sock = socket.socket(target.family, socket.SOCK_DGRAM)
        self.trace.call(f"socket({family_name}, SOCK_DGRAM)", OK)
        try:
            if spec.bind_port:
                local = ("::" if target.is_ipv6 else "0.0.0.0", spec.bind_port)
                call = f"bind({format_sockaddr_arg(local)})"
                try:
                    sock.bind(local)
                except OSError as exc:
                    context = ErrorContext("bind", local[0], spec.bind_port)
                    exc.socketlab_message = self.trace.failed(call, exc, context)  # type: ignore[attr-defined]
                    exc.socketlab_field = "bind"  # type: ignore[attr-defined]
                    raise
                self.trace.call(call, OK)
            self._apply_options(sock, spec, target)
            if connect:
                call = f"connect({format_sockaddr_arg(target.sockaddr)})"
                try:
                    sock.connect(target.sockaddr)
                except OSError as exc:
                    context = ErrorContext("send", target.host, spec.port)
                    exc.socketlab_message = self.trace.failed(call, exc, context)  # type: ignore[attr-defined]
                    raise
                self.trace.call(call, Message(CONNECTED_UDP))
            sock.setblocking(False)
        except OSError:
            sock.close()
            raise
        self._sock = sock
        self._sock_key = key
        self.add_reader(sock, self._on_ready)
        local_address = format_address(sock.getsockname())
        self.emit(SenderSocket(local_address, format_address(target.sockaddr), connect))

    def _apply_options(self, sock: socket.socket, spec: SendJob, target: ResolvedTarget) -> None:
        """SO_BROADCAST and the multicast options, traced so a learner sees them."""
        current = sock.getsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST)
        if bool(current) != spec.broadcast:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, int(spec.broadcast))
            self.trace.call(f"setsockopt(SOL_SOCKET, SO_BROADCAST, {int(spec.broadcast)})", OK)
        if not target.is_multicast:
            return
        try:
            if target.is_ipv6:
                sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, spec.multicast_ttl)
                self.trace.call(
                    f"setsockopt(IPPROTO_IPV6, IPV6_MULTICAST_HOPS, {spec.multicast_ttl})", OK
                )
                sock.setsockopt(
                    socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_LOOP, int(spec.multicast_loop)
                )
                self.trace.call(
                    f"setsockopt(IPPROTO_IPV6, IPV6_MULTICAST_LOOP, {int(spec.multicast_loop)})",
                    OK,
                )
                if spec.multicast_interface:
                    index = ipv6_interface_index(spec.multicast_interface)
                    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_IF, index)
                    self.trace.call(f"setsockopt(IPPROTO_IPV6, IPV6_MULTICAST_IF, {index})", OK)
            else:
                sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_TTL, spec.multicast_ttl)
                self.trace.call(
                    f"setsockopt(IPPROTO_IP, IP_MULTICAST_TTL, {spec.multicast_ttl})", OK
                )
                sock.setsockopt(
                    socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, int(spec.multicast_loop)
                )
                self.trace.call(
                    f"setsockopt(IPPROTO_IP, IP_MULTICAST_LOOP, {int(spec.multicast_loop)})", OK
                )
                if spec.multicast_interface:
                    interface = ipv4_interface_address(spec.multicast_interface)
                    sock.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, interface)
                    self.trace.call(
                        f"setsockopt(IPPROTO_IP, IP_MULTICAST_IF, {spec.multicast_interface!r})",
                        OK,
                    )
        except InterfaceError as exc:
            # A mistyped interface: nothing was called, the message says what to type.
            exc.socketlab_message = message_of(exc)  # type: ignore[attr-defined]
            exc.socketlab_field = "multicast"  # type: ignore[attr-defined]
            raise
        except OSError as exc:
            if not hasattr(exc, "socketlab_message"):
                context = ErrorContext("multicast", spec.multicast_interface or target.host)
                message = self.trace.failed("setsockopt(multicast)", exc, context)
                exc.socketlab_message = message  # type: ignore[attr-defined]
                exc.socketlab_field = "multicast"  # type: ignore[attr-defined]
            raise

    def _send_some(self, job: _Job) -> None:
        """Send what is due now (at most one burst), then schedule the rest."""
        job.timer = None
        if self._job is not job or self._sock is None:
            return
        spec = job.spec
        now = time.monotonic()
        attempts = job.sent + job.failed
        if spec.interval > 0:
            due = int((now - job.started) / spec.interval) + 1
            allowed = min(due - attempts, self.burst)
        else:
            allowed = self.burst
        if spec.count:
            allowed = min(allowed, spec.count - attempts)
        if allowed > 0 and not self._send_batch(job, allowed):
            return  # finished on an error, or waiting for the socket to drain
        attempts = job.sent + job.failed
        if spec.count and attempts >= spec.count:
            self._finish_job("done")
            return
        self._report(job, now)
        if spec.interval > 0:
            next_due = job.started + attempts * spec.interval
            job.timer = self.call_later(next_due - time.monotonic(), self._send_some, job)
        else:
            job.timer = self.call_later(0, self._send_some, job)

    def _send_batch(self, job: _Job, allowed: int) -> bool:
        """Send up to `allowed` datagrams; False when the job must pause or ended."""
        sock = self._sock
        assert sock is not None
        spec = job.spec
        connected = self._sock_key is not None and self._sock_key[2] is not None
        sockaddr = job.target.sockaddr
        payload = spec.payload
        pack = sequence.pack_header
        stream_id = job.stream_id
        sent_before = job.sent
        bytes_before = job.bytes_sent
        verb = "send()" if connected else f"sendto(…, {format_sockaddr_arg(sockaddr)})"
        started = self.trace.now()  # before the first send of the batch: its trace stamp
        for _ in range(allowed):
            number = job.sent + job.failed
            data = pack(stream_id, number) + payload if spec.sequence_header else payload
            try:
                if connected:
                    sock.send(data)
                else:
                    sock.sendto(data, sockaddr)
            except BlockingIOError:
                self._wait_writable()
                break
            except OSError as exc:
                if not self._on_send_error(job, exc):
                    return False
                continue
            job.sent += 1
            job.bytes_sent += len(data)
        sent_now = job.sent - sent_before
        if sent_now == 1:
            self.trace.sent(verb, job.bytes_sent - bytes_before, at=started)
        elif sent_now > 1:  # a burst: one summary line a second, not one per burst
            if not job.burst_calls:
                job.burst_stamp = started
            job.burst_calls += sent_now
            job.burst_bytes += job.bytes_sent - bytes_before
            if time.monotonic() - job.burst_since >= BURST_SUMMARY_INTERVAL:
                self._trace_bursts(job, verb)
        return not self._waiting_writable

    def _trace_bursts(self, job: _Job, verb: str) -> None:
        now = time.monotonic()
        if job.burst_calls:
            self.trace.call(
                f"{verb} x N",
                Message(
                    BURST_SUMMARY,
                    calls=job.burst_calls,
                    sent=Message(BURST_BYTES, count=job.burst_bytes, seconds=now - job.burst_since),
                ),
                at=job.burst_stamp,
            )
        job.burst_calls = job.burst_bytes = 0
        job.burst_since = now

    def _on_send_error(self, job: _Job, exc: OSError) -> bool:
        """Report a failed send; True to carry on with the job, False when it ended."""
        target = format_address(job.target.sockaddr)
        if exc.errno == errno.ECONNREFUSED:
            job.failed += 1
            if not job.refused_reported:
                job.refused_reported = True
                self.trace.failed("send()", exc, ErrorContext("send", job.target.host))
                self.error(port_unreachable_message(target), field="target")
            return True
        if exc.errno == errno.ENOBUFS:
            job.failed += 1
            return True
        message = self.trace.failed(
            "send()", exc, ErrorContext("send", job.target.host, job.spec.port)
        )
        if job.target.is_multicast and exc.errno in _MULTICAST_ROUTE_ERRORS:
            message = multicast_route_message(target)
        self.error(message, field="payload" if exc.errno == errno.EMSGSIZE else "target")
        self._finish_job("error")
        return False

    def _wait_writable(self) -> None:
        """The send buffer is full: resume when the socket can take more."""
        if self._sock is not None and not self._waiting_writable:
            self._waiting_writable = True
            self.set_interest(
                self._sock, selectors.EVENT_READ | selectors.EVENT_WRITE, self._on_ready
            )

    def _on_ready(self, mask: int) -> None:
        if mask & selectors.EVENT_WRITE and self._sock is not None:
            self._waiting_writable = False
            self.set_interest(self._sock, selectors.EVENT_READ, self._on_ready)
            job = self._job
            if job is not None and job.timer is None:
                self._send_some(job)
        if mask & selectors.EVENT_READ:
            self._read_replies()

    def _read_replies(self) -> None:
        sock = self._sock
        if sock is None:
            return
        replies: list[Received] = []
        try:
            for _ in range(MAX_REPLIES_PER_TURN):
                replies.append(sock.recvfrom(65535))
        except BlockingIOError:
            pass
        except OSError as exc:
            if exc.errno == errno.ECONNREFUSED and self._sock_key and self._sock_key[2]:
                target = format_address(self._sock_key[2])
                self.trace.failed("recv()", exc, ErrorContext("recv"))
                job = self._job
                if job is None or not job.refused_reported:
                    if job is not None:
                        job.refused_reported = True
                    self.error(port_unreachable_message(target), field="target")
            else:
                self.error(self.trace.failed("recvfrom(65535)", exc, ErrorContext("recv")))
        if replies:
            for data, address in replies[:3]:
                self.trace.call(
                    "recvfrom(65535)",
                    Message(BYTES_FROM, count=len(data), address=format_address(address)),
                )
            self.emit(RepliesReceived(time.time(), replies))

    def _report(self, job: _Job, now: float, *, force: bool = False) -> None:
        if not force and now - job.last_report < PROGRESS_INTERVAL:
            return
        job.last_report = now
        elapsed = max(now - job.started, 1e-6)
        self.emit(
            SendProgress(
                job.id,
                job.sent,
                job.spec.count,
                job.bytes_sent,
                job.sent / elapsed,
                failed=job.failed,
            )
        )

    def _finish_job(self, reason: str) -> None:
        job = self._job
        if job is None:
            return
        self._job = None
        if job.timer is not None:
            job.timer.cancel()
            job.timer = None
        if job.burst_calls:
            connected = self._sock_key is not None and self._sock_key[2] is not None
            self._trace_bursts(job, "send()" if connected else "sendto()")
        elapsed = max(time.monotonic() - job.started, 1e-6)
        self.emit(
            SendProgress(
                job.id,
                job.sent,
                job.spec.count,
                job.bytes_sent,
                job.sent / elapsed,
                failed=job.failed,
                finished=True,
                reason=reason,
            )
        )
