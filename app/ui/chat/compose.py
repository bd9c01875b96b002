"""`Composer`: the message box, its Send button, and what happens to a typed line.

Lines are checked against the chat's line limit (the box keeps them and says why when
one is too long), `/quit`, `/clear` and `/send [NICK]` (pick files to offer) are
handled here, and the rest go to the client engine's outbox, one message each. The raw
terminal's bytes go the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QLabel, QPushButton

from app.ui.chat.input import ChatInput, line_cost
from app.ui.chat.part import TabPart
from app.ui.field_error import FieldError
from app.ui.i18n import format_count
from app.ui.theme import set_text_colour

if TYPE_CHECKING:
    from app.ui.chat.tab import ChatTab


class Composer(TabPart, QObject):
    """The input side of one Chat tab."""

    def __init__(self, tab: ChatTab) -> None:
        super().__init__(tab)
        self.input = ChatInput()
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendButton")
        self.error = FieldError()
        self.count_label = QLabel()
        self.count_label.setObjectName("characterCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.hide()
        self._size = (0, 0)  # the box's last size and limit: the count is written from them
        self.input.submitted.connect(self.submit)
        self.input.paste_refused.connect(self.error.show_error)
        self.input.size_changed.connect(self._on_size)
        self.input.textChanged.connect(self._on_edited)
        self.send_button.clicked.connect(self._on_send_clicked)
        self.retranslate()

    def retranslate(self) -> None:
        """The texts in the current language (the tab calls this on a language switch).
        An error already shown under the box stays as it was said."""
        self.send_button.setText(self.tr("Send"))
        self._on_size(*self._size)

    @Slot()
    def _on_send_clicked(self) -> None:
        self.submit(self.input.lines())

    @Slot(list)
    def submit(self, lines: list[str]) -> None:
        """Send the box's lines (one message each), or say why not; the box keeps them."""
        if not lines:
            return
        tab = self._tab
        engine = tab.session.client_engine
        if engine is None:
            self.error.show_error(
                self.tr("Not connected: host a chat or join one first. Your text is still here.")
            )
            return
        limit = self.input.max_line
        for number, line in enumerate(lines, 1):
            cost = line_cost(line)
            if cost > limit:
                if len(lines) > 1:
                    text = self.tr(
                        "Line {number} is {cost} bytes: the chat allows {limit} bytes a line. "
                        "Split it into shorter lines; your text is still here."
                    )
                else:
                    text = self.tr(
                        "This line is {cost} bytes: the chat allows {limit} bytes a line. "
                        "Split it into shorter lines; your text is still here."
                    )
                self.error.show_error(
                    text.format(number=number, cost=format_count(cost), limit=format_count(limit))
                )
                return
        command = lines[0].strip().lower() if len(lines) == 1 else ""
        if command in ("/quit", "/leave"):
            self.input.clear()
            if tab.session.own_client:
                tab.stop_hosting()
            else:
                tab.disconnect_from_server()
            return
        words = command.split()
        if words and words[0] == "/send" and len(words) <= 2:
            # /send: offer files to the room; /send NICK: to one person (case as typed).
            self.input.clear()
            self.error.clear_error()
            tab.choose_files_to_send(lines[0].split()[1] if len(words) == 2 else "")
            return
        if command == "/clear":
            self.input.clear()
            tab.conversation.conversation.clear()
            return
        try:
            for line in lines:
                engine.send_text(line)
        except RuntimeError:  # the outbox is closed: the engine stopped a moment ago
            self.error.show_error(self.tr("Not connected any more: your text is still here."))
            return
        self.input.remember(self.input.toPlainText())
        self.input.clear()
        self.error.clear_error()

    @Slot(bytes)
    def send_raw(self, data: bytes) -> None:
        """The raw terminal's bytes, exactly as typed."""
        self._send_raw_parts([data], lambda engine: engine.send_raw(data))

    @Slot(object)
    def send_raw_separately(self, parts: list[bytes]) -> None:
        """The raw terminal's bytes as several send() calls, back to back."""
        self._send_raw_parts(parts, lambda engine: engine.send_raw_separately(parts))

    def _send_raw_parts(self, parts: list[bytes], send: Callable[[Any], None]) -> None:
        """Hand the bytes to the client engine with `send`; an error in words next to the
        raw terminal's input when there is no connection, else each part shown as sent."""
        tab = self._tab
        engine = tab.session.client_engine
        if engine is None or not tab.raw_mode():
            tab.raw_terminal.send_error.show_error(
                self.tr("Not connected: the bytes were not sent.")
            )
            return
        try:
            send(engine)
        except RuntimeError:
            tab.raw_terminal.send_error.show_error(
                self.tr("The connection is closed: nothing was sent.")
            )
            return
        for part in parts:
            tab.raw_terminal.add_sent(part)

    @Slot(str)
    def start_private_message(self, nick: str) -> None:
        """Put `/msg NICK ` in the box and focus it."""
        self.input.setPlainText(f"/msg {nick} ")
        self.input.moveCursor(self.input.textCursor().MoveOperation.End)
        self.input.setFocus()

    @Slot(int, int)
    def _on_size(self, cost: int, limit: int) -> None:
        self._size = (cost, limit)
        if cost <= 4000:
            self.count_label.hide()
            return
        self.count_label.show()
        if cost > limit:
            kind: str | None = "error"
            text = self.tr("{cost} / {limit} bytes - too long to send")
        elif cost > limit * 0.9:
            kind = "warning"
            text = self.tr("{cost} / {limit} bytes - near the limit")
        else:
            kind, text = None, self.tr("{cost} / {limit} bytes")
        set_text_colour(self.count_label, kind)  # kept readable across theme switches
        self.count_label.setText(text.format(cost=format_count(cost), limit=format_count(limit)))

    @Slot()
    def _on_edited(self) -> None:
        if self.error.has_error() and not self.input.toPlainText():
            self.error.clear_error()
