"""One line of the conversation (`ConversationEntry`), its kinds, colours and words.

A room message from the server becomes an entry with its time stamp, sender and text
in the window's language (joins, leaves and renames are sentences); the window adds
its own kinds: notices, errors, lines waiting to be sent and date separators.
"""

from __future__ import annotations

import time
from functools import lru_cache

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from app.core.chat.protocol import ChatMessage, Kind, nick_key
from app.ui.theme import sender_color

# Kinds of lines in the view (room message kinds, plus the window's own).
NOTICE = "notice"  # a server line for this user (help text)
ERROR = "error"  # a server error for this user, or a local problem
PENDING = "pending"  # typed, not yet acknowledged by the server
DAY = "day"  # a date separator
TRANSFER = "transfer"  # a file transfer's two rows (app/ui/chat/transfers.py)


#: Why someone left, as the server says it (protocol words, the same from every
#: server version): shown in the window's language; an unknown reason as it came.
LEAVE_REASONS = {
    "quit": QT_TRANSLATE_NOOP("ConversationEntry", "quit"),
    "closed": QT_TRANSLATE_NOOP("ConversationEntry", "closed the connection"),
    "connection lost": QT_TRANSLATE_NOOP("ConversationEntry", "connection lost"),
    "kicked": QT_TRANSLATE_NOOP("ConversationEntry", "kicked"),
    "reconnected": QT_TRANSLATE_NOOP("ConversationEntry", "reconnected"),
    "server stopped": QT_TRANSLATE_NOOP("ConversationEntry", "server stopped"),
    "too slow to read": QT_TRANSLATE_NOOP("ConversationEntry", "too slow to read"),
    "protocol error": QT_TRANSLATE_NOOP("ConversationEntry", "protocol error"),
    "made room for a newcomer": QT_TRANSLATE_NOOP("ConversationEntry", "made room for a newcomer"),
    "no complete line": QT_TRANSLATE_NOOP("ConversationEntry", "no complete line"),
    "bad hello": QT_TRANSLATE_NOOP("ConversationEntry", "bad hello"),
    "too many new identities": QT_TRANSLATE_NOOP("ConversationEntry", "too many new identities"),
    "banned": QT_TRANSLATE_NOOP("ConversationEntry", "banned"),
    "no password": QT_TRANSLATE_NOOP("ConversationEntry", "no password"),
    "wrong password": QT_TRANSLATE_NOOP("ConversationEntry", "wrong password"),
    "password needs TLS": QT_TRANSLATE_NOOP("ConversationEntry", "password needs TLS"),
}


_STAMPS: dict[int, tuple[str, tuple[int, int, int]]] = {}


def stamp_and_day(at: float) -> tuple[str, tuple[int, int, int]]:
    """`12:01:05` and (year, month, day) for a time; cached, a flood shares its seconds."""
    second = int(at)
    found = _STAMPS.get(second)
    if found is None:
        if len(_STAMPS) > 4096:
            _STAMPS.clear()
        local = time.localtime(second)
        found = _STAMPS[second] = (time.strftime("%H:%M:%S", local), local[:3])
    return found


def _leave_reason(reason: str) -> str:
    """A server's leave reason in the window's language, if it is one of the known ones;
    a word this version does not know (a newer server's) as it came."""
    source = LEAVE_REASONS.get(reason)
    if source is not None:
        return QCoreApplication.translate("ConversationEntry", source)
    return reason


def _stamp(at: float) -> str:
    return stamp_and_day(at)[0]


def sender_colour(nick: str, background: QColor | None = None) -> QColor:
    """A stable colour per nickname (case ignored, as the server compares them),
    readable on `background` (default: the current palette's Base): theme.sender_color.
    """
    if background is None:
        background = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return _sender_colour(nick_key(nick), background.rgba())


@lru_cache(maxsize=2048)
def _sender_colour(key: str, background: int) -> QColor:
    return sender_color(key, background=QColor.fromRgba(background))


def blend(first: QColor, second: QColor, amount: float) -> QColor:
    """`first` moved `amount` (0..1) of the way towards `second`."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


class ConversationEntry:
    """One line of the conversation as the view shows it, wrapped into segments."""

    __slots__ = ("kind", "message_id", "own", "segments", "sender", "seq", "target", "text", "time")

    def __init__(
        self,
        kind: str,
        text: str,
        *,
        sender: str = "",
        target: str = "",
        at: float | None = None,
        own: bool = False,
        message_id: int | None = None,
        seq: int | None = None,
    ) -> None:
        self.kind = kind
        self.text = text
        self.sender = sender
        self.target = target
        self.time = time.time() if at is None else at
        self.own = own
        self.message_id = message_id
        self.seq = seq
        self.segments: list[str] = [text]

    @property
    def stamp(self) -> str:
        """The time of day, `12:01:05`."""
        return _stamp(self.time)

    @classmethod
    def from_message(cls, message: ChatMessage, own_key: str) -> ConversationEntry:
        """The view's line for a room message; `own_key` is nick_key() of our nickname.

        Called for every message of a flood, so the common case is kept short.
        """
        kind = message.kind
        sender = message.sender
        own = bool(own_key) and nick_key(sender) == own_key
        if kind == Kind.MESSAGE:
            text = message.text
        elif kind == Kind.JOIN:
            text = QCoreApplication.translate("ConversationEntry", "{nick} joined").format(
                nick=sender
            )
        elif kind == Kind.LEAVE:
            if message.reason:
                text = QCoreApplication.translate(
                    "ConversationEntry", "{nick} left ({reason})"
                ).format(nick=sender, reason=_leave_reason(message.reason))
            else:
                text = QCoreApplication.translate("ConversationEntry", "{nick} left").format(
                    nick=sender
                )
        elif kind == Kind.NICK:
            text = QCoreApplication.translate("ConversationEntry", "{nick} is now {new}").format(
                nick=sender, new=message.target
            )
        elif kind == Kind.ACTION:
            text = f"{sender} {message.text}"
        elif kind == Kind.PRIVATE:
            if own:
                text = QCoreApplication.translate(
                    "ConversationEntry", "(private to {nick}) {text}"
                ).format(nick=message.target, text=message.text)
            else:
                text = QCoreApplication.translate("ConversationEntry", "(private) {text}").format(
                    text=message.text
                )
        else:
            text = message.text
        entry = cls.__new__(cls)
        entry.kind = kind
        entry.text = text
        entry.sender = sender
        entry.target = message.target
        entry.time = message.time
        entry.own = own
        entry.message_id = message.id
        entry.seq = None
        entry.segments = [text]
        return entry

    @property
    def is_event(self) -> bool:
        """Joins, leaves and nick changes: system lines, drawn muted."""
        return self.kind in (Kind.JOIN, Kind.LEAVE, Kind.NICK, Kind.SYSTEM)

    def marker(self) -> str:
        """What the nickname column shows."""
        if self.kind in (Kind.MESSAGE, Kind.PRIVATE, PENDING):
            return self.sender
        if self.kind == Kind.ACTION:
            return "*"
        if self.kind == Kind.JOIN:
            return "\u2192"  # an arrow in
        if self.kind == Kind.LEAVE:
            return "\u2190"  # an arrow out
        if self.kind == ERROR:
            return "!"
        if self.kind == DAY:
            return ""
        return "--"

    def plain(self) -> str:
        """The whole line as plain text, for copying and for screen readers."""
        if self.kind == DAY:
            return f"--- {self.text} ---"
        if self.kind == Kind.MESSAGE:
            return f"[{self.stamp}] <{self.sender}> {self.text}"
        if self.kind == Kind.PRIVATE:
            return f"[{self.stamp}] <{self.sender}> {self.text}"
        if self.kind == PENDING:
            return f"[{self.stamp}] <{self.sender}> {self.text} (waiting to be sent)"
        if self.kind == Kind.ACTION:
            return f"[{self.stamp}] * {self.text}"
        if self.kind == ERROR:
            return f"[{self.stamp}] ! {self.text}"
        if self.kind == NOTICE:
            return f"[{self.stamp}] -- {self.text}"  # as drawn: the "--" marker
        return f"[{self.stamp}] * {self.text}"
