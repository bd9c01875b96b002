"""The chat input box: Enter sends, Shift+Enter starts a new line, Up/Down recall.

The protocol carries one line per message, so a box holding several lines sends each
non-empty line as its own message, in order. The box grows to five lines, then
scrolls. A paste over 1 MiB is refused (the box keeps what it had); a line over the
protocol's limit is counted and refused at Enter, and stays in the box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal, Slot
from PySide6.QtGui import QFontMetrics, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QWidget

from app.core.chat.protocol import DEFAULT_MAX_LINE, encode_json
from app.ui.i18n import format_decimal

#: The biggest paste the box accepts.
MAX_PASTE_BYTES = 1024 * 1024
#: How many sent lines Up/Down can recall.
HISTORY_SIZE = 100
#: The most lines the box grows to before it scrolls.
MAX_VISIBLE_LINES = 5

# A say line is {"type":"say","cid":N,"text":"..."}: everything but the text counts too.
_SAY_OVERHEAD = len(encode_json({"type": "say", "cid": 10**12, "text": ""})) - 1
# Below this many characters no line can reach the limit (JSON needs at most 6 bytes a char).
_ALWAYS_FITS_CHARS = (DEFAULT_MAX_LINE - _SAY_OVERHEAD) // 6


def line_cost(text: str) -> int:
    """Bytes a typed line takes on the wire, counted against the line limit."""
    if len(text) <= _ALWAYS_FITS_CHARS // 4:
        return len(text.encode("utf-8", "replace")) + _SAY_OVERHEAD
    return len(encode_json({"type": "say", "cid": 10**12, "text": text})) - 1


class ChatInput(QPlainTextEdit):
    """A few-line text box for chat.

    Signals:
        submitted(list): the lines to send (Enter); the tab clears the box if they went.
        paste_refused(str): a paste was too big; the text says so.
        size_changed(int, int): (bytes of the longest line, the limit), after each edit.
    """

    submitted = Signal(list)
    paste_refused = Signal(str)
    size_changed = Signal(int, int)

    def __init__(self, parent: QWidget | None = None, max_line: int = DEFAULT_MAX_LINE) -> None:
        super().__init__(parent)
        self.max_line = max_line
        self.setObjectName("chatInput")
        self.retranslate()
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._history: list[str] = []
        self._history_index = 0  # len(history) means "the draft"
        self._draft = ""
        self.textChanged.connect(self._on_text_changed)
        self._fit_height()

    def retranslate(self) -> None:
        """The texts in the current language: at start and on QEvent.LanguageChange."""
        self.setAccessibleName(self.tr("Message"))
        self.setAccessibleDescription(  # the placeholder is gone once something is typed
            self.tr("Enter sends, Shift+Enter starts a new line, Up and Down recall sent lines")
        )
        self.setPlaceholderText(
            self.tr("Type a message, Enter to send (Shift+Enter: new line, /help: commands)")
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    # ------------------------------------------------------------ sending
    def lines(self) -> list[str]:
        """The non-empty lines in the box, in order."""
        return [line for line in self.toPlainText().splitlines() if line.strip()]

    def longest_line_cost(self) -> int:
        """Wire bytes of the longest line (0 when empty)."""
        return max((line_cost(line) for line in self.lines()), default=0)

    def remember(self, text: str) -> None:
        """Keep a sent text for Up/Down."""
        if text and (not self._history or self._history[-1] != text):
            self._history.append(text)
            del self._history[:-HISTORY_SIZE]
        self._history_index = len(self._history)
        self._draft = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")  # not Qt's U+2028 line separator
            elif not modifiers & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            ):
                self.submitted.emit(self.lines())
            return
        if key == Qt.Key.Key_Up and self._on_first_line() and self._recall(-1):
            return
        if key == Qt.Key.Key_Down and self._on_last_line() and self._recall(+1):
            return
        super().keyPressEvent(event)

    def _on_first_line(self) -> bool:
        cursor = self.textCursor()
        return cursor.block().blockNumber() == 0 and cursor.block().layout().lineForTextPosition(
            cursor.positionInBlock()
        ).lineNumber() in (0, -1)

    def _on_last_line(self) -> bool:
        cursor = self.textCursor()
        block = cursor.block()
        if block.next().isValid():
            return False
        layout = block.layout()
        line = layout.lineForTextPosition(cursor.positionInBlock()).lineNumber()
        return line in (-1, layout.lineCount() - 1)

    def _recall(self, step: int) -> bool:
        """Show the previous (-1) or next (+1) sent text; False when there is none."""
        if not self._history:
            return False
        index = self._history_index + step
        if index < 0 or index > len(self._history):
            return False
        if self._history_index == len(self._history):
            self._draft = self.toPlainText()
        self._history_index = index
        text = self._draft if index == len(self._history) else self._history[index]
        self.setPlainText(text)
        self.moveCursor(QTextCursor.MoveOperation.End)
        return True

    # ------------------------------------------------------------ pasting
    def insertFromMimeData(self, source: QMimeData) -> None:
        if source.hasText():
            text = source.text()
            size = len(text.encode("utf-8", "replace"))
            if size > MAX_PASTE_BYTES:
                self.paste_refused.emit(
                    self.tr(
                        "That paste is {size} MiB: the most you can paste "
                        "is 1 MiB. Nothing was pasted; your text is still here. Send a long "
                        "text in parts, or share it as a file."
                    ).format(size=format_decimal(size / (1024 * 1024)))
                )
                return
        super().insertFromMimeData(source)

    # ------------------------------------------------------------ size
    @Slot()
    def _on_text_changed(self) -> None:
        self._fit_height()
        self.size_changed.emit(self.longest_line_cost(), self.max_line)

    def _fit_height(self) -> None:
        metrics = QFontMetrics(self.font())
        lines = int(self.document().documentLayout().documentSize().height()) or 1
        shown = max(1, min(MAX_VISIBLE_LINES, lines))
        margins = self.contentsMargins()
        frame = int(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        self.setFixedHeight(metrics.lineSpacing() * shown + frame + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()
