"""The SocketLab chat wire protocol: lines of UTF-8 text, plain for people, JSON for apps.

Raw clients (nc, telnet, a course's socket script) read and write plain lines. A
SocketLab client answers the server's greeting with a JSON `hello` line and from then
on both sides exchange one JSON object per line. docs/PROTOCOL.md describes it all.
"""

from __future__ import annotations

import json
import re
import string
import time
import unicodedata
from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple

from app.core import safejson
from app.core.chat.nicknames import (
    MAX_MARKS_IN_A_ROW,
    is_invisible,
    mark_problem,
    nick_key,
    nick_shape,
)
from app.core.messages import N_, Message, Template
from app.core.safejson import WireError, float_field, int_field, str_field

PROTOCOL_NAME = "SLCHAT"
PROTOCOL_VERSION = 1
DEFAULT_PORT = 5555
DEFAULT_MAX_LINE = 64 * 1024
MAX_NICK_LENGTH = 32
# Longest text a message may carry: a whole line at the largest --max-line.
MAX_TEXT_LENGTH = 16 * 1024 * 1024
# Deepest nesting a protocol object may have (an error's nested message is deepest).
MAX_JSON_DEPTH = 8
# Longest line a client accepts from a server: a 64 KiB line of text may double when
# escaped in JSON (`"` and `\\`), and a history frame holds several messages.
CLIENT_MAX_LINE = 1024 * 1024
# History reaches a joining app client in frames of at most this many bytes each,
# far below CLIENT_MAX_LINE; a frame holds at least one message whatever its size.
HISTORY_FRAME_BYTES = 48 * 1024
# A `say`'s `cid` may run at most this far ahead of the last one the server accepted
# from the same identity (a forged 2**53 would otherwise silence every later line).
MAX_CID_STEP = 100_000
# Length in hex digits of the resume secret the server issues in `welcome`.
RESUME_SECRET_HEX = 32

# Every line the server itself writes to a raw client (after the greeting) starts with
# NOTICE_MARK; its errors with ERROR_MARK. A person's lines always start with the time,
# `[12:01:05] <alice> ...` or `[12:01:05] * alice ...`, their text cannot hold a line
# break and a nickname cannot start with `-` or hold a space: nothing a person types, no
# /me and no nickname can begin a line with the mark (docs/PROTOCOL.md, "Who may enter").
NOTICE_MARK = "-!- "
ERROR_MARK = "-!- ! "

_GREETING_TAG = re.compile(r"\[SLCHAT/(\d+)\]\s*$")

# ANSI escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and the
# two-byte ESC forms; then every remaining C0/C1 control character except tab.
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI, e.g. ESC[2J (clear screen)
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC, e.g. set window title
    r"|\x1b[@-Z\\-_]"  # other two-byte escapes
    r"|\x9b[0-?]*[ -/]*[@-~]"  # CSI as a single C1 character
)
# Also removed: bidi overrides and isolates, the line and paragraph separators (Qt draws
# them as line breaks: a fake line), and lone surrogates (not encodable as UTF-8).
_CONTROLS = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


class Kind(str, Enum):
    """Kinds of room events carried in `message` objects (a str: the wire's words)."""

    MESSAGE = "message"
    ACTION = "action"
    PRIVATE = "private"
    JOIN = "join"
    LEAVE = "leave"
    NICK = "nick"
    SYSTEM = "system"

    def __str__(self) -> str:
        return self.value


# Kinds kept in the room history (private messages are not).
HISTORY_KINDS = frozenset({Kind.MESSAGE, Kind.ACTION, Kind.JOIN, Kind.LEAVE, Kind.NICK})


def sanitize_text(text: str) -> str:
    """Remove ANSI escapes and control characters, so no client can drive another's
    terminal (clear it, move the cursor, retitle it); tabs become spaces."""
    if text.isascii() and text.isprintable():
        return text  # the common case, checked in C: nothing to strip
    text = _ANSI.sub("", text)
    return _CONTROLS.sub("", text.replace("\t", "    "))


NICK_EMPTY = N_("chat", "A nickname needs at least one character.")
NICK_TOO_LONG = N_("chat", "A nickname has at most {limit} characters.")
NICK_SPACES = N_("chat", "A nickname cannot contain spaces.")
NICK_UNPRINTABLE = N_("chat", "A nickname can only contain printable characters.")
NICK_BAD_START = N_("chat", "A nickname cannot start with {char}.")


NICK_INVISIBLE = N_("chat", "A nickname cannot contain invisible characters ({code}).")
NICK_LONE_MARK = N_("chat", "A nickname cannot have an accent or mark without a letter before it.")
NICK_MARK_RUN = N_("chat", "A nickname can have at most {limit} marks on one letter.")
NICK_RESERVED = N_("chat", "The nickname {nick} is kept for the server: choose another.")
# Names nobody may take, compared like nicknames (`Adm1n` and a full-width `ROOT` too): a person
# called `server` or `admin` could pass for the host or the room itself.
RESERVED_NICKS = (
    "server",
    "socketlab",
    "admin",
    "administrator",
    "host",
    "moderator",
    "mod",
    "operator",
    "sysop",
    "system",
    "root",
    "owner",
)


def validate_nick(nick: str) -> str | None:
    """Return why `nick` is not a valid nickname, or None if it is."""
    if not nick:
        return Message(NICK_EMPTY)
    if len(nick) > MAX_NICK_LENGTH:
        return Message(NICK_TOO_LONG, limit=MAX_NICK_LENGTH)
    for char in nick:
        if char.isspace():
            return Message(NICK_SPACES)
        if is_invisible(char) or unicodedata.category(char) == "Cf":
            # Joiners, variation selectors and fillers draw nothing: `alice` plus one
            # would pass for `alice`.
            return Message(NICK_INVISIBLE, code=f"U+{ord(char):04X}")
        if not char.isprintable() or unicodedata.category(char) == "Cc":
            return Message(NICK_UNPRINTABLE)
    if nick[0] in "*/#!@<>[-":
        return Message(NICK_BAD_START, char=repr(nick[0]))
    marks = mark_problem(nick)
    if marks == "lone":
        return Message(NICK_LONE_MARK)
    if marks:
        return Message(NICK_MARK_RUN, limit=MAX_MARKS_IN_A_ROW)
    if is_reserved_nick(nick):
        return Message(NICK_RESERVED, nick=nick)
    return None


def is_reserved_nick(nick: str) -> bool:
    """True for `server`, `admin` and the other RESERVED_NICKS, or a look-alike."""
    return nick_key(nick) in _RESERVED_KEYS or nick_shape(nick) in _RESERVED_KEYS


# Each reserved name as typed, in capitals and capitalised: `ADM1N` is drawn like `ADMIN`.
_RESERVED_KEYS = frozenset(
    key
    for name in RESERVED_NICKS
    for key in (
        nick_key(name),
        nick_shape(name),
        nick_shape(name.upper()),
        nick_shape(name.title()),
    )
)


# What a server says to one user. An app client gets the template and its values too
# (`message_to_wire`), so it can show the sentence in its own language; it accepts only
# these templates from the wire (`message_from_wire`), never one a server made up.
NICK_TAKEN_RENAMED = N_("chat", "The nickname {wanted} is taken; you are {nick}.")
NICK_INVALID_GUEST = N_("chat", "{problem} You are a guest instead.")
NICK_TAKEN = N_("chat", "The nickname {nick} is taken.")
BAD_NICK = N_("chat", "{problem} Usage: /nick NAME")
KICKED_BY_HOST = N_("chat", "You were removed by the host.")
USAGE_ME = N_("chat", "Usage: /me ACTION, e.g. /me waves")
USAGE_MSG = N_("chat", "Usage: /msg NICK TEXT")
UNKNOWN_COMMAND = N_("chat", "Unknown command /{command}. Type /help.")
NO_SUCH_NICK = N_("chat", "Nobody called {nick} is online.")
NICK_RATE_LIMITED = N_("chat", "Too many nickname changes: try again in {seconds} s.")
NICK_LOOKALIKE = N_(
    "chat", "The nickname {wanted} looks too much like {nick}, who is online: choose another."
)
PASSWORD_ASK = N_("chat", "This room needs a password: type /pass PASSWORD")
PASSWORD_REQUIRED = N_("chat", "This room needs a password.")
PASSWORD_WRONG = N_("chat", "Wrong password.")
PASSWORD_WRONG_CLOSED = N_("chat", "Wrong password {count} times: the connection is closed.")
PASSWORD_WAIT = N_("chat", "Too many wrong passwords from {address}: try again in {seconds} s.")
PASSWORD_NEEDS_TLS = N_(
    "chat",
    "This room's password is accepted only over an encrypted connection: connect with "
    "SocketLab, `openssl s_client -quiet -connect {server}` or `ncat --ssl {host} {port}`.",
)
PASSWORD_TIMEOUT = N_("chat", "No password within {seconds} s: the connection is closed.")
BANNED_UNTIL = N_("chat", "You are banned from this room until {until}.")
BANNED_UNTIL_STOP = N_("chat", "You are banned from this room until the server stops.")
BAD_BAN_MINUTES = N_("chat", "A ban lasts a positive number of minutes; {minutes} is not.")
NO_BAN_TARGET = N_("chat", "Nobody called {target} is online, and it is not an IP address.")
NOT_BANNED = N_("chat", "{target} is not banned.")
# Error codes after which a client does not reconnect by itself: the same connection
# again would meet the same answer (kicked, banned, no or a wrong password).
REFUSED_CODES = frozenset(
    {
        "kicked",
        "banned",
        "password_required",
        "password_wrong",
        "password_wait",
        "password_needs_tls",
    }
)
WIRE_TEMPLATES = frozenset(
    template.text
    for template in (
        NICK_EMPTY,
        NICK_TOO_LONG,
        NICK_SPACES,
        NICK_UNPRINTABLE,
        NICK_BAD_START,
        NICK_TAKEN_RENAMED,
        NICK_INVALID_GUEST,
        NICK_TAKEN,
        BAD_NICK,
        KICKED_BY_HOST,
        USAGE_ME,
        USAGE_MSG,
        UNKNOWN_COMMAND,
        NO_SUCH_NICK,
        NICK_RATE_LIMITED,
        NICK_INVISIBLE,
        NICK_LONE_MARK,
        NICK_MARK_RUN,
        NICK_RESERVED,
        NICK_LOOKALIKE,
        PASSWORD_ASK,
        PASSWORD_REQUIRED,
        PASSWORD_WRONG,
        PASSWORD_WRONG_CLOSED,
        PASSWORD_WAIT,
        PASSWORD_NEEDS_TLS,
        PASSWORD_TIMEOUT,
        BANNED_UNTIL,
        BANNED_UNTIL_STOP,
    )
)
_WIRE_DEPTH = 3  # a reason inside a sentence, at most a few levels


def message_to_wire(message: str) -> dict[str, Any] | None:
    """`{"template": ..., "values": {...}}` for a Message of WIRE_TEMPLATES, else None."""
    if not isinstance(message, Message) or message.template.text not in WIRE_TEMPLATES:
        return None
    values: dict[str, Any] = {}
    for name, value in message.values.items():
        if isinstance(value, Message):
            nested = message_to_wire(value)
            if nested is None:
                return None
            values[name] = nested
        elif isinstance(value, str | int) and not isinstance(value, bool):
            values[name] = value
        else:
            return None
    return {"template": message.template.text, "values": values}


def message_from_wire(obj: object, depth: int = 0) -> Message | None:
    """The Message a server sent, if its template is one of ours and its values fit."""
    if depth > _WIRE_DEPTH or not isinstance(obj, dict):
        return None
    template, values = obj.get("template"), obj.get("values", {})
    if template not in WIRE_TEMPLATES or not isinstance(values, dict):
        return None
    filled: dict[str, object] = {}
    for name, value in values.items():
        if isinstance(value, dict):
            nested = message_from_wire(value, depth + 1)
            if nested is None:
                return None
            filled[str(name)] = nested
        elif isinstance(value, str | int) and not isinstance(value, bool):
            filled[str(name)] = value
        else:
            return None
    fields = {field for _, field, _, _ in string.Formatter().parse(template) if field}
    if set(filled) != fields:
        return None
    return Message(Template("chat", template), **filled)


def greeting_line(host: str, port: int, online: int) -> str:
    """The line the server sends first; people can read it, apps detect the tag."""
    shown_host = f"[{host}]" if ":" in host else host
    people = f"{online} online"
    return (
        f"SocketLab chat on {shown_host}:{port}, {people}. Type /help. "
        f"[{PROTOCOL_NAME}/{PROTOCOL_VERSION}]"
    )


def parse_greeting(line: str) -> int | None:
    """The protocol version if `line` is a SocketLab greeting, else None."""
    match = _GREETING_TAG.search(line)
    if match and line.startswith("SocketLab chat on "):
        return int(match.group(1))
    return None


def encode_json(obj: dict[str, Any]) -> bytes:
    """One JSON object as a protocol line (compact, UTF-8, newline-terminated)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"


KEEPALIVE_FRAMES = frozenset({b'{"type":"ping"}\n', b'{"type":"pong"}\n'})


def keepalive_kind(data: bytes | bytearray) -> str:
    """ "keepalive" when `data` (plaintext) is only ping/pong lines, else "": the Events
    pane hides those calls unless asked, since they come every few seconds."""
    if not data or len(data) > 256:
        return ""
    lines = bytes(data).splitlines(keepends=True)
    return "keepalive" if all(line in KEEPALIVE_FRAMES for line in lines) else ""


def decode_json(line: str) -> dict[str, Any] | None:
    """A JSON object from a line, or None when the line is not one or breaks a limit
    (NaN, Infinity, numbers that overflow, nesting deeper than the protocol uses)."""
    return safejson.loads_object(line, max_depth=MAX_JSON_DEPTH)


@dataclass(frozen=True, slots=True)
class UserInfo:
    """Someone in the room, as the host panel, /who and the user list show them."""

    nick: str
    address: str
    since: float
    app: bool  # True for a SocketLab client, False for a raw text client


class ChatMessage(NamedTuple):
    """One room event as the server numbered and timed it.

    A NamedTuple rather than a frozen dataclass: the relay makes one per line, and a
    tuple is built three times faster (0.34 us against 1.1 us here).
    """

    id: int
    kind: str
    sender: str = ""
    text: str = ""
    time: float = 0.0
    target: str = ""  # private: the recipient; nick: the new nickname
    reason: str = ""  # leave: why

    def to_wire(self) -> dict[str, Any]:
        """The JSON object sent to SocketLab clients."""
        obj: dict[str, Any] = {
            "type": "message",
            "kind": self.kind,
            "id": self.id,
            "time": round(self.time, 3),
            "from": self.sender,
        }
        if self.text:
            obj["text"] = self.text
        if self.target:
            obj["to"] = self.target
        if self.reason:
            obj["reason"] = self.reason
        return obj

    @classmethod
    def from_wire(cls, obj: dict[str, Any]) -> ChatMessage:
        """Rebuild a message from its JSON object, every field type- and range-checked
        (raises `WireError`, a ValueError)."""
        if not isinstance(obj, dict):
            raise WireError("a message must be an object")
        return cls(
            id=int_field(obj, "id", low=1),
            kind=str_field(obj, "kind", max_length=16),
            sender=str_field(obj, "from", default="", max_length=MAX_NICK_LENGTH * 4),
            text=str_field(obj, "text", default="", max_length=MAX_TEXT_LENGTH),
            time=float_field(obj, "time", default=0.0),
            target=str_field(obj, "to", default="", max_length=MAX_NICK_LENGTH * 4),
            reason=str_field(obj, "reason", default="", max_length=256),
        )

    def render(self, viewer: str = "") -> str:
        """The plain line a raw client sees, e.g. `[12:01:05] <alice> hello`."""
        stamp = clock_stamp(self.time)
        if self.kind == Kind.MESSAGE:
            return f"[{stamp}] <{self.sender}> {self.text}"
        if self.kind == Kind.ACTION:
            return f"[{stamp}] * {self.sender} {self.text}"
        if self.kind == Kind.PRIVATE:
            if viewer and nick_key(viewer) == nick_key(self.sender):
                return f"[{stamp}] -> {self.target} (private): {self.text}"
            return f"[{stamp}] <{self.sender}> (private) {self.text}"
        if self.kind == Kind.JOIN:
            return f"{NOTICE_MARK}{self.sender} joined"
        if self.kind == Kind.LEAVE:
            if self.reason:
                return f"{NOTICE_MARK}{self.sender} left ({self.reason})"
            return f"{NOTICE_MARK}{self.sender} left"
        if self.kind == Kind.NICK:
            return f"{NOTICE_MARK}{self.sender} is now {self.target}"
        return f"{NOTICE_MARK}{self.text}"


_last_stamp: tuple[int, str] = (-1, "")


def clock_stamp(when: float) -> str:
    """`HH:MM:SS` in local time, formatted once per second (relays call this per line)."""
    global _last_stamp
    second = int(when)
    if _last_stamp[0] != second:
        _last_stamp = (second, time.strftime("%H:%M:%S", time.localtime(second)))
    return _last_stamp[1]


class LineFramer:
    """Splits a byte stream into lines, however the bytes were cut by recv().

    A line longer than `max_line` bytes is dropped up to its newline; `feed()` reports
    it once so the sender can be told, and the connection carries on.
    """

    def __init__(self, max_line: int = DEFAULT_MAX_LINE) -> None:
        self.max_line = max_line
        self._buffer = bytearray()
        self._discarding = False

    def feed(self, data: bytes) -> tuple[list[str], int]:
        """Add received bytes; return (complete lines decoded, number of lines too long)."""
        buffer = self._buffer
        buffer += data
        last = buffer.rfind(b"\n")
        if last < 0:
            return [], self._check_partial()
        block = bytes(buffer[:last])
        del buffer[: last + 1]
        too_long = 0
        if self._discarding or len(block) > self.max_line:
            parts = block.split(b"\n")
            if self._discarding:  # the end of an over-long line: drop it quietly
                self._discarding = False
                parts = parts[1:]
            kept = [part for part in parts if len(part) <= self.max_line]
            too_long = len(parts) - len(kept)
            if not kept:
                return [], too_long + self._check_partial()
            block = b"\n".join(kept)
        # One decode for the whole block: "\n" never occurs inside a UTF-8 sequence.
        text = block.decode("utf-8", errors="replace")
        lines = text.split("\n")
        if "\r" in text:
            lines = [line[:-1] if line.endswith("\r") else line for line in lines]
        return lines, too_long + self._check_partial()

    def _check_partial(self) -> int:
        """Start discarding when an unfinished line is already over the limit."""
        if len(self._buffer) > self.max_line:
            self._buffer.clear()
            if not self._discarding:
                self._discarding = True
                return 1
        return 0

    @property
    def pending(self) -> int:
        """Bytes of an incomplete line held back."""
        return len(self._buffer)
