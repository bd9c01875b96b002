"""The chat client engine: sockets, timers and a thread around a `ClientSession`.

After connecting it waits for the server's greeting. A SocketLab greeting switches
the connection to structured (JSON) mode; anything else, or silence, means a plain
TCP peer (`nc -l`, an HTTP server, a device) and the connection becomes a raw
terminal. In structured mode every typed line goes through the outbox: it stays
there, numbered, until the server acknowledges it, and is sent again after a
reconnect; the server drops the repeats, so each line reaches the room once.

The protocol itself (greeting, hello, welcome, acks, merging by id, raw mode, every
check of what a server sends) lives in `app.core.chat.session.ClientSession`, which
does no I/O. This engine owns what the session must not: the socket (with Happy
Eyeballs over every address a name resolves to), the timers and the thread.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import selectors
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from enum import Enum
from functools import partial
from typing import Any

from app.core.chat.outbox import Outbox, OutboxClosed
from app.core.chat.protocol import CLIENT_MAX_LINE
from app.core.chat.session import (
    MALFORMED,
    ClientSession,
    ConnectionState,
    MessageDelivered,
    MessagePending,
    MessagesReceived,
    RawReceived,
    ServerNotice,
    SessionMode,
    UsersUpdated,
)
from app.core.engine import Engine, EngineStopped, Timer
from app.core.errors import ErrorContext
from app.core.events import Event
from app.core.messages import N_, Message
from app.core.trace import format_sockaddr_arg

__all__ = [
    "ChatClientEngine",
    "ConnectionState",
    "MessageDelivered",
    "MessagePending",
    "MessagesReceived",
    "Outbox",
    "OutboxClosed",
    "RawReceived",
    "ServerNotice",
    "UsersUpdated",
]

log = logging.getLogger("socketlab.chat.client")

RECONNECT_DELAYS = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0)
REFUSED = N_(
    "chat", "{server} turned this connection away; SocketLab will not reconnect by itself."
)
# RFC 8305 (Happy Eyeballs): start the next address this long after the last one,
# or at once when an attempt fails.
CONNECTION_ATTEMPT_DELAY = 0.25

# `resolver(host, port)` returns getaddrinfo()'s list for a host name.
Resolver = Callable[[str, int], list[Any]]


def resolve_stream(host: str, port: int) -> list[Any]:
    """Every TCP address of `host`, in the resolver's order of preference."""
    return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)


def interleave_families(infos: list[Any]) -> list[Any]:
    """RFC 8305 section 4: alternate address families, starting with the first one's,
    so one broken family (IPv6 without a route) costs one attempt delay, not all."""
    if not infos:
        return []
    first = infos[0][0]
    preferred = [info for info in infos if info[0] == first]
    others = [info for info in infos if info[0] != first]
    ordered: list[Any] = []
    while preferred or others:
        if preferred:
            ordered.append(preferred.pop(0))
        if others:
            ordered.append(others.pop(0))
    return ordered


# ---------------------------------------------------------------------------- engine
class _Attempt:
    """One connect() in flight, of the several Happy Eyeballs may run at once."""

    __slots__ = ("address", "call", "sock")

    def __init__(self, sock: socket.socket, address: Any, call: str) -> None:
        self.sock = sock
        self.address = address
        self.call = call


class EngineMode(str, Enum):
    """The client engine between connections (with one, the session's mode counts)."""

    OFFLINE = "offline"
    CONNECTING = "connecting"  # resolving, or connect() in progress

    def __str__(self) -> str:
        return self.value


class ChatClientEngine(Engine):
    """Connects to a chat server (or any TCP peer). Thread-safe: `send_text`, `send_raw`."""

    name = "chat client"

    def __init__(
        self,
        host: str,
        port: int,
        nick: str = "",
        *,
        outbox: Outbox | None = None,
        auto_reconnect: bool = True,
        reconnect_delays: tuple[float, ...] = RECONNECT_DELAYS,
        greeting_timeout: float = 2.0,
        idle_timeout: float = 75.0,
        connect_timeout: float = 10.0,
        attempt_delay: float = CONNECTION_ATTEMPT_DELAY,
        max_line: int = CLIENT_MAX_LINE,
        last_id: int = 0,
        resolver: Resolver | None = None,
        password: str = "",
        allow_plaintext_password: bool = False,
    ) -> None:
        super().__init__()
        self.host, self.port = host, port
        self.outbox = outbox or Outbox()
        self._owns_outbox = outbox is None
        self.auto_reconnect = auto_reconnect
        self.reconnect_delays = reconnect_delays
        self.greeting_timeout = greeting_timeout
        self.idle_timeout = idle_timeout
        self.connect_timeout = connect_timeout
        self.attempt_delay = attempt_delay
        self.max_line = max_line
        self.resolver = resolver
        self.session = ClientSession(
            self.outbox,
            nick,
            server=self.server,
            last_id=last_id,
            max_line=max_line,
            password=password,
            allow_plaintext_password=allow_plaintext_password,
        )
        # Reads whose handling raised outside the session's own per-line barrier.
        self.faults = 0
        self._state = EngineMode.OFFLINE  # while there is no connection
        self._sock: socket.socket | None = None
        self._out = bytearray()
        self._attempt = 0
        self._ever_connected = False
        self._named_timers: dict[str, Timer] = {}
        self._last_heard = 0.0
        self._candidates: deque[Any] = deque()  # addresses not tried yet
        self._attempts: dict[int, _Attempt] = {}  # connect() in flight, by fd
        self._attempt_failure = ""  # the last attempt's error, reported if all fail
        # Lines typed on other threads, kept here until the loop stores them in the
        # outbox; after the loop has finished, send_text() stores them itself.
        self._typed: deque[str] = deque()
        self._typed_lock = threading.Lock()
        self._typed_closed = False

    @property
    def server(self) -> str:
        """`host:port` as the user typed it."""
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"

    @property
    def nick(self) -> str:
        """The nickname the server knows us by (or the one we will ask for)."""
        return self.session.nick

    @property
    def last_id(self) -> int:
        """The newest room message id seen."""
        return self.session.last_id

    @property
    def mode(self) -> EngineMode | SessionMode:
        """offline or connecting without a socket; else the session's mode."""
        if self._sock is None:
            return self._state
        return self.session.mode

    # ------------------------------------------------------------ thread-safe API
    def send_text(self, text: str) -> None:
        """Send a line (chat text or a /command); kept in the outbox until acknowledged.

        A line handed over while the engine stops, or after it stopped, is not lost:
        it goes into the outbox (and its file) and is sent on the next connection.
        Raises OutboxClosed (a RuntimeError) only when the outbox itself was closed.
        """
        with self._typed_lock:
            if not self._typed_closed:
                self._typed.append(text)
                queued = True
            else:
                queued = False
        if not queued:
            self.outbox.add(text)  # the loop has finished: straight into the outbox
            return
        # If the loop finishes before it runs this, on_stop() keeps the line.
        with contextlib.suppress(EngineStopped):
            self.call_soon_threadsafe(self._take_typed)

    def send_raw(self, data: bytes) -> None:
        """Raw terminal mode: send bytes exactly as given."""
        self.call_soon_threadsafe(self._send_raw, data)

    # ------------------------------------------------------------ lifecycle
    def on_start(self) -> None:
        self.emit_many(self.session.pending_events())
        self._take_typed()
        self._connect()

    def on_stop(self) -> None:
        with self._typed_lock:
            self._typed_closed = True
            leftover = list(self._typed)
            self._typed.clear()
        if leftover:
            try:
                self.outbox.add_many(leftover)  # kept for the next connection
            except Exception:  # a closed or broken outbox file: say so, stop anyway
                log.exception("lines typed as the %s stopped could not be kept", self.name)
        if self._sock is not None:
            self.session.close()
            with contextlib.suppress(OSError):
                self._sock.send(bytes(self._out) + self.session.data_to_send())
        self._drop_socket()
        self._state = EngineMode.OFFLINE
        self.emit(ConnectionState("offline", "Disconnected.", server=self.server))
        if self._owns_outbox:
            self.outbox.close()

    def _set_timer(
        self, name: str, delay: float, callback: Callable[..., None], *args: Any
    ) -> None:
        self._cancel_timer(name)
        self._named_timers[name] = self.call_later(delay, callback, *args)

    def _cancel_timer(self, name: str) -> None:
        timer = self._named_timers.pop(name, None)
        if timer is not None:
            timer.cancel()

    # ------------------------------------------------------------ connecting
    def _connect(self) -> None:
        self._state = EngineMode.CONNECTING
        self.emit(
            ConnectionState(
                "connecting",
                Message(N_("chat", "Connecting to {server}..."), server=self.server),
                server=self.server,
            )
        )
        if self.resolver is None:
            try:
                infos = socket.getaddrinfo(
                    self.host, self.port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST
                )
            except socket.gaierror:
                pass
            else:
                self._on_resolved(infos, None)
                return
        # A host name: resolving may take seconds, so it runs off the loop thread.
        resolver = self.resolver or resolve_stream
        self.run_blocking(partial(resolver, self.host, self.port), self._on_resolved)

    def _on_resolved(self, infos: list[Any] | None, exc: BaseException | None) -> None:
        if self.stop_requested:
            return
        if exc is not None or not infos:
            message = self.trace.failed(
                f"getaddrinfo({self.host!r}, {self.port})",
                exc or OSError(errno.EHOSTUNREACH, "no address"),
                ErrorContext("resolve", self.host, self.port),
            )
            self._connection_failed(message, field="host")
            return
        if len(infos) > 1:
            shown = ", ".join(format_sockaddr_arg(info[4]) for info in infos)
            self.trace.call(f"getaddrinfo({self.host!r}, {self.port})", shown)
        self._candidates = deque(interleave_families(infos))
        self._attempt_failure = ""
        self._set_timer("connect", self.connect_timeout, self._connect_timed_out)
        self._next_attempt()

    def _next_attempt(self) -> None:
        """Start connect() to the next address (RFC 8305: Happy Eyeballs)."""
        self._cancel_timer("attempt")
        while self._candidates:
            family, kind, proto, _, address = self._candidates.popleft()
            family_name = "AF_INET6" if family == socket.AF_INET6 else "AF_INET"
            call = f"connect({format_sockaddr_arg(address)})"
            try:
                sock = socket.socket(family, kind, proto)
            except OSError as exc:  # no IPv6 on this machine, out of descriptors
                self._attempt_failed(f"socket({family_name}, SOCK_STREAM)", address, exc)
                continue
            sock.setblocking(False)
            self.trace.call(f"socket({family_name}, SOCK_STREAM)", f"fd {sock.fileno()}")
            code = sock.connect_ex(address)
            if code not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN):
                sock.close()
                self._attempt_failed(call, address, OSError(code, errno.errorcode.get(code, "")))
                continue
            self.trace.call(call, "in progress" if code else "ok")
            attempt = _Attempt(sock, address, call)
            self._attempts[sock.fileno()] = attempt
            self.set_interest(sock, selectors.EVENT_WRITE, partial(self._on_attempt_ready, attempt))
            if self._candidates:
                self._set_timer("attempt", self.attempt_delay, self._next_attempt)
            return
        if not self._attempts:  # every address tried, none connected
            self._cancel_timer("connect")
            self._connection_failed(self._attempt_failure, field="address")

    def _attempt_failed(self, call: str, address: Any, exc: OSError) -> None:
        self._attempt_failure = self.trace.failed(
            call, exc, ErrorContext("connect", str(address[0]), self.port)
        )

    def _close_attempt(self, attempt: _Attempt) -> None:
        self._attempts.pop(attempt.sock.fileno(), None)
        self.remove(attempt.sock)
        with contextlib.suppress(OSError):
            attempt.sock.close()

    def _on_attempt_ready(self, attempt: _Attempt, _mask: int) -> None:
        code = attempt.sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if code:
            self._close_attempt(attempt)
            self._attempt_failed(
                f"{attempt.call} completed",
                attempt.address,
                OSError(code, errno.errorcode.get(code, "")),
            )
            self._next_attempt()  # a failure starts the next address at once
            return
        # The first to connect wins; the others are closed.
        self._attempts.pop(attempt.sock.fileno(), None)
        for other in list(self._attempts.values()):
            self._close_attempt(other)
            self.trace.call(f"close() {other.call} (another address answered first)", "ok")
        self._candidates.clear()
        self._cancel_timer("attempt")
        self._cancel_timer("connect")
        self._connected(attempt.sock)

    def _connect_timed_out(self) -> None:
        calls = [attempt.call for attempt in self._attempts.values()]
        for attempt in list(self._attempts.values()):
            self._close_attempt(attempt)
        self._candidates.clear()
        self._cancel_timer("attempt")
        message = self.trace.failed(
            calls[-1] if calls else "connect()",
            TimeoutError("connect timed out"),
            ErrorContext("connect", self.host, self.port),
        )
        self._connection_failed(message, field="address")

    def _connected(self, sock: socket.socket) -> None:
        self._sock = sock
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        local = sock.getsockname()
        self.trace.call("connect() completed", f"connected from {local[0]}:{local[1]}")
        self.session.connection_made()
        self._out.clear()
        self._last_heard = time.monotonic()
        self.set_interest(sock, selectors.EVENT_READ, self._on_ready)
        self._set_timer("greeting", self.greeting_timeout, self._greeting_timed_out)

    def _greeting_timed_out(self) -> None:
        self._deliver(self.session.greeting_timed_out(time.time()))
        self._pump()

    def _connection_failed(self, message: str, *, field: str) -> None:
        if self._ever_connected and self.auto_reconnect:
            self._schedule_reconnect(message)
        else:
            self.error(message, field=field, fatal=True)
            self._state = EngineMode.OFFLINE
            self.stop()

    def _schedule_reconnect(self, reason: str) -> None:
        delay = self.reconnect_delays[min(self._attempt, len(self.reconnect_delays) - 1)]
        self._attempt += 1
        self._state = EngineMode.OFFLINE
        self.emit(
            ConnectionState(
                "reconnecting",
                Message(
                    N_("chat", "{reason} Reconnecting in {delay} s."),
                    reason=reason,
                    delay=f"{delay:g}",
                ),
                retry_in=delay,
                reason=reason,
                server=self.server,
                nick=self.nick,
            )
        )
        self._set_timer("reconnect", delay, self._connect)

    def _drop_socket(self) -> None:
        for name in list(self._named_timers):
            if name != "reconnect":
                self._cancel_timer(name)
        for attempt in list(self._attempts.values()):
            self._close_attempt(attempt)
        self._candidates.clear()
        if self._sock is not None:
            self.remove(self._sock)
            with contextlib.suppress(OSError):
                self._sock.close()
            self.trace.call("close()", "ok")
            self._sock = None

    def _lost(self, reason: str) -> None:
        """The connection ended without us asking."""
        was_raw = self.session.mode is SessionMode.RAW
        events = self.session.connection_lost(time.time())  # held bytes may make it raw
        was_raw = was_raw or any(
            type(event) is ConnectionState and event.state == "raw" for event in events
        )
        self._deliver(events)
        self._drop_socket()
        refused = self.session.refused  # kicked, banned, a password: the same again
        if was_raw or refused or not self.auto_reconnect:
            self._state = EngineMode.OFFLINE
            if refused:
                reason = Message(REFUSED, server=self.server)
            self.emit(ConnectionState("offline", reason, server=self.server, refused=refused))
            self.stop()
            return
        self._schedule_reconnect(reason)

    # ------------------------------------------------------------ reading
    def _on_ready(self, mask: int) -> None:
        if mask & selectors.EVENT_WRITE:
            self._flush()
        if mask & selectors.EVENT_READ and self._sock is not None:
            self._read()

    def _read(self) -> None:
        assert self._sock is not None
        try:
            data = self._sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            message = self.trace.failed("recv()", exc, ErrorContext("recv", self.host, self.port))
            self._lost(message)
            return
        self.trace.recv_result(data)
        if not data:
            self._lost(
                Message(N_("chat", "The server closed the connection (recv() returned b'')."))
            )
            return
        self._last_heard = time.monotonic()
        if self._typed:  # lines typed before these bytes came go first (an ack may follow)
            self._take_typed()
        try:
            events = self.session.receive_data(data, time.time())
        except Exception:  # the session has its own barrier per line; this is the last one
            log.exception("handling %d bytes from %s failed", len(data), self.server)
            self.faults += 1
            events = [
                ServerNotice(Message(MALFORMED, line=repr(data[:100])[2:-1]), True),
            ]
        self._deliver(events)
        self._pump()

    def _deliver(self, events: list[Event]) -> None:
        """Pass the session's events on; react to the ones that change the connection."""
        if not events:
            return
        if self.session.mode is not SessionMode.GREETING:
            self._cancel_timer("greeting")
        for event in events:
            if type(event) is ConnectionState:
                if event.state == "connected":
                    self._attempt = 0
                    self._ever_connected = True
                    if self.idle_timeout > 0:
                        self._set_timer("idle", self.idle_timeout / 3, self._check_idle)
                elif event.state == "raw":
                    self._ever_connected = True
        self.emit_many(events)

    def _check_idle(self) -> None:
        silent = time.monotonic() - self._last_heard
        if silent >= self.idle_timeout:
            self._lost(
                Message(
                    N_(
                        "chat", "No answer from the server for {seconds} s: the connection is lost."
                    ),
                    seconds=f"{silent:.0f}",
                )
            )
            return
        self._set_timer("idle", self.idle_timeout / 3, self._check_idle)

    # ------------------------------------------------------------ sending
    def _take_typed(self) -> None:
        """Store the lines typed since the last call in the outbox and send them."""
        with self._typed_lock:
            texts = list(self._typed)
            self._typed.clear()
        if not texts:
            return
        try:
            events = self.session.queue_lines(texts)
        except OutboxClosed:
            self.error(
                Message(N_("chat", "The outbox is closed: the line was not kept.")), field="input"
            )
            return
        self.emit_many(events)
        self._pump()

    def _send_raw(self, data: bytes) -> None:
        if self._sock is None or not self.session.send_raw(data):
            self.error(
                Message(N_("chat", "Not connected: the bytes were not sent.")), field="input"
            )
            return
        self._pump()

    def _pump(self) -> None:
        """Send what the session wants sent."""
        if self._sock is None:
            self.session.data_to_send()  # no connection: nothing it says can be sent
            return
        self._out += self.session.data_to_send()
        self._flush()

    def _flush(self) -> None:
        if self._sock is None:
            return
        if self._out:
            try:
                sent = self._sock.send(self._out)
            except (BlockingIOError, InterruptedError):
                sent = 0
            except OSError as exc:
                self._lost(
                    self.trace.failed("send()", exc, ErrorContext("send", self.host, self.port))
                )
                return
            if sent:
                self.trace.call("send()", f"{sent:,} bytes")
                del self._out[:sent]
        events = selectors.EVENT_READ | (selectors.EVENT_WRITE if self._out else 0)
        self.set_interest(self._sock, events, self._on_ready)
