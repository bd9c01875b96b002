"""`StatusLine`: the Chat tab's connection state in a coloured dot and a sentence.

The state itself lives in `ChatSession`; this only shows it. While the client waits
to reconnect, the sentence counts the seconds down. The sentence is kept as given (a
`Message` from core or built with `N_`, which remembers its template and values), so a
View > Language switch writes it again in the new language (`retranslate()`).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.chat.session import ChatSession
from app.ui.chat.state import STATE_KINDS, ChatState
from app.ui.i18n import translate_message, window_numbers
from app.ui.theme import set_text_colour, window_status_color


class StatusLine(QObject):
    """The state dot and line of one Chat tab."""

    def __init__(self, session: ChatSession, owner: QWidget) -> None:
        super().__init__(owner)
        self._session = session
        self.dot = QLabel()
        self.dot.setFixedSize(12, 12)
        self.dot.installEventFilter(self)  # its colour follows a theme switch
        self.label = QLabel()
        self.label.setObjectName("connectionState")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.pending_count = lambda: 0  # lines waiting to be sent, told while reconnecting
        self._retry_deadline = 0.0
        self._retry_detail = ""  # as given (a Message is translated at each tick)
        self._text = ""  # the sentence shown, as given: retranslate() writes it again
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(1000)
        self._retry_timer.timeout.connect(self._on_retry_tick)

    def set(self, state: ChatState, text: str) -> None:
        """Change the session's state and say it (`text` may be a Message: from core, or
        `Message(N_(context, source), **values)`, translated again on a language switch)."""
        self._session.set_state(state)
        self.show(text)

    def show(self, text: str) -> None:
        """Say `text` in the colour of the current state."""
        if self._session.state is not ChatState.RECONNECTING:
            self._retry_timer.stop()
        state = self._session.state
        self._colour_dot()
        self._text = text
        self.label.setText(translate_message(text))
        # The text in the palette's own colour (readable in light and dark themes); an
        # error in the error colour, readable on the window (theme.set_text_colour).
        set_text_colour(self.label, "error" if state is ChatState.ERROR else None)

    def _colour_dot(self) -> None:
        # On the owner's window: the dot's own background is the colour it shows.
        owner = self.parent()  # no attribute: a reference back would make a cycle
        kind = STATE_KINDS.get(self._session.state, "muted")
        colour = window_status_color(kind, owner)
        sheet = f"background: {colour.name()}; border-radius: 6px;"
        if self.dot.styleSheet() != sheet:  # the same sheet again would loop
            self.dot.setStyleSheet(sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The dot's colour for the new palette after a theme switch."""
        if watched is self.dot and event.type() in (
            QEvent.Type.PaletteChange,
            QEvent.Type.ApplicationPaletteChange,
        ):
            self._colour_dot()
        return False

    def retranslate(self) -> None:
        """The sentence again in the current language (View > Language changed)."""
        if self._session.state is ChatState.RECONNECTING and self._retry_timer.isActive():
            self._on_retry_tick()
        else:
            self.label.setText(translate_message(self._text))

    def reconnecting(self, detail: str, retry_in: float) -> None:
        """The link dropped: count down to the next try."""
        self._retry_detail = detail
        self._retry_deadline = time.monotonic() + retry_in
        self._on_retry_tick()
        self._retry_timer.start()

    def stop_countdown(self) -> None:
        """The countdown is over (connected, stopped)."""
        self._retry_timer.stop()

    @Slot()
    def _on_retry_tick(self) -> None:
        left = max(0, round(self._retry_deadline - time.monotonic()))
        pending = self.pending_count()
        if pending:
            with window_numbers():
                text = self.tr(
                    "{detail} Reconnecting in {seconds} s... "
                    "%Ln message(s) will be sent when it is back.",
                    "",
                    pending,
                )
        else:
            text = self.tr("{detail} Reconnecting in {seconds} s...")
        self._session.set_state(ChatState.RECONNECTING)
        detail = translate_message(self._retry_detail)
        self.show(text.format(detail=detail, seconds=left))
        if left <= 0:
            self._retry_timer.stop()
