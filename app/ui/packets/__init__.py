"""The Packets tab: capture or open packets, list them, and explain the selected one
with a sequence diagram, its layers over its bytes, and words."""

from app.ui.packets.tab import PacketsTab

__all__ = ["PacketsTab"]
