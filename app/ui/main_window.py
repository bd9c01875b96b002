"""The SocketLab main window: four lazily built tabs, menus, status bar, saved geometry."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QByteArray, Slot
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from app import APP_NAME
from app.resources import resource_path
from app.ui.settings import app_settings
from app.ui.tabs import TABS, TabSpec

log = logging.getLogger("socketlab.ui")

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
TAB_KEY = "window/tab"
DEFAULT_SIZE = (1100, 720)


def app_icon() -> QIcon:
    """The application icon drawn in resources/icons/socketlab.svg."""
    return QIcon(str(resource_path("icons", "socketlab.svg")))


class MainWindow(QMainWindow):
    """The top-level window; owns the tabs and stops every worker when it closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._built: dict[str, QWidget] = {}
        self._slots: list[QWidget] = []
        for spec in TABS:
            slot = QWidget()
            slot.setObjectName(f"{spec.key}Slot")
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self._slots.append(slot)
            self.tabs.addTab(slot, spec.title)
        self._create_menus()
        self.statusBar().showMessage("Ready", 5000)
        self._connect_signals()
        self._restore_settings()
        self._ensure_built(self.tabs.currentIndex())

    # ---------------------------------------------------------------- building
    def _create_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu("&File")
        self.quit_action = QAction("&Quit", self)
        # setShortcuts(), not setShortcut(): the latter's overload resolution builds
        # PySide's key enums first, about 27 ms of start-up.
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        if not self.quit_action.shortcuts():  # some platforms define no Quit key
            self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        view_menu = self.menuBar().addMenu("&View")
        self.tab_actions: list[QAction] = []
        for index, spec in enumerate(TABS):
            action = QAction(f"&{index + 1} {spec.title}", self)
            action.setShortcuts([QKeySequence(f"Ctrl+{index + 1}")])
            action.setData(index)
            view_menu.addAction(action)
            self.tab_actions.append(action)

        help_menu = self.menuBar().addMenu("&Help")
        self.about_action = QAction(f"&About {APP_NAME}", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)
        self.about_qt_action = QAction("About &Qt", self)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        help_menu.addAction(self.about_qt_action)

    def _connect_signals(self) -> None:
        """Every connection of the window, in one place."""
        self.quit_action.triggered.connect(self.close)
        for action in self.tab_actions:
            action.triggered.connect(self._on_tab_action)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)
        self.tabs.currentChanged.connect(self._ensure_built)

    @Slot()
    def _on_tab_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.tabs.setCurrentIndex(int(action.data()))

    @Slot(int)
    def _ensure_built(self, index: int) -> None:
        """Build a tab's widget the first time the tab is shown."""
        if index < 0 or index >= len(TABS):
            return
        spec: TabSpec = TABS[index]
        if spec.key in self._built:
            return
        widget = spec.create()
        widget.setObjectName(f"{spec.key}Tab")
        self._slots[index].layout().addWidget(widget)
        self._built[spec.key] = widget
        # A tab may offer File menu actions (Chat: Export conversation), above Quit.
        file_actions = getattr(widget, "file_actions", None)
        if callable(file_actions):
            for action in file_actions():
                self.file_menu.insertAction(self.quit_action, action)
        log.debug("built the %s tab", spec.title)

    def tab_widget(self, key: str) -> QWidget | None:
        """The built widget of a tab (None until it was shown)."""
        return self._built.get(key)

    @Slot()
    def show_about(self) -> QWidget:
        """Open Help > About without blocking."""
        from PySide6.QtCore import Qt  # on demand: the Qt namespace costs ~18 ms to load

        from app.ui.about import AboutDialog  # on demand too: start-up stays fast

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ---------------------------------------------------------------- settings
    def _restore_settings(self) -> None:
        settings = app_settings()
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(*DEFAULT_SIZE)
        state = settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        try:
            tab = int(settings.value(TAB_KEY, 0))
        except (TypeError, ValueError):
            tab = 0
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def _save_settings(self) -> None:
        settings = app_settings()
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(TAB_KEY, self.tabs.currentIndex())
        settings.sync()

    # ---------------------------------------------------------------- closing
    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the window, let each built tab stop its workers, then stop any left."""
        self._save_settings()
        for key, widget in self._built.items():
            shutdown = getattr(widget, "shutdown", None)
            if callable(shutdown):
                try:
                    shutdown()
                except Exception:
                    log.exception("the %s tab failed to shut down", key)
        # No tab that ran a worker: the worker module was never imported, nothing to stop.
        workers = sys.modules.get("app.workers.engine_worker")
        if workers is not None and not workers.stop_all_workers():
            log.warning("a worker thread did not stop in time")
        super().closeEvent(event)
