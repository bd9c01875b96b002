"""Port check: is anything listening on these TCP ports? (a TCP connect scan)

For each port the engine starts a non-blocking `connect()` and waits in its selectors
loop for the socket to become writable, at most `concurrency` ports at a time:

- the connection completes: **open**, a program accepts connections there;
- the host answers with a reset (ECONNREFUSED): **closed**, nothing listens there;
- no answer within `timeout` seconds: **filtered**, a firewall probably drops the packets
  (or the host is down).

Stopping closes every socket still connecting and ends the loop at once.
"""

from __future__ import annotations

import errno
import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from selectors import EVENT_WRITE

from app.core.diagnostics.blocking import run_blocking
from app.core.diagnostics.services import service_name
from app.core.engine import Engine, Timer
from app.core.errors import ErrorContext, describe_os_error
from app.core.events import Event
from app.core.messages import N_, Message
from app.core.trace import format_sockaddr_arg

MAX_PORTS = 4096
DEFAULT_TIMEOUT = 1.0
DEFAULT_CONCURRENCY = 100
# Windows select() watches at most 512 sockets; macOS allows 256 open files by default.
MAX_CONCURRENCY = 256

OPEN = "open"
CLOSED = "closed"
FILTERED = "filtered"
ERROR = "error"
STATES = (OPEN, CLOSED, FILTERED, ERROR)
#: The states as people read them; the keys above stay English (the CLI, JSON, counts).
STATE_WORDS = {
    OPEN: N_("diagnostics", "open"),
    CLOSED: N_("diagnostics", "closed"),
    FILTERED: N_("diagnostics", "filtered"),
    ERROR: N_("diagnostics", "error"),
}
# The trace result of a connect(): the state and what it means.
CONNECT_OUTCOME = N_("trace", "{state} ({detail})")

_IN_PROGRESS = {
    errno.EINPROGRESS,
    errno.EWOULDBLOCK,
    errno.EAGAIN,
    errno.EALREADY,
    getattr(errno, "WSAEWOULDBLOCK", -1),
}
_REFUSED = {errno.ECONNREFUSED, errno.ECONNRESET, getattr(errno, "WSAECONNREFUSED", -1)}
_NO_ANSWER = {
    errno.ETIMEDOUT,
    errno.EHOSTUNREACH,
    errno.ENETUNREACH,
    getattr(errno, "WSAETIMEDOUT", -1),
    getattr(errno, "WSAEHOSTUNREACH", -1),
    getattr(errno, "WSAENETUNREACH", -1),
}


@dataclass(frozen=True, slots=True)
class PortResult(Event):
    """One port's answer: open, closed, filtered (no answer in time) or error."""

    port: int
    state: str
    service: str
    elapsed_ms: float
    detail: str = ""  # a Message


@dataclass(frozen=True, slots=True)
class PortCheckStarted(Event):
    """The check has begun: the host, the address it resolved to, how many ports."""

    host: str
    address: str
    total: int
    timeout: float
    concurrency: int


@dataclass(frozen=True, slots=True)
class PortCheckFinished(Event):
    """The check ended, completely or because it was stopped."""

    checked: int
    total: int
    counts: dict[str, int] = field(default_factory=dict)
    elapsed_s: float = 0.0
    stopped: bool = False

    def as_text(self) -> str:
        """`3 of 3 ports: 1 open, 2 closed, 0 filtered in 0.01 s` (a Message)."""
        counts = {state: self.counts.get(state, 0) for state in STATES}
        if counts[ERROR]:
            tally = Message(
                N_(
                    "diagnostics",
                    "{open} open, {closed} closed, {filtered} filtered, {error} error",
                ),
                **counts,
            )
        else:
            tally = Message(
                N_("diagnostics", "{open} open, {closed} closed, {filtered} filtered"), **counts
            )
        if self.stopped:
            template = N_(
                "diagnostics",
                "{checked:,} of {total:,} ports: {counts} in {seconds:.2f} s (stopped)",
            )
        else:
            template = N_(
                "diagnostics", "{checked:,} of {total:,} ports: {counts} in {seconds:.2f} s"
            )
        return Message(
            template,
            checked=self.checked,
            total=self.total,
            counts=tally,
            seconds=self.elapsed_s,
        )


def resolve_for_connect(host: str) -> tuple[int, tuple]:
    """(family, sockaddr) of the first address getaddrinfo gives for a TCP connection."""
    family, _kind, _proto, _canon, sockaddr = socket.getaddrinfo(
        host, None, socket.AF_UNSPEC, socket.SOCK_STREAM
    )[0]
    return family, sockaddr


def max_concurrency() -> int:
    """How many connects may be in flight: MAX_CONCURRENCY, less under a low file limit."""
    try:
        import resource
    except ImportError:  # Windows
        return MAX_CONCURRENCY
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return MAX_CONCURRENCY
    return max(1, min(MAX_CONCURRENCY, soft // 4))


def state_word(state: str) -> str:
    """A port state (OPEN...) as people read it: a Message the window translates."""
    return Message(STATE_WORDS[state]) if state in STATE_WORDS else state


def classify_connect_result(code: int) -> tuple[str, str]:
    """(state, detail) for the error code a finished connect() left in SO_ERROR.

    The detail is a Message; the errno name (ECONNREFUSED) in it is a value.
    """
    if code == 0:
        return OPEN, Message(N_("diagnostics", "connected"))
    name = errno.errorcode.get(code, str(code))
    if code in _REFUSED:
        return CLOSED, Message(N_("diagnostics", "{code}: refused"), code=name)
    if code in _NO_ANSWER:
        return FILTERED, Message(N_("diagnostics", "{code}: no answer"), code=name)
    reason = describe_os_error(OSError(code, ""), ErrorContext("connect"))
    return ERROR, Message(N_("diagnostics", "{code}: {reason}"), code=name, reason=reason)


def connect_outcome(state: str, detail: str) -> Message:
    """`closed (ECONNREFUSED: refused)`, the state in the reader's words."""
    return Message(CONNECT_OUTCOME, state=Message(STATE_WORDS[state]), detail=detail)


class PortCheckEngine(Engine):
    """Checks `ports` on `host` by TCP connect, `concurrency` at a time, then stops.

    Emits PortCheckStarted, one PortResult per port (in the order they finish) and a
    PortCheckFinished; an unknown host ends the run with an ErrorEvent.
    `resolver(host)` gives (family, sockaddr) for a name, on a helper thread.
    """

    name = "port check"

    def __init__(
        self,
        host: str,
        ports: list[int],
        *,
        timeout: float = DEFAULT_TIMEOUT,
        concurrency: int = DEFAULT_CONCURRENCY,
        resolver: Callable[[str], tuple[int, tuple]] | None = None,
    ) -> None:
        if not ports:
            raise ValueError("no ports to check")
        if len(ports) > MAX_PORTS:
            raise ValueError(f"at most {MAX_PORTS} ports a run")
        super().__init__()  # after the checks: it opens the wake-up socket pair
        self.host = host.strip()
        self.ports = list(ports)
        self.timeout = timeout
        self.concurrency = max(1, min(concurrency, max_concurrency(), len(ports)))
        self._resolver = resolver or resolve_for_connect
        self.address = ""
        self._family = socket.AF_INET
        self._sockaddr_tail: tuple = ()
        self._next_index = 0
        # socket -> (port, started at, timeout timer)
        self._connecting: dict[socket.socket, tuple[int, float, Timer]] = {}
        self._counts = dict.fromkeys(STATES, 0)
        self._began = 0.0
        self._started = False
        self._finished_emitted = False

    # ------------------------------------------------------------ start
    def on_start(self) -> None:
        self._began = time.perf_counter()
        try:
            literal = ipaddress.ip_address(self.host.split("%")[0])
        except ValueError:
            literal = None
        if literal is not None and "%" not in self.host:
            family = socket.AF_INET6 if literal.version == 6 else socket.AF_INET
            self._on_resolved((family, (self.host, 0) if family == socket.AF_INET else None))
            return
        run_blocking(
            self,
            self._resolver,
            self.host,
            on_result=self._on_resolved,
            on_error=self._on_resolve_failed,
            name="getaddrinfo",
        )

    def _on_resolve_failed(self, exc: BaseException) -> None:
        call = f"getaddrinfo({self.host!r}, None, AF_UNSPEC, SOCK_STREAM)"
        message = self.trace.failed(call, exc, ErrorContext("resolve", self.host))
        self.error(message, field="host", fatal=True)
        self.stop()

    def _on_resolved(self, resolved: tuple[int, tuple | None]) -> None:
        family, sockaddr = resolved
        if sockaddr is None:  # an IPv6 literal: (address, port, flowinfo, scope id)
            sockaddr = (self.host, 0, 0, 0)
        self._family = family
        self.address = str(sockaddr[0])
        self._sockaddr_tail = tuple(sockaddr[2:])
        if self.address != self.host:
            self.trace.call(f"getaddrinfo({self.host!r}, None)", self.address)
        self._started = True
        self.emit(
            PortCheckStarted(
                self.host, self.address, len(self.ports), self.timeout, self.concurrency
            )
        )
        self._launch_more()

    # ------------------------------------------------------------ checking
    def _launch_more(self) -> None:
        while (
            not self.stop_requested
            and len(self._connecting) < self.concurrency
            and self._next_index < len(self.ports)
        ):
            port = self.ports[self._next_index]
            self._next_index += 1
            self._launch(port)
        self._finish_if_done()

    def _launch(self, port: int) -> None:
        sockaddr = (self.address, port, *self._sockaddr_tail)
        call = f"connect({format_sockaddr_arg(sockaddr)})"
        started = time.perf_counter()
        try:
            sock = socket.socket(self._family, socket.SOCK_STREAM)
        except OSError as exc:
            if exc.errno in (errno.EMFILE, errno.ENFILE) and self._connecting:
                # Out of file descriptors: retry this port once a connect finishes.
                self._next_index -= 1
                self.concurrency = len(self._connecting)
                return
            message = self.trace.failed("socket()", exc)
            self._record(port, ERROR, started, message)
            return
        sock.setblocking(False)
        code = sock.connect_ex(sockaddr)
        if code in _IN_PROGRESS:
            timer = self.call_later(self.timeout, self._on_timeout, sock)
            self._connecting[sock] = (port, started, timer)
            self.set_interest(sock, EVENT_WRITE, lambda _mask, s=sock: self._on_connected(s))
            return
        sock.close()
        state, detail = classify_connect_result(code)
        self.trace.call(call, connect_outcome(state, detail))
        self._record(port, state, started, detail)

    def _on_connected(self, sock: socket.socket) -> None:
        entry = self._connecting.pop(sock, None)
        self.remove(sock)
        if entry is None:
            sock.close()
            return
        port, started, timer = entry
        timer.cancel()
        code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        sock.close()
        state, detail = classify_connect_result(code)
        sockaddr = (self.address, port, *self._sockaddr_tail)
        self.trace.call(f"connect({format_sockaddr_arg(sockaddr)})", connect_outcome(state, detail))
        self._record(port, state, started, detail)
        self._launch_more()

    def _on_timeout(self, sock: socket.socket) -> None:
        entry = self._connecting.pop(sock, None)
        if entry is None:
            return
        self.remove(sock)
        sock.close()
        port, started, _timer = entry
        detail = Message(N_("diagnostics", "no answer within {seconds:g} s"), seconds=self.timeout)
        sockaddr = (self.address, port, *self._sockaddr_tail)
        self.trace.call(
            f"connect({format_sockaddr_arg(sockaddr)})", connect_outcome(FILTERED, detail)
        )
        self._record(port, FILTERED, started, detail)
        self._launch_more()

    def _record(self, port: int, state: str, started: float, detail: str) -> None:
        self._counts[state] += 1
        elapsed_ms = (time.perf_counter() - started) * 1000
        self.emit(PortResult(port, state, service_name(port), elapsed_ms, detail))

    def _finish_if_done(self) -> None:
        if self._next_index >= len(self.ports) and not self._connecting:
            self._emit_finished(stopped=False)
            self.stop()

    def _emit_finished(self, *, stopped: bool) -> None:
        if self._finished_emitted or not self._started:
            return
        self._finished_emitted = True
        self.emit(
            PortCheckFinished(
                checked=sum(self._counts.values()),
                total=len(self.ports),
                counts=dict(self._counts),
                elapsed_s=time.perf_counter() - self._began,
                stopped=stopped,
            )
        )

    # ------------------------------------------------------------ stop
    def on_stop(self) -> None:
        for sock, (_port, _started, timer) in list(self._connecting.items()):
            timer.cancel()
            self.remove(sock)
            sock.close()
        self._connecting.clear()
        self._emit_finished(stopped=True)
