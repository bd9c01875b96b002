"""View > Zoom, the questions before Quit and Kick, and Help > Keyboard shortcuts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from app.ui import zoom
from app.ui.chat.tab import ChatTab
from app.ui.hex_view import HexDumpView
from app.ui.main_window import MainWindow
from app.ui.settings import app_settings
from app.workers import live_workers
from tests.helpers.fixtures import free_port

WAIT = 5000
Button = QMessageBox.StandardButton


def open_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def unzoomed() -> Iterator[float]:
    """The application font's size before the test; the zoom is undone after it."""
    size = QApplication.font().pointSizeF()
    yield size
    zoom.apply_zoom(zoom.DEFAULT_ZOOM)
    assert QApplication.font().pointSizeF() == size


def test_zoom_scales_the_fonts_and_is_remembered(qtbot, unzoomed: float) -> None:
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).pointSizeF()
    view = HexDumpView("Bytes", "", limit=64)
    qtbot.addWidget(view)
    assert view.font().pointSizeF() == fixed
    window = open_window(qtbot)
    for _ in range(3):
        window.zoom_in_action.trigger()
    assert QApplication.font().pointSizeF() == pytest.approx(unzoomed * 1.3, abs=0.5)
    assert view.font().pointSizeF() == pytest.approx(fixed * 1.3, abs=0.5)
    assert view.font().pointSizeF() > fixed
    assert window.statusBar().currentMessage() == "Zoom 130%"
    later = HexDumpView("Bytes", "", limit=64)  # built after the zoom: zoomed too
    qtbot.addWidget(later)
    assert later.font().pointSizeF() == view.font().pointSizeF()
    window.zoom_out_action.trigger()
    assert window.statusBar().currentMessage() == "Zoom 120%"
    window.close()

    zoom.apply_zoom(zoom.DEFAULT_ZOOM)  # as at a new start: Qt's own font size
    assert QApplication.font().pointSizeF() == unzoomed
    assert app_settings().value(zoom.ZOOM_KEY) in (120, "120")
    second = open_window(qtbot)  # applies the saved zoom
    assert zoom.current_zoom() == 120
    assert QApplication.font().pointSizeF() == pytest.approx(unzoomed * 1.2, abs=0.5)
    assert view.font().pointSizeF() == pytest.approx(fixed * 1.2, abs=0.5)

    second.zoom_reset_action.trigger()
    assert QApplication.font().pointSizeF() == unzoomed
    assert view.font().pointSizeF() == fixed
    assert second.statusBar().currentMessage() == "Zoom 100%"
    assert zoom.zoom_choice() == 100
    second.close()


def test_zoom_stays_between_80_and_200_percent(qtbot, unzoomed: float) -> None:
    window = open_window(qtbot)
    for _ in range(20):
        window.zoom_in_action.trigger()
    assert zoom.current_zoom() == 200 and not window.zoom_in_action.isEnabled()
    for _ in range(20):
        window.zoom_out_action.trigger()
    assert zoom.current_zoom() == 80 and not window.zoom_out_action.isEnabled()
    assert QApplication.font().pointSizeF() < unzoomed
    window.zoom_reset_action.trigger()
    window.close()


def host_in(window: MainWindow, qtbot) -> ChatTab:
    qtbot.waitUntil(lambda: window.tab_widget("chat") is not None, timeout=WAIT)
    chat = window.tab_widget("chat")
    assert isinstance(chat, ChatTab)
    chat.identity.nick_edit.setText("alice")
    chat.host_panel.bind_combo.set_address("127.0.0.1")
    chat.host_panel.port_edit.setText(str(free_port()))
    assert chat.start_hosting()
    qtbot.waitUntil(lambda: chat.connection_state() == "connected", timeout=WAIT)
    return chat


def test_quitting_while_hosting_asks_first(qtbot, questions) -> None:
    window = open_window(qtbot)
    chat = host_in(window, qtbot)
    assert chat.busy_reason()
    questions.answer = Button.Cancel
    window.quit_action.trigger()
    assert questions == ["Stop hosting and quit?"]
    assert questions.defaults == [Button.Cancel]
    assert window.isVisible() and chat.is_hosting()  # Cancel: nothing stopped
    questions.answer = Button.Yes
    window.quit_action.trigger()
    assert len(questions) == 2
    assert not window.isVisible()
    assert live_workers() == []


def test_quitting_idle_asks_nothing(qtbot, questions) -> None:
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.tab_widget("chat") is not None, timeout=WAIT)
    assert window.tab_widget("chat").busy_reason() is None
    window.quit_action.trigger()
    assert questions == []
    assert not window.isVisible()


@pytest.fixture
def tabs() -> Iterator[list[ChatTab]]:
    made: list[ChatTab] = []
    yield made
    for tab in made:
        tab.shutdown()
        if shiboken6.isValid(tab):
            shiboken6.delete(tab)  # on the GUI thread, never by a garbage collection


def test_kick_asks_first(qtbot, questions, tabs) -> None:
    alice, bob = ChatTab(), ChatTab()
    tabs += [alice, bob]
    for tab, nick in ((alice, "alice"), (bob, "bob")):
        qtbot.addWidget(tab)
        tab.identity.nick_edit.setText(nick)
    port = free_port()
    alice.host_panel.bind_combo.set_address("127.0.0.1")
    alice.host_panel.port_edit.setText(str(port))
    assert alice.start_hosting()
    qtbot.waitUntil(lambda: alice.connection_state() == "connected", timeout=WAIT)
    assert bob.connect_to(f"127.0.0.1:{port}")
    qtbot.waitUntil(lambda: alice.host_panel.users_table.rowCount() == 2, timeout=WAIT)
    alice.host_panel.select_user("bob")

    questions.answer = Button.No
    with qtbot.assertNotEmitted(alice.host_panel.kick_requested):
        alice.host_panel.kick_button.click()
    assert questions == ["Disconnect bob from the room?"]
    assert questions.defaults == [Button.No]
    assert bob.is_connected()

    questions.answer = Button.Yes
    alice.host_panel.kick_button.click()
    qtbot.waitUntil(lambda: not bob.is_connected(), timeout=WAIT)


def test_the_shortcuts_dialog_lists_the_windows_keys(qtbot) -> None:
    window = open_window(qtbot)
    dialog = window.show_shortcuts()
    assert dialog.isVisible() and not dialog.isModal()
    keys = dialog.keys()
    for key in ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4", "Ctrl+5", "Ctrl+Q"):
        assert key in keys
    for key in ("Ctrl++", "Ctrl+=", "Ctrl+-", "Ctrl+0"):
        assert key in keys
    assert "Ctrl+F" in keys  # the Chat tab's own QShortcut (search the history)
    actions = {row.action for row in dialog.rows}
    assert {"Zoom in", "Zoom out", "Reset zoom", "Quit"} <= actions
    dialog.close()
    window.close()
    assert live_workers() == []
