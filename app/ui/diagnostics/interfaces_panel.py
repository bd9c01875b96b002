"""Interfaces panel: every interface with its state, MAC, IPv4/IPv6 addresses; the LAN address."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Slot
from PySide6.QtGui import QFont
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
from app.core.diagnostics.interfaces import InterfaceReport, interfaces_engine
from app.core.events import ErrorEvent
from app.ui.diagnostics.common import copy_text, hint_label, panel_header, setup_table
from app.ui.field_error import FieldError
from app.ui.focus import add_shortcut
from app.ui.i18n import translate_message
from app.workers import EngineRun

COLUMNS = (
    QT_TRANSLATE_NOOP("InterfacesPanel", "Interface"),
    QT_TRANSLATE_NOOP("InterfacesPanel", "State"),
    QT_TRANSLATE_NOOP("InterfacesPanel", "MAC address"),
    "IPv4",
    "IPv6",
    "MTU",
)


class InterfacesPanel(QWidget):
    """Lists the interfaces (read on a worker thread); Refresh and Copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: InterfaceReport | None = None
        self._run = EngineRun(self)

        self.lan_label = QLabel(self.tr("Reading the interfaces..."))
        self.lan_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.lan_label.font())
        font.setBold(True)
        self.lan_label.setFont(font)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy every interface as text"))
        self.copy_button.setEnabled(False)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Interfaces"))
        self.table.setWordWrap(False)
        setup_table(self.table)
        header = self.table.horizontalHeader()
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.error = FieldError()
        self.note = hint_label(
            self.tr(
                "The LAN address is the IPv4 address of the interface that holds the default "
                "route: the one other machines on your network use to reach this one. "
                "Loopback (127.0.0.1, ::1) never leaves this machine."
            )
        )

        top = QHBoxLayout()
        top.addWidget(self.lan_label, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            panel_header(
                self.tr("Interfaces"),
                self.tr(
                    "This machine's network interfaces, their MAC addresses and IP addresses "
                    "with prefix length (like ipconfig /all or ip addr)."
                ),
            )
        )
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.refresh_button.clicked.connect(self.refresh)
        add_shortcut(self, "F5", self.refresh_button.click, children=True)
        self.copy_button.clicked.connect(self.copy)
        self._run.events.connect(self._on_events)
        self._run.finished.connect(self._on_finished)
        self._run.failed.connect(self.error.show_error)

    @Slot()
    def refresh(self) -> None:
        """Read the interfaces again, on a worker thread."""
        self.refresh_button.setEnabled(False)
        self.error.clear_error()
        self._run.start(interfaces_engine())

    @Slot(object)
    def _on_events(self, batch: list) -> None:
        for event in batch:
            if isinstance(event, CallResult):
                self.show_report(event.value)
            elif isinstance(event, ErrorEvent):
                self.error.show_error(
                    self.tr("Could not read the interfaces: {reason}").format(
                        reason=translate_message(event.message)
                    )
                )

    @Slot()
    def _on_finished(self) -> None:
        self.refresh_button.setEnabled(True)

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
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                if interface.is_lan:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if not interface.is_up:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    @Slot()
    def copy(self) -> None:
        """Copy the interfaces as text."""
        if self.report is not None:
            copy_text(self.report.as_text())

    def shutdown(self) -> None:
        """Stop a read in progress."""
        self._run.stop()
