"""Help > Getting started and Help > Lessons: the pages, the labs, and their ticks."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.events import TraceEvent
from app.core.udp.events import DatagramBatch, ReceiverCounters
from app.ui.help.getting_started import PAGES, GettingStartedDialog
from app.ui.help.lessons import LESSONS, LessonTracker
from app.ui.help.lessons_dialog import LessonsDialog
from app.ui.main_window import MainWindow
from app.ui.tabs import TABS
from tests.helpers.fixtures import free_port

WAIT = 5000


def open_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_help_menu_offers_getting_started_and_lessons(qtbot) -> None:
    window = open_window(qtbot)
    help_menu = window.about_action.associatedObjects()[0]
    texts = [action.text() for action in help_menu.actions()]
    assert texts[:2] == ["&Getting started", "&Lessons"]
    assert window.about_action in help_menu.actions()


def test_getting_started_opens_on_the_current_tab(qtbot) -> None:
    window = open_window(qtbot)
    window.tabs.setCurrentIndex(2)  # Subnet
    dialog = window.help_actions.show_getting_started()
    assert isinstance(dialog, GettingStartedDialog)
    assert not dialog.isModal() and dialog.isVisible()
    assert dialog.current_key() == "subnet"
    assert "192.168.1.12/26" in dialog.browser.toPlainText()
    window.tabs.setCurrentIndex(4)  # Packets: choosing it again follows the tab
    assert window.help_actions.show_getting_started() is dialog
    assert dialog.current_key() == "packets"
    dialog.close()


def test_getting_started_has_a_page_for_each_tab(qtbot) -> None:
    dialog = GettingStartedDialog()
    qtbot.addWidget(dialog)
    assert set(PAGES) == {spec.key for spec in TABS}
    assert dialog.tab_list.count() == len(TABS) == 5
    expected = {
        "chat": "nc 127.0.0.1 5555",
        "udp": "127.0.0.1:5555",
        "subnet": "192.168.1.12/26",
        "diagnostics": "127.0.0.1",
        "packets": "SYN",
    }
    for row, spec in enumerate(TABS):
        dialog.show_page(row)
        text = dialog.browser.toPlainText()
        assert "What it is for" in text and "A first thing to try" in text
        assert expected[spec.key] in text
        assert dialog.tab_list.item(row).text() == spec.title


def test_the_lessons_dialog_lists_seven_lessons(qtbot) -> None:
    tracker = LessonTracker()
    dialog = LessonsDialog(tracker)
    qtbot.addWidget(dialog)
    assert len(LESSONS) == 7
    assert dialog.lesson_list.count() == 7
    for row, lesson in enumerate(LESSONS):
        assert 3 <= len(lesson.steps) <= 4
        dialog.lesson_list.setCurrentRow(row)
        assert dialog.step_list.count() == len(lesson.steps)
    assert not dialog.isModal()


def test_a_synthetic_address_in_use_ticks_lesson_2(qtbot) -> None:
    tracker = LessonTracker()
    dialog = LessonsDialog(tracker)
    qtbot.addWidget(dialog)
    assert not dialog.step_checked(1, 1)
    with qtbot.waitSignal(tracker.step_done):
        tracker.observe([TraceEvent("bind(('127.0.0.1', 5555))", "EADDRINUSE", "in use")], "")
    assert tracker.is_done(1, 1)
    assert dialog.step_checked(1, 1)
    assert "(1/4)" in dialog.lesson_list.item(1).text()
    # The fourth step (bind succeeds with SO_REUSEADDR) waits for the manual third.
    tracker.observe([TraceEvent("bind(('0.0.0.0', 5555))", "ok", role="server")], "server")
    assert not tracker.is_done(1, 3)
    dialog.lesson_list.setCurrentRow(1)
    dialog.step_list.item(2).setCheckState(Qt.CheckState.Checked)  # the user ticks Done
    assert tracker.is_done(1, 2)
    tracker.observe([TraceEvent("bind(('0.0.0.0', 5555))", "ok", role="server")], "server")
    assert dialog.step_checked(1, 3)


def test_udp_datagrams_tick_the_encoding_and_udp_lessons() -> None:
    tracker = LessonTracker()
    address = ("127.0.0.1", 40000)
    tracker.observe([DatagramBatch(0.0, [("你好".encode(), address)])], "")
    assert tracker.is_done(2, 1) and not tracker.is_done(2, 2)
    assert tracker.is_done(3, 1)
    tracker.observe([DatagramBatch(0.0, [("你好".encode("gbk"), address)])], "")
    assert tracker.is_done(2, 2)
    tracker.observe([ReceiverCounters(10, 100, 0.0, 0.0, sequenced=10, lost=2)], "")
    assert tracker.is_done(3, 2) and tracker.is_done(3, 3)


def test_hosting_a_chat_ticks_lesson_1s_listen_and_accept(qtbot) -> None:
    window = open_window(qtbot)
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.tab_widget("chat") is not None, timeout=WAIT)
    tab = window.tab_widget("chat")
    dialog = window.help_actions.show_lessons()
    tracker = dialog.tracker
    tab.identity.nick_edit.setText("alice")
    tab.host_panel.bind_combo.set_address("127.0.0.1")
    tab.host_panel.port_edit.setText(str(free_port()))
    try:
        assert tab.start_hosting()
        qtbot.waitUntil(lambda: tracker.is_done(0, 2) and tracker.is_done(0, 3), timeout=WAIT)
        assert dialog.step_checked(0, 2) and dialog.step_checked(0, 3)
        # SocketLab's host joining its own server is not "a server in a terminal".
        assert not tracker.is_done(0, 0)
    finally:
        tab.shutdown()
    dialog.close()
    window.close()


def test_a_subnet_calculation_ticks_lesson_5(qtbot) -> None:
    window = open_window(qtbot)
    window.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: window.tab_widget("subnet") is not None, timeout=WAIT)
    subnet = window.tab_widget("subnet")
    subnet.address_edit.setText("192.168.1.12/26")
    subnet.recalculate()
    dialog = window.help_actions.show_lessons()
    qtbot.waitUntil(lambda: dialog.tracker.is_done(4, 0), timeout=WAIT)
    assert not dialog.tracker.is_done(4, 1)
    dialog.close()


def test_each_engine_batch_is_looked_at_once(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    from app.ui.diagnostics import DiagnosticsTab
    from app.ui.help.lessons import track_tab
    from app.ui.udp.udp_tab import UdpTab
    from app.workers.engine_run import EngineRun

    window = QWidget()
    qtbot.addWidget(window)
    looked: list[int] = []
    waiting = LessonTracker._waiting

    def counted(self: LessonTracker) -> list:
        looked.append(1)
        return waiting(self)

    monkeypatch.setattr(LessonTracker, "_waiting", counted)
    for key, tab_class in (("diagnostics", DiagnosticsTab), ("udp", UdpTab)):
        tab = tab_class()
        qtbot.addWidget(tab)
        try:
            track_tab(window, key, tab)
            runs = tab.findChildren(EngineRun)
            assert runs
            for run in runs:
                looked.clear()
                run.events.emit([TraceEvent("recv(4096)", "ok", "nothing")])
                assert len(looked) == 1, key
        finally:
            tab.shutdown()
