"""Ping panel: host, count, interval, timeout; a row per reply, the summary and a live graph."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QSplitter,
    QWidget,
)

from app.core.diagnostics.ping import (
    MIN_INTERVAL,
    PingEngine,
    PingLost,
    PingReply,
    PingStarted,
    PingStatistics,
    PingSummary,
)
from app.core.events import ErrorEvent
from app.ui.diagnostics.common import (
    StatusItem,
    add_field_row,
    hint_label,
    options_row,
)
from app.ui.diagnostics.panel import DiagnosticsPanel
from app.ui.diagnostics.rtt_graph import RttGraph
from app.ui.field_error import FieldError
from app.ui.i18n import format_count, format_decimal, translate_message
from app.ui.settings import read_setting, write_settings

COLUMNS = (
    QT_TRANSLATE_NOOP("PingPanel", "Seq"),
    QT_TRANSLATE_NOOP("PingPanel", "From"),
    QT_TRANSLATE_NOOP("PingPanel", "Bytes"),
    "TTL",
    QT_TRANSLATE_NOOP("PingPanel", "Time"),
)
SETTINGS = "diagnostics/ping"
# Rows kept in the table during an endless ping (the graph keeps its own window).
MAX_ROWS = 1000


class PingPanel(DiagnosticsPanel):
    """Runs a PingEngine on a worker; Start/Stop; replies, summary, RTT graph, Events pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary: PingSummary | None = None
        self._live = PingStatistics()  # the summary so far, shown while the run goes on
        self._host = ""
        self._address = ""
        self._lines: list[str] = []

        self._method_note: object = None  # the engine's note on how it pings, once known
        self._status: tuple = ("idle",)  # what the summary line says, as values
        self._row_events: list[PingReply | PingLost] = []  # the table's rows

        self.host_edit = QLineEdit(read_setting(f"{SETTINGS}/host", "127.0.0.1"))
        self.host_error = self.failure_field = FieldError()
        self.count_spin = QSpinBox(
            minimum=1, maximum=100_000, value=read_setting(f"{SETTINGS}/count", 10)
        )
        self.forever_check = QCheckBox()
        self.interval_spin = QDoubleSpinBox(
            minimum=MIN_INTERVAL,
            maximum=60.0,
            value=read_setting(f"{SETTINGS}/interval", 1.0),
            singleStep=0.1,
        )
        self.timeout_spin = QDoubleSpinBox(
            minimum=0.1,
            maximum=30.0,
            value=read_setting(f"{SETTINGS}/timeout", 2.0),
            singleStep=0.5,
        )
        self.start_button, self.stop_button = self._run_buttons(self.tr("Start"), self.start)
        self.method_label = hint_label()
        self.table = self._table_widget(
            COLUMNS, self.tr("Replies"), stretch_column=1, fit_columns=(0, 2, 3, 4)
        )
        self.graph = RttGraph()
        self.summary_label = QLabel()
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.host_label, self.count_label = QLabel(), QLabel()
        self.interval_label, self.timeout_label = QLabel(), QLabel()
        self._add_events_pane()
        self._build_layout()
        self._connect_signals()
        self.retranslate()

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        add_field_row(form, self.host_label, self.host_edit, self.host_edit, self.host_error)
        # Two rows: one was wider than a small window.
        options = options_row(
            (self.count_label, self.count_spin, self.forever_check),
            (self.interval_label, self.interval_spin),
            buttons=(),
        )
        form.addRow("", options)
        actions = options_row(
            (self.timeout_label, self.timeout_spin),
            buttons=(self.start_button, self.stop_button, self.copy_button),
        )
        form.addRow("", actions)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.graph)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self._lay_out(form, self.method_label, (splitter, 1), self.summary_label)

    def retranslate(self) -> None:
        """Every text again in the window's language: the form, the method line, the
        lost replies' rows and the summary line are rebuilt from what the run found."""
        self._set_header(
            self.tr("Ping"),
            self.tr(
                "Is that host reachable, and how long does a round trip take? "
                "(like ping; no administrator rights needed where the system allows it)"
            ),
        )
        self.host_edit.setPlaceholderText(self.tr("host name or IP address, e.g. 192.168.1.1"))
        self.host_edit.setAccessibleName(self.tr("Host"))
        self.count_spin.setAccessibleName(self.tr("Count"))
        self.forever_check.setText(self.tr("until stopped"))
        self.interval_spin.setSuffix(self.tr(" s"))
        self.interval_spin.setAccessibleName(self.tr("Interval"))
        self.timeout_spin.setSuffix(self.tr(" s"))
        self.timeout_spin.setAccessibleName(self.tr("Timeout"))
        self.start_button.setText(self.tr("Start"))
        self.copy_button.setToolTip(self.tr("Copy the replies and the summary as ping prints them"))
        self.host_label.setText(self.tr("Host:"))
        self.count_label.setText(self.tr("Count:"))
        self.interval_label.setText(self.tr("Interval:"))
        self.timeout_label.setText(self.tr("Timeout:"))
        if self._method_note is None:
            self.method_label.setText(
                self.tr(
                    "Ping sends ICMP echo requests; each reply's round-trip time tells how far "
                    "and how busy the path is. Try 127.0.0.1, then a LAN address, then a website."
                )
            )
        else:
            self.method_label.setText(translate_message(self._method_note))  # type: ignore[arg-type]
        self.table.setAccessibleName(self.tr("Replies"))
        for row, event in enumerate(self._row_events):
            if isinstance(event, PingLost):
                for column, text in ((1, translate_message(event.reason)), (4, self.tr("lost"))):
                    item = self.table.item(row, column)
                    if item is not None:
                        item.setText(text)
        self.summary_label.setAccessibleDescription(self.tr("Summary"))  # a name hides it
        self._show_status()
        super().retranslate()

    def _show_status(self) -> None:
        """The summary line, in the window's language, from the values kept."""
        kind, *values = self._status
        if kind == "pinging":
            text = self.tr("Pinging {host}...").format(host=values[0])
        elif kind == "not_started":
            text = self.tr("Not started.")
        elif kind == "summary":
            summary = values[0]
            text = self._summary_text(summary.sent, summary.received, summary.loss_percent)
            if summary.min_ms is not None:
                times = self.tr("min/avg/max {min} / {avg} / {max} ms").format(
                    min=format_decimal(summary.min_ms, 3),
                    avg=format_decimal(summary.avg_ms, 3),
                    max=format_decimal(summary.max_ms, 3),
                )
                text += f" · {times}"
        else:
            text = self._summary_text(0, 0, 0.0)
        self.summary_label.setText(text)

    def _connect_signals(self) -> None:
        self.host_edit.returnPressed.connect(self.start)
        self.host_edit.textEdited.connect(self.host_error.clear_error)
        self.forever_check.toggled.connect(self._on_forever_toggled)

    # ------------------------------------------------------------ actions
    @Slot()
    def start(self) -> None:
        """Validate the host and start pinging on a worker thread."""
        host = self._valid_host(self.host_edit, self.host_error)
        if host is None:
            return
        write_settings(
            {
                f"{SETTINGS}/host": host,
                f"{SETTINGS}/count": self.count_spin.value(),
                f"{SETTINGS}/interval": self.interval_spin.value(),
                f"{SETTINGS}/timeout": self.timeout_spin.value(),
            }
        )
        self.table.setRowCount(0)
        self.graph.clear()
        self.summary = None
        self._live = PingStatistics()
        self._host = self._address = host
        self._lines = []
        self._row_events = []
        self._status = ("pinging", host)
        self._show_status()
        count = 0 if self.forever_check.isChecked() else self.count_spin.value()
        engine = PingEngine(
            host,
            count=count,
            interval=self.interval_spin.value(),
            timeout=self.timeout_spin.value(),
        )
        self._set_running(True)
        self._run.start(engine)

    def _text_to_copy(self) -> str | None:
        """The run as ping prints it."""
        lines = list(self._lines)
        if self.summary is not None:
            lines += ["", self.summary.as_text()]
        return "\n".join(lines)

    @Slot(bool)
    def _on_forever_toggled(self, forever: bool) -> None:
        self.count_spin.setEnabled(not forever)

    def _set_running(self, running: bool) -> None:
        super()._set_running(running)
        self.host_edit.setReadOnly(running)

    # ------------------------------------------------------------ events
    @Slot(object)
    def _on_events(self, batch: list) -> None:
        answered = False
        for event in batch:
            if isinstance(event, PingReply | PingLost):
                answered = True
            if isinstance(event, PingStarted):
                self._address = event.address
                self._method_note = event.note
                self.method_label.setText(translate_message(event.note))
                shown = (
                    event.host if event.host == event.address else f"{event.host} ({event.address})"
                )
                self._lines.append(f"PING {shown}: {event.payload_size} data bytes")
            elif isinstance(event, PingReply):
                self._add_reply(event)
            elif isinstance(event, PingLost):
                self._add_lost(event)
            elif isinstance(event, PingSummary):
                self._show_summary(event)
            elif isinstance(event, ErrorEvent) and event.fatal:
                self.host_error.show_error(event.message)
                self._status = ("not_started",)
                self._show_status()
        if answered and self.summary is None:
            self._show_summary(self._live.summary(self._host, self._address), final=False)

    def _append_row(
        self, event: PingReply | PingLost, cells: tuple[str, ...], kind: str | None = None
    ) -> None:
        if self.table.rowCount() >= MAX_ROWS:
            self.table.removeRow(0)
            del self._row_events[:1]
        self._row_events.append(event)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(cells):
            item = StatusItem(text, kind or "")  # coloured for the palette when painted
            if column in (0, 2, 3, 4):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        self.table.scrollToBottom()

    def _add_reply(self, reply: PingReply) -> None:
        ttl = str(reply.ttl) if reply.ttl is not None else "—"
        self._append_row(
            reply,
            (
                str(reply.sequence),
                reply.address,
                str(reply.size),
                ttl,
                f"{format_decimal(reply.rtt_ms, 3)} ms",
            ),
        )
        self.graph.add_reply(reply.sequence, reply.rtt_ms)
        self._live.record_sent()
        self._live.record_reply(reply.rtt_ms)
        ttl_text = f" ttl={reply.ttl}" if reply.ttl is not None else ""
        self._lines.append(
            f"{reply.size} bytes from {reply.address}: icmp_seq={reply.sequence}{ttl_text} "
            f"time={reply.rtt_ms:.3f} ms"
        )

    def _add_lost(self, lost: PingLost) -> None:
        reason = translate_message(lost.reason)
        self._append_row(lost, (str(lost.sequence), reason, "", "", self.tr("lost")), "error")
        self.graph.add_lost(lost.sequence)
        self._live.record_sent()
        # Copy gives the lines as ping prints them: in English, like its summary.
        self._lines.append(f"icmp_seq={lost.sequence}: {lost.reason}")

    def _show_summary(self, summary: PingSummary, *, final: bool = True) -> None:
        if final:
            self.summary = summary
        self._status = ("summary", summary)
        self._show_status()

    def _summary_text(self, sent: int, received: int, loss_percent: float) -> str:
        """'Sent 3 · Received 3 · Loss 0%'; the loss is a dash until a request was sent
        and answered or timed out (0% of nothing would claim a perfect line)."""
        counts = {"sent": format_count(sent), "received": format_count(received)}
        if not sent:
            return self.tr("Sent {sent} · Received {received} · Loss —").format(**counts)
        return self.tr("Sent {sent} · Received {received} · Loss {loss}%").format(
            **counts, loss=format_decimal(loss_percent, 0)
        )
