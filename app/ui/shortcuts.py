"""Help > Keyboard shortcuts: every key the window defines, read from the objects
that define it (the menus' QActions, the tabs' QActions and QShortcuts), so the list
stays true when a key is added or changed."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ShortcutRow(NamedTuple):
    """One key: its text ("Ctrl+Q"), what it does, and where it works."""

    keys: str
    action: str
    where: str


def plain(text: str) -> str:
    """A menu text without its mnemonic ("&Quit" -> "Quit", "&&" -> "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def key_text(sequences: list[QKeySequence]) -> str:
    """The keys in the platform's (and language's) words: "Ctrl++, Ctrl+=" ."""
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
    )


def menu_rows(menu: QMenu, where: str, seen: set[QAction]) -> list[ShortcutRow]:
    """The keys of a menu's actions, its submenus' too."""
    rows: list[ShortcutRow] = []
    for action in menu.actions():
        if action.menu() is not None:
            rows += menu_rows(action.menu(), where, seen)
            continue
        seen.add(action)
        keys = key_text(action.shortcuts())
        if keys:
            rows.append(ShortcutRow(keys, plain(action.text()), where))
    return rows


def widget_rows(widget: QWidget, where: str, seen: set[QAction]) -> list[ShortcutRow]:
    """The keys a tab defines itself: its QActions (not already in a menu) and QShortcuts."""
    rows: list[ShortcutRow] = []
    for action in widget.findChildren(QAction):
        keys = key_text(action.shortcuts())
        if keys and action not in seen and action.text():
            rows.append(ShortcutRow(keys, plain(action.text()), where))
    for shortcut in widget.findChildren(QShortcut):
        keys = key_text(shortcut.keys())
        owner = shortcut.parent()
        text = shortcut.whatsThis() or (
            owner.accessibleName() if isinstance(owner, QWidget) else ""
        )
        if keys and text:
            rows.append(ShortcutRow(keys, plain(text), where))
    return rows


def unique(rows: list[ShortcutRow]) -> list[ShortcutRow]:
    """`rows` without repeats (two lists with the same Enter key), in order."""
    return list(dict.fromkeys(rows))


class ShortcutsDialog(QDialog):
    """A non-modal list of the keys: Keys, Action, Where."""

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = list(rows)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Action"), self.tr("Where")])
        for row in self.rows:
            self.tree.addTopLevelItem(QTreeWidgetItem(list(row)))
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(560, 480)

    def keys(self) -> list[str]:
        """Every key listed (a row with two keys gives both)."""
        return [key for row in self.rows for key in row.keys.split(", ")]
