"""The received-datagram table: the last N datagrams, appended a batch at a time.

A flood brings thousands of datagrams per frame; the model takes each frame's batch with
one `beginInsertRows` (and one `beginRemoveRows` for the rows that fall off the top), and
formats cells only when the view asks, which is for the few dozen rows on screen.
"""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)

from app.core.trace import format_address
from app.core.udp.events import Datagram, DatagramBatch, Received
from app.core.udp.sequence import preview_datagram
from app.ui.i18n import format_count, translate_message

DEFAULT_CAPACITY = 10_000

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class DatagramTableModel(QAbstractTableModel):
    """Rows are recvfrom()'s `(data, address)` tuples plus a read time; numbered from 1."""

    COLUMNS = (
        "#",
        QT_TRANSLATE_NOOP("DatagramTableModel", "Time"),
        QT_TRANSLATE_NOOP("DatagramTableModel", "Source"),
        QT_TRANSLATE_NOOP("DatagramTableModel", "Size"),
        QT_TRANSLATE_NOOP("DatagramTableModel", "Preview"),
    )
    NUMBER, TIME, SOURCE, SIZE, PREVIEW = range(5)
    PREVIEW_LENGTH = 160

    def __init__(self, capacity: int = DEFAULT_CAPACITY, parent=None) -> None:
        super().__init__(parent)
        self.capacity = capacity
        self._rows: list[Received] = []
        self._times: list[float] = []
        self._first_number = 1
        self._total = 0
        self._encoding = "UTF-8"

    # ----------------------------------------------------------------- contents
    @property
    def total(self) -> int:
        """Datagrams appended since the last clear, including those no longer kept."""
        return self._total

    def datagram(self, row: int) -> Datagram:
        """The datagram shown in `row`, as `(time, address, data)`."""
        data, address = self._rows[row]
        return self._times[row], address, data

    def number(self, row: int) -> int:
        """The running number of `row` (1 for the first datagram since the last clear)."""
        return self._first_number + row

    def rows(self) -> list[tuple[int, Datagram]]:
        """Every kept row as `(number, datagram)`, oldest first."""
        first = self._first_number
        return [
            (first + i, (when, address, data))
            for i, (when, (data, address)) in enumerate(zip(self._times, self._rows, strict=True))
        ]

    def set_encoding(self, encoding: str) -> None:
        """Show previews in `encoding`."""
        self._encoding = encoding
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(
                self.index(0, self.PREVIEW), self.index(last, self.PREVIEW), [Qt.DisplayRole]
            )

    def append_batches(self, batches: list[DatagramBatch]) -> None:
        """Append the datagrams of several batches at once, keeping the last `capacity`.

        Only list operations that run in C touch every datagram, so a frame carrying
        thousands of them costs the GUI thread well under a millisecond.
        """
        if len(batches) == 1:
            received = batches[0].datagrams
            times = [batches[0].time] * len(received)
        else:
            received, times = [], []
            for batch in batches:
                received.extend(batch.datagrams)
                times.extend([batch.time] * len(batch.datagrams))
        self._append(received, times)

    def append_datagrams(self, datagrams: list[Datagram]) -> None:
        """Append `(time, address, data)` datagrams (tests and imports; not the hot path)."""
        self._append([(data, address) for _, address, data in datagrams], [d[0] for d in datagrams])

    def _append(self, received: list[Received], times: list[float]) -> None:
        count = len(received)
        if not count:
            return
        capacity = self.capacity
        if count >= capacity:
            self.beginResetModel()
            self._total += count
            self._rows = received[-capacity:]
            self._times = times[-capacity:]
            self._first_number = self._total - capacity + 1
            self.endResetModel()
            return
        overflow = len(self._rows) + count - capacity
        if overflow > 0:
            self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
            del self._rows[:overflow]
            del self._times[:overflow]
            self._first_number += overflow
            self.endRemoveRows()
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + count - 1)
        self._rows.extend(received)
        self._times.extend(times)
        self._total += count
        self.endInsertRows()

    def clear(self) -> None:
        """Forget every row and restart the numbering."""
        self.beginResetModel()
        self._rows = []
        self._times = []
        self._first_number = 1
        self._total = 0
        self.endResetModel()

    def retranslate(self) -> None:
        """The language changed: the headers and the cells (numbers, previews) again."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [Qt.DisplayRole])

    # ----------------------------------------------------------------- Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(index.column())
        return None

    def multiData(self, index: _Index, role_data_span: QModelRoleDataSpan) -> None:
        """Every role of a cell in one call: Qt 6's item delegate asks for seven roles
        per cell at once, so a repaint costs one Python call per cell instead of seven
        (which matters while the receiving thread keeps the interpreter busy)."""
        if not index.isValid():
            return
        row, column = index.row(), index.column()
        for role_data in role_data_span:
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData(self._display(row, column))
            elif role == _ALIGNMENT and column in (self.NUMBER, self.SIZE):
                role_data.setData(_RIGHT)
            else:
                role_data.clearData()  # the span is reused from cell to cell

    def _alignment(self, column: int) -> int | None:
        if column in (self.NUMBER, self.SIZE):
            return _RIGHT
        return None

    def _display(self, row: int, column: int) -> str:
        data, address = self._rows[row]
        if column == self.NUMBER:
            return format_count(self._first_number + row)
        if column == self.TIME:
            when = self._times[row]
            stamp = time.strftime("%H:%M:%S", time.localtime(when))
            return f"{stamp}.{int(when * 1000) % 1000:03d}"
        if column == self.SOURCE:
            return format_address(address)
        if column == self.SIZE:
            return format_count(len(data))
        # A sequence header's "[seq N]" is a core message; plain text passes straight through.
        return translate_message(preview_datagram(data, self._encoding, self.PREVIEW_LENGTH))
