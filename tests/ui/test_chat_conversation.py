"""The conversation model and its painted view: cap, wrapping, dates, selection, markup."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication

from app.core.chat.protocol import ChatMessage, Kind, nick_key
from app.ui import i18n
from app.ui.chat.conversation import ConversationView
from app.ui.chat.entries import DAY, PENDING, ConversationEntry, sender_colour
from app.ui.chat.model import ConversationModel

NOW = time.time()


def message(number: int, text: str = "", sender: str = "bob", kind: str = Kind.MESSAGE):
    return ChatMessage(number, kind, sender, text or f"line {number}", NOW)


@pytest.fixture
def view(qtbot) -> ConversationView:
    widget = ConversationView()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_entries_for_every_kind_read_as_the_protocol_renders_them() -> None:
    own = nick_key("alice")
    cases = {
        Kind.MESSAGE: "[{t}] <bob> hi",
        Kind.ACTION: "[{t}] * bob waves",
        Kind.JOIN: "[{t}] * bob joined",
        Kind.NICK: "[{t}] * bob is now bobby",
    }
    stamp = time.strftime("%H:%M:%S", time.localtime(NOW))
    for kind, expected in cases.items():
        text = "waves" if kind == Kind.ACTION else "hi"
        entry = ConversationEntry.from_message(
            ChatMessage(1, kind, "bob", text, NOW, target="bobby"), own
        )
        assert entry.plain() == expected.format(t=stamp)
    leave = ChatMessage(2, Kind.LEAVE, "bob", time=NOW, reason="quit")
    assert ConversationEntry.from_message(leave, own).text == "bob left (quit)"
    to_me = ChatMessage(3, Kind.PRIVATE, "bob", "psst", NOW, target="alice")
    from_me = ChatMessage(4, Kind.PRIVATE, "Alice", "hush", NOW, target="bob")
    assert ConversationEntry.from_message(to_me, own).text == "(private) psst"
    mine = ConversationEntry.from_message(from_me, own)
    assert mine.own and mine.text == "(private to bob) hush"


def test_the_model_keeps_at_most_max_rows_and_forgets_old_entries(qtbot) -> None:
    model = ConversationModel(max_rows=100)
    model.append([ConversationEntry.from_message(message(n), "") for n in range(80)])
    with qtbot.waitSignal(model.trimmed) as trimmed:
        model.append([ConversationEntry.from_message(message(n), "") for n in range(80, 150)])
    assert trimmed.args == [50]
    assert model.rowCount() == 100
    assert model.appended_total == 150
    assert [e.text for e in model.entries()][:1] == ["line 50"]
    model.append([ConversationEntry.from_message(message(n), "") for n in range(150, 360)])
    assert model.rowCount() == 100 and model.entries()[0].text == "line 260"  # batch > cap
    assert model.data(model.index(99, 0)).endswith("<bob> line 359")


def test_a_day_line_goes_before_the_first_message_of_each_day() -> None:
    model = ConversationModel()
    yesterday = NOW - 86_400
    model.append(
        [
            ConversationEntry("message", "old", sender="bob", at=yesterday),
            ConversationEntry("message", "new", sender="bob", at=NOW),
            ConversationEntry("message", "newer", sender="bob", at=NOW + 1),
        ]
    )
    kinds = [e.kind for e in model.entries()]
    assert kinds == [DAY, "message", DAY, "message", "message"]
    day = time.localtime(NOW)
    title = model.entries()[2].text
    assert time.strftime("%A", day) in title and time.strftime("%B", day) in title
    assert str(day.tm_mday) in title and str(day.tm_year) in title
    today_only = ConversationModel()
    today_only.append([ConversationEntry("message", "hi", sender="bob", at=NOW)])
    assert [e.kind for e in today_only.entries()] == ["message"]  # no line for today alone


#: Saturday 21 November 2026 at noon, local time, and the Friday before.
SATURDAY = time.mktime((2026, 11, 21, 12, 0, 0, 0, 0, -1))
FRIDAY = time.mktime((2026, 11, 20, 12, 0, 0, 0, 0, -1))


@pytest.fixture
def language(qapp, tmp_path):
    """`language("ru")` installs a translation; English is back after the test."""
    yield lambda code: i18n.install_translators(qapp, code)
    i18n.install_translators(qapp, "en")


def day_lines(*times: float) -> list[str]:
    model = ConversationModel()
    model.append([ConversationEntry("message", "hi", sender="bob", at=at) for at in times])
    return [entry.text for entry in model.entries() if entry.kind == DAY]


@pytest.mark.parametrize(
    ("code", "friday", "saturday"),
    [
        ("ru", "пятница, 20 ноября 2026", "суббота, 21 ноября 2026"),
        ("zh_CN", "2026年11月20日星期五", "2026年11月21日星期六"),
    ],
)
def test_day_lines_are_written_in_the_windows_language(
    language, code: str, friday: str, saturday: str
) -> None:
    assert "Saturday" in day_lines(FRIDAY, SATURDAY)[1]
    assert language(code)
    first, second = day_lines(FRIDAY, SATURDAY)
    assert first.startswith(friday), first
    assert second.startswith(saturday), second
    assert i18n.long_date(SATURDAY + 3600).startswith(saturday)  # the same day, cached


def test_long_messages_wrap_into_rows_and_rewrap_on_resize(view: ConversationView, qtbot) -> None:
    long_text = "word " * 120 + "end"
    view.append_entries([ConversationEntry.from_message(message(1, long_text), "")])
    model = view.model()
    rows = model.rowCount()
    assert rows > 3
    segments = model.entries()[0].segments
    assert " ".join(segments).split() == long_text.split()  # nothing lost at the breaks
    assert model.data(model.index(0, 0)).endswith(long_text)  # row 0 reads as the whole line
    view.resize(1000, 400)
    qtbot.waitUntil(lambda: model.rowCount() < rows, timeout=3000)
    unbroken = "x" * 3000  # no spaces: cut anywhere, still all there
    view.append_entries([ConversationEntry.from_message(message(2, unbroken), "")])
    assert "".join(model.entries()[-1].segments) == unbroken
    chinese = "你好" * 400
    view.append_entries([ConversationEntry.from_message(message(3, chinese), "")])
    assert "".join(model.entries()[-1].segments) == chinese
    assert len(model.entries()[-1].segments) > 1


def test_pending_lines_are_removed_when_delivered(view: ConversationView) -> None:
    pending = ConversationEntry(PENDING, "on its way", sender="alice", own=True, seq=1)
    view.append_entries([ConversationEntry.from_message(message(1), ""), pending])
    assert view.model().entries()[-1].plain().endswith("on its way (waiting to be sent)")
    assert view.model().remove_entry(pending)
    assert [e.kind for e in view.model().entries()] == ["message"]
    assert not view.model().remove_entry(pending)


def test_follows_the_newest_line_until_the_reader_scrolls_up(view: ConversationView) -> None:
    view.append_entries([ConversationEntry.from_message(message(n), "") for n in range(200)])
    bar = view.verticalScrollBar()
    assert view.is_following() and bar.value() == bar.maximum()
    bar.setValue(0)
    assert not view.is_following()
    view.append_entries([ConversationEntry.from_message(message(n), "") for n in range(200, 205)])
    assert bar.value() == 0
    assert view.jump_button.isVisible() and view.jump_button.text().startswith("5 new")
    view.jump_button.click()
    assert view.is_following() and bar.value() == bar.maximum()
    assert not view.jump_button.isVisible()


def test_mouse_selection_copy_and_double_click(view: ConversationView, qtbot) -> None:
    entries = [ConversationEntry.from_message(message(n, sender="carol"), "") for n in range(3)]
    view.append_entries(entries)
    view.scroll_to_row(0)
    height = view.row_painter.row_height
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(50, height // 2))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        QPoint(50, height * 2 + height // 2),
    )
    assert view.selected_text().splitlines() == [e.plain() for e in entries]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == view.selected_text()
    with qtbot.waitSignal(view.nick_activated) as activated:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(50, height // 2))
    assert activated.args == ["carol"]


def test_markup_is_painted_as_the_characters_typed(view: ConversationView) -> None:
    """The row's ink spans the whole literal text, not the shorter rendered HTML."""
    injected = '<b>bold</b> <img src="x.png"> <a href="http://example.com">link</a>'
    entry = ConversationEntry.from_message(message(1, injected), "")
    row_painter = view.row_painter
    width, height = 900, row_painter.row_height

    def ink_end(image: QImage) -> int:
        dark = [
            x
            for x in range(width)
            if any(QColor(image.pixel(x, y)).value() < 160 for y in range(height))
        ]
        return max(dark, default=-1)

    def blank() -> QImage:
        image = QImage(width, height, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        return image

    def text_alone(text: str) -> QImage:
        image = blank()
        painter = QPainter(image)
        painter.setFont(row_painter.font)
        painter.setPen(QColor("black"))
        painter.drawText(QRect(0, 0, width, height), int(Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()
        return image

    row = blank()
    painter = QPainter(row)
    # Shift the row left so its text column starts at x = 0 of the image.
    rect = QRect(-row_painter.text_x, 0, width + row_painter.text_x, height)
    row_painter.paint(painter, rect, entry, 0, QApplication.palette(), False)
    painter.end()
    literal, as_html = ink_end(text_alone(injected)), ink_end(text_alone("bold  link"))
    assert as_html < literal - 100
    assert abs(ink_end(row) - literal) <= 2


def test_sender_colours_are_stable_and_ignore_case() -> None:
    assert sender_colour("Alice") == sender_colour("alice")
    assert sender_colour("alice").isValid()


def test_keys_move_select_copy_and_activate_lines(view: ConversationView, qtbot) -> None:
    entries = [ConversationEntry.from_message(message(n, sender="carol"), "") for n in range(60)]
    view.append_entries(entries)
    count = view.model().rowCount()
    bar = view.verticalScrollBar()
    height = view.row_painter.row_height
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up)  # no current line yet: the last one shown
    assert view.current_row() == count - 1
    assert view.accessibleDescription() == entries[-1].plain()  # what a screen reader says
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert view.selected_text().splitlines() == [e.plain() for e in entries[-2:]]
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == view.selected_text()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.current_row() == 0 and bar.value() == 0 and not view.is_following()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    row = view.current_row()
    assert 1 < row < count - 1
    assert bar.value() <= row * height and (row + 1) * height <= bar.value() + bar.pageStep()
    with qtbot.waitSignal(view.nick_activated) as activated:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert activated.args == ["carol"]
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.current_row() == count - 1 and view.is_following()


def test_the_servers_leave_reasons_are_shown_in_the_windows_language(language) -> None:
    import re

    from app.core.chat import room, server
    from app.ui.chat.entries import LEAVE_REASONS

    source = "".join(Path(m.__file__).read_text(encoding="utf-8") for m in (room, server))
    sent = set(re.findall(r'(?:_close|_lost|connection_lost)\(\s*[\w.]+, "([^"]+)"', source))
    sent |= set(re.findall(r'reason="([^"]+)"', source))
    assert sent and sent <= set(LEAVE_REASONS), sent - set(LEAVE_REASONS)
    assert language("ru")
    lost = ChatMessage(2, Kind.LEAVE, "bob", time=NOW, reason="connection lost")
    assert ConversationEntry.from_message(lost, "").text == "bob покидает чат (соединение потеряно)"
    odd = ChatMessage(3, Kind.LEAVE, "bob", time=NOW, reason="went fishing")
    assert ConversationEntry.from_message(odd, "").text == "bob покидает чат (went fishing)"
