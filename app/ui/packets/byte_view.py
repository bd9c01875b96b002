"""PacketBytesView: a frame's bytes as hex and ASCII, with one byte range highlighted.

Selecting a field or a layer in the layer tree highlights its bytes in both columns, in
the palette's highlight colours. The dump shows 16 bytes a line, or 8 when the view is
too narrow for 16, so it fits beside the diagram at 1024 pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette, QResizeEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from app.ui.zoom import use_fixed_font

#: At most this many bytes are shown (a frame is at most the snap length, 256 KiB).
BYTES_LIMIT = 64 * 1024
_OFFSET_WIDTH = 4  # hex digits of the offset column (frames under 64 KiB shown)


def dump_lines(data: bytes, width: int) -> list[str]:
    """`0000  45 00 00 3c …  E..<` lines of `width` bytes."""
    lines = []
    for offset in range(0, len(data), width):
        chunk = data[offset : offset + width]
        hex_part = " ".join(f"{b:02x}" for b in chunk).ljust(width * 3 - 1)
        ascii_part = "".join(chr(b) if 0x20 <= b < 0x7F else "." for b in chunk)
        lines.append(f"{offset:0{_OFFSET_WIDTH}x}  {hex_part}  {ascii_part}")
    return lines


class PacketBytesView(QPlainTextEdit):
    """Read-only hex + ASCII of a frame; `highlight(offset, length)` marks a range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        use_fixed_font(self)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._data = b""
        self._width = 16
        self._range: tuple[int, int] | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """The view's name and placeholder in the window's language."""
        self.setAccessibleName(self.tr("Packet bytes"))
        self.setPlaceholderText(self.tr("Select a packet to see its bytes."))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ----------------------------------------------------------------- contents
    def show_bytes(self, data: bytes) -> None:
        """Show `data` (at most BYTES_LIMIT bytes) with nothing highlighted."""
        self._data = bytes(data[:BYTES_LIMIT])
        self._range = None
        self._render()

    def clear_bytes(self) -> None:
        """Show nothing."""
        self.show_bytes(b"")

    def data(self) -> bytes:
        """The bytes shown."""
        return self._data

    def highlight(self, offset: int, length: int) -> None:
        """Highlight bytes [offset, offset + length) in both columns (length 0: none)."""
        self._range = (offset, length) if length > 0 else None
        self._apply_highlight(scroll=True)

    def highlighted_range(self) -> tuple[int, int] | None:
        """(offset, length) of the highlighted bytes, or None."""
        return self._range

    def bytes_per_line(self) -> int:
        """16, or 8 when the view is narrow."""
        return self._width

    # ----------------------------------------------------------------- drawing
    def _fitting_width(self) -> int:
        advance = self.fontMetrics().horizontalAdvance("0")
        room = self.viewport().width() - 2 * self.document().documentMargin()
        chars_16 = _OFFSET_WIDTH + 2 + 16 * 3 - 1 + 2 + 16
        return 16 if room >= chars_16 * advance else 8

    def _render(self) -> None:
        self._width = self._fitting_width()
        self.setPlainText("\n".join(dump_lines(self._data, self._width)))
        self._apply_highlight(scroll=False)

    def _positions(self, index: int) -> tuple[int, int]:
        """Character positions in the document of byte `index`'s hex and ASCII cells."""
        width = self._width
        line, column = divmod(index, width)
        line_length = _OFFSET_WIDTH + 2 + width * 3 - 1 + 2 + width + 1  # with the newline
        start = line * line_length
        hex_at = start + _OFFSET_WIDTH + 2 + column * 3
        ascii_at = start + _OFFSET_WIDTH + 2 + width * 3 - 1 + 2 + column
        return hex_at, ascii_at

    def _apply_highlight(self, *, scroll: bool) -> None:
        selections: list[QTextEdit.ExtraSelection] = []
        if self._range is not None and self._data:
            offset, length = self._range
            first = max(0, min(offset, len(self._data) - 1))
            last = max(first, min(offset + length, len(self._data)) - 1)
            palette = self.palette()
            style = QTextCharFormat()
            style.setBackground(palette.color(QPalette.ColorRole.Highlight))
            style.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
            width = self._width
            line = first // width
            while line * width <= last:
                begin = max(first, line * width)
                end = min(last, line * width + width - 1)
                hex_begin, ascii_begin = self._positions(begin)
                hex_end, ascii_end = self._positions(end)
                for start, stop in ((hex_begin, hex_end + 2), (ascii_begin, ascii_end + 1)):
                    selection = QTextEdit.ExtraSelection()
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(start)
                    cursor.setPosition(stop, QTextCursor.MoveMode.KeepAnchor)
                    selection.cursor = cursor
                    selection.format = style
                    selections.append(selection)
                line += 1
            if scroll and selections:
                self.setTextCursor(QTextCursor(selections[0].cursor.block()))
                self.ensureCursorVisible()
        self.setExtraSelections(selections)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Switch between 16 and 8 bytes a line when the width calls for it."""
        super().resizeEvent(event)
        if self._fitting_width() != self._width:
            self._render()
