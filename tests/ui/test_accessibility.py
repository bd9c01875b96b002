"""Keyboard and screen-reader checks of the whole window, tab by tab.

For every tab (and every page or state of a tab that shows other controls) the test
presses Tab from the window's tab bar until the focus comes back to it, and checks that
- every visible, enabled control of the tab was reached, once, and the walk ended
  (Tab never got stuck in a table or a text box), and Shift+Tab walks the same way back;
- every control reached has a name a screen reader can say: its accessible name, its
  text (buttons, check boxes) or a label whose buddy it is;
- no label hides the text it shows behind an accessible name.
Then one test per tab checks the order of its main controls, and the action keys
(Esc to stop, Enter and Ctrl+Enter to send, F5 to refresh) are pressed for real.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QTabBar,
    QTabWidget,
    QToolButton,
    QWidget,
)

from app.ui.focus import takes_tab_focus
from app.ui.main_window import MainWindow
from app.ui.subnet_tab import ResultValue
from app.ui.tabs import TABS
from tests.helpers.fixtures import free_port

#: More Tab presses than any tab has stops: a walk this long went round in circles.
MAX_STOPS = 200


# ---------------------------------------------------------------------------- helpers
@pytest.fixture
def window(qtbot) -> Iterator[MainWindow]:
    """The main window, shown at its usual size and active (Tab needs the focus)."""
    main = MainWindow()
    qtbot.addWidget(main)
    main.resize(1100, 720)
    main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    yield main
    main.close()


def open_tab(qtbot, window: MainWindow, key: str) -> QWidget:
    """Show a tab through the window (lazy tabs are built on first show) and return it."""
    index = [spec.key for spec in TABS].index(key)
    window.tabs.setCurrentIndex(index)
    qtbot.waitUntil(lambda: window.tab_widget(key) is not None)
    tab = window.tab_widget(key)
    qtbot.waitUntil(tab.isVisible)
    return tab


def tab_walk(qtbot, window: MainWindow, backwards: bool = False) -> list[QWidget]:
    """The widgets Tab (or Shift+Tab) stops on, from the tab bar until it comes back."""
    start = window.tabs.tabBar()
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    reached: list[QWidget] = []
    for _ in range(MAX_STOPS):
        qtbot.keyClick(QApplication.focusWidget(), key, modifier)
        widget = QApplication.focusWidget()
        if widget is start:
            return reached
        assert not reached or widget is not reached[-1], f"Tab is stuck in {describe(widget)}"
        assert widget not in reached, (
            f"Tab went round without coming back to the tab bar, at {describe(widget)}"
        )
        reached.append(widget)
    pytest.fail(f"Tab never came back to the tab bar; stuck at {describe(reached[-1])}")


def tab_stops(root: QWidget) -> list[QWidget]:
    """The visible, enabled widgets under `root` that Tab should stop on."""
    return [
        widget
        for widget in root.findChildren(QWidget)
        if widget.isVisible() and widget.isEnabled() and takes_tab_focus(widget)
    ]


def spoken_name(widget: QWidget) -> str:
    """What a screen reader calls the widget: its name, its text, or its buddy label's."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text().replace("&", "")
    if isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QTabWidget):
        return widget.parentWidget().accessibleName()  # each tab reads its own title
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().strip():
            return label.text().replace("&", "")
    return ""


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    name = spoken_name(widget) or widget.objectName()
    return f"{type(widget).__name__} {name!r}"


def check_keyboard_reach(qtbot, window: MainWindow, tab: QWidget, scene: str) -> list[QWidget]:
    """Walk the tab both ways; every control reached, named, in the same order back."""
    forward = tab_walk(qtbot, window)
    in_tab = [widget for widget in forward if tab.isAncestorOf(widget)]
    assert len(in_tab) == len(forward), (
        f"{scene}: Tab left the tab: {[describe(w) for w in forward if w not in in_tab]}"
    )
    missed = [describe(widget) for widget in tab_stops(tab) if widget not in forward]
    assert not missed, f"{scene}: Tab never reaches {missed}"
    nameless = [describe(widget) for widget in forward if not spoken_name(widget)]
    assert not nameless, f"{scene}: no accessible name or buddy label for {nameless}"
    traps = [
        describe(widget)
        for widget in forward
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation()
    ]
    assert not traps, f"{scene}: Tab moves cell by cell in {traps} instead of leaving"
    hiding = [
        describe(label)
        for label in tab.findChildren(QLabel)
        if label.isVisible()
        and label.text()
        and label.accessibleName()
        and label.accessibleName() != label.text()
    ]
    assert not hiding, f"{scene}: an accessible name hides the text of {hiding}"
    backward = tab_walk(qtbot, window, backwards=True)
    assert backward == forward[::-1], f"{scene}: Shift+Tab does not retrace Tab"
    return forward


def order_of(reached: list[QWidget], *widgets: QWidget) -> list[int]:
    """The positions of `widgets` in a walk (each must be there)."""
    for widget in widgets:
        assert widget in reached, f"{describe(widget)} is not reached by Tab"
    return [reached.index(widget) for widget in widgets]


def assert_in_order(reached: list[QWidget], *widgets: QWidget) -> None:
    positions = order_of(reached, *widgets)
    assert positions == sorted(positions), "Tab order: " + ", ".join(
        describe(reached[p]) for p in sorted(positions)
    )


# ---------------------------------------------------------------------------- scenes
def chat_scenes(_qtbot, tab) -> list[tuple[str, Callable[[], object]]]:
    """States of the Chat tab that show other controls (no network needed for these)."""

    def hosting_panel() -> None:
        tab.host_panel.set_running(True)
        tab.host_panel.show_addresses("0.0.0.0", 5555, ("127.0.0.2", "127.0.0.3"))

    def search_results() -> None:
        tab.open_search()
        tab.conversation_stack.setCurrentWidget(tab.search_results)

    def raw_terminal() -> None:
        tab.close_search()
        tab.pages.setCurrentWidget(tab.raw_terminal)

    return [
        ("chat", lambda: None),
        ("chat, hosting panel", hosting_panel),
        ("chat, search results", search_results),
        ("chat, raw terminal", raw_terminal),
    ]


def udp_scenes(_qtbot, tab) -> list[tuple[str, Callable[[], object]]]:
    def multicast_and_saved() -> None:
        tab.sender_panel.target_edit.setText("239.255.42.98:5555")
        tab.sender_panel.count_spin.setValue(0)
        tab.saved_packets.add_packet(tab.sender_panel.current_packet("hello"))
        tab.saved_packets.list.setCurrentRow(0)

    return [("udp", lambda: None), ("udp, multicast and a saved packet", multicast_and_saved)]


def subnet_scenes(_qtbot, tab) -> list[tuple[str, Callable[[], object]]]:
    scenes: list[tuple[str, Callable[[], object]]] = [
        ("subnet, IPv6 calculator", lambda: tab.address_edit.setText("2001:db8::1/64")),
    ]

    def page(index: int) -> Callable[[], object]:
        def show() -> None:
            tab.address_edit.setText("10.0.0.1")  # bare: the prefix box is enabled
            tab.split_mode.setCurrentIndex(2)  # hosts per subnet: the /31 box shows
            tab.vlsm_edit.setPlainText("Sales 50")
            tab.summary_edit.setPlainText("10.0.0.0/24\n10.0.1.0/24")
            tab.pages.setCurrentIndex(index)

        return show

    for index in range(tab.pages.count()):
        scenes.append((f"subnet, {tab.pages.tabText(index)} page", page(index)))
    return scenes


def diagnostics_scenes(qtbot, tab) -> list[tuple[str, Callable[[], object]]]:
    def panel(index: int) -> Callable[[], object]:
        def show() -> None:
            tab.show_panel(index)
            shown = tab.panels[index][1]
            if shown is tab.sockets:
                tab.sockets.pause_check.setChecked(True)  # a still table to walk
            refresh = getattr(shown, "refresh_button", None)
            if refresh is not None:  # reading: Refresh comes back when it is done
                qtbot.waitUntil(refresh.isEnabled, timeout=10_000)
            events = getattr(shown, "events_pane", None)
            if events is not None:
                events.set_expanded(True)

        return show

    return [(f"diagnostics, {title}", panel(index)) for index, (title, _) in enumerate(tab.panels)]


def packets_scenes(_qtbot, tab) -> list[tuple[str, Callable[[], object]]]:
    from tests.helpers.packets import conversation

    def selected() -> None:
        tab.append_packets(conversation())
        tab.select_row(3)

    return [("packets", lambda: None), ("packets, a packet selected", selected)]


SCENES = {
    "chat": chat_scenes,
    "udp": udp_scenes,
    "subnet": subnet_scenes,
    "diagnostics": diagnostics_scenes,
    "packets": packets_scenes,
}


# ---------------------------------------------------------------------------- every tab
@pytest.mark.parametrize("key", [spec.key for spec in TABS])
def test_tab_reaches_and_names_every_control(qtbot, window: MainWindow, key: str) -> None:
    tab = open_tab(qtbot, window, key)
    for scene, arrange in SCENES[key](qtbot, tab):
        arrange()
        check_keyboard_reach(qtbot, window, tab, scene)


def test_the_window_itself_is_named(qtbot, window: MainWindow) -> None:
    assert window.tabs.accessibleName() == "Tools"
    assert spoken_name(window.tabs.tabBar()) == "Tools"
    assert window.statusBar().accessibleName() == ""  # its message is what is read out
    assert [action.shortcut().toString() for action in window.tab_actions] == [
        f"Ctrl+{number}" for number in range(1, len(TABS) + 1)
    ]


# ---------------------------------------------------------------------------- per tab
def test_chat_tab_order(qtbot, window: MainWindow) -> None:
    tab = open_tab(qtbot, window, "chat")
    reached = tab_walk(qtbot, window)
    host = tab.host_panel
    assert_in_order(
        reached,
        tab.identity.nick_edit,
        tab.join_panel.address_combo,
        tab.join_panel.connect_button,
        tab.join_panel.find_button,
        host.bind_combo,
        host.port_edit,
        host.start_button,
        host.announce_check,
        tab.search_button,
        tab.export_button,
        tab.conversation,
        tab.input,
        tab.people.list,
        tab.events_pane.view,
    )
    # Hosting for real on loopback: Send is enabled, the address gets a Copy button,
    # and the users table comes after it, before the conversation.
    host.bind_combo.set_address("127.0.0.1")
    host.port_edit.setText(str(free_port()))
    host.announce_check.setChecked(False)
    assert tab.start_hosting()
    qtbot.waitUntil(lambda: tab.connection_state() == "connected", timeout=5000)
    qtbot.waitUntil(lambda: host.users_table.rowCount() == 1, timeout=5000)
    copy = host.addresses_box.findChildren(QAbstractButton)
    assert len(copy) == 1 and copy[0].accessibleName().startswith("Copy 127.0.0.1:")
    reached = check_keyboard_reach(qtbot, window, tab, "chat, hosting on loopback")
    assert_in_order(
        reached,
        host.start_button,
        copy[0],
        host.users_table,
        tab.search_button,
        tab.conversation,
        tab.input,
        tab.send_button,
        tab.people.list,
    )
    tab.stop_hosting()
    qtbot.waitUntil(lambda: not tab.is_hosting(), timeout=5000)


def test_chat_raw_terminal_and_search_sit_where_they_are_seen(qtbot, window: MainWindow) -> None:
    tab = open_tab(qtbot, window, "chat")
    tab.open_search()
    tab.conversation_stack.setCurrentWidget(tab.search_results)
    assert_in_order(
        tab_walk(qtbot, window),
        tab.export_button,
        tab.search_edit,
        tab.search_close,
        tab.search_results,
        tab.input,
        tab.events_pane.view,
    )
    tab.close_search()
    raw = tab.raw_terminal
    tab.pages.setCurrentWidget(raw)
    assert_in_order(
        tab_walk(qtbot, window),
        tab.export_button,
        raw.display_combo,
        raw.table,
        raw.detail,
        raw.send_edit,
        raw.send_mode,
        raw.send_button,
        tab.events_pane.view,
    )


def test_udp_tab_order(qtbot, window: MainWindow) -> None:
    tab = open_tab(qtbot, window, "udp")
    sender, saved, receiver = tab.sender_panel, tab.saved_packets, tab.receiver_panel
    assert_in_order(
        tab_walk(qtbot, window),
        sender.target_edit,
        sender.bind_spin,
        sender.format_combo,
        sender.encoding_combo,
        sender.payload_edit,
        sender.count_spin,
        sender.sequence_check,
        sender.send_button,
        saved.name_edit,
        saved.save_button,
        saved.list,
        receiver.host_edit,
        receiver.port_spin,
        receiver.start_button,
        receiver.group_edit,
        receiver.encoding_combo,
        receiver.table,
        receiver.dump_view,
        receiver.reply_edit,
        tab.events_pane.view,
    )


def test_subnet_tab_order(qtbot, window: MainWindow) -> None:
    tab = open_tab(qtbot, window, "subnet")
    tab.address_edit.setText("192.168.1.12")  # bare: the prefix box is enabled
    values = [tab.findChild(ResultValue, f"result_{key}") for key, _, _ in tab.info.fields()]
    assert_in_order(
        tab_walk(qtbot, window),
        tab.address_edit,
        tab.prefix_combo,
        tab.machine_button,
        tab.pages.tabBar(),
        *values,
        tab.copy_button,
        tab.other_edit,
    )
    tab.pages.setCurrentIndex(1)
    assert_in_order(
        tab_walk(qtbot, window),
        tab.pages.tabBar(),
        tab.split_mode,
        tab.split_value,
        tab.split_list.goto_edit,
        tab.split_list.export_button,
        tab.split_list.view,
    )


def test_diagnostics_tab_order(qtbot, window: MainWindow) -> None:
    tab = open_tab(qtbot, window, "diagnostics")
    tab.show_panel(tab.panel_index(tab.ping))
    ping = tab.ping
    assert_in_order(
        tab_walk(qtbot, window),
        tab.tools,
        ping.host_edit,
        ping.count_spin,
        ping.forever_check,
        ping.interval_spin,
        ping.timeout_spin,
        ping.start_button,
        ping.copy_button,
        ping.table,
        ping.events_pane.findChild(QToolButton),
    )
    tab.show_panel(tab.panel_index(tab.ports))
    ports = tab.ports
    assert_in_order(
        tab_walk(qtbot, window),
        tab.tools,
        ports.host_edit,
        ports.ports_edit,
        ports.presets_button,
        ports.timeout_spin,
        ports.concurrency_spin,
        ports.start_button,
        ports.show_closed_check,
        ports.copy_button,
        ports.table,
    )


# ---------------------------------------------------------------------------- the keys
def test_focus_ring_frames_a_focused_table(qtbot, window: MainWindow) -> None:
    tab = open_tab(qtbot, window, "udp")
    qtbot.waitUntil(lambda: window.focus_ring is not None)
    ring = window.focus_ring
    tab.receiver_panel.table.setFocus()
    qtbot.waitUntil(ring.isVisible)
    assert ring.target() is tab.receiver_panel.table
    top_left = tab.receiver_panel.table.mapTo(window, tab.receiver_panel.table.rect().topLeft())
    assert ring.geometry().topLeft() == top_left
    assert ring.size() == tab.receiver_panel.table.size()
    tab.sender_panel.target_edit.setFocus()  # a line edit marks its own focus
    qtbot.waitUntil(lambda: not ring.isVisible())


def test_f5_refreshes_the_interfaces_and_the_neighbours(qtbot, window: MainWindow) -> None:
    tab = open_tab(qtbot, window, "diagnostics")
    for panel in (tab.interfaces, tab.neighbours):
        tab.show_panel(tab.panel_index(panel))
        qtbot.waitUntil(panel.refresh_button.isEnabled, timeout=5000)
        panel.table.setFocus()
        with qtbot.waitSignal(panel.refresh_button.clicked, timeout=2000):
            qtbot.keyClick(panel.table, Qt.Key.Key_F5)
        qtbot.waitUntil(panel.refresh_button.isEnabled, timeout=5000)  # the read finished


def test_escape_stops_a_port_check(qtbot, window: MainWindow) -> None:
    from tests.helpers.diagnostics import stalled_ports

    tab = open_tab(qtbot, window, "diagnostics")
    tab.show_panel(tab.panel_index(tab.ports))
    panel = tab.ports
    with stalled_ports(1) as stalled:
        panel.host_edit.setText("127.0.0.1")
        panel.ports_edit.setText(str(stalled[0]))
        panel.timeout_spin.setValue(30)
        panel.start()
        qtbot.waitUntil(panel.stop_button.isEnabled)
        panel.ports_edit.setFocus()  # the key works while the focus is in the panel
        qtbot.keyClick(panel.ports_edit, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: panel.finished_event is not None, timeout=5000)
    assert panel.finished_event.stopped


@pytest.fixture
def udp_socket() -> Iterator[socket.socket]:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(5)
        yield sock


def test_udp_ctrl_enter_sends_escape_stops_enter_resends(
    qtbot, window: MainWindow, udp_socket: socket.socket
) -> None:
    tab = open_tab(qtbot, window, "udp")
    sender = tab.sender_panel
    sender.target_edit.setText(f"127.0.0.1:{udp_socket.getsockname()[1]}")
    sender.payload_edit.setPlainText("by keyboard")
    sender.payload_edit.setFocus()
    qtbot.keyClick(sender.payload_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert udp_socket.recv(100) == b"by keyboard"
    assert sender.payload_edit.toPlainText() == "by keyboard"  # no new line typed

    sender.count_spin.setValue(0)  # until stopped
    sender.interval_spin.setValue(1000)
    sender.send_current()
    qtbot.waitUntil(sender.is_sending)
    sender.count_spin.setFocus()
    qtbot.keyClick(sender.count_spin, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not sender.is_sending(), timeout=5000)

    sender.count_spin.setValue(1)
    saved = tab.saved_packets
    sender.payload_edit.setPlainText("saved one")
    saved.set_packets([sender.current_packet("again")], save=False)
    saved.list.setCurrentRow(0)
    sender.payload_edit.setPlainText("changed")
    saved.list.setFocus()
    qtbot.keyClick(saved.list, Qt.Key.Key_Return)
    while (data := udp_socket.recv(100)) == b"by keyboard":  # sent before Esc stopped it
        pass
    assert data == b"saved one"


def test_escape_cancels_a_subnet_export(qtbot, window: MainWindow, tmp_path) -> None:
    tab = open_tab(qtbot, window, "subnet")
    tab.address_edit.setText("10.0.0.0/8")
    tab.pages.setCurrentIndex(2)  # Hosts: 16,777,214 rows
    panel = tab.hosts_list
    path = tmp_path / "hosts.csv"
    with qtbot.waitSignal(panel.export_failed, timeout=5000) as failed:
        assert panel.export_to(str(path)) is not None
        panel.view.setFocus()
        qtbot.keyClick(panel.view, Qt.Key.Key_Escape)
    assert "cancelled" in failed.args[0]
    assert not path.exists()


def test_enter_on_a_name_in_people_starts_a_private_message(qtbot, window: MainWindow) -> None:
    from app.core.chat.server import UserInfo

    tab = open_tab(qtbot, window, "chat")
    tab.people.set_users([UserInfo("alice", "127.0.0.1:40000", 0.0, True)])
    tab.people.list.setCurrentRow(0)
    tab.people.list.setFocus()
    with qtbot.waitSignal(tab.people.message_requested) as wanted:
        qtbot.keyClick(tab.people.list, Qt.Key.Key_Return)
    assert wanted.args == ["alice"]
