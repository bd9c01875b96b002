"""HexDumpView: bytes as a hex dump (offset, hex, ASCII), the way `hexdump -C` shows them.

The UDP receiver shows the selected datagram in one, the Chat tab's raw terminal the
selected recv() or send(). app/core/hexdump.py formats the lines.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from app.core.hexdump import hex_dump
from app.ui.i18n import format_count
from app.ui.zoom import use_fixed_font


class HexDumpView(QPlainTextEdit):
    """A read-only hex dump in a fixed-width font, lines never wrapped.

    It has a caret, so the keys (and a screen reader) can read it line by line, and Tab
    leaves it. At most `limit` bytes are dumped; a longer payload ends with `cut_note`
    ({shown} and {size} are byte counts), by default a line saying how many are shown.
    """

    def __init__(
        self,
        name: str,
        placeholder: str,
        limit: int,
        cut_note: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.limit = limit
        self._heading_lines = 0
        self._default_cut_note = cut_note is None  # ours: it follows a language switch
        self.cut_note = cut_note or self.tr("… showing the first {shown} of {size} bytes.")
        self.setReadOnly(True)
        use_fixed_font(self)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setAccessibleName(name)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setTextInteractionFlags(  # a caret, so the keys can read line by line
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch: the default cut note (for the next dump) changes;
        the name and placeholder are the owner's, which sets them again."""
        if event.type() == QEvent.Type.LanguageChange and self._default_cut_note:
            self.cut_note = self.tr("… showing the first {shown} of {size} bytes.")
        super().changeEvent(event)

    def show_bytes(
        self,
        data: bytes,
        *,
        heading: str = "",
        footer: str = "",
        marked: int = 0,
        mark_background: QColor | None = None,
    ) -> None:
        """Show `data` as a dump, with a line of `heading` above and `footer` below.

        The first `marked` bytes (a header) get `mark_background` in the hex and the
        ASCII columns, so they stand apart from the payload.
        """
        self._heading_lines = heading.count("\n") + 1 if heading else 0
        lines = [heading] if heading else []
        lines.append(hex_dump(data[: self.limit]))
        if len(data) > self.limit:
            lines.append(
                self.cut_note.format(shown=format_count(self.limit), size=format_count(len(data)))
            )
        if footer:
            lines.append(footer)
        self.setPlainText("\n".join(lines))
        marked = min(marked, len(data), self.limit)
        self.setExtraSelections(
            self._mark(marked, mark_background) if marked and mark_background else []
        )

    def marked_ranges(self) -> list[tuple[int, int, QColor]]:
        """The marked character ranges as `(start, end, background)` (for tests)."""
        return [
            (s.cursor.selectionStart(), s.cursor.selectionEnd(), s.format.background().color())
            for s in self.extraSelections()
        ]

    def _mark(self, count: int, background: QColor) -> list[QTextEdit.ExtraSelection]:
        """Selections over bytes 0 .. count - 1, in `hex_dump`'s columns (16 a line:
        8 hex, a gap, 8 hex, then the ASCII between bars)."""
        style = QTextCharFormat()
        style.setBackground(background)
        style.setForeground(self.palette().color(QPalette.ColorRole.Text))
        selections: list[QTextEdit.ExtraSelection] = []
        document = self.document()
        for line_start in range(0, count, 16):
            last = min(count, line_start + 16) - 1 - line_start  # last column on this line
            block = document.findBlockByNumber(self._heading_lines + line_start // 16)
            if not block.isValid():
                break
            at = block.position()
            hex_end = 10 + last * 3 + (1 if last >= 8 else 0) + 2
            for start, end in ((at + 10, at + hex_end), (at + 61, at + 61 + last + 1)):
                selection = QTextEdit.ExtraSelection()
                cursor = QTextCursor(document)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                selection.format = style
                selections.append(selection)
        return selections
