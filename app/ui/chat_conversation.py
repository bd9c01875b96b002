"""The conversation: a capped list model and a view that paints only the visible rows.

Measured here, 250,000 lines arriving 833 at a time with a 20,000-row cap, on an idle
GUI: a one-column QTableView with fixed row heights and a Python delegate took 1.9 ms
per batch (QListView with uniform item sizes 47 ms, QTreeView 22 ms, QPlainTextEdit
with coloured runs 39 ms). But under a flood the network thread keeps the interpreter
busy, and every call Qt makes into Python (a delegate's paint() per row, the model's
rowCount() and data()) must wait for the interpreter lock, up to 5 ms each: with a
CPU-bound thread beside it the table needed 11 ms median and 182 ms worst per batch,
QPlainTextEdit 16 ms and 80 ms, a QStandardItemModel table 32 ms and 125 ms; a
QAbstractScrollArea that paints the visible rows in one paintEvent 0.0 ms to add a
batch and 2 ms (worst 18 ms) to paint. So the model is a QAbstractListModel over a
Python list and the view is that painted scroll area.

Rows are drawn with QPainter.drawText: plain text, never rich text, so `<b>`,
`<img src=...>` and `<a href=...>` in a message are shown as typed. Long messages are
wrapped at insertion into continuation rows (fixed row heights keep the view fast),
and re-wrapped when the view's width changes.
"""

from __future__ import annotations

import contextlib
import time
import zlib
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable
from functools import lru_cache
from itertools import accumulate

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QTextLayout,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QPushButton, QWidget

from app.core.chat.protocol import ChatMessage, Kind, nick_key
from app.ui.i18n import long_date

#: While rows stream in, the view repaints at most this often (about 40 frames a second).
REPAINT_MS = 25
#: Rows kept in the view; the full history is in the SQLite conversation log.
MAX_ROWS = 20_000
_ROOT = QModelIndex()

# Kinds of lines in the view (room message kinds, plus the window's own).
NOTICE = "notice"  # a server line for this user (help text)
ERROR = "error"  # a server error for this user, or a local problem
PENDING = "pending"  # typed, not yet acknowledged by the server
DAY = "day"  # a date separator

SENDER_COLOURS = (
    "#1565c0",
    "#2e7d32",
    "#c62828",
    "#6a1b9a",
    "#ef6c00",
    "#00838f",
    "#ad1457",
    "#4e342e",
    "#283593",
    "#558b2f",
    "#d84315",
    "#00695c",
)
_ERROR_ON_LIGHT, _ERROR_ON_DARK = "#c62828", "#ef9a9a"
_PRIVATE_TINT = "#8e24aa"

#: Why someone left, as the server says it (protocol words, the same from every
#: server version): shown in the window's language; an unknown reason as it came.
LEAVE_REASONS = {
    "quit": QT_TRANSLATE_NOOP("ConversationEntry", "quit"),
    "connection lost": QT_TRANSLATE_NOOP("ConversationEntry", "connection lost"),
    "kicked": QT_TRANSLATE_NOOP("ConversationEntry", "kicked"),
    "reconnected": QT_TRANSLATE_NOOP("ConversationEntry", "reconnected"),
    "server stopped": QT_TRANSLATE_NOOP("ConversationEntry", "server stopped"),
    "too slow to read": QT_TRANSLATE_NOOP("ConversationEntry", "too slow to read"),
    "protocol error": QT_TRANSLATE_NOOP("ConversationEntry", "protocol error"),
    "made room for a newcomer": QT_TRANSLATE_NOOP("ConversationEntry", "made room for a newcomer"),
    "no complete line": QT_TRANSLATE_NOOP("ConversationEntry", "no complete line"),
    "bad hello": QT_TRANSLATE_NOOP("ConversationEntry", "bad hello"),
}


_STAMPS: dict[int, tuple[str, tuple[int, int, int]]] = {}


def _stamp_and_day(at: float) -> tuple[str, tuple[int, int, int]]:
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
    """A server's leave reason in the window's language, if it is one of the known ones."""
    if reason in LEAVE_REASONS:
        return QCoreApplication.translate("ConversationEntry", reason)
    return reason


def _stamp(at: float) -> str:
    return _stamp_and_day(at)[0]


@lru_cache(maxsize=2048)
def sender_colour(nick: str, dark: bool = False) -> QColor:
    """A stable colour per nickname (case ignored, as the server compares them).

    On a dark background (`dark`) the same hue, made light enough to read.
    """
    colour = QColor(SENDER_COLOURS[zlib.crc32(nick_key(nick).encode()) % len(SENDER_COLOURS)])
    if dark:
        hue, saturation, _, alpha = colour.getHslF()
        colour = QColor.fromHslF(max(hue, 0.0), saturation, 0.72, alpha)
    return colour


def _blend(first: QColor, second: QColor, amount: float) -> QColor:
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
        return f"[{self.stamp}] * {self.text}"


class ConversationModel(QAbstractListModel):
    """The conversation's rows: each entry's wrapped segments, capped at `max_rows`.

    Signals:
        trimmed(int): this many rows were dropped from the top to respect the cap.
    """

    trimmed = Signal(int)

    def __init__(self, parent: QObject | None = None, max_rows: int = MAX_ROWS) -> None:
        super().__init__(parent)
        self.max_rows = max_rows
        self._rows: list[tuple[ConversationEntry, int]] = []
        self._entries: deque[ConversationEntry] = deque()
        self._wrap = _Wrapper()
        self._last_day: tuple[int, int, int] | None = None
        self.appended_total = 0  # entries ever added (the flood bench counts with it)

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        entry, segment = self._rows[index.row()]
        return entry.plain() if segment == 0 else entry.segments[segment]

    # ------------------------------------------------------------ rows
    def row(self, number: int) -> tuple[ConversationEntry, int]:
        """(entry, segment number) of a row: the delegate paints from it."""
        return self._rows[number]

    def entries(self) -> list[ConversationEntry]:
        """Every entry in the view, oldest first."""
        return list(self._entries)

    def set_wrap_width(self, font: QFont, width: int) -> bool:
        """Wrap text to `width` pixels in `font`; True when rows had to be rebuilt."""
        if not self._wrap.configure(font, width):
            return False
        self.beginResetModel()
        self._rows = []
        for entry in self._entries:
            entry.segments = self._wrap.segments(entry.text)
            self._rows.extend((entry, n) for n in range(len(entry.segments)))
        self.endResetModel()
        return True

    def append(self, entries: Iterable[ConversationEntry]) -> int:
        """Add entries at the bottom in one insert; trims the oldest rows past the cap.

        A date line goes before the first entry of each new day (and before the first
        entry of all when it is not from today).
        """
        new_entries: list[ConversationEntry] = []
        new_rows: list[tuple[ConversationEntry, int]] = []
        wrap = self._wrap.segments
        last_second = -1
        for entry in entries:
            second = int(entry.time)
            day = self._last_day if second == last_second else _stamp_and_day(second)[1]
            last_second = second
            if day != self._last_day and entry.kind != DAY:
                if self._last_day is not None or day != time.localtime()[:3]:
                    # In the window's language: Russian "вторник, 3 июня 2025", cached per day.
                    separator = ConversationEntry(DAY, long_date(entry.time), at=entry.time)
                    new_entries.append(separator)
                    new_rows.append((separator, 0))
                self._last_day = day
            entry.segments = wrap(entry.text)
            if len(entry.segments) == 1:
                new_rows.append((entry, 0))
            else:
                new_rows.extend((entry, n) for n in range(len(entry.segments)))
            new_entries.append(entry)
        if not new_rows:
            return 0
        added = sum(1 for entry in new_entries if entry.kind != DAY)
        self.appended_total += added
        if len(new_rows) > self.max_rows:  # a batch bigger than the whole view
            new_rows = new_rows[len(new_rows) - self.max_rows :]
        overflow = len(self._rows) + len(new_rows) - self.max_rows
        if overflow > 0:
            self.remove_first_rows(min(overflow, len(self._rows)))
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(new_rows) - 1)
        self._rows.extend(new_rows)
        self.endInsertRows()
        self._entries.extend(new_entries)
        self._forget_entries_without_rows()
        return added

    def remove_first_rows(self, count: int) -> None:
        """Drop the oldest `count` rows."""
        if count <= 0:
            return
        self.beginRemoveRows(QModelIndex(), 0, count - 1)
        del self._rows[:count]
        self.endRemoveRows()
        self._forget_entries_without_rows()
        self.trimmed.emit(count)

    def _forget_entries_without_rows(self) -> None:
        if not self._rows:
            self._entries.clear()
            return
        first = self._rows[0][0]
        while self._entries and self._entries[0] is not first:
            self._entries.popleft()

    def remove_entry(self, entry: ConversationEntry) -> bool:
        """Remove one entry's rows (a pending line that was delivered); searched from the end."""
        for last in range(len(self._rows) - 1, -1, -1):
            if self._rows[last][0] is entry:
                first = last - self._rows[last][1]
                self.beginRemoveRows(QModelIndex(), first, last)
                del self._rows[first : last + 1]
                self.endRemoveRows()
                with contextlib.suppress(ValueError):
                    self._entries.remove(entry)
                return True
        return False

    def clear(self) -> None:
        """Empty the view (the history file keeps everything)."""
        self.beginResetModel()
        self._rows = []
        self._entries.clear()
        self._last_day = None
        self.endResetModel()

    def find_message(self, message_id: int, at: float) -> int:
        """The first row of the room message with this id and time, or -1."""
        for number in range(len(self._rows) - 1, -1, -1):
            entry, segment = self._rows[number]
            if segment == 0 and entry.message_id == message_id and abs(entry.time - at) < 0.01:
                return number
        return -1


class _Wrapper:
    """Splits long text into lines that fit a width.

    ASCII text (nearly every chat line) is measured with a table of character widths
    and broken at spaces in Python, a few microseconds a line; other text goes through
    Qt's own line breaking (QTextLayout), which knows every script.
    """

    def __init__(self) -> None:
        self.font = QFont()
        self.width = 0
        self._ascii_widths: list[int] = []
        self._safe_chars = 0  # ASCII text this short always fits on one line

    def configure(self, font: QFont, width: int) -> bool:
        width = max(120, width)
        if width == self.width and font == self.font:
            return False
        self.font, self.width = QFont(font), width
        metrics = QFontMetrics(font)
        self._ascii_widths = [metrics.horizontalAdvance(chr(code)) for code in range(128)]
        widest = max(self._ascii_widths[32:127])
        self._safe_chars = max(1, width // max(widest, 1))
        return True

    def segments(self, text: str) -> list[str]:
        if self.width <= 0 or len(text) <= self._safe_chars:
            return [text]
        if text.isascii():
            return self._ascii_segments(text)
        if QFontMetrics(self.font).horizontalAdvance(text) <= self.width:
            return [text]
        layout = QTextLayout(text, self.font)
        layout.beginLayout()
        pieces: list[str] = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            pieces.append(text[line.textStart() : line.textStart() + line.textLength()])
        layout.endLayout()
        return [piece.rstrip() or piece for piece in pieces] or [text]

    def _ascii_segments(self, text: str) -> list[str]:
        # Widths from the table (kerning aside, hence 97% of the width).
        # edges[i]: the width of text[: i + 1]
        edges = list(accumulate(map(self._ascii_widths.__getitem__, text.encode("ascii"))))
        fits = self.width * 0.97
        if edges[-1] <= fits:
            return [text]
        pieces: list[str] = []
        start, used = 0, 0.0
        while start < len(text):
            end = bisect_right(edges, used + fits, lo=start)
            if end >= len(text):
                pieces.append(text[start:])
                break
            space = text.rfind(" ", start, end + 1)
            cut = space if space > start else max(end, start + 1)
            pieces.append(text[start:cut])
            start = cut + 1 if space > start else cut
            used = edges[start - 1] if start else 0.0
        return pieces or [text]


class RowPainter:
    """Draws a row: time, nickname column (coloured per sender), then the text.

    Everything is drawn with QPainter.drawText, which never interprets markup.
    """

    def __init__(self, font: QFont, palette: QPalette) -> None:
        self.waiting = "   " + QCoreApplication.translate("RowPainter", "(waiting to be sent)")
        self.update_metrics(font)
        self.set_palette(palette)

    def set_palette(self, palette: QPalette) -> None:
        """Colours readable on the palette's background, light or dark theme alike."""
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        self.dark = base.lightnessF() < 0.5
        self.muted = _blend(text, base, 0.42)
        self.pending = _blend(text, base, 0.5)
        self.error = QColor(_ERROR_ON_DARK if self.dark else _ERROR_ON_LIGHT)
        self.own_background = _blend(base, palette.color(QPalette.ColorRole.Highlight), 0.12)
        self.private_background = _blend(base, QColor(_PRIVATE_TINT), 0.12)
        self.palette_key = palette.cacheKey()

    def update_metrics(self, font: QFont) -> None:
        """Column positions for the view's font."""
        metrics = QFontMetrics(font)
        self.font = QFont(font)
        self.row_height = metrics.height() + 6
        self.padding = 8
        self.stamp_width = metrics.horizontalAdvance("88:88:88") + 2 * self.padding
        self.nick_width = metrics.horizontalAdvance("M" * 9) + self.padding
        self.text_x = self.stamp_width + self.nick_width + self.padding
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.italic = QFont(font)
        self.italic.setItalic(True)
        # Per font: its metrics, and its widest character (text shorter than the width
        # over that cannot overflow, so most rows skip measuring).
        self._metrics = {
            id(each): (QFontMetrics(each), max(1, QFontMetrics(each).maxWidth()))
            for each in (self.font, self.bold, self.italic)
        }

    def paint(
        self,
        painter: QPainter,
        rect: QRect,
        entry: ConversationEntry,
        segment: int,
        palette: QPalette,
        selected: bool,
    ) -> None:
        """Draw one row of `entry` (its `segment`-th wrapped line) into `rect`."""
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif entry.kind == Kind.PRIVATE:
            painter.fillRect(rect, self.private_background)
        elif entry.own and entry.kind in (Kind.MESSAGE, Kind.ACTION, PENDING):
            painter.fillRect(rect, self.own_background)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        middle = Qt.AlignmentFlag.AlignVCenter
        if entry.kind == DAY:
            painter.setPen(text_colour if selected else self.muted)
            painter.setFont(self.font)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), f"--- {entry.text} ---")
            return
        top, height = rect.top(), rect.height()
        if segment == 0:
            painter.setPen(text_colour if selected else self.muted)
            painter.setFont(self.font)
            stamp_rect = QRect(rect.left() + self.padding, top, self.stamp_width, height)
            painter.drawText(stamp_rect, int(middle | Qt.AlignmentFlag.AlignLeft), entry.stamp)
            marker = entry.marker()
            if marker:
                if selected:
                    painter.setPen(text_colour)
                elif entry.kind == ERROR:
                    painter.setPen(self.error)
                elif entry.kind == PENDING:
                    painter.setPen(self.pending)
                elif entry.kind in (Kind.MESSAGE, Kind.PRIVATE, Kind.ACTION):
                    painter.setPen(sender_colour(entry.sender, self.dark))
                else:
                    painter.setPen(self.muted)
                nick_font = self.bold if entry.kind != PENDING else self.italic
                painter.setFont(nick_font)
                nick_rect = QRect(rect.left() + self.stamp_width, top, self.nick_width, height)
                metrics, widest = self._metrics[id(nick_font)]
                shown = (
                    marker
                    if len(marker) * widest <= self.nick_width
                    else metrics.elidedText(marker, Qt.TextElideMode.ElideRight, self.nick_width)
                )
                painter.drawText(nick_rect, int(middle | Qt.AlignmentFlag.AlignRight), shown)
        # The text column.
        font = self.font
        if selected:
            painter.setPen(text_colour)
        elif entry.kind == ERROR:
            painter.setPen(self.error)
        elif entry.kind == PENDING:
            painter.setPen(self.pending)
            font = self.italic
        elif entry.kind == Kind.ACTION:
            painter.setPen(sender_colour(entry.sender, self.dark))
            font = self.italic
        elif entry.is_event or entry.kind == NOTICE:
            painter.setPen(self.muted)
            font = self.italic if entry.is_event else self.font
        else:
            painter.setPen(text_colour)
        painter.setFont(font)
        text_rect = QRect(rect.left() + self.text_x, top, rect.width() - self.text_x - 4, height)
        text = entry.segments[segment] if segment < len(entry.segments) else ""
        if entry.kind == PENDING and segment == len(entry.segments) - 1:
            text += self.waiting
        metrics, widest = self._metrics[id(font)]
        if len(text) * widest > text_rect.width():
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(middle | Qt.AlignmentFlag.AlignLeft), text)


class ConversationView(QAbstractScrollArea):
    """The conversation, painted row by row from a ConversationModel.

    One paintEvent draws every visible row in one go: a QTableView with a Python
    delegate calls into Python once per row (and per model query), and each call must
    take the interpreter lock back from the network thread, which under a flood
    costs up to a switch interval (5 ms) each; see the module docstring.

    Follows the newest line unless the user scrolled up; rows can be selected with
    the mouse (Shift extends), copied with Ctrl+C, all selected with Ctrl+A.

    Signals:
        nick_activated(str): a nickname's line was double-clicked (the tab starts a /msg).
        row_activated(int): a row was double-clicked.
    """

    nick_activated = Signal(str)
    row_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conversation = ConversationModel(self)
        self.row_painter = RowPainter(self.font(), self.palette())
        self.setObjectName("conversationView")
        self.setAccessibleName(self.tr("Conversation"))
        self.setAccessibleDescription(
            self.tr(
                "Up and Down move between the lines (Shift selects), Enter on a message "
                "answers its sender privately, Ctrl+C copies the selected lines."
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.viewport().setAutoFillBackground(True)
        self._follow = True
        self._unseen = 0
        self._anchor = -1  # selection: rows from min(anchor, current) to max(...)
        self._current = -1
        self.jump_button = QPushButton(self.tr("Newest messages"), self.viewport())
        self.jump_button.setObjectName("jumpToNewest")
        self.jump_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.jump_button.hide()
        self._rewrap_timer = QTimer(self)
        self._rewrap_timer.setSingleShot(True)
        self._rewrap_timer.setInterval(120)
        self._repaint_timer = QTimer(self)
        self._repaint_timer.setSingleShot(True)
        self._repaint_timer.setInterval(REPAINT_MS)
        self._connect_signals()
        self.conversation.set_wrap_width(self.font(), self._text_width())

    def _connect_signals(self) -> None:
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.jump_button.clicked.connect(self.scroll_to_newest)
        self.conversation.trimmed.connect(self._on_trimmed)
        self.conversation.rowsInserted.connect(self._on_rows_changed)
        self.conversation.rowsRemoved.connect(self._on_rows_removed)
        self.conversation.modelReset.connect(self._on_reset)
        self._rewrap_timer.timeout.connect(self._rewrap)
        self._repaint_timer.timeout.connect(self.viewport().update)
        self.customContextMenuRequested.connect(self._show_menu)

    def model(self) -> ConversationModel:
        """The rows shown."""
        return self.conversation

    # ------------------------------------------------------------ adding
    def append_entries(self, entries: list[ConversationEntry]) -> None:
        """Add a batch and follow it if the view was at the bottom."""
        if not entries:
            return
        following = self._follow
        self.conversation.append(entries)
        if following:
            self._scroll_to_bottom()
        else:
            self._unseen += len(entries)
            self.jump_button.setText(
                self.tr("{count} new - show newest").format(count=f"{self._unseen:,}")
            )
            self._place_jump_button()
            self.jump_button.show()

    @Slot()
    def scroll_to_newest(self) -> None:
        """Jump to the last line and follow new ones again."""
        self._follow = True
        self._scroll_to_bottom()
        self._unseen = 0
        self.jump_button.hide()

    def _scroll_to_bottom(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def is_following(self) -> bool:
        """True while new lines scroll into view."""
        return self._follow

    @Slot(int)
    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._follow = value >= bar.maximum() - 2
        if self._follow:
            self._unseen = 0
            self.jump_button.hide()
        self.viewport().update()

    @Slot(int)
    def _on_trimmed(self, rows: int) -> None:
        # Rows vanished above the reader: keep the same lines in sight, and the selection.
        if not self._follow:
            bar = self.verticalScrollBar()
            bar.setValue(max(0, bar.value() - rows * self.row_painter.row_height))
        if self._anchor >= 0:
            self._anchor = max(-1, self._anchor - rows)
            self._current = max(-1, self._current - rows)

    @Slot()
    def _on_rows_changed(self) -> None:
        self._update_scroll_range()
        # Rows streaming in: at most one paint every REPAINT_MS, not one per batch.
        if not self._repaint_timer.isActive():
            self._repaint_timer.start()

    @Slot(QModelIndex, int, int)
    def _on_rows_removed(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if first > 0:  # not a trim from the top: the selection may point elsewhere now
            self._anchor = self._current = -1
        self._on_rows_changed()

    @Slot()
    def _on_reset(self) -> None:
        self._anchor = self._current = -1
        self._on_rows_changed()

    def _update_scroll_range(self) -> None:
        bar = self.verticalScrollBar()
        height = self.row_painter.row_height
        total = self.conversation.rowCount() * height
        bar.setRange(0, max(0, total - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(height)

    def _place_jump_button(self) -> None:
        self.jump_button.adjustSize()
        viewport = self.viewport().rect()
        self.jump_button.move(
            viewport.right() - self.jump_button.width() - 12,
            viewport.bottom() - self.jump_button.height() - 8,
        )

    # ------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:
        painter = QPainter(self.viewport())
        height = self.row_painter.row_height
        top = self.verticalScrollBar().value()
        model = self.conversation
        count = model.rowCount()
        first = max(0, top // height)
        last = min(count, (top + self.viewport().height()) // height + 1)
        width = self.viewport().width()
        palette = self.palette()
        if palette.cacheKey() != self.row_painter.palette_key:  # the theme changed
            self.row_painter.set_palette(palette)
        low, high = self._selection_range()
        paint = self.row_painter.paint
        for number in range(first, last):
            entry, segment = model.row(number)
            rect = QRect(0, number * height - top, width, height)
            paint(painter, rect, entry, segment, palette, low <= number <= high)
        if self.hasFocus() and first <= self._current < last:  # where the keys move from
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DotLine))
            painter.drawRect(QRect(0, self._current * height - top, width - 1, height - 1))
        painter.end()

    def row_at(self, y: int) -> int:
        """The row under a viewport y coordinate, or -1."""
        number = (y + self.verticalScrollBar().value()) // self.row_painter.row_height
        return number if 0 <= number < self.conversation.rowCount() else -1

    # ------------------------------------------------------------ selection
    def _selection_range(self) -> tuple[int, int]:
        if self._anchor < 0 or self._current < 0:
            return (0, -1)
        return (min(self._anchor, self._current), max(self._anchor, self._current))

    def select_rows(self, first: int, last: int | None = None) -> None:
        """Select rows `first`..`last` (one row without `last`)."""
        count = self.conversation.rowCount()
        if not count:
            return
        self._anchor = max(0, min(first, count - 1))
        self._current = max(0, min(first if last is None else last, count - 1))
        self.viewport().update()

    def selectRow(self, row: int) -> None:
        """Select one row (the QTableView name, for callers used to it)."""
        self.select_rows(row)

    def current_row(self) -> int:
        """The row last clicked or selected, or -1."""
        return self._current

    def selectAll(self) -> None:
        """Select every row."""
        self.select_rows(0, self.conversation.rowCount() - 1)

    def scroll_to_row(self, row: int) -> None:
        """Bring a row into the middle of the view (the reader stops following)."""
        height = self.row_painter.row_height
        bar = self.verticalScrollBar()
        bar.setValue(max(0, row * height - self.viewport().height() // 2))

    def selected_text(self) -> str:
        """The selected rows as plain lines (whole entries, in order)."""
        low, high = self._selection_range()
        seen: list[ConversationEntry] = []
        for number in range(max(0, low), min(high + 1, self.conversation.rowCount())):
            entry, _ = self.conversation.row(number)
            if not seen or seen[-1] is not entry:
                seen.append(entry)
        return "\n".join(entry.plain() for entry in seen)

    @Slot()
    def copy_selection(self) -> None:
        """Copy the selected lines to the clipboard."""
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        row = self.row_at(int(event.position().y()))
        if row >= 0:
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self._anchor >= 0:
                self._current = row
            else:
                self._anchor = self._current = row
            self.viewport().update()
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._anchor >= 0:
            row = self.row_at(int(event.position().y()))
            if row >= 0 and row != self._current:
                self._current = row
                self.viewport().update()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        row = self.row_at(int(event.position().y()))
        if row >= 0:
            self.activate_row(row)
        event.accept()

    def activate_row(self, row: int) -> None:
        """What a double-click on `row` does: row_activated, and nick_activated for a sender."""
        self.select_rows(row)
        self.row_activated.emit(row)
        entry, _ = self.conversation.row(row)
        if entry.kind in (Kind.MESSAGE, Kind.ACTION, Kind.PRIVATE) and not entry.own:
            self.nick_activated.emit(entry.sender)

    def keyPressEvent(self, event) -> None:
        """Keys of a list: Up/Down/PageUp/PageDown/Home/End move the current line (Shift
        extends the selection), Enter activates it, Ctrl+C copies, Ctrl+A selects all."""
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.selectAll()
            return
        key = event.key()
        count = self.conversation.rowCount()
        height = self.row_painter.row_height
        top = self.verticalScrollBar().value()
        first_shown = min(count - 1, top // height)
        last_shown = min(count - 1, (top + self.viewport().height()) // height - 1)
        page = max(1, self.viewport().height() // height - 1)
        current = self._current
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if 0 <= current < count:
                self.activate_row(current)
            return
        if key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = count - 1
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            step = 1 if key == Qt.Key.Key_Up else page
            target = current - step if current >= 0 else max(first_shown, last_shown)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            step = 1 if key == Qt.Key.Key_Down else page
            target = current + step if current >= 0 else max(first_shown, 0)
        else:
            super().keyPressEvent(event)
            return
        if count:
            extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.move_current(target, extend=extend)
            if key == Qt.Key.Key_End:
                self.scroll_to_newest()

    def move_current(self, row: int, *, extend: bool = False) -> None:
        """Make `row` the current line (selected, or extending the selection) and show it."""
        count = self.conversation.rowCount()
        if not count:
            return
        row = max(0, min(row, count - 1))
        if extend and self._anchor >= 0:
            self._current = row
        else:
            self._anchor = self._current = row
        height = self.row_painter.row_height
        bar = self.verticalScrollBar()
        if row * height < bar.value():
            bar.setValue(row * height)
        elif (row + 1) * height > bar.value() + self.viewport().height():
            bar.setValue((row + 1) * height - self.viewport().height())
        entry, _ = self.conversation.row(row)
        self.setAccessibleDescription(entry.plain())  # what a screen reader reads out
        self.viewport().update()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.viewport().update()  # the current line's focus mark

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    @Slot(object)
    def _show_menu(self, position) -> None:
        menu = QMenu(self)
        copy = menu.addAction(self.tr("Copy"))
        copy.setEnabled(self._anchor >= 0)
        copy.triggered.connect(self.copy_selection)
        select_all = menu.addAction(self.tr("Select all"))
        select_all.triggered.connect(self.selectAll)
        menu.popup(self.viewport().mapToGlobal(position))

    # ------------------------------------------------------------ width and font
    def _text_width(self) -> int:
        return self.viewport().width() - self.row_painter.text_x - 8

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        following = self._follow
        self._update_scroll_range()
        if following:
            self._scroll_to_bottom()
        self._rewrap_timer.start()
        if self.jump_button.isVisible():
            self._place_jump_button()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.row_painter.update_metrics(self.font())
            self._update_scroll_range()
            self._rewrap_timer.start()

    @Slot()
    def _rewrap(self) -> None:
        following = self._follow
        if self.conversation.set_wrap_width(self.font(), self._text_width()) and following:
            self._scroll_to_bottom()
