"""Regression guard: PySide6-Essentials 6.12.0 over-released None and True.

On Python 3.11 each QPlainTextEdit.appendPlainText dropped a reference to None and each
Signal.emit one to True, until the interpreter aborted ("Fatal Python error:
none_dealloc / bool_dealloc"). pyproject.toml excludes that release; this test fails CI
if an allowed release brings the bug back. (From Python 3.12, None and True are immortal
and their counts are constant, so the test passes trivially there.)
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit

CALLS = 100_000


class _Emitter(QObject):
    ping = Signal()


def test_append_plain_text_keeps_none_refcount(qtbot) -> None:
    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setMaximumBlockCount(10)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        edit.appendPlainText("x")
    assert sys.getrefcount(None) >= before - 100  # a little slack for unrelated churn


def test_signal_emit_keeps_true_refcount(qtbot) -> None:
    emitter = _Emitter()
    received = []
    emitter.ping.connect(lambda: received.append(1) if len(received) < 1 else None)
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        emitter.ping.emit()
    assert sys.getrefcount(True) >= before - 100
