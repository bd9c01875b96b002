"""An inline error line that sits under an input and says, in words, what is wrong."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

from app.ui.i18n import translate_message


class FieldError(QLabel):
    """Hidden while empty; `show_error(text)` shows it, `clear_error()` hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._restyling = False
        self.setWordWrap(True)
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
        """Follow a theme switch (View > Theme) while shown."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and not self._restyling:
            self._restyling = True
            try:
                self._apply_colour()
            finally:
                self._restyling = False

    def show_error(self, error: str | BaseException) -> None:
        """Show `error` (plain text, never rich text) under the field.

        A message from core/, or an exception carrying one, is shown in the window's
        language (`translate_message`).
        """
        text = translate_message(error)
        self.setTextFormat(self.textFormat().PlainText)
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        """Hide the error."""
        self.clear()
        self.hide()

    def has_error(self) -> bool:
        """True while an error is shown."""
        return bool(self.text())
