"""DiagnosticsPanel: the frame the six Diagnostics tools share.

Each tool (interfaces, neighbours, ping, DNS, port check, sockets) is a subclass: it
builds its form and its results, then lays them out under its title and description
with `_lay_out()`. The base owns the one EngineRun, the Copy button, the Start/Stop pair
(Esc stops) or the Refresh button (F5), the Events pane and `shutdown()`.

Texts follow a live language switch: each tool's `retranslate()` (called at the end of
its __init__ and on QEvent.LanguageChange) sets its header, labels, buttons and hints
again, then calls the base's, which does the shared buttons and the table titles.
State-dependent lines are rebuilt from the values the tool keeps, not from strings.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.address import AddressError, validate_host
from app.core.diagnostics.blocking import CallResult
from app.core.engine import Engine
from app.core.events import ErrorEvent
from app.ui.diagnostics.common import (
    EVENTS_HEIGHT,
    PanelHeader,
    copy_text,
    row_of,
    setup_table,
)
from app.ui.events_pane import EventsPane
from app.ui.field_error import FieldError
from app.ui.focus import add_shortcut
from app.ui.i18n import translate_message
from app.workers import EngineRun

# A part of a panel's column: a widget or a layout, or (part, stretch factor).
Part = QWidget | QLayout | tuple[QWidget | QLayout, int]


class DiagnosticsPanel(QWidget):
    """A Diagnostics tool: a header, one engine run at a time, Copy, and shutdown.

    The run's batches go to `_on_events` (and to the Events pane when the panel made one
    with `_add_events_pane()`), a crash to `_on_failed`, its end to `_on_finished`. The
    default `_on_events` suits a one-shot engine: a CallResult goes to `_show_result`, a
    fatal error to `failure_field`, in the words of `failure_text` (its `{reason}` is
    the engine's message), where a crash is shown too.

    A tool that runs until it ends or is stopped makes its buttons with `_run_buttons()`;
    a tool that reads once per click, with `_refresh_button()` and `_new_reader()`.

    A tool sets its texts in `retranslate()` (its header with `_set_header()`), ends it
    with `super().retranslate()` and calls it at the end of its __init__.
    """

    # Where the run's failures are shown; each tool sets its own.
    failure_field: FieldError

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._run = EngineRun(self)
        self.copy_button = QPushButton()
        self.header = PanelHeader()
        self.events_pane: EventsPane | None = None
        self._start_button: QPushButton | None = None
        self._stop_button: QPushButton | None = None
        self._refreshes = False  # the start button is Refresh
        self._shortcuts: list[tuple[QShortcut, QPushButton]] = []
        self._tables: list[tuple[QTableWidget, tuple[str, ...]]] = []
        self.failure_text = "{reason}"
        self.copy_button.clicked.connect(self.copy)
        self._run.events.connect(self._on_events)
        self._run.failed.connect(self._on_failed)
        self._run.finished.connect(self._on_finished)

    # ------------------------------------------------------------ building
    def _run_buttons(
        self, text: str, start: Callable[[], object]
    ) -> tuple[QPushButton, QPushButton]:
        """A default button that calls `start`, and Stop (Esc too), off until a run starts."""
        start_button = QPushButton(text)
        start_button.setDefault(True)
        stop_button = QPushButton(self.tr("Stop"))
        stop_button.setEnabled(False)
        start_button.clicked.connect(start)
        stop_button.clicked.connect(self.stop)
        shortcut = add_shortcut(
            self,
            Qt.Key.Key_Escape,
            stop_button.click,
            children=True,
            description=stop_button.text(),
        )
        self._shortcuts.append((shortcut, stop_button))
        self._start_button, self._stop_button = start_button, stop_button
        return start_button, stop_button

    def _refresh_button(self) -> QPushButton:
        """Refresh (F5 too), off while a read runs; it calls `refresh()`."""
        button = QPushButton(self.tr("Refresh"))
        button.clicked.connect(self.refresh)
        shortcut = add_shortcut(self, "F5", button.click, children=True, description=button.text())
        self._shortcuts.append((shortcut, button))
        self._start_button = button
        self._refreshes = True
        return button

    def _table_widget(
        self,
        columns: tuple[str, ...],
        name: str,
        stretch_column: int | None,
        fit_columns: tuple[int, ...] = (),
    ) -> QTableWidget:
        """A read-only table with these column titles (translated in the panel's context)."""
        table = QTableWidget(0, len(columns))
        table.setHorizontalHeaderLabels([self.tr(column) for column in columns])
        table.setAccessibleName(name)
        setup_table(table, stretch_column, fit_columns)
        self._tables.append((table, columns))  # titles set again on a language change
        return table

    def _add_events_pane(self) -> EventsPane:
        """A collapsed Events pane under the results, fed with every batch of the run."""
        pane = EventsPane()
        pane.set_expanded(False)
        pane.view.setMaximumHeight(EVENTS_HEIGHT)  # the results keep the room
        self._run.events.connect(pane.append_events)
        self.events_pane = pane
        return pane

    def _lay_out(self, *parts: Part) -> QVBoxLayout:
        """The panel's column: the header (the tool's name and what it does, set by
        `_set_header()`), `parts` top to bottom, then the Events pane."""
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        for part in parts:
            item, stretch = part if isinstance(part, tuple) else (part, 0)
            if isinstance(item, QLayout):
                layout.addLayout(item, stretch)
            else:
                layout.addWidget(item, stretch)
        if self.events_pane is not None:
            layout.addWidget(self.events_pane)
        return layout

    def _lay_out_reader(
        self,
        status: QWidget,
        error: FieldError,
        table: QWidget,
        note: QWidget,
    ) -> None:
        """The column of a tool that reads once per Refresh: `status` with Refresh and Copy
        beside it, the error line, the table, a note under it."""
        assert self._start_button is not None, "make the Refresh button first"
        status_line = row_of((status, 1), self._start_button, self.copy_button)
        self._lay_out(status_line, error, (table, 1), note)

    # ------------------------------------------------------------ language
    def _set_header(self, title: str, description: str) -> None:
        """The tool's name and what it does (translated by the caller)."""
        self.header.set_texts(title, description)

    def retranslate(self) -> None:
        """Set the shared texts again in the window's language: Copy, Stop or Refresh
        (and their keys' descriptions), the tables' column titles. A tool sets its own
        texts first, then calls this."""
        self.copy_button.setText(self.tr("Copy"))
        if self._stop_button is not None:
            self._stop_button.setText(self.tr("Stop"))
        if self._refreshes and self._start_button is not None:
            self._start_button.setText(self.tr("Refresh"))
        for shortcut, button in self._shortcuts:
            shortcut.setWhatsThis(button.text().replace("&", ""))
        for table, columns in self._tables:
            table.setHorizontalHeaderLabels([self.tr(column) for column in columns])

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ------------------------------------------------------------ running
    def is_running(self) -> bool:
        """True while the tool's engine runs."""
        return self._run.is_running()

    @Slot()
    def refresh(self) -> None:
        """Read again, on a worker thread (a tool with a Refresh button)."""
        self._set_running(True)
        self._run.start(self._new_reader())

    def _new_reader(self) -> Engine:
        """The engine a Refresh runs."""
        raise NotImplementedError

    @Slot()
    def stop(self) -> None:
        """Stop the run; what it found so far stays."""
        self._run.stop()

    def _valid_host(self, edit: QLineEdit, error: FieldError) -> str | None:
        """The host typed in `edit`, or None after showing what is wrong with it."""
        try:
            host = validate_host(edit.text())
        except AddressError as exc:
            error.show_error(exc)
            return None
        error.clear_error()
        return host

    def _set_running(self, running: bool) -> None:
        if self._start_button is not None:
            self._start_button.setEnabled(not running)
        if self._stop_button is not None:
            self._stop_button.setEnabled(running)

    def shutdown(self) -> None:
        """Stop a run in progress (the window calls this when it closes)."""
        self._run.stop()

    # ------------------------------------------------------------ results
    @Slot(object)
    def _on_events(self, batch: list) -> None:
        for event in batch:
            if isinstance(event, CallResult):
                self._show_result(event)
            elif isinstance(event, ErrorEvent) and event.fatal:
                self._show_error(event)

    def _show_result(self, result: CallResult) -> None:
        """A one-shot engine's answer."""

    def _show_error(self, error: ErrorEvent) -> None:
        """A one-shot engine's failure, in words."""
        reason = translate_message(error.message)
        self.failure_field.show_error(self.failure_text.format(reason=reason))

    @Slot(object)
    def _on_failed(self, message: object) -> None:
        """The engine crashed: the Message is shown in the window's language."""
        self.failure_field.show_error(message)  # type: ignore[arg-type]

    @Slot()
    def _on_finished(self) -> None:
        self._set_running(False)

    # ------------------------------------------------------------ copy
    @Slot()
    def copy(self) -> None:
        """Put the results on the clipboard as text."""
        text = self._text_to_copy()
        if text is not None:
            copy_text(text)

    def _text_to_copy(self) -> str | None:
        """The results as text for Copy (None: nothing to copy yet)."""
        return None
