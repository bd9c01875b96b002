"""The Events pane: the socket calls an engine makes, as the socket notes teach them.

Every tab that runs an engine shows one. Batches from a worker are appended with one
call each, and the pane keeps the last `max_lines` lines, so a flood cannot slow it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.events import ErrorEvent, Event, StateEvent, TraceEvent
from app.ui.i18n import translate_message

_PANE_EVENTS = frozenset({TraceEvent, ErrorEvent, StateEvent})


def format_event_line(event: Event) -> str | None:
    """One readable line for the pane, or None for events it does not show.

    The socket calls stay as the code writes them (`bind(...) -> ok`); what a failure
    means is shown in the window's language.
    """
    if isinstance(event, TraceEvent):
        stamp = time.strftime("%H:%M:%S", time.localtime(event.time))
        millis = int(event.time * 1000) % 1000
        if event.error:
            return f"{stamp}.{millis:03d}  {event.call} -> failed: {translate_message(event.error)}"
        return f"{stamp}.{millis:03d}  {event}"
    if isinstance(event, ErrorEvent):
        return f"  error: {translate_message(event.message)}"
    if isinstance(event, StateEvent):
        detail = f": {translate_message(event.detail)}" if event.detail else ""
        return f"  [{event.state}{detail}]"
    return None


class EventsPane(QWidget):
    """A collapsible read-only log of socket calls, fed with batches of events."""

    def __init__(self, title: str | None = None, max_lines: int = 5000, parent=None) -> None:
        super().__init__(parent)
        if title is None:
            title = self.tr("Events (socket calls)")
        self._toggle = QToolButton(text=title, checkable=True, checked=True)
        self._toggle.setToolButtonStyle(self._toggle.toolButtonStyle().ToolButtonTextBesideIcon)
        self._toggle.setAutoRaise(True)
        self._toggle.toggled.connect(self._set_expanded)
        self._clear = QPushButton(self.tr("Clear"))
        self._clear.setAccessibleName(self.tr("Clear events"))
        self.view = QPlainTextEdit(readOnly=True)
        self.view.setMaximumBlockCount(max_lines)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.view.setAccessibleName(title)
        self.view.setTabChangesFocus(True)
        from PySide6.QtCore import Qt  # as in _set_expanded()

        self.view.setTextInteractionFlags(  # a caret, so the keys can read line by line
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.view.setPlaceholderText(self.tr("Socket calls appear here as they happen."))
        self._clear.clicked.connect(self.view.clear)
        header = QHBoxLayout()
        header.addWidget(self._toggle)
        header.addStretch(1)
        header.addWidget(self._clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.view)
        self._set_expanded(True)

    @Slot(bool)
    def _set_expanded(self, expanded: bool) -> None:
        from PySide6.QtCore import Qt

        self._toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.view.setVisible(expanded)
        self._clear.setVisible(expanded)

    def is_expanded(self) -> bool:
        """True when the log is shown."""
        return self._toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        """Show or hide the log."""
        self._toggle.setChecked(expanded)

    @Slot(object)
    def append_events(self, batch: list[Event]) -> None:
        """Append the lines for a batch of events in one call."""
        lines = [line for event in batch if (line := format_event_line(event)) is not None]
        if lines:
            self.view.appendPlainText("\n".join(lines))

    def append_from(self, batch: list[Event], source: str) -> None:
        """Append a batch from one of several engines, each line marked with `source`
        ("server", "client"); the engine's "starting" state is left out."""
        lines = []
        for event in batch:
            if type(event) not in _PANE_EVENTS or (
                isinstance(event, StateEvent) and event.state == "starting"
            ):
                continue
            line = format_event_line(event)
            if line is None:
                continue
            if line.startswith("  "):
                lines.append(f"  {source}: {line.strip()}")
            else:
                lines.append(f"{line[:12]}  {source:<6}  {line[14:]}")
        if lines:
            self.view.appendPlainText("\n".join(lines))

    def text(self) -> str:
        """Everything currently shown."""
        return self.view.toPlainText()
