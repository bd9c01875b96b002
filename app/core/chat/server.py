"""The chat server engine: one selectors loop relays lines between every client.

Raw clients (nc, telnet, scripts) and SocketLab clients share one room. Per loop turn,
received lines are framed, sanitised, numbered and relayed; then the history is
committed and each client's queued bytes leave in one send(). A slow reader has a
bounded buffer, a flooder is throttled, a vanished peer is noticed (keep-alive) and
announced; nothing a client sends can stop the room.
"""

from __future__ import annotations

import contextlib
import errno
import itertools
import selectors
import socket
import sqlite3
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.chat.history import RoomHistory
from app.core.chat.protocol import (
    BAD_NICK,
    DEFAULT_MAX_LINE,
    DEFAULT_PORT,
    KICKED_BY_HOST,
    NICK_INVALID_GUEST,
    NICK_TAKEN,
    NICK_TAKEN_RENAMED,
    NO_SUCH_NICK,
    PROTOCOL_VERSION,
    UNKNOWN_COMMAND,
    USAGE_ME,
    USAGE_MSG,
    ChatMessage,
    Kind,
    LineFramer,
    clock_stamp,
    decode_json,
    encode_json,
    greeting_line,
    message_to_wire,
    nick_key,
    sanitize_text,
    validate_nick,
)
from app.core.discovery import (
    ANNOUNCE_INTERVAL,
    DISCOVERY_PORT,
    DiscoveryAnnouncer,
    default_server_name,
)
from app.core.engine import Engine
from app.core.errors import ErrorContext
from app.core.events import Event
from app.core.messages import N_, Message
from app.core.netinfo import lan_addresses
from app.core.trace import format_address, format_sockaddr_arg

#: Why the host's Kick button removes someone (the removed user's client says it in
#: its own language).
DEFAULT_KICK_REASON = "removed by the host"

_HAS_SENDMSG = hasattr(socket.socket, "sendmsg")  # not on Windows

HELP_LINES = (
    "Commands:",
    "  /nick NAME       change your nickname (1-32 characters, no spaces)",
    "  /who             list who is online",
    "  /me ACTION       say what you are doing: /me waves",
    "  /msg NICK TEXT   a private message to one person",
    "  /help            this list",
    "  /quit            leave the chat",
    "Anything else you type is sent to everyone. Start a line with // to send a /.",
)


@dataclass
class ServerConfig:
    """What a chat server can be told; defaults suit a LAN chat."""

    host: str = "0.0.0.0"
    port: int = DEFAULT_PORT
    history_path: str | Path | None = None
    history_size: int = 500
    max_clients: int = 256
    flood_limit: float = 50.0  # lines per second per client, sustained; 0 switches it off
    flood_burst: int = 100  # lines a client may send at once before the limit applies
    max_line: int = DEFAULT_MAX_LINE
    out_limit: int = 1024 * 1024  # bytes queued for a client before it counts as too slow
    ping_interval: float = 20.0  # ping a structured client silent for this long
    idle_timeout: float = 60.0  # drop a structured client silent for this long
    join_grace: float = 0.5  # wait this long for a SocketLab hello before joining as a guest
    announce: bool = True  # tell the LAN about this server (docs/PROTOCOL.md, Discovery)
    server_name: str = ""  # the name finders list; "" means this machine's host name
    discovery_port: int = DISCOVERY_PORT
    announce_interval: float = ANNOUNCE_INTERVAL


@dataclass(frozen=True, slots=True)
class UserInfo:
    """Someone in the room, as the host panel and /who show them."""

    nick: str
    address: str
    since: float
    app: bool  # True for a SocketLab client, False for a raw text client


@dataclass(frozen=True, slots=True)
class ServerListening(Event):
    """The server is bound and listening; `lan` lists addresses others can type."""

    host: str
    port: int
    lan: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RoomEvent(Event):
    """A numbered room event (message, action, private, join, leave, nick)."""

    message: ChatMessage


@dataclass(frozen=True, slots=True)
class UsersChanged(Event):
    """The people online, after a join, leave or nick change."""

    users: tuple[UserInfo, ...]


@dataclass(eq=False)
class _Client:
    """One connection's state on the server."""

    sock: socket.socket
    address: str
    framer: LineFramer
    connected_at: float
    nick: str = ""
    joined: bool = False
    app: bool = False  # switched to structured (JSON) mode
    client_id: str = ""
    out: bytearray = field(default_factory=bytearray)
    parts: list[bytes | bytearray] = field(default_factory=list)  # for one sendmsg()
    last_heard: float = 0.0
    tokens: float = 0.0
    refilled: float = 0.0
    backlog: deque[str] = field(default_factory=deque)  # lines held back by the flood limit
    throttled: bool = False
    warned_flood: bool = False
    reading: bool = True
    closed: bool = False
    join_timer: Any = None
    resume_timer: Any = None


@dataclass(eq=False, slots=True)
class _Segment:
    """Bytes queued during one loop turn, kept in order: a run of room lines from one
    sender (`target` None), or lines for one client only (`target` set)."""

    sender: _Client | None = None
    target: _Client | None = None
    raw: bytearray = field(default_factory=bytearray)
    messages: list[ChatMessage] = field(default_factory=list)
    json: bytes = b""


class ChatServerEngine(Engine):
    """Hosts a chat room on a TCP port. Thread-safe calls: `kick()`, `stop()`."""

    name = "chat server"

    def __init__(self, config: ServerConfig | None = None) -> None:
        super().__init__()
        self.config = config or ServerConfig()
        self.history = RoomHistory(self.config.history_size)  # opened on the loop thread
        self.port = self.config.port
        self._listener: socket.socket | None = None
        self._clients: dict[socket.socket, _Client] = {}
        self._by_nick: dict[str, _Client] = {}
        self._guest_numbers = itertools.count(1)
        self._dirty: set[_Client] = set()
        self._segments: list[_Segment] = []
        self._flush_scheduled = False
        self._users_changed = False
        self._keepalive_timer: Any = None
        self._announcer: DiscoveryAnnouncer | None = None

    # ------------------------------------------------------------ thread-safe API
    def kick(self, nick: str, reason: str = DEFAULT_KICK_REASON) -> None:
        """Disconnect someone by nickname (from any thread)."""
        self.call_soon_threadsafe(self._kick, nick, reason)

    def announce_now(self) -> None:
        """Announce this server on the LAN at once (from any thread)."""
        self.call_soon_threadsafe(self._announce_now)

    def users(self) -> list[UserInfo]:
        """People online now (loop thread; the window uses UsersChanged events)."""
        return [self._user_info(c) for c in self._by_nick.values()]

    # ------------------------------------------------------------ start and stop
    def on_start(self) -> None:
        if self.config.history_path is not None:
            self._open_history(Path(self.config.history_path))
        host, port = self.config.host, self.config.port
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        family_name = "AF_INET6" if family == socket.AF_INET6 else "AF_INET"
        listener = socket.socket(family, socket.SOCK_STREAM)
        self.trace.call(f"socket({family_name}, SOCK_STREAM)", f"fd {listener.fileno()}")
        try:
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            self.trace.call("setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)", "ok")
            if family == socket.AF_INET6 and host in ("::", ""):
                listener.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
            call = f"bind({format_sockaddr_arg((host, port))})"
            try:
                listener.bind((host, port))
            except OSError as exc:
                field_name = "host" if exc.errno == errno.EADDRNOTAVAIL else "port"
                message = self.trace.failed(call, exc, ErrorContext("bind", host, port))
                self.error(message, field=field_name, fatal=True)
                exc.socketlab_reported = True  # type: ignore[attr-defined]
                raise
            self.port = listener.getsockname()[1]
            self.trace.call(call, "ok" if port else f"ok, port {self.port}")
            listener.listen(128)
            self.trace.call("listen(128)", "ok: waiting for connections")
            listener.setblocking(False)
        except OSError:
            listener.close()
            raise
        self._listener = listener
        self.add_reader(listener, self._on_acceptable)
        lan = tuple(lan_addresses()) if host in ("0.0.0.0", "::", "") else (host,)
        self.emit(ServerListening(host, self.port, lan))
        if self.config.ping_interval > 0:
            self._keepalive_timer = self.call_later(self._keepalive_period(), self._keepalive)
        if self.config.announce:
            self._start_announcer()

    def _start_announcer(self) -> None:
        """Announce on the LAN from this loop; without it the chat still works."""
        announcer = DiscoveryAnnouncer(
            self,
            name=self.config.server_name or default_server_name(),
            chat_host=self.config.host,
            chat_port=self.port,
            users=lambda: len(self._by_nick),
            port=self.config.discovery_port,
            interval=self.config.announce_interval,
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
            self.history = RoomHistory(self.config.history_size, path)
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
        self.trace.call(
            f"sqlite3.connect({str(path)!r})", f"{len(self.history.recent)} messages kept"
        )

    def on_stop(self) -> None:
        if self._announcer is not None:
            self._announcer.stop()  # finders forget this server at once
            self._announcer = None
        for client in list(self._clients.values()):
            self._queue_line(client, "* The server is shutting down. Bye.")
            self._send_now(client)
            self._close(client, "server stopped", announce=False)
        if self._listener is not None:
            self.remove(self._listener)
            self._listener.close()
            self.trace.call("close() listening socket", "ok")
            self._listener = None
        self.history.close()

    # ------------------------------------------------------------ connections
    def _on_acceptable(self, _mask: int) -> None:
        assert self._listener is not None
        for _ in range(64):  # bounded, so one burst of connects cannot starve the room
            try:
                sock, address = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as exc:  # e.g. EMFILE: out of file descriptors
                self.error(self.trace.failed("accept()", exc, ErrorContext("accept")))
                return
            shown = _show_address(address)
            self.trace.call("accept()", shown)
            if len(self._clients) >= self.config.max_clients:
                with contextlib.suppress(OSError):
                    sock.send(
                        f"! Server full: at most {self.config.max_clients} people. "
                        "Try again later.\n".encode()
                    )
                sock.close()
                self.trace.call(f"close() {shown}", "server full")
                continue
            self._add_client(sock, shown)

    def _add_client(self, sock: socket.socket, address: str) -> None:
        sock.setblocking(False)
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
            # Kernel probes find a half-open raw client without printing anything.
            if hasattr(socket, "TCP_KEEPIDLE"):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 60)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 10)
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT, 3)
        now = time.monotonic()
        client = _Client(
            sock=sock,
            address=address,
            framer=LineFramer(self.config.max_line),
            connected_at=time.time(),
            last_heard=now,
            tokens=float(self.config.flood_burst),
            refilled=now,
        )
        self._clients[sock] = client
        self.set_interest(sock, selectors.EVENT_READ, self._ready_callback(client))
        local = sock.getsockname()
        self._queue_line(client, greeting_line(_plain_host(local[0]), local[1], len(self._by_nick)))
        client.join_timer = self.call_later(self.config.join_grace, self._join_as_guest, client)

    def _ready_callback(self, client: _Client):
        def ready(mask: int) -> None:
            if mask & selectors.EVENT_WRITE:
                self._write(client)
            if mask & selectors.EVENT_READ and not client.closed:
                self._read(client)

        return ready

    def _update_interest(self, client: _Client) -> None:
        if client.closed:
            return
        events = (selectors.EVENT_READ if client.reading else 0) | (
            selectors.EVENT_WRITE if client.out or client.parts else 0
        )
        if events:
            self.set_interest(client.sock, events, self._ready_callback(client))
        else:
            self.remove(client.sock)

    def _read(self, client: _Client) -> None:
        try:
            data = client.sock.recv(65536)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self.trace.failed(f"recv() from {client.address}", exc, ErrorContext("recv"))
            self._close(client, "connection lost")
            return
        self.trace.recv_result(data, f"recv() from {client.address}")
        if not data:
            self._close(client, "connection lost")
            return
        client.last_heard = time.monotonic()
        lines, too_long = client.framer.feed(data)
        for _ in range(too_long):
            self._reply_error(
                client,
                "line_too_long",
                f"Line too long: at most {self.config.max_line:,} bytes. It was discarded.",
            )
        if lines:
            client.backlog.extend(lines)
            self._drain_backlog(client)

    def _drain_backlog(self, client: _Client) -> None:
        """Handle held-back lines as far as the flood limit allows."""
        limit = self.config.flood_limit
        if limit > 0:
            now = time.monotonic()
            client.tokens = min(
                float(self.config.flood_burst), client.tokens + (now - client.refilled) * limit
            )
            client.refilled = now
        backlog = client.backlog
        allowed = len(backlog) if limit <= 0 else min(len(backlog), int(client.tokens))
        if limit > 0:
            client.tokens -= allowed
        if allowed == len(backlog) and client.joined and not client.app:
            lines = list(backlog)
            if not any(line.startswith("/") for line in lines):
                # The common case in a busy room: chat lines only, relayed as one run.
                backlog.clear()
                texts = [
                    text
                    for text in (
                        line.strip()
                        if line.isascii() and line.isprintable()
                        else sanitize_text(line).strip()
                        for line in lines
                    )
                    if text
                ]
                if texts:
                    self._relay_plain(client, texts)
                allowed = 0
        plain: list[str] = []  # consecutive chat lines from a raw client, relayed together
        for _ in range(allowed):
            line = backlog.popleft()
            if client.joined and not client.app and not line.startswith("/"):
                text = sanitize_text(line).strip()
                if text:
                    plain.append(text)
                continue
            if plain:
                self._relay_plain(client, plain)
                plain = []
            self._handle_line(client, line)
            if client.closed:
                return
        if plain:
            self._relay_plain(client, plain)
        if client.backlog:
            if not client.throttled:
                client.throttled = True
                client.reading = False  # stop reading: TCP slows the sender down
                self._update_interest(client)
                if not client.warned_flood:
                    client.warned_flood = True
                    self._reply_error(
                        client,
                        "flood",
                        f"Slow down: at most {limit:g} lines a second. "
                        "Your lines are delayed, not lost.",
                    )
            wait = (1.0 - client.tokens) / limit
            client.resume_timer = self.call_later(wait, self._resume, client)
        elif client.throttled:
            client.throttled = False
            client.reading = True
            self._update_interest(client)

    def _resume(self, client: _Client) -> None:
        client.resume_timer = None
        if not client.closed:
            self._drain_backlog(client)

    def _write(self, client: _Client) -> None:
        if client.parts and not client.closed:
            self._write_parts(client)
            return
        if not client.out or client.closed:
            self._update_interest(client)
            return
        try:
            sent = client.sock.send(client.out)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self.trace.failed(f"send() to {client.address}", exc, ErrorContext("send"))
            self._close(client, "connection lost")
            return
        del client.out[:sent]
        self._update_interest(client)

    def _write_parts(self, client: _Client) -> None:
        """Scatter-gather send of this turn's segments; what is left waits in `out`."""
        parts, client.parts = client.parts, []
        try:
            sent = client.sock.sendmsg(parts)
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError as exc:
            self.trace.failed(f"sendmsg() to {client.address}", exc, ErrorContext("send"))
            self._close(client, "connection lost")
            return
        for part in parts:
            if sent >= len(part):
                sent -= len(part)
                continue
            client.out += memoryview(part)[sent:]
            sent = 0
        self._update_interest(client)

    def _gather(self, client: _Client) -> None:
        """Move segments waiting for sendmsg() into `out` (before writing them otherwise)."""
        if client.parts:
            client.out += b"".join(client.parts)
            client.parts = []

    def _close(self, client: _Client, reason: str, *, announce: bool = True) -> None:
        if client.closed:
            return
        client.closed = True
        for timer in (client.join_timer, client.resume_timer):
            if timer is not None:
                timer.cancel()
        self.remove(client.sock)
        self._clients.pop(client.sock, None)
        self._dirty.discard(client)
        with contextlib.suppress(OSError):
            client.sock.close()
        self.trace.call(f"close() {client.address}", reason)
        if client.joined and self._by_nick.get(nick_key(client.nick)) is client:
            del self._by_nick[nick_key(client.nick)]
            self._users_changed = True
            if announce:
                self._room(Kind.LEAVE, client.nick, reason=reason)
            self._schedule_flush()

    def _kick(self, nick: str, reason: str) -> None:
        client = self._by_nick.get(nick_key(nick))
        if client is None:
            self.error(Message(NO_SUCH_NICK, nick=nick), field="user")
            return
        if reason == DEFAULT_KICK_REASON:
            self._reply_error(client, "kicked", Message(KICKED_BY_HOST))
        else:
            self._reply_error(client, "kicked", f"You were {reason}.")
        self._send_now(client)
        self._close(client, "kicked")

    # ------------------------------------------------------------ joining
    def _join_as_guest(self, client: _Client) -> None:
        client.join_timer = None
        if not client.joined and not client.closed:
            self._join(client, self._guest_nick())

    def _guest_nick(self) -> str:
        while True:
            nick = f"guest-{next(self._guest_numbers)}"
            if nick_key(nick) not in self._by_nick:
                return nick

    def _join(self, client: _Client, nick: str) -> None:
        if client.join_timer is not None:
            client.join_timer.cancel()
            client.join_timer = None
        client.nick = nick
        client.joined = True
        self._by_nick[nick_key(nick)] = client
        self._users_changed = True
        if not client.app:
            self._queue_line(client, f"* You are {nick}. Type /nick NAME to change it.")
        self._room(Kind.JOIN, nick)

    def _hello(self, client: _Client, hello: dict[str, Any]) -> None:
        """Switch a connection to structured mode and join it under its nickname."""
        client.app = True
        client.client_id = str(hello.get("client_id", ""))[:64]
        wanted = sanitize_text(str(hello.get("nick") or "")).strip()
        note = ""
        if client.client_id:
            for other in list(self._clients.values()):
                if other is not client and other.client_id == client.client_id:
                    self._close(other, "reconnected", announce=False)
                    self._room(Kind.LEAVE, other.nick, reason="reconnected")
        if wanted and validate_nick(wanted) is None:
            nick = wanted
            if nick_key(nick) in self._by_nick:
                nick = self._free_variant(wanted)
                note = Message(NICK_TAKEN_RENAMED, wanted=wanted, nick=nick)
        else:
            if wanted:
                note = Message(NICK_INVALID_GUEST, problem=validate_nick(wanted))
            nick = self._guest_nick()
        client.nick = nick
        try:
            last_id = int(hello.get("last_id", 0))
        except (TypeError, ValueError):
            last_id = 0
        self._send_json(
            client,
            {
                "type": "welcome",
                "protocol": PROTOCOL_VERSION,
                "nick": nick,
                "accepted_seq": self.history.accepted_seq(client.client_id),
                "time": round(time.time(), 3),
            },
        )
        backlog = self.history.since(last_id)
        if backlog:
            self._send_json(client, {"type": "history", "messages": [m.to_wire() for m in backlog]})
        if note:
            self._reply_error(client, "nick_taken", note)
        self._join(client, nick)

    def _free_variant(self, nick: str) -> str:
        for number in itertools.count(2):
            suffix = f"-{number}"
            candidate = nick[: 32 - len(suffix)] + suffix
            if nick_key(candidate) not in self._by_nick:
                return candidate
        raise AssertionError("unreachable")

    # ------------------------------------------------------------ lines and commands
    def _handle_line(self, client: _Client, line: str) -> None:
        if client.app:
            self._handle_json(client, line)
            return
        if not client.joined:
            hello = decode_json(line)
            if hello is not None and hello.get("type") == "hello":
                self._hello(client, hello)
                return
            wanted = sanitize_text(line[6:]).strip() if line.startswith("/nick ") else ""
            if wanted and validate_nick(wanted) is None and nick_key(wanted) not in self._by_nick:
                self._join(client, wanted)  # `/nick alice` as the first line: no guest name
                return
            self._join(client, self._guest_nick())
        self._handle_text(client, line)

    def _handle_json(self, client: _Client, line: str) -> None:
        obj = decode_json(line)
        if obj is None:
            self._reply_error(client, "bad_json", "Not a JSON object; this line was ignored.")
            return
        kind = obj.get("type")
        if kind == "say":
            self._handle_say(client, obj)
        elif kind == "pong" or kind == "ping":
            if kind == "ping":
                self._send_json(client, {"type": "pong"})
        elif kind == "who":
            self._send_users(client)
        elif kind == "quit":
            self._close(client, "quit")
        else:
            self._reply_error(client, "unknown_type", f"Unknown message type {kind!r}.")

    def _handle_say(self, client: _Client, obj: dict[str, Any]) -> None:
        text = obj.get("text")
        try:
            seq = int(obj.get("cid", 0))
        except (TypeError, ValueError):
            seq = 0
        if not isinstance(text, str):
            self._reply_error(client, "bad_say", "A say message needs a text string.")
            return
        if seq and client.client_id:
            if seq <= self.history.accepted_seq(client.client_id):
                self._send_json(client, {"type": "ack", "cid": seq, "duplicate": True})
                return
            self.history.accept_seq(client.client_id, seq)
        message_id = self._handle_text(client, text)
        if seq:
            self._send_json(client, {"type": "ack", "cid": seq, "id": message_id})

    def _handle_text(self, client: _Client, line: str) -> int | None:
        """Run a command or relay a message; returns the new message id, if any."""
        if line.startswith("/") and not line.startswith("//"):
            command, _, rest = line[1:].partition(" ")
            return self._command(client, command.lower(), rest.strip())
        text = sanitize_text(line[1:] if line.startswith("//") else line).strip()
        if not text:
            return None
        return self._room(Kind.MESSAGE, client.nick, text=text, exclude=client).id

    def _command(self, client: _Client, command: str, arg: str) -> int | None:
        if command == "nick":
            return self._change_nick(client, sanitize_text(arg).strip())
        if command == "me":
            text = sanitize_text(arg).strip()
            if not text:
                self._reply_error(client, "usage", Message(USAGE_ME))
                return None
            return self._room(Kind.ACTION, client.nick, text=text, exclude=client).id
        if command in ("msg", "query"):
            return self._private(client, arg)
        if command == "who":
            self._send_users(client)
        elif command == "help":
            for line in HELP_LINES:
                self._system(client, line)
        elif command == "quit":
            if not client.app:
                self._queue_line(client, "* Bye.")
            self._send_now(client)
            self._close(client, "quit")
        else:
            self._reply_error(client, "unknown_command", Message(UNKNOWN_COMMAND, command=command))
        return None

    def _change_nick(self, client: _Client, new: str) -> int | None:
        problem = validate_nick(new)
        if problem:
            self._reply_error(client, "bad_nick", Message(BAD_NICK, problem=problem))
            return None
        holder = self._by_nick.get(nick_key(new))
        if holder is not None and holder is not client:
            self._reply_error(client, "nick_taken", Message(NICK_TAKEN, nick=new))
            return None
        if new == client.nick:
            return None
        old = client.nick
        del self._by_nick[nick_key(old)]
        client.nick = new
        self._by_nick[nick_key(new)] = client
        self._users_changed = True
        return self._room(Kind.NICK, old, target=new).id

    def _private(self, client: _Client, arg: str) -> int | None:
        target_nick, _, text = arg.partition(" ")
        text = sanitize_text(text).strip()
        if not target_nick or not text:
            self._reply_error(client, "usage", Message(USAGE_MSG))
            return None
        target = self._by_nick.get(nick_key(target_nick))
        if target is None:
            self._reply_error(client, "no_such_nick", Message(NO_SUCH_NICK, nick=target_nick))
            return None
        message = ChatMessage(
            self.history.next_id(), Kind.PRIVATE, client.nick, text, time.time(), target.nick
        )
        self.history.add(message)
        self.emit(RoomEvent(message))
        for recipient in {client, target}:
            self._deliver(recipient, message)
        return message.id

    # ------------------------------------------------------------ sending
    def _room(
        self,
        kind: str,
        sender: str,
        *,
        text: str = "",
        target: str = "",
        reason: str = "",
        exclude: _Client | None = None,
    ) -> ChatMessage:
        """Number, keep and report a room event, and queue it for everyone who joined.

        `exclude` is the raw client that typed it: a terminal already shows what was
        typed, so it gets no echo (SocketLab clients do, as confirmation with the id).
        """
        message = ChatMessage(
            self.history.next_id(), kind, sender, text, time.time(), target, reason
        )
        self.history.add(message)
        self.emit(RoomEvent(message))
        line = (message.render() + "\n").encode()
        segments = self._segments
        last = segments[-1] if segments else None
        if last is not None and last.target is None and last.sender is exclude:
            last.raw += line
            last.messages.append(message)
        else:
            segments.append(_Segment(sender=exclude, raw=bytearray(line), messages=[message]))
        self._schedule_flush()
        return message

    def _relay_plain(self, client: _Client, texts: list[str]) -> None:
        """The hot path of a busy room: many chat lines from one raw client, read in one
        recv(), numbered and queued as one run (one timestamp, one encode)."""
        now = time.time()
        nick = client.nick
        first_id = self.history.reserve_ids(len(texts))
        messages = [
            ChatMessage(first_id + offset, Kind.MESSAGE, nick, text, now)
            for offset, text in enumerate(texts)
        ]
        self.history.extend(messages)
        self.emit_many([RoomEvent(message) for message in messages])
        prefix = f"[{clock_stamp(now)}] <{nick}> "
        raw = (prefix + f"\n{prefix}".join(texts) + "\n").encode()
        segments = self._segments
        last = segments[-1] if segments else None
        if last is not None and last.target is None and last.sender is client:
            last.raw += raw
            last.messages.extend(messages)
        else:
            segments.append(_Segment(sender=client, raw=bytearray(raw), messages=messages))
        self._schedule_flush()

    def _direct(self, client: _Client, data: bytes) -> None:
        """Queue bytes for one client, in order with the room lines of this turn."""
        segments = self._segments
        if not segments:
            self._gather(client)
            client.out += data
        elif segments[-1].target is client:
            segments[-1].raw += data
        else:
            segments.append(_Segment(target=client, raw=bytearray(data)))
        self._dirty.add(client)
        self._schedule_flush()

    def _spread_segments(self) -> None:
        """Give each client, with one join, the queued segments meant for it."""
        segments, self._segments = self._segments, []
        if not segments:
            return
        members = [c for c in self._by_nick.values() if not c.closed]
        if any(c.app for c in members):
            for segment in segments:
                if segment.target is None:
                    segment.json = b"".join(encode_json(m.to_wire()) for m in segment.messages)
        recipients = set(members)
        recipients.update(s.target for s in segments if s.target is not None)
        for client in recipients:
            if client.closed:
                continue
            joined, app = client.joined, client.app
            parts = [
                segment.raw if segment.target is client else (segment.json if app else segment.raw)
                for segment in segments
                if segment.target is client
                or (segment.target is None and joined and (app or segment.sender is not client))
            ]
            if parts:
                if client.out or client.parts or len(parts) > 512 or not _HAS_SENDMSG:
                    client.out += b"".join(parts)
                else:
                    client.parts = parts  # written by one sendmsg(), without joining
                self._dirty.add(client)

    def _deliver(self, client: _Client, message: ChatMessage) -> None:
        if client.app:
            self._direct(client, encode_json(message.to_wire()))
        else:
            self._direct(client, (message.render(client.nick) + "\n").encode())

    def _system(self, client: _Client, text: str) -> None:
        if client.app:
            self._send_json(client, {"type": "system", "text": text})
        else:
            self._queue_line(client, text)

    def _reply_error(self, client: _Client, code: str, text: str) -> None:
        if client.app:
            reply: dict[str, Any] = {"type": "error", "code": code, "text": str(text)}
            translatable = message_to_wire(text)
            if translatable is not None:
                reply["message"] = translatable  # the client shows it in its language
            self._send_json(client, reply)
        else:
            self._queue_line(client, f"! {text}")

    def _send_users(self, client: _Client) -> None:
        users = sorted(self._by_nick.values(), key=lambda c: nick_key(c.nick))
        if client.app:
            self._send_json(client, self._users_message())
        else:
            names = ", ".join(u.nick for u in users)
            self._queue_line(client, f"* Online ({len(users)}): {names}")

    def _users_message(self) -> dict[str, Any]:
        return {
            "type": "users",
            "users": [
                {
                    "nick": c.nick,
                    "address": c.address,
                    "since": round(c.connected_at, 3),
                    "app": c.app,
                }
                for c in sorted(self._by_nick.values(), key=lambda c: nick_key(c.nick))
            ],
        }

    def _send_json(self, client: _Client, obj: dict[str, Any]) -> None:
        self._direct(client, encode_json(obj))

    def _queue_line(self, client: _Client, line: str) -> None:
        self._direct(client, (line + "\n").encode())

    def _schedule_flush(self) -> None:
        if not self._flush_scheduled:
            self._flush_scheduled = True
            self.call_soon(self._flush_all)

    def _flush_all(self) -> None:
        """Once per loop turn: commit the history, then one send() per client."""
        self._flush_scheduled = False
        self.history.commit()
        self._spread_segments()
        if self._users_changed:
            self._users_changed = False
            encoded = encode_json(self._users_message())
            for client in self._by_nick.values():
                if client.app:
                    if client.parts:
                        client.parts.append(encoded)
                    else:
                        client.out += encoded
                    self._dirty.add(client)
            self.emit(UsersChanged(tuple(self._user_info(c) for c in self._by_nick.values())))
            if self._announcer is not None:
                self._announcer.users_changed()
        dirty, self._dirty = self._dirty, set()
        for client in dirty:
            self._flush_client(client)

    def _send_now(self, client: _Client) -> None:
        """Before closing a client: everything queued for it leaves now, best effort."""
        self._spread_segments()
        self._gather(client)
        with contextlib.suppress(OSError):
            client.sock.send(client.out)
        client.out.clear()

    def _flush_client(self, client: _Client) -> None:
        """Send what the kernel takes now; a client with too much still waiting is dropped."""
        if client.closed:
            return
        self._write(client)
        if not client.closed and len(client.out) > self.config.out_limit:
            client.out.clear()
            client.out += (
                f"! Disconnected: you are reading too slowly "
                f"({self.config.out_limit // 1024:,} KiB of messages were waiting).\n"
            ).encode()
            with contextlib.suppress(OSError):
                client.sock.send(client.out)
            self._close(client, "too slow to read")

    # ------------------------------------------------------------ keep-alive
    def _keepalive_period(self) -> float:
        return max(0.05, min(self.config.ping_interval, self.config.idle_timeout) / 2)

    def _keepalive(self) -> None:
        now = time.monotonic()
        for client in list(self._clients.values()):
            if not client.app:
                continue  # raw clients: kernel keep-alive probes, never text on their screen
            silent = now - client.last_heard
            if silent >= self.config.idle_timeout:
                self._close(client, "connection lost")
            elif silent >= self.config.ping_interval:
                self._send_json(client, {"type": "ping"})
        self._keepalive_timer = self.call_later(self._keepalive_period(), self._keepalive)

    @staticmethod
    def _user_info(client: _Client) -> UserInfo:
        return UserInfo(client.nick, client.address, client.connected_at, client.app)


def _plain_host(host: str) -> str:
    """`::ffff:192.0.2.7` (an IPv4 client of a dual-stack socket) -> `192.0.2.7`."""
    return host[7:] if host.startswith("::ffff:") and "." in host else host


def _show_address(address: Any) -> str:
    if isinstance(address, tuple) and len(address) >= 2:
        return format_address((_plain_host(address[0]), address[1]))
    return str(address)
