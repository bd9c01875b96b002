"""Questions before something that cannot be undone (Quit while a room is hosted, Kick).

`question()` builds the QMessageBox; `ask()` shows it and waits for the answer, and
`confirmed()` asks and tells whether the answer was Yes. Tests replace `ask` with a function that
answers at once (tests/ui/conftest.py), and no test ever waits on a modal dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    buttons: Button = Button.Yes | Button.No,
    default: Button = Button.No,
    informative: str = "",
) -> QMessageBox:
    """A question box (plain text: a nickname may hold "<"); `default` has the focus."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(informative)
    box.setDefaultButton(default)
    return box


def ask(box: QMessageBox) -> Button:
    """Show `box` and wait for the answer (Esc gives its Cancel or No)."""
    return Button(box.exec())


def confirmed(box: QMessageBox, yes: Button = Button.Yes) -> bool:
    """True when the answer to `box` is `yes`; the box is deleted afterwards."""
    try:
        return ask(box) == yes  # looked up at each call: a test's replacement answers
    finally:
        box.deleteLater()
