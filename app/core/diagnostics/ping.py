"""Ping: ICMP echo requests, their replies and round-trip times, without root where allowed.

Three ways to send an echo request, tried in order:

1. an unprivileged ICMP datagram socket, `socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP)`:
   macOS allows it to everyone, Linux to the groups in `net.ipv4.ping_group_range`;
2. a raw ICMP socket, `socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)`: administrator only;
3. the system `ping` program, run as a subprocess whose output lines are parsed.

The first two run in the engine's selectors loop like any other socket; the third
reads the program's output on a helper thread. Either way the engine emits the same
events (PingStarted, PingReply, PingLost, PingSummary), so the window and the
`socketlab ping` command need not know which way was used.
"""

from __future__ import annotations

import contextlib
import ipaddress
import itertools
import os
import re
import shutil
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from app.core.diagnostics.blocking import run_blocking
from app.core.diagnostics.wording import AND, COMMA, joined
from app.core.engine import Engine, EngineStopped, Timer
from app.core.errors import ErrorContext
from app.core.events import Event
from app.core.messages import N_, Message
from app.core.trace import OK

# Trace results, in the reader's language (the calls themselves stay as Python writes them).
LOOKING_UP = N_("trace", "looking up...")
ICMP_ERROR_FROM = N_("trace", "{reason} from {source}, icmp_seq={seq}")
ECHO_REPLY = N_("trace", "echo reply icmp_seq={seq} from {source}")
ECHO_REPLY_TTL = N_("trace", "echo reply icmp_seq={seq} from {source}, ttl={ttl}")
PROCESS_ID = N_("trace", "pid {pid}")
EXIT_STATUS = N_("trace", "status {status}")

ICMP_ECHO_REPLY = 0
ICMP_DEST_UNREACHABLE = 3
ICMP_ECHO_REQUEST = 8
ICMP_TIME_EXCEEDED = 11
ICMPV6_DEST_UNREACHABLE = 1
ICMPV6_TIME_EXCEEDED = 3
ICMPV6_ECHO_REQUEST = 128
ICMPV6_ECHO_REPLY = 129

METHOD_DGRAM = "dgram"
METHOD_RAW = "raw"
METHOD_COMMAND = "command"
ALL_METHODS: tuple[str, ...] = (METHOD_DGRAM, METHOD_RAW, METHOD_COMMAND)
METHOD_TITLES = {
    METHOD_DGRAM: "unprivileged ICMP socket",
    METHOD_RAW: "raw ICMP socket",
    METHOD_COMMAND: "system ping command",
}

DEFAULT_PAYLOAD_SIZE = 56  # what ping sends: 56 data bytes + 8 header bytes = 64
MIN_INTERVAL = 0.2  # seconds; the system ping refuses less for ordinary users
MAX_PAYLOAD_SIZE = 65_507 - 8
# Python 3.11 lacks socket.IP_RECVTTL; these are the values of <netinet/in.h>.
IP_RECVTTL = getattr(socket, "IP_RECVTTL", {"linux": 12, "darwin": 24}.get(sys.platform))

_identifiers = itertools.count(os.getpid() & 0xFFFF)


# ------------------------------------------------------------------------ events
@dataclass(frozen=True, slots=True)
class PingStarted(Event):
    """Pinging has begun: to which address, and which way (socket kind or command)."""

    host: str
    address: str
    method: str  # one of ALL_METHODS
    note: str  # why this way, in words (a Message)
    payload_size: int


@dataclass(frozen=True, slots=True)
class PingReply(Event):
    """One echo reply: its sequence number, round-trip time and TTL (hop limit)."""

    sequence: int
    address: str
    rtt_ms: float
    ttl: int | None
    size: int  # ICMP bytes, header included (64 for the default payload)


@dataclass(frozen=True, slots=True)
class PingLost(Event):
    """An echo request that got no reply in time, or an error message instead of one."""

    sequence: int
    reason: str  # a Message, or the system ping's own words


@dataclass(frozen=True, slots=True)
class PingSummary(Event):
    """Totals at the end of a run (or when it was stopped), like ping's last lines."""

    host: str
    address: str
    sent: int
    received: int
    min_ms: float | None
    avg_ms: float | None
    max_ms: float | None

    @property
    def loss_percent(self) -> float:
        """Lost requests as a percentage of those sent (0 when none was sent)."""
        if not self.sent:
            return 0.0
        return 100.0 * (self.sent - self.received) / self.sent

    def as_text(self) -> str:
        """ping's own closing lines."""
        lines = [
            f"--- {self.host} ping statistics ---",
            f"{self.sent} packets transmitted, {self.received} received, "
            f"{self.loss_percent:.0f}% packet loss",
        ]
        if self.min_ms is not None and self.avg_ms is not None and self.max_ms is not None:
            lines.append(
                f"rtt min/avg/max = {self.min_ms:.3f}/{self.avg_ms:.3f}/{self.max_ms:.3f} ms"
            )
        return "\n".join(lines)


class PingStatistics:
    """Counts sent requests and received replies; min/avg/max of the round-trip times."""

    def __init__(self) -> None:
        self.sent = 0
        self.received = 0
        self._total_ms = 0.0
        self._min_ms: float | None = None
        self._max_ms: float | None = None

    def record_sent(self) -> None:
        """One more request went out."""
        self.sent += 1

    def record_reply(self, rtt_ms: float) -> None:
        """One more reply came back after `rtt_ms`."""
        self.received += 1
        self._total_ms += rtt_ms
        self._min_ms = rtt_ms if self._min_ms is None else min(self._min_ms, rtt_ms)
        self._max_ms = rtt_ms if self._max_ms is None else max(self._max_ms, rtt_ms)

    def summary(self, host: str, address: str) -> PingSummary:
        """The totals so far."""
        average = self._total_ms / self.received if self.received else None
        return PingSummary(
            host, address, self.sent, self.received, self._min_ms, average, self._max_ms
        )


# ------------------------------------------------------------------ ICMP packets
def icmp_checksum(data: bytes) -> int:
    """The Internet checksum (RFC 1071): ones' complement of the ones' complement sum."""
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def build_echo_request(ipv6: bool, identifier: int, sequence: int, payload: bytes) -> bytes:
    """An ICMP (or ICMPv6) echo request. The kernel fills in the ICMPv6 checksum itself."""
    kind = ICMPV6_ECHO_REQUEST if ipv6 else ICMP_ECHO_REQUEST
    header = struct.pack("!BBHHH", kind, 0, 0, identifier & 0xFFFF, sequence & 0xFFFF)
    if ipv6:
        return header + payload
    checksum = icmp_checksum(header + payload)
    return struct.pack("!BBHHH", kind, 0, checksum, identifier & 0xFFFF, sequence & 0xFFFF) + (
        payload
    )


def echo_payload(size: int) -> bytes:
    """`size` bytes of a recognisable pattern (what ping puts after its timestamp)."""
    return bytes(i & 0xFF for i in range(size))


@dataclass(frozen=True)
class IcmpMessage:
    """What a received ICMP message means to ping."""

    kind: str  # "reply", "request" (our own, seen on loopback), "error", "other"
    identifier: int
    sequence: int
    ttl: int | None
    size: int
    reason: str = ""


_IPV4_ERRORS = {
    ICMP_DEST_UNREACHABLE: N_("diagnostics", "Destination unreachable"),
    ICMP_TIME_EXCEEDED: N_("diagnostics", "Time to live exceeded"),
}
_IPV6_ERRORS = {
    ICMPV6_DEST_UNREACHABLE: N_("diagnostics", "Destination unreachable"),
    ICMPV6_TIME_EXCEEDED: N_("diagnostics", "Hop limit exceeded"),
}
#: A lost request's reason, with the address of the router (or host) that said so.
_FROM = N_("diagnostics", "{reason} (from {source})")
_NO_REPLY_IN_TIME = N_("diagnostics", "no reply in time")
_RAW_NEEDS_ADMIN = N_("diagnostics", "raw ICMP sockets need administrator rights")


def parse_icmp(data: bytes, ipv6: bool, ttl: int | None = None) -> IcmpMessage | None:
    """Read an ICMP message as a socket returned it, or None when it is too short.

    Raw IPv4 sockets (and macOS datagram ones) return the IPv4 header first; it is
    skipped and its TTL read. An error message (unreachable, TTL exceeded) quotes the
    request it is about, so its identifier and sequence are read from the quote.
    """
    if not ipv6 and len(data) >= 20 and data[0] >> 4 == 4:
        header_length = (data[0] & 0x0F) * 4
        ttl = data[8]
        data = data[header_length:]
    if len(data) < 8:
        return None
    kind, code = data[0], data[1]
    identifier, sequence = struct.unpack("!HH", data[4:8])
    reply, request = (
        (ICMPV6_ECHO_REPLY, ICMPV6_ECHO_REQUEST) if ipv6 else (ICMP_ECHO_REPLY, ICMP_ECHO_REQUEST)
    )
    if kind == reply:
        return IcmpMessage("reply", identifier, sequence, ttl, len(data))
    if kind == request:
        return IcmpMessage("request", identifier, sequence, ttl, len(data))
    errors = _IPV6_ERRORS if ipv6 else _IPV4_ERRORS
    if kind in errors:
        quoted = data[8:]
        # Skip the quoted IP header: a fixed 40 bytes for IPv6, IHL words for IPv4.
        header_length = 40 if ipv6 else (quoted[0] & 0x0F) * 4 if quoted else 0
        inner = quoted[header_length:]
        if len(inner) >= 8:
            quoted_id, quoted_seq = struct.unpack("!HH", inner[4:8])
            reason = Message(
                N_("diagnostics", "{error} (code {code})"), error=Message(errors[kind]), code=code
            )
            return IcmpMessage("error", quoted_id, quoted_seq, ttl, len(data), reason)
    return IcmpMessage("other", identifier, sequence, ttl, len(data))


def ttl_from_ancillary(ancdata: list[tuple[int, int, bytes]]) -> int | None:
    """The TTL / hop limit from recvmsg() ancillary data (IP_TTL, IPV6_HOPLIMIT)."""
    for level, kind, value in ancdata:
        if len(value) < 4:
            continue
        if (level == socket.IPPROTO_IP and kind == socket.IP_TTL) or (
            level == socket.IPPROTO_IPV6 and kind == getattr(socket, "IPV6_HOPLIMIT", -1)
        ):
            return int.from_bytes(value[:4], sys.byteorder)
    return None


# -------------------------------------------------------- the system ping command
def ping_command(
    program: str,
    address: str,
    *,
    count: int,
    interval: float,
    timeout: float,
    payload_size: int,
    platform: str = sys.platform,
) -> list[str]:
    """The argument list for the system ping on `platform` (count 0: until stopped)."""
    if platform == "win32":
        args = [program, "-t"] if count == 0 else [program, "-n", str(count)]
        args += ["-w", str(max(1, round(timeout * 1000))), "-l", str(payload_size)]
        return [*args, address]
    args = [program, "-n"]
    if count:
        args += ["-c", str(count)]
    args += ["-i", f"{max(MIN_INTERVAL, interval):g}", "-s", str(payload_size)]
    if platform.startswith("linux"):
        # -O prints "no answer yet" for each lost request; -W is in whole seconds.
        args += ["-O", "-W", str(max(1, round(timeout)))]
    elif platform == "darwin" and ":" not in address:
        args += ["-W", str(max(1, round(timeout * 1000)))]  # milliseconds on macOS
    return [*args, address]


_REPLY_UNIX = re.compile(
    r"(?P<bytes>\d+) bytes from (?P<from>\S+?)[:,]? +icmp_seq=(?P<seq>\d+)"
    r".*?(?:ttl|hlim)=(?P<ttl>\d+).*?time[=<] ?(?P<time>[\d.]+) ?ms",
    re.IGNORECASE,
)
_REPLY_WINDOWS = re.compile(
    r"Reply from (?P<from>\S+?): (?:bytes=(?P<bytes>\d+) )?time[=<](?P<time>[\d.]+) ?ms"
    r"(?: TTL=(?P<ttl>\d+))?",
    re.IGNORECASE,
)
_LOST_SEQ = re.compile(
    r"(?:no answer yet for icmp_seq=|Request timeout for icmp_seq )(?P<seq>\d+)", re.IGNORECASE
)
_ERROR_SEQ = re.compile(
    r"From (?P<from>\S+?):? +icmp_seq=(?P<seq>\d+) +(?P<reason>.+)", re.IGNORECASE
)
_LOST_WINDOWS = re.compile(
    r"^(?:Request timed out|Reply from \S+ (?P<reason>Destination .*?unreachable))\.?",
    re.IGNORECASE,
)
_TRANSMITTED = re.compile(r"(\d+) packets transmitted|Sent = (\d+)", re.IGNORECASE)


@dataclass(frozen=True)
class PingOutputLine:
    """What one line of the system ping's output says."""

    kind: str  # "reply", "lost", "transmitted"
    sequence: int | None = None
    address: str = ""
    rtt_ms: float = 0.0
    ttl: int | None = None
    size: int = 0
    reason: str = ""  # a Message, or the system ping's own words
    transmitted: int = 0


def parse_ping_output_line(line: str) -> PingOutputLine | None:
    """Read a line of Linux (iputils), macOS/BSD or Windows ping output; None if irrelevant."""
    text = line.strip()
    if match := _REPLY_UNIX.search(text):
        return PingOutputLine(
            "reply",
            int(match["seq"]),
            match["from"].strip("()[]"),
            float(match["time"]),
            int(match["ttl"]),
            int(match["bytes"]),
        )
    if match := _LOST_SEQ.search(text):
        return PingOutputLine("lost", int(match["seq"]), reason=Message(_NO_REPLY_IN_TIME))
    if match := _ERROR_SEQ.search(text):
        return PingOutputLine("lost", int(match["seq"]), match["from"], reason=match["reason"])
    if match := _LOST_WINDOWS.search(text):
        return PingOutputLine("lost", None, reason=match["reason"] or Message(_NO_REPLY_IN_TIME))
    if match := _REPLY_WINDOWS.search(text):
        payload = int(match["bytes"]) if match["bytes"] else 0
        return PingOutputLine(
            "reply",
            None,
            match["from"],
            float(match["time"]),
            int(match["ttl"]) if match["ttl"] else None,
            payload + 8 if payload else 0,
        )
    if match := _TRANSMITTED.search(text):
        return PingOutputLine("transmitted", transmitted=int(match[1] or match[2]))
    return None


# ------------------------------------------------------------------------ engine
def _not_allowed_reason() -> Message:
    if sys.platform.startswith("linux"):
        return Message(
            N_(
                "diagnostics",
                "unprivileged ICMP sockets are not allowed here (the sysctl "
                "net.ipv4.ping_group_range does not include your group)",
            )
        )
    return Message(N_("diagnostics", "unprivileged ICMP sockets are not available here"))


def resolve_for_ping(host: str, family: int = socket.AF_UNSPEC) -> tuple[int, str]:
    """(family, address) of `host`: the first address getaddrinfo gives, as ping takes it."""
    infos = socket.getaddrinfo(host, None, family, socket.SOCK_DGRAM)
    chosen_family, _kind, _proto, _canon, sockaddr = infos[0]
    return chosen_family, str(sockaddr[0])


class PingEngine(Engine):
    """Sends `count` echo requests `interval` seconds apart (count 0: until stopped).

    Each request gets a reply (PingReply) or, after `timeout` seconds, a PingLost. A
    PingSummary comes last, also when the run is stopped early. Thread-safe: `stop()`.
    `resolver(host, family)` turns a name into (family, address) on a helper thread.
    """

    name = "ping"

    def __init__(
        self,
        host: str,
        *,
        count: int = 4,
        interval: float = 1.0,
        timeout: float = 2.0,
        payload_size: int = DEFAULT_PAYLOAD_SIZE,
        family: int = socket.AF_UNSPEC,
        methods: tuple[str, ...] = ALL_METHODS,
        ping_program: str | None = None,
        resolver: Callable[[str, int], tuple[int, str]] | None = None,
    ) -> None:
        if count < 0:
            raise ValueError("count must be 0 (until stopped) or more")
        if not 0 <= payload_size <= MAX_PAYLOAD_SIZE:
            raise ValueError(f"payload size must be from 0 to {MAX_PAYLOAD_SIZE}")
        super().__init__()  # after the checks: it opens the wake-up socket pair
        self.host = host.strip()
        self.count = count
        self.interval = max(MIN_INTERVAL, interval)
        self.timeout = timeout
        self.payload_size = payload_size
        self.family = family
        self.methods = methods
        self.ping_program = ping_program
        self._resolver = resolver or resolve_for_ping
        self.method: str | None = None
        self.address = ""
        self.statistics = PingStatistics()
        self._ipv6 = False
        self._sock: socket.socket | None = None
        self._sockaddr: tuple = ()
        self._identifier = next(_identifiers) & 0xFFFF
        self._kernel_identifier: int | None = None
        self._payload = echo_payload(payload_size)
        self._sequence = 0
        # wire sequence -> (sequence shown, send time, timeout timer)
        self._awaiting: dict[int, tuple[int, float, Timer]] = {}
        self._send_timer: Timer | None = None
        self._process: subprocess.Popen[str] | None = None
        self._command_outcomes = 0
        self._summary_emitted = False

    # ------------------------------------------------------------ start
    def on_start(self) -> None:
        try:
            literal = ipaddress.ip_address(self.host.split("%")[0])
        except ValueError:
            literal = None
        if literal is not None:
            family = socket.AF_INET6 if literal.version == 6 else socket.AF_INET
            self._on_resolved((family, self.host))
            return
        self.trace.call(f"getaddrinfo({self.host!r}, None)", Message(LOOKING_UP))
        run_blocking(
            self,
            self._resolver,
            self.host,
            self.family,
            on_result=self._on_resolved,
            on_error=self._on_resolve_failed,
            name="getaddrinfo",
        )

    def _on_resolve_failed(self, exc: BaseException) -> None:
        call = f"getaddrinfo({self.host!r}, None)"
        message = self.trace.failed(call, exc, ErrorContext("resolve", self.host))
        self.error(message, field="host", fatal=True)
        self.stop()

    def _on_resolved(self, resolved: tuple[int, str]) -> None:
        family, self.address = resolved
        if self.address != self.host:
            self.trace.call(f"getaddrinfo({self.host!r}, None)", self.address)
        self._ipv6 = family == socket.AF_INET6
        refusals: list[str] = []
        for method in self.methods:
            if method == METHOD_COMMAND:
                self._start_command(refusals)
                return
            try:
                self._open_socket(method)
            except OSError as exc:
                refusals.append(method)
                self.trace.failed(self._socket_call(method), exc)
                continue
            self._begin_socket(method, refusals)
            return
        self._fail_no_method(refusals, command_tried=False)

    def _socket_call(self, method: str) -> str:
        family = "AF_INET6" if self._ipv6 else "AF_INET"
        kind = "SOCK_DGRAM" if method == METHOD_DGRAM else "SOCK_RAW"
        proto = "IPPROTO_ICMPV6" if self._ipv6 else "IPPROTO_ICMP"
        return f"socket({family}, {kind}, {proto})"

    def _open_socket(self, method: str) -> None:
        family = socket.AF_INET6 if self._ipv6 else socket.AF_INET
        kind = socket.SOCK_DGRAM if method == METHOD_DGRAM else socket.SOCK_RAW
        proto = socket.IPPROTO_ICMPV6 if self._ipv6 else socket.IPPROTO_ICMP
        sock = socket.socket(family, kind, proto)
        try:
            sock.setblocking(False)
            # Ask for the TTL / hop limit of each reply as ancillary data.
            if self._ipv6 and hasattr(socket, "IPV6_RECVHOPLIMIT"):
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_RECVHOPLIMIT, 1)
            elif not self._ipv6 and kind == socket.SOCK_DGRAM and IP_RECVTTL is not None:
                with contextlib.suppress(OSError):
                    sock.setsockopt(socket.IPPROTO_IP, IP_RECVTTL, 1)
        except OSError:
            sock.close()
            raise
        self._sock = sock
        if self._ipv6:  # (address, port, flow info, scope id); numeric: no lookup
            numeric = socket.getaddrinfo(
                self.address, None, family, socket.SOCK_DGRAM, 0, socket.AI_NUMERICHOST
            )
            self._sockaddr = numeric[0][4]
        else:
            self._sockaddr = (self.address, 0)

    def _begin_socket(self, method: str, refusals: list[str]) -> None:
        assert self._sock is not None
        self.method = method
        self.trace.call(self._socket_call(method), OK)
        if method == METHOD_DGRAM:
            note = Message(
                N_(
                    "diagnostics",
                    "Using an unprivileged ICMP socket: no administrator rights needed.",
                )
            )
        elif METHOD_DGRAM in refusals:
            note = Message(
                N_("diagnostics", "Using a raw ICMP socket, because {reason}."),
                reason=_not_allowed_reason(),
            )
        else:
            note = Message(
                N_(
                    "diagnostics",
                    "Using a raw ICMP socket: SocketLab runs with administrator rights.",
                )
            )
        self.emit(PingStarted(self.host, self.address, method, note, self.payload_size))
        self.add_reader(self._sock, self._on_readable)
        self._send_next()

    def _fail_no_method(self, refusals: list[str], *, command_tried: bool) -> None:
        reasons = self._refusal_reasons(refusals)
        if command_tried:
            reasons.append(Message(N_("diagnostics", "no ping program was found on this system")))
        message = Message(
            N_(
                "diagnostics",
                "Cannot ping: {reasons}. Install the ping program (Debian/Ubuntu: "
                "sudo apt install iputils-ping) or run SocketLab as administrator.",
            ),
            reasons=joined(reasons, COMMA),
        )
        self.error(message, fatal=True)
        self.stop()

    @staticmethod
    def _refusal_reasons(refusals: list[str]) -> list[str]:
        """Why the sockets that were tried could not be opened, in words."""
        reasons: list[str] = []
        if METHOD_DGRAM in refusals:
            reasons.append(_not_allowed_reason())
        if METHOD_RAW in refusals:
            reasons.append(Message(_RAW_NEEDS_ADMIN))
        return reasons

    # ------------------------------------------------------------ sockets
    def _send_next(self) -> None:
        self._send_timer = None
        if self._sock is None or (self.count and self.statistics.sent >= self.count):
            return
        self._sequence += 1
        sequence = self._sequence
        wire = sequence & 0xFFFF
        packet = build_echo_request(self._ipv6, self._identifier, wire, self._payload)
        call = f"sendto(echo request icmp_seq={sequence}, {self.address!r})"
        self.statistics.record_sent()
        started = self.trace.now()
        try:
            self._sock.sendto(packet, self._sockaddr)
        except OSError as exc:
            message = self.trace.failed(call, exc, ErrorContext("send", self.address), at=started)
            self.emit(PingLost(sequence, message))
        else:
            self.trace.sent(call, len(packet), at=started)
            if self._kernel_identifier is None and self.method == METHOD_DGRAM:
                # Linux replaces the identifier with the socket's own "port".
                with contextlib.suppress(OSError, IndexError):
                    self._kernel_identifier = self._sock.getsockname()[1]
            timer = self.call_later(self.timeout, self._on_timeout, wire)
            self._awaiting[wire] = (sequence, time.perf_counter(), timer)
        if not self.count or self.statistics.sent < self.count:
            self._send_timer = self.call_later(self.interval, self._send_next)
        self._finish_if_done()

    def _on_readable(self, _mask: int) -> None:
        sock = self._sock
        if sock is None:
            return
        while True:
            try:
                if hasattr(sock, "recvmsg"):
                    data, ancdata, _flags, source = sock.recvmsg(65_535, 256)
                else:  # Windows
                    data, source = sock.recvfrom(65_535)
                    ancdata = []
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:
                self.trace.failed("recvmsg()", exc, ErrorContext("recv", self.address))
                return
            received_at = time.perf_counter()
            message = parse_icmp(data, self._ipv6, ttl_from_ancillary(ancdata))
            if message is not None:
                self._on_message(message, str(source[0]), received_at)

    def _is_ours(self, identifier: int) -> bool:
        return identifier in (self._identifier, self._kernel_identifier)

    def _on_message(self, message: IcmpMessage, source: str, received_at: float) -> None:
        if message.kind not in ("reply", "error") or not self._is_ours(message.identifier):
            return
        pending = self._awaiting.pop(message.sequence, None)
        if pending is None:
            return  # a duplicate, or a reply that came after its timeout
        sequence, sent_at, timer = pending
        timer.cancel()
        if message.kind == "error":
            self.trace.call(
                "recvmsg()",
                Message(ICMP_ERROR_FROM, reason=message.reason, source=source, seq=sequence),
            )
            self.emit(PingLost(sequence, Message(_FROM, reason=message.reason, source=source)))
        else:
            rtt_ms = (received_at - sent_at) * 1000
            self.statistics.record_reply(rtt_ms)
            if message.ttl is None:
                reply = Message(ECHO_REPLY, seq=sequence, source=source)
            else:
                reply = Message(ECHO_REPLY_TTL, seq=sequence, source=source, ttl=message.ttl)
            self.trace.call("recvmsg()", reply)
            self.emit(PingReply(sequence, source, rtt_ms, message.ttl, message.size))
        self._finish_if_done()

    def _on_timeout(self, wire: int) -> None:
        pending = self._awaiting.pop(wire, None)
        if pending is None:
            return
        reason = Message(N_("diagnostics", "no reply within {seconds:g} s"), seconds=self.timeout)
        self.emit(PingLost(pending[0], reason))
        self._finish_if_done()

    def _finish_if_done(self) -> None:
        if self.count and self.statistics.sent >= self.count and not self._awaiting:
            self._emit_summary()
            self.stop()

    def _emit_summary(self) -> None:
        if not self._summary_emitted and self.method is not None:
            self._summary_emitted = True
            self.emit(self.statistics.summary(self.host, self.address))

    # ------------------------------------------------------------ command
    def _start_command(self, refusals: list[str]) -> None:
        program = self.ping_program
        if program is None:
            names = ["ping6", "ping"] if self._ipv6 and sys.platform == "darwin" else ["ping"]
            program = next((found for n in names if (found := shutil.which(n))), None)
        if program is None:
            self._fail_no_method(refusals, command_tried=True)
            return
        argv = ping_command(
            program,
            self.address,
            count=self.count,
            interval=self.interval,
            timeout=self.timeout,
            payload_size=self.payload_size,
        )
        shown = " ".join([os.path.basename(argv[0]), *argv[1:]])
        try:
            self._process = subprocess.Popen(
                argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                errors="replace",
                env={**os.environ, "LC_ALL": "C"},
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except OSError as exc:
            message = self.trace.failed(f"run {shown}", exc)
            self.error(
                Message(
                    N_("diagnostics", "Could not run the system ping: {reason}"), reason=message
                ),
                fatal=True,
            )
            self.stop()
            return
        self.method = METHOD_COMMAND
        self.trace.call(f"run {shown}", Message(PROCESS_ID, pid=self._process.pid))
        reasons = self._refusal_reasons(refusals)
        if reasons:
            note = Message(
                N_("diagnostics", "Using the system ping command: {reasons}."),
                reasons=joined(reasons, AND),
            )
        else:
            note = Message(N_("diagnostics", "Using the system ping command."))
        self.emit(PingStarted(self.host, self.address, METHOD_COMMAND, note, self.payload_size))
        threading.Thread(
            target=self._read_command_output,
            args=(self._process,),
            name="ping: command output",
            daemon=True,
        ).start()

    def _read_command_output(self, process: subprocess.Popen[str]) -> None:
        """Helper thread: hand each output line to the loop, then the exit status."""
        assert process.stdout is not None
        try:
            for line in process.stdout:
                with contextlib.suppress(EngineStopped):
                    self.call_soon_threadsafe(self._on_command_line, line.rstrip("\n"))
        finally:
            process.stdout.close()
            status = process.wait()
            with contextlib.suppress(EngineStopped):
                self.call_soon_threadsafe(self._on_command_exit, status)

    def _on_command_line(self, line: str) -> None:
        if line.strip():
            self.trace.call("ping says", line.strip())
        parsed = parse_ping_output_line(line)
        if parsed is None:
            return
        if parsed.kind == "transmitted":
            # Some pings print nothing for a lost request: count it from the totals.
            self.statistics.sent = max(self.statistics.sent, parsed.transmitted)
            return
        self._command_outcomes += 1
        sequence = parsed.sequence if parsed.sequence is not None else self._command_outcomes
        self.statistics.record_sent()
        if parsed.kind == "reply":
            self.statistics.record_reply(parsed.rtt_ms)
            self.emit(
                PingReply(
                    sequence,
                    parsed.address or self.address,
                    parsed.rtt_ms,
                    parsed.ttl,
                    parsed.size or self.payload_size + 8,
                )
            )
        else:
            reason = parsed.reason
            if parsed.address:
                reason = Message(_FROM, reason=reason, source=parsed.address)
            self.emit(PingLost(sequence, reason))

    def _on_command_exit(self, status: int) -> None:
        self.trace.call("ping exited", Message(EXIT_STATUS, status=status))
        self._process = None
        self._emit_summary()
        self.stop()

    # ------------------------------------------------------------ stop
    def on_stop(self) -> None:
        if self._send_timer is not None:
            self._send_timer.cancel()
        for _sequence, _sent_at, timer in self._awaiting.values():
            timer.cancel()
        self._awaiting.clear()
        if self._sock is not None:
            self.remove(self._sock)
            self._sock.close()
            self._sock = None
        if self._process is not None and self._process.poll() is None:
            with contextlib.suppress(OSError):
                self._process.terminate()
        self._emit_summary()
