"""Pieces every Diagnostics panel uses: headers, tables, settings, copy."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.settings import app_settings

T = TypeVar("T")

#: Colours for port and socket states; dark enough to read on light and dark themes.
STATE_COLOURS = {
    "open": "#2e7d32",
    "closed": "#757575",
    "filtered": "#ef6c00",
    "error": "#c62828",
}
HINT_STYLE = "color: palette(placeholder-text);"
#: Height of an expanded Events pane in a panel, in pixels: about ten lines.
EVENTS_HEIGHT = 170


def panel_header(title: str, description: str) -> QWidget:
    """A bold title and a line saying what the panel does (and what it is like)."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(2)
    heading = QLabel(title)
    font = QFont(heading.font())
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    heading.setFont(font)
    heading.setAccessibleName(title)
    about = QLabel(description)
    about.setWordWrap(True)
    about.setStyleSheet(HINT_STYLE)
    layout.addWidget(heading)
    layout.addWidget(about)
    return box


def hint_label(text: str = "") -> QLabel:
    """A grey, wrapping, selectable line for notes under a result."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def setup_table(table: QTableView | QTableWidget, stretch_column: int | None = None) -> None:
    """Read-only rows, whole-row selection, alternating colours, a compact header."""
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setStyleSheet("QTableView::item { padding: 1px 6px; }")  # text off the grid lines
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(stretch_column is None)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)


def load_setting(key: str, default: T, kind: Callable[[object], T]) -> T:
    """A saved value converted by `kind`, or `default` when missing or unreadable."""
    value = app_settings().value(key, default)
    try:
        return kind(value)
    except (TypeError, ValueError):
        return default


def save_settings(values: dict[str, object]) -> None:
    """Remember what the user typed, for the next start."""
    settings = app_settings()
    for key, value in values.items():
        settings.setValue(key, value)


def copy_text(text: str) -> None:
    """Put `text` on the clipboard."""
    QGuiApplication.clipboard().setText(text)
