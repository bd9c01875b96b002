"""The conversation: a capped list model and a view that paints only the visible rows.

Measured here, 250,000 lines arriving 833 at a time with a 20,000-row cap, on an idle
GUI: a one-column QTableView with fixed row heights and a Python delegate took 1.9 ms
per batch (QListView with uniform item sizes 47 ms, QTreeView 22 ms, QPlainTextEdit
with coloured runs 39 ms). But under a flood the network thread keeps the interpreter
busy, and every call Qt makes into Python (a delegate's paint() per row, the model's
rowCount() and data()) must wait for the interpreter lock, up to 5 ms each: with a
CPU-bound thread beside it the table needed 11 ms median and 182 ms worst per batch,
QPlainTextEdit 16 ms and 80 ms, a QStandardItemModel table 32 ms and 125 ms; a
QAbstractScrollArea that paints the visible rows in one paintEvent 0.0 ms to add a
batch and 2 ms (worst 18 ms) to paint. So the model is a QAbstractListModel over a
Python list and the view is that painted scroll area.

Rows are drawn with QPainter.drawText: plain text, never rich text, so `<b>`,
`<img src=...>` and `<a href=...>` in a message are shown as typed. Long messages are
wrapped at insertion into continuation rows (fixed row heights keep the view fast),
and re-wrapped when the view's width changes.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QRect,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QAbstractScrollArea, QMenu, QPushButton, QWidget

from app.core.chat.protocol import Kind
from app.ui.chat.entries import (
    DAY,
    ERROR,
    NOTICE,
    PENDING,
    TRANSFER,
    ConversationEntry,
    blend,
    sender_colour,
)
from app.ui.chat.model import ConversationModel
from app.ui.chat.transfers import TransferEntry, action_label, button_rects, paint_transfer
from app.ui.i18n import format_count
from app.ui.theme import readable_on, status_color

#: While rows stream in, the view repaints at most this often (about 40 frames a second).
REPAINT_MS = 25


class RowPainter:
    """Draws a row: time, nickname column (coloured per sender), then the text.

    Everything is drawn with QPainter.drawText, which never interprets markup.
    """

    def __init__(self, font: QFont, palette: QPalette) -> None:
        self.waiting = "   " + QCoreApplication.translate("RowPainter", "(waiting to be sent)")
        self.update_metrics(font)
        self.set_palette(palette)

    def set_palette(self, palette: QPalette) -> None:
        """Colours readable on the palette's background, light or dark theme alike."""
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        self.dark = base.lightnessF() < 0.5
        self.own_background = blend(base, palette.color(QPalette.ColorRole.Highlight), 0.12)
        self.private_background = blend(
            base, status_color("private", palette, self.own_background), 0.12
        )
        # Muted, pending and error text, readable on each kind of row's background.
        self._row_colours = {
            background.rgba(): (
                readable_on(blend(text, base, 0.42), background),
                readable_on(blend(text, base, 0.5), background),
                status_color("error", palette, background),
            )
            for background in (base, self.own_background, self.private_background)
        }
        self.base = base
        self.muted, self.pending, self.error = self._row_colours[base.rgba()]
        self.palette_key = palette.cacheKey()

    def update_metrics(self, font: QFont) -> None:
        """Column positions for the view's font."""
        metrics = QFontMetrics(font)
        self.font = QFont(font)
        self.row_height = metrics.height() + 6
        self.padding = 8
        self.stamp_width = metrics.horizontalAdvance("88:88:88") + 2 * self.padding
        self.nick_width = metrics.horizontalAdvance("M" * 9) + self.padding
        self.text_x = self.stamp_width + self.nick_width + self.padding
        self.bold = QFont(font)
        self.bold.setBold(True)
        self.italic = QFont(font)
        self.italic.setItalic(True)
        # Per font: its metrics, and its widest character (text shorter than the width
        # over that cannot overflow, so most rows skip measuring).
        self._metrics = {
            id(each): (QFontMetrics(each), max(1, QFontMetrics(each).maxWidth()))
            for each in (self.font, self.bold, self.italic)
        }

    def paint(
        self,
        painter: QPainter,
        rect: QRect,
        entry: ConversationEntry,
        segment: int,
        palette: QPalette,
        selected: bool,
    ) -> None:
        """Draw one row of `entry` (its `segment`-th wrapped line) into `rect`."""
        if entry.kind == TRANSFER:
            paint_transfer(self, painter, rect, entry, segment, palette, selected)  # type: ignore[arg-type]
            return
        background = self.base
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        elif entry.kind == Kind.PRIVATE:
            background = self.private_background
            painter.fillRect(rect, background)
        elif entry.own and entry.kind in (Kind.MESSAGE, Kind.ACTION, PENDING):
            background = self.own_background
            painter.fillRect(rect, background)
        muted, pending, error = self._row_colours[background.rgba()]
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        middle = Qt.AlignmentFlag.AlignVCenter
        if entry.kind == DAY:
            painter.setPen(text_colour if selected else muted)
            painter.setFont(self.font)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), f"--- {entry.text} ---")
            return
        top, height = rect.top(), rect.height()
        if segment == 0:
            painter.setPen(text_colour if selected else muted)
            painter.setFont(self.font)
            stamp_rect = QRect(rect.left() + self.padding, top, self.stamp_width, height)
            painter.drawText(stamp_rect, int(middle | Qt.AlignmentFlag.AlignLeft), entry.stamp)
            marker = entry.marker()
            if marker:
                if selected:
                    painter.setPen(text_colour)
                elif entry.kind == ERROR:
                    painter.setPen(error)
                elif entry.kind == PENDING:
                    painter.setPen(pending)
                elif entry.kind in (Kind.MESSAGE, Kind.PRIVATE, Kind.ACTION):
                    painter.setPen(sender_colour(entry.sender, background))
                else:
                    painter.setPen(muted)
                nick_font = self.bold if entry.kind != PENDING else self.italic
                painter.setFont(nick_font)
                nick_rect = QRect(rect.left() + self.stamp_width, top, self.nick_width, height)
                metrics, widest = self._metrics[id(nick_font)]
                shown = (
                    marker
                    if len(marker) * widest <= self.nick_width
                    else metrics.elidedText(marker, Qt.TextElideMode.ElideRight, self.nick_width)
                )
                painter.drawText(nick_rect, int(middle | Qt.AlignmentFlag.AlignRight), shown)
        # The text column.
        font = self.font
        if selected:
            painter.setPen(text_colour)
        elif entry.kind == ERROR:
            painter.setPen(error)
        elif entry.kind == PENDING:
            painter.setPen(pending)
            font = self.italic
        elif entry.kind == Kind.ACTION:
            painter.setPen(sender_colour(entry.sender, background))
            font = self.italic
        elif entry.is_event or entry.kind == NOTICE:
            painter.setPen(muted)
            font = self.italic if entry.is_event else self.font
        else:
            painter.setPen(text_colour)
        painter.setFont(font)
        text_rect = QRect(rect.left() + self.text_x, top, rect.width() - self.text_x - 4, height)
        text = entry.segments[segment] if segment < len(entry.segments) else ""
        if entry.kind == PENDING and segment == len(entry.segments) - 1:
            text += self.waiting
        metrics, widest = self._metrics[id(font)]
        if len(text) * widest > text_rect.width():
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, int(middle | Qt.AlignmentFlag.AlignLeft), text)


class ConversationView(QAbstractScrollArea):
    """The conversation, painted row by row from a ConversationModel.

    One paintEvent draws every visible row in one go: a QTableView with a Python
    delegate calls into Python once per row (and per model query), and each call must
    take the interpreter lock back from the network thread, which under a flood
    costs up to a switch interval (5 ms) each; see the module docstring.

    Follows the newest line unless the user scrolled up; rows can be selected with
    the mouse (Shift extends), copied with Ctrl+C, all selected with Ctrl+A.

    Signals:
        nick_activated(str): a nickname's line was double-clicked (the tab starts a /msg).
        row_activated(int): a row was double-clicked.
        transfer_action(str, str): a file transfer's button (transfer id, action) was
            clicked, or chosen from the line's context menu.
        files_dropped(list): local files or folders were dropped on the view (paths).
    """

    nick_activated = Signal(str)
    row_activated = Signal(int)
    transfer_action = Signal(str, str)
    files_dropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conversation = ConversationModel(self)
        self.row_painter = RowPainter(self.font(), self.palette())
        self.setObjectName("conversationView")
        self._own_texts = ("", "")  # the name and description it gave itself (see retranslate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.viewport().setBackgroundRole(QPalette.ColorRole.Base)
        self.viewport().setAutoFillBackground(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self._follow = True
        self._unseen = 0
        self._anchor = -1  # selection: rows from min(anchor, current) to max(...)
        self._current = -1
        self.jump_button = QPushButton(self.viewport())
        self.jump_button.setObjectName("jumpToNewest")
        self.jump_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.jump_button.hide()
        self._rewrap_timer = QTimer(self)
        self._rewrap_timer.setSingleShot(True)
        self._rewrap_timer.setInterval(120)
        self._repaint_timer = QTimer(self)
        self._repaint_timer.setSingleShot(True)
        self._repaint_timer.setInterval(REPAINT_MS)
        self._connect_signals()
        self.conversation.set_wrap_width(self.font(), self._text_width())
        self.retranslate()

    def retranslate(self) -> None:
        """The texts in the current language: at start and on QEvent.LanguageChange.

        The lines already in the conversation stay in the language they were written in
        (a record of what was said and shown then); new lines come in the new language.
        A name or description an owner gave the view (the search results) is its to
        change, and stays.
        """
        name = self.tr("Conversation")
        description = self.tr(
            "Up and Down move between the lines (Shift selects), Enter on a message "
            "answers its sender privately, Ctrl+C copies the selected lines."
        )
        if (self.accessibleName(), self.accessibleDescription()) in (self._own_texts, ("", "")):
            self.setAccessibleName(name)
            self.setAccessibleDescription(description)
        self._own_texts = (name, description)
        self._say_unseen()
        self.row_painter.waiting = "   " + QCoreApplication.translate(
            "RowPainter", "(waiting to be sent)"
        )
        self.viewport().update()

    def _say_unseen(self) -> None:
        if self._unseen:
            self.jump_button.setText(
                self.tr("{count} new - show newest").format(count=format_count(self._unseen))
            )
        else:
            self.jump_button.setText(self.tr("Newest messages"))

    def _connect_signals(self) -> None:
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.jump_button.clicked.connect(self.scroll_to_newest)
        self.conversation.trimmed.connect(self._on_trimmed)
        self.conversation.rowsInserted.connect(self._on_rows_changed)
        self.conversation.rowsRemoved.connect(self._on_rows_removed)
        self.conversation.modelReset.connect(self._on_reset)
        self.conversation.dataChanged.connect(self._on_rows_updated)
        self._rewrap_timer.timeout.connect(self._rewrap)
        self._repaint_timer.timeout.connect(self.viewport().update)
        self.customContextMenuRequested.connect(self._show_menu)

    def model(self) -> ConversationModel:
        """The rows shown."""
        return self.conversation

    # ------------------------------------------------------------ adding
    def append_entries(self, entries: list[ConversationEntry]) -> None:
        """Add a batch and follow it if the view was at the bottom."""
        if not entries:
            return
        following = self._follow
        self.conversation.append(entries)
        if following:
            self._scroll_to_bottom()
        else:
            self._unseen += len(entries)
            self._say_unseen()
            self._place_jump_button()
            self.jump_button.show()

    def merge_entries(self, entries: list[ConversationEntry]) -> None:
        """Add replayed room messages: the ones shown already are skipped, older ones
        take their place by id (ConversationModel.merge); followed like a new batch."""
        if not entries:
            return
        following = self._follow
        added = self.conversation.merge(entries)
        if not added:
            return
        if following:
            self._scroll_to_bottom()
        else:
            self._unseen += added
            self._say_unseen()
            self._place_jump_button()
            self.jump_button.show()

    @Slot()
    def scroll_to_newest(self) -> None:
        """Jump to the last line and follow new ones again."""
        self._follow = True
        self._scroll_to_bottom()
        self._unseen = 0
        self.jump_button.hide()

    def _scroll_to_bottom(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def is_following(self) -> bool:
        """True while new lines scroll into view."""
        return self._follow

    @Slot(int)
    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        self._follow = value >= bar.maximum() - 2
        if self._follow:
            self._unseen = 0
            self.jump_button.hide()
        self.viewport().update()

    @Slot(int)
    def _on_trimmed(self, rows: int) -> None:
        # Rows vanished above the reader: keep the same lines in sight, and the selection.
        if not self._follow:
            bar = self.verticalScrollBar()
            bar.setValue(max(0, bar.value() - rows * self.row_painter.row_height))
        if self._anchor >= 0:
            self._anchor = max(-1, self._anchor - rows)
            self._current = max(-1, self._current - rows)

    @Slot()
    def _on_rows_changed(self) -> None:
        self._update_scroll_range()
        # Rows streaming in: at most one paint every REPAINT_MS, not one per batch.
        if not self._repaint_timer.isActive():
            self._repaint_timer.start()

    @Slot()
    def _on_rows_updated(self) -> None:
        # A transfer's progress: repainted with the next frame, nothing else moves.
        if not self._repaint_timer.isActive():
            self._repaint_timer.start()

    @Slot(QModelIndex, int, int)
    def _on_rows_removed(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if first > 0:  # not a trim from the top: the selection may point elsewhere now
            self._anchor = self._current = -1
        self._on_rows_changed()

    @Slot()
    def _on_reset(self) -> None:
        self._anchor = self._current = -1
        self._on_rows_changed()

    def _update_scroll_range(self) -> None:
        bar = self.verticalScrollBar()
        height = self.row_painter.row_height
        total = self.conversation.rowCount() * height
        bar.setRange(0, max(0, total - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(height)

    def _place_jump_button(self) -> None:
        self.jump_button.adjustSize()
        viewport = self.viewport().rect()
        self.jump_button.move(
            viewport.right() - self.jump_button.width() - 12,
            viewport.bottom() - self.jump_button.height() - 8,
        )

    # ------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:
        painter = QPainter(self.viewport())
        height = self.row_painter.row_height
        top = self.verticalScrollBar().value()
        model = self.conversation
        count = model.rowCount()
        first = max(0, top // height)
        last = min(count, (top + self.viewport().height()) // height + 1)
        width = self.viewport().width()
        palette = self.palette()
        if palette.cacheKey() != self.row_painter.palette_key:  # the theme changed
            self.row_painter.set_palette(palette)
        low, high = self._selection_range()
        paint = self.row_painter.paint
        for number in range(first, last):
            entry, segment = model.row(number)
            rect = QRect(0, number * height - top, width, height)
            paint(painter, rect, entry, segment, palette, low <= number <= high)
        if self.hasFocus() and first <= self._current < last:  # where the keys move from
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DotLine))
            painter.drawRect(QRect(0, self._current * height - top, width - 1, height - 1))
        painter.end()

    def row_at(self, y: int) -> int:
        """The row under a viewport y coordinate, or -1."""
        number = (y + self.verticalScrollBar().value()) // self.row_painter.row_height
        return number if 0 <= number < self.conversation.rowCount() else -1

    # ------------------------------------------------------------ selection
    def _selection_range(self) -> tuple[int, int]:
        if self._anchor < 0 or self._current < 0:
            return (0, -1)
        return (min(self._anchor, self._current), max(self._anchor, self._current))

    def select_rows(self, first: int, last: int | None = None) -> None:
        """Select rows `first`..`last` (one row without `last`)."""
        count = self.conversation.rowCount()
        if not count:
            return
        self._anchor = max(0, min(first, count - 1))
        self._current = max(0, min(first if last is None else last, count - 1))
        self.viewport().update()

    def selectRow(self, row: int) -> None:
        """Select one row (the QTableView name, for callers used to it)."""
        self.select_rows(row)

    def current_row(self) -> int:
        """The row last clicked or selected, or -1."""
        return self._current

    def selectAll(self) -> None:
        """Select every row."""
        self.select_rows(0, self.conversation.rowCount() - 1)

    def scroll_to_row(self, row: int) -> None:
        """Bring a row into the middle of the view (the reader stops following)."""
        height = self.row_painter.row_height
        bar = self.verticalScrollBar()
        bar.setValue(max(0, row * height - self.viewport().height() // 2))

    def selected_text(self) -> str:
        """The selected rows as plain lines (whole entries, in order)."""
        low, high = self._selection_range()
        seen: list[ConversationEntry] = []
        for number in range(max(0, low), min(high + 1, self.conversation.rowCount())):
            entry, _ = self.conversation.row(number)
            if not seen or seen[-1] is not entry:
                seen.append(entry)
        return "\n".join(entry.plain() for entry in seen)

    @Slot()
    def copy_selection(self) -> None:
        """Copy the selected lines to the clipboard."""
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        row = self.row_at(int(event.position().y()))
        hit = self.transfer_button_at(event.position().toPoint())
        if hit is not None:
            self.transfer_action.emit(*hit)
            event.accept()
            return
        if row >= 0:
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier and self._anchor >= 0:
                self._current = row
            else:
                self._anchor = self._current = row
            self.viewport().update()
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton and self._anchor >= 0:
            row = self.row_at(int(event.position().y()))
            if row >= 0 and row != self._current:
                self._current = row
                self.viewport().update()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        row = self.row_at(int(event.position().y()))
        if row >= 0:
            self.activate_row(row)
        event.accept()

    def activate_row(self, row: int) -> None:
        """What a double-click on `row` does: row_activated, and nick_activated for a sender."""
        self.select_rows(row)
        self.row_activated.emit(row)
        entry, _ = self.conversation.row(row)
        if entry.kind in (Kind.MESSAGE, Kind.ACTION, Kind.PRIVATE) and not entry.own:
            self.nick_activated.emit(entry.sender)

    def keyPressEvent(self, event) -> None:
        """Keys of a list: Up/Down/PageUp/PageDown/Home/End move the current line (Shift
        extends the selection), Enter activates it, Ctrl+C copies, Ctrl+A selects all."""
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.matches(QKeySequence.StandardKey.SelectAll):
            self.selectAll()
            return
        key = event.key()
        count = self.conversation.rowCount()
        height = self.row_painter.row_height
        top = self.verticalScrollBar().value()
        first_shown = min(count - 1, top // height)
        last_shown = min(count - 1, (top + self.viewport().height()) // height - 1)
        page = max(1, self.viewport().height() // height - 1)
        current = self._current
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if 0 <= current < count:
                self.activate_row(current)
            return
        if key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = count - 1
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            step = 1 if key == Qt.Key.Key_Up else page
            target = current - step if current >= 0 else max(first_shown, last_shown)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            step = 1 if key == Qt.Key.Key_Down else page
            target = current + step if current >= 0 else max(first_shown, 0)
        else:
            super().keyPressEvent(event)
            return
        if count:
            extend = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.move_current(target, extend=extend)
            if key == Qt.Key.Key_End:
                self.scroll_to_newest()

    def move_current(self, row: int, *, extend: bool = False) -> None:
        """Make `row` the current line (selected, or extending the selection) and show it."""
        count = self.conversation.rowCount()
        if not count:
            return
        row = max(0, min(row, count - 1))
        if extend and self._anchor >= 0:
            self._current = row
        else:
            self._anchor = self._current = row
        height = self.row_painter.row_height
        bar = self.verticalScrollBar()
        if row * height < bar.value():
            bar.setValue(row * height)
        elif (row + 1) * height > bar.value() + self.viewport().height():
            bar.setValue((row + 1) * height - self.viewport().height())
        entry, _ = self.conversation.row(row)
        self.setAccessibleDescription(entry.plain())  # what a screen reader reads out
        self.viewport().update()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.viewport().update()  # the current line's focus mark

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    # ------------------------------------------------------------ file transfers
    def row_rect(self, row: int) -> QRect:
        """Where a row is in viewport coordinates."""
        height = self.row_painter.row_height
        top = row * height - self.verticalScrollBar().value()
        return QRect(0, top, self.viewport().width(), height)

    def transfer_buttons(self, row: int) -> list[tuple[str, str, QRect]]:
        """The buttons drawn on a row: (transfer id, action, rect in the viewport)."""
        if not 0 <= row < self.conversation.rowCount():
            return []
        entry, segment = self.conversation.row(row)
        if not isinstance(entry, TransferEntry) or segment != 1:
            return []
        item = entry.item
        return [
            (item.transfer_id, action, place)
            for action, place in button_rects(self.row_painter, self.row_rect(row), item)
        ]

    def transfer_button_at(self, point) -> tuple[str, str] | None:
        """(transfer id, action) of the button under a viewport point, or None."""
        for transfer_id, action, place in self.transfer_buttons(self.row_at(point.y())):
            if place.contains(point):
                return transfer_id, action
        return None

    def _dropped_paths(self, event) -> list[str]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._dropped_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        paths = self._dropped_paths(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(paths)

    @Slot(object)
    def _show_menu(self, position) -> None:
        menu = QMenu(self)
        row = self.row_at(position.y())
        if 0 <= row < self.conversation.rowCount():
            entry, _ = self.conversation.row(row)
            if isinstance(entry, TransferEntry):  # the buttons, for the keyboard too
                for action in entry.item.actions():
                    item = menu.addAction(action_label(action))
                    item.triggered.connect(
                        partial(self.transfer_action.emit, entry.item.transfer_id, action)
                    )
                if not menu.isEmpty():
                    menu.addSeparator()
        copy = menu.addAction(self.tr("Copy"))
        copy.setEnabled(self._anchor >= 0)
        copy.triggered.connect(self.copy_selection)
        select_all = menu.addAction(self.tr("Select all"))
        select_all.triggered.connect(self.selectAll)
        menu.popup(self.viewport().mapToGlobal(position))

    # ------------------------------------------------------------ width and font
    def _text_width(self) -> int:
        return self.viewport().width() - self.row_painter.text_x - 8

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        following = self._follow
        self._update_scroll_range()
        if following:
            self._scroll_to_bottom()
        self._rewrap_timer.start()
        if self.jump_button.isVisible():
            self._place_jump_button()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.row_painter.update_metrics(self.font())
            self._update_scroll_range()
            self._rewrap_timer.start()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    @Slot()
    def _rewrap(self) -> None:
        following = self._follow
        if self.conversation.set_wrap_width(self.font(), self._text_width()) and following:
            self._scroll_to_bottom()
