"""Lazy lists for the Subnet tab: a table model over a `RowSource`, and CSV export.

The model computes only the rows the view paints, from their index, so 10.0.0.0/8 split
into /30s (4,194,304 rows) or the 16,777,214 hosts of a /8 show at once. Lists longer
than a view can address are shown a window at a time; "Go to" moves the window.
The export makes and writes the CSV on the ExportWriter's thread, so the window keeps
answering while millions of rows go to disk.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.core.messages import message_of
from app.core.subnet import SubnetError
from app.core.subnet_plan import RowSource, check_exportable, csv_chunks
from app.ui.export import ask_export_path
from app.ui.field_error import FieldError
from app.ui.focus import add_shortcut
from app.ui.i18n import format_count, translate_message, window_numbers
from app.ui.theme import set_text_colour
from app.ui.zoom import fixed_font
from app.workers import ExportWriter

#: The most rows a view shows at once (2^24 rows of 22 px stay inside Qt's int pixel range).
MAX_VIEW_ROWS = 2**24
#: Rows cached by the model; a screenful asks for each row once per column and role.
ROW_CACHE_SIZE = 1024
#: Rows measured to fit the columns (the first ones, and the last).
SAMPLE_ROWS = 64

_MONOSPACE_HEADERS = {"Binary", "Expanded"}
_NUMBER_HEADERS = {"#", "Needed", "Usable", "Waste", "Addresses", "Inputs merged"}


class RowSourceModel(QAbstractTableModel):
    """A read-only table over a RowSource, computing rows on demand.

    `offset` is the index of the source row shown as the model's row 0: a source longer
    than MAX_VIEW_ROWS is shown one window at a time (see `reveal`).
    """

    window_moved = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: RowSource | None = None
        self._offset = 0
        self._cache: dict[int, tuple[str, ...]] = {}

    @property
    def monospace_font(self) -> QFont:
        """The font of the address columns: the monospace font at the current zoom."""
        return fixed_font()

    # ------------------------------------------------------------ source
    def source(self) -> RowSource | None:
        """The list shown (None when empty)."""
        return self._source

    def set_source(self, source: RowSource | None) -> None:
        """Show another list, from its first row."""
        self.beginResetModel()
        self._source = source
        self._offset = 0
        self._cache.clear()
        self.endResetModel()

    @property
    def offset(self) -> int:
        """The source index of the model's first row."""
        return self._offset

    def total(self) -> int:
        """Rows in the whole source (may be far more than `rowCount`)."""
        return self._source.count if self._source is not None else 0

    def reveal(self, source_index: int) -> int:
        """The model row of a source row, moving the window there if it is outside."""
        shown = self.rowCount()
        if not self._offset <= source_index < self._offset + shown:
            window_start = (source_index // MAX_VIEW_ROWS) * MAX_VIEW_ROWS
            self.beginResetModel()
            self._offset = window_start
            self._cache.clear()
            self.endResetModel()
            self.window_moved.emit()
        return source_index - self._offset

    def row_values(self, model_row: int) -> tuple[str, ...]:
        """The cells of one shown row."""
        assert self._source is not None
        values = self._cache.get(model_row)
        if values is None:
            if len(self._cache) >= ROW_CACHE_SIZE:
                self._cache.clear()
            values = self._source.row(self._offset + model_row)
            self._cache[model_row] = values
        return values

    def retranslate(self) -> None:
        """The language changed: headers and cells (core words such as "none") again."""
        columns = self.columnCount()
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        rows = self.rowCount()
        if rows and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._source is None:
            return 0
        return max(0, min(self._source.count - self._offset, MAX_VIEW_ROWS))

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._source is None:
            return 0
        return len(self._source.headers)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or self._source is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # a word in a cell ("none", "Subnet 3") is a message from core
            return translate_message(self.row_values(index.row())[index.column()])
        if role == Qt.ItemDataRole.FontRole:
            if self._source.headers[index.column()] in _MONOSPACE_HEADERS:
                return self.monospace_font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            header = self._source.headers[index.column()]
            if header in _NUMBER_HEADERS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and self._source is not None
            and 0 <= section < len(self._source.headers)
        ):
            return translate_message(self._source.headers[section])
        return None


class ListPanel(QWidget):
    """A lazy list with its summary line, Go to, and Export CSV (with progress and Cancel).

    Signals: `export_finished(str, int)` and `export_failed(str)` (the reason as shown, in
    the window's language), for the tab and tests.
    """

    export_finished = Signal(str, int)
    export_failed = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.goto_edit = QLineEdit()
        self.goto_edit.setClearButtonEnabled(True)
        self.goto_edit.setFixedWidth(210)
        self.export_button = QPushButton()
        self.goto_error = FieldError()
        self.window_note = QLabel()
        self.window_note.setObjectName("windowNote")
        self.window_note.setWordWrap(True)
        self.window_note.hide()

        self.model = RowSourceModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        vertical = self.view.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 8)
        horizontal = self.view.horizontalHeader()
        horizontal.setHighlightSections(False)
        horizontal.setStretchLastSection(True)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.export_status = QLabel()
        self.export_status.setWordWrap(True)
        self.export_status.hide()

        tools = QHBoxLayout()
        tools.addWidget(self.summary, 1)
        tools.addWidget(self.goto_edit)
        tools.addWidget(self.export_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self._progress_box = QWidget()
        self._progress_box.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        self._progress_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.goto_error)
        layout.addWidget(self.window_note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self._progress_box)
        layout.addWidget(self.export_status)

        self._job: ExportWriter | None = None
        self._export_result: tuple[str, int] | None = None  # the finished export's file, rows
        self._export_error: object = None  # the failed export's message (from core or Qt)
        self._connect_signals()
        self.retranslate()

    def set_name(self, name: str) -> None:
        """Name the list (translated: the tab names it again when the language changes)."""
        self.name = name
        self.retranslate()

    def retranslate(self) -> None:
        """Put the panel's words in the window's language; the list's headers and words,
        the window note and a finished export's line are written again."""
        name = self.name
        self.goto_edit.setPlaceholderText(self.tr("Go to: address or #row"))
        self.goto_edit.setAccessibleName(self.tr("Go to, in the {name} list").format(name=name))
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setAccessibleName(
            self.tr("Export the {name} list as CSV").format(name=name)
        )
        self.view.setAccessibleName(self.tr("{name} list").format(name=name))
        self.progress.setFormat(self.tr("Exporting… %p%"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._escape.setWhatsThis(self.cancel_button.text().replace("&", ""))
        self.model.retranslate()
        self._update_window_note()
        if self._export_result is not None:
            path, rows = self._export_result
            self.export_status.setText(self._exported_text(rows).format(path=path))
        elif self._export_error is not None:
            self.export_status.setText(translate_message(self._export_error))
        self._resize_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        self.goto_edit.returnPressed.connect(self._go_to_typed)
        self.export_button.clicked.connect(self._choose_export_file)
        self._escape = add_shortcut(
            self,
            Qt.Key.Key_Escape,
            self.cancel_export,
            children=True,
            description=self.cancel_button.text(),
        )
        self.cancel_button.clicked.connect(self.cancel_export)
        self.model.window_moved.connect(self._update_window_note)
        self.model.modelReset.connect(self._update_window_note)

    # ------------------------------------------------------------ contents
    def set_source(self, source: RowSource | None, summary: str = "") -> None:
        """Show a list (None empties it) with a one-line summary above it."""
        self.model.set_source(source)
        self.summary.setText(summary)
        has_rows = source is not None and source.count > 0
        self.export_button.setEnabled(has_rows and not self.is_exporting())
        self.goto_edit.setEnabled(has_rows)
        self.goto_error.clear_error()
        self._resize_columns()

    def set_summary(self, summary: str) -> None:
        """Write the summary line again, keeping the list (its rows and selection)."""
        self.summary.setText(summary)

    def _resize_columns(self) -> None:
        """Fit the columns to the first rows and the last one (never to all of them):
        the first SAMPLE_ROWS, as a VLSM plan's masks differ from row to row."""
        source = self.model.source()
        if source is None or source.count == 0:
            return
        metrics = self.view.fontMetrics()
        first = range(
            self.model.offset, self.model.offset + min(SAMPLE_ROWS, self.model.rowCount())
        )
        samples = [source.row(index) for index in first]
        samples.append(source.row(self.model.rowCount() - 1 + self.model.offset))
        header_metrics = self.view.horizontalHeader().fontMetrics()
        monospace_metrics = QFontMetrics(fixed_font())
        for column, header in enumerate(source.headers):
            font_metrics = monospace_metrics if header in _MONOSPACE_HEADERS else metrics
            widest = max(
                font_metrics.horizontalAdvance(translate_message(row[column])) for row in samples
            )
            widest = max(widest, header_metrics.horizontalAdvance(translate_message(header)) + 12)
            self.view.setColumnWidth(column, widest + 18)

    @Slot()
    def _update_window_note(self) -> None:
        total = self.model.total()
        shown = self.model.rowCount()
        if total > shown:
            first = self.model.offset + 1
            text = self.tr(
                "Showing rows {first} to {last} of {total}: "
                "the view holds {rows} rows at a time; Go to moves it."
            )
            self.window_note.setText(
                text.format(
                    first=format_count(first),
                    last=format_count(first + shown - 1),
                    total=format_count(total),
                    rows=format_count(MAX_VIEW_ROWS),
                )
            )
            self.window_note.show()
        else:
            self.window_note.hide()

    # ------------------------------------------------------------ go to
    @Slot()
    def _go_to_typed(self) -> None:
        self.go_to(self.goto_edit.text())

    def go_to(self, text: str) -> int | None:
        """Scroll to and select the row of an address or `#n`; returns the source index."""
        source = self.model.source()
        if source is None or not text.strip():
            self.goto_error.clear_error()
            return None
        try:
            source_index = source.find(text)
        except SubnetError as exc:
            self.goto_error.show_error(exc)
            return None
        self.goto_error.clear_error()
        row = self.model.reveal(source_index)
        index = self.model.index(row, 0)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.view.selectRow(row)
        return source_index

    # ------------------------------------------------------------ export
    @Slot()
    def _choose_export_file(self) -> None:
        path = ask_export_path(
            self,
            self.tr("Export the {name} list").format(name=self.name),
            f"{self.name.lower()}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> ExportWriter | None:
        """Start writing the whole list to `path` as CSV, off the GUI thread; returns the
        running writer (None when there is nothing to export, or it is refused)."""
        source = self.model.source()
        if source is None or self.is_exporting():
            return None
        try:
            check_exportable(source)
        except SubnetError as exc:
            self._export_failed(message_of(exc))
            return None
        job = ExportWriter(path, csv_chunks(source, rows_per_chunk=1000), source.count, self)
        job.progress.connect(self.progress.setValue)
        job.finished.connect(self._export_done)
        job.failed.connect(self._export_failed)
        self._job = job
        self.progress.setValue(0)
        self._progress_box.show()
        self.export_status.hide()
        self.export_button.setEnabled(False)
        job.start()
        return job

    def is_exporting(self) -> bool:
        """True while an export is writing."""
        return self._job is not None and self._job.is_running()

    @Slot()
    def cancel_export(self) -> None:
        """Stop a running export (its partial file is deleted)."""
        if self._job is not None:
            self._job.cancel()

    def _exported_text(self, rows: int) -> str:
        with window_numbers():
            return self.tr("Exported %Ln row(s) to {path}.", "", rows)

    @Slot(str, int)
    def _export_done(self, path: str, rows: int) -> None:
        self._finish_job()
        self._export_result, self._export_error = (path, rows), None
        set_text_colour(self.export_status, None)
        self.export_status.setText(self._exported_text(rows).format(path=path))
        self.export_status.show()
        self.export_finished.emit(path, rows)

    @Slot(object)
    def _export_failed(self, message: str) -> None:
        self._finish_job()
        self._export_result, self._export_error = None, message
        shown = translate_message(message)
        set_text_colour(self.export_status, "error")  # readable in either theme
        self.export_status.setText(shown)
        self.export_status.show()
        self.export_failed.emit(shown)

    def _finish_job(self) -> None:
        self._progress_box.hide()
        source = self.model.source()
        self.export_button.setEnabled(source is not None and source.count > 0)
        if self._job is not None:
            self._job.deleteLater()
            self._job = None
