"""The Events pane, the inline field error and the hex dump view that the tabs reuse."""

from __future__ import annotations

from app.core.events import ErrorEvent, StateEvent, TraceEvent
from app.core.hexdump import hex_dump
from app.ui.events_pane import EventsPane, format_event_line
from app.ui.field_error import FieldError
from app.ui.hex_view import HexDumpView


def test_events_pane_appends_a_batch_and_caps_lines(qtbot) -> None:
    pane = EventsPane(max_lines=50)
    qtbot.addWidget(pane)
    pane.append_events(
        [
            TraceEvent("bind(('0.0.0.0', 5555))", "ok", time=0.0),
            ErrorEvent("Port 5555 is already in use"),
            StateEvent("stopped"),
            object(),  # events the pane does not know are skipped
        ]
    )
    lines = pane.text().splitlines()
    assert lines[0].endswith("  bind(('0.0.0.0', 5555)) -> ok")
    assert lines[1:] == ["  error: Port 5555 is already in use", "  [stopped]"]
    pane.append_events([TraceEvent("recv()", f"{n} bytes") for n in range(200)])
    assert pane.view.blockCount() == 50
    assert pane.text().splitlines()[-1].endswith("recv() -> 199 bytes")


def test_events_pane_collapses(qtbot) -> None:
    pane = EventsPane()
    qtbot.addWidget(pane)
    pane.show()
    pane.set_expanded(False)
    assert not pane.view.isVisible() and not pane.is_expanded()
    pane.set_expanded(True)
    assert pane.view.isVisible()


def test_failed_trace_line_has_the_meaning() -> None:
    line = format_event_line(TraceEvent("connect(('127.0.0.1', 9))", "ECONNREFUSED", "refused"))
    assert line is not None and line.endswith("connect(('127.0.0.1', 9)) -> failed: refused")


def test_in_chinese_a_failed_call_keeps_the_call_and_translates_its_meaning(language) -> None:
    import errno

    from app.core.errors import ErrorContext, describe_os_error
    from app.core.events import ErrorEvent

    assert language("zh_CN")
    meaning = describe_os_error(OSError(errno.ECONNREFUSED, "x"), ErrorContext("connect"))
    line = format_event_line(TraceEvent("connect(('127.0.0.1', 9))", "ECONNREFUSED", meaning))
    assert line is not None
    assert line.endswith(
        "connect(('127.0.0.1', 9)) -> failed: 连接被拒绝：该端口上没有程序在监听。"  # noqa: RUF001
        "请检查端口号以及服务器是否在运行。"
    )
    error_line = format_event_line(ErrorEvent(meaning))
    assert error_line is not None and "连接被拒绝" in error_line


def test_field_error_shows_plain_text_and_hides_when_cleared(qtbot) -> None:
    error = FieldError()
    qtbot.addWidget(error)
    error.show_error("<b>Port 70000</b> is out of range 1-65535.")
    assert error.has_error() and not error.isHidden()
    assert error.textFormat() == error.textFormat().PlainText
    error.clear_error()
    assert error.isHidden() and not error.has_error()


def test_field_error_colour_is_readable_in_both_themes(qtbot) -> None:
    from app.ui.theme import contrast_ratio, dark_palette

    error = FieldError()
    qtbot.addWidget(error)
    for palette in (error.palette(), dark_palette()):
        error.setPalette(palette)
        colour = error.styleSheet().split("color: ")[1].rstrip("; }")
        from PySide6.QtGui import QColor

        assert contrast_ratio(QColor(colour), palette.window().color()) >= 4.5


def test_hex_dump_view_shows_a_heading_the_dump_and_a_footer(qtbot) -> None:
    view = HexDumpView("Bytes", "Select a row", limit=64)
    qtbot.addWidget(view)
    assert view.isReadOnly() and view.tabChangesFocus() and view.accessibleName() == "Bytes"
    view.show_bytes(b"hello", heading="recv() at 12:00:00, 5 bytes", footer="UTF-8: hello")
    assert view.toPlainText().splitlines() == [
        "recv() at 12:00:00, 5 bytes",
        hex_dump(b"hello"),
        "UTF-8: hello",
    ]


def test_hex_dump_view_dumps_at_most_its_limit_and_says_so(qtbot) -> None:
    view = HexDumpView("Bytes", "", limit=32)
    qtbot.addWidget(view)
    view.show_bytes(bytes(5000))
    lines = view.toPlainText().splitlines()
    assert len(lines) == 3 and lines[-1] == "… showing the first 32 of 5,000 bytes."
    own = HexDumpView("Bytes", "", limit=16, cut_note="{shown} of {size}; Copy copies all")
    qtbot.addWidget(own)
    own.show_bytes(bytes(20))
    assert own.toPlainText().splitlines()[-1] == "16 of 20; Copy copies all"
