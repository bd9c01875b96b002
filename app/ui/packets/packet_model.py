"""The packet list: the last N decoded packets, appended a batch at a time.

A capture brings a batch per frame; the model takes it with one `beginInsertRows` (and
one `beginRemoveRows` for the oldest rows that fall off), and formats a cell only when
the view asks for it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.core.packets.model import Packet
from app.ui.i18n import translate_message, ui_locale

DEFAULT_CAPACITY = 10_000

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def endpoint_text(address: str, port: int | None) -> str:
    """`127.0.0.1:40000`, `[::1]:40000`, or the bare address when there is no port."""
    if port is None:
        return address
    if ":" in address:
        return f"[{address}]:{port}"
    return f"{address}:{port}"


class PacketTableModel(QAbstractTableModel):
    """Rows are decoded Packets, oldest first; at most `capacity` are kept."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("PacketTableModel", "No."),
        QT_TRANSLATE_NOOP("PacketTableModel", "Time"),
        QT_TRANSLATE_NOOP("PacketTableModel", "Source"),
        QT_TRANSLATE_NOOP("PacketTableModel", "Destination"),
        QT_TRANSLATE_NOOP("PacketTableModel", "Protocol"),
        QT_TRANSLATE_NOOP("PacketTableModel", "Length"),
        QT_TRANSLATE_NOOP("PacketTableModel", "Summary"),
    )
    NUMBER, TIME, SOURCE, DESTINATION, PROTOCOL, LENGTH, SUMMARY = range(7)

    def __init__(self, capacity: int = DEFAULT_CAPACITY, parent=None) -> None:
        super().__init__(parent)
        self.capacity = capacity
        self._packets: list[Packet] = []
        self._locale = ui_locale()

    # ----------------------------------------------------------------- contents
    def packet(self, row: int) -> Packet:
        """The packet shown in `row`."""
        return self._packets[row]

    def packets(self) -> list[Packet]:
        """Every kept packet, oldest first (a copy)."""
        return list(self._packets)

    def row_of(self, packet: Packet) -> int:
        """The row showing `packet`, or -1 when it is no longer kept."""
        for row in range(len(self._packets) - 1, -1, -1):
            if self._packets[row] is packet:
                return row
        return -1

    def conversation(self, key: tuple | None, limit: int = 2000) -> list[Packet]:
        """The kept packets of conversation `key`, oldest first (at most `limit`)."""
        if key is None:
            return []
        found = [packet for packet in self._packets if packet.conversation == key]
        return found[:limit]

    def append_packets(self, packets: list[Packet]) -> None:
        """Append a batch, keeping the last `capacity` packets."""
        count = len(packets)
        if not count:
            return
        capacity = self.capacity
        if count >= capacity:
            self.beginResetModel()
            self._packets = list(packets[-capacity:])
            self.endResetModel()
            return
        overflow = len(self._packets) + count - capacity
        if overflow > 0:
            self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
            del self._packets[:overflow]
            self.endRemoveRows()
        start = len(self._packets)
        self.beginInsertRows(QModelIndex(), start, start + count - 1)
        self._packets.extend(packets)
        self.endInsertRows()

    def clear(self) -> None:
        """Forget every packet."""
        self.beginResetModel()
        self._packets = []
        self.endResetModel()

    def retranslate(self) -> None:
        """The language changed: numbers in its locale, the titles and summaries again."""
        self._locale = ui_locale()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        if self._packets:
            last = self.index(len(self._packets) - 1, len(self.COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    # ----------------------------------------------------------------- Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._packets)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(self._packets[index.row()], column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.LENGTH):
            return _RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SUMMARY:
            packet = self._packets[index.row()]
            return translate_message(packet.problem) if packet.problem else None
        return None

    def _display(self, packet: Packet, column: int) -> str:
        if column == self.NUMBER:
            return self._locale.toString(packet.number)
        if column == self.TIME:
            when = packet.time
            stamp = time.strftime("%H:%M:%S", time.localtime(when))
            return f"{stamp}.{int(when * 1_000_000) % 1_000_000:06d}"
        if column == self.SOURCE:
            return endpoint_text(packet.src, packet.sport)
        if column == self.DESTINATION:
            return endpoint_text(packet.dst, packet.dport)
        if column == self.PROTOCOL:
            return packet.proto
        if column == self.LENGTH:
            return self._locale.toString(packet.frame.wire_length)
        return translate_message(packet.summary)
