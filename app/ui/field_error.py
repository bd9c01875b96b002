"""An inline error line that sits under an input and says, in words, what is wrong.

The whole text is always readable: the line word-wraps to its width and grows
downward (never elided), and the same text is its tooltip and, while it is shown,
the message of the window's status bar (a QMainWindow's; nothing for other windows).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QSizePolicy, QStatusBar, QWidget

from app.ui.i18n import translate_message


class FieldError(QLabel):
    """Hidden while empty; `show_error(text)` shows it, `clear_error()` hides it."""

    #: Emitted with the new text when an error is shown, and with "" when it is cleared.
    error_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._restyling = False
        self.setWordWrap(True)  # wraps to its width: a long error is never cut
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Never squeezed below the height its wrapped text needs at its width.
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setObjectName("fieldError")
        self._apply_colour()
        # A description, not a name: a label's name would hide the message it shows.
        self.setAccessibleDescription(self.tr("Error"))
        self.hide()

    def _apply_colour(self) -> None:
        from PySide6.QtGui import QColor

        from app.ui.theme import STATUS_COLOURS, readable_on  # light and dark palettes

        # Against the window colour: the label sits on the window, not in a text field.
        window = self.palette().window().color()
        colour = readable_on(QColor(STATUS_COLOURS["error"]), window).name()
        self.setStyleSheet(f"QLabel#fieldError {{ color: {colour}; }}")

    def changeEvent(self, event: QEvent) -> None:
        """Follow a theme switch (View > Theme) while shown, and a language switch."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleDescription(self.tr("Error"))
        elif event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._restyling = True
            try:
                self._apply_colour()
            finally:
                self._restyling = False

    def reserve_line(self) -> None:
        """Keep one line of room while hidden, so showing a one-line error (or hiding it)
        moves nothing below it; a longer error still grows downward."""
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setMinimumHeight(self.fontMetrics().lineSpacing())

    def show_error(self, error: str | BaseException) -> None:
        """Show `error` (plain text, never rich text) under the field.

        A message from core/, or an exception carrying one, is shown in the window's
        language (`translate_message`).
        """
        text = translate_message(error)
        if not text:
            self.clear_error()
            return
        self.setText(text)
        self.setToolTip(text)
        self.setVisible(True)
        if self.isVisible():  # already on screen: showEvent() does not come again
            self._post_to_status_bar()
        self.error_changed.emit(text)

    def clear_error(self) -> None:
        """Hide the error (and its copy in the status bar)."""
        had = self.has_error()
        self._withdraw_from_status_bar()
        self.clear()
        self.setToolTip("")
        self.hide()
        if had:
            self.error_changed.emit("")

    def has_error(self) -> bool:
        """True while an error is shown."""
        return bool(self.text())

    # ----------------------------------------------------------------- status bar
    def _status_bar(self) -> QStatusBar | None:
        window = self.window()
        if isinstance(window, QMainWindow) and window is not self:
            return window.statusBar()
        return None

    def _post_to_status_bar(self) -> None:
        bar = self._status_bar()
        if bar is not None and self.text():
            bar.showMessage(self.text())

    def _withdraw_from_status_bar(self) -> None:
        """Take our text off the status bar; another error still shown in the window
        takes its place, so the bar never says less (or other) than the fields do."""
        bar = self._status_bar()
        if bar is None or not self.text() or bar.currentMessage() != self.text():
            return
        bar.clearMessage()
        window = self.window()
        for other in reversed(window.findChildren(FieldError)):
            if other is not self and other.has_error() and other.isVisible():
                bar.showMessage(other.text())
                return

    def showEvent(self, event: QShowEvent) -> None:
        """On screen (shown, or its tab came back): its text goes to the status bar."""
        super().showEvent(event)
        self._post_to_status_bar()

    def hideEvent(self, event: QHideEvent) -> None:
        """Off screen (cleared, or another tab chosen): its text leaves the status bar."""
        self._withdraw_from_status_bar()
        super().hideEvent(event)
