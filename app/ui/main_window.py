"""The SocketLab main window: five lazily built tabs, menus, status bar, saved geometry.

Every text it shows goes through Qt's translation (`self.tr()`, or `translate()` with the
"Tabs" context for the titles of app/ui/tabs.py); see docs/translations.md. The texts are
set in `retranslate_ui()`, again on every QEvent.LanguageChange: View > Language installs
the new translators at once, and every widget follows without a restart.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QEvent, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.resources import resource_path
from app.translations import LANGUAGES, SYSTEM
from app.ui import confirm, preferences, zoom
from app.ui.settings import app_settings, read_setting, write_settings
from app.ui.tabs import TABS, TabSpec

log = logging.getLogger("socketlab.ui")

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
TAB_KEY = "window/tab"
DEFAULT_SIZE = (1100, 720)

# The titles of app/ui/tabs.py, marked here for lupdate (tabs.py stays
# Qt-translation-free). tests/ui/test_main_window.py checks this list against TABS.
# (Plain "#" comments: lupdate hands "#:" comments to the translators.)
TAB_STRINGS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Tabs", "Chat"),
    QT_TRANSLATE_NOOP("Tabs", "UDP"),
    QT_TRANSLATE_NOOP("Tabs", "Subnet"),
    QT_TRANSLATE_NOOP("Tabs", "Diagnostics"),
    QT_TRANSLATE_NOOP("Tabs", "Packets"),
)


def tab_text(text: str) -> str:
    """A title of app/ui/tabs.py in the current language."""
    return QCoreApplication.translate("Tabs", text)


def app_icon() -> QIcon:
    """The application icon drawn in app/resources/icons/socketlab.svg."""
    return QIcon(str(resource_path("icons", "socketlab.svg")))


class MainWindow(QMainWindow):
    """The top-level window; owns the tabs and stops every worker when it closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first_paint_done = False  # event() below reads it from the first event on
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self._built: dict[str, QWidget] = {}
        self.focus_ring: QWidget | None = None  # marks a focused list or table; see focus.py
        self._slots: list[QWidget] = []
        for spec in TABS:
            slot = QWidget()
            slot.setObjectName(f"{spec.key}Slot")
            QVBoxLayout(slot).setContentsMargins(0, 0, 0, 0)
            self._slots.append(slot)
            self.tabs.addTab(slot, "")
        self._create_menus()
        self._ready_text = ""
        self.retranslate_ui()
        self._ready_text = self.tr("Ready")
        self.statusBar().showMessage(self._ready_text, 5000)
        self._asking_to_quit = False
        zoom.apply_zoom(zoom.zoom_choice())  # View > Zoom's saved choice (100%: nothing)
        self._restore_settings()  # before the connections: restoring builds no tab
        self._connect_signals()

    # ---------------------------------------------------------------- building
    def _create_menus(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu("")
        self.quit_action = QAction(self)
        # setShortcuts(), not setShortcut(): the latter's overload resolution builds
        # PySide's key enums first, about 27 ms of start-up.
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        if not self.quit_action.shortcuts():  # some platforms define no Quit key
            self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        file_menu.addAction(self.quit_action)

        view_menu = self.view_menu = self.menuBar().addMenu("")
        self.tab_actions: list[QAction] = []
        for index, _spec in enumerate(TABS):
            action = QAction(self)
            action.setShortcuts([QKeySequence(f"Ctrl+{index + 1}")])
            action.setData(index)
            view_menu.addAction(action)
            self.tab_actions.append(action)
        view_menu.addSeparator()

        self.zoom_in_action = QAction(self)
        # Ctrl++ is Ctrl+Shift+= on most keyboards: Ctrl+= zooms in too.
        self.zoom_in_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.zoom_out_action = QAction(self)
        self.zoom_out_action.setShortcuts([QKeySequence("Ctrl+-")])
        self.zoom_reset_action = QAction(self)
        self.zoom_reset_action.setShortcuts([QKeySequence("Ctrl+0")])
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            view_menu.addAction(action)
        view_menu.addSeparator()

        self.theme_menu = view_menu.addMenu("")
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        current_theme = preferences.theme_choice()
        for key in (preferences.SYSTEM, preferences.LIGHT, preferences.DARK):
            action = QAction(self.theme_group)
            action.setCheckable(True)
            action.setChecked(key == current_theme)
            action.setData(key)
            self.theme_menu.addAction(action)
            self.theme_actions[key] = action

        self.language_menu = view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        current_language = preferences.language_choice()
        # Language names stay in their own language: readable whatever is shown now.
        for key, text in {SYSTEM: "", **LANGUAGES}.items():
            action = QAction(text, self.language_group)
            action.setCheckable(True)
            action.setChecked(key == current_language)
            action.setData(key)
            self.language_menu.addAction(action)
            self.language_actions[key] = action

        help_menu = self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        help_menu.addAction(self.about_action)
        self.about_qt_action = QAction(self)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        help_menu.addAction(self.about_qt_action)
        help_menu.addSeparator()
        self.shortcuts_action = QAction(self)
        help_menu.addAction(self.shortcuts_action)
        from app.ui.help import HelpActions  # Help > Getting started and Lessons, at the top

        self.help_actions = HelpActions(self, help_menu)

    def retranslate_ui(self) -> None:
        """Set every text of the window in the current language (at start, and again on
        each QEvent.LanguageChange). The tabs retranslate themselves."""
        self.tabs.setAccessibleName(self.tr("Tools"))
        #: {last} is the number of the last tool's shortcut (Ctrl+4 with four tools).
        switch = self.tr("Ctrl+1 to Ctrl+{last} or Ctrl+Tab switch between the tools")
        self.tabs.setAccessibleDescription(switch.format(last=len(TABS)))
        for index, spec in enumerate(TABS):
            self.tabs.setTabText(index, tab_text(spec.title))
            self.tab_actions[index].setText(f"&{index + 1} {tab_text(spec.title)}")
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.zoom_in_action.setText(self.tr("Zoom &in"))
        self.zoom_out_action.setText(self.tr("Zoom &out"))
        self.zoom_reset_action.setText(self.tr("&Reset zoom"))
        self.theme_menu.setTitle(self.tr("&Theme"))
        theme_names = {
            preferences.SYSTEM: self.tr("&System"),
            preferences.LIGHT: self.tr("&Light"),
            preferences.DARK: self.tr("&Dark"),
        }
        for key, text in theme_names.items():
            self.theme_actions[key].setText(text)
        self.language_menu.setTitle(self.tr("&Language"))
        # The languages' own names (Русский, 简体中文) stay as they are.
        self.language_actions[SYSTEM].setText(self.tr("&System default"))
        self.help_menu.setTitle(self.tr("&Help"))
        #: {app} is the application's name, SocketLab.
        self.about_action.setText(self.tr("&About {app}").format(app=APP_NAME))
        self.about_qt_action.setText(self.tr("About &Qt"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        # A description: a name would hide the message the bar shows from screen readers.
        self.statusBar().setAccessibleDescription(self.tr("Status"))
        if self._ready_text and self.statusBar().currentMessage() == self._ready_text:
            self._ready_text = self.tr("Ready")
            self.statusBar().showMessage(self._ready_text, 5000)

    def changeEvent(self, event: QEvent) -> None:
        """View > Language (or any translator installed): every text again."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()

    def _connect_signals(self) -> None:
        """Every connection of the window, in one place."""
        self.quit_action.triggered.connect(self.close)
        for action in self.tab_actions:
            action.triggered.connect(self._on_tab_action)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.zoom_in_action.triggered.connect(self.zoom_in)
        self.zoom_out_action.triggered.connect(self.zoom_out)
        self.zoom_reset_action.triggered.connect(self.reset_zoom)
        self.tabs.currentChanged.connect(self._ensure_built)
        self.tabs.currentChanged.connect(self._share_lab_ports)  # after: the tab is built
        self.theme_group.triggered.connect(self._on_theme_action)
        self.language_group.triggered.connect(self._on_language_action)

    @Slot()
    def _on_tab_action(self) -> None:
        action = self.sender()
        if isinstance(action, QAction):
            self.tabs.setCurrentIndex(int(action.data()))

    @Slot(QAction)
    def _on_theme_action(self, action: QAction) -> None:
        self.set_theme(str(action.data()))

    def set_theme(self, name: str) -> None:
        """Apply View > Theme's choice at once and remember it."""
        from app.ui import theme  # on demand: a start with the system's theme skips it

        preferences.save_theme_choice(name)
        theme.apply_theme(name)
        self.theme_actions[name].setChecked(True)

    # ---------------------------------------------------------------- zoom
    @Slot()
    def zoom_in(self) -> None:
        """View > Zoom in: every font one step (10%) larger."""
        self.set_zoom(zoom.zoom_in(zoom.current_zoom()))

    @Slot()
    def zoom_out(self) -> None:
        """View > Zoom out: every font one step (10%) smaller."""
        self.set_zoom(zoom.zoom_out(zoom.current_zoom()))

    @Slot()
    def reset_zoom(self) -> None:
        """View > Reset zoom: the fonts at their size at start."""
        self.set_zoom(zoom.DEFAULT_ZOOM)

    def set_zoom(self, percent: int) -> None:
        """Scale every font of the window to `percent`, remember it, say it in the status bar."""
        percent = zoom.apply_zoom(percent)
        zoom.save_zoom(percent)
        self.zoom_in_action.setEnabled(percent < zoom.MAX_ZOOM)
        self.zoom_out_action.setEnabled(percent > zoom.MIN_ZOOM)
        #: {percent} is a whole number: "Zoom 130%".
        self.statusBar().showMessage(self.tr("Zoom {percent}%").format(percent=percent), 5000)

    @Slot(QAction)
    def _on_language_action(self, action: QAction) -> None:
        self.set_language(str(action.data()))

    def set_language(self, choice: str) -> None:
        """Apply View > Language's choice at once and remember it.

        Installing the translators makes Qt send QEvent.LanguageChange to every window:
        the menus, the tab titles and every built tab set their texts again.
        """
        from app.ui import i18n

        preferences.save_language_choice(choice)
        self.language_actions[choice].setChecked(True)
        language = preferences.resolve_language(choice)
        if language == i18n.current_language():
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # English too: it loads the English plural forms of socketlab_en.ts.
            i18n.install_translators(app, language)
        shown = i18n.current_language()  # English if the translation could not load
        #: {language} is the language's own name: Русский, 简体中文, English.
        text = self.tr("Language: {language}").format(language=LANGUAGES.get(shown, shown))
        self.statusBar().showMessage(text, 5000)

    @Slot(dict)
    def bring_to_front(self, environment: dict | None = None) -> None:
        """Show, un-minimise and raise the window (another start asked for it).

        `environment` may carry the launcher's activation token, which the desktop
        requires before it lets a window take the focus (Wayland, X11 startup id).
        """
        for name, value in (environment or {}).items():
            os.environ[name] = value
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

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
        # addWidget shows a child of a visible parent only on a later turn of the event
        # loop: show it now, so a built tab is never in the window and yet invisible.
        widget.show()
        self._built[spec.key] = widget
        self._offer_packets(widget)
        from app.ui.help.lessons import track_tab  # Help > Lessons ticks what the tab does

        track_tab(self, spec.key, widget)
        # A tab may offer File menu actions (Chat: Export conversation), above Quit.
        file_actions = getattr(widget, "file_actions", None)
        if callable(file_actions):
            for action in file_actions():
                self.file_menu.insertAction(self.quit_action, action)
        log.debug("built the %s tab", spec.title)

    def _offer_packets(self, widget: QWidget) -> None:
        """A tab's Events panes offer "Show the packets": it opens the Packets tab."""
        from app.ui.events_pane import EventsPane

        for pane in widget.findChildren(EventsPane):
            pane.show_packets.connect(self.show_packets)

    @Slot(int)
    def show_packets(self, port: int) -> None:
        """Open the Packets tab on the packets of `port` (a connection's handshake)."""
        index = next(i for i, spec in enumerate(TABS) if spec.key == "packets")
        self.tabs.setCurrentIndex(index)
        self._ensure_built(index)
        packets = self._built["packets"]
        packets.show_port(port)  # type: ignore[attr-defined]

    @Slot(int)
    def _share_lab_ports(self, index: int) -> None:
        """The Packets tab's presets follow the Chat and UDP tabs' current ports."""
        if not 0 <= index < len(TABS) or TABS[index].key != "packets":
            return
        packets = self._built.get("packets")
        if packets is None:
            return
        for key, setter in (("chat", "set_chat_port"), ("udp", "set_udp_port")):
            tab = self._built.get(key)
            port = getattr(tab, "current_port", lambda: None)() if tab is not None else None
            getattr(packets, setter)(port)

    def event(self, event: QEvent) -> bool:
        """After the first paint, build the tab that is showing.

        A tab can take 200 ms to build (imports, models); building it after the window
        is on screen keeps start-up within a few percent of a bare QMainWindow, whatever
        tab was open last time.
        """
        handled = super().event(event)
        if not self._first_paint_done and event.type() == QEvent.Type.Paint:
            self._first_paint_done = True
            QTimer.singleShot(0, self._build_current_tab)
        return handled

    @Slot()
    def _build_current_tab(self) -> None:
        self._ensure_built(self.tabs.currentIndex())
        if self.focus_ring is None:  # after the first paint, like the tab: start-up stays fast
            from app.ui.focus import FocusRing

            self.focus_ring = FocusRing(self)

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

    def build_all_tabs(self) -> None:
        """Build every tab that was not shown yet (Help > Keyboard shortcuts reads them)."""
        for index in range(len(TABS)):
            self._ensure_built(index)

    def shortcut_rows(self) -> list:
        """Every key the window defines: the menus' actions, then each tab's own keys."""
        from app.ui import shortcuts

        seen: set[QAction] = set()
        rows = []
        for menu_action in self.menuBar().actions():
            menu = menu_action.menu()
            if menu is not None:
                rows += shortcuts.menu_rows(menu, shortcuts.plain(menu_action.text()), seen)
        self.build_all_tabs()
        for spec in TABS:
            rows += shortcuts.widget_rows(self._built[spec.key], tab_text(spec.title), seen)
        return shortcuts.unique(rows)

    @Slot()
    def show_shortcuts(self) -> QWidget:
        """Open Help > Keyboard shortcuts without blocking."""
        from app.ui.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_rows(), self)
        dialog.show()  # non-modal: the window stays usable beside the list
        return dialog

    # ---------------------------------------------------------------- settings
    def _restore_settings(self) -> None:
        settings = app_settings()
        geometry = read_setting(GEOMETRY_KEY, QByteArray(), settings)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(*DEFAULT_SIZE)
        state = read_setting(STATE_KEY, QByteArray(), settings)
        if not state.isEmpty():
            self.restoreState(state)
        tab = read_setting(TAB_KEY, 0, settings)
        if 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)

    def _save_settings(self) -> None:
        write_settings(
            {
                GEOMETRY_KEY: self.saveGeometry(),
                STATE_KEY: self.saveState(),
                TAB_KEY: self.tabs.currentIndex(),
            }
        )

    # ---------------------------------------------------------------- closing
    def busy_tabs(self) -> dict[str, str]:
        """Tab key -> why quitting would cut it off (hosting, sending, capturing)."""
        busy: dict[str, str] = {}
        for key, widget in self._built.items():
            busy_reason = getattr(widget, "busy_reason", None)
            reason = busy_reason() if callable(busy_reason) else None
            if reason:
                busy[key] = reason
        return busy

    def quit_question(self, busy: dict[str, str]) -> QMessageBox:
        """The question Quit asks while something runs; Cancel is the default."""
        questions = {
            "chat": self.tr("Stop hosting and quit?"),
            "udp": self.tr("Stop sending and quit?"),
            "packets": self.tr("Stop the capture and quit?"),
        }
        if len(busy) == 1:
            text = questions.get(next(iter(busy)), self.tr("Stop everything and quit?"))
        else:
            text = self.tr("Stop everything and quit?")
        box = confirm.question(
            self,
            #: {app} is the application's name, SocketLab.
            self.tr("Quit {app}").format(app=APP_NAME),
            text,
            buttons=confirm.Button.Yes | confirm.Button.Cancel,
            default=confirm.Button.Cancel,
            informative="\n".join(busy.values()),
        )
        box.button(confirm.Button.Yes).setText(self.tr("&Quit"))
        return box

    def confirm_quit(self) -> bool:
        """True when nothing runs, or the user agreed to stop it and quit."""
        busy = self.busy_tabs()
        if not busy:
            return True
        if self._asking_to_quit:  # Ctrl+Q again while the question is open
            return False
        self._asking_to_quit = True
        try:
            return confirm.confirmed(self.quit_question(busy))
        finally:
            self._asking_to_quit = False

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask first if something runs; save the window, let each built tab stop its
        workers, then stop any left."""
        if not self.confirm_quit():
            event.ignore()
            return
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
