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

With `tls` (the default) every connection starts with a TLS ClientHello; once the
handshake ends the server's key is checked against the pinned one (trust on first use,
app.core.identity.KnownServers) and the session sees plaintext only. A server that does
not answer in TLS is joined in plaintext only if its key was never pinned (a plaintext
server, a device): never silently downgraded.
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
from dataclasses import dataclass
from enum import Enum
from functools import partial
from typing import Any

from app.core.chat.outbox import Outbox, OutboxClosed
from app.core.chat.protocol import (
    CLIENT_MAX_LINE,
    keepalive_kind,
    parse_greeting,
    sanitize_text,
)
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
from app.core.chat.tls import TlsError, TlsLayer, client_context, looks_like_tls
from app.core.engine import Engine, EngineStopped, Timer
from app.core.errors import ErrorContext
from app.core.events import Event
from app.core.identity import KnownServers, PinStatus, fingerprint_code, normalize_code
from app.core.messages import N_, Message
from app.core.trace import CONNECT_IN_PROGRESS, OK, format_sockaddr_arg

__all__ = [
    "ChannelSecured",
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

# A server that says nothing this long after the ClientHello is taken as a plaintext
# peer (a device waiting for input): short, since such a device pays it once.
TLS_HANDSHAKE_TIMEOUT = 1.5
# Most characters of a refusal line ("! Server full...") shown from a non-TLS answer.
REFUSAL_CHARS = 300
# Bytes of a server's answer kept while the handshake runs (shown if it was not TLS).
MAX_HEARD_BYTES = 64 * 1024

BAD_CODE = N_(
    "chat",
    "{code} is not a key fingerprint: it has 16 letters and digits, like 7QK4-M2PX-9F3A-BC8D.",
)
KEY_CHANGED = N_(
    "chat",
    "The key of {server} has CHANGED: it was {previous}, now it is {code}. Someone may be "
    "pretending to be this server, or its host made a new key (a new computer, a "
    "reinstall). Ask the host which code their server shows; only if it is {code}, "
    "accept the new key. Not connecting.",
)
KEY_MISMATCH = N_(
    "chat",
    "{server} shows the key {code}, not {expected} as you were told: not connecting. "
    "Someone may be pretending to be this server; check the code with its host.",
)
HANDSHAKE_CUT = N_(
    "chat",
    "{server} closed the connection before the encrypted handshake could start.",
)
PLAINTEXT_WHEN_PINNED = N_(
    "chat",
    "{server} answered without encryption although its key is pinned ({previous}): not "
    "connecting. Someone may be in the way, or the server was restarted without TLS; ask "
    "its host.",
)
PLAINTEXT_WHEN_EXPECTED = N_(
    "chat",
    "{server} answered without encryption although you gave its key ({expected}): not "
    "connecting. Someone may be in the way, or the server runs without TLS; ask its host.",
)
SERVER_REFUSED = N_("chat", "{server} refused the connection: {line}")
TLS_FAILED = N_("chat", "The encrypted connection to {server} failed ({reason}). Not connecting.")
TLS_BROKEN = N_("chat", "The encrypted connection to {server} broke ({reason}).")
# Trace results, in the reader's language (the calls themselves stay as Python writes them).
FILE_DESCRIPTOR = N_("trace", "fd {fd}")
CONNECTED_FROM = N_("trace", "connected from {address}")
TLS_SECURED = N_("trace", "{version} {cipher}, key {code} ({status})")
PIN_WORDS = {
    PinStatus.NEW: Message(N_("trace", "new")),
    PinStatus.KNOWN: Message(N_("trace", "known")),
    PinStatus.CHANGED: Message(N_("trace", "changed")),
}
NO_TLS_ANSWER = N_("trace", "no TLS answer within {seconds:g} s")
HANDSHAKE_STALLED = N_("trace", "the handshake did not finish within {seconds:g} s")
TLS_GAVE_UP = N_("trace", "TLS failed ({reason})")
NO_TLS_CLOSED = N_("trace", "closed the connection")
NO_TLS_ANSWERED = N_("trace", "answered without TLS")
NO_TLS_RESET = N_("trace", "reset the connection")
RECONNECTING_PLAIN = N_("trace", "connecting again without encryption")
GOING_ON_PLAIN = N_("trace", "going on without encryption")
PINS_UNREADABLE = N_(
    "chat",
    "The pinned server keys in {path} cannot be read ({reason}), so this server's key "
    "cannot be checked. Not connecting.",
)


@dataclass(frozen=True, slots=True)
class ChannelSecured(Event):
    """Once per connection, before the session's "connected" state: is it encrypted,
    and what does this client know of the server's key? `status` is "new" (pinned now,
    trust on first use), "known" (the pinned key; `previous` is set when a changed key
    was just accepted through `expected_code`), "changed" (another key than the pinned
    `previous`: a fatal ErrorEvent with field "fingerprint" follows), or "" when the
    connection is not encrypted."""

    server: str
    encrypted: bool
    code: str = ""
    status: str = ""
    previous: str = ""
    version: str = ""


def _may_be_a_line_to_finish(answer: bytes) -> bool:
    """A plaintext answer cut before its newline that may still become a refusal
    (`! Server full...`) or a SocketLab greeting: worth waiting for the rest."""
    if b"\n" in answer or len(answer) >= 512:
        return False
    return any(
        answer.startswith(prefix) or prefix.startswith(answer)
        for prefix in (*REFUSAL_PREFIXES, b"SocketLab chat on ")
    )


# How a server's refusal line starts: `-!- ! ` (the notice mark, docs/PROTOCOL.md), or
# `! ` from servers older than the mark.
REFUSAL_PREFIXES = (b"-!- ! ", b"! ")


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
    trace_role = "client"

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
        tls: bool = True,
        pins: KnownServers | None = None,
        expected_code: str = "",
        tls_timeout: float = TLS_HANDSHAKE_TIMEOUT,
        password: str = "",
        allow_plaintext_password: bool = False,
    ) -> None:
        """`tls`: try TLS first (False: plaintext only). `pins`: the pinned keys (None:
        the user's file). `expected_code`: the key fingerprint the user was given (or
        accepted): any other key is refused, and a changed pin is replaced by it."""
        expected = normalize_code(expected_code) if expected_code else ""
        if expected is None:
            raise ValueError(Message(BAD_CODE, code=expected_code))
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
        self.tls = tls
        self.pins = pins if pins is not None else KnownServers()
        self.expected_code = expected
        self.tls_timeout = tls_timeout
        self._plaintext_only = not tls  # also once a server answered without TLS
        self._tls: TlsLayer | None = None  # this connection's layer
        self._securing = False  # TLS handshake (and key check) in progress
        self._tls_context = client_context() if tls else None
        self._tls_answered = False  # the server's first bytes looked like TLS
        self._heard = bytearray()  # what the server said during the handshake (bounded)
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
        self._out_kind = ""  # "keepalive" while all that waits to be sent is pong frames
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
        """offline or connecting without a socket (or during the TLS handshake); else the
        session's mode."""
        if self._sock is None or self._securing:
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

    def send_raw_separately(self, parts: list[bytes]) -> None:
        """Raw terminal mode: one send() call per part, back to back in one loop turn, so
        a class can watch TCP join them: the peer may get them in a single recv(). (If
        the socket's buffer is full, waiting bytes go out together, as TCP would anyway.)"""
        self.call_soon_threadsafe(self._send_raw_parts, list(parts))

    def send_file_signal(self, to: str, body: dict[str, Any]) -> None:
        """A file-transfer frame for `to` (`""`: the room), through the room. Not kept
        while disconnected: the transfer engine says it again (see app/core/transfer)."""
        self.call_soon_threadsafe(self._send_file_signal, to, body)

    def server_ip(self) -> str:
        """The room server's IP address on the current connection ("" when there is
        none); loop thread (the transfer relay is dialled there)."""
        if self._sock is None:
            return ""
        try:
            return str(self._sock.getpeername()[0])
        except OSError:
            return ""

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
        if self._sock is not None and not self._securing:
            self.session.close()
            data = self.session.data_to_send()
            if self._tls is not None:
                with contextlib.suppress(TlsError):
                    self._tls.send(data)
                    self._tls.close()  # close_notify, best effort
                data = self._tls.data_to_send()
            started = self.trace.now()
            with contextlib.suppress(OSError):
                sent = self._sock.send(bytes(self._out) + data)
                if sent:
                    self.trace.sent("send()", sent, at=started)
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
            self.trace.call(
                f"socket({family_name}, SOCK_STREAM)", Message(FILE_DESCRIPTOR, fd=sock.fileno())
            )
            started = self.trace.now()  # before connect(): the SYN leaves during the call
            code = sock.connect_ex(address)
            if code not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN):
                sock.close()
                self._attempt_failed(call, address, OSError(code, errno.errorcode.get(code, "")))
                continue
            self.trace.call(call, Message(CONNECT_IN_PROGRESS) if code else OK, at=started)
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
            started = self.trace.now()
            self._close_attempt(other)
            call = f"close() {other.call} (another address answered first)"
            self.trace.call(call, OK, at=started, always=True)
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
        self.trace.call(
            "connect() completed", Message(CONNECTED_FROM, address=f"{local[0]}:{local[1]}")
        )
        self._out.clear()
        self._last_heard = time.monotonic()
        if self._plaintext_only:
            self._start_session(ChannelSecured(self.server, False))
        else:
            self._start_tls()

    def _start_session(self, channel: ChannelSecured, greeting_wait: float | None = None) -> None:
        """The transport is settled (TLS with a checked key, or plaintext): the session
        starts and waits for the greeting."""
        self._securing = False
        self.emit(channel)
        self.session.connection_made(secure=channel.encrypted)
        self._flush()  # read interest (and anything already waiting)
        wait = self.greeting_timeout if greeting_wait is None else greeting_wait
        self._set_timer("greeting", wait, self._greeting_timed_out)

    # ------------------------------------------------------------ TLS
    def _start_tls(self) -> None:
        assert self._tls_context is not None
        layer = TlsLayer(self._tls_context, server_side=False)
        self._tls = layer
        self._securing = True
        try:
            layer.start()
        except TlsError as exc:
            self._tls_failed(str(exc))
            return
        self._out += layer.data_to_send()
        self._set_timer("tls", self.tls_timeout, self._tls_timed_out)
        self._flush()

    def _handshake_data(self, data: bytes) -> None:
        """Bytes from the server while the handshake runs: TLS, or a plaintext answer."""
        tls = self._tls
        assert tls is not None
        if not data:
            self._no_tls(Message(NO_TLS_CLOSED), gone=True)
            return
        if len(self._heard) < MAX_HEARD_BYTES:
            self._heard += data[: MAX_HEARD_BYTES - len(self._heard)]
        if not self._tls_answered and not looks_like_tls(bytes(self._heard)):
            if not _may_be_a_line_to_finish(bytes(self._heard)):
                self._no_tls(Message(NO_TLS_ANSWERED))
            return  # else wait for the rest of the line (bounded by the tls timer)
        if not self._tls_answered:
            # It speaks TLS: from now on a slow handshake is a broken link, not a device.
            self._tls_answered = True
            self._set_timer("tls", self.connect_timeout, self._handshake_stalled)
        try:
            plain = tls.receive(data)
        except TlsError as exc:
            self._no_tls(Message(TLS_GAVE_UP, reason=str(exc)))
            return
        self._out += tls.data_to_send()
        if not tls.handshake_done:
            self._flush()
            return
        self._cancel_timer("tls")
        self._heard.clear()
        if self._check_key(tls) and plain:
            self._feed(plain)

    def _check_key(self, tls: TlsLayer) -> bool:
        """The handshake ended: compare the key with the pin. True when the session
        started; False when the connection was refused (the engine stops)."""
        try:
            public = tls.peer_public_key()
        except TlsError as exc:
            self._tls_failed(str(exc))
            return False
        code = fingerprint_code(public)
        try:
            check = self.pins.check(self.host, self.port, public)
        except OSError as exc:
            reason = exc.strerror or str(exc)
            message = Message(PINS_UNREADABLE, path=str(self.pins.path), reason=reason)
            self._refuse(message, field="fingerprint")
            return False
        self.trace.call(
            f"TLS handshake with {self.server}",
            Message(
                TLS_SECURED,
                version=tls.version,
                cipher=tls.cipher,
                code=code,
                status=PIN_WORDS.get(check.status, str(check.status)),
            ),
        )
        channel = ChannelSecured(
            self.server, True, code, str(check.status), check.previous, tls.version
        )
        if self.expected_code and code != self.expected_code:
            self.emit(channel)
            self._refuse(
                Message(KEY_MISMATCH, server=self.server, code=code, expected=self.expected_code),
                field="fingerprint",
            )
            return False
        if check.status is PinStatus.CHANGED:
            if code != self.expected_code:
                self.emit(channel)
                self._refuse(
                    Message(KEY_CHANGED, server=self.server, code=code, previous=check.previous),
                    field="fingerprint",
                )
                return False
            channel = ChannelSecured(
                self.server, True, code, str(PinStatus.KNOWN), check.previous, tls.version
            )
        if check.status is not PinStatus.KNOWN:
            self._pin(public)
        self._start_session(channel)
        return True

    def _pin(self, public: bytes) -> None:
        try:
            self.pins.pin(self.host, self.port, public)
        except OSError as exc:  # the chat works; the next connection is "new" again
            self.error(
                Message(
                    N_("chat", "The key of {server} could not be remembered in {path}: {reason}."),
                    server=self.server,
                    path=str(self.pins.path),
                    reason=exc.strerror or str(exc),
                ),
                field="fingerprint",
            )

    def _tls_timed_out(self) -> None:
        if self._securing:
            self._no_tls(Message(NO_TLS_ANSWER, seconds=self.tls_timeout))

    def _handshake_stalled(self) -> None:
        if self._securing:
            reason = Message(HANDSHAKE_STALLED, seconds=self.connect_timeout)
            self.trace.call(f"TLS handshake with {self.server}", reason)
            self._lost(Message(TLS_BROKEN, server=self.server, reason=reason))

    def _no_tls(self, how: str, *, gone: bool = False) -> None:
        """The server did not answer the ClientHello in TLS (`gone`: it closed). Never a
        silent downgrade: a pinned (or expected) key means someone may be in the way."""
        self._cancel_timer("tls")
        data = bytes(self._heard)
        self._heard.clear()
        self.trace.call(f"TLS handshake with {self.server}", how)
        if data.startswith(REFUSAL_PREFIXES):  # a server refusing at accept: full, banned...
            line = data.split(b"\n", 1)[0].decode("utf-8", "replace")
            line = line.removeprefix("-!- ")
            line = sanitize_text(line)[:REFUSAL_CHARS]
            self._refuse(Message(SERVER_REFUSED, server=self.server, line=line), field="address")
            return
        pinned = self.pins.pinned_code(self.host, self.port)
        if gone and not data and (pinned or self.expected_code):
            # Closed or reset before a single byte (a server restarting, a proxy whose
            # server is down): nothing was said in plaintext, so no downgrade to refuse.
            # Try again, in TLS as ever.
            self._lost(Message(HANDSHAKE_CUT, server=self.server))
            return
        if pinned:
            self._refuse(
                Message(PLAINTEXT_WHEN_PINNED, server=self.server, previous=pinned),
                field="fingerprint",
            )
            return
        if self.expected_code:
            self._refuse(
                Message(PLAINTEXT_WHEN_EXPECTED, server=self.server, expected=self.expected_code),
                field="fingerprint",
            )
            return
        # Never pinned: a plaintext server or a device. Plaintext from now on, for every
        # reconnect of this engine too.
        self._plaintext_only = True
        first_line = data.split(b"\n", 1)[0].decode("utf-8", "replace").rstrip("\r")
        if gone or parse_greeting(first_line) is not None:
            # A SocketLab server without TLS took the ClientHello for text: start afresh.
            self.trace.call(f"close() {self.server}", Message(RECONNECTING_PLAIN))
            self._drop_socket()
            self._connect()
            return
        # A plain TCP peer (nc -l, a device) may take one connection only: go on with
        # this one, in plaintext; what it said so far goes to the session.
        self.trace.call(f"TLS handshake with {self.server}", Message(GOING_ON_PLAIN))
        self._tls = None
        waited = 0.0 if data else self.tls_timeout
        self._start_session(
            ChannelSecured(self.server, False), max(0.0, self.greeting_timeout - waited)
        )
        if data:
            self._feed(data)

    def _tls_failed(self, reason: str) -> None:
        """The handshake itself failed (the server speaks TLS, but not ours)."""
        self._refuse(Message(TLS_FAILED, server=self.server, reason=reason), field="address")

    def _refuse(self, message: str, *, field: str) -> None:
        """Stop for good (no reconnect): a changed or wrong key, a refusal, a downgrade."""
        self.error(message, field=field, fatal=True)
        self._drop_socket()
        self._state = EngineMode.OFFLINE
        self.stop()

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
        self._tls = None
        self._securing = False
        self._tls_answered = False
        self._heard.clear()
        if self._sock is not None:
            self.remove(self._sock)
            started = self.trace.now()
            with contextlib.suppress(OSError):
                self._sock.close()
            self.trace.call("close()", OK, at=started, always=True)
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
            if self._securing:  # a device that resets on a ClientHello
                self._no_tls(Message(NO_TLS_RESET), gone=True)
                return
            self._lost(message)
            return
        received = self.trace.now()
        if self._securing or not data or self._tls is None:
            kind = "" if self._securing else keepalive_kind(data)
            self.trace.recv_result(data, at=received, kind=kind)
        if self._securing:
            self._handshake_data(data)
            return
        if not data:
            if self.session.mode is SessionMode.RAW:  # the terminal shows the end as a row
                self.emit(RawReceived(b"", time.time()))
            self._lost(
                Message(N_("chat", "The server closed the connection (recv() returned b'')."))
            )
            return
        self._last_heard = time.monotonic()
        tls = self._tls
        if tls is not None:
            try:
                ciphertext, data = data, tls.receive(data)
            except TlsError as exc:
                self.trace.recv_result(data, at=received)
                self._lost(Message(TLS_BROKEN, server=self.server, reason=str(exc)))
                return
            self.trace.recv_result(ciphertext, at=received, kind=keepalive_kind(data))
            if data:
                self._feed(data)
            if tls.closed and self._sock is not None:  # close_notify
                self._lost(Message(N_("chat", "The server closed the connection (close_notify).")))
            return
        self._feed(data)

    def _feed(self, data: bytes) -> None:
        """Plaintext from the server to the session."""
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

    def _send_file_signal(self, to: str, body: dict[str, Any]) -> None:
        if self._sock is not None and self.session.send_file_signal(to, body):
            self._pump()

    def _send_raw(self, data: bytes) -> None:
        if self._sock is None or not self.session.send_raw(data):
            self.error(
                Message(N_("chat", "Not connected: the bytes were not sent.")), field="input"
            )
            return
        self._pump()

    def _send_raw_parts(self, parts: list[bytes]) -> None:
        for part in parts:
            if self._sock is None or not self.session.send_raw(part):
                self.error(
                    Message(N_("chat", "Not connected: the bytes were not sent.")), field="input"
                )
                return
            self._pump()  # one send() each

    def _pump(self) -> None:
        """Send what the session wants sent."""
        if self._sock is None:
            self.session.data_to_send()  # no connection: nothing it says can be sent
            return
        data = self.session.data_to_send()
        if data:
            only_pongs = self._out_kind or not self._out
            self._out_kind = keepalive_kind(data) if only_pongs else ""
        if self._tls is not None and data:
            try:
                self._tls.send(data)
            except TlsError as exc:
                self._lost(Message(TLS_BROKEN, server=self.server, reason=str(exc)))
                return
            data = self._tls.data_to_send()
        self._out += data
        self._flush()

    def _flush(self) -> None:
        if self._sock is None:
            return
        if self._out:
            started = self.trace.now()  # before send(): the peer may read it at once
            try:
                sent = self._sock.send(self._out)
            except (BlockingIOError, InterruptedError):
                sent = 0
            except OSError as exc:
                message = self.trace.failed(
                    "send()", exc, ErrorContext("send", self.host, self.port), at=started
                )
                if self._securing:
                    self._no_tls(Message(NO_TLS_RESET), gone=True)
                else:
                    self._lost(message)
                return
            if sent:
                self.trace.sent("send()", sent, at=started, kind=self._out_kind)
                del self._out[:sent]
                if not self._out:
                    self._out_kind = ""
        events = selectors.EVENT_READ | (selectors.EVENT_WRITE if self._out else 0)
        self.set_interest(self._sock, events, self._on_ready)
