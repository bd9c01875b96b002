"""`UnreadNotifier`: messages that came while nobody looked at the Chat tab.

It counts them, shows the count in the tab's title ("Chat (3)"), asks the desktop to
flag the window, and shows a tray message (at most one every TRAY_INTERVAL seconds)
when the window is not the active one.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QWidget

from app.core.chat.protocol import ChatMessage, Kind
from app.ui.chat.part import TabPart

if TYPE_CHECKING:
    from app.ui.chat.tab import ChatTab

# At most one tray message this often (seconds).
TRAY_INTERVAL = 5.0
# The kinds of message that count as unread (not joins, leaves or nick changes).
UNREAD_KINDS = (Kind.MESSAGE, Kind.ACTION, Kind.PRIVATE)


class UnreadNotifier(TabPart, QObject):
    """Unread count, tab title, window alert and tray message for one tab.

    Signals:
        unread_changed(int): the number of unread messages.
    """

    unread_changed = Signal(int)

    def __init__(self, tab: ChatTab) -> None:
        super().__init__(tab)
        self.unread = 0
        self._tray = None
        self._last_tray = 0.0

    def being_read(self) -> bool:
        """True while the tab is shown in the active window."""
        return self._tab.isVisible() and self._tab.window().isActiveWindow()

    def notify(self, messages: Sequence[ChatMessage], me: str) -> None:
        """Count messages from others while nobody looks; alert the window, or the tray.

        `me` is the server's spelling of our nick: an exact comparison will do.
        """
        if self.being_read():
            return
        count = sum(1 for m in messages if m.kind in UNREAD_KINDS and m.sender != me)
        if not count:
            return
        self.unread += count
        self._update_tab_title()
        self.unread_changed.emit(self.unread)
        window = self._tab.window()
        if not window.isActiveWindow():
            QApplication.alert(window)
            last = next(m for m in reversed(messages) if m.kind in UNREAD_KINDS and m.sender != me)
            self._tray_message(last)

    def clear(self) -> None:
        """Everything was seen."""
        if self.unread:
            self.unread = 0
            self._update_tab_title()
            self.unread_changed.emit(0)

    def clear_if_read(self) -> None:
        """The tab was shown or the window activated: clear when it is really seen."""
        if self.being_read():
            self.clear()

    def hide_tray(self) -> None:
        """The window is closing."""
        if self._tray is not None:
            self._tray.hide()

    def _tray_message(self, message: ChatMessage) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        now = time.monotonic()
        if now - self._last_tray < TRAY_INTERVAL:
            return
        self._last_tray = now
        if self._tray is None:
            self._tray = QSystemTrayIcon(self._tab.window().windowIcon(), self)
            self._tray.setToolTip(self.tr("SocketLab chat"))
        self._tray.show()
        text = message.text if len(message.text) <= 200 else message.text[:200] + "..."
        title = (
            self.tr("{sender} (private)").format(sender=message.sender)
            if message.kind == Kind.PRIVATE
            else message.sender
        )
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 5000)

    def _containing_tab(self) -> tuple[QTabWidget, int] | None:
        """The QTabWidget showing the tab (through the main window's slot), and its index."""
        child: QWidget = self._tab
        parent = child.parentWidget()
        while parent is not None:
            grandparent = parent.parentWidget()
            if isinstance(parent, QStackedWidget) and isinstance(grandparent, QTabWidget):
                index = grandparent.indexOf(child)
                return (grandparent, index) if index >= 0 else None
            child, parent = parent, grandparent
        return None

    def _update_tab_title(self) -> None:
        found = self._containing_tab()
        if found is None:
            return
        tabs, index = found
        # The title as the window wrote it, in its current language (not kept: View >
        # Language writes it again, without the count, and retranslate() adds it back).
        base = re.sub(r" \(\d+\)$", "", tabs.tabText(index))
        title = f"{base} ({self.unread})" if self.unread else base
        tabs.setTabText(index, title)

    def retranslate(self) -> None:
        """After a language switch: the unread count back on the (retitled) tab."""
        if self.unread:
            self._update_tab_title()
