"""Languages in the window: translators load, menus and tabs change, fallbacks are safe."""

from __future__ import annotations

import html
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QGroupBox

from app.core.discovery import NOTHING_ANSWERED_FALLBACK, NOTHING_ANSWERED_HINTS
from app.translations import LANGUAGES, SYSTEM
from app.ui import i18n, preferences
from app.ui.main_window import MainWindow
from devtools.i18n_check import (
    looks_untranslated,
    menu_texts,
    shown_texts,
    untranslated_in_window,
)


def open_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_russian_menus_tabs_and_status(qtbot, language) -> None:
    assert language("ru")
    assert i18n.current_language() == "ru"
    window = open_window(qtbot)
    assert [a.text() for a in window.menuBar().actions()] == ["&Файл", "&Вид", "&Справка"]
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Чат", "UDP", "Подсети", "Диагностика", "Пакеты"]
    assert window.about_action.text() == "&О программе SocketLab"  # noqa: RUF001
    assert window.statusBar().currentMessage() == "Готово"


def test_simplified_chinese_menus_and_gbk_first(qtbot, language) -> None:
    assert language("zh_CN")
    window = open_window(qtbot)
    assert [a.text() for a in window.menuBar().actions()] == ["文件(&F)", "视图(&V)", "帮助(&H)"]
    assert window.tabs.tabText(0) == "聊天"
    assert i18n.current_encodings()[0] == "gbk"


def test_qts_own_texts_follow(qtbot, language) -> None:
    assert language("ru")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    assert box.buttons()[0].text() == "Закрыть"


@pytest.mark.parametrize("code", ["ru", "zh_CN"])
def test_the_main_windows_own_texts_are_all_translated(qtbot, language, code) -> None:
    assert language(code)
    window = open_window(qtbot)
    left = [
        shown
        for shown in untranslated_in_window(window, code)
        if shown.where.startswith(("menu", "window"))
    ]
    assert left == []
    assert any(shown.text == "Русский" for shown in menu_texts(window))  # names stay native


def test_english_needs_no_translator(language) -> None:
    assert language("ru")
    assert language("en")
    assert i18n.current_language() == "en"
    assert i18n.current_encodings()[0] == "utf-8"


def test_without_its_qm_file_the_window_stays_english(
    qtbot, language, monkeypatch, caplog, tmp_path: Path
) -> None:
    monkeypatch.setattr(i18n, "qm_path", lambda code: tmp_path / f"socketlab_{code}.qm")
    assert not language("ru")
    assert "could not load the ru translation" in caplog.text
    window = open_window(qtbot)
    assert window.tabs.tabText(0) == "Chat"


def test_view_language_is_saved_applied_at_once_and_at_the_next_start(qtbot, language) -> None:
    window = open_window(qtbot)
    assert window.language_actions[SYSTEM].isChecked()
    assert list(window.language_actions) == [SYSTEM, *LANGUAGES]
    assert window.language_actions["zh_CN"].text() == "简体中文"
    window.language_actions["ru"].trigger()
    assert preferences.language_choice() == "ru"
    assert window.language_actions["ru"].isChecked()
    assert i18n.current_language() == "ru"
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Чат")  # at once, no restart
    window.close()
    again = open_window(qtbot)
    assert again.language_actions["ru"].isChecked()
    assert preferences.resolve_language(preferences.language_choice()) == "ru"


def test_system_choice_resolves_through_the_locale() -> None:
    assert preferences.resolve_language(SYSTEM) in LANGUAGES
    assert preferences.resolve_language("zh_CN") == "zh_CN"
    with pytest.raises(ValueError):
        preferences.save_language_choice("xx")


@pytest.mark.parametrize(
    ("text", "language", "english"),
    [
        ("&File", "ru", True),
        ("&Файл", "ru", False),
        ("文件(&F)", "zh_CN", False),
        ("Export CSV…", "zh_CN", True),
        ("TCP", "ru", False),
        ("IPv4 / IPv6", "zh_CN", False),
        ("192.168.1.0/24", "ru", False),
        ("Ctrl+Q", "ru", False),
        ("<b>Ready</b>", "ru", True),
        ("Ready", "en", False),
    ],
)
def test_the_untranslated_heuristic(text: str, language: str, english: bool) -> None:
    assert looks_untranslated(text, language) is english


@pytest.mark.parametrize("code", ["ru", "zh_CN"])
def test_the_subnet_tab_is_all_translated(qtbot, language, code) -> None:
    assert language(code)
    window = open_window(qtbot)
    left = [shown for shown in untranslated_in_window(window, code) if "subnet tab" in shown.where]
    assert left == []


@pytest.mark.parametrize("code", ["ru", "zh_CN"])
def test_the_diagnostics_tab_is_all_translated(qtbot, language, code) -> None:
    assert language(code)
    window = open_window(qtbot)
    left = [
        shown for shown in untranslated_in_window(window, code) if "diagnostics tab" in shown.where
    ]
    assert left == []


@pytest.mark.parametrize("code", ["ru", "zh_CN"])
def test_the_chat_tab_is_all_translated(qtbot, language, code) -> None:
    assert language(code)
    window = open_window(qtbot)
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.tab_widget("chat") is not None)
    chat = window.tab_widget("chat")
    chat.raw_terminal  # noqa: B018 - built on demand: build it so its texts are checked
    left = [shown for shown in untranslated_in_window(window, code) if "chat tab" in shown.where]
    assert left == []
    assert chat.host_panel.title() != "Host a chat"
    assert chat.state_label.text() != "Not connected. Host a chat, or join one."


@pytest.mark.parametrize("code", ["ru", "zh_CN"])
def test_find_servers_is_all_translated(qtbot, language, code) -> None:
    from app.ui.chat.find_servers import FindServersPanel, nothing_answered_html

    assert language(code)
    panel = FindServersPanel()  # never asked to find: no datagram leaves
    qtbot.addWidget(panel)
    left = [s for s in shown_texts(panel, "find servers") if looks_untranslated(s.text, code)]
    assert left == []
    shown = nothing_answered_html()
    assert "No server answered" not in shown
    for hint in (*NOTHING_ANSWERED_HINTS, NOTHING_ANSWERED_FALLBACK):
        assert html.escape(hint.split(":")[0]) not in shown


@pytest.mark.parametrize("code", ["ru", "zh_CN"])
def test_the_udp_tab_is_all_translated(qtbot, language, code) -> None:
    assert language(code)
    window = open_window(qtbot)
    window.tabs.setCurrentIndex(1)
    udp = window.tab_widget("udp")
    left = [shown for shown in untranslated_in_window(window, code) if "udp tab" in shown.where]
    assert left == []
    assert udp.findChild(QGroupBox).title() not in ("Receive", "Send")


def test_ordered_encodings_put_the_languages_encodings_first(qapp, language) -> None:
    choices = {"UTF-8": "utf-8", "GBK": "gbk", "Latin-1": "latin-1", "UTF-16": "utf-16"}
    assert i18n.ordered_encodings(choices) == ["UTF-8", "Latin-1", "GBK", "UTF-16"]
    assert language("zh_CN")
    assert i18n.ordered_encodings(choices) == ["GBK", "UTF-8", "Latin-1", "UTF-16"]


def test_chinese_encoding_lists_start_with_gbk(qtbot, language) -> None:
    from app.ui.chat.raw import RawTerminal
    from app.ui.udp.receiver_panel import ReceiverPanel
    from app.ui.udp.sender_panel import SenderPanel

    assert language("zh_CN")
    terminal, receiver, sender = RawTerminal(), ReceiverPanel(), SenderPanel()
    for widget in (terminal, receiver, sender):
        qtbot.addWidget(widget)
    assert terminal.display_combo.itemText(0) == "GBK"
    assert terminal.model.display == "GBK"  # the rows follow what the list shows
    assert terminal.encoding() == "GBK"
    assert receiver.encoding_combo.itemText(0) == "GBK"
    assert receiver.model._encoding == "GBK"  # the previews decode as the list shows
    assert sender.encoding_combo.itemText(0) == "GBK"
    assert sender.encoding() == "GBK"


def test_english_encoding_lists_start_with_utf8(qtbot) -> None:
    from app.ui.chat.raw import RawTerminal
    from app.ui.udp.sender_panel import SenderPanel

    terminal, sender = RawTerminal(), SenderPanel()
    qtbot.addWidget(terminal)
    qtbot.addWidget(sender)
    assert terminal.display_combo.itemText(0) == "UTF-8"
    assert terminal.model.display == "UTF-8"
    assert sender.encoding() == "UTF-8"


def combo_items(combo) -> list[str]:
    return [combo.itemText(index) for index in range(combo.count())]


def test_russian_encoding_lists_offer_the_cyrillic_code_pages_first(qtbot, language) -> None:
    from app.core.chat.raw_terminal import TerminalRow
    from app.ui.chat.raw import RawTerminal
    from app.ui.udp.receiver_panel import ReceiverPanel
    from app.ui.udp.sender_panel import SenderPanel

    assert language("ru")
    assert i18n.current_encodings()[:3] == ("utf-8", "cp1251", "koi8-r")
    terminal, receiver, sender = RawTerminal(), ReceiverPanel(), SenderPanel()
    for widget in (terminal, receiver, sender):
        qtbot.addWidget(widget)
    russian_first = ["UTF-8", "CP1251", "KOI8-R", "CP866"]
    assert combo_items(terminal.display_combo)[:4] == russian_first
    assert combo_items(receiver.encoding_combo)[:4] == russian_first
    assert combo_items(sender.encoding_combo)[:4] == russian_first
    assert terminal.model.display == terminal.encoding() == "UTF-8"  # in step with the list
    assert receiver.model._encoding == sender.encoding() == "UTF-8"

    terminal.model.add([TerminalRow(0.0, "Привет".encode("cp1251"), sent=False)])
    terminal.set_display("CP1251")
    assert terminal.model.shown(0) == "Привет"
    terminal.send_edit.setText("Привет")
    assert terminal.bytes_to_send().startswith("Привет".encode("cp1251"))
    sender.encoding_combo.setCurrentText("KOI8-R")
    sender.payload_edit.setPlainText("Привет")
    assert sender.payload_bytes() == "Привет".encode("koi8-r")


def test_chinese_encoding_lists_offer_gb18030_and_big5_after_gbk(qtbot, language) -> None:
    from app.ui.udp.sender_panel import SenderPanel

    assert language("zh_CN")
    sender = SenderPanel()
    qtbot.addWidget(sender)
    assert combo_items(sender.encoding_combo)[:4] == ["GBK", "UTF-8", "GB18030", "Big5"]


def test_english_encoding_lists_keep_their_order_with_the_new_code_pages_last(qtbot) -> None:
    from app.ui.chat.raw import RawTerminal

    terminal = RawTerminal()
    qtbot.addWidget(terminal)
    items = combo_items(terminal.display_combo)
    assert items[:5] == ["UTF-8", "Latin-1", "ASCII", "GBK", "GB18030"]
    assert items[-4:] == ["CP1251", "KOI8-R", "CP866", "Hex"]
