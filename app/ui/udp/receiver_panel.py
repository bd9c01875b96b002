"""The receiver half of the UDP tab: bind and join, counters and graph, table, hex dump, reply.

The UdpReceiverEngine drains its socket on its own thread; this panel gets, per frame,
one batch of datagrams for the table and, ten times a second, the exact counters. The
table keeps the last 10,000 datagrams; the counters count every one.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QElapsedTimer,
    QEvent,
    QItemSelection,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.address import AddressError, validate_host
from app.core.engine import EngineStopped
from app.core.events import ErrorEvent, Event, StateEvent
from app.core.trace import format_address
from app.core.udp.addressing import multicast_group_problem
from app.core.udp.events import Datagram, DatagramBatch, ReceiverBound, ReceiverCounters
from app.core.udp.export import csv_chunks
from app.core.udp.payload import (
    ENCODINGS,
    PayloadError,
    decode_text,
    parse_escapes,
    preview_text,
)
from app.core.udp.receiver import UdpReceiverEngine
from app.core.udp.sequence import HEADER_SIZE, parse_header
from app.ui.export import ask_export_path
from app.ui.field_error import FieldError
from app.ui.focus import buddy_label
from app.ui.hex_view import HexDumpView
from app.ui.i18n import format_bytes, format_count, ordered_encodings, window_numbers
from app.ui.settings import read_setting
from app.ui.theme import header_background, set_text_colour
from app.ui.udp.datagram_model import DEFAULT_CAPACITY, DatagramTableModel
from app.ui.udp.rate_graph import RateGraph, format_rate
from app.ui.udp.sender_panel import reorder_encodings as _reorder_encodings
from app.ui.udp.streams_view import StreamsView
from app.workers import EngineRun, ExportWriter

#: The hex dump shows at most this many bytes (Copy hex copies them all).
DUMP_LIMIT = 16 * 1024
#: The table takes new rows at most this often: at a flood's rates a person cannot read
#: faster, and every repaint costs CPU the receiving thread would rather have.
TABLE_UPDATE_MS = 100
#: The decoded text line under the hex dump shows at most this many characters.
DECODED_LENGTH = 2000


def freeze_long_lived_objects() -> None:
    """Take every object alive now (the window, Qt wrappers, modules) out of the cyclic
    garbage collector's sight.

    A flood allocates hundreds of thousands of objects a second, which triggers full
    collections, and a full collection walks every object in the process while holding
    the interpreter: 30-80 ms measured here, long enough for the receive buffer to
    overflow. Frozen objects are skipped (they are still freed by reference counting),
    which brings a full collection down to a few milliseconds. Garbage is collected
    first, so nothing unreachable is frozen.
    """
    gc.collect()
    gc.freeze()


class CountersView(QWidget):
    """Datagrams, bytes, rate, and loss counts from the sequence header, in two rows."""

    NAMES = (
        QT_TRANSLATE_NOOP("CountersView", "Datagrams"),
        QT_TRANSLATE_NOOP("CountersView", "Bytes"),
        QT_TRANSLATE_NOOP("CountersView", "Rate"),
        QT_TRANSLATE_NOOP("CountersView", "Lost"),
        QT_TRANSLATE_NOOP("CountersView", "Out of order"),
        QT_TRANSLATE_NOOP("CountersView", "Duplicates"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: What the loss counters' tip says when there are counts: how streams are told
        #: apart (the panel sets it, in the window's language).
        self.stream_rule = ""
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self._counters: ReceiverCounters | None = None
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for index, name in enumerate(self.NAMES):
            row, column = divmod(index, 3)
            caption = QLabel()
            set_text_colour(caption, "muted")  # grey, readable in either theme
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            grid.addWidget(caption, row, column * 2)
            grid.addWidget(value, row, column * 2 + 1)
            self.values[name] = value
            self.captions[name] = caption
        for column in (1, 3, 5):
            grid.setColumnStretch(column, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """The captions in the window's language, and the values written its way."""
        for name in self.NAMES:
            self.captions[name].setText(self.tr(name))
            self.values[name].setAccessibleDescription(self.tr(name))  # a name hides the value
        self.show_counters(self._counters)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_counters(self, counters: ReceiverCounters | None) -> None:
        """Show the totals (None: zeros)."""
        self._counters = counters
        c = counters or ReceiverCounters(0, 0, 0.0, 0.0)
        self.values["Datagrams"].setText(format_count(c.datagrams))
        self.values["Bytes"].setText(format_count(c.bytes))
        self.values["Bytes"].setToolTip(format_bytes(c.bytes))
        self.values["Rate"].setText(
            f"{format_rate(c.datagrams_per_second)} · {format_bytes(c.bytes_per_second)}/s"
        )
        no_header = "—"
        if c.sequenced:
            tip = self.stream_rule
        else:
            tip = self.tr("Turn on the sender's sequence header to count these")
        for name, value in (
            ("Lost", c.lost),
            ("Out of order", c.reordered),
            ("Duplicates", c.duplicates),
        ):
            self.values[name].setText(format_count(value) if c.sequenced else no_header)
            self.values[name].setToolTip(tip)

    def text(self, name: str) -> str:
        """The value shown for `name`."""
        return self.values[name].text()


class ReceiverPanel(QGroupBox):
    """Runs a UdpReceiverEngine and shows what it receives.

    Signals:
        trace_events(object): the engine's event batches, for the Events pane.
        running_changed(bool): the receiver started or stopped.
        export_finished(str, int): a CSV export wrote this file with this many rows.
        export_failed(str): a CSV export failed; the reason as shown.
    """

    trace_events = Signal(object)
    running_changed = Signal(bool)
    export_finished = Signal(str, int)
    export_failed = Signal(str)

    def __init__(self, capacity: int = DEFAULT_CAPACITY, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = EngineRun(self)
        self._engine: UdpReceiverEngine | None = None
        self._export: ExportWriter | None = None
        self._selected: Datagram | None = None
        self._selected_number = 0
        self.last_counters: ReceiverCounters | None = None
        self.model = DatagramTableModel(capacity, self)
        self._pending: list[DatagramBatch] = []
        self._since_table_update = QElapsedTimer()
        self._since_table_update.start()
        self._table_timer = QTimer(self)
        self._table_timer.setSingleShot(True)
        self._could_not_start = False  # the status line says "Stopped: could not start."
        # One rule for the table and the counters: Stop and Start keep both (the next run
        # goes on counting, so datagrams sent while stopped show as lost); only Clear
        # empties both and starts a new count. `_generation` names the count: batches and
        # counters of an earlier one, still on their way after a Clear, are dropped.
        self._generation = 0
        self._count_cleared = False  # Clear while stopped: the next Start counts from 0
        self._run_first_datagram = 0  # the total when this run (or its Clear) began
        # The status line as a callable that writes it in the window's language:
        # retranslate() calls it again after a language switch.
        self._status: Callable[[], str] = lambda: self.tr("Stopped.")
        self._build()
        self._connect_signals()
        self._set_running(False)
        self._show_detail(None, 0)
        self.retranslate()

    def retranslate(self) -> None:
        """Put every fixed word of the panel in the window's language; the table's
        headers, the counters' tip and the selected datagram's line are written again."""
        self.setTitle(self.tr("Receive"))
        self.host_edit.setAccessibleName(self.tr("Bind address"))
        self.host_edit.setToolTip(self.tr("0.0.0.0: every IPv4 interface; :: every IPv6 one"))
        self.port_spin.setSpecialValueText(self.tr("any"))
        self.port_spin.setAccessibleName(self.tr("Port"))
        self.start_button.setText(self.tr("Stop") if self.is_running() else self.tr("Start"))
        self.echo_check.setText(self.tr("Echo mode"))
        self.echo_check.setToolTip(
            self.tr("Send every datagram back to its source (a UDP echo server)")
        )
        self.group_edit.setPlaceholderText(self.tr("multicast group (optional), e.g. 239.1.2.3"))
        self.group_edit.setAccessibleName(self.tr("Multicast group"))
        self.interface_edit.setPlaceholderText(self.tr("interface (optional)"))
        self.interface_edit.setAccessibleName(self.tr("Multicast interface"))
        self.interface_edit.setToolTip(
            self.tr(
                "Join the group on this interface: an address of this machine (IPv4) or an "
                "interface name or index (IPv6). Empty: the OS chooses."
            )
        )
        self.status_label.setAccessibleDescription(self.tr("Receiver status"))
        self.status_label.setText(self._status())
        _reorder_encodings(self.encoding_combo)
        self.encoding_combo.setAccessibleName(self.tr("Preview encoding"))
        self.follow_check.setText(self.tr("Follow newest"))
        self.capacity_label.setText(
            self.tr("The table keeps the last {count} datagrams; the counters count all.").format(
                count=format_count(self.model.capacity)
            )
        )
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.counting_rule())
        self.start_button.setToolTip(self.counting_rule())
        self.counters.stream_rule = self.streams_view.rule_text()
        self.counters.show_counters(self.last_counters)
        self.detail_tabs.setTabText(0, self.tr("Selected datagram"))
        self.detail_tabs.tabBar().setAccessibleName(self.tr("Datagram or streams"))
        self._show_stream_count()
        self.table.horizontalHeader().setToolTip(self.numbering_rule())
        self.export_button.setText(self.tr("Export CSV…"))
        self.table.setAccessibleName(self.tr("Received datagrams"))
        self.detail_label.setAccessibleDescription(self.tr("Selected datagram"))
        self.copy_hex_button.setText(self.tr("Copy hex"))
        self.copy_text_button.setText(self.tr("Copy text"))
        self.dump_view.setAccessibleName(self.tr("Hex dump"))
        self.dump_view.setPlaceholderText(self.tr("Select a datagram to see its bytes."))
        self.dump_view.cut_note = self.tr(
            "… showing the first {shown} of {size} bytes; Copy hex copies them all."
        )
        self.reply_edit.setPlaceholderText(
            self.tr("reply payload; escapes like \\n and \\xff work")
        )
        self.reply_edit.setAccessibleName(self.tr("Reply payload"))
        self.reply_button.setText(self.tr("Reply to sender"))
        self.bind_label.setText(self.tr("Bind"))
        self.port_label.setText(self.tr("port"))
        self.group_label.setText(self.tr("Group"))
        self.preview_label.setText(self.tr("Preview as"))
        self.model.retranslate()
        if self.last_counters is not None:
            self._show_echo_tip(self.last_counters)
        self._show_detail(self._selected, self._selected_number)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange and self._selected is not None:
            self._show_detail(self._selected, self._selected_number)  # the header's tint
        super().changeEvent(event)

    # ----------------------------------------------------------------- building
    def _build(self) -> None:
        self.host_edit = QLineEdit("0.0.0.0")
        self.host_edit.setMaximumWidth(150)
        self.port_spin = QSpinBox()
        self.port_spin.setRange(0, 65535)
        self.port_spin.setValue(5555)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setCheckable(True)
        self.echo_check = QCheckBox()
        self.group_edit = QLineEdit()
        self.interface_edit = QLineEdit()
        self.interface_edit.setMaximumWidth(150)
        self.host_error = FieldError()
        self.group_error = FieldError()
        self.general_error = FieldError()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        self.counters = CountersView()
        self.graph = RateGraph()
        self.graph.setMaximumWidth(260)

        self.encoding_combo = QComboBox()
        self.encoding_combo.addItems(ordered_encodings(ENCODINGS))  # GBK first in Chinese
        self.model.set_encoding(self.encoding_combo.currentText())
        self.follow_check = QCheckBox()
        self.follow_check.setChecked(True)
        self.capacity_label = QLabel()
        self.capacity_label.setWordWrap(True)
        set_text_colour(self.capacity_label, "muted")
        self.clear_button = QPushButton()
        self.export_button = QPushButton()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        digits = self.fontMetrics().horizontalAdvance("0")
        for column, chars in ((0, 7), (1, 12), (2, 19), (3, 6)):
            header.resizeSection(column, digits * chars + 12)

        self.detail_label = QLabel()
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setWordWrap(True)  # a long line never widens the column
        self.copy_hex_button = QPushButton()
        self.copy_text_button = QPushButton()
        self.dump_view = HexDumpView("", "", limit=DUMP_LIMIT)
        self.reply_edit = QLineEdit()
        self.reply_button = QPushButton()
        self.reply_error = FieldError()
        self.streams_view = StreamsView()

        bind_row = QHBoxLayout()
        self.bind_label = buddy_label("", self.host_edit)
        self.port_label = buddy_label("", self.port_spin)
        self.group_label = buddy_label("", self.group_edit)
        self.preview_label = buddy_label("", self.encoding_combo)
        bind_row.addWidget(self.bind_label)
        bind_row.addWidget(self.host_edit)
        bind_row.addWidget(self.port_label)
        bind_row.addWidget(self.port_spin)
        bind_row.addWidget(self.start_button)
        bind_row.addWidget(self.echo_check)
        bind_row.addStretch(1)
        group_row = QHBoxLayout()
        group_row.addWidget(self.group_label)
        group_row.addWidget(self.group_edit, 1)
        group_row.addWidget(self.interface_edit)
        counters_row = QHBoxLayout()
        counters_row.addWidget(self.counters, 1)
        counters_row.addWidget(self.graph)
        table_bar = QHBoxLayout()
        table_bar.addWidget(self.preview_label)
        table_bar.addWidget(self.encoding_combo)
        table_bar.addWidget(self.follow_check)
        table_bar.addStretch(1)
        table_bar.addWidget(self.clear_button)
        table_bar.addWidget(self.export_button)

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_header = QHBoxLayout()
        detail_header.addWidget(self.detail_label, 1)
        detail_header.addWidget(self.copy_hex_button)
        detail_header.addWidget(self.copy_text_button)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_edit, 1)
        reply_row.addWidget(self.reply_button)
        detail_layout.addLayout(detail_header)
        detail_layout.addWidget(self.dump_view, 1)
        detail_layout.addLayout(reply_row)
        detail_layout.addWidget(self.reply_error)

        # The streams share the bottom part with the selected datagram: they are there
        # whenever wanted, and showing them moves nothing.
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setDocumentMode(True)
        self.detail_tabs.addTab(detail, "")
        self.detail_tabs.addTab(self.streams_view, "")

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail_tabs)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        # The status line and the errors share a place two lines high: an error of one or
        # two lines takes the status line's place, so showing or clearing it moves
        # nothing below (the table, its divider); only a longer one grows the place.
        self.message_area = QWidget()
        messages = QVBoxLayout(self.message_area)
        messages.setContentsMargins(0, 0, 0, 0)
        messages.setSpacing(0)
        for line in (self.host_error, self.group_error, self.general_error, self.status_label):
            messages.addWidget(line)
        messages.addStretch(1)
        self.message_area.setMinimumHeight(2 * self.status_label.fontMetrics().lineSpacing() + 2)

        layout = QVBoxLayout(self)
        layout.addLayout(bind_row)
        layout.addLayout(group_row)
        layout.addWidget(self.message_area)
        layout.addLayout(counters_row)
        layout.addWidget(self.capacity_label)
        layout.addLayout(table_bar)
        layout.addWidget(self.splitter, 1)

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self._on_start_clicked)
        self.echo_check.toggled.connect(self._on_echo_toggled)
        self.encoding_combo.currentTextChanged.connect(self._on_encoding_changed)
        self.clear_button.clicked.connect(self.clear)
        self.export_button.clicked.connect(self._choose_export)
        self.copy_hex_button.clicked.connect(self.copy_hex)
        self.copy_text_button.clicked.connect(self.copy_text)
        self.reply_button.clicked.connect(self.reply_to_selected)
        self.reply_edit.returnPressed.connect(self.reply_to_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self._table_timer.timeout.connect(self._apply_pending)
        self._run.events.connect(self._on_events)
        self._run.failed.connect(self.general_error.show_error)
        # A changed address or port is a new try: the old bind error (such as "Port 80 is
        # privileged") and "could not start" no longer describe it.
        self.host_edit.textChanged.connect(self._on_bind_edited)
        self.port_spin.valueChanged.connect(self._on_bind_edited)
        self.group_edit.textChanged.connect(self._on_bind_edited)
        self.interface_edit.textChanged.connect(self._on_bind_edited)
        self._run.finished.connect(self._on_finished)
        for error in (self.host_error, self.group_error, self.general_error):
            error.error_changed.connect(self._on_error_changed)

    @Slot()
    def _on_bind_edited(self) -> None:
        if self.is_running():
            return
        for error in (self.host_error, self.group_error, self.general_error):
            error.clear_error()
        if self._could_not_start:
            self._could_not_start = False
            self._set_status(lambda: self.tr("Stopped."))

    @Slot(str)
    def _on_error_changed(self, _text: str) -> None:
        """An error takes the status line's place; the status comes back when it goes."""
        errors = (self.host_error, self.group_error, self.general_error)
        self.status_label.setVisible(not any(error.has_error() for error in errors))

    def _set_status(self, text: Callable[[], str]) -> None:
        """Show the status line `text()` writes, and keep it for a language switch."""
        self._status = text
        self.status_label.setText(text())

    # ----------------------------------------------------------------- running
    def is_running(self) -> bool:
        """True while the receiver's thread runs."""
        return self._run.is_running()

    @property
    def engine(self) -> UdpReceiverEngine | None:
        """The current engine (None before the first start)."""
        return self._engine

    @Slot(bool)
    def _on_start_clicked(self, checked: bool) -> None:
        if checked:
            self.start()
        else:
            self.stop()

    @Slot()
    def start(self) -> bool:
        """Bind and listen with the form's settings; False (reason shown) if it cannot."""
        if self.is_running():
            return True
        for error in (self.host_error, self.group_error, self.general_error):
            error.clear_error()
        try:
            host = validate_host(self.host_edit.text())
        except AddressError as exc:
            self.host_error.show_error(exc)
            self._set_running(False)
            return False
        group = self.group_edit.text().strip()
        problem = multicast_group_problem(group) if group else None
        if problem is not None:
            self.group_error.show_error(problem)
            self._set_running(False)
            return False
        # The previous run's thread has ended (is_running() above), so its totals can
        # go on in the new run: Stop and Start keep the count, only Clear restarts it.
        previous = self._engine
        keep = previous is not None and not self._count_cleared
        engine = UdpReceiverEngine(
            host,
            self.port_spin.value(),
            group=group,
            interface=self.interface_edit.text(),
            echo=self.echo_check.isChecked(),
            tally=previous.tally if keep and previous is not None else None,
            generation=self._generation,
        )
        freeze_long_lived_objects()
        self._engine = engine
        self._count_cleared = False
        self._run_first_datagram = engine.datagrams
        self._could_not_start = False
        self._set_status(lambda: self.tr("Starting…"))
        self._run.start(engine)
        self._set_running(True)
        return True

    @Slot()
    def stop(self) -> None:
        """Close the socket and stop the thread (the counters keep their last values)."""
        self._run.stop(3000)
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        self.start_button.setChecked(running)
        self.start_button.setText(self.tr("Stop") if running else self.tr("Start"))
        for widget in (self.host_edit, self.port_spin, self.group_edit, self.interface_edit):
            widget.setEnabled(not running)
        self._update_reply_enabled()
        self.running_changed.emit(running)

    @Slot(bool)
    def _on_echo_toggled(self, enabled: bool) -> None:
        if self._engine is not None and self.is_running():
            try:
                self._engine.set_echo(enabled)
            except EngineStopped:  # it stopped a moment ago; the next start takes the box
                self._show_engine_stopped(self.general_error)

    def _show_engine_stopped(self, place: FieldError) -> None:
        """The engine ended while its thread was still finishing: say so, show stopped."""
        place.show_error(self.tr("The receiver has stopped. Press Start to receive again."))
        self._set_running(False)

    @Slot(object)
    def _on_events(self, batch: list[Event]) -> None:
        datagram_batches: list[DatagramBatch] = []
        trace: list[Event] = []
        generation = self._generation
        for event in batch:
            if isinstance(event, DatagramBatch):
                if event.generation == generation:  # else counted before a Clear
                    datagram_batches.append(event)
            elif isinstance(event, ReceiverCounters):
                if event.generation == generation:
                    self._show_counters(event)
            elif isinstance(event, ReceiverBound):
                self._on_bound(event)
                trace.append(event)
            elif isinstance(event, ErrorEvent):
                self._show_error(event)
                trace.append(event)
            elif isinstance(event, StateEvent) and event.state == "stopped":
                self._on_stopped()
                trace.append(event)
            else:
                trace.append(event)
        if datagram_batches:
            self._pending.extend(datagram_batches)
            self._schedule_table_update()
        if trace:
            self.trace_events.emit(trace)

    def _schedule_table_update(self) -> None:
        """Show the new rows now, or when TABLE_UPDATE_MS have passed since the last time."""
        if self._table_timer.isActive():
            return
        elapsed = self._since_table_update.elapsed()
        if elapsed >= TABLE_UPDATE_MS:
            self._apply_pending()
        else:
            self._table_timer.start(TABLE_UPDATE_MS - elapsed)

    @Slot()
    def _apply_pending(self) -> None:
        self._table_timer.stop()
        self._since_table_update.restart()
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        self.model.append_batches(pending)
        if self.follow_check.isChecked():
            self.table.scrollToBottom()

    def _show_counters(self, counters: ReceiverCounters) -> None:
        self.last_counters = counters
        self.counters.show_counters(counters)
        self.graph.add_sample(counters.datagrams_per_second)
        self._show_echo_tip(counters)
        self.streams_view.show_streams(counters.streams, counters.stream_count)
        self._show_stream_count()

    def _show_echo_tip(self, counters: ReceiverCounters) -> None:
        """The Datagrams counter's tip: how many were echoed (and not sent)."""
        if counters.echoed or counters.echo_dropped:
            if counters.echo_dropped:
                tip = self.tr("Echoed {count}, {dropped} not sent")
            else:
                tip = self.tr("Echoed {count}")
            self.counters.values["Datagrams"].setToolTip(
                tip.format(
                    count=format_count(counters.echoed), dropped=format_count(counters.echo_dropped)
                )
            )

    def _on_bound(self, bound: ReceiverBound) -> None:
        self._set_status(lambda: self._bound_text(bound))

    def _bound_text(self, bound: ReceiverBound) -> str:
        where = format_address((bound.host, bound.port))
        if bound.group:
            text = self.tr("Listening on {address}, joined {group} · receive buffer {buffer}")
        else:
            text = self.tr("Listening on {address} · receive buffer {buffer}")
        return text.format(
            address=where, group=bound.group, buffer=format_bytes(bound.receive_buffer)
        )

    def _on_stopped(self) -> None:
        self._apply_pending()
        if not self.general_error.has_error() and self._engine is not None:
            count = self._engine.datagrams - self._run_first_datagram
            self._set_status(lambda: self._stopped_text(count))
        self._set_running(False)

    def _stopped_text(self, count: int) -> str:
        with window_numbers():
            return self.tr("Stopped. Received %Ln datagram(s).", "", count)

    def _show_error(self, error: ErrorEvent) -> None:
        target = {
            "host": self.host_error,
            "port": self.host_error,
            "group": self.group_error,
            "reply": self.reply_error,
        }.get(error.field, self.general_error)
        target.show_error(error.message)
        if error.fatal:
            self._could_not_start = True
            self._set_status(lambda: self.tr("Stopped: could not start."))

    @Slot()
    def _on_finished(self) -> None:
        self._set_running(False)

    # ----------------------------------------------------------------- table
    def counting_rule(self) -> str:
        """The one rule for the table and the counters, in words (Clear's and Start's tip)."""
        return self.tr(
            "Clear empties the table and the counters (streams, loss, rate) and starts a new "
            "count, even while receiving. Stop and Start keep both: the next run goes on "
            "counting, so datagrams sent while stopped show as lost."
        )

    def numbering_rule(self) -> str:
        """What the # column and the sequence number count."""
        return self.tr(
            "#: the datagrams received since the last Clear, from 1. Sequence: the sender's "
            "own number from its sequence header, from 0."
        )

    @Slot()
    def clear(self) -> None:
        """Empty the table, the detail pane, the counters, the streams and the graph:
        a new count begins (the running engine's too)."""
        self._generation += 1
        self._pending = []
        self._table_timer.stop()
        self.model.clear()
        self._show_detail(None, 0)
        self.last_counters = None
        self.counters.show_counters(None)
        self.graph.clear()
        self.streams_view.clear()
        self._show_stream_count()
        self._run_first_datagram = 0
        if self._engine is not None and self.is_running():
            try:
                self._engine.reset_counts(self._generation)
            except EngineStopped:  # it stopped a moment ago: the next Start counts from 0
                self._count_cleared = True
        else:
            self._count_cleared = True

    def _show_stream_count(self) -> None:
        count = self.streams_view.stream_count()
        if count:
            title = self.tr("Streams ({count})").format(count=format_count(count))
        else:
            title = self.tr("Streams")
        self.detail_tabs.setTabText(1, title)
        self.detail_tabs.setTabToolTip(1, self.streams_view.rule_text())

    @Slot(str)
    def _on_encoding_changed(self, encoding: str) -> None:
        self.model.set_encoding(encoding)
        self._show_detail(self._selected, self._selected_number)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            row = indexes[0].row()
            self._show_detail(self.model.datagram(row), self.model.number(row))

    @Slot(QModelIndex)
    def _on_double_clicked(self, index: QModelIndex) -> None:
        self.follow_check.setChecked(False)  # stay on the row the user is reading
        self.reply_edit.setFocus()

    def select_row(self, row: int) -> None:
        """Select a table row (and show it in the detail pane)."""
        self.table.selectRow(row)

    def _show_detail(self, datagram: Datagram | None, number: int) -> None:
        self._selected, self._selected_number = datagram, number
        self.copy_hex_button.setEnabled(datagram is not None)
        self.copy_text_button.setEnabled(datagram is not None)
        self._update_reply_enabled()
        if datagram is None:
            self.detail_label.setText(self.tr("No datagram selected."))
            self.dump_view.clear()
            self.dump_view.setExtraSelections([])
            return
        _when, address, data = datagram
        header = parse_header(data)
        encoding = self.encoding_combo.currentText()
        values = {
            "number": format_count(number),
            "address": format_address(address),
            "size": format_count(len(data)),
        }
        if header:
            stream_id, sequence = header
            text = self.tr(
                "#{number} from {address}, {size} bytes · sequence {sequence} "
                "(the sender counts from 0)"
            )
            values["sequence"] = format_count(sequence)
            heading = self.tr(
                "Bytes 0-11 (marked): sequence header, magic SLSQ, stream {stream}, "
                "number {sequence}. The payload follows."
            ).format(stream=f"{stream_id:08x}", sequence=format_count(sequence))
            payload = data[HEADER_SIZE:]
        else:
            text = self.tr("#{number} from {address}, {size} bytes")
            heading = ""
            payload = data
        self.detail_label.setText(text.format(**values))
        self.detail_label.setToolTip(self.numbering_rule())
        # The decoded text line, as the raw terminal has: the payload in the chosen
        # encoding, control characters written as escapes (one line).
        footer = self.tr("{encoding}: {text}").format(
            encoding=encoding, text=preview_text(payload, encoding, DECODED_LENGTH)
        )
        self.dump_view.show_bytes(
            data,
            heading=heading,
            footer=footer,
            marked=HEADER_SIZE if header else 0,
            mark_background=header_background(self.dump_view.palette()),
        )

    def selected_datagram(self) -> Datagram | None:
        """The datagram in the detail pane."""
        return self._selected

    @Slot()
    def copy_hex(self) -> None:
        """Copy the selected datagram as spaced hex."""
        if self._selected is not None:
            QGuiApplication.clipboard().setText(self._selected[2].hex(" "))

    @Slot()
    def copy_text(self) -> None:
        """Copy the selected datagram as text in the preview encoding."""
        if self._selected is not None:
            text = decode_text(self._selected[2], self.encoding_combo.currentText())
            QGuiApplication.clipboard().setText(text)

    def _update_reply_enabled(self) -> None:
        self.reply_button.setEnabled(self._selected is not None and self.is_running())

    @Slot()
    def reply_to_selected(self) -> bool:
        """Send the reply payload to the selected datagram's source, from our port."""
        if self._selected is None or self._engine is None or not self.is_running():
            self.reply_error.show_error(
                self.tr("Start the receiver and select a datagram to reply to.")
            )
            return False
        try:
            payload = parse_escapes(self.reply_edit.text(), self.encoding_combo.currentText())
        except PayloadError as exc:
            self.reply_error.show_error(exc)
            return False
        self.reply_error.clear_error()
        try:
            self._engine.reply(self._selected[1], payload)
        except EngineStopped:  # it stopped between the check and the call
            self._show_engine_stopped(self.reply_error)
            return False
        return True

    # ----------------------------------------------------------------- export
    def export_csv(self, path: str | Path) -> ExportWriter | None:
        """Start writing the table's datagrams to a CSV file, off the GUI thread; returns
        the running writer (None while another export runs). `export_finished` or
        `export_failed` follows."""
        if self.is_exporting():
            return None
        rows = self.model.rows()
        chunks = csv_chunks(rows, self.encoding_combo.currentText())
        writer = ExportWriter(path, chunks, len(rows), self)
        writer.finished.connect(self._export_done)
        writer.failed.connect(self._export_failed)
        self._export = writer
        self.export_button.setEnabled(False)
        writer.start()
        return writer

    def is_exporting(self) -> bool:
        """True while a CSV export writes."""
        return self._export is not None and self._export.is_running()

    def _exported_text(self, written: int) -> str:
        with window_numbers():
            return self.tr("Exported %Ln datagram(s) to {file}.", "", written)

    @Slot(str, int)
    def _export_done(self, path: str, written: int) -> None:
        self._end_export()
        self.general_error.clear_error()
        name = Path(path).name
        self._set_status(lambda: self._exported_text(written).format(file=name))
        self.export_finished.emit(path, written)

    @Slot(object)
    def _export_failed(self, message: str) -> None:
        self._end_export()
        self.general_error.show_error(message)
        self.export_failed.emit(self.general_error.text())

    def _end_export(self) -> None:
        self.export_button.setEnabled(True)
        if self._export is not None:
            self._export.deleteLater()
            self._export = None

    @Slot()
    def _choose_export(self) -> None:
        path = ask_export_path(
            self, self.tr("Export received datagrams"), "datagrams.csv", self.tr("CSV (*.csv)")
        )
        if path:
            self.export_csv(path)

    # ----------------------------------------------------------------- life
    def shutdown(self) -> None:
        """Stop the receiver's thread and any export (its partial file is deleted)."""
        self._run.stop(3000)
        if self._export is not None:
            self._export.cancel()

    def save_settings(self, settings: QSettings) -> None:
        """Remember the form."""
        settings.setValue("udp/receive/host", self.host_edit.text())
        settings.setValue("udp/receive/port", self.port_spin.value())
        settings.setValue("udp/receive/group", self.group_edit.text())
        settings.setValue("udp/receive/interface", self.interface_edit.text())
        settings.setValue("udp/receive/echo", self.echo_check.isChecked())
        settings.setValue("udp/receive/encoding", self.encoding_combo.currentText())
        settings.setValue("udp/receive/follow", self.follow_check.isChecked())

    def restore_settings(self, settings: QSettings) -> None:
        """Bring back the form as it was."""
        if not settings.contains("udp/receive/port"):
            return
        self.host_edit.setText(read_setting("udp/receive/host", "0.0.0.0", settings))
        self.port_spin.setValue(read_setting("udp/receive/port", 5555, settings))
        self.group_edit.setText(read_setting("udp/receive/group", "", settings))
        self.interface_edit.setText(read_setting("udp/receive/interface", "", settings))
        self.echo_check.setChecked(read_setting("udp/receive/echo", False, settings))
        encoding = read_setting("udp/receive/encoding", "UTF-8", settings)
        self.encoding_combo.setCurrentIndex(max(self.encoding_combo.findText(encoding), 0))
        self.follow_check.setChecked(read_setting("udp/receive/follow", True, settings))
