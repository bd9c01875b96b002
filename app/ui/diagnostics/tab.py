"""The Diagnostics tab: a list of tools on the left, the chosen tool's panel on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Slot
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QSizePolicy, QStackedWidget, QWidget

from app.ui.diagnostics.dns_panel import DnsPanel
from app.ui.diagnostics.interfaces_panel import InterfacesPanel
from app.ui.diagnostics.neighbours_panel import NeighboursPanel
from app.ui.diagnostics.ping_panel import PingPanel
from app.ui.diagnostics.portcheck_panel import PortCheckPanel
from app.ui.diagnostics.sockets_panel import SocketsPanel
from app.ui.scrolling import scrolled
from app.ui.settings import app_settings, read_setting

PANEL_KEY = "diagnostics/panel"


class DiagnosticsTab(QWidget):
    """Six tools, one panel each; every operation runs on a worker thread and can stop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.interfaces = InterfacesPanel()
        self.ping = PingPanel()
        self.dns = DnsPanel()
        self.ports = PortCheckPanel()
        self.sockets = SocketsPanel()
        self.neighbours = NeighboursPanel()
        self.panels: list[tuple[str, QWidget]] = self._titled_panels()
        self._loaded: set[QWidget] = set()

        self.tools = QListWidget()
        self.tools.setObjectName("diagnosticsTools")
        self.tools.setSpacing(2)
        self.tools.setStyleSheet("QListWidget#diagnosticsTools::item { padding: 5px 6px; }")
        self.stack = QStackedWidget()
        for title, panel in self.panels:
            self.tools.addItem(title)
            self.stack.addWidget(panel)
        self.retranslate()

        layout = QHBoxLayout(self)
        layout.addWidget(self.tools)
        # A panel wider or taller than the window scrolls instead of pushing the window.
        layout.addWidget(scrolled(self.stack, min_width=300), 1)
        self.tools.currentRowChanged.connect(self.show_panel)
        index = read_setting(PANEL_KEY, 0)
        self.tools.setCurrentRow(index if 0 <= index < len(self.panels) else 0)

    def _titled_panels(self) -> list[tuple[str, QWidget]]:
        """The panels with their titles in the window's language."""
        return [
            (self.tr("Interfaces"), self.interfaces),
            (self.tr("Ping"), self.ping),
            (self.tr("DNS"), self.dns),
            (self.tr("Port check"), self.ports),
            (self.tr("Sockets"), self.sockets),
            (self.tr("Neighbours (ARP)"), self.neighbours),
        ]

    def retranslate(self) -> None:
        """The tool list in the window's language (the panels retranslate themselves);
        the list is as wide as its longest title."""
        self.panels = self._titled_panels()
        self.tools.setAccessibleName(self.tr("Diagnostics tools"))
        for row, (title, _panel) in enumerate(self.panels):
            self.tools.item(row).setText(title)
        width = max(self.tools.sizeHintForColumn(0) + 32, 150)
        self.tools.setFixedWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(int)
    def show_panel(self, index: int) -> None:
        """Show a tool's panel; the first time, read what it shows (interfaces, ARP)."""
        if not 0 <= index < len(self.panels):
            return
        panel = self.panels[index][1]
        self.stack.setCurrentWidget(panel)
        # The stack is as wide as the shown panel, not as the widest one (Ignored: no say).
        for _title, page in self.panels:
            policy = QSizePolicy.Policy.Preferred if page is panel else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        if self.tools.currentRow() != index:
            self.tools.setCurrentRow(index)
        if panel not in self._loaded:
            self._loaded.add(panel)
            if panel is self.interfaces or panel is self.neighbours:
                panel.refresh()
        app_settings().setValue(PANEL_KEY, index)

    def panel_index(self, panel: QWidget) -> int:
        """The row of `panel` in the tool list."""
        return [p for _title, p in self.panels].index(panel)

    def shutdown(self) -> None:
        """Stop every panel's worker (the window calls this when it closes)."""
        for _title, panel in self.panels:
            panel.shutdown()
