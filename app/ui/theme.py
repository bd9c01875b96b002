"""Light and dark: View > Theme, and colours that stay readable on either.

"System" leaves the style and palette Qt picked from the desktop (Qt follows the
system's light or dark scheme itself, and repaints when it changes). "Light" and
"Dark" force the Fusion style with a palette of our own. The choice is kept by
app/ui/preferences.py; this module is imported only once a theme is forced or a tab
asks for a colour.

Tabs should not hard-code text colours: ask this module for one that is readable on the
current palette, e.g. `sender_color("alice").name()` for a chat line's HTML or
`status_color("error")` for a failed row, and pick them again when the palette changes
(`changeEvent` with `QEvent.Type.PaletteChange`, or on each paint/data() call).
"""

from __future__ import annotations

import zlib
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.preferences import DARK, LIGHT, SYSTEM

#: WCAG 2 contrast for normal text (AA). Every colour handed out here meets it.
MIN_CONTRAST = 4.5

_system_style: str | None = None  # the style Qt chose, restored by "System"


# ------------------------------------------------------------------ choosing a theme
def apply_theme(theme: str, app: QApplication | None = None) -> None:
    """Switch the whole application to a theme; takes effect at once."""
    global _system_style
    app = app or QApplication.instance()
    if _system_style is None:
        if theme == SYSTEM:
            return  # nothing was forced yet: Qt's own choice already applies (fast start)
        _system_style = app.style().name()
    if theme == SYSTEM:
        app.setStyle(_system_style)
        app.setPalette(QPalette())  # an empty palette gives back the platform's own
    elif theme == LIGHT:
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
    elif theme == DARK:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    else:
        raise ValueError(f"unknown theme {theme!r}")
    _repolish_style_sheets(app)


def _repolish_style_sheets(app: QApplication) -> None:
    """Give widgets with a style sheet the new palette.

    Qt's style-sheet style keeps the palette a widget had when it was polished, so such
    a widget (a table with item padding, a coloured label) would stay one theme behind;
    setting its sheet again polishes it on the new palette (and sends PaletteChange).
    """
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)


def dark_palette() -> QPalette:
    """A dark palette for Fusion, with text colours that pass WCAG AA on their backgrounds."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    colours = {
        role.Window: "#2d2d30",
        role.WindowText: "#e8e8e8",
        role.Base: "#1e1e1e",
        role.AlternateBase: "#2a2a2d",
        role.ToolTipBase: "#3a3a3d",
        role.ToolTipText: "#f0f0f0",
        role.PlaceholderText: "#9a9a9a",
        role.Text: "#e8e8e8",
        role.Button: "#3a3a3d",
        role.ButtonText: "#e8e8e8",
        role.BrightText: "#ff6b6b",
        role.Light: "#505055",
        role.Midlight: "#414145",
        role.Mid: "#2f2f33",
        role.Dark: "#1a1a1c",
        role.Shadow: "#000000",
        role.Highlight: "#2f6fc6",
        role.HighlightedText: "#ffffff",
        role.Link: "#6cb4ff",
        role.LinkVisited: "#c49cff",
    }
    for colour_role, name in colours.items():
        palette.setColor(colour_role, QColor(name))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#7c7c7c"))
    palette.setColor(group.Disabled, role.Base, QColor("#262628"))
    palette.setColor(group.Disabled, role.Button, QColor("#2f2f32"))
    palette.setColor(group.Disabled, role.Highlight, QColor("#4a4a4e"))
    return palette


# ------------------------------------------------------------------ readable colours
def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """True when text is drawn on a dark background (by the Base colour)."""
    return _palette(palette).base().color().lightnessF() < 0.5


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_on(colour: QColor, background: QColor, minimum: float = MIN_CONTRAST) -> QColor:
    """`colour` with its lightness moved away from `background` until the contrast is met.

    Keeps the hue and saturation, so a colour-coded meaning survives both themes.
    """
    hue, saturation, lightness, alpha = colour.getHslF()
    hue = max(hue, 0.0)  # achromatic colours report -1
    towards_white = relative_luminance(background) < 0.18
    step = 0.02 if towards_white else -0.02
    candidate = QColor(colour)
    while contrast_ratio(candidate, background) < minimum and 0.0 < lightness < 1.0:
        lightness = min(1.0, max(0.0, lightness + step))
        candidate = QColor.fromHslF(hue, saturation, lightness, alpha)
    return candidate


#: Hues for sender names, far enough apart to tell neighbours in a chat apart.
SENDER_HUES: tuple[int, ...] = (0, 28, 48, 95, 140, 170, 195, 215, 250, 275, 300, 330)


def sender_color(
    name: str, palette: QPalette | None = None, background: QColor | None = None
) -> QColor:
    """A colour for a chat sender's name: the same name always gets the same hue.

    Readable on `background` (default: the palette's Base). crc32 rather than hash():
    Python randomises str hashes per process.
    """
    if background is None:
        background = _palette(palette).base().color()
    hue = SENDER_HUES[zlib.crc32(name.encode("utf-8")) % len(SENDER_HUES)]
    lightness = 0.70 if background.lightnessF() < 0.5 else 0.35
    base = QColor.fromHslF(hue / 360.0, 0.70, lightness)
    return readable_on(base, background)


#: Meaning -> colour on a light background; readable_on() adapts it to dark ones.
STATUS_COLOURS: dict[str, str] = {
    "ok": "#2e7d32",
    "error": "#c62828",
    "warning": "#b35c00",
    "info": "#1565c0",
    "muted": "#6b6b6b",
    "private": "#8e24aa",  # a private message's tint (chat)
}


def status_color(
    kind: str, palette: QPalette | None = None, background: QColor | None = None
) -> QColor:
    """A readable colour for a meaning: "ok", "error", "warning", "info" or "muted".

    Readable on `background`; by default on both the Base and AlternateBase colours
    (text in a view, alternating rows included).
    """
    palette = _palette(palette)
    colour = QColor(STATUS_COLOURS[kind])
    if background is not None:
        return readable_on(colour, background)
    colour = readable_on(colour, palette.base().color())
    return readable_on(colour, palette.alternateBase().color())


def window_status_color(kind: str, widget: QWidget) -> QColor:
    """`status_color` for text drawn straight on a widget (a label): on its background."""
    palette = widget.palette()
    return status_color(kind, palette, palette.color(widget.backgroundRole()))


class _Recolourer(QObject):
    """Re-applies `set_text_colour` when a widget's palette changes (View > Theme)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            kind = watched.property("themeTextColour")
            if isinstance(watched, QWidget) and kind and not watched.property("themeBusy"):
                watched.setProperty("themeBusy", True)  # the new sheet changes the palette
                try:
                    _apply_text_colour(watched, str(kind))
                finally:
                    watched.setProperty("themeBusy", False)
        return False


_recolourer: _Recolourer | None = None


def _apply_text_colour(widget: QWidget, kind: str) -> None:
    sheet = f"color: {window_status_color(kind, widget).name()};"
    if widget.styleSheet() != sheet:  # the same sheet again would loop on PaletteChange
        widget.setStyleSheet(sheet)


def set_text_colour(widget: QWidget, kind: str | None) -> None:
    """Colour a widget's text by meaning (`status_color` kinds), readable on its
    background, and keep it readable when the theme changes; None: the palette's own."""
    global _recolourer
    if _recolourer is None:
        _recolourer = _Recolourer(QApplication.instance())
    if not widget.property("themeRecolour"):
        widget.setProperty("themeRecolour", True)
        widget.installEventFilter(_recolourer)
    widget.setProperty("themeTextColour", kind or "")
    if kind:
        _apply_text_colour(widget, kind)
    else:
        widget.setStyleSheet("")


def match_background(palette: QPalette | None = None) -> QColor:
    """A row's background that marks a match (a followed socket): amber, toned to the
    palette so that the palette's text stays readable on it."""
    palette = _palette(palette)
    base = palette.base().color()
    amber = QColor.fromHslF(45 / 360.0, 1.0, 0.30 if is_dark(palette) else 0.80)
    return QColor.fromRgbF(
        base.redF() + (amber.redF() - base.redF()) * 0.55,
        base.greenF() + (amber.greenF() - base.greenF()) * 0.55,
        base.blueF() + (amber.blueF() - base.blueF()) * 0.55,
    )


def header_background(palette: QPalette | None = None) -> QColor:
    """A byte range's background that marks a protocol header in a hex dump (the UDP
    sequence header): blue, toned to the palette so that its text stays readable."""
    palette = _palette(palette)
    base = palette.base().color()
    blue = QColor.fromHslF(205 / 360.0, 0.9, 0.32 if is_dark(palette) else 0.82)
    return QColor.fromRgbF(
        base.redF() + (blue.redF() - base.redF()) * 0.6,
        base.greenF() + (blue.greenF() - base.greenF()) * 0.6,
        base.blueF() + (blue.blueF() - base.blueF()) * 0.6,
    )


class BitColours(NamedTuple):
    """Colours for the subnet AND view: (text, background) pairs and a muted text."""

    network: tuple[QColor, QColor]
    host: tuple[QColor, QColor]
    different: tuple[QColor, QColor]
    muted: QColor


def bit_colors(palette: QPalette | None = None) -> BitColours:
    """Readable colours for network bits (blue), host bits (orange) and a differing bit
    (red, bold) on tinted backgrounds, and for the separators and labels (muted)."""
    palette = _palette(palette)
    dark = is_dark(palette)
    window = palette.window().color()

    def pair(hue: int) -> tuple[QColor, QColor]:
        background = QColor.fromHslF(hue / 360.0, 0.55 if dark else 0.80, 0.22 if dark else 0.91)
        text = QColor.fromHslF(hue / 360.0, 0.85, 0.80 if dark else 0.30)
        return readable_on(text, background), background

    different_background = readable_on(QColor(STATUS_COLOURS["error"]), QColor("white"))
    return BitColours(
        network=pair(213),
        host=pair(22),
        different=(QColor("white"), different_background),
        muted=status_color("muted", palette, window),
    )


class HexColours(NamedTuple):
    """Colours for a hex dump: offsets, printable bytes, control bytes, zero bytes."""

    offset: QColor
    printable: QColor
    control: QColor
    zero: QColor


def hex_colors(palette: QPalette | None = None) -> HexColours:
    """Readable colours for a hex view on the current palette (offsets dimmed, controls
    and zeros told apart from text bytes)."""
    palette = _palette(palette)
    background = palette.base().color()
    dark = is_dark(palette)
    return HexColours(
        offset=readable_on(QColor("#8a8a8a" if dark else "#6b6b6b"), background),
        printable=palette.text().color(),
        control=readable_on(QColor("#d08a3a" if dark else "#a0520f"), background),
        zero=readable_on(QColor("#7f8fa6" if dark else "#5c6b80"), background),
    )
