"""Pieces every Diagnostics panel uses: one engine run at a time, headers, tables, copy."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot
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

from app.core.engine import Engine
from app.ui.settings import app_settings
from app.workers import EngineWorker

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


class EngineRun(QObject):
    """Runs one engine at a time for a panel, on an EngineWorker.

    Starting a new run stops the previous one first, and batches still queued from a
    replaced run are dropped, so a panel never mixes two runs' results.

    Signals:
        events(list): a batch of events of the current run.
        failed(Message): the current run's engine crashed (shown translated).
        finished(): the current run ended (it stopped itself, or was stopped).
    """

    events = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker: EngineWorker | None = None

    @property
    def engine(self) -> Engine | None:
        """The engine of the current (or last) run."""
        return self._worker.engine if self._worker is not None else None

    def is_running(self) -> bool:
        """True while the current run's thread runs."""
        return self._worker is not None and self._worker.is_running()

    def start(self, engine: Engine) -> None:
        """Stop any run in progress, then run `engine`."""
        self.stop()
        worker = EngineWorker(engine, self)
        worker.events.connect(self._relay_events)
        worker.failed.connect(self._relay_failed)
        worker.finished.connect(self._relay_finished)
        self._worker = worker
        worker.start()

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Stop the current run and wait for its thread (engines stop at once)."""
        if self._worker is None:
            return True
        return self._worker.stop(timeout_ms)

    @Slot(object)
    def _relay_events(self, batch: list) -> None:
        if self.sender() is self._worker:
            self.events.emit(batch)

    @Slot(object)
    def _relay_failed(self, message: str) -> None:
        if self.sender() is self._worker:
            self.failed.emit(message)

    @Slot()
    def _relay_finished(self) -> None:
        worker = self.sender()
        if isinstance(worker, EngineWorker):
            worker.deleteLater()
        if worker is self._worker:
            self._worker = None  # before the signal: a slot may start the next run
            self.finished.emit()


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
