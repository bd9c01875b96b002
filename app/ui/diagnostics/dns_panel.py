"""DNS panel: forward (A, AAAA) and reverse lookups through the system resolver, timed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.address import AddressError, validate_host
from app.core.diagnostics.blocking import CallResult
from app.core.diagnostics.dns import (
    DEFAULT_TIMEOUT,
    ForwardAnswer,
    ReverseAnswer,
    is_ip_address,
    lookup_engine,
    resolver_description,
)
from app.core.events import ErrorEvent
from app.ui.diagnostics.common import (
    EVENTS_HEIGHT,
    STATE_COLOURS,
    copy_text,
    hint_label,
    load_setting,
    panel_header,
    save_settings,
    setup_table,
)
from app.ui.events_pane import EventsPane
from app.ui.field_error import FieldError
from app.ui.focus import add_shortcut, buddy_label
from app.ui.i18n import translate_message
from app.workers import EngineRun

COLUMNS = (
    QT_TRANSLATE_NOOP("DnsPanel", "Query"),
    QT_TRANSLATE_NOOP("DnsPanel", "Type"),
    QT_TRANSLATE_NOOP("DnsPanel", "Answer"),
    QT_TRANSLATE_NOOP("DnsPanel", "Time"),
)
AUTOMATIC, FORWARD, REVERSE = range(3)
NAME_KEY = "diagnostics/dns/name"


class DnsPanel(QWidget):
    """Looks names up on a worker thread; every answer is kept as rows (newest last)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = EngineRun(self)
        self._query = ""

        self.name_edit = QLineEdit(load_setting(NAME_KEY, "localhost", str))
        self.name_edit.setPlaceholderText(self.tr("a name (example.com) or an address (127.0.0.1)"))
        self.name_edit.setAccessibleName(self.tr("Name or address"))
        self.name_error = FieldError()
        self.kind_combo = QComboBox()
        self.kind_combo.addItems(
            [
                self.tr("Automatic"),
                self.tr("Name → addresses (A, AAAA)"),
                self.tr("Address → name (reverse)"),
            ]
        )
        self.kind_combo.setAccessibleName(self.tr("Lookup kind"))
        self.timeout_spin = QDoubleSpinBox(
            minimum=0.5, maximum=60.0, value=DEFAULT_TIMEOUT, singleStep=1.0, suffix=self.tr(" s")
        )
        self.timeout_spin.setAccessibleName(self.tr("Timeout"))
        self.lookup_button = QPushButton(self.tr("Look up"))
        self.lookup_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.status_label = QLabel("")
        self.status_label.setAccessibleDescription(self.tr("Lookup status"))  # a name hides it
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Answers"))
        setup_table(self.table, stretch_column=2)
        for column in (0, 1, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.resolver_label = hint_label(translate_message(resolver_description()))
        self.events_pane = EventsPane()
        self.events_pane.set_expanded(False)
        self.events_pane.view.setMaximumHeight(EVENTS_HEIGHT)  # the results keep the room
        self._build_layout()
        self._connect_signals()

    def _build_layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(buddy_label(self.tr("Name or address:"), self.name_edit))
        row.addWidget(self.name_edit, 1)
        row.addWidget(self.kind_combo)
        row.addWidget(buddy_label(self.tr("Timeout:"), self.timeout_spin))
        row.addWidget(self.timeout_spin)
        row.addWidget(self.lookup_button)
        row.addWidget(self.stop_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            panel_header(
                self.tr("DNS"),
                self.tr(
                    "Which IP addresses does a name stand for, and which name does an address "
                    "have? Asked through the system resolver, like every program on this "
                    "machine (like nslookup or dig)."
                ),
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.name_error)
        layout.addWidget(self.resolver_label)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.events_pane)

    def _connect_signals(self) -> None:
        self.lookup_button.clicked.connect(self.look_up)
        self.stop_button.clicked.connect(self.stop)
        add_shortcut(self, Qt.Key.Key_Escape, self.stop_button.click, children=True)
        self.copy_button.clicked.connect(self.copy)
        self.clear_button.clicked.connect(self.clear)
        self.name_edit.returnPressed.connect(self.look_up)
        self.name_edit.textEdited.connect(self.name_error.clear_error)
        self._run.events.connect(self._on_events)
        self._run.events.connect(self.events_pane.append_events)
        self._run.failed.connect(self.name_error.show_error)
        self._run.finished.connect(self._on_finished)

    @Slot()
    def look_up(self) -> None:
        """Validate the text and start the lookup on a worker thread."""
        try:
            query = validate_host(self.name_edit.text())
        except AddressError as exc:
            self.name_error.show_error(exc)
            return
        kind = self.kind_combo.currentIndex()
        reverse = None if kind == AUTOMATIC else kind == REVERSE
        if reverse is False and is_ip_address(query):
            self.name_error.show_error(
                self.tr(
                    "{query} is already an address: choose Automatic or reverse to find its name."
                ).format(query=query)
            )
            return
        self.name_error.clear_error()
        save_settings({NAME_KEY: query})
        self._query = query
        is_reverse = is_ip_address(query) if reverse is None else reverse
        if is_reverse:
            status = self.tr("Looking up the name of {query}...")
        else:
            status = self.tr("Looking up the addresses of {query}...")
        self.status_label.setText(status.format(query=query))
        self._set_running(True)
        self._run.start(lookup_engine(query, reverse=reverse, timeout=self.timeout_spin.value()))

    @Slot()
    def stop(self) -> None:
        """Give up on the lookup in progress (the resolver's answer, if any, is dropped)."""
        if self._run.is_running():
            self._run.stop()
            self.status_label.setText(
                self.tr("Stopped the lookup of {query}.").format(query=self._query)
            )

    @Slot()
    def clear(self) -> None:
        """Remove every answer."""
        self.table.setRowCount(0)
        self.status_label.clear()

    @Slot()
    def copy(self) -> None:
        """Copy the answers as tab-separated lines."""
        lines = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c).text() for c in range(self.table.columnCount())]
            lines.append("\t".join(cells))
        copy_text("\n".join(lines))

    def _set_running(self, running: bool) -> None:
        self.lookup_button.setEnabled(not running)
        self.stop_button.setEnabled(running)

    def is_running(self) -> bool:
        """True while a lookup runs."""
        return self._run.is_running()

    @Slot(object)
    def _on_events(self, batch: list) -> None:
        for event in batch:
            if isinstance(event, CallResult):
                self._show_answer(event.value, event.elapsed_ms)
            elif isinstance(event, ErrorEvent) and event.fatal:
                self.name_error.show_error(event.message)
                self.status_label.setText(
                    self.tr("No answer for {query}.").format(query=self._query)
                )
                self._add_row(
                    self._query, "—", translate_message(event.message), "", STATE_COLOURS["error"]
                )

    def _show_answer(self, answer: ForwardAnswer | ReverseAnswer, elapsed_ms: float) -> None:
        time_text = f"{elapsed_ms:.1f} ms"
        if isinstance(answer, ReverseAnswer):
            self._add_row(answer.address, "PTR", answer.name, time_text)
            for alias in answer.aliases:
                self._add_row(answer.address, self.tr("alias"), alias, time_text)
            self.status_label.setText(
                self.tr("{address} is {name} ({time}).").format(
                    address=answer.address, name=answer.name, time=time_text
                )
            )
            return
        for kind, address in answer.records:
            self._add_row(answer.name, kind, address, time_text)
        if answer.canonical_name.rstrip(".") != answer.name.rstrip(".") and not is_ip_address(
            answer.name
        ):
            self._add_row(answer.name, "CNAME", answer.canonical_name, time_text)
        count = len(answer.records)
        if count == 1:
            status = self.tr("{name}: {ipv4} IPv4 and {ipv6} IPv6 address in {time}.")
        else:
            status = self.tr("{name}: {ipv4} IPv4 and {ipv6} IPv6 addresses in {time}.")
        self.status_label.setText(
            status.format(
                name=answer.name, ipv4=len(answer.ipv4), ipv6=len(answer.ipv6), time=time_text
            )
        )

    def _add_row(
        self, query: str, kind: str, answer: str, time_text: str, colour: str = ""
    ) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((query, kind, answer, time_text)):
            item = QTableWidgetItem(text)
            if colour:
                item.setForeground(QColor(colour))
            self.table.setItem(row, column, item)
        self.table.scrollToBottom()

    @Slot()
    def _on_finished(self) -> None:
        self._set_running(False)

    def shutdown(self) -> None:
        """Stop a lookup in progress."""
        self._run.stop()
