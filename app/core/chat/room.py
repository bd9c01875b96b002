"""The chat room without I/O: bytes in, events and bytes out (the h11 way).

(One state machine in one file, like h11's _connection.py: every rule of the room is
read in one place, which is worth its length.)

`Room` is everything a chat server decides: the greeting, hello and welcome, commands,
the nickname table, exactly-once de-duplication with resume secrets, flood control,
history frames, user-list updates, keep-alive and the limits that keep one hostile
peer from stopping the room. It owns no socket, no thread and no clock: the caller
(`ChatServerEngine`) passes in received bytes and the time, and takes out what to send
to whom, whom to close, and the events to report. Because of that every state and
every hostile byte stream is tested in microseconds (tests/core/chat/test_room.py and
the fuzz tests) without a network.

Sending is batched: during one loop turn room lines are queued as ordered segments
(runs from one sender, or lines for one peer) and `flush()` gives each peer, with one
join, the parts meant for it, so the engine writes them with one sendmsg().

A fault barrier per peer: if handling one peer's bytes raises anything, that peer is
closed with reason "protocol error", the fault is counted and logged, and the room and
every other peer carry on.
"""

from __future__ import annotations

import heapq
import hmac
import itertools
import logging
import math
import re
import secrets
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.core.chat.config import ServerConfig
from app.core.chat.entry import (
    ADMIT_TIMEOUT,
    PASSWORD_TRIES,
    BanInfo,
    BanTable,
    PasswordGate,
    ban_address,
)
from app.core.chat.history import RoomHistory
from app.core.chat.protocol import (
    BAD_BAN_MINUTES,
    BAD_NICK,
    BANNED_UNTIL,
    BANNED_UNTIL_STOP,
    ERROR_MARK,
    HISTORY_FRAME_BYTES,
    KICKED_BY_HOST,
    MAX_CID_STEP,
    NICK_INVALID_GUEST,
    NICK_LOOKALIKE,
    NICK_RATE_LIMITED,
    NICK_TAKEN,
    NICK_TAKEN_RENAMED,
    NO_SUCH_NICK,
    NOTICE_MARK,
    PASSWORD_ASK,
    PASSWORD_NEEDS_TLS,
    PASSWORD_REQUIRED,
    PASSWORD_TIMEOUT,
    PASSWORD_WAIT,
    PASSWORD_WRONG,
    PASSWORD_WRONG_CLOSED,
    PROTOCOL_VERSION,
    RESUME_SECRET_HEX,
    UNKNOWN_COMMAND,
    USAGE_ME,
    USAGE_MSG,
    ChatMessage,
    Kind,
    LineFramer,
    UserInfo,
    clock_stamp,
    decode_json,
    encode_json,
    greeting_line,
    message_to_wire,
    nick_key,
    nick_shape,
    sanitize_text,
    validate_nick,
)
from app.core.events import ErrorEvent, Event
from app.core.messages import N_, Message
from app.core.safejson import WireError, int_field, str_field

log = logging.getLogger(__name__)

# Why the host's Kick button removes someone (the removed user's client says it in
# its own language).
DEFAULT_KICK_REASON = "removed by the host"
# The last line everyone reads when the server stops (app clients get it as a `system`
# frame with the code `server_stopped`, and say it in their own language).
SHUTTING_DOWN = "The server is shutting down. Bye."
# A transfer id in a `relay` file frame: 128-bit lowercase hex.
RELAY_ID = re.compile(r"[0-9a-f]{32}")
# Addresses whose rates (new identities, connections) are remembered, most recent kept.
MAX_ADDRESS_BUCKETS = 4096
# Lines of one peer held as strings while the flood limit holds them back; more wait
# as the bytes they came as.
BACKLOG_LINES = 256
# The flood limit counts bytes too: this many a second per client, after a burst of...
FLOOD_BYTES_PER_SECOND = 512 * 1024
FLOOD_BYTES_BURST = 256 * 1024
# History sent to a joiner at most, in bytes of JSON (the newest messages): it must fit
# under the slow-reader limit, and one short hello must not make the server build more.
HISTORY_TO_JOINER_BYTES = 512 * 1024
# A connection that types instead of giving the room password is reminded how, at most
# this often (seconds).
PASSWORD_REMINDER = 2.0
# A client id is what a client calls itself across reconnects: letters, digits, - and _.
_CLIENT_ID = re.compile(r"[A-Za-z0-9_-]{1,64}\Z")

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


@dataclass(frozen=True, slots=True)
class RoomEvent(Event):
    """A numbered room event (message, action, private, join, leave, nick)."""

    message: ChatMessage


@dataclass(frozen=True, slots=True)
class UsersChanged(Event):
    """The people online, after a join, leave or nick change."""

    users: tuple[UserInfo, ...]


@dataclass(frozen=True, slots=True)
class BansChanged(Event):
    """The banned addresses now (after a ban, an unban or a ban's end)."""

    bans: tuple[BanInfo, ...]


@dataclass(frozen=True, slots=True)
class PeerFault(Event):
    """Handling one peer's bytes failed; that peer was closed and the room went on."""

    address: str
    error: str
    total: int


class _Timer:
    """A deadline in the room's own heap (the room has no clock: `tick(now)` runs it)."""

    __slots__ = ("args", "callback", "cancelled", "when")

    def __init__(self, when: float, callback: Callable[..., None], args: tuple[Any, ...]) -> None:
        self.when, self.callback, self.args = when, callback, args
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True


@dataclass(eq=False)
class Peer:
    """One connection as the room sees it. `handle` is the caller's (its socket)."""

    handle: Any
    address: str
    ip: str
    framer: LineFramer
    connected_at: float  # wall clock, shown to people
    connected_mono: float
    nick: str = ""
    joined: bool = False
    app: bool = False  # switched to structured (JSON) mode
    client_id: str = ""
    resume_secret: str = ""
    pending: list[bytes | bytearray] = field(default_factory=list)  # to send, in order
    last_heard: float = 0.0
    lines_received: int = 0
    typed: bool = False  # sent a chat line or a command (a late hello is refused then)
    tokens: float = 0.0
    byte_tokens: float = 0.0
    refilled: float = 0.0
    nick_tokens: float = 0.0
    nick_refilled: float = 0.0
    backlog: deque[str] = field(default_factory=deque)  # lines held back by the flood limit
    held: bytearray = field(default_factory=bytearray)  # more of them, still as bytes
    throttled: bool = False
    warned_flood: bool = False
    reading: bool = True
    closed: bool = False
    secure: bool = False  # the connection is TLS (set by begin())
    admitted: bool = True  # False until a room with a password has been given it
    password_tries: int = 0  # wrong passwords on this connection
    password_asked: float | None = None  # when it was last told how to give it
    started: bool = True  # False between connect(deferred=True) and begin()
    local: tuple[str, int] = ("", 0)  # the address it connected to (for the greeting)
    needs_user_list: bool = False
    join_timer: _Timer | None = None
    resume_timer: _Timer | None = None


@dataclass(eq=False, slots=True)
class _Segment:
    """Bytes queued during one turn, kept in order: a run of room lines from one sender
    (`target` None), or lines for one peer only (`target` set)."""

    sender: Peer | None = None
    target: Peer | None = None
    raw: bytearray = field(default_factory=bytearray)
    messages: list[ChatMessage] = field(default_factory=list)
    json: bytes = b""


class Room:
    """One chat room: connections in, bytes and events out. Loop thread only."""

    def __init__(
        self,
        config: ServerConfig | None = None,
        history: RoomHistory | None = None,
        *,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config or ServerConfig()
        self.history = history or RoomHistory(self.config.history_size)
        self._wall_clock = wall_clock
        # The transfer relay, when the server runs one: its port (told in every file
        # frame) and how to tell it which transfer two members asked to relay.
        self.relay_port = 0
        self.relay_expect: Callable[[str, tuple[str, ...]], None] | None = None
        self._peers: dict[Any, Peer] = {}
        self._by_nick: dict[str, Peer] = {}  # nick_key -> the peer online with it
        self._by_shape: dict[str, Peer] = {}  # nick_shape -> the same peers
        self._guest_numbers = itertools.count(1)
        self._segments: list[_Segment] = []
        self._dirty: set[Peer] = set()
        self._closed: list[tuple[Peer, str]] = []
        self._interest: set[Peer] = set()
        self._events: list[Event] = []
        self._timers: list[tuple[float, int, _Timer]] = []
        self._timer_numbers = itertools.count()
        self._users_changed = False
        self._announced_users: dict[str, tuple[Peer, str]] = {}
        self._keepalive_timer: _Timer | None = None
        self._history_warned = False
        self._identity_buckets: dict[str, tuple[float, float]] = {}
        self._flood_left: dict[str, tuple[float, float]] = {}  # ip -> (tokens, when)
        self._bans = BanTable()
        self._gate = PasswordGate(self.config.password) if self.config.password else None
        self.faults = 0

    # ------------------------------------------------------------------ inputs
    def connect(
        self,
        handle: Any,
        address: str,
        ip: str,
        local_host: str,
        local_port: int,
        now: float,
        *,
        deferred: bool = False,
    ) -> Peer | bytes:
        """A new connection: its Peer, or the line to send before closing it (full).

        `deferred`: the engine first finds out whether the connection speaks TLS; the
        peer counts against the limits at once, but is greeted only by `begin()`.
        """
        ban = self._bans.find(ip, self._wall_clock()) if ip else None
        if ban is not None:
            return f"{ERROR_MARK}{self._banned_message(ban)}\n".encode()
        if self.config.max_per_address and ip:
            same = sum(1 for peer in self._peers.values() if peer.ip == ip)
            if same >= self.config.max_per_address:
                return (
                    f"{ERROR_MARK}Too many connections from {ip}: at most "
                    f"{self.config.max_per_address}. Close one and try again.\n"
                ).encode()
        if len(self._peers) >= self.config.max_clients and not self._make_room(now):
            return (
                f"{ERROR_MARK}Server full: at most {self.config.max_clients} people. "
                "Try again later.\n"
            ).encode()
        peer = Peer(
            handle=handle,
            address=address,
            ip=ip,
            framer=LineFramer(self.config.max_line),
            connected_at=self._wall_clock(),
            connected_mono=now,
            last_heard=now,
            tokens=self._inherited_tokens(ip, now),
            byte_tokens=float(FLOOD_BYTES_BURST),
            refilled=now,
            nick_tokens=float(self.config.nick_burst),
            nick_refilled=now,
        )
        peer.local = (local_host, local_port)
        peer.admitted = self._gate is None
        self._peers[handle] = peer
        if deferred:
            peer.started = False
        else:
            self._greet(peer, now)
        return peer

    def begin(self, peer: Peer, now: float, *, secure: bool) -> None:
        """A deferred connection's transport is known: greet it (`secure`: over TLS)."""
        if peer.started or peer.closed:
            return
        peer.started = True
        peer.secure = secure
        peer.connected_mono = now
        peer.last_heard = now
        self._greet(peer, now)

    def _greet(self, peer: Peer, now: float) -> None:
        self._queue_line(peer, greeting_line(*peer.local, len(self._by_nick)))
        peer.join_timer = self._call_at(now + self.config.join_grace, self._join_grace_over, peer)
        if self._keepalive_timer is None and self.config.ping_interval > 0:
            self._keepalive_timer = self._call_at(now + self._keepalive_period(), self._keepalive)

    def _inherited_tokens(self, ip: str, now: float) -> float:
        """A new connection's flood allowance: what its address had left when its last
        connection closed, refilled since (reconnecting does not buy a fresh burst)."""
        burst = float(self.config.flood_burst)
        left = self._flood_left.pop(ip, None)
        if left is None or self.config.flood_limit <= 0:
            return burst
        tokens, then = left
        return min(burst, tokens + (now - then) * self.config.flood_limit)

    def receive(self, peer: Peer, data: bytes, now: float) -> None:
        """Bytes from a peer (`b""`: it closed its side)."""
        if peer.closed:
            return
        if not data:  # it closed its side cleanly (FIN): not a lost connection
            self.connection_lost(peer, "closed")
            return
        self._guarded(peer, self._receive, peer, data, now)

    def connection_lost(self, peer: Peer, reason: str) -> None:
        """The caller saw the connection end (EOF, reset, send error, too slow)."""
        self._close(peer, reason, notify_caller=False)

    def too_slow(self, peer: Peer) -> bytes:
        """The caller has more than `out_limit` bytes waiting for `peer`: the last line it
        gets; the peer is closed and its leave announced."""
        self._close(peer, "too slow to read", notify_caller=False)
        return (
            f"{ERROR_MARK}Disconnected: you are reading too slowly "
            f"({self.config.out_limit // 1024:,} KiB of messages were waiting).\n"
        ).encode()

    def kick(self, nick: str, reason: str = DEFAULT_KICK_REASON) -> bool:
        """Remove someone by nickname; False when nobody has that name."""
        peer = self._by_nick.get(nick_key(nick))
        if peer is None:
            return False
        if reason == DEFAULT_KICK_REASON:
            self._reply_error(peer, "kicked", Message(KICKED_BY_HOST))
        else:
            self._reply_error(peer, "kicked", f"You were {reason}.")
        self._close(peer, "kicked")
        return True

    def ban(self, target: str, minutes: float | None = None, *, now: float) -> BanInfo | None:
        """Ban an address (`192.0.2.7`, `[2001:db8::1]:5555`) or the address of someone
        online by nickname, for `minutes` or (None) until the server stops; everyone
        connected from it is told and closed. None when `target` is neither."""
        if minutes is not None and (
            isinstance(minutes, bool) or not math.isfinite(minutes) or minutes <= 0
        ):
            raise ValueError(Message(BAD_BAN_MINUTES, minutes=repr(minutes)))
        address = ban_address(target)
        if address is None:
            holder = self._by_nick.get(nick_key(target.strip()))
            if holder is None or not holder.ip:
                return None
            address = holder.ip
        nick = next((p.nick for p in self._by_nick.values() if p.ip == address), "")
        wall = self._wall_clock()
        ban = BanInfo(address, nick, None if minutes is None else wall + minutes * 60.0)
        self._bans.add(ban)
        if minutes is not None:
            self._call_at(now + minutes * 60.0 + 0.5, self._expire_bans)
        message = self._banned_message(ban)
        for peer in list(self._peers.values()):
            if peer.ip == address:
                if peer.started:  # one still settling its transport is just closed
                    self._reply_error(peer, "banned", message)
                self._close(peer, "banned")
        self._events.append(BansChanged(self._bans.all()))
        return ban

    def unban(self, target: str) -> BanInfo | None:
        """Lift a ban by address or by the nickname it was made under; None if none."""
        lifted = self._bans.remove(target)
        if lifted is not None:
            self._events.append(BansChanged(self._bans.all()))
        return lifted

    def bans(self) -> tuple[BanInfo, ...]:
        """The bans in force."""
        self._bans.prune(self._wall_clock())
        return self._bans.all()

    def _expire_bans(self, _now: float) -> None:
        if self._bans.prune(self._wall_clock()):
            self._events.append(BansChanged(self._bans.all()))

    def _banned_message(self, ban: BanInfo) -> Message:
        if ban.until is None:
            return Message(BANNED_UNTIL_STOP)
        shape = "%H:%M" if ban.until - self._wall_clock() < 20 * 3600 else "%Y-%m-%d %H:%M"
        return Message(BANNED_UNTIL, until=time.strftime(shape, time.localtime(ban.until)))

    def shutdown(self) -> None:
        """The server stops: everyone is told, and closed without leave lines."""
        for peer in list(self._peers.values()):
            if peer.app:  # a frame with a code: the client says it in its own words
                self._send_json(
                    peer, {"type": "system", "code": "server_stopped", "text": SHUTTING_DOWN}
                )
            else:
                self._notice(peer, SHUTTING_DOWN)
            self._close(peer, "server stopped", announce=False)

    def tick(self, now: float) -> None:
        """Run the deadlines that are due (join grace, flood resume, keep-alive)."""
        while self._timers and self._timers[0][0] <= now:
            _, _, timer = heapq.heappop(self._timers)
            if not timer.cancelled:
                peer = timer.args[0] if timer.args and isinstance(timer.args[0], Peer) else None
                if peer is None:
                    timer.callback(now, *timer.args)
                else:
                    self._guarded(peer, timer.callback, now, *timer.args)

    def next_deadline(self) -> float | None:
        """When `tick()` next has something to do, or None."""
        timers = self._timers
        while timers and timers[0][2].cancelled:
            heapq.heappop(timers)
        return timers[0][0] if timers else None

    # ------------------------------------------------------------------ outputs
    def flush(self) -> None:
        """End of a loop turn: commit the history, then give each peer its parts."""
        self._commit_history()
        self._spread_segments()
        if self._users_changed:
            self._users_changed = False
            self._send_user_changes()

    def take_events(self) -> list[Event]:
        """Events since the last call (room events, user lists, warnings, faults)."""
        events, self._events = self._events, []
        return events

    def take_writes(self) -> list[Peer]:
        """Peers with parts to send (`peer.pending`); the caller empties `pending`."""
        dirty, self._dirty = self._dirty, set()
        return [peer for peer in dirty if not peer.closed and peer.pending]

    def take_closed(self) -> list[tuple[Peer, str]]:
        """Peers the room closed, with why; send their `pending` (best effort), then close."""
        closed, self._closed = self._closed, []
        return closed

    def take_interest_changes(self) -> list[Peer]:
        """Peers whose `reading` flag changed (flood control pauses reading)."""
        changed, self._interest = self._interest, set()
        return [peer for peer in changed if not peer.closed]

    @property
    def has_output(self) -> bool:
        """True while a `flush()` would produce something."""
        return bool(
            self._segments or self._dirty or self._closed or self._events or self._users_changed
        )

    def peers(self) -> list[Peer]:
        """Every open connection."""
        return list(self._peers.values())

    def users(self) -> list[UserInfo]:
        """People online now."""
        return [_user_info(p) for p in self._by_nick.values()]

    # ------------------------------------------------------------------ timers
    def _call_at(self, when: float, callback: Callable[..., None], *args: Any) -> _Timer:
        timer = _Timer(when, callback, args)
        heapq.heappush(self._timers, (when, next(self._timer_numbers), timer))
        return timer

    def _keepalive_period(self) -> float:
        return max(0.05, min(self.config.ping_interval, self.config.idle_timeout) / 2)

    def _keepalive(self, now: float) -> None:
        self._keepalive_timer = None
        for peer in list(self._peers.values()):
            if not peer.app:
                continue  # raw peers: kernel keep-alive probes, never text on their screen
            silent = now - peer.last_heard
            if silent >= self.config.idle_timeout:
                self._close(peer, "connection lost")
            elif silent >= self.config.ping_interval:
                self._send_json(peer, {"type": "ping"})
        if self._peers:
            self._keepalive_timer = self._call_at(now + self._keepalive_period(), self._keepalive)

    # ------------------------------------------------------------------ fault barrier
    def _guarded(self, peer: Peer, function: Callable[..., None], *args: Any) -> None:
        try:
            function(*args)
        except Exception as exc:
            self.faults += 1
            log.exception("chat room: handling %s failed; closing it", peer.address)
            self._events.append(
                PeerFault(peer.address, f"{type(exc).__name__}: {exc}"[:300], self.faults)
            )
            try:
                if not peer.closed:
                    self._error_line(peer, "Something you sent could not be handled: bye.")
                self._close(peer, "protocol error")
            except Exception:  # the barrier itself must hold
                log.exception("chat room: closing %s failed", peer.address)
                self._peers.pop(peer.handle, None)
                peer.closed = True
                self._closed.append((peer, "protocol error"))

    # ------------------------------------------------------------------ reading
    def _receive(self, peer: Peer, data: bytes, now: float) -> None:
        peer.last_heard = now
        lines, too_long = peer.framer.feed(data)
        for _ in range(too_long):
            self._reply_error(
                peer,
                "line_too_long",
                f"Line too long: at most {self.config.max_line:,} bytes. It was discarded.",
            )
        if lines:
            peer.lines_received += len(lines)
            room = BACKLOG_LINES - len(peer.backlog)
            if peer.held or len(lines) > room:
                # More lines than will be handled soon: the rest wait as the bytes they
                # came as (a 64 KiB read of 2-byte lines is 1.3 MB of strings).
                keep = [] if peer.held else lines[: max(room, 0)]
                peer.held += ("\n".join(lines[len(keep) :]) + "\n").encode()
                lines = keep
            peer.backlog.extend(lines)
            self._drain_backlog(peer, now)

    def _refill_backlog(self, peer: Peer) -> None:
        """Lines waiting as bytes come back as lines, BACKLOG_LINES at most."""
        want = BACKLOG_LINES - len(peer.backlog)
        if want <= 0 or not peer.held:
            return
        parts = bytes(peer.held).split(b"\n", want)
        rest = parts.pop() if len(parts) > want else b""
        if parts and parts[-1] == b"" and not rest:
            parts.pop()  # the empty piece after the last newline
        peer.held = bytearray(rest)
        peer.backlog.extend(part.decode("utf-8", "replace") for part in parts)

    def _drain_backlog(self, peer: Peer, now: float) -> None:
        """Handle held-back lines as far as the flood limit (lines and bytes) allows."""
        limit = self.config.flood_limit
        if limit <= 0 and peer.held:  # no limit: everything is handled now
            held, peer.held = bytes(peer.held), bytearray()
            peer.backlog.extend(part.decode("utf-8", "replace") for part in held.split(b"\n")[:-1])
        self._refill_backlog(peer)
        backlog = peer.backlog
        allowed = len(backlog)
        if limit > 0:
            peer.tokens = min(
                float(self.config.flood_burst), peer.tokens + (now - peer.refilled) * limit
            )
            peer.byte_tokens = min(
                float(FLOOD_BYTES_BURST),
                peer.byte_tokens + (now - peer.refilled) * FLOOD_BYTES_PER_SECOND,
            )
            peer.refilled = now
            allowed = min(len(backlog), int(peer.tokens))
            # Bytes too: a burst of 100 lines of 64 KiB must not swamp every reader.
            total = 0
            for count, line in enumerate(itertools.islice(backlog, allowed)):
                total += len(line) + 1
                if total > peer.byte_tokens:
                    allowed = count
                    total -= len(line) + 1
                    break
            peer.tokens -= allowed
            peer.byte_tokens -= total
        if allowed == len(backlog) and peer.joined and not peer.app:
            lines = list(backlog)
            if not any(line.startswith("/") or _looks_like_hello(line) for line in lines):
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
                    self._relay_plain(peer, texts)
                allowed = 0
        plain: list[str] = []  # consecutive chat lines from a raw peer, relayed together
        for _ in range(allowed):
            line = backlog.popleft()
            if (
                peer.joined
                and not peer.app
                and not line.startswith("/")
                and not _looks_like_hello(line)
            ):
                text = sanitize_text(line).strip()
                if text:
                    plain.append(text)
                continue
            if plain:
                self._relay_plain(peer, plain)
                plain = []
            self._handle_line(peer, line, now)
            if peer.closed:
                return
        if plain:
            self._relay_plain(peer, plain)
        if peer.backlog or peer.held:
            if not peer.throttled:
                peer.throttled = True
                peer.reading = False  # stop reading: TCP slows the sender down
                self._interest.add(peer)
                if not peer.warned_flood:
                    peer.warned_flood = True
                    self._reply_error(
                        peer,
                        "flood",
                        f"Slow down: at most {limit:g} lines a second. "
                        "Your lines are delayed, not lost.",
                    )
            if peer.resume_timer is not None:
                peer.resume_timer.cancel()
            if not peer.backlog:
                self._refill_backlog(peer)
            wait = max(0.001, (1.0 - peer.tokens) / limit)
            if peer.backlog:
                needed = len(peer.backlog[0]) + 1 - peer.byte_tokens
                wait = max(wait, needed / FLOOD_BYTES_PER_SECOND)
            peer.resume_timer = self._call_at(now + wait, self._resume, peer)
        elif peer.throttled:
            peer.throttled = False
            peer.reading = True
            self._interest.add(peer)

    def _resume(self, now: float, peer: Peer) -> None:
        peer.resume_timer = None
        if not peer.closed:
            self._drain_backlog(peer, now)

    # ------------------------------------------------------------------ joining
    def _join_grace_over(self, now: float, peer: Peer) -> None:
        peer.join_timer = None
        if peer.joined or peer.closed:
            return
        if peer.framer.pending:
            # Half a line has come (a slow hello?): wait for the rest, but not forever.
            deadline = peer.connected_mono + self.config.join_timeout
            if now < deadline:
                peer.join_timer = self._call_at(deadline, self._join_grace_over, peer)
                return
            self._queue_line(
                peer,
                f"{ERROR_MARK}No complete line within {self.config.join_timeout:g} s: "
                "the connection is closed.",
            )
            self._close(peer, "no complete line")
            return
        if not peer.admitted:
            self._ask_password(peer, now)
            return
        self._join(peer, self._guest_nick())

    # ------------------------------------------------------------------ the password
    def _password_allowed(self, peer: Peer) -> bool:
        return peer.secure or self.config.allow_plaintext_password

    def _refuse_plaintext(self, peer: Peer) -> None:
        host, port = peer.local
        server = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        message = Message(PASSWORD_NEEDS_TLS, server=server, host=host, port=str(port))
        self._reply_error(peer, "password_needs_tls", message)
        self._close(peer, "password needs TLS")

    def _ask_password(self, peer: Peer, now: float) -> None:
        """One line saying how to get in (or, over plaintext, why one cannot); said again
        for a line typed instead, at most every PASSWORD_REMINDER seconds."""
        if not self._password_allowed(peer):
            self._refuse_plaintext(peer)
            return
        if peer.password_asked is None or now - peer.password_asked >= PASSWORD_REMINDER:
            peer.password_asked = now
            self._notice(peer, str(Message(PASSWORD_ASK)))
        if peer.join_timer is None:
            when = peer.connected_mono + ADMIT_TIMEOUT
            peer.join_timer = self._call_at(when, self._admit_timed_out, peer)

    def _admit_timed_out(self, _now: float, peer: Peer) -> None:
        peer.join_timer = None
        if peer.closed or peer.admitted:
            return
        self._reply_error(
            peer, "password_required", Message(PASSWORD_TIMEOUT, seconds=f"{ADMIT_TIMEOUT:g}")
        )
        self._close(peer, "no password")

    def _try_password(self, peer: Peer, given: str, now: float) -> bool:
        """Check a password from `/pass` or a hello. Wrong ones are slowed per address;
        an app gets one try per connection, a raw client PASSWORD_TRIES."""
        assert self._gate is not None
        if not self._password_allowed(peer):
            self._refuse_plaintext(peer)
            return False
        wait = self._gate.wait(peer.ip, now)
        if wait <= 0 and self._gate.check(peer.ip, given, now):
            peer.admitted = True
            return True
        peer.password_tries += 1
        if wait > 0:
            code = "password_wait"
            message = Message(PASSWORD_WAIT, address=peer.ip, seconds=math.ceil(wait))
        else:
            code, message = "password_wrong", Message(PASSWORD_WRONG)
        last = peer.app or peer.password_tries >= PASSWORD_TRIES
        if last and not peer.app and code == "password_wrong":
            message = Message(PASSWORD_WRONG_CLOSED, count=peer.password_tries)
        self._reply_error(peer, code, message)
        if last:
            self._close(peer, "wrong password")
        return False

    def _make_room(self, now: float) -> bool:
        """The room is full: close the longest-silent guest that never sent a line, if
        one has been silent for `evict_silent_after`; True when a place was freed."""
        candidates = [
            p
            for p in self._peers.values()
            if not p.app
            and p.lines_received == 0
            and now - p.connected_mono >= self.config.evict_silent_after
        ]
        if not candidates:
            return False
        oldest = min(candidates, key=lambda p: p.connected_mono)
        self._error_line(oldest, "The room is full and you were silent: disconnected.")
        self._close(oldest, "made room for a newcomer")
        return True

    def _guest_nick(self) -> str:
        while True:
            nick = f"guest-{next(self._guest_numbers)}"
            if self._holder(nick) is None:
                return nick

    def _join(self, peer: Peer, nick: str) -> None:
        if peer.join_timer is not None:
            peer.join_timer.cancel()
            peer.join_timer = None
        peer.nick = nick
        peer.joined = True
        self._index(peer)
        self._users_changed = True
        if peer.app:
            peer.needs_user_list = True
        else:
            self._notice(peer, f"You are {nick}. Type /nick NAME to change it.")
        self._room(Kind.JOIN, nick)

    def _hello(self, peer: Peer, hello: dict[str, Any], now: float) -> None:
        """Switch a connection to structured mode and join it under its nickname."""
        claimed = str_field(hello, "client_id", default="", max_length=256)
        resume = str_field(hello, "resume", default="", max_length=256)
        wanted = sanitize_text(str_field(hello, "nick", default="", max_length=256)).strip()
        last_id = int_field(hello, "last_id", default=0)
        if not peer.admitted:
            given = str_field(hello, "password", default="", max_length=4096)
            peer.app = True
            if not self._password_allowed(peer):
                self._refuse_plaintext(peer)
                return
            if not given:
                self._reply_error(peer, "password_required", Message(PASSWORD_REQUIRED))
                self._close(peer, "no password")
                return
            if not self._try_password(peer, given, now):
                return
        identity = self._identity(claimed, resume, peer, now)
        if identity is None:
            peer.app = True
            self._reply_error(
                peer,
                "identity_rate",
                f"Too many new identities from {peer.ip}: try again in a minute.",
            )
            self._close(peer, "too many new identities")
            return
        peer.app = True
        client_id, secret = identity
        peer.client_id, peer.resume_secret = client_id, secret
        self.history.pinned.add(client_id)  # a connected identity is never forgotten
        for other in list(self._peers.values()):
            if other is not peer and other.client_id == client_id:
                was_joined = other.joined
                self._close(other, "reconnected", announce=False)
                if was_joined:
                    self._room(Kind.LEAVE, other.nick, reason="reconnected")
        note = ""
        note_code = "nick_taken"  # as before for a taken or an invalid name
        late = peer.joined  # joined as a guest before its hello came: renamed, not joined
        if late and wanted and nick_key(wanted) == nick_key(peer.nick):
            nick = peer.nick
        elif wanted and validate_nick(wanted) is None:
            nick = wanted
            holder = self._holder(wanted)
            if holder is not None and holder.nick.casefold() == wanted.casefold():
                nick = self._free_variant(wanted)
                note = Message(NICK_TAKEN_RENAMED, wanted=wanted, nick=nick)
            elif holder is not None:  # drawn like someone else's name: no variant of it
                note = Message(NICK_LOOKALIKE, wanted=wanted, nick=holder.nick)
                note_code = "nick_lookalike"
                nick = peer.nick if late else self._guest_nick()
        else:
            if wanted:
                note = Message(NICK_INVALID_GUEST, problem=validate_nick(wanted))
            nick = peer.nick if late else self._guest_nick()
        if not late:
            peer.nick = nick
        self._send_json(
            peer,
            {
                "type": "welcome",
                "protocol": PROTOCOL_VERSION,
                "nick": nick,
                "client_id": client_id,
                "resume": secret,
                "accepted_seq": self.history.accepted_seq(client_id),
                "time": round(self._wall_clock(), 3),
            },
        )
        self._send_history(peer, self.history.since(last_id))
        if note:
            self._reply_error(peer, note_code, note)
        if not late:
            self._join(peer, nick)
            return
        peer.needs_user_list = True
        self._users_changed = True
        if nick != peer.nick:
            old_nick = peer.nick
            self._unindex(peer)
            peer.nick = nick
            self._index(peer)
            self._room(Kind.NICK, old_nick, target=nick)

    def _identity(
        self, claimed: str, resume: str, peer: Peer, now: float
    ) -> tuple[str, str] | None:
        """(client id, resume secret) for a hello: the claimed id when it is new or its
        secret matches; a fresh id when the claim is taken and the secret is wrong, so a
        `client_id` seen on the wire cannot be used to take over someone's place. None
        when the peer's address has made too many new identities lately (churning the
        bounded table would otherwise push remembered ones out)."""
        if _CLIENT_ID.match(claimed):
            for other in self._peers.values():  # connected: its own secret decides
                if other is not peer and other.client_id == claimed:
                    if resume and hmac.compare_digest(
                        other.resume_secret.encode(), resume.encode()
                    ):
                        return claimed, other.resume_secret
                    return self._fresh_identity(peer, now)
            known = self.history.identity_secret(claimed)
            if known is None or not known:
                if not self._may_make_identity(peer, now):
                    return None
                secret = known or secrets.token_hex(RESUME_SECRET_HEX // 2)
                self.history.remember_identity(claimed, secret)
                return claimed, secret
            if resume and hmac.compare_digest(known.encode(), resume.encode()):
                self.history.remember_identity(claimed, known)
                return claimed, known
        return self._fresh_identity(peer, now)

    def _fresh_identity(self, peer: Peer, now: float) -> tuple[str, str] | None:
        if not self._may_make_identity(peer, now):
            return None
        fresh, secret = uuid.uuid4().hex, secrets.token_hex(RESUME_SECRET_HEX // 2)
        self.history.remember_identity(fresh, secret)
        return fresh, secret

    def _may_make_identity(self, peer: Peer, now: float) -> bool:
        """A token bucket per address for new identities (bounded: least recent go)."""
        burst, interval = float(self.config.identity_burst), self.config.identity_interval
        if interval <= 0:
            return True
        buckets = self._identity_buckets
        tokens, then = buckets.pop(peer.ip, (burst, now))
        tokens = min(burst, tokens + (now - then) / interval)
        allowed = tokens >= 1.0
        buckets[peer.ip] = (tokens - 1.0 if allowed else tokens, now)
        while len(buckets) > MAX_ADDRESS_BUCKETS:
            del buckets[next(iter(buckets))]
        return allowed

    def _send_history(self, peer: Peer, backlog: list[ChatMessage]) -> None:
        """History in frames of at most HISTORY_FRAME_BYTES, so it is never too long a
        line for the client however much of it there is (each frame holds >= 1)."""
        if not backlog:
            return
        encoded_messages: list[bytes] = []
        total = 0
        for message in reversed(backlog):  # the newest first, up to the byte budget
            encoded = encode_json(message.to_wire())[:-1]
            total += len(encoded) + 1
            if encoded_messages and total > HISTORY_TO_JOINER_BYTES:
                break
            encoded_messages.append(encoded)
        encoded_messages.reverse()
        frames: list[list[bytes]] = [[]]
        size = 0
        for encoded in encoded_messages:
            if frames[-1] and size + len(encoded) > HISTORY_FRAME_BYTES:
                frames.append([])
                size = 0
            frames[-1].append(encoded)
            size += len(encoded) + 1
        for number, frame in enumerate(frames, 1):
            more = ',"more":true' if number < len(frames) else ""
            line = b'{"type":"history","messages":[' + b",".join(frame) + b"]" + more.encode()
            self._direct(peer, line + b"}\n")

    def _holder(self, nick: str, besides: Peer | None = None) -> Peer | None:
        """Who (other than `besides`) is online under `nick` or a name drawn like it
        (UTS #39 skeletons)."""
        for holder in (self._by_nick.get(nick_key(nick)), self._by_shape.get(nick_shape(nick))):
            if holder is not None and holder is not besides:
                return holder
        return None

    def _index(self, peer: Peer) -> None:
        self._by_nick[nick_key(peer.nick)] = peer
        self._by_shape[nick_shape(peer.nick)] = peer

    def _unindex(self, peer: Peer) -> None:
        self._by_nick.pop(nick_key(peer.nick), None)
        if self._by_shape.get(nick_shape(peer.nick)) is peer:
            del self._by_shape[nick_shape(peer.nick)]

    def _free_variant(self, nick: str) -> str:
        for number in itertools.count(2):
            suffix = f"-{number}"
            candidate = nick[: 32 - len(suffix)] + suffix
            if self._holder(candidate) is None:
                return candidate
        raise AssertionError("unreachable")

    # ------------------------------------------------------------------ lines and commands
    def _handle_line(self, peer: Peer, line: str, now: float) -> None:
        if peer.app:
            self._handle_json(peer, line, now)
            return
        if peer.joined and _looks_like_hello(line):
            self._late_hello(peer, line, now)
            return
        if not peer.joined:
            hello = decode_json(line)
            if hello is not None and hello.get("type") == "hello":
                try:
                    self._hello(peer, hello, now)
                except WireError as exc:
                    peer.app = True
                    self._reply_error(peer, "bad_hello", f"Bad hello: {exc}.")
                    self._close(peer, "bad hello")
                return
            if not peer.admitted:  # nothing reaches the room before the password
                command, _, given = line.partition(" ")
                if command.lower() != "/pass":
                    self._ask_password(peer, now)
                elif self._try_password(peer, given, now):
                    self._join(peer, self._guest_nick())
                return
            wanted = sanitize_text(line[6:]).strip() if line.startswith("/nick ") else ""
            if wanted and validate_nick(wanted) is None and self._holder(wanted) is None:
                self._join(peer, wanted)  # `/nick alice` as the first line: no guest name
                return
            self._join(peer, self._guest_nick())
        self._handle_text(peer, line, now)

    def _late_hello(self, peer: Peer, line: str, now: float) -> None:
        """A hello from a peer already joined as a guest (its hello came after the join
        grace: a slow link, a busy server). Never relayed: it carries the resume secret.
        From a guest that has not typed yet it is taken as the hello it is."""
        hello = decode_json(line)
        if hello is None or hello.get("type") != "hello":
            self._handle_text(peer, line, now)  # only looked like one: ordinary text
            return
        if peer.typed:
            self._reply_error(
                peer, "late_hello", "A hello after you have typed is not relayed; reconnect."
            )
            return
        try:
            self._hello(peer, hello, now)
        except WireError as exc:
            self._reply_error(peer, "bad_hello", f"Bad hello: {exc}.")

    def _handle_json(self, peer: Peer, line: str, now: float) -> None:
        obj = decode_json(line)
        if obj is None:
            self._reply_error(peer, "bad_json", "Not a JSON object; this line was ignored.")
            return
        kind = obj.get("type")
        try:
            if kind == "say":
                self._handle_say(peer, obj, now)
            elif kind == "ping":
                self._send_json(peer, {"type": "pong"})
            elif kind == "pong":
                pass
            elif kind == "who":
                self._send_users(peer)
            elif kind == "quit":
                self._close(peer, "quit")
            elif kind == "file":
                self._relay_file(peer, obj)
            else:
                shown = kind if isinstance(kind, str) else type(kind).__name__
                self._reply_error(peer, "unknown_type", f"Unknown message type {shown[:40]!r}.")
        except WireError as exc:
            self._reply_error(peer, "bad_field", f"Ignored: {exc}.")

    def _relay_file(self, peer: Peer, obj: dict[str, Any]) -> None:
        """A file-transfer frame (offer, decline, cancel...): relayed as it is to one
        SocketLab client or to all of them, with the sender's nick and the address the
        room sees them at, so the receiver can connect to the sender directly. Not kept
        in the history; raw clients never see it."""
        target = obj.get("to", "")
        body = obj.get("body")
        if not isinstance(target, str) or not isinstance(body, dict):
            raise WireError("a file frame needs a string 'to' and an object 'body'")
        if not peer.joined:
            return
        frame: dict[str, Any] = {"type": "file", "from": peer.nick, "address": peer.ip}
        if self.relay_port:
            frame["relay"] = self.relay_port
        frame["body"] = body
        relayed = encode_json(frame)
        if target:
            recipient = self._by_nick.get(nick_key(target))
            if recipient is None or not recipient.app:
                shown = sanitize_text(target)[:64]
                self._reply_error(peer, "no_such_nick", Message(NO_SUCH_NICK, nick=shown))
                return
            recipients = [recipient]
            transfer_id = body.get("id")
            if (
                body.get("op") == "relay"
                and self.relay_expect is not None
                and isinstance(transfer_id, str)
                and RELAY_ID.fullmatch(transfer_id)
            ):
                # Two members asked to meet at the relay: it may pair them (only them).
                self.relay_expect(transfer_id, (peer.ip, recipient.ip))
        else:
            recipients = [p for p in self._by_nick.values() if p.app and p is not peer]
        for recipient in recipients:
            if not recipient.closed:
                self._direct(recipient, relayed)

    def _handle_say(self, peer: Peer, obj: dict[str, Any], now: float) -> None:
        text = obj.get("text")
        if not isinstance(text, str):
            self._reply_error(peer, "bad_say", "A say message needs a text string.")
            return
        seq = int_field(obj, "cid", default=0)
        if seq and peer.client_id:
            if self.history.identity_secret(peer.client_id) is None:
                # Forgotten while connected (many newer identities): keep its secret.
                self.history.remember_identity(peer.client_id, peer.resume_secret)
            accepted = self.history.accepted_seq(peer.client_id)
            if seq <= accepted:
                self._send_json(peer, {"type": "ack", "cid": seq, "duplicate": True})
                return
            # A fresh identity takes its first cid as it comes (a long-lived client's
            # numbers are large, and a server without a history file forgets them).
            if accepted and seq > accepted + MAX_CID_STEP:
                self._reply_error(
                    peer,
                    "bad_cid",
                    f"cid {seq} is too far ahead of the last one accepted ({accepted}); "
                    "the line was not sent.",
                )
                return
            self.history.accept_seq(peer.client_id, seq)
        message_id = self._handle_text(peer, text, now)
        if seq:
            self._send_json(peer, {"type": "ack", "cid": seq, "id": message_id})

    def _handle_text(self, peer: Peer, line: str, now: float) -> int | None:
        """Run a command or relay a message; returns the new message id, if any."""
        peer.typed = True
        if line.startswith("/") and not line.startswith("//"):
            command, _, rest = line[1:].partition(" ")
            return self._command(peer, command.lower(), rest.strip(), now)
        text = sanitize_text(line[1:] if line.startswith("//") else line).strip()
        if not text:
            return None
        return self._room(Kind.MESSAGE, peer.nick, text=text, exclude=peer).id

    def _command(self, peer: Peer, command: str, arg: str, now: float) -> int | None:
        if command == "nick":
            return self._change_nick(peer, sanitize_text(arg).strip(), now)
        if command == "me":
            text = sanitize_text(arg).strip()
            if not text:
                self._reply_error(peer, "usage", Message(USAGE_ME))
                return None
            return self._room(Kind.ACTION, peer.nick, text=text, exclude=peer).id
        if command in ("msg", "query"):
            return self._private(peer, arg)
        if command == "pass":  # the password is needed only before joining: in already
            self._system(peer, "You are in the room already.")
        elif command == "who":
            self._send_users(peer)
        elif command == "help":
            for line in HELP_LINES:
                self._system(peer, line)
        elif command == "quit":
            if not peer.app:
                self._notice(peer, "Bye.")
            self._close(peer, "quit")
        else:
            shown = sanitize_text(command)[:40]
            self._reply_error(peer, "unknown_command", Message(UNKNOWN_COMMAND, command=shown))
        return None

    def _change_nick(self, peer: Peer, new: str, now: float) -> int | None:
        problem = validate_nick(new)
        if problem:
            self._reply_error(peer, "bad_nick", Message(BAD_NICK, problem=problem))
            return None
        holder = self._holder(new, besides=peer)
        if holder is not None:
            if holder.nick.casefold() == new.casefold():
                self._reply_error(peer, "nick_taken", Message(NICK_TAKEN, nick=new))
            else:
                self._reply_error(
                    peer, "nick_lookalike", Message(NICK_LOOKALIKE, wanted=new, nick=holder.nick)
                )
            return None
        if new == peer.nick:
            return None
        interval = self.config.nick_interval
        if interval > 0:
            peer.nick_tokens = min(
                float(self.config.nick_burst),
                peer.nick_tokens + (now - peer.nick_refilled) / interval,
            )
            peer.nick_refilled = now
            if peer.nick_tokens < 1.0:
                wait = math.ceil((1.0 - peer.nick_tokens) * interval)
                self._reply_error(peer, "nick_rate", Message(NICK_RATE_LIMITED, seconds=wait))
                return None
            peer.nick_tokens -= 1.0
        old = peer.nick
        self._unindex(peer)
        peer.nick = new
        self._index(peer)
        self._users_changed = True
        return self._room(Kind.NICK, old, target=new).id

    def _private(self, peer: Peer, arg: str) -> int | None:
        target_nick, _, text = arg.partition(" ")
        text = sanitize_text(text).strip()
        if not target_nick or not text:
            self._reply_error(peer, "usage", Message(USAGE_MSG))
            return None
        target = self._by_nick.get(nick_key(target_nick))
        if target is None:
            shown = sanitize_text(target_nick)[:64]
            self._reply_error(peer, "no_such_nick", Message(NO_SUCH_NICK, nick=shown))
            return None
        message = ChatMessage(
            self.history.next_id(), Kind.PRIVATE, peer.nick, text, self._wall_clock(), target.nick
        )
        self.history.add(message)
        self._events.append(RoomEvent(message))
        for recipient in {peer, target}:
            self._deliver(recipient, message)
        return message.id

    # ------------------------------------------------------------------ queueing
    def _room(
        self,
        kind: str,
        sender: str,
        *,
        text: str = "",
        target: str = "",
        reason: str = "",
        exclude: Peer | None = None,
    ) -> ChatMessage:
        """Number, keep and report a room event, and queue it for everyone who joined.

        `exclude` is the raw peer that typed it: a terminal already shows what was
        typed, so it gets no echo (SocketLab clients do, as confirmation with the id).
        """
        message = ChatMessage(
            self.history.next_id(), kind, sender, text, self._wall_clock(), target, reason
        )
        self.history.add(message)
        self._events.append(RoomEvent(message))
        self._queue_run(exclude, (message.render() + "\n").encode(), [message])
        return message

    def _relay_plain(self, peer: Peer, texts: list[str]) -> None:
        """The hot path of a busy room: many chat lines from one raw peer, read in one
        recv(), numbered and queued as one run (one timestamp, one encode)."""
        peer.typed = True
        now = self._wall_clock()
        nick = peer.nick
        first_id = self.history.reserve_ids(len(texts))
        kind = Kind.MESSAGE  # once: an enum member's lookup costs more than a local's
        messages = [
            ChatMessage(first_id + offset, kind, nick, text, now)
            for offset, text in enumerate(texts)
        ]
        self.history.extend(messages)
        self._events.extend(RoomEvent(message) for message in messages)
        prefix = f"[{clock_stamp(now)}] <{nick}> "
        self._queue_run(peer, (prefix + f"\n{prefix}".join(texts) + "\n").encode(), messages)

    def _queue_run(self, sender: Peer | None, raw: bytes, messages: list[ChatMessage]) -> None:
        """Queue room lines for everyone, joined to the last segment when it is a run from
        the same sender (`sender` gets no echo when it is a raw peer: see `_room`). The
        segment takes `messages` as it is: callers pass a list of their own."""
        segments = self._segments
        last = segments[-1] if segments else None
        if last is not None and last.target is None and last.sender is sender:
            last.raw += raw
            last.messages.extend(messages)
        else:
            segments.append(_Segment(sender=sender, raw=bytearray(raw), messages=messages))

    def _direct(self, peer: Peer, data: bytes) -> None:
        """Queue bytes for one peer, in order with the room lines of this turn."""
        segments = self._segments
        if not segments:
            peer.pending.append(data)
        elif segments[-1].target is peer:
            segments[-1].raw += data
        else:
            segments.append(_Segment(target=peer, raw=bytearray(data)))
        self._dirty.add(peer)

    def _spread_segments(self) -> None:
        """Give each peer, with one join, the queued segments meant for it."""
        segments, self._segments = self._segments, []
        if not segments:
            return
        members = [p for p in self._by_nick.values() if not p.closed]
        if any(p.app for p in members):
            for segment in segments:
                if segment.target is None:
                    segment.json = b"".join(encode_json(m.to_wire()) for m in segment.messages)
        recipients = set(members)
        recipients.update(s.target for s in segments if s.target is not None)
        for peer in recipients:
            joined, app = peer.joined, peer.app
            parts = [
                segment.raw if segment.target is peer else (segment.json if app else segment.raw)
                for segment in segments
                if segment.target is peer
                or (segment.target is None and joined and (app or segment.sender is not peer))
            ]
            if parts:
                peer.pending.extend(parts)
                self._dirty.add(peer)

    def _deliver(self, peer: Peer, message: ChatMessage) -> None:
        if peer.app:
            self._direct(peer, encode_json(message.to_wire()))
        else:
            self._direct(peer, (message.render(peer.nick) + "\n").encode())

    def _system(self, peer: Peer, text: str) -> None:
        if peer.app:
            self._send_json(peer, {"type": "system", "text": text})
        else:
            self._notice(peer, text)

    def _reply_error(self, peer: Peer, code: str, text: str) -> None:
        if peer.app:
            reply: dict[str, Any] = {"type": "error", "code": code, "text": str(text)}
            translatable = message_to_wire(text)
            if translatable is not None:
                reply["message"] = translatable  # the client shows it in its language
            self._send_json(peer, reply)
        else:
            self._error_line(peer, str(text))

    def _send_users(self, peer: Peer) -> None:
        if peer.app:
            self._send_json(peer, {"type": "users", "users": self._user_list()})
        else:
            users = sorted(self._by_nick.values(), key=lambda p: nick_key(p.nick))
            names = ", ".join(p.nick for p in users)
            self._notice(peer, f"Online ({len(users)}): {names}")

    def _user_list(self) -> list[dict[str, Any]]:
        return [
            _user_wire(p) for p in sorted(self._by_nick.values(), key=lambda p: nick_key(p.nick))
        ]

    def _send_user_changes(self) -> None:
        """A joiner gets the whole list once; everyone else only what changed (a 15-byte
        /nick must not send the whole list to a hundred people)."""
        before, now = self._announced_users, {k: (p, p.nick) for k, p in self._by_nick.items()}
        left = [nick for key, (peer, nick) in before.items() if now.get(key) != (peer, nick)]
        joined = [peer for key, (peer, nick) in now.items() if before.get(key) != (peer, nick)]
        self._announced_users = now
        delta = b""
        if left or joined:
            delta = encode_json(
                {
                    "type": "users_delta",
                    "left": left,
                    "joined": [_user_wire(p) for p in joined],
                }
            )
        full = b""
        for peer in self._by_nick.values():
            if not peer.app or peer.closed:
                continue
            if peer.needs_user_list:
                peer.needs_user_list = False
                full = full or encode_json({"type": "users", "users": self._user_list()})
                peer.pending.append(full)
            elif delta:
                peer.pending.append(delta)
            else:
                continue
            self._dirty.add(peer)
        self._events.append(UsersChanged(tuple(_user_info(p) for p in self._by_nick.values())))

    def _send_json(self, peer: Peer, obj: dict[str, Any]) -> None:
        self._direct(peer, encode_json(obj))

    def _queue_line(self, peer: Peer, line: str) -> None:
        self._direct(peer, (line + "\n").encode())

    def _notice(self, peer: Peer, text: str) -> None:
        """A line from the server to a raw client, marked so nobody can imitate it."""
        self._queue_line(peer, NOTICE_MARK + text)

    def _error_line(self, peer: Peer, text: str) -> None:
        self._queue_line(peer, ERROR_MARK + text)

    # ------------------------------------------------------------------ closing
    def _close(
        self, peer: Peer, reason: str, *, announce: bool = True, notify_caller: bool = True
    ) -> None:
        """Close a peer: what was queued for it this turn still reaches it (the caller
        sends `pending` before closing), then the others read it left."""
        if peer.closed:
            return
        if notify_caller:
            self._spread_segments()  # its last lines (Bye, kicked) go with it
        peer.closed = True
        for timer in (peer.join_timer, peer.resume_timer):
            if timer is not None:
                timer.cancel()
        self._peers.pop(peer.handle, None)
        self._dirty.discard(peer)
        self._interest.discard(peer)
        if peer.client_id and not any(p.client_id == peer.client_id for p in self._peers.values()):
            self.history.pinned.discard(peer.client_id)
        if peer.ip and self.config.flood_limit > 0:
            self._flood_left.pop(peer.ip, None)
            self._flood_left[peer.ip] = (peer.tokens, peer.refilled)
            while len(self._flood_left) > MAX_ADDRESS_BUCKETS:
                del self._flood_left[next(iter(self._flood_left))]
        if notify_caller:
            self._closed.append((peer, reason))
        if peer.joined and self._by_nick.get(nick_key(peer.nick)) is peer:
            self._unindex(peer)
            self._users_changed = True
            if announce:
                self._room(Kind.LEAVE, peer.nick, reason=reason)

    # ------------------------------------------------------------------ history
    def _commit_history(self) -> None:
        problem = self.history.commit()
        if problem and not self._history_warned:
            self._history_warned = True
            self._events.append(
                ErrorEvent(
                    Message(
                        N_(
                            "chat",
                            "The history file can no longer be written ({reason}); the room "
                            "goes on and keeps the latest messages in memory.",
                        ),
                        reason=problem,
                    ),
                    field="history",
                )
            )


def _user_info(peer: Peer) -> UserInfo:
    return UserInfo(peer.nick, peer.address, peer.connected_at, peer.app)


def _user_wire(peer: Peer) -> dict[str, Any]:
    return {
        "nick": peer.nick,
        "address": peer.address,
        "since": round(peer.connected_at, 3),
        "app": peer.app,
    }


def _looks_like_hello(line: str) -> bool:
    """A line that may be a SocketLab hello (checked properly by the decoder)."""
    return line[:1] == "{" and '"hello"' in line
