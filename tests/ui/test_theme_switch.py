"""Switching View > Theme while the app runs: every tab repaints with readable colours,
and no tab hard-codes a colour (they all come from the palette or app/ui/theme.py)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QWidget

from app.core.chat.protocol import Kind
from app.ui import preferences, theme
from app.ui.chat.entries import ERROR, NOTICE, PENDING, ConversationEntry, sender_colour
from app.ui.main_window import MainWindow
from app.ui.tabs import TABS

UI = Path(__file__).resolve().parents[2] / "app" / "ui"
HEX_LITERAL = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\s*[\"']#")
#: Files that may hold colour literals: theme.py is where the palette and its
#: colour helpers live. Nothing else may (add a file here only with a reason).
ALLOWED_LITERALS = {"theme.py"}


@pytest.fixture
def restore_theme(qapp) -> Iterator[None]:
    """Themes are application-wide: put the system's back after the test."""
    yield
    theme.apply_theme(preferences.SYSTEM)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def over(colour: QColor, background: QColor) -> QColor:
    """`colour` as seen on `background` (a translucent colour blended over it)."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def assert_readable(text: QColor, background: QColor, what: str) -> None:
    ratio = theme.contrast_ratio(over(text, background), background)
    assert ratio >= theme.MIN_CONTRAST, (
        f"{what}: {text.name()} on {background.name()} is {ratio:.2f}:1 (dark: {theme.is_dark()})"
    )


STYLE_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})")
SPAN = re.compile(r'style="([^"]*)"')


def check_label(label: QLabel, what: str) -> None:
    """A label's text colour (its stylesheet's or its palette's) on its background, and
    every coloured span of its rich text on the span's own background or the label's."""
    palette = label.palette()
    background = palette.color(label.backgroundRole())
    found = STYLE_COLOUR.search(label.styleSheet())
    text = QColor(found.group(1)) if found else palette.color(label.foregroundRole())
    assert_readable(text, background, f"{what} {label.objectName() or label.text()[:30]!r}")
    for style in SPAN.findall(label.text()):
        colour = STYLE_COLOUR.search(style)
        if colour is None:
            continue
        behind = re.search(r"background-color:\s*(#[0-9a-fA-F]{6})", style)
        span_background = QColor(behind.group(1)) if behind else background
        assert_readable(QColor(colour.group(1)), span_background, f"{what} span {style!r}")


def check_views(widget: QWidget, what: str) -> None:
    """The ForegroundRole colour of every shown cell on the view's Base (and
    alternate rows), on the BackgroundRole colour where a cell has one."""
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(widget) or isinstance(view, QHeaderView):
            continue  # a header shows the model's header data, not its cells
        palette = view.palette()
        try:
            columns = model.columnCount()
        except TypeError:  # a list model keeps columnCount() private: one column
            columns = 1
        for row in range(min(model.rowCount(), 50)):
            for column in range(columns):
                index = model.index(row, column)
                foreground = index.data(Qt.ItemDataRole.ForegroundRole)
                if foreground is None:
                    continue
                colour = foreground.color() if hasattr(foreground, "color") else foreground
                background = index.data(Qt.ItemDataRole.BackgroundRole)
                if background is not None:
                    behind = [background.color() if hasattr(background, "color") else background]
                else:
                    behind = [palette.base().color(), palette.alternateBase().color()]
                for each in behind:
                    assert_readable(
                        QColor(colour), each, f"{what} {type(model).__name__} {row},{column}"
                    )


def check_tab(window: MainWindow, key: str) -> None:
    tab = window.tab_widget(key)
    assert tab is not None
    for label in tab.findChildren(QLabel):
        if label.isVisibleTo(tab) and label.text() and label.isEnabled():
            check_label(label, key)
    check_views(tab, key)


def fill_tabs(window: MainWindow) -> None:
    """A little coloured content in the tabs that colour text."""
    subnet = window.tab_widget("subnet")
    subnet.address_edit.setText("192.168.1.12/24")
    subnet.other_edit.setText("192.168.2.5")  # "No", with a differing bit
    udp = window.tab_widget("udp")
    udp.sender_panel.payload_error.show_error("The payload is not valid hex.")
    udp.sender_panel.payload_edit.setPlainText("x" * 70_000)  # over the datagram limit
    chat = window.tab_widget("chat")
    chat.status.set(chat.session.state.ERROR, "Connection refused.")
    chat.conversation.append_entries(
        [
            ConversationEntry(Kind.MESSAGE, "hello", sender="alice"),
            ConversationEntry(Kind.MESSAGE, "hi", sender="bob", own=True),
            ConversationEntry(Kind.PRIVATE, "psst", sender="carol"),
            ConversationEntry(NOTICE, "Type /help for the commands."),
            ConversationEntry(ERROR, "Not connected."),
            ConversationEntry(PENDING, "waiting", sender="bob", own=True),
        ]
    )


def check_conversation(window: MainWindow) -> None:
    """The chat's painted colours: on plain, own and private rows."""
    view = window.tab_widget("chat").conversation
    view.grab()  # paints: the row painter picks the palette's colours
    painter = view.row_painter
    assert painter.palette_key == view.palette().cacheKey()
    for background in (painter.base, painter.own_background, painter.private_background):
        muted, pending, error = painter._row_colours[background.rgba()]
        for colour, what in ((muted, "muted"), (pending, "pending"), (error, "error")):
            assert_readable(colour, background, f"chat {what}")
        for nick in ("alice", "bob", "carol", "dave", "Ольга"):
            assert_readable(sender_colour(nick, background), background, f"chat {nick}")


def test_switching_theme_repaints_every_tab_readably(qtbot, restore_theme) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for index in range(len(TABS)):
        window.tabs.setCurrentIndex(index)
        settle()
    fill_tabs(window)
    seen: dict[str, dict[str, str]] = {}
    for name in (preferences.LIGHT, preferences.DARK, preferences.LIGHT):
        window.set_theme(name)
        settle()
        for index, spec in enumerate(TABS):
            window.tabs.setCurrentIndex(index)
            settle()
            check_tab(window, spec.key)
            window.tab_widget(spec.key).grab()  # a full paint in this theme must not fail
        check_conversation(window)
        subnet = window.tab_widget("subnet")
        seen.setdefault(name, {})["bits"] = subnet.bits_view.text()
        seen[name]["status"] = window.tab_widget("chat").status.label.styleSheet()
    # The colours really follow the theme (not picked once at construction) ...
    assert seen[preferences.LIGHT]["bits"] != seen[preferences.DARK]["bits"]
    assert seen[preferences.LIGHT]["status"] != seen[preferences.DARK]["status"]
    window.close()


@pytest.mark.parametrize("forced", [preferences.LIGHT, preferences.DARK])
def test_theme_helpers_are_readable(restore_theme, forced) -> None:
    theme.apply_theme(forced)
    palette = QApplication.palette()
    colours = theme.bit_colors(palette)
    for text, background in (colours.network, colours.host, colours.different):
        assert_readable(text, background, "bits")
    assert_readable(colours.muted, palette.window().color(), "bits muted")
    highlight = theme.match_background(palette)
    assert_readable(palette.text().color(), highlight, "highlighted row")
    for kind in theme.STATUS_COLOURS:
        assert_readable(theme.status_color(kind, palette, highlight), highlight, kind)
        for background in (palette.base(), palette.alternateBase()):
            assert_readable(theme.status_color(kind, palette), background.color(), kind)


def test_no_colour_literals_outside_theme_py() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in ALLOWED_LITERALS and path.parent == UI:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HEX_LITERAL.search(line):
                offenders.append(f"{path.relative_to(UI.parent.parent)}:{number}: {line.strip()}")
    assert offenders == [], "colour literals; use app/ui/theme.py:\n" + "\n".join(offenders)
