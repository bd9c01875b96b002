"""The receiver's streams: loss and order counts per (source address, stream id).

The counters above the table add the streams up; this view shows each one, so a
sender that makes a new stream per datagram (a new source port each time, as socat
does) is seen at once instead of hiding behind "0 lost".
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.trace import format_address
from app.core.udp.sequence import StreamStats
from app.ui.i18n import format_count
from app.ui.theme import set_text_colour

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
#: This many streams or more, each with a single datagram: the sender changes its
#: source port per datagram, and the view says so.
ONE_DATAGRAM_STREAMS = 4


class StreamsModel(QAbstractTableModel):
    """One row per stream, the most recently heard first."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("StreamsModel", "Source"),
        QT_TRANSLATE_NOOP("StreamsModel", "Stream id"),
        QT_TRANSLATE_NOOP("StreamsModel", "Received"),
        QT_TRANSLATE_NOOP("StreamsModel", "Lost"),
        QT_TRANSLATE_NOOP("StreamsModel", "Out of order"),
        QT_TRANSLATE_NOOP("StreamsModel", "Duplicates"),
    )
    SOURCE, STREAM_ID, RECEIVED, LOST, REORDERED, DUPLICATES = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._streams: tuple[StreamStats, ...] = ()

    def set_streams(self, streams: tuple[StreamStats, ...]) -> None:
        """Show `streams`; the same number of rows is updated in place (no reset, so
        the view keeps its scroll position)."""
        if len(streams) == len(self._streams):
            self._streams = streams
            if streams:
                last = self.index(len(streams) - 1, len(self.COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last, [Qt.ItemDataRole.DisplayRole])
            return
        self.beginResetModel()
        self._streams = streams
        self.endResetModel()

    def streams(self) -> tuple[StreamStats, ...]:
        """The streams shown."""
        return self._streams

    def retranslate(self) -> None:
        """The headers and the numbers in the window's language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)
        self.set_streams(self._streams)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._streams)

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
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.RECEIVED:
            return _RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        stream = self._streams[index.row()]
        if column == self.SOURCE:
            return format_address(stream.source)  # type: ignore[arg-type]
        if column == self.STREAM_ID:
            return f"{stream.stream_id:08x}"
        value = (stream.received, stream.lost, stream.reordered, stream.duplicates)[
            column - self.RECEIVED
        ]
        return format_count(value)


class StreamsView(QWidget):
    """How streams are told apart, in words, and a table of their counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stream_count = 0
        self.model = StreamsModel(self)
        self.rule_label = QLabel()
        self.rule_label.setWordWrap(True)
        set_text_colour(self.rule_label, "muted")
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        set_text_colour(self.warning_label, "warning")
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        digits = self.fontMetrics().horizontalAdvance("0")
        for column, chars in ((0, 21), (1, 9), (2, 9), (3, 8), (4, 8)):
            header.resizeSection(column, digits * chars + 12)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Every word of the view in the window's language."""
        self.rule_label.setText(self.rule_text())
        self.table.setAccessibleName(self.tr("Streams"))
        self.model.retranslate()
        self._show_warning()

    def rule_text(self) -> str:
        """How streams are told apart (also the loss counters' tooltip)."""
        return self.tr(
            "Loss and order are counted per stream: one source address and port, with the "
            "stream id the sender drew for its run (sequence header on). A sender that uses "
            "a new source port for every datagram makes a stream of one datagram each time, "
            "and nothing can be counted across them."
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_streams(self, streams: tuple[StreamStats, ...], stream_count: int) -> None:
        """Show the most recently heard `streams` of the `stream_count` followed."""
        self._stream_count = stream_count
        self.model.set_streams(streams)
        self._show_warning()

    def clear(self) -> None:
        """No streams."""
        self.show_streams((), 0)

    def stream_count(self) -> int:
        """Streams followed now (the table may show fewer)."""
        return self._stream_count

    def _show_warning(self) -> None:
        streams = self.model.streams()
        single = len(streams) >= ONE_DATAGRAM_STREAMS and all(s.received == 1 for s in streams)
        kind = "muted"
        if single:
            kind = "warning"
            text = self.tr(
                "Every stream has one datagram: the sender seems to use a new source port "
                "for each datagram (socat does), so loss and order cannot be counted. Send "
                "from one socket, with a fixed source port."
            )
        elif self._stream_count > len(streams):
            text = self.tr("Showing the {shown} most recently heard of {count} streams.").format(
                shown=format_count(len(streams)), count=format_count(self._stream_count)
            )
        else:
            text = ""
        set_text_colour(self.warning_label, kind)
        self.warning_label.setText(text)
        self.warning_label.setVisible(bool(text))  # inside the tab: nothing else moves
