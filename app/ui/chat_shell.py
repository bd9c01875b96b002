"""The Chat tab as the window first shows it: the real tab is built after the first paint.

Chat is the first tab, so it is built while the window starts. The full tab (its
modules, widgets and the Qt enums they touch) costs about 120 ms here, more than the
bare window itself; measured with bench/startup.py it made start-up 1.8x a bare
QMainWindow. This shell is an empty page that builds app.ui.chat_tab.ChatTab on the
event loop turn after its first paint: the window appears at once and the chat
controls a moment later. Anything that needs the tab earlier calls `ensure_built()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.ui.chat_tab import ChatTab


class ChatTabShell(QWidget):
    """Holds the Chat tab, built right after the window's first paint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tab: ChatTab | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._build_scheduled = False
        # The File menu gets its action now; it reaches the tab once the tab exists.
        self.export_action = QAction("Export Chat Conversation...", self)
        self.export_action.triggered.connect(self._on_export)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.tab is None and not self._build_scheduled:
            self._build_scheduled = True
            QTimer.singleShot(0, self.ensure_built)

    @Slot()
    def ensure_built(self) -> ChatTab:
        """The Chat tab, built now if it was not yet."""
        if self.tab is None:
            from app.ui.chat_tab import ChatTab

            self.tab = ChatTab()
            self.tab.setObjectName("chatTabContent")
            self._layout.addWidget(self.tab)
        return self.tab

    def file_actions(self) -> list[QAction]:
        """Actions the main window puts in its File menu."""
        return [self.export_action]

    @Slot()
    def _on_export(self) -> None:
        self.ensure_built().export_action.trigger()

    def shutdown(self) -> None:
        """Stop the tab's engines, if it was ever built."""
        if self.tab is not None:
            self.tab.shutdown()
