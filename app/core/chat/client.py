"""The chat client engine: connects, greets, chats, and never loses what was typed.

After connecting it waits for the server's greeting. A SocketLab greeting switches
the connection to structured (JSON) mode; anything else, or silence, means a plain
TCP peer (`nc -l`, an HTTP server, a device) and the connection becomes a raw
terminal. In structured mode every typed line goes through the outbox: it stays
there, numbered, until the server acknowledges it, and is sent again after a
reconnect; the server drops the repeats, so each line reaches the room once.
"""

from __future__ import annotations

import contextlib
import errno
import json
import selectors
import socket
import sqlite3
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.chat.protocol import (
    DEFAULT_MAX_LINE,
    PROTOCOL_VERSION,
    ChatMessage,
    Kind,
    LineFramer,
    decode_json,
    encode_json,
    message_from_wire,
    nick_key,
    parse_greeting,
)
from app.core.chat.server import UserInfo
from app.core.engine import Engine
from app.core.errors import ErrorContext
from app.core.events import Event
from app.core.messages import N_, Message
from app.core.trace import format_sockaddr_arg

RECONNECT_DELAYS = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0)


# ---------------------------------------------------------------------------- outbox
class Outbox:
    """Typed lines not yet acknowledged, with the client's identity.

    With a path, the outbox is an SQLite file, so lines still pending when the app
    closes are sent on the next connect, under the same client id (so the server
    can still tell a repeat from a new line).
    """

    def __init__(self, path: str | Path | None = None) -> None:
        self._db: sqlite3.Connection | None = None
        self._items: list[tuple[int, str]] = []
        self.client_id = uuid.uuid4().hex
        self.last_seq = 0
        if path is not None:
            # Made on the window's thread, used on the engine's: one at a time.
            db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            db.executescript(
                "CREATE TABLE IF NOT EXISTS outbox (seq INTEGER PRIMARY KEY, text TEXT NOT NULL);"
                "CREATE TABLE IF NOT EXISTS identity (client_id TEXT NOT NULL, "
                "last_seq INTEGER NOT NULL);"
            )
            row = db.execute("SELECT client_id, last_seq FROM identity").fetchone()
            if row:
                self.client_id, self.last_seq = str(row[0]), int(row[1])
            else:
                db.execute("INSERT INTO identity VALUES (?, 0)", (self.client_id,))
            self._items = [
                (int(seq), str(text))
                for seq, text in db.execute("SELECT seq, text FROM outbox ORDER BY seq")
            ]
            self._db = db

    def add(self, text: str) -> int:
        """Keep a typed line; returns its sequence number."""
        self.last_seq += 1
        self._items.append((self.last_seq, text))
        if self._db is not None:
            with self._db:
                self._db.execute("BEGIN")
                self._db.execute("INSERT INTO outbox VALUES (?, ?)", (self.last_seq, text))
                self._db.execute("UPDATE identity SET last_seq = ?", (self.last_seq,))
        return self.last_seq

    def ack(self, seq: int) -> list[int]:
        """The server has everything up to `seq`: forget those; returns their numbers."""
        done = [s for s, _ in self._items if s <= seq]
        if done:
            self._items = [(s, t) for s, t in self._items if s > seq]
            if self._db is not None:
                self._db.execute("DELETE FROM outbox WHERE seq <= ?", (seq,))
        return done

    def pending(self) -> list[tuple[int, str]]:
        """(seq, text) of every line still waiting, oldest first."""
        return list(self._items)

    def close(self) -> None:
        """Close the file, if any."""
        if self._db is not None:
            self._db.close()
            self._db = None


# ---------------------------------------------------------------------------- events
@dataclass(frozen=True, slots=True)
class ConnectionState(Event):
    """connecting, connected, raw, reconnecting, offline; with a line for the user."""

    state: str
    detail: str = ""
    retry_in: float | None = None
    server: str = ""
    nick: str = ""
    reason: str = ""  # why it is reconnecting, without the countdown (a Message)


@dataclass(frozen=True, slots=True)
class MessagesReceived(Event):
    """New room messages (live or from history), oldest first, each id once."""

    messages: tuple[ChatMessage, ...]
    from_history: bool = False


@dataclass(frozen=True, slots=True)
class UsersUpdated(Event):
    """Who is online now."""

    users: tuple[UserInfo, ...]


@dataclass(frozen=True, slots=True)
class MessagePending(Event):
    """A typed line waits in the outbox (offline, or not yet acknowledged)."""

    seq: int
    text: str


@dataclass(frozen=True, slots=True)
class MessageDelivered(Event):
    """The server acknowledged a typed line; `message_id` is its room id, if it made one."""

    seq: int
    message_id: int | None


@dataclass(frozen=True, slots=True)
class ServerNotice(Event):
    """A line from the server for this user only: help text, or an error."""

    text: str
    is_error: bool = False
    code: str = ""


@dataclass(frozen=True, slots=True)
class RawReceived(Event):
    """Raw terminal mode: the bytes of one recv() call, as they came."""

    data: bytes
    time: float


# ---------------------------------------------------------------------------- engine
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
        max_line: int = DEFAULT_MAX_LINE,
        last_id: int = 0,
    ) -> None:
        super().__init__()
        self.host, self.port = host, port
        self.nick = nick
        self.outbox = outbox or Outbox()
        self._owns_outbox = outbox is None
        self.auto_reconnect = auto_reconnect
        self.reconnect_delays = reconnect_delays
        self.greeting_timeout = greeting_timeout
        self.idle_timeout = idle_timeout
        self.connect_timeout = connect_timeout
        self.max_line = max_line
        self.last_id = last_id
        self.mode = "offline"  # connecting, greeting, app, raw, offline
        self._sock: socket.socket | None = None
        self._out = bytearray()
        self._framer = LineFramer(max_line)
        self._seen_ids: set[int] = set()
        self._attempt = 0
        self._ever_connected = False
        self._named_timers: dict[str, Any] = {}
        self._last_heard = 0.0
        self._sent_up_to = 0  # highest outbox seq written on the current connection
        self._live: list[ChatMessage] = []  # room messages of the current read, in order

    @property
    def server(self) -> str:
        """`host:port` as the user typed it."""
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"

    # ------------------------------------------------------------ thread-safe API
    def send_text(self, text: str) -> None:
        """Send a line (chat text or a /command); kept in the outbox until acknowledged."""
        self.call_soon_threadsafe(self._send_text, text)

    def send_raw(self, data: bytes) -> None:
        """Raw terminal mode: send bytes exactly as given."""
        self.call_soon_threadsafe(self._send_raw, data)

    # ------------------------------------------------------------ lifecycle
    def on_start(self) -> None:
        for seq, text in self.outbox.pending():
            self.emit(MessagePending(seq, text))
        self._connect()

    def on_stop(self) -> None:
        if self._sock is not None and self.mode == "app":
            with contextlib.suppress(OSError):
                self._sock.send(bytes(self._out) + encode_json({"type": "quit"}))
        self._drop_socket()
        self.emit(ConnectionState("offline", "Disconnected.", server=self.server))
        if self._owns_outbox:
            self.outbox.close()

    def _set_timer(self, name: str, delay: float, callback, *args: Any) -> None:
        self._cancel_timer(name)
        self._named_timers[name] = self.call_later(delay, callback, *args)

    def _cancel_timer(self, name: str) -> None:
        timer = self._named_timers.pop(name, None)
        if timer is not None:
            timer.cancel()

    # ------------------------------------------------------------ connecting
    def _connect(self) -> None:
        self.mode = "connecting"
        self.emit(
            ConnectionState(
                "connecting",
                Message(N_("chat", "Connecting to {server}..."), server=self.server),
                server=self.server,
            )
        )
        try:
            infos = socket.getaddrinfo(
                self.host, self.port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST
            )
        except socket.gaierror:
            # A host name: resolving may take seconds, so it runs off the loop thread.
            self.run_blocking(self._resolve, self._on_resolved)
            return
        self._on_resolved(infos, None)

    def _resolve(self) -> list[Any]:
        return socket.getaddrinfo(self.host, self.port, type=socket.SOCK_STREAM)

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
        family, kind, proto, _, address = infos[0]
        family_name = "AF_INET6" if family == socket.AF_INET6 else "AF_INET"
        sock = socket.socket(family, kind, proto)
        sock.setblocking(False)
        self.trace.call(f"socket({family_name}, SOCK_STREAM)", f"fd {sock.fileno()}")
        self._sock = sock
        call = f"connect({format_sockaddr_arg(address)})"
        code = sock.connect_ex(address)
        if code not in (0, errno.EINPROGRESS, errno.EWOULDBLOCK, errno.EAGAIN):
            self._connect_error(call, OSError(code, errno.errorcode.get(code, "error")))
            return
        self.trace.call(call, "in progress" if code else "ok")
        self.set_interest(sock, selectors.EVENT_WRITE, self._on_connect_ready)
        self._set_timer("connect", self.connect_timeout, self._connect_timed_out, call)

    def _connect_timed_out(self, call: str) -> None:
        self._connect_error(call, TimeoutError("connect timed out"))

    def _on_connect_ready(self, _mask: int) -> None:
        assert self._sock is not None
        self._cancel_timer("connect")
        code = self._sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
        if code:
            self._connect_error("connect() completed", OSError(code, errno.errorcode.get(code, "")))
            return
        with contextlib.suppress(OSError):
            self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        local = self._sock.getsockname()
        self.trace.call("connect() completed", f"connected from {local[0]}:{local[1]}")
        self.mode = "greeting"
        self._framer = LineFramer(self.max_line)
        self._out.clear()
        self._sent_up_to = 0
        self._last_heard = time.monotonic()
        self.set_interest(self._sock, selectors.EVENT_READ, self._on_ready)
        self._set_timer("greeting", self.greeting_timeout, self._enter_raw_mode, b"")

    def _connect_error(self, call: str, exc: OSError) -> None:
        message = self.trace.failed(call, exc, ErrorContext("connect", self.host, self.port))
        self._drop_socket()
        self._connection_failed(message, field="address")

    def _connection_failed(self, message: str, *, field: str) -> None:
        if self._ever_connected and self.auto_reconnect:
            self._schedule_reconnect(message)
        else:
            self.error(message, field=field, fatal=True)
            self.mode = "offline"
            self.stop()

    def _schedule_reconnect(self, reason: str) -> None:
        delay = self.reconnect_delays[min(self._attempt, len(self.reconnect_delays) - 1)]
        self._attempt += 1
        self.mode = "offline"
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
        if self._sock is not None:
            self.remove(self._sock)
            with contextlib.suppress(OSError):
                self._sock.close()
            self.trace.call("close()", "ok")
            self._sock = None

    def _lost(self, reason: str) -> None:
        """The connection ended without us asking."""
        was_raw = self.mode == "raw"
        self._drop_socket()
        if was_raw or not self.auto_reconnect:
            self.mode = "offline"
            self.emit(ConnectionState("offline", reason, server=self.server))
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
        if self.mode == "raw":
            self.emit(RawReceived(data, time.time()))
            return
        if self.mode == "greeting":
            self._check_greeting(data)
            return
        lines, too_long = self._framer.feed(data)
        if too_long:
            self.emit(
                ServerNotice(
                    Message(
                        N_("chat", "Over-long lines from the server were skipped: {count}."),
                        count=too_long,
                    ),
                    True,
                )
            )
        objects = _decode_objects(lines)
        if objects is None:
            for line in lines:
                self._handle_line(line)
        else:
            for line, obj in zip(lines, objects, strict=True):
                self._handle_object(line, obj)
        self._emit_live()

    def _check_greeting(self, data: bytes) -> None:
        lines, _ = self._framer.feed(data)
        if not lines:
            if self._framer.pending > 512:  # no line break in the first 512 bytes: not a chat
                self._enter_raw_mode(data)
            return
        version = parse_greeting(lines[0])
        if version is None:
            self._enter_raw_mode(data)
            return
        self._cancel_timer("greeting")
        self.mode = "hello"
        self._write_json(
            {
                "type": "hello",
                "protocol": PROTOCOL_VERSION,
                "client_id": self.outbox.client_id,
                "nick": self.nick,
                "last_id": self.last_id,
            }
        )
        for line in lines[1:]:
            self._handle_line(line)
        self._emit_live()

    def _enter_raw_mode(self, data: bytes) -> None:
        """The peer is not a SocketLab server: become a raw TCP terminal."""
        self._cancel_timer("greeting")
        self.mode = "raw"
        self._ever_connected = True
        self.emit(
            ConnectionState(
                "raw",
                Message(
                    N_(
                        "chat",
                        "Connected to {server}: not a SocketLab chat server, raw TCP terminal.",
                    ),
                    server=self.server,
                ),
                server=self.server,
            )
        )
        if data:
            self.emit(RawReceived(data, time.time()))
        # Lines typed before we knew: a raw peer gets them as plain lines, once.
        pending = self.outbox.pending()
        if pending:
            for seq, text in pending:
                self._out += (text + "\n").encode()
                self.emit(MessageDelivered(seq, None))
            self.outbox.ack(pending[-1][0])
            self._flush()

    def _handle_line(self, line: str) -> None:
        obj = decode_json(line)
        if obj is None:
            self._emit_live()
            self.emit(ServerNotice(line))
            return
        self._handle_object(line, obj)

    def _handle_object(self, line: str, obj: dict[str, Any]) -> None:
        kind = obj.get("type")
        try:
            if kind == "message":
                # Kept until the read is handled: one event for all of a recv()'s messages.
                self._live.append(ChatMessage.from_wire(obj))
                return
            self._emit_live()  # keep the order: earlier messages before this line's event
            if kind == "history":
                messages = [ChatMessage.from_wire(m) for m in obj.get("messages", [])]
                self._add_messages(messages, from_history=True)
            elif kind == "welcome":
                self._on_welcome(obj)
            elif kind == "ack":
                self._on_ack(obj)
            elif kind == "users":
                users = tuple(
                    UserInfo(
                        str(u["nick"]),
                        str(u.get("address", "")),
                        float(u.get("since", 0)),
                        bool(u.get("app", False)),
                    )
                    for u in obj.get("users", [])
                )
                self.emit(UsersUpdated(users))
            elif kind == "ping":
                self._write_json({"type": "pong"})
            elif kind == "error":
                text = message_from_wire(obj.get("message")) or str(obj.get("text", ""))
                self.emit(ServerNotice(text, True, str(obj.get("code", ""))))
            elif kind == "system":
                self.emit(ServerNotice(str(obj.get("text", ""))))
        except (KeyError, TypeError, ValueError):
            self._emit_live()
            self.emit(
                ServerNotice(
                    Message(
                        N_("chat", "Malformed message from the server skipped: {line}"),
                        line=line[:200],
                    ),
                    True,
                )
            )

    def _emit_live(self) -> None:
        if self._live:
            live, self._live = self._live, []
            self._add_messages(live, from_history=False)

    def _on_welcome(self, obj: dict[str, Any]) -> None:
        self.mode = "app"
        self.nick = str(obj.get("nick", self.nick))
        self._attempt = 0
        self._ever_connected = True
        accepted = int(obj.get("accepted_seq", 0) or 0)
        for seq in self.outbox.ack(accepted):
            self.emit(MessageDelivered(seq, None))
        self.emit(
            ConnectionState(
                "connected",
                Message(
                    N_("chat", "Connected to {server} as {nick}."),
                    server=self.server,
                    nick=self.nick,
                ),
                server=self.server,
                nick=self.nick,
            )
        )
        self._send_outbox()
        if self.idle_timeout > 0:
            self._set_timer("idle", self.idle_timeout / 3, self._check_idle)

    def _on_ack(self, obj: dict[str, Any]) -> None:
        seq = int(obj["cid"])
        message_id = obj.get("id")
        for done in self.outbox.ack(seq):
            self.emit(
                MessageDelivered(done, int(message_id) if done == seq and message_id else None)
            )

    def _add_messages(self, messages: list[ChatMessage], *, from_history: bool) -> None:
        fresh = []
        for message in messages:
            if message.id in self._seen_ids:
                continue
            self._seen_ids.add(message.id)
            self.last_id = max(self.last_id, message.id)
            if (
                not from_history
                and message.kind == Kind.NICK
                and nick_key(message.sender) == nick_key(self.nick)
            ):
                self.nick = message.target  # /nick worked: a reconnect asks for the new name
            fresh.append(message)
        if fresh:
            self.emit(MessagesReceived(tuple(fresh), from_history))

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
    def _send_text(self, text: str) -> None:
        if self.mode == "raw":
            self._send_raw((text + "\n").encode())
            return
        seq = self.outbox.add(text)
        self.emit(MessagePending(seq, text))
        if self.mode == "app":
            self._send_outbox()

    def _send_outbox(self) -> None:
        for seq, text in self.outbox.pending():
            if seq > self._sent_up_to:
                self._write_json({"type": "say", "cid": seq, "text": text}, flush=False)
                self._sent_up_to = seq
        self._flush()

    def _send_raw(self, data: bytes) -> None:
        if self.mode != "raw" or self._sock is None:
            self.error(
                Message(N_("chat", "Not connected: the bytes were not sent.")), field="input"
            )
            return
        self._out += data
        self._flush()

    def _write_json(self, obj: dict[str, Any], *, flush: bool = True) -> None:
        self._out += encode_json(obj)
        if flush:
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


def _decode_objects(lines: list[str]) -> list[dict[str, Any]] | None:
    """Every line of a read as a JSON object, parsed in one json.loads() call.

    Under a flood a read brings ~500 lines; one call for all of them costs about a
    third of one call per line. None when any line is not a plain JSON object: the
    caller then takes the lines one by one, as before.
    """
    if len(lines) < 2 or not all(line[:1] == "{" and line[-1:] == "}" for line in lines):
        return None
    try:
        objects = json.loads("[" + ",".join(lines) + "]")
    except ValueError:
        return None
    if len(objects) != len(lines) or not all(type(obj) is dict for obj in objects):
        return None
    return objects
