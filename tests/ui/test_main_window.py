"""The main window: four lazy tabs, menus, shortcuts, About, saved geometry, clean close."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import QSize, qVersion
from PySide6.QtWidgets import QApplication

from app import __version__
from app.ui.about import AboutDialog
from app.ui.main_window import MainWindow
from app.ui.tabs import TABS
from app.workers import live_workers


def open_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_five_tabs_built_lazily_and_switched_by_shortcut_actions(qtbot) -> None:
    window = open_window(qtbot)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Chat", "UDP", "Subnet", "Diagnostics", "Packets"]
    qtbot.waitUntil(lambda: window.tab_widget("chat") is not None)  # built after first paint
    assert window.tab_widget("udp") is None  # not shown yet: not built
    shortcuts = [action.shortcut().toString() for action in window.tab_actions]
    assert shortcuts == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5"]
    for index, action in enumerate(window.tab_actions):
        action.trigger()
        assert window.tabs.currentIndex() == index
        assert window.tab_widget(TABS[index].key) is not None
    window.close()
    assert live_workers() == []


def test_icon_menus_and_quit_shortcut(qtbot) -> None:
    window = open_window(qtbot)
    assert not window.windowIcon().isNull()
    assert not window.windowIcon().pixmap(QSize(64, 64)).isNull()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    window.quit_action.trigger()
    assert not window.isVisible()


def test_about_shows_app_qt_and_python_versions(qtbot) -> None:
    window = open_window(qtbot)
    window.about_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    text = dialogs[0].label.text()
    assert f"SocketLab {__version__}" in text
    assert f"Qt {qVersion()} (PySide6 {PySide6.__version__})" in text
    assert f"Python {platform.python_version()}" in text
    dialogs[0].close()


def test_geometry_and_last_tab_are_restored(qtbot) -> None:
    first = open_window(qtbot)
    first.resize(700, 500)  # fits the offscreen screen (800x600)
    first.tabs.setCurrentIndex(2)
    first.close()
    second = open_window(qtbot)
    assert second.size() == QSize(700, 500)
    assert second.tabs.currentIndex() == 2
    qtbot.waitUntil(lambda: second.tab_widget("subnet") is not None)
    assert second.tab_widget("chat") is None  # only the restored tab was built


def test_every_tab_title_is_marked_for_translation() -> None:
    from app.ui.main_window import TAB_STRINGS

    assert sorted(TAB_STRINGS) == sorted(spec.title for spec in TABS)


def test_view_menu_offers_tabs_theme_and_language(qtbot) -> None:
    window = open_window(qtbot)
    view = window.menuBar().actions()[1].menu()
    entries = [action.text() for action in view.actions() if not action.isSeparator()]
    assert entries[:5] == ["&1 Chat", "&2 UDP", "&3 Subnet", "&4 Diagnostics", "&5 Packets"]
    assert entries[5:] == ["Zoom &in", "Zoom &out", "&Reset zoom", "&Theme", "&Language"]
    assert [a.text() for a in window.theme_menu.actions()] == ["&System", "&Light", "&Dark"]
    assert window.theme_group.isExclusive() and window.language_group.isExclusive()
    assert [a.isChecked() for a in window.theme_actions.values()] == [True, False, False]


def test_accessible_names_and_keyboard_reach(qtbot) -> None:
    from PySide6.QtCore import Qt

    window = open_window(qtbot)
    assert window.tabs.accessibleName() == "Tools"
    assert "Ctrl+1" in window.tabs.accessibleDescription()
    assert window.statusBar().accessibleDescription() == "Status"
    assert window.statusBar().accessibleName() == ""  # the message itself is read out
    assert window.tabs.tabBar().focusPolicy() & Qt.FocusPolicy.TabFocus
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text()  # Alt+letter opens it
        for action in menu_action.menu().actions():
            if not action.isSeparator():
                assert "&" in action.text(), action.text()
