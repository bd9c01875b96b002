"""In-app help: Help > Getting started and Help > Lessons.

`HelpActions` adds both actions at the top of the Help menu and opens their dialogs
(non-modal, one of each, raised when chosen again). The dialogs' modules are imported
on first use: start-up stays fast. MainWindow makes one `HelpActions` and calls
`lessons.track_tab()` for each tab it builds.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget


class HelpActions(QObject):
    """Help > Getting started and Help > Lessons, and the dialogs they open."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.setObjectName("helpActions")
        self.window = window
        self.menu = menu
        self.getting_started_action = QAction(self)
        self.lessons_action = QAction(self)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self.getting_started_action)
        menu.insertAction(first, self.lessons_action)
        if first is not None:
            menu.insertSeparator(first)
        self._retranslate()
        self.getting_started_action.triggered.connect(self.show_getting_started)
        self.lessons_action.triggered.connect(self.show_lessons)
        menu.installEventFilter(self)  # the menu hears of a language change
        self.getting_started_dialog: QWidget | None = None
        self.lessons_dialog: QWidget | None = None

    def _retranslate(self) -> None:
        self.getting_started_action.setText(self.tr("&Getting started"))
        self.lessons_action.setText(self.tr("&Lessons"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Retranslate the actions when the language changes."""
        # getattr: while the window is torn down, this object's attributes may be gone.
        menu = getattr(self, "menu", None)
        if menu is not None and watched is menu and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _current_tab(self) -> int:
        tabs = self.window.findChild(QTabWidget, "mainTabs")
        return tabs.currentIndex() if tabs is not None else 0

    @Slot()
    def show_getting_started(self) -> QWidget:
        """Open Getting started on the current tab's page (non-modal)."""
        from app.ui.help.getting_started import GettingStartedDialog

        if self.getting_started_dialog is None:
            self.getting_started_dialog = GettingStartedDialog(self.window)
        dialog = self.getting_started_dialog
        dialog.show_page(self._current_tab())  # type: ignore[attr-defined]
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    @Slot()
    def show_lessons(self) -> QWidget:
        """Open the lessons (non-modal), their steps ticked so far."""
        from app.ui.help.lessons import tracker_of
        from app.ui.help.lessons_dialog import LessonsDialog

        if self.lessons_dialog is None:
            self.lessons_dialog = LessonsDialog(tracker_of(self.window), self.window)
        dialog = self.lessons_dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog
