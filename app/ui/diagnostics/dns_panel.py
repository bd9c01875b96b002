"""DNS panel: forward (A, AAAA) and reverse lookups through the system resolver, timed."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

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
    StatusItem,
    hint_label,
    row_of,
    table_text,
)
from app.ui.diagnostics.panel import DiagnosticsPanel
from app.ui.field_error import FieldError
from app.ui.focus import buddy_label
from app.ui.i18n import translate_message
from app.ui.settings import read_setting, write_settings

COLUMNS = (
    QT_TRANSLATE_NOOP("DnsPanel", "Query"),
    QT_TRANSLATE_NOOP("DnsPanel", "Type"),
    QT_TRANSLATE_NOOP("DnsPanel", "Answer"),
    QT_TRANSLATE_NOOP("DnsPanel", "Time"),
)
AUTOMATIC, FORWARD, REVERSE = range(3)
NAME_KEY = "diagnostics/dns/name"


class DnsPanel(DiagnosticsPanel):
    """Looks names up on a worker thread; every answer is kept as rows (newest last)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = ""

        self.name_edit = QLineEdit(read_setting(NAME_KEY, "localhost"))
        self.name_edit.setPlaceholderText(self.tr("a name (example.com) or an address (127.0.0.1)"))
        self.name_edit.setAccessibleName(self.tr("Name or address"))
        self.name_error = self.failure_field = FieldError()
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
        self.lookup_button, self.stop_button = self._run_buttons(self.tr("Look up"), self.look_up)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.status_label = QLabel("")
        self.status_label.setAccessibleDescription(self.tr("Lookup status"))  # a name hides it
        self.table = self._table_widget(
            COLUMNS, self.tr("Answers"), stretch_column=2, fit_columns=(0, 1, 3)
        )
        self.resolver_label = hint_label(translate_message(resolver_description()))
        self._add_events_pane()
        self._build_layout()
        self._connect_signals()

    def _build_layout(self) -> None:
        row = row_of(
            buddy_label(self.tr("Name or address:"), self.name_edit),
            (self.name_edit, 1),
            self.kind_combo,
            buddy_label(self.tr("Timeout:"), self.timeout_spin),
            self.timeout_spin,
            self.lookup_button,
            self.stop_button,
        )
        self._lay_out(
            self.tr("DNS"),
            self.tr(
                "Which IP addresses does a name stand for, and which name does an address "
                "have? Asked through the system resolver, like every program on this "
                "machine (like nslookup or dig)."
            ),
            row,
            self.name_error,
            self.resolver_label,
            row_of((self.status_label, 1), self.copy_button, self.clear_button),
            (self.table, 1),
        )

    def _connect_signals(self) -> None:
        self.clear_button.clicked.connect(self.clear)
        self.name_edit.returnPressed.connect(self.look_up)
        self.name_edit.textEdited.connect(self.name_error.clear_error)

    @Slot()
    def look_up(self) -> None:
        """Validate the text and start the lookup on a worker thread."""
        query = self._valid_host(self.name_edit, self.name_error)
        if query is None:
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
        write_settings({NAME_KEY: query})
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

    def _text_to_copy(self) -> str | None:
        """The answers as tab-separated lines."""
        return "\n".join(table_text(self.table.model()))

    def _show_error(self, error: ErrorEvent) -> None:
        self.name_error.show_error(error.message)
        self.status_label.setText(self.tr("No answer for {query}.").format(query=self._query))
        self._add_row(self._query, "—", translate_message(error.message), "", "error")

    def _show_result(self, result: CallResult) -> None:
        answer: ForwardAnswer | ReverseAnswer = result.value
        time_text = f"{result.elapsed_ms:.1f} ms"
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
            item = StatusItem(text, colour)  # colour: a status kind, painted per palette
            self.table.setItem(row, column, item)
        self.table.scrollToBottom()
