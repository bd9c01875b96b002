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
    STRETCH,
    StatusItem,
    hint_label,
    label_for,
    row_of,
    table_text,
)
from app.ui.diagnostics.panel import DiagnosticsPanel
from app.ui.field_error import FieldError
from app.ui.i18n import format_decimal, translate_message, window_numbers
from app.ui.settings import read_setting, write_settings

COLUMNS = (
    QT_TRANSLATE_NOOP("DnsPanel", "Query"),
    QT_TRANSLATE_NOOP("DnsPanel", "Type"),
    QT_TRANSLATE_NOOP("DnsPanel", "Answer"),
    QT_TRANSLATE_NOOP("DnsPanel", "Time"),
)
AUTOMATIC, FORWARD, REVERSE = range(3)
ALIAS = object()  # the Type of an alias row ("alias", in the window's language)
NAME_KEY = "diagnostics/dns/name"


class DnsPanel(DiagnosticsPanel):
    """Looks names up on a worker thread; every answer is kept as rows (newest last)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = ""

        self._status: tuple = ("",)  # what the status line says, as values
        self._rows: list[tuple[str, object, object, float | str, str]] = []  # the answers' values

        self.name_edit = QLineEdit(read_setting(NAME_KEY, "localhost"))
        self.name_error = self.failure_field = FieldError()
        self.kind_combo = QComboBox()
        self.kind_combo.addItems(["", "", ""])  # Automatic, forward, reverse: retranslate()
        self.timeout_spin = QDoubleSpinBox(
            minimum=0.5, maximum=60.0, value=DEFAULT_TIMEOUT, singleStep=1.0
        )
        self.lookup_button, self.stop_button = self._run_buttons(self.tr("Look up"), self.look_up)
        self.clear_button = QPushButton()
        self.status_label = QLabel("")
        self.table = self._table_widget(
            COLUMNS, self.tr("Answers"), stretch_column=2, fit_columns=(0, 1, 3)
        )
        self.resolver_label = hint_label()
        self.name_label, self.timeout_label = QLabel(), QLabel()
        self._add_events_pane()
        self._build_layout()
        self._connect_signals()
        self.retranslate()

    def _build_layout(self) -> None:
        # The name has a row of its own: beside the options it was squeezed to a few
        # letters in a small window.
        row = row_of(label_for(self.name_label, self.name_edit), (self.name_edit, 1))
        options = row_of(
            self.kind_combo,
            12,
            label_for(self.timeout_label, self.timeout_spin),
            self.timeout_spin,
            STRETCH,
            self.lookup_button,
            self.stop_button,
        )
        self._lay_out(
            row,
            options,
            self.name_error,
            self.resolver_label,
            row_of((self.status_label, 1), self.copy_button, self.clear_button),
            (self.table, 1),
        )

    def retranslate(self) -> None:
        """Every text again in the window's language; the status line and the answers'
        words are rebuilt from the values kept."""
        self._set_header(
            self.tr("DNS"),
            self.tr(
                "Which IP addresses does a name stand for, and which name does an address "
                "have? Asked through the system resolver, like every program on this "
                "machine (like nslookup or dig)."
            ),
        )
        self.name_edit.setPlaceholderText(self.tr("a name (example.com) or an address (127.0.0.1)"))
        self.name_edit.setAccessibleName(self.tr("Name or address"))
        for index, text in enumerate(
            (
                self.tr("Automatic"),
                self.tr("Name → addresses (A, AAAA)"),
                self.tr("Address → name (reverse)"),
            )
        ):
            self.kind_combo.setItemText(index, text)
        self.kind_combo.setAccessibleName(self.tr("Lookup kind"))
        self.timeout_spin.setSuffix(self.tr(" s"))
        self.timeout_spin.setAccessibleName(self.tr("Timeout"))
        self.lookup_button.setText(self.tr("Look up"))
        self.clear_button.setText(self.tr("Clear"))
        self.status_label.setAccessibleDescription(self.tr("Lookup status"))  # a name hides it
        self.table.setAccessibleName(self.tr("Answers"))
        self.resolver_label.setText(translate_message(resolver_description()))
        self.name_label.setText(self.tr("Name or address:"))
        self.timeout_label.setText(self.tr("Timeout:"))
        for row, values in enumerate(self._rows):
            for column, text in enumerate(self._row_texts(values)):
                item = self.table.item(row, column)
                if item is not None:
                    item.setText(text)
        self._show_status()
        super().retranslate()

    def _row_texts(self, values: tuple[str, object, object, float | str, str]) -> tuple[str, ...]:
        """An answer's cells in the window's language ("alias", an error's words, the
        time's decimal mark)."""
        query, kind, answer, elapsed_ms, _colour = values
        if kind is ALIAS:
            kind = self.tr("alias")
        return (query, str(kind), translate_message(answer), _time_text(elapsed_ms))  # type: ignore[arg-type]

    def _set_status(self, *values: object) -> None:
        self._status = values
        self._show_status()

    def _show_status(self) -> None:
        """The status line, in the window's language, from the values kept."""
        kind, *values = self._status
        if kind == "name_of":
            text = self.tr("Looking up the name of {query}...").format(query=values[0])
        elif kind == "addresses_of":
            text = self.tr("Looking up the addresses of {query}...").format(query=values[0])
        elif kind == "stopped":
            text = self.tr("Stopped the lookup of {query}.").format(query=values[0])
        elif kind == "no_answer":
            text = self.tr("No answer for {query}.").format(query=values[0])
        elif kind == "reverse":
            address, name, elapsed_ms = values
            text = self.tr("{address} is {name} ({time}).").format(
                address=address, name=name, time=_time_text(elapsed_ms)
            )
        elif kind == "forward":
            name, count, ipv4, ipv6, elapsed_ms, hosts_file = values
            with window_numbers():
                status = self.tr(
                    "{name}: %Ln address(es) ({ipv4} IPv4, {ipv6} IPv6) in {time}.", "", count
                )
            text = status.format(name=name, ipv4=ipv4, ipv6=ipv6, time=_time_text(elapsed_ms))
            if hosts_file:
                #: {path} is the hosts file, /etc/hosts on Linux and macOS.
                note = self.tr("From the hosts file ({path}): no DNS packet was sent.")
                text += " " + note.format(path=hosts_file)
        else:
            text = ""
        self.status_label.setText(text)

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
        self._set_status("name_of" if is_reverse else "addresses_of", query)
        self._set_running(True)
        self._run.start(lookup_engine(query, reverse=reverse, timeout=self.timeout_spin.value()))

    @Slot()
    def stop(self) -> None:
        """Give up on the lookup in progress (the resolver's answer, if any, is dropped)."""
        if self._run.is_running():
            self._run.stop()
            self._set_status("stopped", self._query)

    @Slot()
    def clear(self) -> None:
        """Remove every answer."""
        self.table.setRowCount(0)
        self._rows = []
        self._set_status("")

    def _text_to_copy(self) -> str | None:
        """The answers as tab-separated lines."""
        return "\n".join(table_text(self.table.model()))

    def _show_error(self, error: ErrorEvent) -> None:
        self.name_error.show_error(error.message)
        self._set_status("no_answer", self._query)
        self._add_row(self._query, "—", error.message, "", "error")

    def _show_result(self, result: CallResult) -> None:
        answer: ForwardAnswer | ReverseAnswer = result.value
        time_text = result.elapsed_ms  # written with the window's decimal mark when shown
        if isinstance(answer, ReverseAnswer):
            self._add_row(answer.address, "PTR", answer.name, time_text)
            for alias in answer.aliases:
                self._add_row(answer.address, ALIAS, alias, time_text)
            self._set_status("reverse", answer.address, answer.name, time_text)
            return
        for kind, address in answer.records:
            self._add_row(answer.name, kind, address, time_text)
        if answer.canonical_name.rstrip(".") != answer.name.rstrip(".") and not is_ip_address(
            answer.name
        ):
            self._add_row(answer.name, "CNAME", answer.canonical_name, time_text)
        self._set_status(
            "forward",
            answer.name,
            len(answer.records),
            len(answer.ipv4),
            len(answer.ipv6),
            time_text,
            answer.hosts_file,
        )

    def _add_row(
        self, query: str, kind: object, answer: object, time_text: float | str, colour: str = ""
    ) -> None:
        """A row of answers; `kind` may be ALIAS and `answer` a core Message: their words
        are picked now and again on a language change."""
        values = (query, kind, answer, time_text, colour)
        self._rows.append(values)
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(self._row_texts(values)):
            item = StatusItem(text, colour)  # colour: a status kind, painted per palette
            self.table.setItem(row, column, item)
        self.table.scrollToBottom()


def _time_text(elapsed_ms: float | str) -> str:
    """A lookup's time, `12.3 ms` (`12,3 ms` in Russian); text (an error row's) as it is."""
    if isinstance(elapsed_ms, str):
        return elapsed_ms
    return f"{format_decimal(elapsed_ms)} ms"
