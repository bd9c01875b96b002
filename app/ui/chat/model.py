"""`ConversationModel`: the conversation's rows, each entry wrapped to the view's width.

A QAbstractListModel over a Python list, capped at MAX_ROWS (the full history is in the
SQLite conversation log); long messages are wrapped at insertion into continuation
rows, so every row has the same height and the view stays fast.
"""

from __future__ import annotations

import contextlib
import time
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable
from itertools import accumulate

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QTextLayout,
)

from app.ui.chat.entries import DAY, TRANSFER, ConversationEntry, stamp_and_day
from app.ui.i18n import long_date

#: Rows kept in the view; the full history is in the SQLite conversation log.
MAX_ROWS = 20_000
_ROOT = QModelIndex()


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
            if entry.kind != TRANSFER:  # a transfer's two rows are drawn, not wrapped
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
            day = self._last_day if second == last_second else stamp_and_day(second)[1]
            last_second = second
            if day != self._last_day and entry.kind != DAY:
                if self._last_day is not None or day != time.localtime()[:3]:
                    # In the window's language: Russian "вторник, 3 июня 2025", cached per day.
                    separator = ConversationEntry(DAY, long_date(entry.time), at=entry.time)
                    new_entries.append(separator)
                    new_rows.append((separator, 0))
                self._last_day = day
            if entry.kind != TRANSFER:  # a transfer's two rows are drawn, not wrapped
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

    def merge(self, entries: Iterable[ConversationEntry]) -> int:
        """Add room messages that may be shown already or belong further up (a history
        replay after a reconnect): each message (id and time) once, in id order.

        Messages newer than the last one shown are appended as usual; an older one goes
        after the last shown message with a smaller id, so above the "N earlier
        messages" line when it belongs there. That rebuilds the rows (rare: on connect).
        """
        shown = {(e.message_id, e.time) for e in self._entries if e.message_id is not None}
        fresh: list[ConversationEntry] = []
        for entry in entries:
            key = (entry.message_id, entry.time)
            if entry.message_id is not None and key in shown:
                continue  # on screen already: a join or leave is never told twice
            if entry.message_id is not None:
                shown.add(key)
            fresh.append(entry)
        last_id = next(
            (e.message_id for e in reversed(self._entries) if e.message_id is not None), None
        )
        if last_id is None or all(e.message_id is None or e.message_id > last_id for e in fresh):
            return self.append(fresh)
        items = [e for e in self._entries if e.kind != DAY]
        for entry in sorted(fresh, key=_message_order):
            items.insert(_place_by_id(items, entry), entry)
        total = self.appended_total
        self.clear()
        self.append(items)
        self.appended_total = total + len(fresh)
        return len(fresh)

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

    def first_row_of(self, entry: ConversationEntry) -> int:
        """The first row of `entry`, searched from the end (recent lines first), or -1."""
        for number in range(len(self._rows) - 1, -1, -1):
            if self._rows[number][0] is entry:
                return number - self._rows[number][1]
        return -1

    def refresh_entries(self, entries: Iterable[ConversationEntry]) -> list[ConversationEntry]:
        """Say that these entries' rows changed (dataChanged for each, nothing rebuilt);
        returns those not in the view (cleared or trimmed away). Searched from the end:
        transfers are recent lines."""
        wanted = {id(entry): entry for entry in entries}
        number = len(self._rows) - 1
        while number >= 0 and wanted:
            entry, segment = self._rows[number]
            first = number - segment
            if wanted.pop(id(entry), None) is not None:
                last = min(first + len(entry.segments) - 1, len(self._rows) - 1)
                self.dataChanged.emit(self.index(first), self.index(last))
            number = first - 1
        return list(wanted.values())

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


def _message_order(entry: ConversationEntry) -> tuple[int, float]:
    return (entry.message_id if entry.message_id is not None else -1, entry.time)


def _place_by_id(items: list[ConversationEntry], entry: ConversationEntry) -> int:
    """Where `entry` goes in `items` by message id: just before the next room message
    after the last one with a smaller id (searched from the end: a server that lost its
    history numbers from 1 again, and the newest numbering is the one that counts). So
    the lines between the two (the "N earlier messages" line, errors) stay above it."""
    if entry.message_id is None:
        return len(items)
    place = 0
    for index in range(len(items) - 1, -1, -1):
        other = items[index].message_id
        if other is not None and other < entry.message_id:
            place = index + 1
            break
    while place < len(items) and items[place].message_id is None:
        place += 1
    return place


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
