"""The tabs of the main window, built lazily: a tab's module is imported on first show.

A tab widget may define `shutdown()`; the window calls it on close so the tab stops
its workers and saves its state.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class TabSpec(NamedTuple):
    """One tab: its title, and where its widget class lives (None until it is built)."""

    key: str
    title: str
    module: str | None
    class_name: str | None
    coming: str  # the honest line shown until the tab exists

    def create(self) -> QWidget:
        """Import the tab's module and build its widget (or the placeholder)."""
        if self.module is None or self.class_name is None:
            return PlaceholderTab(self.coming)
        widget_class = getattr(importlib.import_module(self.module), self.class_name)
        return widget_class()


TABS: tuple[TabSpec, ...] = (
    TabSpec(
        "chat",
        "Chat",
        "app.ui.chat.tab",
        "ChatTab",
        "Chat will host or join a LAN chat, and work as a raw TCP terminal. It is not built yet.",
    ),
    TabSpec(
        "udp",
        "UDP",
        "app.ui.udp.udp_tab",
        "UdpTab",
        "UDP will send and receive datagrams: unicast, broadcast and multicast. "
        "It is not built yet.",
    ),
    TabSpec(
        "subnet",
        "Subnet",
        "app.ui.subnet_tab",
        "SubnetTab",
        "Subnet will calculate IPv4 and IPv6 networks and show address AND mask in bits. "
        "It is not built yet.",
    ),
    TabSpec(
        "diagnostics",
        "Diagnostics",
        "app.ui.diagnostics",
        "DiagnosticsTab",
        "Diagnostics will show interfaces, ping, DNS, port checks and this machine's sockets. "
        "It is not built yet.",
    ),
)


class PlaceholderTab(QWidget):
    """A tab that is not built yet: one line saying what it will hold."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        label = QLabel(text)
        label.setObjectName("placeholderLabel")
        # Centred with stretches rather than Qt.AlignCenter: touching the Qt namespace
        # first costs about 18 ms, and a placeholder may be the first tab painted.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
