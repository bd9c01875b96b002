"""View > Theme, and the colours tabs ask for: readable on light and dark palettes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from app.ui import preferences, theme
from app.ui.main_window import MainWindow

NAMES = ["alice", "bob", "carol", "dave", "eve", "mallory", "trent", "王芳", "Ольга", "x" * 40]


@pytest.fixture
def restore_theme(qapp) -> Iterator[None]:
    """Themes are application-wide: put the system's back after the test."""
    yield
    theme.apply_theme(preferences.SYSTEM)


def test_dark_and_light_force_fusion_and_system_gives_everything_back(restore_theme) -> None:
    app = QApplication.instance()
    style, window_colour = app.style().name(), app.palette().window().color()
    theme.apply_theme(preferences.DARK)
    assert app.style().name() == "fusion"
    assert theme.is_dark()
    assert app.palette().base().color() == QColor("#1e1e1e")
    theme.apply_theme(preferences.LIGHT)
    assert not theme.is_dark()
    theme.apply_theme(preferences.SYSTEM)
    assert app.style().name() == style
    assert app.palette().window().color() == window_colour
    with pytest.raises(ValueError):
        theme.apply_theme("sepia")


def test_the_dark_palette_is_readable(qapp) -> None:
    palette = theme.dark_palette()
    pairs = [
        (palette.text(), palette.base()),
        (palette.windowText(), palette.window()),
        (palette.buttonText(), palette.button()),
        (palette.highlightedText(), palette.highlight()),
        (palette.toolTipText(), palette.toolTipBase()),
        (palette.link(), palette.base()),
    ]
    for foreground, background in pairs:
        assert theme.contrast_ratio(foreground.color(), background.color()) >= 4.5


@pytest.mark.parametrize("forced", [preferences.LIGHT, preferences.DARK])
def test_sender_status_and_hex_colours_pass_wcag_aa(restore_theme, forced) -> None:
    theme.apply_theme(forced)
    base = QApplication.palette().base().color()
    for name in NAMES:
        assert theme.contrast_ratio(theme.sender_color(name), base) >= theme.MIN_CONTRAST
    for kind in theme.STATUS_COLOURS:
        assert theme.contrast_ratio(theme.status_color(kind), base) >= theme.MIN_CONTRAST
    for colour in theme.hex_colors():
        assert theme.contrast_ratio(colour, base) >= theme.MIN_CONTRAST


@pytest.mark.parametrize("forced", [preferences.LIGHT, preferences.DARK])
def test_the_header_background_keeps_the_text_readable_and_stands_out(
    restore_theme, forced
) -> None:
    theme.apply_theme(forced)
    palette = QApplication.palette()
    marked = theme.header_background()
    assert theme.contrast_ratio(palette.text().color(), marked) >= theme.MIN_CONTRAST
    assert marked != palette.base().color() and marked != palette.alternateBase().color()


def test_a_sender_keeps_its_colour_and_neighbours_differ(restore_theme) -> None:
    theme.apply_theme(preferences.LIGHT)
    assert theme.sender_color("alice") == theme.sender_color("alice")
    assert len({theme.sender_color(name).name() for name in NAMES}) >= 5
    light = theme.sender_color("alice")
    theme.apply_theme(preferences.DARK)
    dark = theme.sender_color("alice")
    assert dark.lightness() > light.lightness()  # lighter on dark backgrounds
    assert abs(dark.hslHue() - light.hslHue()) <= 2  # same hue in both themes


def test_readable_on_keeps_the_hue_and_reaches_the_contrast(qapp) -> None:
    yellow = QColor("#ffd54a")
    on_white = theme.readable_on(yellow, QColor("#ffffff"))
    assert theme.contrast_ratio(on_white, QColor("#ffffff")) >= 4.5
    assert abs(on_white.hslHue() - yellow.hslHue()) <= 2
    assert theme.contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)


def test_view_theme_applies_at_once_and_is_remembered(qtbot, restore_theme) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.theme_actions[preferences.SYSTEM].isChecked()
    window.theme_actions[preferences.DARK].trigger()
    assert theme.is_dark()
    assert preferences.theme_choice() == preferences.DARK
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.theme_actions[preferences.DARK].isChecked()
    again.theme_actions[preferences.SYSTEM].trigger()
    assert preferences.theme_choice() == preferences.SYSTEM
    assert not theme.is_dark()
