"""View > Language switches the window at once: menus, tab titles, the status bar and
the Chat tab's texts follow QEvent.LanguageChange without a restart."""

from __future__ import annotations

import re

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt

from app.translations import SOURCE_LANGUAGE
from app.ui import i18n, preferences
from app.ui.chat.tab import ChatTab
from app.ui.main_window import MainWindow
from tests.helpers.fixtures import free_port

WAIT = 5000
CYRILLIC = re.compile("[\u0400-\u04ff]")


def tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def russian(text: str) -> bool:
    return bool(CYRILLIC.search(text))


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def open_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(autouse=True)
def quick_timers(monkeypatch) -> None:
    monkeypatch.setattr(ChatTab, "reconnect_delays", (0.05, 0.1))
    monkeypatch.setattr(ChatTab, "greeting_timeout", 0.3)


@pytest.fixture
def hosting(qtbot):
    """A Chat tab hosting a room on 127.0.0.1 (its state texts say so)."""
    tab = ChatTab()
    qtbot.addWidget(tab)
    tab.identity.nick_edit.setText("alice")
    tab.host_panel.bind_combo.set_address("127.0.0.1")
    tab.host_panel.port_edit.setText(str(free_port()))
    assert tab.start_hosting()
    qtbot.waitUntil(lambda: tab.connection_state() == "connected", timeout=WAIT)
    yield tab
    tab.shutdown()
    if shiboken6.isValid(tab):
        shiboken6.delete(tab)  # on the GUI thread, not by the garbage collector


def test_main_window_switches_language_live(qtbot, language) -> None:
    window = open_window(qtbot)
    assert menu_titles(window) == ["&File", "&View", "&Help"]
    assert language("ru")
    qtbot.waitUntil(lambda: menu_titles(window) == ["&Файл", "&Вид", "&Справка"], timeout=WAIT)
    assert tab_titles(window) == ["Чат", "UDP", "Подсети", "Диагностика", "Пакеты"]
    assert window.about_action.text() == "&О программе SocketLab"  # noqa: RUF001
    assert window.tab_actions[0].text() == "&1 Чат"
    assert window.theme_menu.title() == tr("MainWindow", "&Theme")
    assert russian(window.theme_menu.title())
    assert russian(window.language_actions["system"].text())
    assert window.language_actions["ru"].text() == "Русский"  # its own name, always
    assert russian(window.statusBar().accessibleDescription())

    assert language(SOURCE_LANGUAGE)
    qtbot.waitUntil(lambda: menu_titles(window) == ["&File", "&View", "&Help"], timeout=WAIT)
    assert tab_titles(window) == ["Chat", "UDP", "Subnet", "Diagnostics", "Packets"]
    assert window.about_action.text() == "&About SocketLab"
    assert window.quit_action.text() == "&Quit"


def test_set_language_switches_at_once_and_is_remembered(qtbot, language) -> None:
    window = open_window(qtbot)
    window.set_language("ru")
    assert i18n.current_language() == "ru"
    assert preferences.language_choice() == "ru"
    assert window.language_actions["ru"].isChecked()
    assert "Русский" in window.statusBar().currentMessage()
    assert "started again" not in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Чат", timeout=WAIT)
    assert menu_titles(window)[0] == "&Файл"

    window.set_language(SOURCE_LANGUAGE)
    assert i18n.current_language() == SOURCE_LANGUAGE
    assert preferences.language_choice() == SOURCE_LANGUAGE
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Chat", timeout=WAIT)
    assert menu_titles(window)[0] == "&File"


def test_chat_tab_in_the_window_switches_live(qtbot, language) -> None:
    window = open_window(qtbot)
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.tab_widget("chat") is not None, timeout=WAIT)
    chat = window.tab_widget("chat")
    assert isinstance(chat, ChatTab)
    assert chat.join_panel.connect_button.text() == "Connect"
    assert language("ru")
    qtbot.waitUntil(lambda: chat.join_panel.connect_button.text() == "Подключиться", timeout=WAIT)
    assert chat.composer.send_button.text() == "Отправить"
    assert chat.identity.title() == "Вы"
    assert chat.people.title.text() == "Участники"
    assert russian(chat.state_label.text())  # "Not connected...": written again
    assert russian(chat.export_action.text())  # in the File menu
    assert language(SOURCE_LANGUAGE)
    qtbot.waitUntil(lambda: chat.join_panel.connect_button.text() == "Connect", timeout=WAIT)
    assert chat.state_label.text() == "Not connected. Host a chat, or join one."
    window.close()


def chat_texts(tab: ChatTab) -> dict[str, str]:
    """The texts checked, each with (context, source) it must be the translation of."""
    return {
        "identity": tab.identity.title(),
        "nick placeholder": tab.identity.nick_edit.placeholderText(),
        "nick label": tab.identity.nick_label.text(),
        "join": tab.join_panel.title(),
        "find": tab.join_panel.find_button.text(),
        "join password": tab.join_panel.password_edit.placeholderText(),
        "host": tab.host_panel.title(),
        "stop": tab.host_panel.start_button.text(),
        "announce": tab.host_panel.announce_check.text(),
        "kick": tab.host_panel.kick_button.text(),
        "users header": tab.host_panel.users_table.horizontalHeaderItem(0).text(),
        "bind": tab.host_panel.bind_combo.itemText(0),
        "send": tab.send_button.text(),
        "input": tab.input.placeholderText(),
        "search": tab.search_button.text(),
        "search placeholder": tab.search_edit.placeholderText(),
        "export": tab.export_button.text(),
        "people": tab.people.hint.text(),
        "conversation": tab.conversation.accessibleName(),
    }


EXPECTED = {
    "identity": ("IdentityPanel", "You"),
    "nick placeholder": ("IdentityPanel", "your name in the chat"),
    "nick label": ("IdentityPanel", "Nickname"),
    "join": ("JoinPanel", "Join a chat"),
    "find": ("JoinPanel", "Find servers..."),
    "join password": ("JoinPanel", "only if the room has one"),
    "host": ("HostPanel", "Host a chat"),
    "stop": ("HostPanel", "Stop hosting"),
    "announce": ("HostPanel", "Announce on the LAN"),
    "kick": ("HostPanel", "Kick"),
    "users header": ("HostPanel", "Nickname"),
    "bind": ("BindCombo", "All interfaces ({address})"),
    "send": ("Composer", "Send"),
    "input": (
        "ChatInput",
        "Type a message, Enter to send (Shift+Enter: new line, /help: commands)",
    ),
    "search": ("HistorySearch", "Search"),
    "search placeholder": ("HistorySearch", "Search the history of this server"),
    "export": ("ChatTab", "Export..."),
    "people": ("PeopleList", "Double-click a name for a private message."),
    "conversation": ("ConversationView", "Conversation"),
}


def expected_texts() -> dict[str, str]:
    texts = {key: tr(*source) for key, source in EXPECTED.items()}
    texts["bind"] = texts["bind"].format(address="0.0.0.0")
    return texts


def test_chat_tab_retranslates_every_text_and_its_state(qtbot, language, hosting) -> None:
    tab = hosting
    english = chat_texts(tab)
    assert english == expected_texts()
    connected = f"Connected to {tab.session.server_key} as alice."
    assert tab.state_label.text() == connected
    assert tab.host_panel.status.text().startswith("Hosting on 127.0.0.1:")

    assert language("ru")
    qtbot.waitUntil(lambda: tab.send_button.text() == "Отправить", timeout=WAIT)
    russian_texts = chat_texts(tab)
    assert russian_texts == expected_texts()
    untranslated = [key for key, text in russian_texts.items() if not russian(text)]
    assert untranslated == []
    # State texts are written again from the state, in Russian.
    assert tab.state_label.text() == f"Подключено к {tab.session.server_key} под именем alice."
    assert russian(tab.host_panel.status.text())
    assert tab.host_panel.start_button.text() == "Остановить сервер"
    assert tab.join_panel.connect_button.text() == "Подключиться"
    assert russian(tab.host_panel.users_label.text())
    assert tab.people.title.text().startswith("Участники")

    assert language(SOURCE_LANGUAGE)
    qtbot.waitUntil(lambda: tab.send_button.text() == "Send", timeout=WAIT)
    assert chat_texts(tab) == english
    assert tab.state_label.text() == connected
    assert tab.host_panel.status.text().startswith("Hosting on 127.0.0.1:")


def test_raw_terminal_and_find_servers_retranslate(qtbot, language) -> None:
    tab = ChatTab()
    qtbot.addWidget(tab)
    try:
        raw = tab.raw_terminal
        tab.show_find_servers()
        panel = tab.find_panel
        assert panel is not None
        panel.stop()
        assert language("ru")
        qtbot.waitUntil(lambda: raw.send_button.text() == "Отправить", timeout=WAIT)
        assert russian(raw.clear_button.text())
        assert russian(raw.send_mode.itemText(0))
        header = raw.model.headerData(0, Qt.Orientation.Horizontal)
        assert header == tr("TerminalModel", "Time") and russian(header)
        qtbot.waitUntil(lambda: russian(panel.find_button.text()), timeout=WAIT)
        assert russian(panel.table.horizontalHeaderItem(0).text())
        assert russian(panel.status.text())
        assert russian(tab._find_dialog.windowTitle())
        assert language(SOURCE_LANGUAGE)
        qtbot.waitUntil(lambda: raw.send_button.text() == "Send", timeout=WAIT)
        qtbot.waitUntil(lambda: panel.find_button.text() == "Find servers", timeout=WAIT)
    finally:
        tab.shutdown()
        if shiboken6.isValid(tab):
            shiboken6.delete(tab)


def test_the_unread_count_stays_on_the_retitled_chat_tab(qtbot, language) -> None:
    window = open_window(qtbot)
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.tab_widget("chat") is not None, timeout=WAIT)
    chat = window.tab_widget("chat")
    assert isinstance(chat, ChatTab)
    chat.notifier.unread = 2
    chat.notifier._update_tab_title()
    assert window.tabs.tabText(0) == "Chat (2)"
    assert language("ru")
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Чат (2)", timeout=WAIT)
    assert language(SOURCE_LANGUAGE)
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Chat (2)", timeout=WAIT)
    window.close()


def test_the_host_panel_keeps_its_copy_buttons_and_the_selected_ban(qtbot, language) -> None:
    from types import SimpleNamespace

    from PySide6.QtWidgets import QApplication

    from app.ui.chat.panels import HostPanel

    panel = HostPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_running(True)
    panel.show_addresses("0.0.0.0", 5555, ("192.168.1.2", "192.168.1.3"))
    bans = [
        SimpleNamespace(address="10.0.0.5", nick="mallory", until=None),
        SimpleNamespace(address="10.0.0.6", nick="", until=None),
    ]
    panel.set_bans(bans)
    panel.bans_list.setCurrentRow(1)
    item = panel.bans_list.item(1)
    copies = list(panel._copy_buttons)
    english_copy = copies[0].text()
    english_ban = item.text()

    assert language("ru")
    QApplication.processEvents()
    assert panel._copy_buttons == copies
    assert all(shiboken6.isValid(copy) for copy in copies)
    assert copies[0].text() != english_copy and russian(copies[0].text())
    assert panel.bans_list.item(1) is item and item.isSelected()
    assert panel.bans_list.currentRow() == 1 and panel.unban_button.isEnabled()
    assert russian(item.text()) and item.text() != english_ban
    assert russian(panel.status.text())


def test_the_terminal_model_retranslates_without_decoding_again(qtbot, language) -> None:
    from PySide6.QtWidgets import QApplication

    from app.core.chat.raw_terminal import TerminalRow
    from app.ui.chat.raw import TerminalModel

    model = TerminalModel()
    rows = [TerminalRow(1.0, b"line %d" % n, False) for n in range(19_998)]
    rows += [TerminalRow(2.0, "é".encode()[:1], False), TerminalRow(3.0, b"", False)]
    model.add(rows)
    english_held, english_end = model.shown(19_998), model.shown(19_999)

    def no_decoding(row: TerminalRow) -> None:
        raise AssertionError("a row was decoded again")

    model._show = no_decoding  # type: ignore[method-assign]
    with qtbot.waitSignal(model.dataChanged):
        assert language("ru")
        QApplication.processEvents()
        model.retranslate()
    assert model.shown(5) == "line 5"
    assert russian(model.shown(19_998)) and model.shown(19_998) != english_held
    assert russian(model.shown(19_999)) and model.shown(19_999) != english_end
