"""Interfaces panel: every interface with its state, MAC, IPv4/IPv6 addresses; the LAN address."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from app.core.diagnostics.blocking import CallResult
from app.core.diagnostics.interfaces import InterfaceReport, interfaces_engine
from app.core.engine import Engine
from app.ui.diagnostics.common import StatusItem, hint_label
from app.ui.diagnostics.panel import DiagnosticsPanel
from app.ui.field_error import FieldError
from app.ui.i18n import translate_message

COLUMNS = (
    QT_TRANSLATE_NOOP("InterfacesPanel", "Interface"),
    QT_TRANSLATE_NOOP("InterfacesPanel", "State"),
    QT_TRANSLATE_NOOP("InterfacesPanel", "MAC address"),
    "IPv4",
    "IPv6",
    "MTU",
)


class InterfacesPanel(DiagnosticsPanel):
    """Lists the interfaces (read on a worker thread); Refresh and Copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: InterfaceReport | None = None

        self.lan_label = QLabel()
        self.lan_label.setWordWrap(True)  # a long address line wraps in a narrow window
        self.lan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.lan_label.font())
        font.setBold(True)
        self.lan_label.setFont(font)
        self.refresh_button = self._refresh_button()
        self.copy_button.setEnabled(False)
        self.table = self._table_widget(
            COLUMNS, self.tr("Interfaces"), stretch_column=4, fit_columns=(0, 1, 2, 3, 5)
        )
        self.table.setWordWrap(False)
        self.error = self.failure_field = FieldError()
        self.note = hint_label()
        self._lay_out_reader(self.lan_label, self.error, self.table, self.note)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again in the window's language; the report is shown again."""
        self._set_header(
            self.tr("Interfaces"),
            self.tr(
                "This machine's network interfaces, their MAC addresses and IP addresses "
                "with prefix length (like ipconfig /all or ip addr)."
            ),
        )
        self.copy_button.setToolTip(self.tr("Copy every interface as text"))
        self.table.setAccessibleName(self.tr("Interfaces"))
        self.failure_text = self.tr("Could not read the interfaces: {reason}")
        self.note.setText(
            self.tr(
                "The LAN address is the IPv4 address of the interface that holds the default "
                "route: the one other machines on your network use to reach this one. "
                "Loopback (127.0.0.1, ::1) never leaves this machine."
            )
        )
        if self.report is None:
            self.lan_label.setText(self.tr("Reading the interfaces..."))
        else:
            self.show_report(self.report)
        super().retranslate()

    def _new_reader(self) -> Engine:
        self.error.clear_error()
        return interfaces_engine()

    def _show_result(self, result: CallResult) -> None:
        self.show_report(result.value)

    def show_report(self, report: InterfaceReport) -> None:
        """Fill the table from `report`."""
        self.report = report
        self.copy_button.setEnabled(True)
        if report.lan_address:
            text = self.tr("LAN address: {address} on {interface}").format(
                address=report.lan_address, interface=report.lan_interface
            )
            if report.default_gateway:
                gateway = self.tr("default gateway {address}").format(
                    address=report.default_gateway
                )
                text += f"   ·   {gateway}"
        else:
            text = self.tr("No LAN address: no interface holds a default route (not connected?).")
        self.lan_label.setText(text)
        self.table.setRowCount(len(report.interfaces))
        for row, interface in enumerate(report.interfaces):
            name = f"{interface.name}  (LAN)" if interface.is_lan else interface.name
            ipv4 = "\n".join(a.with_prefix for a in interface.addresses_of("IPv4")) or "—"
            ipv6 = "\n".join(a.with_prefix for a in interface.addresses_of("IPv6")) or "—"
            cells = (
                name,
                translate_message(interface.state),
                interface.mac or "—",
                ipv4,
                ipv6,
                str(interface.mtu or "—"),
            )
            for column, text in enumerate(cells):
                # an interface that is down greyed, for the palette when painted
                item = StatusItem(text, "" if interface.is_up else "muted")
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if interface.is_lan:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _text_to_copy(self) -> str | None:
        return self.report.as_text() if self.report is not None else None
