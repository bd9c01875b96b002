"""Port check panel: host and ports, a progress bar, Stop, and a sortable table of results."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.address import AddressError, parse_port_ranges, validate_host
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
    EVENTS_HEIGHT,
    STATE_COLOURS,
    copy_text,
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


#: The invisible root: a table's rows have no parent.
NO_PARENT = QModelIndex()


class PortResultsModel(QAbstractTableModel):
    """The results of one check, appended in batches; columns Port, State, Service, Time."""

    HEADERS = (
        QT_TRANSLATE_NOOP("PortResultsModel", "Port"),
        QT_TRANSLATE_NOOP("PortResultsModel", "State"),
        QT_TRANSLATE_NOOP("PortResultsModel", "Service"),
        QT_TRANSLATE_NOOP("PortResultsModel", "Time"),
        QT_TRANSLATE_NOOP("PortResultsModel", "Detail"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.results: list[PortResult] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def state_text(self, state: str) -> str:
        """A port state in the window's language."""
        return translate_message(state_word(state))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid():
            return None
        result = self.results[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{result.port}/tcp",
                self.state_text(result.state),
                result.service or "—",
                f"{result.elapsed_ms:.1f} ms",
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
            return QColor(STATE_COLOURS.get(result.state, "#000000"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def append(self, results: list[PortResult]) -> None:
        """Add a batch of results (one model signal per batch)."""
        if not results:
            return
        first = len(self.results)
        self.beginInsertRows(QModelIndex(), first, first + len(results) - 1)
        self.results.extend(results)
        self.endInsertRows()

    def clear(self) -> None:
        """Remove every result."""
        self.beginResetModel()
        self.results = []
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


class PortCheckPanel(QWidget):
    """Runs a PortCheckEngine on a worker: progress, Stop, results sorted by port."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = EngineRun(self)
        self.finished_event: PortCheckFinished | None = None
        self._total = 0
        self._counts: dict[str, int] = {}

        self.host_edit = QLineEdit(load_setting(f"{SETTINGS}/host", "127.0.0.1", str))
        self.host_edit.setAccessibleName(self.tr("Host"))
        self.host_edit.setPlaceholderText(self.tr("host name or IP address"))
        self.host_error = FieldError()
        self.ports_edit = QLineEdit(load_setting(f"{SETTINGS}/ports", "22,80,443,5555", str))
        self.ports_edit.setAccessibleName(self.tr("Ports"))
        self.ports_edit.setPlaceholderText(self.tr("22, 20-25 or 22,80,443"))
        self.ports_error = FieldError()
        self.presets_button = QToolButton(text=self.tr("Presets"))
        self.presets_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.presets_button)
        for title, ports in PRESETS:
            action = menu.addAction(self.tr(title))
            action.setData(ports)
        self.presets_button.setMenu(menu)
        self.timeout_spin = QDoubleSpinBox(
            minimum=0.1,
            maximum=30.0,
            value=load_setting(f"{SETTINGS}/timeout", DEFAULT_TIMEOUT, float),
            singleStep=0.5,
            suffix=self.tr(" s"),
        )
        self.timeout_spin.setAccessibleName(self.tr("Timeout per port"))
        self.concurrency_spin = QSpinBox(
            minimum=1,
            maximum=MAX_CONCURRENCY,
            value=load_setting(f"{SETTINGS}/concurrency", DEFAULT_CONCURRENCY, int),
        )
        self.concurrency_spin.setAccessibleName(self.tr("Ports at a time"))
        self.start_button = QPushButton(self.tr("Check"))
        self.start_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setEnabled(False)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.show_closed_check = QCheckBox(self.tr("Show closed ports"))
        self.show_closed_check.setChecked(True)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress_label = QLabel("")
        self.progress_label.setAccessibleDescription(self.tr("Port check status"))
        self.model = PortResultsModel(self)
        self.proxy = HideClosedProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Port results"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        setup_table(self.table, stretch_column=4)
        for column in (0, 1, 2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.events_pane = EventsPane()
        self.events_pane.set_expanded(False)
        self.events_pane.view.setMaximumHeight(EVENTS_HEIGHT)  # the results keep the room
        self._build_layout()
        self._connect_signals()

    def _build_layout(self) -> None:
        form = QFormLayout()
        host_box = QVBoxLayout()
        host_box.setSpacing(2)
        host_box.addWidget(self.host_edit)
        host_box.addWidget(self.host_error)
        form.addRow(self.tr("Host:"), host_box)
        form.labelForField(host_box).setBuddy(self.host_edit)
        ports_row = QHBoxLayout()
        ports_row.addWidget(self.ports_edit, 1)
        ports_row.addWidget(self.presets_button)
        ports_box = QVBoxLayout()
        ports_box.setSpacing(2)
        ports_box.addLayout(ports_row)
        ports_box.addWidget(self.ports_error)
        form.addRow(self.tr("Ports:"), ports_box)
        form.labelForField(ports_box).setBuddy(self.ports_edit)
        options = QHBoxLayout()
        options.addWidget(buddy_label(self.tr("Timeout per port:"), self.timeout_spin))
        options.addWidget(self.timeout_spin)
        options.addSpacing(16)
        options.addWidget(buddy_label(self.tr("At a time:"), self.concurrency_spin))
        options.addWidget(self.concurrency_spin)
        options.addStretch(1)
        options.addWidget(self.start_button)
        options.addWidget(self.stop_button)
        form.addRow("", options)
        status = QHBoxLayout()
        status.addWidget(self.progress, 1)
        status.addWidget(self.progress_label, 1)
        view_row = QHBoxLayout()
        view_row.addWidget(self.show_closed_check)
        view_row.addStretch(1)
        view_row.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            panel_header(
                self.tr("Port check"),
                self.tr(
                    "Which TCP ports accept a connection? open: a program listens; closed: the "
                    "host refused; filtered: no answer in time (a firewall?). "
                    "At most {count} ports a run. Check only hosts you may test."
                ).format(count=f"{MAX_PORTS:,}"),
            )
        )
        layout.addLayout(form)
        layout.addLayout(status)
        layout.addLayout(view_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.events_pane)

    def _connect_signals(self) -> None:
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        add_shortcut(self, Qt.Key.Key_Escape, self.stop_button.click, children=True)
        self.copy_button.clicked.connect(self.copy)
        self.presets_button.menu().triggered.connect(self._on_preset)
        self.show_closed_check.toggled.connect(self.proxy.set_show_closed)
        self.host_edit.textEdited.connect(self.host_error.clear_error)
        self.ports_edit.textEdited.connect(self.ports_error.clear_error)
        self.host_edit.returnPressed.connect(self.start)
        self.ports_edit.returnPressed.connect(self.start)
        self._run.events.connect(self._on_events)
        self._run.events.connect(self.events_pane.append_events)
        self._run.failed.connect(self.host_error.show_error)
        self._run.finished.connect(self._on_finished)

    # ------------------------------------------------------------ actions
    @Slot()
    def start(self) -> None:
        """Validate host and ports, then check them on a worker thread."""
        ok = True
        try:
            host = validate_host(self.host_edit.text())
            self.host_error.clear_error()
        except AddressError as exc:
            self.host_error.show_error(exc)
            ok = False
        try:
            ports = parse_port_ranges(self.ports_edit.text(), limit=MAX_PORTS)
            self.ports_error.clear_error()
        except AddressError as exc:
            self.ports_error.show_error(exc)
            ok = False
        if not ok:
            return
        save_settings(
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
        self.progress_label.setText(
            self.tr("Checking {count} ports on {host}...").format(
                count=f"{len(ports):,}", host=host
            )
        )
        self._set_running(True)
        engine = PortCheckEngine(
            host,
            ports,
            timeout=self.timeout_spin.value(),
            concurrency=self.concurrency_spin.value(),
        )
        self._run.start(engine)

    @Slot()
    def stop(self) -> None:
        """Stop the check; the results so far stay."""
        self._run.stop()

    @Slot()
    def copy(self) -> None:
        """Copy the shown results as `port/tcp  state  service` lines."""
        lines = []
        for row in range(self.proxy.rowCount()):
            cells = [self.proxy.index(row, c).data() for c in range(4)]
            lines.append("\t".join(str(cell) for cell in cells))
        if self.finished_event is not None:
            lines.append(translate_message(self.finished_event.as_text()))
        copy_text("\n".join(lines))

    @Slot(object)
    def _on_preset(self, action) -> None:
        self.ports_edit.setText(str(action.data()))
        self.ports_error.clear_error()

    def _set_running(self, running: bool) -> None:
        self.start_button.setEnabled(not running)
        self.stop_button.setEnabled(running)

    def is_running(self) -> bool:
        """True while a check runs."""
        return self._run.is_running()

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
                self.progress_label.setText(
                    self.tr("Checking {count} ports on {host}...").format(
                        count=f"{event.total:,}", host=target
                    )
                )
            elif isinstance(event, PortCheckFinished):
                self.finished_event = event
            elif isinstance(event, ErrorEvent) and event.fatal:
                field = self.host_error if event.field == "host" else self.ports_error
                field.show_error(event.message)
                self.progress_label.setText(self.tr("Not started."))
        if results:
            done = len(self.model.results)
            self.progress.setValue(done)
            self.progress_label.setText(self._status_text(done))
        if self.finished_event is not None:
            self.progress_label.setText(translate_message(self.finished_event.as_text()))

    def _status_text(self, done: int) -> str:
        parts = [
            f"{self._counts.get(state, 0):,} {self.model.state_text(state)}"
            for state in ("open", "closed", "filtered")
        ]
        done_text = self.tr("{done} of {total}").format(done=f"{done:,}", total=f"{self._total:,}")
        return f"{done_text} · " + " · ".join(parts)

    @Slot()
    def _on_finished(self) -> None:
        self._set_running(False)

    def shutdown(self) -> None:
        """Stop a check in progress."""
        self._run.stop()
