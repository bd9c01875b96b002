"""Pieces every Diagnostics panel uses: headers, rows, tables, copy."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.field_error import FieldError
from app.ui.focus import buddy_label
from app.ui.theme import set_text_colour, status_color


class StatusItem(QTableWidgetItem):
    """A table cell whose text colour has a meaning (a theme.status_color kind), picked
    for the current palette each time it is painted: it follows a theme switch."""

    def __init__(self, text: str, kind: str = "") -> None:
        super().__init__(text)
        self.kind = kind

    def data(self, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and self.kind:
            return status_color(self.kind, QGuiApplication.palette())
        return super().data(role)


#: Meanings (theme.status_color kinds) of port states' colours, picked for the
#: current palette when a row is painted.
STATE_KINDS = {
    "open": "ok",
    "closed": "muted",
    "filtered": "warning",
    "error": "error",
}
#: Height of an expanded Events pane in a panel, in pixels: about ten lines.
EVENTS_HEIGHT = 170
# The invisible root: a table's rows have no parent.
NO_PARENT = QModelIndex()


class PanelHeader(QWidget):
    """A bold title and a line saying what the panel does (and what it is like)."""

    def __init__(self, title: str = "", description: str = "") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(2)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.about = QLabel()
        self.about.setWordWrap(True)
        set_text_colour(self.about, "muted")  # grey, readable in either theme
        layout.addWidget(self.heading)
        layout.addWidget(self.about)
        self.set_texts(title, description)

    def set_texts(self, title: str, description: str) -> None:
        """Show this title and description (translated by the caller)."""
        self.heading.setText(title)
        self.heading.setAccessibleName(title)
        self.about.setText(description)


def panel_header(title: str, description: str) -> PanelHeader:
    """A bold title and a line saying what the panel does (and what it is like)."""
    return PanelHeader(title, description)


def hint_label(text: str = "") -> QLabel:
    """A grey, wrapping, selectable line for notes under a result."""
    label = QLabel(text)
    label.setWordWrap(True)
    set_text_colour(label, "muted")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def setup_table(
    table: QTableView | QTableWidget,
    stretch_column: int | None = None,
    fit_columns: tuple[int, ...] = (),
) -> None:
    """Read-only rows, whole-row selection, alternating colours, a compact header.

    `stretch_column` takes the room left (None: the last column does); the
    `fit_columns` are as wide as their contents.
    """
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
    for column in fit_columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


# In `row_of()`: the room left goes here.
STRETCH = -1


def row_of(*items: QWidget | int | tuple[QWidget, int]) -> QHBoxLayout:
    """A row, left to right: a widget; (widget, n) a widget that stretches by n;
    a positive number that many pixels of space; STRETCH the room left."""
    row = QHBoxLayout()
    for item in items:
        if isinstance(item, tuple):
            row.addWidget(*item)
        elif item == STRETCH:
            row.addStretch(1)
        elif isinstance(item, int):
            row.addSpacing(item)
        else:
            row.addWidget(item)
    return row


def label_for(label: str | QLabel, field: QWidget) -> QLabel:
    """`label` (a text or a QLabel, whose text a retranslate() sets) naming `field`."""
    if isinstance(label, QLabel):
        label.setBuddy(field)
        return label
    return buddy_label(label, field)


def options_row(
    *groups: tuple[str | QLabel, QWidget] | tuple[str | QLabel, QWidget, QWidget],
    buttons: tuple[QWidget, ...],
) -> QHBoxLayout:
    """Labelled fields 16 px apart (a label's mnemonic focuses the field after it; a third
    widget follows its field), then `buttons` on the right. A label is a text or a QLabel."""
    items: list[QWidget | int] = []
    for label, field, *rest in groups:
        if items:
            items.append(16)
        items += [label_for(label, field), field, *rest]
    return row_of(*items, STRETCH, *buttons)


def add_field_row(
    form: QFormLayout,
    label: str | QLabel,
    field: QWidget | QLayout,
    buddy: QWidget,
    error: QWidget,
) -> None:
    """A form row: `field` with its error line under it; the label's mnemonic focuses `buddy`
    (a label is a text or a QLabel)."""
    box = QVBoxLayout()
    box.setSpacing(2)
    if isinstance(field, QLayout):
        box.addLayout(field)
    else:
        box.addWidget(field)
    box.addWidget(error)
    if isinstance(error, FieldError):
        error.reserve_line()  # a one-line error moves nothing: the buttons below stay still
    form.addRow(label, box)
    form.labelForField(box).setBuddy(buddy)


def table_text(model: QAbstractItemModel, columns: int | None = None) -> list[str]:
    """The shown rows of a table as tab-separated lines (the first `columns` columns)."""
    count = model.columnCount() if columns is None else columns
    return [
        "\t".join(str(model.index(row, column).data()) for column in range(count))
        for row in range(model.rowCount())
    ]


class HeaderedTableModel(QAbstractTableModel):
    """A flat table over `self.rows`, with column titles from HEADERS (translated)."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def retranslate(self) -> None:
        """The language changed: the views ask again for the titles and the cells."""
        columns = len(self.HEADERS)
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if self.rows and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, columns - 1))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        if not index.isValid():
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def cell(self, row: object, column: int, role: int) -> object:
        """What `data()` gives for one row's column in `role` (None: nothing)."""
        return None


def copy_text(text: str) -> None:
    """Put `text` on the clipboard."""
    QGuiApplication.clipboard().setText(text)
