"""The received-datagram table: the last N datagrams, appended a batch at a time.

A flood brings thousands of datagrams per frame; the model takes each frame's batch with
one `beginInsertRows` (and one `beginRemoveRows` for the rows that fall off the top), and
formats cells only when the view asks, which is for the few dozen rows on screen.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.trace import format_address
from app.core.udp.events import Datagram
from app.core.udp.payload import preview_text
from app.core.udp.sequence import HEADER_SIZE, MAGIC

DEFAULT_CAPACITY = 10_000

_Index = QModelIndex | QPersistentModelIndex


class DatagramTableModel(QAbstractTableModel):
    """Rows are `(time, address, data)` tuples; numbered from 1 since the last clear."""

    COLUMNS = ("#", "Time", "Source", "Size", "Preview")
    NUMBER, TIME, SOURCE, SIZE, PREVIEW = range(5)
    PREVIEW_LENGTH = 160

    def __init__(self, capacity: int = DEFAULT_CAPACITY, parent=None) -> None:
        super().__init__(parent)
        self.capacity = capacity
        self._rows: list[Datagram] = []
        self._first_number = 1
        self._total = 0
        self._encoding = "UTF-8"

    # ----------------------------------------------------------------- contents
    @property
    def total(self) -> int:
        """Datagrams appended since the last clear, including those no longer kept."""
        return self._total

    def datagram(self, row: int) -> Datagram:
        """The datagram shown in `row`."""
        return self._rows[row]

    def number(self, row: int) -> int:
        """The running number of `row` (1 for the first datagram since the last clear)."""
        return self._first_number + row

    def rows(self) -> list[tuple[int, Datagram]]:
        """Every kept row as `(number, datagram)`, oldest first."""
        return [(self._first_number + i, d) for i, d in enumerate(self._rows)]

    def set_encoding(self, encoding: str) -> None:
        """Show previews in `encoding`."""
        self._encoding = encoding
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(
                self.index(0, self.PREVIEW), self.index(last, self.PREVIEW), [Qt.DisplayRole]
            )

    def append_datagrams(self, datagrams: list[Datagram]) -> None:
        """Append a batch, dropping the oldest rows beyond `capacity`."""
        if not datagrams:
            return
        capacity = self.capacity
        if len(datagrams) >= capacity:
            self.beginResetModel()
            self._total += len(datagrams)
            self._rows = list(datagrams[-capacity:])
            self._first_number = self._total - capacity + 1
            self.endResetModel()
            return
        overflow = len(self._rows) + len(datagrams) - capacity
        if overflow > 0:
            self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
            del self._rows[:overflow]
            self._first_number += overflow
            self.endRemoveRows()
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(datagrams) - 1)
        self._rows.extend(datagrams)
        self._total += len(datagrams)
        self.endInsertRows()

    def clear(self) -> None:
        """Forget every row and restart the numbering."""
        self.beginResetModel()
        self._rows = []
        self._first_number = 1
        self._total = 0
        self.endResetModel()

    # ----------------------------------------------------------------- Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            when, address, data = self._rows[index.row()]
            if column == self.NUMBER:
                return f"{self._first_number + index.row():,}"
            if column == self.TIME:
                stamp = time.strftime("%H:%M:%S", time.localtime(when))
                return f"{stamp}.{int(when * 1000) % 1000:03d}"
            if column == self.SOURCE:
                return format_address(address)
            if column == self.SIZE:
                return f"{len(data):,}"
            if data[:4] == MAGIC and len(data) >= HEADER_SIZE:
                number = int.from_bytes(data[8:HEADER_SIZE], "big")
                text = preview_text(data[HEADER_SIZE:], self._encoding, self.PREVIEW_LENGTH)
                return f"[seq {number:,}] {text}"
            return preview_text(data, self._encoding, self.PREVIEW_LENGTH)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.SIZE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
