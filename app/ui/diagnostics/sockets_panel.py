"""Sockets panel: this machine's TCP and UDP sockets, refreshed every second while visible.

A learner opens a chat, sees the ESTABLISHED pair appear (highlighted for a few
seconds), closes it and watches one side wait in TIME_WAIT. The psutil walk runs on
the SocketTableEngine's helper thread; the table updates row by row, so the selection
and the scroll position survive each refresh.
"""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QFont, QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from app.core.diagnostics.sockets import (
    OWNERLESS_STATES,
    TCP_STATES,
    SocketEntry,
    SocketListing,
    SocketSnapshot,
    SocketTableEngine,
    filter_sockets,
)
from app.core.engine import EngineStopped
from app.core.events import ErrorEvent
from app.ui.diagnostics.common import HeaderedTableModel, hint_label, row_of, setup_table
from app.ui.diagnostics.panel import DiagnosticsPanel
from app.ui.diagnostics.state_notes import tcp_state_note
from app.ui.i18n import format_count, format_decimal, translate_message, window_numbers
from app.ui.theme import match_background, status_color

REFRESH_MS = 1000
#: How long a new socket, or one whose state changed, stays highlighted.
HIGHLIGHT_SECONDS = 3.0
#: Meanings (theme.status_color kinds) of socket states' colours.
STATE_KINDS = {
    "LISTEN": "info",
    "ESTABLISHED": "ok",
    "TIME_WAIT": "warning",
    "CLOSE_WAIT": "error",
}
ALL_STATES = QT_TRANSLATE_NOOP("SocketsPanel", "All states")


def protocol_text(entry: SocketEntry) -> str:
    """`TCP`, `TCP6`, `UDP`, `UDP6`, as netstat writes them."""
    return entry.protocol + ("6" if entry.family == "IPv6" else "")


def owner_tooltip(entry: SocketEntry) -> str | None:
    """Why a socket shows no program, in words."""
    if entry.state in OWNERLESS_STATES:
        return QCoreApplication.translate(
            "SocketTableModel",
            "A TIME_WAIT socket belongs to no program any more: the system keeps it for "
            "up to a minute so that late packets of the old connection are not mistaken "
            "for a new one.",
        )
    if not entry.process:
        return QCoreApplication.translate(
            "SocketTableModel",
            "The program is hidden: it belongs to another user (or another container).",
        )
    return None


def state_text(entry: SocketEntry) -> str:
    """The State column: the state as the system names it, and for a TIME_WAIT socket
    the seconds it has left where the system says (Linux)."""
    if entry.state == "TIME_WAIT" and entry.time_left is not None:
        #: {state} is TIME_WAIT (kept in English, like ss and netstat write it).
        text = QCoreApplication.translate("SocketTableModel", "{state}, {seconds} s left")
        return text.format(state=entry.state, seconds=format_decimal(entry.time_left, 0))
    return entry.state or "—"


def state_tooltip(entry: SocketEntry) -> str | None:
    """What the state means, and how long a TIME_WAIT socket has left (or that this
    system does not say)."""
    note = tcp_state_note(entry.state)
    if note is None or entry.state != "TIME_WAIT":
        return note
    if entry.time_left is None:
        left = QCoreApplication.translate(
            "SocketTableModel", "Time left: unknown (this system does not tell)."
        )
    else:
        left = QCoreApplication.translate(
            "SocketTableModel", "Time left: {seconds} s, then the system forgets it."
        ).format(seconds=format_decimal(entry.time_left, 0))
    return f"{note}\n{left}"


class SocketTableModel(HeaderedTableModel):
    """Rows of SocketEntry, updated in place: removed and inserted rows, changed cells."""

    HEADERS = (
        QT_TRANSLATE_NOOP("SocketTableModel", "Protocol"),
        QT_TRANSLATE_NOOP("SocketTableModel", "Local address"),
        QT_TRANSLATE_NOOP("SocketTableModel", "Remote address"),
        QT_TRANSLATE_NOOP("SocketTableModel", "State"),
        QT_TRANSLATE_NOOP("SocketTableModel", "Program (PID)"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[SocketEntry] = []
        self._changed_at: dict[tuple, float] = {}
        self._states: dict[tuple, str] = {}
        self._loaded = False
        self._selected_key: tuple | None = None  # the selected socket: its peer is marked
        self._peer_keys: frozenset[tuple] = frozenset()

    def cell(self, entry: SocketEntry, column: int, role: int) -> object:  # type: ignore[override]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                protocol_text(entry),
                entry.local,
                entry.remote,
                state_text(entry),
                entry.owner or "—",
            )[column]
        marked = self.is_highlighted(entry) or self.is_peer(entry)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and entry.state in STATE_KINDS:
            # readable on the row's background, the amber of a followed socket included
            palette = QGuiApplication.palette()
            background = match_background(palette) if marked else None
            return status_color(STATE_KINDS[entry.state], palette, background)
        if role == Qt.ItemDataRole.BackgroundRole and marked:
            return match_background(QGuiApplication.palette())
        if role == Qt.ItemDataRole.FontRole and self.is_peer(entry):
            font = QFont()
            font.setBold(True)  # the other end stands out from a merely new row
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 4:
                return owner_tooltip(entry)
            if column == 3:
                return state_tooltip(entry)
            if self.is_peer(entry):
                return QCoreApplication.translate(
                    "SocketTableModel",
                    "The other end of the selected connection: the same connection seen "
                    "from its peer (local and remote swapped).",
                )
        return None

    def is_peer(self, entry: SocketEntry) -> bool:
        """True when `entry` is the other end of the selected socket's connection."""
        return entry.key in self._peer_keys

    def set_selected(self, entry: SocketEntry | None) -> None:
        """Mark the other end of `entry`'s connection (None: mark nothing) for as long as
        it stays selected; its row is found again after each refresh."""
        self._selected_key = entry.key if entry is not None else None
        self._find_peers()

    def _find_peers(self) -> None:
        selected = None
        if self._selected_key is not None:
            selected = next((row for row in self.rows if row.key == self._selected_key), None)
        peers = frozenset(
            row.key for row in self.rows if selected is not None and selected.is_peer_of(row)
        )
        if peers != self._peer_keys:
            self._peer_keys = peers
            self._repaint_rows()

    def _repaint_rows(self) -> None:
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.HEADERS) - 1)
            )

    def is_highlighted(self, entry: SocketEntry, now: float | None = None) -> bool:
        """True for a few seconds after the socket appeared or changed state."""
        changed = self._changed_at.get(entry.key)
        return changed is not None and (now or time.monotonic()) - changed < HIGHLIGHT_SECONDS

    def track(self, entries: tuple[SocketEntry, ...] | list[SocketEntry]) -> None:
        """Note which sockets are new or changed state since the last snapshot.

        Called with every socket, before any filter: a row that only comes into view
        because the filter changed is not new. The first snapshot highlights nothing.
        """
        now = time.monotonic()
        states = {entry.key: entry.state for entry in entries}
        if self._loaded:
            for key, state in states.items():
                if key not in self._states or self._states[key] != state:
                    self._changed_at[key] = now
        self._states = states
        self._loaded = True
        self._changed_at = {
            key: at
            for key, at in self._changed_at.items()
            if key in states and now - at < HIGHLIGHT_SECONDS
        }

    def update_rows(self, new_rows: list[SocketEntry]) -> None:
        """Make the rows equal `new_rows` (sorted) with the fewest model changes."""
        if not self.rows or not self._update_in_place(new_rows):
            self.beginResetModel()
            self.rows = list(new_rows)
            self.endResetModel()
        self._find_peers()
        if self.rows:  # highlights fade: repaint every row's background once a refresh
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.rows) - 1, len(self.HEADERS) - 1),
                [Qt.ItemDataRole.BackgroundRole],
            )

    def _update_in_place(self, new_rows: list[SocketEntry]) -> bool:
        """Remove and insert rows; False when a reset is simpler (many changes, odd order)."""
        new_keys = [row.key for row in new_rows]
        wanted = set(new_keys)
        inserts = len(wanted - {row.key for row in self.rows})
        if inserts > 200 or len(wanted) != len(new_keys):
            return False
        index = len(self.rows) - 1
        while index >= 0:  # remove gone rows, in contiguous runs, from the end
            if self.rows[index].key in wanted:
                index -= 1
                continue
            first = index
            while first > 0 and self.rows[first - 1].key not in wanted:
                first -= 1
            self.beginRemoveRows(QModelIndex(), first, index)
            del self.rows[first : index + 1]
            self.endRemoveRows()
            index = first - 1
        for position, row in enumerate(new_rows):
            if position < len(self.rows) and self.rows[position].key == row.key:
                if self.rows[position] != row:
                    self.rows[position] = row
                    self.dataChanged.emit(
                        self.index(position, 0), self.index(position, len(self.HEADERS) - 1)
                    )
            else:
                self.beginInsertRows(QModelIndex(), position, position)
                self.rows.insert(position, row)
                self.endInsertRows()
        return [row.key for row in self.rows] == new_keys

    def text(self) -> str:
        """The rows as netstat-like lines, for Copy."""
        lines = [f"{'Proto':<6}{'Local address':<28}{'Remote address':<28}{'State':<13}Program"]
        for entry in self.rows:
            lines.append(
                f"{protocol_text(entry):<6}{entry.local:<28}{entry.remote:<28}"
                f"{entry.state or '-':<13}{entry.owner}"
            )
        return "\n".join(lines)


class SocketsPanel(DiagnosticsPanel):
    """The socket table with filters; refreshes every second only while it is shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._engine: SocketTableEngine | None = None
        self.listing: SocketListing | None = None
        self._snapshot: tuple[str, float] | None = None  # the last one's time and duration
        self._shown = 0  # sockets the filters let through
        self._status: tuple = ("reading",)  # what the status line says, as values

        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.state_combo = QComboBox()
        self.state_combo.addItems([self.tr(ALL_STATES), *TCP_STATES])
        self.tcp_check = QCheckBox("TCP")
        self.tcp_check.setChecked(True)
        self.udp_check = QCheckBox("UDP")
        self.udp_check.setChecked(True)
        self.pause_check = QCheckBox()
        self.model = SocketTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        # Every column as wide as its contents, the program's too: a stretched last column
        # cut long program names in a small window (the table scrolls sideways instead).
        setup_table(self.table, stretch_column=4, fit_columns=(0, 1, 2, 3, 4))
        self.status_label = QLabel()
        self.note_label = hint_label()
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self._build_layout()
        self._connect_signals()
        self.retranslate()

    def _build_layout(self) -> None:
        filters = row_of(
            (self.filter_edit, 1),
            self.state_combo,
            self.tcp_check,
            self.udp_check,
            12,
            self.pause_check,
            self.copy_button,
        )
        self._lay_out(filters, (self.table, 1), self.status_label, self.note_label)

    def retranslate(self) -> None:
        """Every text again in the window's language; the status line is rebuilt from the
        last snapshot, the table's titles and tool tips are asked for again."""
        self._set_header(
            self.tr("Sockets on this machine"),
            self.tr(
                "Every TCP and UDP socket: who listens on which port, and every "
                "connection with its state and program (like netstat -an or ss -tuanp)."
            ),
        )
        self.filter_edit.setPlaceholderText(
            self.tr("Filter: a port (5555), a state, or a program name")
        )
        self.filter_edit.setAccessibleName(self.tr("Filter"))
        self.state_combo.setItemText(0, self.tr(ALL_STATES))
        self.state_combo.setAccessibleName(self.tr("State"))
        self.pause_check.setText(self.tr("Pause"))
        self.pause_check.setToolTip(self.tr("Stop refreshing every second, to read the table"))
        self.table.setAccessibleName(self.tr("Sockets"))
        self.status_label.setAccessibleDescription(self.tr("Sockets status"))  # a name hides it
        self.note_label.setText(
            self.tr(
                "Try it: open a chat (Chat tab) and type its port in the filter. The two "
                "ESTABLISHED ends of the connection appear highlighted for a few seconds; "
                "select one and its other end stays marked in bold. Close the chat and the "
                "side that closed first waits in TIME_WAIT for up to a minute (the State "
                "column counts down; hover over a state to read what it means)."
            )
        )
        self.model.retranslate()
        self._show_status()
        super().retranslate()

    def _snapshot_info(self) -> str:
        """ "refreshed 12:00:01 in 3 ms" for the last snapshot ("" before the first)."""
        if self._snapshot is None:
            return ""
        stamp, elapsed_ms = self._snapshot
        return self.tr("refreshed {time} in {ms} ms").format(time=stamp, ms=f"{elapsed_ms:.0f}")

    def _set_status(self, *values: object) -> None:
        self._status = values
        self._show_status()

    def _show_status(self) -> None:
        """The status line, in the window's language, from the values kept."""
        kind, *values = self._status
        if kind == "message":
            text = translate_message(values[0])  # type: ignore[arg-type]
        elif kind == "paused":
            text = self.tr("Paused. {info}").format(info=self._snapshot_info())
        elif kind == "listing" and self.listing is not None:
            total = len(self.listing.entries)
            with window_numbers():
                text = self.tr("%Ln socket(s), {shown} shown · {info}", "", total)
            text = text.format(shown=format_count(self._shown), info=self._snapshot_info())
            if self.pause_check.isChecked():
                text = self.tr("Paused. {info}").format(info=text)
            if self.listing.note:
                text += f"\n{translate_message(self.listing.note)}"
        else:
            text = self.tr("Reading the sockets...")
        self.status_label.setText(text)

    def _connect_signals(self) -> None:
        self.timer.timeout.connect(self.refresh)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.state_combo.currentIndexChanged.connect(self._apply_filter)
        self.tcp_check.toggled.connect(self._apply_filter)
        self.udp_check.toggled.connect(self._apply_filter)
        self.pause_check.toggled.connect(self._on_pause_toggled)
        self.table.selectionModel().selectionChanged.connect(self._mark_peer)

    # ------------------------------------------------------------ visibility
    def showEvent(self, event: QShowEvent) -> None:
        """Start refreshing: once now, then every second."""
        super().showEvent(event)
        if not self.pause_check.isChecked():
            self._start_refreshing()

    def hideEvent(self, event: QHideEvent) -> None:
        """Stop refreshing and end the engine's thread while nobody looks."""
        super().hideEvent(event)
        self._stop_refreshing()

    def _start_refreshing(self) -> None:
        if self._engine is None or not self._run.is_running():
            self._engine = SocketTableEngine()
            self._run.start(self._engine)
        self.refresh()
        self.timer.start()

    def _stop_refreshing(self) -> None:
        self.timer.stop()
        self._run.stop()
        self._engine = None

    @Slot(bool)
    def _on_pause_toggled(self, paused: bool) -> None:
        if paused:
            self._stop_refreshing()
            self._set_status("paused")
        elif self.isVisible():
            self._start_refreshing()

    def is_refreshing(self) -> bool:
        """True while the one-second timer runs."""
        return self.timer.isActive()

    @Slot()
    def refresh(self) -> None:
        """Ask for a new snapshot (the walk runs on the engine's helper thread)."""
        if self._engine is None:
            return
        try:
            self._engine.refresh()
        except EngineStopped:  # it ended (a crash?) and its finish is not handled yet
            self.timer.stop()
            self._engine = None

    @Slot(object)
    def _on_failed(self, message: object) -> None:
        """The engine crashed: say so in the window's language (finished follows)."""
        self._set_status("message", message)

    @Slot()
    def _on_finished(self) -> None:
        """The engine ended by itself (it crashed): stop asking it; showing again restarts."""
        self.timer.stop()
        self._engine = None

    # ------------------------------------------------------------ results
    @Slot(object)
    def _on_events(self, batch: list) -> None:
        snapshots = [event for event in batch if isinstance(event, SocketSnapshot)]
        for event in batch:
            if isinstance(event, ErrorEvent):
                self._set_status("message", event.message)
        if not snapshots:
            return
        latest = snapshots[-1]
        self.listing = latest.listing
        self.model.track(latest.listing.entries)
        stamp = time.strftime("%H:%M:%S", time.localtime(latest.taken_at))
        self._snapshot = (stamp, latest.elapsed_ms)
        self._apply_filter()

    @Slot()
    def _apply_filter(self) -> None:
        if self.listing is None:
            return
        protocols = [
            name
            for name, check in (("TCP", self.tcp_check), ("UDP", self.udp_check))
            if check.isChecked()
        ]
        state = "" if self.state_combo.currentIndex() == 0 else self.state_combo.currentText()
        shown = filter_sockets(
            self.listing.entries,
            self.filter_edit.text(),
            state=state,
            protocols=protocols,
        )
        selected = self._selected_entry()
        self.model.update_rows(shown)
        if selected is not None and self._selected_entry() is None:
            self._select_again(selected)  # a reset (or a changed row) dropped the selection
        self._mark_peer()  # a reset clears the selection without a signal
        self._shown = len(shown)
        self._set_status("listing")

    def _selected_entry(self) -> SocketEntry | None:
        """The one selected socket (None: none, or several)."""
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1 or not 0 <= rows[0].row() < len(self.model.rows):
            return None
        return self.model.rows[rows[0].row()]

    def _select_again(self, entry: SocketEntry) -> None:
        """Select the row of the same connection (its program may have been hidden, or
        shown, since: the pid is not compared)."""
        same = entry.key[:-1]
        for row, candidate in enumerate(self.model.rows):
            if candidate.key[:-1] == same:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return

    @Slot()
    def _mark_peer(self) -> None:
        """Mark the other end of the selected connection, for as long as it is selected."""
        self.model.set_selected(self._selected_entry())

    def _text_to_copy(self) -> str | None:
        """The shown sockets as netstat-like text."""
        return self.model.text()

    def shutdown(self) -> None:
        """Stop refreshing."""
        self._stop_refreshing()
