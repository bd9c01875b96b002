"""The raw TCP terminal: one row per recv() (and per send), decoded or in hex.

Shown by the Chat tab when the peer did not greet as a SocketLab server (nc -l, an
HTTP server, a device behind a serial-to-TCP bridge). Each direction has its own
incremental decoder, so a character cut between two recv() calls appears whole in the
row that completed it; changing the encoding decodes every kept row again. Selecting
a row shows its bytes as a hex dump below the list.
"""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.chat.raw_terminal import (
    DISPLAY_CHOICES,
    ENCODINGS,
    HEX,
    MOST_REPEATS,
    StreamDecoder,
    TerminalInputError,
    TerminalRow,
    encode_text,
    format_hex,
    parse_hex,
    plan_sends,
    visible_text,
)
from app.ui.field_error import FieldError
from app.ui.hex_view import HexDumpView
from app.ui.i18n import format_count, ordered_encodings, window_numbers
from app.ui.theme import status_color
from app.ui.zoom import use_fixed_font

#: Rows kept in the terminal.
MAX_TERMINAL_ROWS = 20_000
#: Characters of a row shown in the list (the detail pane shows all of it).
ROW_TEXT_LIMIT = 400
#: Bytes of a row shown in the detail pane's hex dump.
DUMP_LIMIT = 4096

SEND_MODES: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("RawTerminal", "Text + LF"), "LF"),
    (QT_TRANSLATE_NOOP("RawTerminal", "Text + CRLF"), "CRLF"),
    (QT_TRANSLATE_NOOP("RawTerminal", "Text, no line ending"), "none"),
    (QT_TRANSLATE_NOOP("RawTerminal", "Hex bytes"), "hex"),
)
#: How the typed bytes are handed to the kernel when sent more than once.
SEND_CALLS: tuple[tuple[str, bool], ...] = (
    (QT_TRANSLATE_NOOP("RawTerminal", "in one send()"), False),
    (QT_TRANSLATE_NOOP("RawTerminal", "as separate send() calls"), True),
)
_ROOT = QModelIndex()


class TerminalModel(QAbstractTableModel):
    """The terminal's rows with their shown text, decoded per direction in order."""

    HEADERS = (
        QT_TRANSLATE_NOOP("TerminalModel", "Time"),
        QT_TRANSLATE_NOOP("TerminalModel", "Call"),
        QT_TRANSLATE_NOOP("TerminalModel", "Bytes"),
        QT_TRANSLATE_NOOP("TerminalModel", "Data"),
    )

    def __init__(self, parent: QObject | None = None, max_rows: int = MAX_TERMINAL_ROWS) -> None:
        super().__init__(parent)
        self.max_rows = max_rows
        self.display = "UTF-8"
        self._rows: list[TerminalRow] = []
        # Per row: its decoded text and the bytes held after it, or None for the end of
        # the stream; the notes in words are added when shown (in the current language).
        self._shown: list[tuple[str, int] | None] = []
        self._decoders: dict[bool, StreamDecoder] = {}
        self._reset_decoders()
        self.bytes_received = 0
        self.bytes_sent = 0
        self.recv_calls = 0
        self.sends = 0

    def _reset_decoders(self) -> None:
        if self.display != HEX:
            self._decoders = {False: StreamDecoder(self.display), True: StreamDecoder(self.display)}

    def _show(self, row: TerminalRow) -> tuple[str, int] | None:
        """Decode a row (in stream order): its text and the bytes held after it."""
        if not row.data and not row.sent:
            return None
        if self.display == HEX:
            return format_hex(row.data, limit=ROW_TEXT_LIMIT // 3), 0
        decoder = self._decoders[row.sent]
        text = visible_text(decoder.decode(row.data))
        if len(text) > ROW_TEXT_LIMIT:
            text = text[:ROW_TEXT_LIMIT] + " …"
        return text, decoder.pending

    def _words(self, shown: tuple[str, int] | None) -> str:
        """A decoded row as shown, with its note in the current language."""
        if shown is None:
            return self.tr("b'': the peer closed the connection (end of the stream)")
        text, held = shown
        if held:
            with window_numbers():
                text += self.tr("  [%Ln byte(s) held: an incomplete character]", "", held)
        return text

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                millis = int(row.time * 1000) % 1000
                return time.strftime("%H:%M:%S", time.localtime(row.time)) + f".{millis:03d}"
            if column == 1:
                return "send()" if row.sent else "recv()"
            if column == 2:
                return format_count(len(row.data))
            return self._words(self._shown[index.row()])
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            # sent blue, received green: readable on the current palette's rows
            return status_color("info" if row.sent else "ok", QGuiApplication.palette())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 1:
            return (
                self.tr("Bytes we sent")
                if row.sent
                else self.tr("One recv() call: bytes as they arrived")
            )
        return None

    # ------------------------------------------------------------ rows
    def add(self, rows: list[TerminalRow]) -> None:
        """Append rows (one per recv() or send), decoding them in stream order."""
        if not rows:
            return
        shown = [self._show(row) for row in rows]
        for row in rows:
            if row.sent:
                self.bytes_sent += len(row.data)
                self.sends += 1
            else:
                self.bytes_received += len(row.data)
                self.recv_calls += 1
        overflow = len(self._rows) + len(rows) - self.max_rows
        if overflow > 0:
            overflow = min(overflow, len(self._rows))
            if overflow:
                self.beginRemoveRows(QModelIndex(), 0, overflow - 1)
                del self._rows[:overflow]
                del self._shown[:overflow]
                self.endRemoveRows()
            rows, shown = rows[-self.max_rows :], shown[-self.max_rows :]
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._shown.extend(shown)
        self.endInsertRows()

    def set_display(self, display: str) -> None:
        """Show every kept row again in another encoding, or in hex."""
        if display not in DISPLAY_CHOICES or display == self.display:
            return
        self.display = display
        self._reset_decoders()
        self._shown = [self._show(row) for row in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self._rows) - 1, 3))

    def retranslate(self) -> None:
        """The column titles and the rows' notes (an end of stream, bytes held) in the
        current language: the view asks again for what it shows (the notes are written
        as asked for, so no row is decoded again)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def clear(self) -> None:
        """Forget every row and start the decoders afresh."""
        self.beginResetModel()
        self._rows.clear()
        self._shown.clear()
        self._reset_decoders()
        self.bytes_received = self.bytes_sent = self.recv_calls = self.sends = 0
        self.endResetModel()

    def row(self, number: int) -> TerminalRow:
        """The row's bytes, direction and time."""
        return self._rows[number]

    def shown(self, number: int) -> str:
        """The row's data column as shown."""
        return self._words(self._shown[number])

    def rows(self) -> list[TerminalRow]:
        """Every kept row, oldest first."""
        return list(self._rows)


class RawTerminal(QWidget):
    """Rows of raw bytes with an encoding picker, and a line to send text or hex.

    Signals:
        send_requested(bytes): the user sent these bytes (the tab hands them to the engine).
        send_separately_requested(object): a list of bytes, one send() call each, back to
            back ("times" above 1 with "as separate send() calls").
    """

    send_requested = Signal(bytes)
    send_separately_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TerminalModel(self)
        self.display_combo = QComboBox()
        self.display_combo.addItems([*ordered_encodings(ENCODINGS), HEX])
        self.model.set_display(self.display_combo.currentText())  # GBK first in Chinese
        self.clear_button = QPushButton()
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("terminalSummary")
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.table = QTableView()
        self.table.setObjectName("terminalRows")
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        use_fixed_font(self.table)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self._fit_rows()
        self.table.installEventFilter(self)  # View > Zoom changes its font: fit again

        self.detail = HexDumpView("", "", limit=DUMP_LIMIT)  # texts: retranslate()
        self.detail.setObjectName("terminalDetail")

        self.send_edit = QLineEdit()
        self.send_edit.setObjectName("terminalInput")
        self.send_edit.setMaxLength(1024 * 1024)
        self.send_mode = QComboBox()
        for _label, value in SEND_MODES:
            self.send_mode.addItem("", value)
        self.times_spin = QSpinBox()
        self.times_spin.setObjectName("terminalTimes")
        self.times_spin.setRange(1, MOST_REPEATS)
        self.times_spin.setPrefix("\N{MULTIPLICATION SIGN} ")  # a sign, in every language
        self.send_calls = QComboBox()
        self.send_calls.setObjectName("terminalSendCalls")
        for _label, separate in SEND_CALLS:
            self.send_calls.addItem("", separate)
        self.send_button = QPushButton()
        self.send_error = FieldError()
        self.show_as = QLabel()
        self._placeholder_chosen = False  # a send mode was picked: the hint follows it
        self._build_layout()
        self._connect_signals()
        self.retranslate()

    def retranslate(self) -> None:
        """The texts in the current language: at start and on QEvent.LanguageChange. The
        row shown in the hex dump is written again too."""
        self.display_combo.setAccessibleName(self.tr("Show received bytes as"))
        self.display_combo.setToolTip(
            self.tr(
                "How to show the bytes: as text in an encoding, or as hex. "
                "Also the encoding used to send text."
            )
        )
        self.clear_button.setText(self.tr("Clear"))
        self.table.setAccessibleName(self.tr("Raw TCP terminal: one row per recv()"))
        self.detail.setAccessibleName(self.tr("Bytes of the selected row"))
        self.detail.setPlaceholderText(self.tr("Select a row to see its bytes as a hex dump."))
        self.send_edit.setAccessibleName(self.tr("Bytes to send"))
        for index, (label, _value) in enumerate(SEND_MODES):
            self.send_mode.setItemText(index, self.tr(label))
        self.send_mode.setAccessibleName(self.tr("Send as"))
        self.times_spin.setAccessibleName(self.tr("Times to send"))
        for index, (label, _separate) in enumerate(SEND_CALLS):
            self.send_calls.setItemText(index, self.tr(label))
        self.send_calls.setAccessibleName(self.tr("send() calls"))
        stream_lesson = self.tr(
            "TCP is a byte stream: it keeps the bytes in order but not the borders between "
            "send() calls. Send the line 2 times as separate send() calls: the Events pane "
            "shows two send() rows, yet the peer may get both in one recv(). UDP is "
            "different: each datagram arrives whole, or not at all."
        )
        self.times_spin.setToolTip(
            self.tr("Send the typed bytes this many times, back to back.") + "\n\n" + stream_lesson
        )
        self.send_calls.setToolTip(stream_lesson)
        self.send_button.setText(self.tr("Send"))
        self.show_as.setText(self.tr("Show as"))
        self._update_placeholder()
        self._update_summary()
        self.model.retranslate()
        current = self.table.currentIndex()
        if current.isValid():
            self._show_detail(current, current)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _build_layout(self) -> None:
        tools = QHBoxLayout()
        show_as = self.show_as
        show_as.setBuddy(self.display_combo)
        tools.addWidget(show_as)
        tools.addWidget(self.display_combo)
        tools.addWidget(self.summary, 1)
        tools.addWidget(self.clear_button)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        send_row = QHBoxLayout()
        send_row.addWidget(self.send_edit, 1)
        send_row.addWidget(self.send_mode)
        send_row.addWidget(self.times_spin)
        send_row.addWidget(self.send_calls)
        send_row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(splitter, 1)
        layout.addLayout(send_row)
        layout.addWidget(self.send_error)

    def _fit_rows(self) -> None:
        """Row height and fixed column widths for the table's font (View > Zoom)."""
        metrics = QFontMetrics(self.table.font())
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 6)
        # Fixed widths: sizing to contents would measure every row on each insert.
        for column, sample in enumerate(("88:88:88.888", "recv()", "65,536")):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.FontChange:
            self._fit_rows()
        return super().eventFilter(watched, event)

    def _connect_signals(self) -> None:
        self.display_combo.currentTextChanged.connect(self._on_display_changed)
        self.clear_button.clicked.connect(self.clear)
        self.send_button.clicked.connect(self.send)
        self.send_edit.returnPressed.connect(self.send)
        self.send_edit.textEdited.connect(self._on_send_edited)
        self.send_mode.currentIndexChanged.connect(self._on_send_mode_changed)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

    # ------------------------------------------------------------ rows
    def add_received(self, chunks: list[tuple[bytes, float]]) -> None:
        """Rows for recv() calls: (bytes, time) each, in order."""
        self._add([TerminalRow(at, data, False) for data, at in chunks])

    def add_sent(self, data: bytes) -> None:
        """A row for bytes we sent."""
        self._add([TerminalRow(time.time(), data, True)])

    def _add(self, rows: list[TerminalRow]) -> None:
        bar = self.table.verticalScrollBar()
        following = bar.value() >= bar.maximum() - 2
        self.model.add(rows)
        if following:
            self.table.scrollToBottom()
        self._update_summary()

    @Slot()
    def clear(self) -> None:
        """Empty the terminal."""
        self.model.clear()
        self.detail.clear()
        self._update_summary()

    def _update_summary(self) -> None:
        model = self.model
        self.summary.setText(
            self.tr(
                "{calls} recv() calls, {received} bytes received; {sends} sent, {sent} bytes"
            ).format(
                calls=format_count(model.recv_calls),
                received=format_count(model.bytes_received),
                sends=format_count(model.sends),
                sent=format_count(model.bytes_sent),
            )
        )

    @Slot(str)
    def _on_display_changed(self, display: str) -> None:
        self.model.set_display(display)
        current = self.table.currentIndex()
        if current.isValid():
            self._show_detail(current, current)

    def set_display(self, display: str) -> None:
        """Choose how to show the bytes (an encoding name or Hex)."""
        self.display_combo.setCurrentText(display)

    @Slot(QModelIndex, QModelIndex)
    def _show_detail(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        row = self.model.row(current.row())
        stamp = time.strftime("%H:%M:%S", time.localtime(row.time))
        if row.sent:
            heading = self.tr("sent at {time}, {size} bytes")
        else:
            heading = self.tr("recv() at {time}, {size} bytes")
        heading = heading.format(time=stamp, size=format_count(len(row.data)))
        encoding = self.model.display if self.model.display != HEX else "UTF-8"
        self.detail.show_bytes(
            row.data, heading=heading, footer=f"\n{encoding}: {self.model.shown(current.row())}"
        )

    # ------------------------------------------------------------ sending
    def encoding(self) -> str:
        """The encoding typed text is sent in (UTF-8 while showing hex)."""
        display = self.display_combo.currentText()
        return "UTF-8" if display == HEX else display

    def bytes_to_send(self) -> bytes:
        """What Send would send now; raises TerminalInputError with the reason."""
        mode = self.send_mode.currentData()
        text = self.send_edit.text()
        if mode == "hex":
            return parse_hex(text)
        return encode_text(text, self.encoding(), mode)

    @Slot()
    def send(self) -> None:
        """Send the typed line as the chosen mode says, or say why it cannot be sent."""
        try:
            data = self.bytes_to_send()
        except TerminalInputError as exc:
            self.send_error.show_error(exc)
            return
        if not data:
            self.send_error.show_error(
                self.tr("Nothing to send: type some text (or choose a line ending).")
            )
            return
        self.send_error.clear_error()
        parts = plan_sends(data, self.times_spin.value(), bool(self.send_calls.currentData()))
        if len(parts) == 1:
            self.send_requested.emit(parts[0])
        else:
            self.send_separately_requested.emit(parts)
        self.send_edit.clear()

    @Slot(str)
    def _on_send_edited(self, _text: str) -> None:
        self.send_error.clear_error()

    @Slot(int)
    def _on_send_mode_changed(self, _index: int) -> None:
        self.send_error.clear_error()
        self._placeholder_chosen = True
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        if not self._placeholder_chosen:  # as built: an example
            self.send_edit.setPlaceholderText(self.tr("Text to send, e.g. GET / HTTP/1.0"))
            return
        hex_mode = self.send_mode.currentData() == "hex"
        self.send_edit.setPlaceholderText(
            self.tr("Hex bytes to send, e.g. 48 65 6c 6c 6f")
            if hex_mode
            else self.tr("Text to send")
        )

    def export_rows(self) -> list[tuple[str, str, int, str, str]]:
        """(time, direction, size, hex, text) per row, for File > Export."""
        decoders = {False: StreamDecoder(self.encoding()), True: StreamDecoder(self.encoding())}
        rows = []
        for row in self.model.rows():
            stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(row.time))
            text = decoders[row.sent].decode(row.data)
            rows.append(
                (stamp, "sent" if row.sent else "recv", len(row.data), row.data.hex(), text)
            )
        return rows
