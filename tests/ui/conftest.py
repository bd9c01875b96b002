"""Fixtures for the widget tests."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.translations import SOURCE_LANGUAGE
from app.ui import i18n


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> None:
    """English as the app starts it: with the plural forms of socketlab_en.qm."""
    i18n.install_translators(qapp, SOURCE_LANGUAGE)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], bool]]:
    """`language("ru")` installs a translation; English is back after the test."""
    app = qapp

    def install(code: str) -> bool:
        return i18n.install_translators(app, code)

    yield install
    i18n.install_translators(app, SOURCE_LANGUAGE)


class Questions(list):
    """The questions app/ui/confirm.py was asked to show (their QMessageBoxes' texts);
    each is answered with `answer` at once, never shown."""

    def __init__(self) -> None:
        super().__init__()
        self.answer = QMessageBox.StandardButton.Yes
        self.defaults: list[QMessageBox.StandardButton] = []


@pytest.fixture(autouse=True)
def questions(monkeypatch) -> Questions:
    """No test waits on a modal question: each is recorded and answered Yes (set
    `questions.answer` to answer otherwise)."""
    from app.ui import confirm

    asked = Questions()

    def answer(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        asked.defaults.append(box.standardButton(box.defaultButton()))
        return asked.answer

    monkeypatch.setattr(confirm, "ask", answer)
    return asked


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_gui_thread() -> Iterator[None]:
    """Collect each test's garbage here, on the GUI thread, once its engines stopped.

    Left to chance, a collection can start on an engine's helper thread and free Qt
    objects there (the suite crashed and once hung that way, inside "Garbage-collecting").
    """
    yield
    gc.collect()
