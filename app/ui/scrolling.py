"""A panel in a scroll area: a small window scrolls the panel instead of squeezing it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(widget: QWidget, min_width: int = 0, min_height: int = 0) -> QScrollArea:
    """`widget` in a frameless, resizable scroll area: it fills the area when there is
    room and scrolls when there is not. Tab never stops on the area itself."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(widget)
    if min_width:
        area.setMinimumWidth(min_width)
    if min_height:
        area.setMinimumHeight(min_height)
    return area
