"""HexDumpView: bytes as a hex dump (offset, hex, ASCII), the way `hexdump -C` shows them.

The UDP receiver shows the selected datagram in one, the Chat tab's raw terminal the
selected recv() or send(). app/core/hexdump.py formats the lines.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget

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

    def show_bytes(self, data: bytes, *, heading: str = "", footer: str = "") -> None:
        """Show `data` as a dump, with a line of `heading` above and `footer` below."""
        lines = [heading] if heading else []
        lines.append(hex_dump(data[: self.limit]))
        if len(data) > self.limit:
            lines.append(
                self.cut_note.format(shown=format_count(self.limit), size=format_count(len(data)))
            )
        if footer:
            lines.append(footer)
        self.setPlainText("\n".join(lines))
