"""The inline field error and the hex dump view that the tabs reuse (the Events pane:
test_events_pane.py)."""

from __future__ import annotations

from app.core.hexdump import hex_dump
from app.ui.field_error import FieldError
from app.ui.hex_view import HexDumpView


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
