"""Port check panel: host and ports, a progress bar, Stop, and a sortable table of results."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QSpinBox,
    QTableView,
    QToolButton,
    QWidget,
)

from app.core.address import AddressError, parse_port_ranges
from app.core.diagnostics.portcheck import (
    CLOSED,
    DEFAULT_CONCURRENCY,
    DEFAULT_TIMEOUT,
    MAX_CONCURRENCY,
    MAX_PORTS,
    PortCheckEngine,
    PortCheckFinished,
    PortCheckStarted,
    PortResult,
    state_word,
)
from app.core.events import ErrorEvent
from app.ui.diagnostics.common import (
    STATE_KINDS,
    STRETCH,
    HeaderedTableModel,
    add_field_row,
    options_row,
    row_of,
    setup_table,
    table_text,
)
from app.ui.diagnostics.panel import DiagnosticsPanel
from app.ui.field_error import FieldError
from app.ui.i18n import format_count, format_decimal, translate_message, window_numbers
from app.ui.settings import read_setting, write_settings
from app.ui.theme import status_color

SETTINGS = "diagnostics/ports"
PRESETS = (
    (
        QT_TRANSLATE_NOOP("PortCheckPanel", "Common services"),
        "21,22,23,25,53,80,110,143,443,445,993,995,3306,3389,5432,8080",
    ),
    (QT_TRANSLATE_NOOP("PortCheckPanel", "Well-known ports 1-1024"), "1-1024"),
    (QT_TRANSLATE_NOOP("PortCheckPanel", "SocketLab chat 5555"), "5555"),
    (QT_TRANSLATE_NOOP("PortCheckPanel", "Web 80,443,8080,8443"), "80,443,8080,8443"),
)


PORT_STATES = ("open", "closed", "filtered")


class PortResultsModel(HeaderedTableModel):
    """The results of one check, appended in batches; columns Port, State, Service, Time."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PortResultsModel", "Port"),
        QT_TRANSLATE_NOOP("PortResultsModel", "State"),
        QT_TRANSLATE_NOOP("PortResultsModel", "Service"),
        QT_TRANSLATE_NOOP("PortResultsModel", "Time"),
        QT_TRANSLATE_NOOP("PortResultsModel", "Detail"),
    )

    @property
    def results(self) -> list[PortResult]:
        """The results so far, in the order they came."""
        return self.rows

    def state_text(self, state: str) -> str:
        """A port state in the window's language."""
        return translate_message(state_word(state))

    def cell(self, result: PortResult, column: int, role: int) -> object:  # type: ignore[override]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{result.port}/tcp",
                self.state_text(result.state),
                result.service or "—",
                f"{format_decimal(result.elapsed_ms)} ms",
                translate_message(result.detail),
            )[column]
        if role == Qt.ItemDataRole.UserRole:  # sort keys
            return (
                result.port,
                result.state,
                result.service,
                result.elapsed_ms,
                result.detail,
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            kind = STATE_KINDS.get(result.state)
            return status_color(kind, QGuiApplication.palette()) if kind else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def append(self, results: list[PortResult]) -> None:
        """Add a batch of results (one model signal per batch)."""
        if not results:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(results) - 1)
        self.rows.extend(results)
        self.endInsertRows()

    def clear(self) -> None:
        """Remove every result."""
        self.beginResetModel()
        self.rows = []
        self.endResetModel()


class HideClosedProxy(QSortFilterProxyModel):
    """Sorts by the real values (port numbers, not text) and can hide closed ports."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.show_closed = True
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_show_closed(self, show: bool) -> None:
        """Show or hide the closed ports."""
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+: invalidateFilter() is deprecated
            self.beginFilterChange()
            self.show_closed = show
            self.endFilterChange()
        else:
            self.show_closed = show
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if self.show_closed:
            return True
        model = self.sourceModel()
        assert isinstance(model, PortResultsModel)
        return model.results[source_row].state != CLOSED


class PortCheckPanel(DiagnosticsPanel):
    """Runs a PortCheckEngine on a worker: progress, Stop, results sorted by port."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finished_event: PortCheckFinished | None = None
        self._total = 0
        self._counts: dict[str, int] = {}

        self._progress: tuple = ("",)  # what the progress line says, as values

        self.host_edit = QLineEdit(read_setting(f"{SETTINGS}/host", "127.0.0.1"))
        self.host_error = self.failure_field = FieldError()
        self.ports_edit = QLineEdit(read_setting(f"{SETTINGS}/ports", "22,80,443,5555"))
        self.ports_error = FieldError()
        self.presets_button = QToolButton()
        self.presets_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.presets_button)
        for _title, ports in PRESETS:
            action = menu.addAction("")
            action.setData(ports)
        self.presets_button.setMenu(menu)
        self.timeout_spin = QDoubleSpinBox(
            minimum=0.1,
            maximum=30.0,
            value=read_setting(f"{SETTINGS}/timeout", DEFAULT_TIMEOUT),
            singleStep=0.5,
        )
        self.concurrency_spin = QSpinBox(
            minimum=1,
            maximum=MAX_CONCURRENCY,
            value=read_setting(f"{SETTINGS}/concurrency", DEFAULT_CONCURRENCY),
        )
        self.start_button, self.stop_button = self._run_buttons(self.tr("Check"), self.start)
        self.show_closed_check = QCheckBox()
        self.show_closed_check.setChecked(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label = QLabel("")
        self.model = PortResultsModel(self)
        self.proxy = HideClosedProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        setup_table(self.table, stretch_column=4, fit_columns=(0, 1, 2, 3))
        self.host_label, self.ports_label = QLabel(), QLabel()
        self.timeout_label, self.concurrency_label = QLabel(), QLabel()
        self._add_events_pane()
        self._build_layout()
        self._connect_signals()
        self.retranslate()

    def _build_layout(self) -> None:
        form = QFormLayout()
        add_field_row(form, self.host_label, self.host_edit, self.host_edit, self.host_error)
        ports_row = row_of((self.ports_edit, 1), self.presets_button)
        add_field_row(form, self.ports_label, ports_row, self.ports_edit, self.ports_error)
        options = options_row(
            (self.timeout_label, self.timeout_spin),
            (self.concurrency_label, self.concurrency_spin),
            buttons=(self.start_button, self.stop_button),
        )
        form.addRow("", options)
        status = row_of((self.progress, 1), (self.progress_label, 1))
        view_row = row_of(self.show_closed_check, STRETCH, self.copy_button)
        self._lay_out(form, status, view_row, (self.table, 1))

    def retranslate(self) -> None:
        """Every text again in the window's language; the progress line is rebuilt from
        the counts kept, the results' words and titles are asked for again."""
        self._set_header(
            self.tr("Port check"),
            self.tr(
                "Which TCP ports accept a connection? open: a program listens; closed: the "
                "host refused; filtered: no answer in time (a firewall?). "
                "At most {count} ports a run. Check only hosts you may test."
            ).format(count=format_count(MAX_PORTS)),
        )
        self.host_edit.setAccessibleName(self.tr("Host"))
        self.host_edit.setPlaceholderText(self.tr("host name or IP address"))
        self.ports_edit.setAccessibleName(self.tr("Ports"))
        self.ports_edit.setPlaceholderText(self.tr("22, 20-25 or 22,80,443"))
        self.presets_button.setText(self.tr("Presets"))
        for action, (title, _ports) in zip(
            self.presets_button.menu().actions(), PRESETS, strict=True
        ):
            action.setText(self.tr(title))
        self.timeout_spin.setSuffix(self.tr(" s"))
        self.timeout_spin.setAccessibleName(self.tr("Timeout per port"))
        self.concurrency_spin.setAccessibleName(self.tr("Ports at a time"))
        self.start_button.setText(self.tr("Check"))
        self.show_closed_check.setText(self.tr("Show closed ports"))
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress_label.setAccessibleDescription(self.tr("Port check status"))
        self.table.setAccessibleName(self.tr("Port results"))
        self.host_label.setText(self.tr("Host:"))
        self.ports_label.setText(self.tr("Ports:"))
        self.timeout_label.setText(self.tr("Timeout per port:"))
        self.concurrency_label.setText(self.tr("At a time:"))
        self.model.retranslate()
        self._show_progress()
        super().retranslate()

    def _set_progress(self, *values: object) -> None:
        self._progress = values
        self._show_progress()

    def _show_progress(self) -> None:
        """The progress line, in the window's language, from the values kept."""
        kind, *values = self._progress
        if kind == "checking":
            count, host = values
            text = self._checking_text(count).format(host=host)
        elif kind == "not_started":
            text = self.tr("Not started.")
        elif kind == "done":
            text = self._status_text(values[0])
        elif kind == "finished" and self.finished_event is not None:
            text = translate_message(self.finished_event.as_text())
        else:
            text = ""
        self.progress_label.setText(text)

    def _connect_signals(self) -> None:
        self.presets_button.menu().triggered.connect(self._on_preset)
        self.show_closed_check.toggled.connect(self.proxy.set_show_closed)
        self.host_edit.textEdited.connect(self.host_error.clear_error)
        self.ports_edit.textEdited.connect(self.ports_error.clear_error)
        self.host_edit.returnPressed.connect(self.start)
        self.ports_edit.returnPressed.connect(self.start)

    # ------------------------------------------------------------ actions
    @Slot()
    def start(self) -> None:
        """Validate host and ports, then check them on a worker thread."""
        host = self._valid_host(self.host_edit, self.host_error)
        try:
            ports = parse_port_ranges(self.ports_edit.text(), limit=MAX_PORTS)
            self.ports_error.clear_error()
        except AddressError as exc:
            self.ports_error.show_error(exc)
            return
        if host is None:
            return
        write_settings(
            {
                f"{SETTINGS}/host": host,
                f"{SETTINGS}/ports": self.ports_edit.text().strip(),
                f"{SETTINGS}/timeout": self.timeout_spin.value(),
                f"{SETTINGS}/concurrency": self.concurrency_spin.value(),
            }
        )
        self.model.clear()
        self.finished_event = None
        self._total = len(ports)
        self._counts = {}
        self.progress.setRange(0, len(ports))
        self.progress.setValue(0)
        self._set_progress("checking", len(ports), host)
        self._set_running(True)
        engine = PortCheckEngine(
            host,
            ports,
            timeout=self.timeout_spin.value(),
            concurrency=self.concurrency_spin.value(),
        )
        self._run.start(engine)

    def _text_to_copy(self) -> str | None:
        """The shown results as `port/tcp  state  service  time` lines, and the summary."""
        lines = table_text(self.proxy, columns=4)
        if self.finished_event is not None:
            lines.append(translate_message(self.finished_event.as_text()))
        return "\n".join(lines)

    @Slot(object)
    def _on_preset(self, action) -> None:
        self.ports_edit.setText(str(action.data()))
        self.ports_error.clear_error()

    # ------------------------------------------------------------ events
    @Slot(object)
    def _on_events(self, batch: list) -> None:
        results = [event for event in batch if isinstance(event, PortResult)]
        self.model.append(results)
        for result in results:
            self._counts[result.state] = self._counts.get(result.state, 0) + 1
        for event in batch:
            if isinstance(event, PortCheckStarted):
                target = (
                    event.host if event.host == event.address else f"{event.host} ({event.address})"
                )
                self._total = event.total
                self._set_progress("checking", event.total, target)
            elif isinstance(event, PortCheckFinished):
                self.finished_event = event
            elif isinstance(event, ErrorEvent) and event.fatal:
                field = self.host_error if event.field == "host" else self.ports_error
                field.show_error(event.message)
                self._set_progress("not_started")
        if results:
            done = len(self.model.results)
            self.progress.setValue(done)
            self._set_progress("done", done)
        if self.finished_event is not None:
            self._set_progress("finished")

    def _status_text(self, done: int) -> str:
        counts = {state: format_count(self._counts.get(state, 0)) for state in PORT_STATES}
        #: Progress of a port check: "12 of 100 · 2 open · 9 closed · 1 filtered".
        return self.tr(
            "{done} of {total} · {open} open · {closed} closed · {filtered} filtered"
        ).format(done=format_count(done), total=format_count(self._total), **counts)

    def _checking_text(self, count: int) -> str:
        with window_numbers():
            return self.tr("Checking %Ln port(s) on {host}...", "", count)
