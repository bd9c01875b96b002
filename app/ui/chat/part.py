"""`TabPart`: what the Chat tab's parts (drain, search, export...) have in common."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.ui.chat.tab import ChatTab


class TabPart:
    """Mixed into a QObject whose Qt parent is the Chat tab."""

    @property
    def _tab(self) -> ChatTab:
        """The tab this belongs to: its Qt parent. Not kept in an attribute: a reference
        back to the tab would make a cycle that the garbage collector may free on any
        thread, deleting the tab's widgets off the GUI thread."""
        return self.parent()  # type: ignore[attr-defined]
