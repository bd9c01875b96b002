"""The sender half of the UDP tab: target, payload, repeat, options, progress, replies.

The panel only collects input and shows progress; the UdpSenderEngine on its own
thread resolves names, sends and reads replies. One engine serves every send, so the
socket (and its local port) stays the same between sends, and an ICMP "port
unreachable" for one datagram is reported on the next.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSettings, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.core.address import AddressError, Endpoint, parse_endpoint
from app.core.engine import EngineStopped
from app.core.events import ErrorEvent, Event
from app.core.messages import Message
from app.core.trace import format_address
from app.core.udp.addressing import address_kind
from app.core.udp.events import RepliesReceived, SendProgress
from app.core.udp.payload import (
    DEFAULT_ENCODING,
    ENCODINGS,
    PayloadError,
    PayloadFormat,
    build_payload,
    check_size,
    max_payload,
)
from app.core.udp.saved_packets import SavedPacket
from app.core.udp.sender import SendJob, UdpSenderEngine
from app.core.udp.sequence import HEADER_SIZE, preview_datagram
from app.ui.field_error import FieldError
from app.ui.focus import add_shortcut, buddy_label
from app.ui.i18n import (
    format_count,
    format_decimal,
    ordered_encodings,
    translate_message,
    window_numbers,
)
from app.ui.settings import read_setting
from app.ui.theme import set_text_colour
from app.workers import EngineRun

BROADCAST_HINT = QT_TRANSLATE_NOOP(
    "SenderPanel",
    "Needed for 255.255.255.255 and subnet broadcasts (such as 192.168.1.255); "
    "without it the OS refuses with 'permission denied'.",
)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("hint")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    set_text_colour(label, "muted")  # grey, readable in either theme
    return label


class SenderPanel(QGroupBox):
    """Builds send jobs from the form and runs them on a UdpSenderEngine.

    Signals:
        trace_events(object): the engine's event batches, for the Events pane.
    """

    trace_events = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = EngineRun(self)
        self._engine: UdpSenderEngine | None = None
        self._job_id = 0
        self._job_total = 0
        self._replies = 0
        self._not_sent = False  # the status line says "Not sent: see the error above"
        # The status and replies lines as callables that write them in the window's
        # language: retranslate() calls them again after a language switch.
        self._status: Callable[[], str] = lambda: self.tr("Ready.")
        self._replies_text: Callable[[], str] = lambda: self.tr("Replies: none yet.")
        self._build()
        self._connect_signals()
        self._update_payload_size()
        self._update_target_kind()
        self._update_repeat()
        self._set_sending(False)
        self.retranslate()

    def retranslate(self) -> None:
        """Put every fixed word of the form in the window's language (and the size line)."""
        self.setTitle(self.tr("Send"))
        self.target_edit.setPlaceholderText(
            self.tr("host:port, e.g. 192.168.1.20:5555 or [::1]:5555")
        )
        self.target_edit.setAccessibleName(self.tr("Target host and port"))
        self.bind_spin.setSpecialValueText(self.tr("any"))
        self.bind_spin.setAccessibleName(self.tr("Local port"))
        self.bind_spin.setToolTip(self.tr("Send from this local port, so replies come back to it"))
        for index in range(self.format_combo.count()):
            label = PayloadFormat(self.format_combo.itemData(index)).label
            self.format_combo.setItemText(index, translate_message(label))
        self.format_combo.setAccessibleName(self.tr("Payload format"))
        reorder_encodings(self.encoding_combo)
        self.encoding_combo.setAccessibleName(self.tr("Text encoding"))
        # A description, not a name: a label's name would hide the text it shows.
        self.size_label.setAccessibleDescription(self.tr("Payload size"))
        self.payload_edit.setAccessibleName(self.tr("Payload"))
        self.payload_edit.setAccessibleDescription(self.tr("Ctrl+Enter sends"))
        self.count_spin.setSpecialValueText(self.tr("until stopped"))
        self.count_spin.setAccessibleName(self.tr("Number of datagrams"))
        self.count_spin.setToolTip(
            self.tr("How many datagrams to send; 0 sends until you press Stop")
        )
        self.interval_spin.setSuffix(self.tr(" ms"))
        self.interval_spin.setSpecialValueText(self.tr("no pause"))
        self.interval_spin.setAccessibleName(self.tr("Interval in milliseconds"))
        self.interval_spin.setToolTip(
            self.tr("Pause between datagrams; 0 sends as fast as possible")
        )
        self.sequence_check.setText(self.tr("Sequence header"))
        self.sequence_check.setToolTip(
            self.tr(
                "Prefix each datagram with 12 bytes (SLSQ, stream id, number) so the receiver "
                "can count lost and out-of-order datagrams"
            )
        )
        self.broadcast_check.setText(self.tr("Allow broadcast (SO_BROADCAST)"))
        self.broadcast_check.setToolTip(self.tr(BROADCAST_HINT))
        self.broadcast_hint.setText(self.tr(BROADCAST_HINT))
        self.ttl_spin.setAccessibleName(self.tr("Multicast TTL"))
        self.ttl_spin.setToolTip(
            self.tr("How many routers a multicast datagram may cross (1: this network)")
        )
        self.loop_check.setText(self.tr("Loop back"))
        self.loop_check.setToolTip(
            self.tr("Deliver the group's datagrams to receivers on this machine too")
        )
        self.interface_edit.setPlaceholderText(self.tr("interface (optional)"))
        self.interface_edit.setAccessibleName(self.tr("Multicast interface"))
        self.interface_edit.setToolTip(
            self.tr(
                "The interface multicast leaves by: an address of this machine (IPv4) or an "
                "interface name or index (IPv6). Empty: the OS chooses."
            )
        )
        self.send_button.setText(self.tr("Send"))
        self.stop_button.setText(self.tr("Stop"))
        for shortcut in self._send_shortcuts:
            shortcut.setWhatsThis(self.send_button.text().replace("&", ""))
        self._stop_shortcut.setWhatsThis(self.stop_button.text().replace("&", ""))
        self.status_label.setAccessibleDescription(self.tr("Send status"))
        self.replies_label.setAccessibleDescription(self.tr("Replies"))
        self.target_label.setText(self.tr("Target"))
        self.bind_label.setText(self.tr("from port"))
        self.payload_label.setText(self.tr("Payload"))
        self.every_label.setText(self.tr("every"))
        self.count_label.setText(self.tr("Count"))
        self.multicast_label.setText(self.tr("Multicast"))
        self._show_payload_size()
        self.status_label.setText(self._status())
        self.replies_label.setText(self._replies_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----------------------------------------------------------------- building
    def _build(self) -> None:
        self.target_edit = QLineEdit("127.0.0.1:5555")
        self.target_error = FieldError()
        self.bind_spin = QSpinBox()
        self.bind_spin.setRange(0, 65535)
        self.bind_error = FieldError()

        self.format_combo = QComboBox()
        for fmt in PayloadFormat:
            self.format_combo.addItem(translate_message(fmt.label), fmt.value)
        # As wide as a short word, not as the longest format name: the column stays narrow.
        self.format_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.format_combo.setMinimumContentsLength(8)
        self.encoding_combo = QComboBox()
        self.encoding_combo.addItems(ordered_encodings(ENCODINGS))  # GBK first in Chinese
        self.size_label = QLabel()
        self.size_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # A row of its own, wrapped, one line kept even while empty: a longer size text
        # ("+ 12 header (over the limit)") neither widens the column nor moves Send.
        self.size_label.setWordWrap(True)
        self.size_label.setMinimumHeight(self.size_label.fontMetrics().lineSpacing())
        self.payload_edit = QPlainTextEdit("Hello from SocketLab")
        self.payload_edit.setTabChangesFocus(True)
        self.payload_edit.setMinimumHeight(54)
        self.payload_edit.setMaximumHeight(110)
        self.payload_error = FieldError()

        self.count_spin = QSpinBox()
        self.count_spin.setRange(0, 1_000_000_000)
        self.count_spin.setValue(1)
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(0, 3_600_000)
        self.interval_spin.setValue(1000)

        self.sequence_check = QCheckBox()
        self.broadcast_check = QCheckBox()
        self.broadcast_hint = _hint("")
        self.ttl_spin = QSpinBox()
        self.ttl_spin.setRange(0, 255)
        self.ttl_spin.setValue(1)
        self.ttl_spin.setPrefix("TTL ")
        self.loop_check = QCheckBox()
        self.loop_check.setChecked(True)
        self.interface_edit = QLineEdit()
        self.multicast_error = FieldError()

        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(14)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)  # a long status never widens the column
        self.general_error = FieldError()
        self.replies_label = QLabel()
        self.replies_label.setWordWrap(True)
        self.replies_label.setTextFormat(Qt.TextFormat.PlainText)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        row = 0
        self.target_label = buddy_label("", self.target_edit)
        self.bind_label = buddy_label("", self.bind_spin)
        self.payload_label = buddy_label("", self.payload_edit)
        self.every_label = buddy_label("", self.interval_spin)
        self.count_label = buddy_label("", self.count_spin)
        grid.addWidget(self.target_label, row, 0)
        grid.addWidget(self.target_edit, row, 1)
        grid.addWidget(self.bind_label, row, 2)
        grid.addWidget(self.bind_spin, row, 3)
        row += 1
        payload_header = QHBoxLayout()
        payload_header.addWidget(self.format_combo)
        payload_header.addWidget(self.encoding_combo)
        payload_header.addStretch(1)
        grid.addWidget(self.payload_label, row, 0)
        grid.addLayout(payload_header, row, 1, 1, 3)
        row += 1
        grid.addWidget(self.payload_edit, row, 0, 1, 4)
        row += 1
        grid.addWidget(self.size_label, row, 0, 1, 4)
        row += 1
        repeat = QHBoxLayout()
        repeat.addWidget(self.count_spin, 1)
        repeat.addWidget(self.every_label)
        repeat.addWidget(self.interval_spin, 1)
        grid.addWidget(self.count_label, row, 0)
        grid.addLayout(repeat, row, 1, 1, 3)
        row += 1
        grid.addWidget(self.sequence_check, row, 0, 1, 4)
        row += 1
        grid.addWidget(self.broadcast_check, row, 0, 1, 4)  # a long text: a row of its own
        row += 1
        grid.addWidget(self.broadcast_hint, row, 0, 1, 4)
        row += 1
        multicast = QHBoxLayout()
        multicast.addWidget(self.ttl_spin)
        multicast.addWidget(self.loop_check)
        multicast.addWidget(self.interface_edit, 1)
        self.multicast_label = buddy_label("", self.ttl_spin)
        grid.addWidget(self.multicast_label, row, 0)
        grid.addLayout(multicast, row, 1, 1, 3)

        actions = QHBoxLayout()
        actions.addWidget(self.send_button)
        actions.addWidget(self.stop_button)
        actions.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(actions)
        # The errors come after Send and Stop: showing or clearing one never moves the
        # buttons (under the mouse); the status line's "see the error above" points here.
        for error in (
            self.target_error,
            self.bind_error,
            self.payload_error,
            self.multicast_error,
        ):
            layout.addWidget(error)
        layout.addWidget(self.status_label)
        layout.addWidget(self.general_error)
        layout.addWidget(self.replies_label)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.send_button.clicked.connect(self.send_current)
        self.stop_button.clicked.connect(self.stop_sending)
        self.payload_edit.textChanged.connect(self._update_payload_size)
        self.format_combo.currentIndexChanged.connect(self._update_payload_size)
        self.encoding_combo.currentIndexChanged.connect(self._update_payload_size)
        self.sequence_check.toggled.connect(self._update_payload_size)
        self.target_edit.textChanged.connect(self._update_target_kind)
        self.broadcast_check.toggled.connect(self._update_target_kind)
        self.target_edit.returnPressed.connect(self.send_current)
        self._send_shortcuts = [
            add_shortcut(
                self.payload_edit, key, self.send_current, description=self.send_button.text()
            )
            for key in ("Ctrl+Return", "Ctrl+Enter")
        ]
        self._stop_shortcut = add_shortcut(
            self,
            Qt.Key.Key_Escape,
            self.stop_sending,
            children=True,
            description=self.stop_button.text(),
        )
        self.count_spin.valueChanged.connect(self._update_repeat)
        # Editing a field takes back its error (the target's and payload's are re-checked
        # as they are typed, above).
        self.bind_spin.valueChanged.connect(self.bind_error.clear_error)
        self.ttl_spin.valueChanged.connect(self.multicast_error.clear_error)
        self.loop_check.toggled.connect(self.multicast_error.clear_error)
        self.interface_edit.textChanged.connect(self.multicast_error.clear_error)
        for error in self._errors():
            error.error_changed.connect(self._on_error_changed)
        self._run.events.connect(self._on_events)
        self._run.failed.connect(self._on_failed)

    def _errors(self) -> tuple[FieldError, ...]:
        return (
            self.target_error,
            self.bind_error,
            self.payload_error,
            self.multicast_error,
            self.general_error,
        )

    @Slot(str)
    def _on_error_changed(self, text: str) -> None:
        """The last error gone: "Not sent: see the error above" has nothing to point at."""
        if not text and self._not_sent and not any(e.has_error() for e in self._errors()):
            self._not_sent = False
            self._set_status(lambda: self.tr("Ready."))

    def _set_status(self, text: Callable[[], str]) -> None:
        """Show the status line `text()` writes, and keep it for a language switch."""
        self._status = text
        self.status_label.setText(text())

    # ----------------------------------------------------------------- form
    def payload_format(self) -> PayloadFormat:
        """The chosen payload format."""
        return PayloadFormat(self.format_combo.currentData())

    def set_payload_format(self, payload_format: PayloadFormat | str) -> None:
        """Choose the payload format."""
        self.format_combo.setCurrentIndex(
            self.format_combo.findData(PayloadFormat(payload_format).value)
        )

    def encoding(self) -> str:
        """The chosen text encoding."""
        return self.encoding_combo.currentText()

    def payload_bytes(self) -> bytes:
        """The payload as bytes; raises PayloadError saying what is wrong."""
        return build_payload(
            self.payload_edit.toPlainText(), self.payload_format(), self.encoding()
        )

    def current_packet(self, name: str) -> SavedPacket:
        """The form as a packet to save under `name`."""
        return SavedPacket(
            name=name,
            target=self.target_edit.text().strip(),
            payload=self.payload_edit.toPlainText(),
            payload_format=self.payload_format().value,
            encoding=self.encoding(),
        )

    @Slot(object)
    def load_packet(self, packet: SavedPacket) -> None:
        """Put a saved packet into the form."""
        self.target_edit.setText(packet.target)
        self.set_payload_format(packet.payload_format)
        index = self.encoding_combo.findText(packet.encoding)
        self.encoding_combo.setCurrentIndex(max(index, 0))
        self.payload_edit.setPlainText(packet.payload)

    @Slot(object)
    def send_packet(self, packet: SavedPacket) -> None:
        """Load a saved packet and send it with the current repeat settings."""
        self.load_packet(packet)
        self.send_current()

    @Slot()
    def _update_payload_size(self) -> None:
        try:
            self.payload_bytes()
        except PayloadError as exc:
            self.size_label.setText("")
            self.payload_error.show_error(exc)
            return
        self.payload_error.clear_error()
        self._show_payload_size()

    def _show_payload_size(self) -> None:
        """The size line, from the payload as it is now (empty while it has an error)."""
        header = HEADER_SIZE if self.sequence_check.isChecked() else 0
        try:
            size = len(self.payload_bytes())
        except PayloadError:
            self.size_label.setText("")
            return
        limit = max_payload(self._target_is_ipv6())
        over = size + header > limit
        # One whole sentence per case: a header or none, over the limit or not.
        with window_numbers():
            if header and over:
                text = self.tr(
                    "%Ln byte(s) + {header} header (over the {limit}-byte limit)", "", size
                )
            elif header:
                text = self.tr("%Ln byte(s) + {header} header", "", size)
            elif over:
                text = self.tr("%Ln byte(s) (over the {limit}-byte limit)", "", size)
            else:
                text = self.tr("%Ln byte(s)", "", size)
        set_text_colour(self.size_label, "error" if over else None)  # readable in either theme
        self.size_label.setText(text.format(header=header, limit=format_count(limit)))

    def _target_is_ipv6(self) -> bool:
        try:
            return parse_endpoint(self.target_edit.text()).is_ipv6
        except AddressError:
            return False

    @Slot()
    def _update_target_kind(self) -> None:
        self.target_error.clear_error()
        try:
            host = parse_endpoint(self.target_edit.text()).host
        except AddressError:
            host = ""
        multicast = address_kind(host) == "multicast"
        for widget in (self.ttl_spin, self.loop_check, self.interface_edit, self.multicast_label):
            widget.setEnabled(multicast)
        if address_kind(host) == "broadcast" and not self.broadcast_check.isChecked():
            self.target_error.show_error(
                self.tr(
                    "255.255.255.255 is the broadcast address: tick 'Allow broadcast' "
                    "to send there."
                )
            )

    @Slot()
    def _update_repeat(self) -> None:
        self.interval_spin.setEnabled(self.count_spin.value() != 1)

    # ----------------------------------------------------------------- sending
    def _parse_target(self) -> Endpoint | None:
        try:
            endpoint = parse_endpoint(self.target_edit.text())
        except AddressError as exc:
            self.target_error.show_error(exc)
            return None
        self.target_error.clear_error()
        return endpoint

    def build_job(self) -> SendJob | None:
        """The job the form describes, or None after showing what is wrong."""
        self.general_error.clear_error()
        self.bind_error.clear_error()
        self.multicast_error.clear_error()
        endpoint = self._parse_target()
        try:
            payload = self.payload_bytes()
            header = HEADER_SIZE if self.sequence_check.isChecked() else 0
            check_size(len(payload), ipv6=endpoint.is_ipv6 if endpoint else False, header=header)
        except PayloadError as exc:
            self.payload_error.show_error(exc)
            return None
        if endpoint is None:
            return None
        return SendJob(
            host=endpoint.host,
            port=endpoint.port,
            payload=payload,
            count=self.count_spin.value(),
            interval=self.interval_spin.value() / 1000,
            sequence_header=self.sequence_check.isChecked(),
            broadcast=self.broadcast_check.isChecked(),
            bind_port=self.bind_spin.value(),
            multicast_ttl=self.ttl_spin.value(),
            multicast_loop=self.loop_check.isChecked(),
            multicast_interface=self.interface_edit.text().strip(),
        )

    @Slot()
    def send_current(self) -> bool:
        """Send what the form describes; False (with the reason shown) if it cannot."""
        job = self.build_job()
        if job is None:
            return False
        try:
            self._job_id = self._ensure_engine().submit(job)
        except EngineStopped:  # it stopped (or crashed) a moment ago: a new one sends
            self._engine = None
            self._job_id = self._ensure_engine().submit(job)
        self._job_total = job.count
        if job.count == 1:
            self.progress.setRange(0, 1)
        elif job.count:
            self.progress.setRange(0, job.count)
        else:
            self.progress.setRange(0, 0)  # busy: until stopped
        self.progress.setValue(0)
        self._not_sent = False
        target = format_address((job.host, job.port))
        self._set_status(lambda: self.tr("Sending to {target}…").format(target=target))
        self._set_sending(True)
        return True

    @Slot()
    def stop_sending(self) -> None:
        """Stop the running job before its next datagram."""
        if self._engine is not None and self._engine.is_running:
            try:
                self._engine.stop_sending()
            except EngineStopped:  # it stopped between the check and the call
                self._set_sending(False)
                self._set_status(lambda: self.tr("Not sending: the sender had stopped."))

    def is_sending(self) -> bool:
        """True while a job runs."""
        return self.stop_button.isEnabled()

    def _ensure_engine(self) -> UdpSenderEngine:
        if self._engine is not None and self._run.is_running():
            return self._engine
        self._engine = UdpSenderEngine()  # job ids restart with each engine
        self._run.start(self._engine)
        return self._engine

    def _set_sending(self, sending: bool) -> None:
        self.stop_button.setEnabled(sending)

    @Slot(object)
    def _on_events(self, batch: list[Event]) -> None:
        for event in batch:
            if isinstance(event, SendProgress):
                self._on_progress(event)
            elif isinstance(event, ErrorEvent):
                self._show_error(event)
            elif isinstance(event, RepliesReceived):
                self._on_replies(event)
        self.trace_events.emit(batch)

    def _on_progress(self, progress: SendProgress) -> None:
        if progress.job_id != self._job_id:
            return
        if self.progress.maximum() > 0:
            self.progress.setValue(min(progress.sent + progress.failed, self.progress.maximum()))
        if not progress.finished:
            self._set_status(lambda: self._progress_status(progress, finished=False))
            return
        self._set_sending(False)
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
            self.progress.setValue(1 if progress.reason == "done" else 0)
        self._not_sent = progress.reason == "error"
        self._set_status(lambda: self._progress_status(progress, finished=True))

    def _progress_status(self, progress: SendProgress, finished: bool) -> str:
        """The status line for `progress`, in the window's language and numbers."""
        # The rate is a separate part of the status line ("Sent 120 of 1,000 · 950/s").
        rate = ""
        if progress.sent > 1 and not (finished and progress.reason == "error"):
            rate = " · " + self.tr("{rate}/s").format(
                rate=format_decimal(progress.datagrams_per_second, 0)
            )
        values = {
            "sent": format_count(progress.sent),
            "total": format_count(progress.total),
            "failed": format_count(progress.failed),
            "bytes": format_count(progress.bytes_sent),
        }
        if finished:
            return self._finished_text(progress).format(**values) + rate
        return self._progress_text(progress).format(**values) + rate

    def _progress_text(self, progress: SendProgress) -> str:
        """While sending: one whole sentence per case (a total or none, refusals or none)."""
        if progress.total and progress.failed:
            return self.tr("Sent {sent} of {total}, {failed} refused")
        if progress.total:
            return self.tr("Sent {sent} of {total}")
        if progress.failed:
            return self.tr("Sent {sent}, {failed} refused")
        return self.tr("Sent {sent}")

    def _finished_text(self, progress: SendProgress) -> str:
        """The last status: one whole sentence per way of ending, with refusals or none."""
        n, failed = progress.sent, progress.failed
        with window_numbers():
            if progress.reason == "done" and failed:
                return self.tr("Sent %Ln datagram(s) ({bytes} bytes), {failed} refused.", "", n)
            if progress.reason == "done":
                return self.tr("Sent %Ln datagram(s) ({bytes} bytes).", "", n)
            if progress.reason == "error" and failed:
                return self.tr(
                    "Not sent: see the error above. Sent %Ln datagram(s) ({bytes} bytes), "
                    "{failed} refused.",
                    "",
                    n,
                )
            if progress.reason == "error":
                return self.tr(
                    "Not sent: see the error above. Sent %Ln datagram(s) ({bytes} bytes).", "", n
                )
            if failed:
                return self.tr(
                    "Stopped after %Ln datagram(s) ({bytes} bytes), {failed} refused.", "", n
                )
            return self.tr("Stopped after %Ln datagram(s) ({bytes} bytes).", "", n)

    def _show_error(self, error: ErrorEvent) -> None:
        target = {
            "target": self.target_error,
            "payload": self.payload_error,
            "bind": self.bind_error,
            "multicast": self.multicast_error,
        }.get(error.field, self.general_error)
        target.show_error(error.message)

    def _on_replies(self, replies: RepliesReceived) -> None:
        self._replies += len(replies.datagrams)
        data, address = replies.datagrams[-1]
        count, preview = self._replies, preview_datagram(data, self.encoding(), 60)
        self._replies_text = lambda: self.tr(
            "Replies: {count} · last from {address} ({size} bytes): {preview}"
        ).format(
            count=format_count(count),
            address=format_address(address),
            size=format_count(len(data)),
            preview=translate_message(preview),
        )
        self.replies_label.setText(self._replies_text())

    @Slot(object)
    def _on_failed(self, message: Message) -> None:
        """The engine crashed: say so in the window's language; Stop has nothing to stop."""
        self.general_error.show_error(message)
        self._set_sending(False)

    # ----------------------------------------------------------------- life
    def shutdown(self) -> None:
        """Stop the engine's thread."""
        self._run.stop(3000)

    def save_settings(self, settings: QSettings) -> None:
        """Remember the form."""
        settings.setValue("udp/send/target", self.target_edit.text())
        settings.setValue("udp/send/bind_port", self.bind_spin.value())
        settings.setValue("udp/send/payload", self.payload_edit.toPlainText())
        settings.setValue("udp/send/format", self.payload_format().value)
        settings.setValue("udp/send/encoding", self.encoding())
        settings.setValue("udp/send/count", self.count_spin.value())
        settings.setValue("udp/send/interval", self.interval_spin.value())
        settings.setValue("udp/send/sequence", self.sequence_check.isChecked())
        settings.setValue("udp/send/broadcast", self.broadcast_check.isChecked())
        settings.setValue("udp/send/ttl", self.ttl_spin.value())
        settings.setValue("udp/send/loop", self.loop_check.isChecked())
        settings.setValue("udp/send/interface", self.interface_edit.text())

    def restore_settings(self, settings: QSettings) -> None:
        """Bring back the form as it was."""
        if not settings.contains("udp/send/target"):
            return
        self.target_edit.setText(read_setting("udp/send/target", "", settings))
        self.bind_spin.setValue(read_setting("udp/send/bind_port", 0, settings))
        self.set_payload_format(_format(read_setting("udp/send/format", "", settings)))
        encoding = read_setting("udp/send/encoding", DEFAULT_ENCODING, settings)
        self.encoding_combo.setCurrentIndex(max(self.encoding_combo.findText(encoding), 0))
        self.payload_edit.setPlainText(read_setting("udp/send/payload", "", settings))
        self.count_spin.setValue(read_setting("udp/send/count", 1, settings))
        self.interval_spin.setValue(read_setting("udp/send/interval", 1000, settings))
        self.sequence_check.setChecked(read_setting("udp/send/sequence", False, settings))
        self.broadcast_check.setChecked(read_setting("udp/send/broadcast", False, settings))
        self.ttl_spin.setValue(read_setting("udp/send/ttl", 1, settings))
        self.loop_check.setChecked(read_setting("udp/send/loop", True, settings))
        self.interface_edit.setText(read_setting("udp/send/interface", "", settings))


def reorder_encodings(combo: QComboBox) -> None:
    """Put the window language's encodings first (GBK in Chinese), keeping the choice."""
    wanted = ordered_encodings(ENCODINGS)
    if [combo.itemText(index) for index in range(combo.count())] == wanted:
        return
    current = combo.currentText()
    blocked = combo.blockSignals(True)
    combo.clear()
    combo.addItems(wanted)
    combo.setCurrentIndex(max(combo.findText(current), 0))
    combo.blockSignals(blocked)


def _format(value: str) -> PayloadFormat:
    try:
        return PayloadFormat(value)
    except ValueError:
        return PayloadFormat.TEXT
