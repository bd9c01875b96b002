"""Neighbours panel: the ARP/NDP table (IP address -> MAC address), or why it is not shown."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.diagnostics.blocking import CallResult
from app.core.diagnostics.neighbours import NeighbourTable, neighbours_engine
from app.core.events import ErrorEvent
from app.ui.diagnostics.common import copy_text, hint_label, panel_header, setup_table
from app.ui.field_error import FieldError
from app.ui.focus import add_shortcut
from app.ui.i18n import translate_message
from app.workers import EngineRun

COLUMNS = (
    QT_TRANSLATE_NOOP("NeighboursPanel", "IP address"),
    QT_TRANSLATE_NOOP("NeighboursPanel", "MAC address"),
    QT_TRANSLATE_NOOP("NeighboursPanel", "Interface"),
    QT_TRANSLATE_NOOP("NeighboursPanel", "State"),
)


class NeighboursPanel(QWidget):
    """Reads the neighbour table on a worker thread; Refresh and Copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = EngineRun(self)
        self.table_data: NeighbourTable | None = None

        self.source_label = QLabel(self.tr("Reading the neighbour table..."))
        self.source_label.setAccessibleDescription(self.tr("Neighbour table source"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setEnabled(False)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Neighbours"))
        setup_table(self.table, stretch_column=3)
        for column in (0, 1, 2):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.unavailable = FieldError()
        self.unavailable.setAccessibleDescription(self.tr("Why the table is not shown"))
        self.note = hint_label(
            self.tr(
                "A machine learns a neighbour's MAC address with ARP (IPv4) or neighbour "
                "discovery (IPv6) the first time it sends to it on the local network. Ping a "
                "LAN address, refresh, and it appears here. Addresses beyond the router never "
                "do: packets to them go to the router's MAC address."
            )
        )
        top = QHBoxLayout()
        top.addWidget(self.source_label, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            panel_header(
                self.tr("Neighbours"),
                self.tr(
                    "Which MAC address has which IP address on the local network (the ARP "
                    "table; like arp -a or ip neigh)."
                ),
            )
        )
        layout.addLayout(top)
        layout.addWidget(self.unavailable)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        add_shortcut(self, "F5", self.refresh_button.click, children=True)
        self.copy_button.clicked.connect(self.copy)
        self._run.events.connect(self._on_events)
        self._run.finished.connect(self._on_finished)
        self._run.failed.connect(self.unavailable.show_error)

    @Slot()
    def refresh(self) -> None:
        """Read the table again, on a worker thread."""
        self.refresh_button.setEnabled(False)
        self._run.start(neighbours_engine())

    @Slot(object)
    def _on_events(self, batch: list) -> None:
        for event in batch:
            if isinstance(event, CallResult):
                self.show_table(event.value)
            elif isinstance(event, ErrorEvent) and event.fatal:
                self.unavailable.show_error(
                    self.tr("Could not read the table: {reason}").format(
                        reason=translate_message(event.message)
                    )
                )

    def show_table(self, table: NeighbourTable) -> None:
        """Fill the rows, or say why there are none."""
        self.table_data = table
        if not table.available:
            self.unavailable.show_error(table.unavailable_reason)
            self.source_label.setText(self.tr("No neighbour table on this system."))
            self.table.setRowCount(0)
            self.table.hide()
            self.copy_button.setEnabled(False)
            return
        self.unavailable.clear_error()
        self.table.show()
        self.copy_button.setEnabled(True)
        count = len(table.entries)
        if count == 1:
            text = self.tr("1 neighbour, read from {source}.")
        else:
            text = self.tr("{count} neighbours, read from {source}.")
        self.source_label.setText(text.format(count=count, source=table.source))
        self.table.setRowCount(count)
        for row, entry in enumerate(table.entries):
            cells = (
                entry.address,
                entry.mac or self.tr("(not resolved)"),
                entry.interface,
                translate_message(entry.state),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text or "—"))

    @Slot()
    def copy(self) -> None:
        """Copy the table as tab-separated lines."""
        if self.table_data is None:
            return
        lines = [
            "\t".join((n.address, n.mac, n.interface, translate_message(n.state)))
            for n in self.table_data.entries
        ]
        copy_text("\n".join(lines))

    @Slot()
    def _on_finished(self) -> None:
        self.refresh_button.setEnabled(True)

    def shutdown(self) -> None:
        """Stop a read in progress."""
        self._run.stop()
