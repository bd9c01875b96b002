"""Find texts a window shows in English although another language is loaded.

Used by scripts/untranslated.py (`--ui`) and the tests: build the window with a
translation installed, open every tab, and collect every text a user can see or hear
(labels, buttons, group titles, placeholders, tab titles, menus, table headers, combo
items, tool tips, accessible names and descriptions). A text counts as translated if it
contains the language's script; texts that are only technical words (TCP, IPv4, Ctrl+Q,
numbers, addresses) are left alone.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

#: Characters that show a text was translated, per language.
SCRIPTS: dict[str, re.Pattern[str]] = {
    "ru": re.compile("[\u0400-\u04ff]"),
    "zh_CN": re.compile("[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]"),
}

#: Words left as they are in every language: names, commands, units, key names.
TECHNICAL_WORDS = frozenset(
    (
        *("socketlab", "qt", "pyside", "pyside6", "python"),
        *("ping", "nc", "ncat", "telnet", "putty", "netcat", "localhost"),
        *("ctrl", "shift", "alt", "tab", "esc", "enter"),
        *("utf", "gbk", "latin", "ascii", "ipv4", "ipv6", "linux", "windows", "macos"),
        *("ms", "kb", "mb", "gb", "kib", "mib", "gib", "bps", "kbps", "mbps", "pps"),
        *("hex", "json", "csv", "sqlite", "wifi", "ethernet", "lo", "eth0", "wlan0", "ok"),
        *("in-addr", "arpa"),  # reverse DNS zones: 1.168.192.in-addr.arpa
    )
)

_TAG = re.compile(r"<[^>]+>")
_ENTITY = re.compile(r"&[a-zA-Z]+;|&#\d+;")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_'-]*")


class ShownText(NamedTuple):
    """One text a user can see, and where."""

    where: str  # e.g. "subnet tab, QLabel 'maskLabel'" or "menu View"
    text: str


def looks_untranslated(text: str, language: str) -> bool:
    """True if `text` reads as English prose in a window meant to be in `language`."""
    script = SCRIPTS.get(language)
    if script is None:
        return False  # English (or unknown): nothing to check
    plain = _ENTITY.sub(" ", _TAG.sub(" ", text)).replace("&", "")
    if script.search(plain):
        return False
    for word in _WORD.findall(plain):
        if len(word) < 2 or word.isupper() or any(c.isdigit() for c in word):
            continue  # acronyms (TCP, DNS), names with digits (IPv4, eth0)
        if word.lower() in TECHNICAL_WORDS:
            continue
        return True
    return False


def _name(widget: QWidget) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__} {name!r}" if name else type(widget).__name__


def _header_texts(view: QTableView | QTreeView) -> list[str]:
    """Column titles (row headers are data: numbers, names)."""
    from PySide6.QtCore import Qt

    header = view.header() if isinstance(view, QTreeView) else view.horizontalHeader()
    model = header.model()
    if model is None:
        return []
    titles = (
        model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for section in range(header.count())
    )
    return [title for title in titles if isinstance(title, str)]


def widget_texts(widget: QWidget) -> list[str]:
    """The texts one widget itself shows (not its children's)."""
    texts: list[str] = []
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    if isinstance(widget, QGroupBox):
        texts.append(widget.title())
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        texts.append(widget.placeholderText())
    if isinstance(widget, QComboBox):
        texts.extend(widget.itemText(i) for i in range(min(widget.count(), 50)))
    if isinstance(widget, QTabWidget):
        texts.extend(widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QTableView | QTreeView):
        texts.extend(_header_texts(widget))
    texts.append(widget.toolTip())
    texts.append(widget.accessibleName())
    texts.append(widget.accessibleDescription())  # screen readers say it too
    return [text for text in texts if text and text.strip()]


def shown_texts(root: QWidget, where: str) -> list[ShownText]:
    """Every text under `root` (itself included)."""
    found = [ShownText(f"{where}, {_name(root)}", text) for text in widget_texts(root)]
    for child in root.findChildren(QWidget):
        found.extend(ShownText(f"{where}, {_name(child)}", text) for text in widget_texts(child))
    return found


def menu_texts(window: QMainWindow) -> list[ShownText]:
    """The menu bar's menus and their actions (submenus included)."""
    found: list[ShownText] = []

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            found.append(ShownText(where, action.text()))
            if action.menu() is not None:
                walk(action.menu(), f"{where} > {action.text().replace('&', '')}")

    for action in window.menuBar().actions():
        found.append(ShownText("menu bar", action.text()))
        if action.menu() is not None:
            walk(action.menu(), f"menu {action.text().replace('&', '')}")
    return found


def untranslated_in_window(window: QMainWindow, language: str) -> list[ShownText]:
    """Open every tab of a main window and list the texts still in English.

    The language menu's entries are left out: they name each language in itself.
    """
    from app.translations import LANGUAGES
    from app.ui.tabs import TABS

    texts = menu_texts(window)
    tabs: QTabWidget = window.tabs  # type: ignore[attr-defined]
    build = getattr(window, "_ensure_built", None)
    for index, spec in enumerate(TABS):
        tabs.setCurrentIndex(index)
        if callable(build):  # the open tab is built only after the first paint
            build(index)
        texts.extend(shown_texts(tabs.widget(index), f"{spec.key} tab"))
    texts.extend(ShownText("window", t) for t in widget_texts(tabs))
    language_names = set(LANGUAGES.values())
    seen: set[tuple[str, str]] = set()
    result = []
    for shown in texts:
        key = (shown.where, shown.text)
        if key in seen or shown.text in language_names:
            continue
        seen.add(key)
        if looks_untranslated(shown.text, language):
            result.append(shown)
    return result
