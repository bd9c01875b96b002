"""Neighbours panel: the ARP/NDP table (IP address -> MAC address), or why it is not shown."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QLabel, QTableWidgetItem, QWidget

from app.core.diagnostics.blocking import CallResult
from app.core.diagnostics.neighbours import NeighbourTable, neighbours_engine
from app.core.engine import Engine
from app.ui.diagnostics.common import hint_label
from app.ui.diagnostics.panel import DiagnosticsPanel
from app.ui.diagnostics.state_notes import neighbour_state_note
from app.ui.field_error import FieldError
from app.ui.i18n import translate_message, window_numbers

COLUMNS = (
    QT_TRANSLATE_NOOP("NeighboursPanel", "IP address"),
    QT_TRANSLATE_NOOP("NeighboursPanel", "MAC address"),
    QT_TRANSLATE_NOOP("NeighboursPanel", "Interface"),
    QT_TRANSLATE_NOOP("NeighboursPanel", "State"),
)


class NeighboursPanel(DiagnosticsPanel):
    """Reads the neighbour table on a worker thread; Refresh and Copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_data: NeighbourTable | None = None

        self.source_label = QLabel()
        self.refresh_button = self._refresh_button()
        self.copy_button.setEnabled(False)
        self.table = self._table_widget(
            COLUMNS, self.tr("Neighbours"), stretch_column=3, fit_columns=(0, 1, 2)
        )
        self.unavailable = self.failure_field = FieldError()
        self.note = hint_label()
        self._lay_out_reader(self.source_label, self.unavailable, self.table, self.note)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again in the window's language; the table is shown again."""
        self._set_header(
            self.tr("Neighbours"),
            self.tr(
                "Which MAC address has which IP address on the local network (the ARP "
                "table; like arp -a or ip neigh)."
            ),
        )
        self.source_label.setAccessibleDescription(self.tr("Neighbour table source"))
        self.table.setAccessibleName(self.tr("Neighbours"))
        self.failure_text = self.tr("Could not read the table: {reason}")
        self.unavailable.setAccessibleDescription(self.tr("Why the table is not shown"))
        self.note.setText(
            self.tr(
                "A machine learns a neighbour's MAC address with ARP (IPv4) or neighbour "
                "discovery (IPv6) the first time it sends to it on the local network. Ping a "
                "LAN address, refresh, and it appears here. Addresses beyond the router never "
                "do: packets to them go to the router's MAC address."
            )
        )
        if self.table_data is None:
            self.source_label.setText(self.tr("Reading the neighbour table..."))
        else:
            self.show_table(self.table_data)
        super().retranslate()

    def _new_reader(self) -> Engine:
        return neighbours_engine()

    def _show_result(self, result: CallResult) -> None:
        self.show_table(result.value)

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
        with window_numbers():
            text = self.tr("%Ln neighbour(s), read from {source}.", "", count)
        self.source_label.setText(text.format(source=table.source))
        self.table.setRowCount(count)
        for row, entry in enumerate(table.entries):
            cells = (
                entry.address,
                entry.mac or self.tr("(not resolved)"),
                entry.interface,
                translate_message(entry.state),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text or "—")
                if column == 3:  # what the state means, on hover
                    item.setToolTip(neighbour_state_note(entry.state) or "")
                self.table.setItem(row, column, item)

    def _text_to_copy(self) -> str | None:
        """The table as tab-separated lines."""
        if self.table_data is None:
            return None
        lines = [
            "\t".join((n.address, n.mac, n.interface, translate_message(n.state)))
            for n in self.table_data.entries
        ]
        return "\n".join(lines)
