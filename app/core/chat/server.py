"""The chat server engine: sockets, timers and a thread around a sans-IO `Room`.

Everything the server decides lives in `app.core.chat.room.Room` (bytes in, events
and bytes out). This engine accepts connections, reads bytes into the room, and once
per loop turn writes what the room queued (one sendmsg() per peer) and closes whom
it closed. It also keeps the limits that are about I/O: a slow reader's bounded
buffer, a per-address and total connection cap (decided by the room), and a pause
with back-off when the process runs out of file descriptors. Nothing a peer sends
can stop the loop: the room has a fault barrier per peer, and so does this engine.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import selectors
import socket
import sqlite3
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.chat.entry import BanInfo
from app.core.chat.history import RoomHistory
from app.core.chat.listen_queue import accept_queue_length, time_wait_count
from app.core.chat.protocol import (
    ERROR_MARK,
    NO_BAN_TARGET,
    NO_SUCH_NICK,
    NOT_BANNED,
    keepalive_kind,
)
from app.core.chat.room import (
    DEFAULT_KICK_REASON,
    HELP_LINES,
    BansChanged,
    Peer,
    PeerFault,
    Room,
    RoomEvent,
    ServerConfig,
    UserInfo,
    UsersChanged,
)
from app.core.chat.tls import TlsError, TlsLayer, looks_like_tls, server_context
from app.core.discovery import DiscoveryAnnouncer, default_server_name
from app.core.engine import Engine, Timer
from app.core.errors import ErrorContext
from app.core.events import Event
from app.core.identity import IdentityError, ServerIdentity
from app.core.messages import N_, Message
from app.core.netinfo import lan_addresses
from app.core.trace import OK, format_address, format_sockaddr_arg
from app.core.transfer.relay import TransferRelay

__all__ = [
    "DEFAULT_KICK_REASON",
    "HELP_LINES",
    "AcceptQueue",
    "BanInfo",
    "BansChanged",
    "ChatServerEngine",
    "PeerFault",
    "RoomEvent",
    "ServerConfig",
    "ServerListening",
    "UserInfo",
    "UsersChanged",
]

log = logging.getLogger(__name__)

# Trace results, in the reader's language (the calls themselves stay as Python writes them).
FILE_DESCRIPTOR = N_("trace", "fd {fd}")
BOUND_PORT = N_("trace", "ok, port {port}")
WAITING_FOR_CONNECTIONS = N_("trace", "ok: waiting for connections")
FINGERPRINT = N_("trace", "fingerprint {code}")
MESSAGES_KEPT = N_("trace", "{count:,} messages kept")
TLS_CONNECTION_FAILED = N_(
    "trace", "failed ({reason}): this connection is closed, the others go on"
)
ACCEPT_PAUSED = N_(
    "trace",
    "accept() is not called until you resume: the kernel still completes new connections "
    "and queues them in the listen backlog (up to {backlog})",
)
ACCEPT_RESUMED = N_("trace", "accept() is called again: waiting connections are taken")
REUSEADDR_OFF = N_(
    "trace", "ok: SO_REUSEADDR off, so a port held by TIME_WAIT connections cannot be bound"
)
HANDSHAKE_NOT_FINISHED = N_("trace", "not finished within {seconds:g} s: the connection is closed")
# Why a connection was closed, as the close() line shows it (the room's reasons stay
# English words inside the server: they are compared and logged).
_CLOSE_REASONS = {
    "server stopped": Message(N_("trace", "server stopped")),
    "closed": Message(N_("trace", "closed by the peer")),
    "connection lost": Message(N_("trace", "connection lost")),
    "protocol error": Message(N_("trace", "protocol error")),
    "too slow to read": Message(N_("trace", "too slow to read")),
    "TLS error": Message(N_("trace", "TLS error")),
    "TLS handshake timed out": Message(N_("trace", "TLS handshake timed out")),
    "plaintext refused: this room accepts only TLS": Message(
        N_("trace", "plaintext refused: this room accepts only TLS")
    ),
    "kicked": Message(N_("trace", "kicked")),
    "banned": Message(N_("trace", "banned")),
    "no complete line": Message(N_("trace", "no complete line")),
    "password needs TLS": Message(N_("trace", "password needs TLS")),
    "no password": Message(N_("trace", "no password")),
    "wrong password": Message(N_("trace", "wrong password")),
    "made room for a newcomer": Message(N_("trace", "made room for a newcomer")),
    "too many new identities": Message(N_("trace", "too many new identities")),
    "reconnected": Message(N_("trace", "reconnected")),
    "bad hello": Message(N_("trace", "bad hello")),
    "quit": Message(N_("trace", "quit")),
}

_HAS_SENDMSG = hasattr(socket.socket, "sendmsg")  # not on Windows
# accept() errors that mean "out of descriptors or memory": pause accepting a while.
_EXHAUSTED = {errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM}
_ACCEPT_PAUSE_FIRST = 0.05
_ACCEPT_PAUSE_MOST = 2.0
# While accepting is paused, the accept queue is measured this often (when it can be).
QUEUE_MEASURE_INTERVAL = 0.25

IN_USE_TIME_WAIT = N_(
    "chat",
    "Port {port} is still held by connections in TIME_WAIT ({count} of them): a server on "
    "it closed them first a moment ago, and the system keeps such a port busy for about 60 s (on "
    "Linux) so late packets of the old connections cannot reach a new one. SO_REUSEADDR "
    "is off, so the port cannot be bound until they expire. Wait a minute, or switch "
    "SO_REUSEADDR on to bind at once.",
)
IN_USE_TIME_WAIT_OLD_SOCKET = N_(
    "chat",
    "Port {port} is still held by connections in TIME_WAIT ({count} of them), left by a "
    "program that closed them first without SO_REUSEADDR. Linux lets a new server bind "
    "over TIME_WAIT only when the old socket set SO_REUSEADDR too, so wait about 60 s for "
    "them to expire, or choose another port.",
)
IN_USE_REUSE_OFF = N_(
    "chat",
    "Port {port} is already in use (EADDRINUSE). Another program may be listening there; "
    "or a server on it just closed and its connections are in TIME_WAIT, which keeps the "
    "port busy for about 60 s on Linux. SO_REUSEADDR is off, so TIME_WAIT blocks the "
    "port: wait a minute, switch SO_REUSEADDR on, or choose another port.",
)


@dataclass(frozen=True, slots=True)
class ServerListening(Event):
    """The server is bound and listening; `lan` lists addresses others can type.
    `fingerprint` is the code of its key when it offers TLS ("" when it does not);
    `relay_port` the transfer relay's port (0: none runs)."""

    host: str
    port: int
    lan: tuple[str, ...]
    fingerprint: str = ""
    relay_port: int = 0


@dataclass(frozen=True, slots=True)
class AcceptQueue(Event):
    """Whether the server calls accept(), and how many connections wait in its accept
    queue (`waiting`: None where the system does not let us measure it)."""

    paused: bool
    waiting: int | None
    backlog: int


class _Link:
    """The engine's side of one connection: its socket and what waits to be sent.

    With TLS on, a link first "sniffs" (`sniffing`): its first bytes say whether it
    speaks TLS (`tls` is then its layer, and `out` holds ciphertext) or plaintext.
    """

    __slots__ = (
        "accepted",
        "out",
        "out_kind",
        "parts",
        "peer",
        "ready",
        "sniffing",
        "sock",
        "timer",
        "tls",
    )

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        self.out = bytearray()
        self.parts: list[bytes | bytearray] = []  # for one sendmsg()
        self.peer: Peer | None = None
        self.ready: Callable[[int], None] | None = None  # made once: see _update_interest
        self.sniffing = False  # TLS on: the first bytes have not come yet
        self.tls: TlsLayer | None = None  # a TLS connection's layer
        self.timer: Timer | None = None  # the sniff wait, then the handshake's deadline
        self.accepted = 0.0  # monotonic time of accept()
        self.out_kind = ""  # "keepalive" while all that waits to be sent is ping frames


class ChatServerEngine(Engine):
    """Hosts a chat room on a TCP port. Thread-safe calls: `kick()`, `ban()`, `unban()`,
    `stop()`."""

    name = "chat server"
    trace_role = "server"

    def __init__(self, config: ServerConfig | None = None) -> None:
        super().__init__()
        self.config = config or ServerConfig()
        self.room = Room(self.config, self._memory_history())  # history opened on the loop
        self.port = self.config.port
        self._listener: socket.socket | None = None
        self._links: dict[socket.socket, _Link] = {}
        self._pump_scheduled = False
        self._room_timer: Timer | None = None
        self._room_deadline: float | None = None
        self._announcer: DiscoveryAnnouncer | None = None
        self._accept_pause = 0.0
        self._accept_paused = False
        self._accept_logged = 0.0
        self._accept_suppressed = 0
        self._accepting_held = False  # the host paused accepting (pause_accepting)
        self._queue_timer: Timer | None = None
        self._queue_shown: int | None = -1  # the waiting count last emitted
        self.faults = 0
        self.relay: TransferRelay | None = None  # the transfer relay, while running
        self.identity: ServerIdentity | None = None  # the key, loaded at start when TLS is on
        self._tls_context: ssl.SSLContext | None = None

    @property
    def history(self) -> RoomHistory:
        """The room's history (tests and the window read it)."""
        return self.room.history

    def _memory_history(self) -> RoomHistory:
        return RoomHistory(
            self.config.history_size,
            limit=self.config.history_limit,
            max_identities=self.config.max_identities,
        )

    # ------------------------------------------------------------ thread-safe API
    def kick(self, nick: str, reason: str = DEFAULT_KICK_REASON) -> None:
        """Disconnect someone by nickname (from any thread)."""
        self.call_soon_threadsafe(self._kick, nick, reason)

    def ban(self, target: str, minutes: float | None = None) -> None:
        """Ban a nickname's address, or an address, for `minutes` or (None) until the
        server stops; everyone from it is disconnected (from any thread). A
        `BansChanged` event follows; an unknown target is an ErrorEvent (field "user")."""
        self.call_soon_threadsafe(self._ban, target, minutes)

    def unban(self, target: str) -> None:
        """Lift a ban by address or by the nickname it was made under (from any thread)."""
        self.call_soon_threadsafe(self._unban, target)

    def announce_now(self) -> None:
        """Announce this server on the LAN at once (from any thread)."""
        self.call_soon_threadsafe(self._announce_now)

    def pause_accepting(self, paused: bool) -> None:
        """Stop (True) or resume (False) calling accept() (from any thread). While paused,
        connect() still completes: the kernel queues the connections in the listen
        backlog, and `AcceptQueue` events say how many wait."""
        self.call_soon_threadsafe(self._hold_accepting, paused)

    def users(self) -> list[UserInfo]:
        """People online now (loop thread; the window uses UsersChanged events)."""
        return self.room.users()

    # ------------------------------------------------------------ start and stop
    def on_start(self) -> None:
        if self.config.history_path is not None:
            self._open_history(Path(self.config.history_path))
        if self.config.tls:
            self._load_identity()
        host, port = self.config.host, self.config.port
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        family_name = "AF_INET6" if family == socket.AF_INET6 else "AF_INET"
        listener = socket.socket(family, socket.SOCK_STREAM)
        self.trace.call(
            f"socket({family_name}, SOCK_STREAM)", Message(FILE_DESCRIPTOR, fd=listener.fileno())
        )
        try:
            if self.config.reuse_address:
                listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
                self.trace.call("setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)", OK)
            else:  # said out loud: some systems (Windows) differ in what the default is
                listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 0)
                self.trace.call("setsockopt(SOL_SOCKET, SO_REUSEADDR, 0)", Message(REUSEADDR_OFF))
            if family == socket.AF_INET6 and host in ("::", ""):
                listener.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            call = f"bind({format_sockaddr_arg((host, port))})"
            try:
                listener.bind((host, port))
            except OSError as exc:
                field_name = "host" if exc.errno == errno.EADDRNOTAVAIL else "port"
                message = self.trace.failed(call, exc, ErrorContext("bind", host, port))
                if exc.errno == errno.EADDRINUSE:
                    message = self._in_use(port) or message
                self.error(message, field=field_name, fatal=True)
                exc.socketlab_reported = True  # type: ignore[attr-defined]
                raise
            self.port = listener.getsockname()[1]
            self.trace.call(call, OK if port else Message(BOUND_PORT, port=self.port))
            backlog = self.config.backlog
            listener.listen(backlog)
            self.trace.call(f"listen({backlog})", Message(WAITING_FOR_CONNECTIONS))
            listener.setblocking(False)
        except OSError:
            listener.close()
            raise
        self._listener = listener
        self.add_reader(listener, self._on_acceptable)
        lan = tuple(lan_addresses()) if host in ("0.0.0.0", "::", "") else (host,)
        code = self.identity.code if self.identity is not None else ""
        if self.config.relay:
            self._start_relay(host)
        relay_port = self.relay.port if self.relay is not None else 0
        self.emit(ServerListening(host, self.port, lan, code, relay_port))
        if self.config.announce:
            self._start_announcer()

    def _start_relay(self, host: str) -> None:
        """The transfer relay, on the chat's host and a port of its own. A relay that
        cannot start leaves the room running without it (transfers go direct only)."""
        relay = TransferRelay(self, host, self.config.relay_port)
        try:
            relay.start()
        except OSError as exc:
            log.warning("the transfer relay could not start: %s", exc)
            self.trace.failed(f"relay listen({host}:{self.config.relay_port})", exc)
            return
        self.relay = relay
        self.room.relay_port = relay.port
        self.room.relay_expect = relay.expect

    def _in_use(self, port: int) -> Message | None:
        """EADDRINUSE in words when TIME_WAIT may be the cause (named when we can see it);
        None for the general message (SO_REUSEADDR on, nothing in TIME_WAIT)."""
        count = time_wait_count(port) if port else None
        if not self.config.reuse_address:
            if count:
                return Message(IN_USE_TIME_WAIT, port=port, count=count)
            return Message(IN_USE_REUSE_OFF, port=port)
        if count:
            return Message(IN_USE_TIME_WAIT_OLD_SOCKET, port=port, count=count)
        return None

    def _load_identity(self) -> None:
        """The server's key pair, made on first start (app.core.identity)."""
        folder = self.config.identity_folder
        try:
            self.identity = ServerIdentity.load_or_create(
                Path(folder) if folder is not None else None
            )
        except IdentityError as exc:
            self.error(exc.message, field="identity", fatal=True)
            exc.socketlab_reported = True  # type: ignore[attr-defined]
            raise
        self._tls_context = server_context(self.identity)
        self.trace.call("load server key", Message(FINGERPRINT, code=self.identity.code))

    def _start_announcer(self) -> None:
        """Announce on the LAN from this loop; without it the chat still works."""
        announcer = DiscoveryAnnouncer(
            self,
            name=self.config.server_name or default_server_name(),
            chat_host=self.config.host,
            chat_port=self.port,
            users=lambda: len(self.room.users()),
            port=self.config.discovery_port,
            interval=self.config.announce_interval,
            identity=self.identity,
        )
        try:
            announcer.start()
        except OSError as exc:
            self.error(
                Message(
                    N_(
                        "chat",
                        "This server cannot announce itself on the LAN: UDP port {port} "
                        "cannot be used ({reason}). The chat works; others join by typing "
                        "its address.",
                    ),
                    port=self.config.discovery_port,
                    reason=exc.strerror or str(exc),
                ),
                field="announce",
            )
            return
        self._announcer = announcer

    def _announce_now(self) -> None:
        if self._announcer is not None:
            self._announcer.announce_now()

    def _open_history(self, path: Path) -> None:
        try:
            history = RoomHistory(
                self.config.history_size,
                path,
                limit=self.config.history_limit,
                max_bytes=self.config.history_max_bytes,
                max_identities=self.config.max_identities,
            )
        except sqlite3.Error as exc:
            problem = OSError(errno.EIO, f"cannot use {path} as a history file: {exc}")
            self.error(
                Message(
                    N_("chat", "The history file {path} cannot be used: {reason}."),
                    path=str(path),
                    reason=str(exc),
                ),
                field="history",
                fatal=True,
            )
            problem.socketlab_reported = True  # type: ignore[attr-defined]
            raise problem from exc
        self.room.history = history
        self.trace.call(
            f"sqlite3.connect({str(path)!r})", Message(MESSAGES_KEPT, count=len(history.recent))
        )

    def on_stop(self) -> None:
        if self._queue_timer is not None:
            self._queue_timer.cancel()
            self._queue_timer = None
        if self._announcer is not None:
            self._announcer.stop()  # finders forget this server at once
            self._announcer = None
        if self.relay is not None:
            self.relay.stop()
            self.room.relay_port, self.room.relay_expect = 0, None
        self.room.shutdown()
        self._pump()
        for link in list(self._links.values()):
            self._close_link(link, "server stopped")
        if self._listener is not None:
            self.remove(self._listener)
            started = self.trace.now()
            self._listener.close()
            self.trace.call("close() listening socket", OK, at=started, always=True)
            self._listener = None
        self.room.history.close()

    # ------------------------------------------------------------ connections
    def _on_acceptable(self, _mask: int) -> None:
        assert self._listener is not None
        for _ in range(64):  # bounded, so one burst of connects cannot starve the room
            try:
                sock, address = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                break
            except OSError as exc:
                if exc.errno in _EXHAUSTED:
                    self._pause_accepting(exc)
                else:
                    self.error(self.trace.failed("accept()", exc, ErrorContext("accept")))
                break
            self._accept_pause = 0.0
            shown = _show_address(address)
            self.trace.call("accept()", shown)
            self._admit(sock, address, shown)
        self._schedule_pump()

    def _pause_accepting(self, exc: OSError) -> None:
        """Out of file descriptors: a waiting connection keeps the listener readable, so
        accepting again at once would spin a core and flood the log. Stop watching the
        listener for a while (doubling up to 2 s) and log at most once a second."""
        assert self._listener is not None
        self._accept_pause = min(
            _ACCEPT_PAUSE_MOST, max(_ACCEPT_PAUSE_FIRST, self._accept_pause * 2)
        )
        now = time.monotonic()
        if now - self._accept_logged >= 1.0:
            self._accept_logged = now
            message = self.trace.failed("accept()", exc, ErrorContext("accept"))
            suppressed = self._accept_suppressed
            self._accept_suppressed = 0
            seconds = f"{self._accept_pause:g}"
            if suppressed:
                text = Message(
                    N_(
                        "chat",
                        "{reason} New connections wait {seconds} s "
                        "({count} similar errors not shown).",
                    ),
                    reason=message,
                    seconds=seconds,
                    count=suppressed,
                )
            else:
                text = Message(
                    N_("chat", "{reason} New connections wait {seconds} s."),
                    reason=message,
                    seconds=seconds,
                )
            self.error(text)
        else:
            self._accept_suppressed += 1
        self.remove(self._listener)
        self._accept_paused = True
        self.call_later(self._accept_pause, self._resume_accepting)

    def _resume_accepting(self) -> None:
        if self._listener is not None and self._accept_paused:
            self._accept_paused = False
            if not self._accepting_held:
                self.add_reader(self._listener, self._on_acceptable)

    def _hold_accepting(self, paused: bool) -> None:
        """The host's Pause accepting switch: the listener leaves the selector, so the
        loop never calls accept(); connections queue in the kernel's backlog."""
        if self._listener is None or paused == self._accepting_held:
            return
        self._accepting_held = paused
        backlog = self.config.backlog
        if paused:
            self.remove(self._listener)
            self.trace.call("pause accept()", Message(ACCEPT_PAUSED, backlog=backlog), always=True)
            self._queue_shown = -1
            self._measure_queue()
            return
        if self._queue_timer is not None:
            self._queue_timer.cancel()
            self._queue_timer = None
        self.trace.call("resume accept()", Message(ACCEPT_RESUMED), always=True)
        waiting = accept_queue_length(self._listener)
        self.emit(AcceptQueue(False, waiting, backlog))
        if not self._accept_paused:  # not inside an out-of-descriptors pause
            self.add_reader(self._listener, self._on_acceptable)
            self._on_acceptable(selectors.EVENT_READ)  # take those waiting now

    def _measure_queue(self) -> None:
        """While paused: emit the accept queue's length when it changes (the kernel fills
        it without telling the loop, so it is read a few times a second)."""
        self._queue_timer = None
        if self._listener is None or not self._accepting_held:
            return
        waiting = accept_queue_length(self._listener)
        if waiting != self._queue_shown:
            self._queue_shown = waiting
            self.emit(AcceptQueue(True, waiting, self.config.backlog))
        if waiting is not None:  # unmeasurable here: one event said so, no timer
            self._queue_timer = self.call_later(QUEUE_MEASURE_INTERVAL, self._measure_queue)

    def _admit(self, sock: socket.socket, address: Any, shown: str) -> None:
        try:
            local = sock.getsockname()
        except OSError:
            sock.close()
            return
        ip = _plain_host(address[0]) if isinstance(address, tuple) else ""
        link = _Link(sock)
        now = time.monotonic()
        sniff = self._tls_context is not None
        outcome = self.room.connect(
            link, shown, ip, _plain_host(local[0]), local[1], now, deferred=sniff
        )
        if isinstance(outcome, bytes):
            self._send_last(sock, outcome, shown)
            started = self.trace.now()
            sock.close()
            # What the room said to the peer (its own protocol text) is the reason.
            said = outcome.decode(errors="replace").strip().removeprefix(ERROR_MARK.strip())
            self.trace.call(f"close() {shown}", said.strip(), at=started, always=True)
            return
        sock.setblocking(False)
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
            # Kernel probes find a half-open raw client without printing anything.
            if hasattr(socket, "TCP_KEEPIDLE"):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 60)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 10)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT, 3)
        link.peer = outcome
        self._links[sock] = link

        def ready(mask: int) -> None:
            try:
                if mask & selectors.EVENT_WRITE:
                    self._write(link)
                if mask & selectors.EVENT_READ and link.peer is not None:
                    self._read(link)
            except Exception as exc:  # the engine's own fault barrier for this peer
                self._peer_failed(link, exc)

        link.ready = ready
        if sniff:
            link.sniffing = True
            link.accepted = now
            link.timer = self.call_later(self.config.tls_sniff_wait, self._sniff_timed_out, link)
        self._update_interest(link)

    def _peer_failed(self, link: _Link, exc: Exception) -> None:
        self.faults += 1
        log.exception("chat server: %s failed", link.peer.address if link.peer else "?")
        address = link.peer.address if link.peer is not None else "?"
        self.emit(PeerFault(address, f"{type(exc).__name__}: {exc}"[:300], self.faults))
        if link.peer is not None:
            self.room.connection_lost(link.peer, "protocol error")
        self._close_link(link, "protocol error")
        self._schedule_pump()

    def _update_interest(self, link: _Link) -> None:
        peer = link.peer
        if peer is None or peer.closed or link.ready is None:
            return
        events = (selectors.EVENT_READ if peer.reading else 0) | (
            selectors.EVENT_WRITE if link.out or link.parts else 0
        )
        if events:
            # The same callback object every time, so an unchanged interest costs no
            # epoll_ctl() (Engine.set_interest compares it).
            self.set_interest(link.sock, events, link.ready)
        else:
            self.remove(link.sock)

    def _read(self, link: _Link) -> None:
        peer = link.peer
        assert peer is not None
        try:
            data = link.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self.trace.failed(f"recv() from {peer.address}", exc, ErrorContext("recv"))
            self._lost(link, "connection lost")
            return
        received = self.trace.now()
        call = f"recv() from {peer.address}"
        if not data:  # FIN: the peer closed its side (nc's Ctrl+D, a program ending)
            self.trace.recv_result(data, call, at=received)
            self._lost(link, "closed")
            return
        if link.sniffing:
            self.trace.recv_result(data, call, at=received)
            self._sniffed(link, data)
        elif link.tls is not None:
            self._read_tls(link, data, received)
        else:
            self.trace.recv_result(data, call, at=received, kind=keepalive_kind(data))
            self.room.receive(peer, data, time.monotonic())
        self._schedule_pump()

    def _lost(self, link: _Link, reason: str) -> None:
        if link.peer is not None:
            self.room.connection_lost(link.peer, reason)
        self._close_link(link, reason)
        self._schedule_pump()

    # ------------------------------------------------------------ TLS on the same port
    def _sniffed(self, link: _Link, data: bytes) -> None:
        """A connection's first bytes: a TLS ClientHello, or plaintext (nc, telnet)."""
        link.sniffing = False
        self._cancel_link_timer(link)
        if looks_like_tls(data):
            self._start_tls(link, data)
        else:
            self._begin_plain(link, data)

    def _sniff_timed_out(self, link: _Link) -> None:
        """Nothing came within the sniff wait: someone with nc waiting for the greeting."""
        link.timer = None
        if not link.sniffing or link.peer is None:
            return
        link.sniffing = False
        try:
            self._begin_plain(link, b"")
        except Exception as exc:  # the fault barrier, as in ready()
            self._peer_failed(link, exc)
        self._schedule_pump()

    def _begin_plain(self, link: _Link, data: bytes) -> None:
        peer = link.peer
        assert peer is not None
        if self.config.require_tls:
            self._refuse_plaintext(link)
            return
        now = time.monotonic()
        self.room.begin(peer, now, secure=False)
        if data:
            self.room.receive(peer, data, now)

    def _refuse_plaintext(self, link: _Link) -> None:
        """--require-tls: one line a person can read (and act on), then close."""
        peer = link.peer
        assert peer is not None
        host, port = peer.local
        line = (
            f"{ERROR_MARK}This room accepts only encrypted connections (TLS). Join with "
            "SocketLab, or: "
            f"openssl s_client -quiet -connect {_join_host_port(host, port)}, "
            f"or: ncat --ssl {host} {port}\n"
        )
        self._send_last(link.sock, line.encode(), peer.address)
        self.room.connection_lost(peer, "protocol error")  # never joined: no leave line
        self._close_link(link, "plaintext refused: this room accepts only TLS")
        self._schedule_pump()

    def _start_tls(self, link: _Link, data: bytes) -> None:
        assert self._tls_context is not None
        link.tls = TlsLayer(self._tls_context, server_side=True)
        left = link.accepted + self.config.join_timeout - time.monotonic()
        link.timer = self.call_later(max(0.0, left), self._handshake_timed_out, link)
        self._read_tls(link, data)

    def _read_tls(self, link: _Link, data: bytes, received: float | None = None) -> None:
        """Ciphertext in; handshake replies out; the plaintext to the room. `received`:
        when recv() returned it (traced here, once its plaintext says what it was)."""
        peer, tls = link.peer, link.tls
        assert peer is not None and tls is not None
        try:
            plain = tls.receive(data)
        except TlsError as exc:
            if received is not None:
                self.trace.recv_result(data, f"recv() from {peer.address}", at=received)
            self._tls_failed(link, str(exc))
            return
        if received is not None:
            kind = keepalive_kind(plain)
            self.trace.recv_result(data, f"recv() from {peer.address}", at=received, kind=kind)
        self._tls_output(link)
        now = time.monotonic()
        if tls.handshake_done and not peer.started:
            self._cancel_link_timer(link)
            self.trace.call(f"TLS handshake with {peer.address}", f"{tls.version} {tls.cipher}")
            self.room.begin(peer, now, secure=True)
        if plain:
            self.room.receive(peer, plain, now)
        if tls.closed and link.peer is not None:  # the peer said close_notify
            self._lost(link, "closed")

    def _tls_output(self, link: _Link) -> None:
        """Handshake messages (and alerts) the layer made: to the socket."""
        assert link.tls is not None
        data = link.tls.data_to_send()
        if data:
            link.out += data
            self._write(link)

    def _tls_failed(self, link: _Link, reason: str) -> None:
        """A bad record or a failed handshake closes this connection only."""
        peer, tls = link.peer, link.tls
        if peer is None or tls is None:
            return
        what = "TLS" if tls.handshake_done else "TLS handshake"
        self.trace.call(
            f"{what} with {peer.address}",
            Message(TLS_CONNECTION_FAILED, reason=reason),
        )
        with contextlib.suppress(OSError, TlsError):
            alert = tls.data_to_send()  # the alert that says why, best effort
            if alert and not link.out:
                self._send_last(link.sock, alert, peer.address)
        link.out.clear()
        self.room.connection_lost(peer, "protocol error")
        self._close_link(link, "TLS error", close_notify=False)
        self._schedule_pump()

    def _handshake_timed_out(self, link: _Link) -> None:
        link.timer = None
        peer, tls = link.peer, link.tls
        if peer is None or tls is None or tls.handshake_done:
            return
        self.trace.call(
            f"TLS handshake with {peer.address}",
            Message(HANDSHAKE_NOT_FINISHED, seconds=self.config.join_timeout),
        )
        self.room.connection_lost(peer, "no complete line")
        self._close_link(link, "TLS handshake timed out", close_notify=False)
        self._schedule_pump()

    def _cancel_link_timer(self, link: _Link) -> None:
        if link.timer is not None:
            link.timer.cancel()
            link.timer = None

    # ------------------------------------------------------------ the room's output
    def _schedule_pump(self) -> None:
        if not self._pump_scheduled:
            self._pump_scheduled = True
            self.call_soon(self._pump)

    def _pump(self) -> None:
        """Once per loop turn: commit, then one send per peer, closes, events, timers."""
        self._pump_scheduled = False
        room = self.room
        for _ in range(16):  # closing a slow reader makes more output; bounded anyway
            room.flush()
            for peer, reason in room.take_closed():
                link = peer.handle
                self._send_final(link, peer)
                self._close_link(link, reason)
            for peer in room.take_writes():
                link = peer.handle
                self._queue(link, peer)
                self._write(link)
                if link.peer is not None and len(link.out) > self.config.out_limit:
                    last_words = room.too_slow(peer)
                    link.out.clear()
                    link.parts = []
                    if link.tls is None:  # a TLS record was cut: nothing more can be said
                        self._send_last(link.sock, last_words, peer.address)
                    self._close_link(link, "too slow to read", close_notify=False)
            for peer in room.take_interest_changes():
                self._update_interest(peer.handle)
            events = room.take_events()
            if events:
                self.emit_many(events)
                if self._announcer is not None and any(isinstance(e, UsersChanged) for e in events):
                    self._announcer.users_changed()
            if not room.has_output:
                break
        self._arm_room_timer()

    def _arm_room_timer(self) -> None:
        deadline = self.room.next_deadline()
        if deadline == self._room_deadline:
            return
        if self._room_timer is not None:
            self._room_timer.cancel()
            self._room_timer = None
        self._room_deadline = deadline
        if deadline is not None:
            self._room_timer = self.call_later(deadline - time.monotonic(), self._on_room_timer)

    def _on_room_timer(self) -> None:
        self._room_timer = None
        self._room_deadline = None
        self.room.tick(time.monotonic())
        self._pump()

    def _queue(self, link: _Link, peer: Peer) -> None:
        """Take the room's parts for this peer: one sendmsg() when nothing waits. A TLS
        link's parts become one layer write (records of up to 16 KiB) of ciphertext."""
        parts, peer.pending = peer.pending, []
        if not peer.started:
            return  # not greeted yet (the transport is not known): nothing goes out
        if parts:
            only_pings = link.out_kind or not (link.out or link.parts)
            link.out_kind = keepalive_kind(parts[0]) if only_pings and len(parts) == 1 else ""
        if link.tls is not None:
            try:
                link.tls.send(b"".join(parts))
            except TlsError as exc:
                self._tls_failed(link, str(exc))
                return
            link.out += link.tls.data_to_send()
            return
        if link.out or link.parts or len(parts) > 512 or not _HAS_SENDMSG:
            self._gather(link)
            link.out += b"".join(parts)
        else:
            link.parts = parts

    def _send_final(self, link: _Link, peer: Peer) -> None:
        """Before closing: everything queued for it leaves now, best effort."""
        self._queue(link, peer)
        self._gather(link)
        if link.peer is not None:
            self._send_last(link.sock, bytes(link.out), link.peer.address)
        link.out.clear()

    def _write(self, link: _Link) -> None:
        if link.peer is None:
            return
        if link.parts:
            self._write_parts(link)
            return
        if not link.out:
            self._update_interest(link)
            return
        started = self.trace.now()
        try:
            sent = link.sock.send(link.out)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self.trace.failed(
                f"send() to {link.peer.address}", exc, ErrorContext("send"), at=started
            )
            self._lost(link, "connection lost")
            return
        if sent:
            self.trace.sent(f"send() to {link.peer.address}", sent, at=started, kind=link.out_kind)
        del link.out[:sent]
        if not link.out:
            link.out_kind = ""
        self._update_interest(link)

    def _write_parts(self, link: _Link) -> None:
        """Scatter-gather send of this turn's segments; what is left waits in `out`."""
        assert link.peer is not None
        parts, link.parts = link.parts, []
        started = self.trace.now()
        try:
            sent = link.sock.sendmsg(parts)
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError as exc:
            self.trace.failed(
                f"sendmsg() to {link.peer.address}", exc, ErrorContext("send"), at=started
            )
            self._lost(link, "connection lost")
            return
        if sent:
            call = f"sendmsg() to {link.peer.address}"
            self.trace.sent(call, sent, at=started, kind=link.out_kind)
        for part in parts:
            if sent >= len(part):
                sent -= len(part)
                continue
            link.out += memoryview(part)[sent:]
            sent = 0
        self._update_interest(link)

    def _send_last(self, sock: socket.socket, data: bytes, address: str) -> None:
        """Best effort, before a close: one send() (a refusal, an alert, close_notify),
        in the trace like every other."""
        started = self.trace.now()
        try:
            sent = sock.send(data)
        except OSError:
            return
        if sent:
            self.trace.sent(f"send() to {address}", sent, at=started)

    @staticmethod
    def _gather(link: _Link) -> None:
        """Move parts waiting for sendmsg() into `out` (before writing them otherwise)."""
        if link.parts:
            link.out += b"".join(link.parts)
            link.parts = []

    def _close_link(self, link: _Link, reason: str, *, close_notify: bool = True) -> None:
        if link.peer is None:
            return
        address = link.peer.address
        link.peer = None
        self._cancel_link_timer(link)
        tls = link.tls
        if close_notify and tls is not None and tls.handshake_done and not link.out:
            with contextlib.suppress(OSError, TlsError):  # best effort: say close_notify
                tls.close()
                notify = tls.data_to_send()
                if notify:
                    self._send_last(link.sock, notify, address)
        self.remove(link.sock)
        self._links.pop(link.sock, None)
        started = self.trace.now()
        with contextlib.suppress(OSError):
            link.sock.close()
        self.trace.call(
            f"close() {address}", _CLOSE_REASONS.get(reason, reason), at=started, always=True
        )

    def _ban(self, target: str, minutes: float | None) -> None:
        try:
            ban = self.room.ban(target, minutes, now=time.monotonic())
        except ValueError as exc:
            self.error(exc.args[0] if exc.args else str(exc), field="user")
            return
        if ban is None:
            self.error(Message(NO_BAN_TARGET, target=target), field="user")
        self._pump()

    def _unban(self, target: str) -> None:
        if self.room.unban(target) is None:
            self.error(Message(NOT_BANNED, target=target), field="user")
        self._pump()

    def _kick(self, nick: str, reason: str) -> None:
        if not self.room.kick(nick, reason):
            self.error(Message(NO_SUCH_NICK, nick=nick), field="user")
        self._pump()


def _join_host_port(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _plain_host(host: str) -> str:
    """`::ffff:192.0.2.7` (an IPv4 client of a dual-stack socket) -> `192.0.2.7`."""
    return host[7:] if host.startswith("::ffff:") and "." in host else host


def _show_address(address: Any) -> str:
    if isinstance(address, tuple) and len(address) >= 2:
        return format_address((_plain_host(address[0]), address[1]))
    return str(address)
