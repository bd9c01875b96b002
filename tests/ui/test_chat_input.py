"""The chat input box: Enter sends, Shift+Enter breaks the line, Up/Down recall, paste limit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt

from app.core.chat.protocol import DEFAULT_MAX_LINE, encode_json
from app.ui.chat.input import MAX_PASTE_BYTES, ChatInput, line_cost


@pytest.fixture
def box(qtbot) -> ChatInput:
    widget = ChatInput()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_enter_submits_the_lines_and_shift_enter_starts_a_new_one(box: ChatInput, qtbot) -> None:
    qtbot.keyClicks(box, "first")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(box, "second")
    assert box.toPlainText() == "first\nsecond"  # a real line break, not U+2028
    with qtbot.waitSignal(box.submitted) as submitted:
        qtbot.keyClick(box, Qt.Key.Key_Return)
    assert submitted.args == [["first", "second"]]
    assert box.toPlainText() == "first\nsecond"  # the tab clears it once the lines went


def test_blank_lines_are_not_sent(box: ChatInput, qtbot) -> None:
    box.setPlainText("one\n\n   \ntwo\n")
    with qtbot.waitSignal(box.submitted) as submitted:
        qtbot.keyClick(box, Qt.Key.Key_Enter)
    assert submitted.args == [["one", "two"]]


def test_up_and_down_recall_sent_lines_and_keep_the_draft(box: ChatInput, qtbot) -> None:
    for text in ("hello", "how are you?"):
        box.remember(text)
    box.setPlainText("a draft")
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.toPlainText() == "how are you?"
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.toPlainText() == "hello"
    qtbot.keyClick(box, Qt.Key.Key_Up)  # nothing older: stays
    assert box.toPlainText() == "hello"
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.toPlainText() == "a draft"


def test_up_moves_the_cursor_inside_a_multi_line_text_first(box: ChatInput, qtbot) -> None:
    box.remember("old")
    box.setPlainText("line one\nline two")
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.toPlainText() == "line one\nline two"  # moved to line one, no recall
    qtbot.keyClick(box, Qt.Key.Key_Up)
    assert box.toPlainText() == "old"


def test_a_paste_over_1_mib_is_refused_and_says_so(box: ChatInput, qtbot) -> None:
    box.setPlainText("keep me")
    big = QMimeData()
    big.setText("é" * (MAX_PASTE_BYTES // 2 + 1))  # 2 bytes each: just over 1 MiB
    with qtbot.waitSignal(box.paste_refused) as refused:
        box.insertFromMimeData(big)
    assert box.toPlainText() == "keep me"
    assert refused.args[0].startswith("That paste is 1.0 MiB")


def test_line_cost_counts_the_wire_bytes_against_the_limit(box: ChatInput, qtbot) -> None:
    overhead = len(encode_json({"type": "say", "cid": 10**12, "text": ""})) - 1
    assert line_cost("hé") == 3 + overhead
    quotes = '"' * 20_000  # each becomes \" on the wire
    assert line_cost(quotes) == 40_000 + overhead
    with qtbot.waitSignal(box.size_changed) as sized:
        box.setPlainText("x" * (DEFAULT_MAX_LINE + 10))
    assert sized.args == [DEFAULT_MAX_LINE + 10 + overhead, DEFAULT_MAX_LINE]


def test_the_box_grows_to_five_lines(box: ChatInput) -> None:
    one_line = box.height()
    box.setPlainText("a\nb\nc")
    three = box.height()
    box.setPlainText("\n".join("abcde"))
    five = box.height()
    assert one_line < three < five
    box.setPlainText("\n".join("abcdefghijklmnop"))
    assert box.height() == five  # capped: scrolls beyond five lines
