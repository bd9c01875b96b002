"""The tabs of the main window, built lazily: a tab's module is imported on first show.

A tab widget may define `shutdown()`; the window calls it on close so the tab stops
its workers and saves its state.
"""

from __future__ import annotations

import importlib
from typing import NamedTuple

from PySide6.QtWidgets import QWidget


class TabSpec(NamedTuple):
    """One tab: its key, its title, and where its widget class lives."""

    key: str
    title: str
    module: str
    class_name: str

    def create(self) -> QWidget:
        """Import the tab's module and build its widget."""
        widget_class = getattr(importlib.import_module(self.module), self.class_name)
        return widget_class()


TABS: tuple[TabSpec, ...] = (
    TabSpec("chat", "Chat", "app.ui.chat.tab", "ChatTab"),
    TabSpec("udp", "UDP", "app.ui.udp.udp_tab", "UdpTab"),
    TabSpec("subnet", "Subnet", "app.ui.subnet_tab", "SubnetTab"),
    TabSpec("diagnostics", "Diagnostics", "app.ui.diagnostics", "DiagnosticsTab"),
    TabSpec("packets", "Packets", "app.ui.packets", "PacketsTab"),
)
