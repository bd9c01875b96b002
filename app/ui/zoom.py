"""View > Zoom: every font of the window, larger or smaller (a projector in a classroom).

The zoom is a percentage of the fonts Qt picked at start (80% to 200% in 10% steps).
`apply_zoom()` sets the application's font, which every widget without a font of its
own follows; widgets that show monospace text take their font from `fixed_font()`
through `use_fixed_font()`, and are given the new size on every zoom change.
The choice is kept in the settings (`zoom_choice()`, `save_zoom()`) and applied when a
main window is made.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.settings import read_setting, write_settings

ZOOM_KEY = "ui/zoom"
DEFAULT_ZOOM = 100
MIN_ZOOM, MAX_ZOOM, ZOOM_STEP = 80, 200, 10
#: The zoom levels View > Zoom in and Zoom out go through.
ZOOM_STEPS: tuple[int, ...] = tuple(range(MIN_ZOOM, MAX_ZOOM + 1, ZOOM_STEP))

#: A dynamic property marking a widget that shows its text in the fixed font.
FIXED_FONT_PROPERTY = "socketlabFixedFont"

_base_point_size: float | None = None  # the application font's size before any zoom
_current = DEFAULT_ZOOM
_fixed_cache: tuple[int, QFont] | None = None


def clamp_zoom(percent: int) -> int:
    """`percent` moved onto the nearest zoom step within 80%..200%."""
    stepped = round(percent / ZOOM_STEP) * ZOOM_STEP
    return max(MIN_ZOOM, min(MAX_ZOOM, stepped))


def zoom_choice(settings: QSettings | None = None) -> int:
    """The saved zoom in percent (100 unless the user zoomed)."""
    return clamp_zoom(read_setting(ZOOM_KEY, DEFAULT_ZOOM, settings))


def save_zoom(percent: int) -> None:
    """Remember the zoom."""
    write_settings({ZOOM_KEY: clamp_zoom(percent)})


def current_zoom() -> int:
    """The zoom applied now, in percent."""
    return _current


def zoom_in(percent: int) -> int:
    """The next larger step (the largest stays)."""
    return clamp_zoom(percent + ZOOM_STEP)


def zoom_out(percent: int) -> int:
    """The next smaller step (the smallest stays)."""
    return clamp_zoom(percent - ZOOM_STEP)


def _scaled_size(size: float, percent: int) -> float:
    if percent == DEFAULT_ZOOM:
        return size
    return max(1.0, round(size * percent / 100.0 * 2) / 2)  # half points: no blurry sizes


def fixed_font() -> QFont:
    """The system's monospace font at the current zoom (cached: models ask per cell)."""
    global _fixed_cache
    if _fixed_cache is None or _fixed_cache[0] != _current:
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if font.pointSizeF() > 0:
            font.setPointSizeF(_scaled_size(font.pointSizeF(), _current))
        _fixed_cache = (_current, font)
    return QFont(_fixed_cache[1])


def use_fixed_font(widget: QWidget) -> QFont:
    """Show `widget`'s text in the monospace font; it follows every zoom change."""
    widget.setProperty(FIXED_FONT_PROPERTY, True)
    font = fixed_font()
    widget.setFont(font)
    return font


def apply_zoom(percent: int, app: QApplication | None = None) -> int:
    """Scale the application's fonts to `percent` of their size at start; returns the
    zoom applied (clamped onto a step)."""
    global _base_point_size, _current
    percent = clamp_zoom(percent)
    app = app or QApplication.instance()
    if _base_point_size is None:
        if percent == DEFAULT_ZOOM:
            return percent  # never zoomed: Qt's own font stays untouched (fast start)
        _base_point_size = app.font().pointSizeF()
        if _base_point_size <= 0:  # a font sized in pixels
            _base_point_size = float(QFont().pointSizeF()) if QFont().pointSizeF() > 0 else 9.0
    if percent == _current and app.font().pointSizeF() == _scaled_size(_base_point_size, percent):
        return percent
    _current = percent
    font = QFont(app.font())
    font.setPointSizeF(_scaled_size(_base_point_size, percent))
    app.setFont(font)
    fixed = fixed_font()
    for widget in app.allWidgets():
        if widget.property(FIXED_FONT_PROPERTY):
            widget.setFont(fixed)
    return percent
