"""The SLCHAT/1 client protocol without I/O: bytes in, events and bytes out.

`ClientSession` is the client's side of docs/PROTOCOL.md as a state machine in the
style of h11 and wsproto. It owns no socket, no timer and no thread: the engine
(`app.core.chat.client.ChatClientEngine`) feeds it what `recv()` returned with
`receive_data()`, sends what `data_to_send()` returns, and calls
`greeting_timed_out()` when its own greeting timer fires. Every method returns the
events it produced, in order. So every state and every hostile line is testable in
microseconds, without a network.

Everything a server sends is untrusted: each field is type- and range-checked, a
malformed object becomes a "Malformed message from the server skipped" notice, and
any exception while one line is handled is caught, logged, counted and turned into
the same notice. No line a server sends can stop the client.
"""

from __future__ import annotations

import logging
import re
from collections import deque
from dataclasses import dataclass
from enum import Enum
from typing import Any

from app.core import safejson
from app.core.chat.outbox import Outbox
from app.core.chat.protocol import (
    CLIENT_MAX_LINE,
    MAX_NICK_LENGTH,
    PROTOCOL_VERSION,
    REFUSED_CODES,
    RESUME_SECRET_HEX,
    ChatMessage,
    Kind,
    LineFramer,
    UserInfo,
    decode_json,
    encode_json,
    message_from_wire,
    nick_key,
    parse_greeting,
)
from app.core.events import Event
from app.core.messages import N_, Message
from app.core.safejson import WireError, bool_field, float_field, int_field, list_field, str_field

log = logging.getLogger("socketlab.chat.client")

# A server that sends this many bytes without a line break is not a chat server.
GREETING_PROBE_BYTES = 512
# Most people the client keeps in its user table, whatever a server sends.
MAX_USERS = 4096
# Message ids remembered to merge history with live messages (the newest ones).
MAX_SEEN_IDS = 65_536
# Most messages one history frame may carry.
MAX_HISTORY_FRAME = 10_000
# Longest plain (non-JSON) server line shown whole in a notice, in characters.
MAX_NOTICE_CHARS = 64 * 1024
# How much of a malformed line a notice quotes.
QUOTED_CHARS = 200
# Latest time a server may give (1 January 3000): later ones would make
# time.localtime() fail on Windows when the window or the terminal shows them.
MAX_WIRE_TIME = 32_503_680_000.0

MALFORMED = N_("chat", "Malformed message from the server skipped: {line}")
LINES_TOO_LONG = N_("chat", "Over-long lines from the server were skipped: {count}.")
SERVER_STOPPED = N_("chat", "The server stopped: its host closed the room.")
BAD_CID = N_(
    "chat",
    "The server refused a line's sequence number: the line was not delivered and stays "
    "in the outbox, to be sent again on the next connection.",
)

PASSWORD_KEPT = N_(
    "chat",
    "This room needs a password. SocketLab sends it only over an encrypted connection, "
    "and this one is not encrypted: connect with TLS, or allow the password over "
    "plaintext.",
)

_CLIENT_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")
_RESUME_SECRET = re.compile(rf"[0-9a-f]{{{RESUME_SECRET_HEX}}}")


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
    refused: str = ""  # the server's error code when it turned us away (REFUSED_CODES)


@dataclass(frozen=True, slots=True)
class MessagesReceived(Event):
    """New room messages (live or from history), oldest first, each (id, time) once."""

    messages: tuple[ChatMessage, ...]
    from_history: bool = False


@dataclass(frozen=True, slots=True)
class UsersUpdated(Event):
    """Who is online now (the whole list, however the server sent the change)."""

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
    """Raw terminal mode: bytes as they came (one recv(), or all held before the switch)."""

    data: bytes
    time: float


# ---------------------------------------------------------------------------- session
@dataclass(frozen=True, slots=True)
class FileSignalReceived(Event):
    """A file-transfer frame relayed by the room: `sender`'s nick, the address the room
    sees them at (IP only), the body for the transfer engine to check, and the port of
    the room's transfer relay (0: the server runs none)."""

    sender: str
    address: str
    body: dict[str, Any]
    relay: int = 0


class SessionMode(str, Enum):
    """What a client session is doing (a str, so logs and tests can say "raw")."""

    CLOSED = "closed"  # no connection
    GREETING = "greeting"  # connected, waiting for the server's first line
    HELLO = "hello"  # greeted, hello sent, no welcome yet
    APP = "app"  # welcomed: structured (JSON) mode
    RAW = "raw"  # not a SocketLab server: a raw TCP terminal

    def __str__(self) -> str:
        return self.value


class ClientSession:
    """One chat client's protocol state across connections, without I/O.

    Modes: `closed` (no connection), `greeting` (connected, waiting for the server's
    first line), `hello` (greeted, hello sent, no welcome yet), `app` (welcomed:
    structured mode) and `raw` (not a SocketLab server: a raw TCP terminal).

    The outbox, the nick, the newest message id and the ids already shown outlive a
    connection; the framer, the bytes to send and the user table do not.
    """

    def __init__(
        self,
        outbox: Outbox,
        nick: str = "",
        *,
        server: str = "",
        last_id: int = 0,
        max_line: int = CLIENT_MAX_LINE,
        max_users: int = MAX_USERS,
        max_seen_ids: int = MAX_SEEN_IDS,
        password: str = "",
        allow_plaintext_password: bool = False,
    ) -> None:
        self.outbox = outbox
        # The room's password: sent in the hello only over TLS, or over plaintext when
        # the user said so (`allow_plaintext_password`), never to a raw peer.
        self.password = password
        self.allow_plaintext_password = allow_plaintext_password
        self.secure = False  # this connection is TLS (connection_made says)
        # The error code of a server that turned us away for good (kicked, banned, no or
        # a wrong password): the engine does not reconnect by itself after one.
        self.refused = ""
        self.nick = nick
        self.server = server  # host:port as typed: names it in messages, keys its secret
        self.last_id = last_id
        self.max_line = max_line
        self.max_users = max_users
        self.max_seen_ids = max_seen_ids
        self.mode = SessionMode.CLOSED
        self.secure = False  # the current connection is encrypted (see connection_made)
        # Lines skipped as malformed since the session began.
        self.malformed = 0
        # Lines whose handling raised an unexpected exception (a subset of `malformed`).
        self.faults = 0
        # People a users_delta would have added beyond `max_users`.
        self.users_dropped = 0
        # True while history frames with `"more": true` are still coming.
        self.history_pending = False
        self._framer = LineFramer(max_line)
        self._held = bytearray()  # every byte received while waiting for the greeting
        self._out = bytearray()
        self._sent_up_to = 0  # highest outbox seq written on this connection
        # Messages already passed on, by (id, time): a server restarted without its
        # history file numbers from 1 again, and its new messages are not the old ones.
        self._seen_ids: set[tuple[int, float]] = set()
        self._seen_order: deque[tuple[int, float]] = deque()
        self._users: dict[str, UserInfo] = {}
        self._live: list[ChatMessage] = []  # room messages of the current read, in order
        self._events: list[Event] = []

    # ------------------------------------------------------------ connection
    def connection_made(self, *, secure: bool = False) -> None:
        """A new connection (`secure`: encrypted, TLS with a checked key, so secrets may
        be sent): wait for the greeting; nothing of the last one carries over."""
        self.mode = SessionMode.GREETING
        self.secure = secure
        self.refused = ""
        self._framer = LineFramer(self.max_line)
        self._held.clear()
        self._out.clear()
        self._sent_up_to = 0
        self._users.clear()
        self._live.clear()
        self.history_pending = False

    def connection_lost(self, now: float) -> list[Event]:
        """The connection ended. Bytes held while waiting for the greeting are shown:
        a peer that spoke and closed without a greeting was a plain TCP peer."""
        self._begin()
        if self.mode is SessionMode.GREETING and self._held:
            self._enter_raw(now, connected=False)  # typed lines stay in the outbox
        self.mode = SessionMode.CLOSED
        self.secure = False
        self._out.clear()
        return self._end()

    def greeting_timed_out(self, now: float) -> list[Event]:
        """No greeting in time (the engine's timer): the peer is a plain TCP peer."""
        self._begin()
        if self.mode is SessionMode.GREETING:
            self._enter_raw(now)
        return self._end()

    def close(self) -> None:
        """Leaving on purpose: a structured session says `quit` (see `data_to_send`)."""
        if self.mode is SessionMode.APP:
            self._out += encode_json({"type": "quit"})
        self.mode = SessionMode.CLOSED

    def data_to_send(self) -> bytes:
        """The bytes the session wants sent, in order; taking them empties the buffer."""
        data = bytes(self._out)
        self._out.clear()
        return data

    @property
    def users(self) -> tuple[UserInfo, ...]:
        """Who is online, as the server last said."""
        return tuple(self._users.values())

    # ------------------------------------------------------------ sending
    def send_text(self, text: str) -> list[Event]:
        """A typed line: kept in the outbox and sent when the session can."""
        return self.queue_lines([text])

    def queue_lines(self, texts: list[str]) -> list[Event]:
        """Typed lines: kept in the outbox (one transaction) and sent when possible."""
        events = self._begin()
        seqs = self.outbox.add_many(texts)
        if self.mode is SessionMode.RAW:
            self._flush_outbox_raw(report=False)
            return self._end()
        events.extend(MessagePending(seq, text) for seq, text in zip(seqs, texts, strict=True))
        if self.mode is SessionMode.APP:
            self._send_outbox()
        return self._end()

    def send_raw(self, data: bytes) -> bool:
        """Raw terminal mode: send bytes exactly as given; False when not in raw mode."""
        if self.mode is not SessionMode.RAW:
            return False
        self._out += data
        return True

    def send_file_signal(self, to: str, body: dict[str, Any]) -> bool:
        """A file-transfer frame for `to` (a nick; `""`: everyone in the room); False
        (not sent, not kept) unless welcomed: the transfer engine says it again."""
        if self.mode is not SessionMode.APP:
            return False
        self._out += encode_json({"type": "file", "to": to, "body": body})
        return True

    def pending_events(self) -> list[Event]:
        """A MessagePending for every line already waiting (a start, an app restart)."""
        return [MessagePending(seq, text) for seq, text in self.outbox.pending()]

    # ------------------------------------------------------------ receiving
    def receive_data(self, data: bytes, now: float) -> list[Event]:
        """Bytes from the server (`now` is the wall-clock time they came); the events."""
        if self.mode is SessionMode.RAW:
            return [RawReceived(data, now)]
        if self.mode is SessionMode.CLOSED or not data:
            return []
        self._begin()
        if self.mode is SessionMode.GREETING:
            self._held += data
            lines, _ = self._framer.feed(data)
            if not lines:
                if self._framer.pending > GREETING_PROBE_BYTES:  # no line break: not a chat
                    self._enter_raw(now)
                return self._end()
            if parse_greeting(lines[0]) is None:
                self._enter_raw(now)
                return self._end()
            self._held.clear()
            self.mode = SessionMode.HELLO
            self._send_hello()
            self._handle_lines(lines[1:])
        else:
            lines, too_long = self._framer.feed(data)
            if too_long:
                self._notice(Message(LINES_TOO_LONG, count=too_long), True)
            self._handle_lines(lines)
        self._flush_live()
        return self._end()

    # ------------------------------------------------------------ internals
    def _begin(self) -> list[Event]:
        self._events = []
        return self._events

    def _end(self) -> list[Event]:
        self._flush_live()
        events, self._events = self._events, []
        return events

    def _notice(self, text: str, is_error: bool = False, code: str = "") -> None:
        self._flush_live()  # keep the order: earlier messages before this line's event
        self._events.append(ServerNotice(text, is_error, code))

    def _send_hello(self) -> None:
        hello: dict[str, Any] = {
            "type": "hello",
            "protocol": PROTOCOL_VERSION,
            "client_id": self.outbox.client_id,
            "nick": self.nick,
            "last_id": self.last_id,
        }
        secret = self.outbox.resume_secret(self.server)
        if secret:
            hello["resume"] = secret
        if self.password and (self.secure or self.allow_plaintext_password):
            hello["password"] = self.password
        self._out += encode_json(hello)

    def _enter_raw(self, now: float, *, connected: bool = True) -> None:
        """The peer is not a SocketLab server: become a raw TCP terminal."""
        self.mode = SessionMode.RAW
        self._events.append(
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
        if self._held:  # everything the peer said while we waited for a greeting
            self._events.append(RawReceived(bytes(self._held), now))
            self._held.clear()
        self._framer = LineFramer(self.max_line)
        if connected:
            self._flush_outbox_raw(report=True)

    def _flush_outbox_raw(self, *, report: bool) -> None:
        """Lines typed before we knew (or in raw mode): a raw peer gets them as plain
        lines, once."""
        pending = self.outbox.pending()
        if not pending:
            return
        for seq, text in pending:
            self._out += (text + "\n").encode()
            if report:
                self._events.append(MessageDelivered(seq, None))
        self.outbox.ack(pending[-1][0])

    def _send_outbox(self) -> None:
        out = self._out
        cid_of = self.outbox.cid_of
        for seq, text in self.outbox.pending():
            if seq > self._sent_up_to:
                out += encode_json({"type": "say", "cid": cid_of(seq), "text": text})
                self._sent_up_to = seq

    def _handle_lines(self, lines: list[str]) -> None:
        if not lines:
            return
        objects = _decode_objects(lines)
        for index, line in enumerate(lines):
            try:
                if objects is not None:
                    self._handle_object(objects[index])
                    continue
                obj = decode_json(line)
                if obj is not None:
                    self._handle_object(obj)
                elif line.startswith("{"):  # JSON that breaks a limit (NaN, nesting...)
                    raise WireError("not a JSON object this protocol accepts")
                else:
                    self._notice(_shortened(line, MAX_NOTICE_CHARS))
            except (WireError, KeyError, TypeError, ValueError, OverflowError) as exc:
                log.debug("malformed line from %s: %s", self.server, exc)
                self._malformed(line)
            except Exception:  # the last resort: no line may stop the client
                log.exception("handling a line from %s failed", self.server)
                self.faults += 1
                self._malformed(line)

    def _malformed(self, line: str) -> None:
        self.malformed += 1
        self._notice(Message(MALFORMED, line=_shortened(line, QUOTED_CHARS)), True)

    def _handle_object(self, obj: dict[str, Any]) -> None:
        kind = obj.get("type")
        if kind == "message":
            # Kept until the read is handled: one event for all of a recv()'s messages.
            self._live.append(_message_from_wire(obj))
            return
        self._flush_live()  # keep the order: earlier messages before this line's event
        handler = _HANDLERS.get(kind) if isinstance(kind, str) else None
        if handler is not None:
            handler(self, obj)
        # Unknown types are ignored: a later server may send more.

    def _on_history(self, obj: dict[str, Any]) -> None:
        items = list_field(obj, "messages", max_items=MAX_HISTORY_FRAME, default=[])
        more = bool_field(obj, "more")
        messages = [_message_from_wire(item) for item in items]
        self.history_pending = more
        self._add_messages(messages, from_history=True)

    def _on_welcome(self, obj: dict[str, Any]) -> None:
        nick = str_field(obj, "nick", default=self.nick, max_length=MAX_NICK_LENGTH * 4)
        accepted = int_field(obj, "accepted_seq", default=0)
        client_id = str_field(obj, "client_id", default="", max_length=64)
        if client_id and not _CLIENT_ID.fullmatch(client_id):
            raise WireError("'client_id' has characters a client id cannot have")
        secret = str_field(obj, "resume", default="", max_length=RESUME_SECRET_HEX)
        if secret and not _RESUME_SECRET.fullmatch(secret):
            raise WireError(f"'resume' must be {RESUME_SECRET_HEX} hex digits")
        # Checked whole; now applied.
        if client_id and client_id != self.outbox.client_id:
            # Not the identity we asked for (we claimed one without its secret): lines
            # still pending are numbered afresh under the granted one, from 1 whatever
            # the welcome says (a new identity has nothing accepted yet; a hostile
            # server's huge accepted_seq would otherwise push every later number past
            # what honest servers take).
            accepted = 0
            self.outbox.adopt_identity(client_id, 0)
        if secret:
            self.outbox.remember_resume(self.server, secret)
        self.mode = SessionMode.APP
        self.nick = nick
        last_cid = self.outbox.last_cid
        for seq in self.outbox.ack(self.outbox.seq_of(min(accepted, last_cid))):
            self._events.append(MessageDelivered(seq, None))
        self._events.append(
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

    def _on_ack(self, obj: dict[str, Any]) -> None:
        cid = int_field(obj, "cid")
        message_id = int_field(obj, "id", default=0)
        seq = self.outbox.seq_of(cid)
        # Only lines sent on this connection can be acknowledged on it.
        for done in self.outbox.ack(min(seq, self._sent_up_to)):
            self._events.append(
                MessageDelivered(done, message_id if done == seq and message_id else None)
            )

    def _on_users(self, obj: dict[str, Any]) -> None:
        items = list_field(obj, "users", max_items=self.max_users)
        users = [_user_from_wire(item) for item in items]
        self._users = {nick_key(user.nick): user for user in users}
        self._events.append(UsersUpdated(self.users))

    def _on_users_delta(self, obj: dict[str, Any]) -> None:
        joined = [
            _user_from_wire(item)
            for item in list_field(obj, "joined", max_items=self.max_users, default=[])
        ]
        left = list_field(obj, "left", max_items=self.max_users, default=[])
        for nick in left:
            if not isinstance(nick, str) or len(nick) > MAX_NICK_LENGTH * 4:
                raise WireError("'left' must list nicknames")
        for nick in left:
            self._users.pop(nick_key(nick), None)
        for user in joined:
            key = nick_key(user.nick)
            if key in self._users or len(self._users) < self.max_users:
                self._users[key] = user
            else:
                self.users_dropped += 1
        self._events.append(UsersUpdated(self.users))

    def _on_ping(self, _obj: dict[str, Any]) -> None:
        self._out += encode_json({"type": "pong"})

    def _on_error(self, obj: dict[str, Any]) -> None:
        code = str_field(obj, "code", default="", max_length=64)
        text = str_field(obj, "text", default="", max_length=MAX_NOTICE_CHARS)
        wire = message_from_wire(obj.get("message"))
        if wire is not None:
            text = wire
        elif code == "bad_cid":
            text = Message(BAD_CID)
        if code in REFUSED_CODES:
            self.refused = code
            if code == "password_required" and self.password and not self.secure:
                text = Message(PASSWORD_KEPT)  # we have one, and did not send it in clear
        self._notice(text, True, code)

    def _on_file(self, obj: dict[str, Any]) -> None:
        sender = str_field(obj, "from", max_length=MAX_NICK_LENGTH * 4)
        address = str_field(obj, "address", default="", max_length=64)
        body = obj.get("body")
        try:
            relay = int_field(obj, "relay", default=0, low=0, high=65535)
        except WireError:
            relay = 0  # a relay port we cannot use: transfers go direct only
        if sender and isinstance(body, dict):
            self._events.append(FileSignalReceived(sender, address, body, relay))

    def _on_system(self, obj: dict[str, Any]) -> None:
        code = str_field(obj, "code", default="", max_length=64)
        if code == "server_stopped":  # a code we know: said in the window's language
            self._notice(Message(SERVER_STOPPED), code=code)
            return
        self._notice(str_field(obj, "text", default="", max_length=MAX_NOTICE_CHARS))

    def _flush_live(self) -> None:
        if self._live:
            live, self._live = self._live, []
            self._add_messages(live, from_history=False)

    def _add_messages(self, messages: list[ChatMessage], *, from_history: bool) -> None:
        fresh = []
        seen, order = self._seen_ids, self._seen_order
        for message in messages:
            key = (message.id, message.time)
            if key in seen:
                continue
            seen.add(key)
            order.append(key)
            if len(order) > self.max_seen_ids:
                seen.discard(order.popleft())
            if from_history:
                self.last_id = max(self.last_id, message.id)
            else:
                # The newest live message is what to ask after, also when it has a
                # smaller id than before: the server restarted and numbers anew.
                self.last_id = message.id
            if (
                not from_history
                and message.kind == Kind.NICK
                and nick_key(message.sender) == nick_key(self.nick)
            ):
                self.nick = message.target  # /nick worked: a reconnect asks for the new name
            fresh.append(message)
        if fresh:
            self._events.append(MessagesReceived(tuple(fresh), from_history))


_HANDLERS = {
    "history": ClientSession._on_history,
    "welcome": ClientSession._on_welcome,
    "ack": ClientSession._on_ack,
    "users": ClientSession._on_users,
    "users_delta": ClientSession._on_users_delta,
    "ping": ClientSession._on_ping,
    "error": ClientSession._on_error,
    "system": ClientSession._on_system,
    "file": ClientSession._on_file,
}


def _message_from_wire(obj: object) -> ChatMessage:
    """A room message, every field checked, its time one a clock can show."""
    message = ChatMessage.from_wire(obj)  # type: ignore[arg-type]  # it checks the type
    if message.time > MAX_WIRE_TIME:
        raise WireError("'time' is too far in the future")
    return message


def _user_from_wire(obj: object) -> UserInfo:
    """One person of a user list, every field checked (raises WireError)."""
    if not isinstance(obj, dict):
        raise WireError("a user must be an object")
    nick = str_field(obj, "nick", max_length=MAX_NICK_LENGTH * 4)
    if not nick:
        raise WireError("'nick' is empty")
    return UserInfo(
        nick,
        str_field(obj, "address", default="", max_length=256),
        float_field(obj, "since", default=0.0, high=MAX_WIRE_TIME),
        bool_field(obj, "app"),
    )


def _shortened(line: str, limit: int) -> str:
    return line if len(line) <= limit else line[:limit] + "…"


def _decode_objects(lines: list[str]) -> list[dict[str, Any]] | None:
    """Every line of a read as a JSON object, parsed in one call.

    Under a flood a read brings ~500 lines; one call for all of them costs about a
    third of one call per line. None when any line is not a plain JSON object or
    breaks a limit: the caller then takes the lines one by one.
    """
    if len(lines) < 2 or not all(line[:1] == "{" and line[-1:] == "}" for line in lines):
        return None
    joined = "[" + ",".join(lines) + "]"
    # The common case, checked in C: one "{" per line and the "[" around them, so the
    # nesting is two deep and safejson's bracket walk (3x the parse) can be skipped.
    # Anything else (a text with a bracket, a nested object) is decoded line by line.
    openers = len(lines) + 1
    if joined.count("{") + joined.count("[") != openers:
        return None
    try:
        objects = safejson.loads(joined, max_depth=openers)  # depth 2, proven above
    except WireError:
        return None
    if len(objects) != len(lines) or not all(type(obj) is dict for obj in objects):
        return None
    return objects
