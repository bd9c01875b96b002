"""An inline error line that sits under an input and says, in words, what is wrong."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class FieldError(QLabel):
    """Hidden while empty; `show_error(text)` shows it, `clear_error()` hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("fieldError")
        self.setStyleSheet("QLabel#fieldError { color: #c62828; }")
        self.setAccessibleName("Error")
        self.hide()

    def show_error(self, text: str) -> None:
        """Show `text` (plain text, never rich text) under the field."""
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
