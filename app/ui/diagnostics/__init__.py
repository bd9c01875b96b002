"""The Diagnostics tab: interfaces, ping, DNS, port check, this machine's sockets, neighbours."""

from app.ui.diagnostics.tab import DiagnosticsTab

__all__ = ["DiagnosticsTab"]
