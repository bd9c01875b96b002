"""The Packets tab: capture on an interface (or open a file), list the packets, and show
the selected one as a sequence diagram, a layer tree over its bytes, and in words.

The CaptureEngine runs on an EngineRun; its PacketsCaptured batches go to a bounded
model (the last 10,000 packets). Files are read and written off the GUI thread with a
BlockingCall. When this machine cannot capture, the engine's reason and how to allow
it are shown in the tab, which still opens and saves files.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QEvent,
    QItemSelection,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.events import ErrorEvent, Event, StateEvent
from app.core.packets.model import Packet
from app.ui.field_error import FieldError
from app.ui.focus import buddy_label
from app.ui.i18n import translate_message, ui_locale, window_numbers
from app.ui.packets.byte_view import PacketBytesView
from app.ui.packets.explanation import ExplanationView
from app.ui.packets.layer_tree import LayerTree
from app.ui.packets.packet_model import DEFAULT_CAPACITY, PacketTableModel
from app.ui.packets.sequence_diagram import SequenceDiagram
from app.ui.settings import app_settings, read_setting, write_settings
from app.ui.theme import set_text_colour
from app.workers import EngineRun
from app.workers.blocking_call import BlockingCall

INTERFACE_KEY = "packets/interface"
PRESET_KEY = "packets/preset"
FILTER_KEY = "packets/filter"
ROWS_KEY = "packets/rows"
COLUMNS_KEY = "packets/columns"
DETAIL_KEY = "packets/detail"

# Presets: key, title, and the filter they fill in ({port} from the Chat or UDP tab).
CHAT, UDP, PING, DNS, ARP, EVERYTHING = "chat", "udp", "ping", "dns", "arp", "all"
PRESETS: tuple[tuple[str, str], ...] = (
    (CHAT, QT_TRANSLATE_NOOP("PacketsTab", "This chat connection")),
    (UDP, QT_TRANSLATE_NOOP("PacketsTab", "This UDP port")),
    (PING, QT_TRANSLATE_NOOP("PacketsTab", "Ping (ICMP)")),
    (DNS, QT_TRANSLATE_NOOP("PacketsTab", "DNS")),
    (ARP, QT_TRANSLATE_NOOP("PacketsTab", "ARP")),
    (EVERYTHING, QT_TRANSLATE_NOOP("PacketsTab", "Everything on loopback")),
)
DEFAULT_CHAT_PORT = 5555
DEFAULT_UDP_PORT = 5555


def preset_filter(preset: str, chat_port: int | None, udp_port: int | None) -> str:
    """The filter text a preset fills in."""
    if preset == CHAT:
        return f"tcp port {chat_port or DEFAULT_CHAT_PORT}"
    if preset == UDP:
        return f"udp port {udp_port or DEFAULT_UDP_PORT}"
    if preset == PING:
        return "icmp"
    if preset == DNS:
        return "port 53"
    if preset == ARP:
        return "arp"
    return ""


def _loopback() -> str:
    try:
        from app.core.packets.capture import loopback_interface
    except ImportError:  # pragma: no cover - the engine is part of the package
        return "lo"
    return loopback_interface()


class PacketsTab(QWidget):
    """Capture or open packets and explain them."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = EngineRun(self)
        self._file_call: BlockingCall | None = None
        self._chat_port: int | None = None
        self._udp_port: int | None = None
        self._filling = False  # a preset is filling the filter field
        self._selected: Packet | None = None
        self._capturing = False
        self._fast_switches = False  # holding app.workers.thread_switches while capturing
        self._opening = ""  # the file being read or written, for the status line
        self._saving = ""
        self._status: tuple = ("",)  # what the status line says, as values
        self._capture_error: object = ""  # why the capture failed (a core Message)
        self.total = 0
        self.dropped = 0
        self.model = PacketTableModel(capacity, self)
        self._build()
        self._connect_signals()
        self._restore_settings()
        self._set_running(False)
        self._show_counter()
        self._show_packet(None)
        self.retranslate()

    # ----------------------------------------------------------------- building
    def _build(self) -> None:
        self.interface_combo = QComboBox()
        self.interface_combo.setEditable(True)
        self.interface_combo.setMinimumContentsLength(6)
        self._fill_interfaces()
        self.preset_combo = QComboBox()
        for key, title in PRESETS:
            self.preset_combo.addItem(self.tr(title), key)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_error = FieldError()
        self.start_button = QPushButton()
        self.start_button.setCheckable(True)
        self.counter_label = QLabel()
        self.open_button = QPushButton()
        self.save_button = QPushButton()
        self.file_error = FieldError()
        self.status_label = QLabel()
        set_text_colour(self.status_label, "muted")  # grey, readable in either theme
        self.capture_error = QLabel()
        self.capture_error.setObjectName("captureError")
        self.capture_error.setWordWrap(True)
        self.capture_error.setTextFormat(Qt.TextFormat.PlainText)
        self.capture_error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.capture_error.hide()
        self._colour_capture_error()

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        self._fit_table()

        self.diagram = SequenceDiagram()
        self.diagram_scroll = QScrollArea()
        self.diagram_scroll.setWidget(self.diagram)
        self.diagram_scroll.setWidgetResizable(True)
        self.diagram_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.layer_tree = LayerTree()
        self.bytes_view = PacketBytesView()
        self.explanation = ExplanationView()

        self.interface_label = buddy_label("", self.interface_combo)
        self.preset_label = buddy_label("", self.preset_combo)
        self.filter_label = buddy_label("", self.filter_edit)
        tools = QHBoxLayout()
        tools.addWidget(self.interface_label)
        tools.addWidget(self.interface_combo)
        tools.addWidget(self.preset_label)
        tools.addWidget(self.preset_combo)
        tools.addWidget(self.filter_label)
        tools.addWidget(self.filter_edit, 1)
        tools.addWidget(self.start_button)
        status = QHBoxLayout()
        status.addWidget(self.counter_label)
        status.addWidget(self.status_label, 1)
        status.addWidget(self.file_error, 1)
        status.addWidget(self.open_button)
        status.addWidget(self.save_button)

        self.detail = QSplitter(Qt.Orientation.Vertical)  # the tree over the bytes
        self.detail.addWidget(self.layer_tree)
        self.detail.addWidget(self.bytes_view)
        self.detail.setChildrenCollapsible(False)
        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.columns.addWidget(self.diagram_scroll)
        self.columns.addWidget(self.detail)
        self.columns.addWidget(self.explanation)
        self.columns.setChildrenCollapsible(False)
        self.columns.setStretchFactor(0, 3)
        self.columns.setStretchFactor(1, 3)
        self.columns.setStretchFactor(2, 2)
        self.columns.setSizes([380, 380, 260])
        self.rows = QSplitter(Qt.Orientation.Vertical)
        self.rows.addWidget(self.table)
        self.rows.addWidget(self.columns)
        self.rows.setChildrenCollapsible(False)
        self.rows.setStretchFactor(0, 2)
        self.rows.setStretchFactor(1, 3)
        self.rows.setSizes([200, 300])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(tools)
        layout.addWidget(self.filter_error)
        layout.addLayout(status)
        layout.addWidget(self.capture_error)
        layout.addWidget(self.rows, 1)

    def _connect_signals(self) -> None:
        """Every connection of the tab, in one place."""
        self.start_button.clicked.connect(self._on_start_clicked)
        self.preset_combo.currentIndexChanged.connect(self._on_preset_changed)
        self.filter_edit.textEdited.connect(self.filter_error.clear_error)
        self.filter_edit.returnPressed.connect(self._on_filter_entered)
        self.open_button.clicked.connect(self._choose_open)
        self.save_button.clicked.connect(self._choose_save)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.layer_tree.range_selected.connect(self.bytes_view.highlight)
        self.diagram.packet_clicked.connect(self.select_packet)
        self._run.events.connect(self._on_events)
        self._run.failed.connect(self._show_capture_error)
        self._run.finished.connect(self._on_finished)

    def _fill_interfaces(self) -> None:
        names: list[str] = []
        try:
            from app.core.packets.capture import list_capture_interfaces

            names = list_capture_interfaces()
        except (ImportError, OSError):  # pragma: no cover - listing never stops the tab
            names = []
        loopback = _loopback()
        if loopback not in names:
            names.insert(0, loopback)
        self.interface_combo.addItems(names)
        self.interface_combo.setCurrentText(loopback)

    def _colour_capture_error(self) -> None:
        from app.ui.theme import window_status_color

        colour = window_status_color("error", self.capture_error).name()
        self.capture_error.setStyleSheet(f"QLabel#captureError {{ color: {colour}; }}")

    def _fit_table(self) -> None:
        """Row height and column widths for the font (it changes with View > Zoom)."""
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        digits = self.fontMetrics().horizontalAdvance("0")
        header = self.table.horizontalHeader()
        for column, chars in ((0, 7), (1, 16), (2, 20), (3, 20), (4, 8), (5, 7)):
            header.resizeSection(column, digits * chars + 12)

    def retranslate(self) -> None:
        """Every text again in the window's language: the toolbar, the presets (the
        chosen one stays chosen), the counter, the status line (from the values kept) and
        the list's titles. The layer tree, the explanation, the diagram and the bytes
        retranslate themselves, from the selected packet they keep."""
        self.interface_label.setText(self.tr("Interface"))
        self.interface_combo.setAccessibleName(self.tr("Interface"))
        self.interface_combo.setToolTip(self.tr("The network interface to capture on"))
        self.preset_label.setText(self.tr("Preset"))
        self.preset_combo.setAccessibleName(self.tr("Preset"))
        titles = dict(PRESETS)
        for index in range(self.preset_combo.count()):  # by key: the choice stays
            key = self.preset_combo.itemData(index)
            if key in titles:
                self.preset_combo.setItemText(index, self.tr(titles[key]))
        self.preset_combo.setToolTip(self.tr("Fills in the filter; typing a filter overrides it"))
        self.filter_label.setText(self.tr("Filter"))
        self.filter_edit.setAccessibleName(self.tr("Capture filter"))
        self.filter_edit.setPlaceholderText(self.tr("filter, e.g. tcp port 5555 (empty: all)"))
        self._show_start_text()
        self.counter_label.setAccessibleDescription(self.tr("Packets captured"))
        self.open_button.setText(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Open a pcap or pcapng capture file"))
        self.save_button.setText(self.tr("Save…"))
        self.save_button.setToolTip(self.tr("Save the listed packets as a pcapng file"))
        self.capture_error.setAccessibleDescription(self.tr("Capture error"))
        if self._capture_error:
            self.capture_error.setText(translate_message(self._capture_error))  # type: ignore[arg-type]
        self.table.setAccessibleName(self.tr("Packets"))
        self.diagram_scroll.setAccessibleName(self.tr("Sequence diagram"))
        self.model.retranslate()
        self._show_counter()
        self._show_status()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a theme switch, a zoom and a language switch."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "diagram_scroll"):
            self.retranslate()
        if event.type() == QEvent.Type.FontChange and hasattr(self, "table"):
            self._fit_table()
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "capture_error"):
            self.capture_error.blockSignals(True)
            self._colour_capture_error()
            self.capture_error.blockSignals(False)

    # ----------------------------------------------------------------- presets
    def set_chat_port(self, port: int | None) -> None:
        """The Chat tab's current server port (the "This chat connection" preset)."""
        self._chat_port = port
        if self.preset() == CHAT:
            self._fill_filter()

    def set_udp_port(self, port: int | None) -> None:
        """The UDP tab's port (the "This UDP port" preset)."""
        self._udp_port = port
        if self.preset() == UDP:
            self._fill_filter()

    def show_port(self, port: int) -> None:
        """Show the packets of a port (from the Events pane's "Show the packets"): the
        filter becomes `port N`, and the first kept packet of it is selected."""
        self.filter_edit.setText(f"port {port}")
        self.filter_error.clear_error()
        for row in range(self.model.rowCount()):
            packet = self.model.packet(row)
            if port in (packet.sport, packet.dport):
                self.select_row(row)
                return

    def preset(self) -> str:
        """The key of the chosen preset."""
        return str(self.preset_combo.currentData())

    def set_preset(self, key: str) -> None:
        """Choose a preset (it fills the filter)."""
        index = self.preset_combo.findData(key)
        if index >= 0:
            self.preset_combo.setCurrentIndex(index)
            self._fill_filter()

    @Slot(int)
    def _on_preset_changed(self, _index: int) -> None:
        self._fill_filter()

    def _fill_filter(self) -> None:
        self.filter_edit.setText(preset_filter(self.preset(), self._chat_port, self._udp_port))
        self.filter_error.clear_error()

    def check_filter(self) -> bool:
        """True when the filter is valid; else its error shows under it (text kept)."""
        text = self.filter_edit.text().strip()
        if not text:
            self.filter_error.clear_error()
            return True
        from app.core.packets.filter import parse_filter

        try:
            parse_filter(text)
        except ValueError as exc:
            self.filter_error.show_error(exc)
            return False
        self.filter_error.clear_error()
        return True

    @Slot()
    def _on_filter_entered(self) -> None:
        if self.check_filter() and not self.is_running():
            self.start()

    # ----------------------------------------------------------------- capture
    def is_running(self) -> bool:
        """True while a capture runs (or is opening its socket)."""
        return self._run.is_running()

    def busy_reason(self) -> str | None:
        """Why quitting now would cut something off (a capture running), or None."""
        if self.is_running():
            return self.tr("A packet capture is running.")
        return None

    def is_capturing(self) -> bool:
        """True once the capture reads from the interface, until it stops."""
        return self._capturing and self.is_running()

    @Slot(bool)
    def _on_start_clicked(self, checked: bool) -> None:
        if checked:
            self.start()
        else:
            self.stop()

    @Slot()
    def start(self) -> bool:
        """Capture on the chosen interface with the filter; False (reason shown) if not."""
        if self.is_running():
            return True
        self.capture_error.hide()
        if not self.check_filter():
            self._set_running(False)
            return False
        from app.core.packets.capture import CaptureEngine, methods_from_environment

        try:
            engine = CaptureEngine(
                interface=self.interface_combo.currentText().strip() or _loopback(),
                filter_text=self.filter_edit.text().strip(),
                methods=methods_from_environment(),  # SOCKETLAB_CAPTURE_METHODS, as the CLI
            )
        except ValueError as exc:
            self.filter_error.show_error(exc)
            self._set_running(False)
            return False
        self._clear()
        self._capturing = False
        self._set_status("starting")
        self._run.start(engine)
        self._set_running(True)
        return True

    @Slot()
    def stop(self) -> None:
        """Stop the capture (the list keeps its packets)."""
        self._run.stop(3000)
        self._set_running(False)

    def _set_running(self, running: bool) -> None:
        from app.workers.thread_switches import hold_fast_switches, release_fast_switches

        # The capture decodes a flood in Python: 1 ms GIL hand-overs keep the window smooth.
        if running and not self._fast_switches:
            hold_fast_switches()
        elif not running and self._fast_switches:
            release_fast_switches()
        self._fast_switches = running
        self.start_button.setChecked(running)
        self._show_start_text()
        for widget in (self.interface_combo, self.preset_combo, self.filter_edit):
            widget.setEnabled(not running)
        self.open_button.setEnabled(not running and self._file_call is None)
        self.save_button.setEnabled(self._file_call is None)

    @Slot(object)
    def _on_events(self, batch: list[Event]) -> None:
        from app.core.packets.capture import CaptureStarted, CaptureStats, PacketsCaptured

        packets: list[Packet] = []
        for event in batch:
            if isinstance(event, PacketsCaptured):
                packets.extend(event.packets)
                self.total, self.dropped = event.total, event.dropped
            elif isinstance(event, CaptureStats):
                self.total = max(self.total, event.packets)
                self.dropped = max(self.dropped, event.dropped + event.kernel_dropped)
            elif isinstance(event, ErrorEvent):
                if event.fatal or self.capture_error.isHidden():
                    self._show_capture_error(event.message)
            elif isinstance(event, CaptureStarted):
                self._capturing = True
                self._set_status("capturing", event.interface, event.method)
            elif isinstance(event, StateEvent) and event.state == "stopped":
                self._capturing = False
                if not self.capture_error.isHidden():
                    self._set_status("")  # the error says why
                else:
                    self._set_status("stopped")
                self._set_running(False)
        if packets:
            self.append_packets(packets)
        self._show_counter()

    def append_packets(self, packets: list[Packet]) -> None:
        """Add packets to the list, following the newest unless the user scrolled up."""
        bar = self.table.verticalScrollBar()
        follow = bar.value() >= bar.maximum() - 1
        self.model.append_packets(packets)
        if follow:
            self.table.scrollToBottom()
        selected = self._selected
        if selected is not None and selected.conversation is not None:
            key = selected.conversation
            if any(packet.conversation == key for packet in packets):
                self._draw_conversation(selected)  # the conversation goes on: draw it all

    def _show_counter(self) -> None:
        locale = ui_locale()
        self.counter_label.setText(
            self.tr("{count} packets, {dropped} dropped").format(
                count=locale.toString(max(self.total, 0)), dropped=locale.toString(self.dropped)
            )
        )

    def _show_start_text(self) -> None:
        running = self.start_button.isChecked()
        self.start_button.setText(self.tr("Stop") if running else self.tr("Start"))

    def _set_status(self, *values: object) -> None:
        self._status = values
        self._show_status()

    def _show_status(self) -> None:
        """The status line, in the window's language, from the values kept."""
        kind, *values = self._status
        if kind == "starting":
            text = self.tr("Starting…")
        elif kind == "capturing":
            interface, method = values
            text = self.tr("Capturing on {interface} ({method}).").format(
                interface=interface, method=method
            )
        elif kind == "stopped":
            text = self.tr("Stopped.")
        elif kind == "reading":
            text = self.tr("Reading {file}…").format(file=values[0])
        elif kind == "saving":
            text = self.tr("Saving {file}…").format(file=values[0])
        elif kind == "opened":
            count, name = values
            text = self._opened_text(count).format(file=name)  # type: ignore[arg-type]
        elif kind == "saved":
            count, name = values
            text = self.tr("Saved {count} packets to {file}.").format(
                count=ui_locale().toString(count), file=name
            )
        else:
            text = ""
        self.status_label.setText(text)

    @Slot(object)
    def _show_capture_error(self, message: object) -> None:
        self._capture_error = message  # kept: shown again in a new language
        self.capture_error.setText(translate_message(message))  # type: ignore[arg-type]
        self.capture_error.show()

    @Slot()
    def _on_finished(self) -> None:
        self._set_running(False)

    def _clear(self) -> None:
        self.model.clear()
        self.total = self.dropped = 0
        self._show_counter()
        self._show_packet(None)

    # ----------------------------------------------------------------- selection
    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self._show_packet(self.model.packet(indexes[0].row()))

    def select_row(self, row: int) -> None:
        """Select a row of the list (and show its packet)."""
        self.table.selectRow(row)

    @Slot(object)
    def select_packet(self, packet: Packet) -> None:
        """Select `packet` in the list, if it is still kept."""
        row = self.model.row_of(packet)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_packet(self) -> Packet | None:
        """The packet shown below the list."""
        return self._selected

    def _show_packet(self, packet: Packet | None) -> None:
        self._selected = packet
        if packet is None:
            self.diagram.clear()
            self.layer_tree.show_packet(None)
            self.bytes_view.clear_bytes()
            self.explanation.show_packet(None)
            return
        self._draw_conversation(packet)
        self.layer_tree.show_packet(packet)
        self.bytes_view.show_bytes(packet.frame.data)
        self.explanation.show_packet(packet)
        top = self.diagram.arrow_top(packet)  # keep the selected arrow in sight
        if top is not None:
            self.diagram_scroll.ensureVisible(0, top, 0, self.diagram.row_height() * 2)

    def _draw_conversation(self, packet: Packet) -> None:
        """Draw the kept packets of `packet`'s conversation, `packet` highlighted."""
        if packet.conversation is not None:
            conversation = self.model.conversation(packet.conversation, limit=self.model.capacity)
        else:
            conversation = [packet]
        self.diagram.set_conversation(conversation, packet)

    # ----------------------------------------------------------------- files
    @Slot()
    def _choose_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a capture"),
            "",
            self.tr("Captures (*.pcapng *.pcap *.cap);;All files (*)"),
        )
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> BlockingCall | None:
        """Read and decode a pcap/pcapng file off the GUI thread (None while busy)."""
        if self._file_call is not None:
            return None
        if self.is_running():
            self.stop()
        from app.core.packets.capture import read_packets
        from app.core.packets.pcapfile import CaptureFileError

        path = str(path)
        self.file_error.clear_error()
        self._set_status("reading", Path(path).name)
        call = BlockingCall(
            lambda: read_packets(path),
            expected=(CaptureFileError, OSError),
            name="read capture file",
            parent=self,
        )
        call.done.connect(self._on_file_read)
        call.failed.connect(self._on_file_failed)
        self._start_file_call(call)
        self._opening = Path(path).name
        return call

    def save_file(self, path: str | Path) -> BlockingCall | None:
        """Write the listed packets' frames to a pcapng file off the GUI thread."""
        if self._file_call is not None:
            return None
        from app.core.packets.pcapfile import CaptureFileError, write_pcapng

        path = str(path)
        frames = [packet.frame for packet in self.model.packets()]
        self.file_error.clear_error()
        self._set_status("saving", Path(path).name)

        def write() -> int:
            write_pcapng(path, frames)
            return len(frames)

        call = BlockingCall(
            write, expected=(CaptureFileError, OSError), name="write capture file", parent=self
        )
        call.done.connect(self._on_file_saved)
        call.failed.connect(self._on_file_failed)
        self._saving = Path(path).name
        self._start_file_call(call)
        return call

    def _start_file_call(self, call: BlockingCall) -> None:
        self._file_call = call
        self._set_running(self.is_running())
        call.start()

    def _end_file_call(self) -> None:
        if self._file_call is not None:
            self._file_call.wait(5.0)
            self._file_call.deleteLater()
            self._file_call = None
        self._set_running(self.is_running())

    @Slot(object)
    def _opened_text(self, count: int) -> str:
        with window_numbers():
            return self.tr("{file}: %Ln packet(s)", "", count)

    def _on_file_read(self, packets: list[Packet]) -> None:
        self._end_file_call()
        self._clear()
        self.total = len(packets)
        self.append_packets(packets)
        self._show_counter()
        self._set_status("opened", len(packets), self._opening)
        if packets:
            self.select_row(0)

    @Slot(object)
    def _on_file_saved(self, count: int) -> None:
        self._end_file_call()
        self._set_status("saved", count, self._saving)

    @Slot(object)
    def _on_file_failed(self, error: object) -> None:
        self._end_file_call()
        self._set_status("")
        if isinstance(error, OSError) and not isinstance(error.args[0] if error.args else 0, str):
            text = self.tr("Cannot use {file}: {reason}").format(
                file=error.filename or "", reason=error.strerror or str(error)
            )
            self.file_error.show_error(text)
        else:
            self.file_error.show_error(error)  # type: ignore[arg-type]

    @Slot()
    def _choose_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the packets"), "capture.pcapng", self.tr("pcapng (*.pcapng)")
        )
        if path:
            self.save_file(path)

    # ----------------------------------------------------------------- settings, life
    def _restore_settings(self) -> None:
        settings = app_settings()
        interface = read_setting(INTERFACE_KEY, "", settings)
        if interface:
            self.interface_combo.setCurrentText(interface)
        preset = read_setting(PRESET_KEY, EVERYTHING, settings)
        index = self.preset_combo.findData(preset)
        self.preset_combo.blockSignals(True)
        self.preset_combo.setCurrentIndex(max(index, 0))
        self.preset_combo.blockSignals(False)
        self.filter_edit.setText(
            read_setting(FILTER_KEY, preset_filter(self.preset(), None, None), settings)
        )
        for key, splitter in (
            (ROWS_KEY, self.rows),
            (COLUMNS_KEY, self.columns),
            (DETAIL_KEY, self.detail),
        ):
            state = read_setting(key, QByteArray(), settings)
            if not state.isEmpty():
                splitter.restoreState(state)

    def save_settings(self) -> None:
        """Remember the interface, the preset, the filter and the splitters."""
        write_settings(
            {
                INTERFACE_KEY: self.interface_combo.currentText(),
                PRESET_KEY: self.preset(),
                FILTER_KEY: self.filter_edit.text(),
                ROWS_KEY: self.rows.saveState(),
                COLUMNS_KEY: self.columns.saveState(),
                DETAIL_KEY: self.detail.saveState(),
            }
        )

    def shutdown(self) -> None:
        """Save the settings, stop the capture and wait for a file being read or written."""
        self.save_settings()
        self._run.stop(3000)
        if self._file_call is not None:
            self._file_call.wait(10.0)
