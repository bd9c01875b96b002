"""The Packets tab follows the lab: its presets take the Chat and UDP tabs' ports, and an
Events pane's connect() line opens the packets of that connection."""

from __future__ import annotations

from app.core.events import TraceEvent
from app.ui.events_pane import EventsPane, packets_port
from app.ui.main_window import MainWindow
from tests.helpers.fixtures import free_port


def open_window(qtbot) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def show_tab(qtbot, window: MainWindow, key: str):
    """Show the tab `key` and return its widget once it is built."""
    from app.ui.tabs import TABS

    window.tabs.setCurrentIndex([spec.key for spec in TABS].index(key))
    qtbot.waitUntil(lambda: window.tab_widget(key) is not None)
    return window.tab_widget(key)


def test_the_chat_preset_follows_the_room_the_chat_tab_hosts(qtbot) -> None:
    window = open_window(qtbot)
    chat = show_tab(qtbot, window, "chat")
    port = free_port()
    chat.host_panel.bind_combo.set_address("127.0.0.1")
    chat.host_panel.port_edit.setText(str(port))
    chat.host_panel.announce_check.setChecked(False)
    assert chat.start_hosting()
    qtbot.waitUntil(lambda: chat.connection_state() == "connected", timeout=5000)
    assert chat.current_port() == port
    packets = show_tab(qtbot, window, "packets")
    packets.set_preset("chat")
    assert packets.filter_edit.text() == f"tcp port {port}"
    chat.shutdown()
    window.close()


def test_the_udp_preset_follows_the_udp_tab(qtbot) -> None:
    window = open_window(qtbot)
    udp = show_tab(qtbot, window, "udp")
    udp.sender_panel.target_edit.setText("127.0.0.1:40123")
    packets = show_tab(qtbot, window, "packets")
    packets.set_preset("udp")
    assert packets.filter_edit.text() == "udp port 40123"
    window.close()


def test_show_the_packets_from_a_connect_line(qtbot) -> None:
    window = open_window(qtbot)
    chat = show_tab(qtbot, window, "chat")
    pane = chat.findChild(EventsPane)
    pane.append_from(
        [TraceEvent("connect(('127.0.0.1', 40555))", "in progress", stamp=1.0)], "client"
    )
    pane.flush()
    pane.view.setCurrentIndex(pane.filter.index(0, 2))
    assert pane.show_packets_action.isEnabled()
    pane.show_packets_action.trigger()
    qtbot.waitUntil(lambda: window.tab_widget("packets") is not None)
    packets = window.tab_widget("packets")
    assert window.tabs.currentWidget().isAncestorOf(packets)
    assert packets.filter_edit.text() == "port 40555"
    window.close()


def test_which_lines_have_packets_to_show() -> None:
    assert packets_port(TraceEvent("connect(('127.0.0.1', 5555))", "ok")) == 5555
    assert packets_port(TraceEvent("accept()", "127.0.0.1:40000")) == 40000
    assert packets_port(TraceEvent("close() 127.0.0.1:40000", "connection lost")) == 40000
    assert packets_port(TraceEvent("close() [::1]:40001", "server stopped")) == 40001
    assert packets_port(TraceEvent("close() listening socket", "ok")) is None
    assert packets_port(TraceEvent("send()", "5 bytes")) is None
    assert packets_port(TraceEvent("connect(('127.0.0.1', 9))", "ECONNREFUSED", "refused")) is None


def test_the_packets_of_a_hosted_chat_show_its_handshake(qtbot) -> None:
    """The Chat tab hosts on 127.0.0.1 and its own client joins; the Packets tab, on the
    "This chat connection" preset, draws that connection's three handshake arrows."""
    from tests.helpers.capture import can_capture

    reason = can_capture()
    if reason:
        import pytest

        pytest.skip(reason)
    window = open_window(qtbot)
    chat = show_tab(qtbot, window, "chat")
    port = free_port()
    chat.host_panel.bind_combo.set_address("127.0.0.1")
    chat.host_panel.port_edit.setText(str(port))
    chat.host_panel.announce_check.setChecked(False)
    packets = show_tab(qtbot, window, "packets")
    packets.set_chat_port(port)  # the port typed in the Chat tab, before hosting
    packets.interface_combo.setCurrentText("lo")
    packets.set_preset("chat")
    assert packets.start()
    qtbot.waitUntil(packets.is_capturing, timeout=10_000)
    assert chat.start_hosting()
    qtbot.waitUntil(lambda: chat.connection_state() == "connected", timeout=5000)
    qtbot.waitUntil(lambda: packets.model.rowCount() >= 3, timeout=10_000)
    packets.select_row(0)
    arrows = packets.diagram.arrows()
    assert [step for _label, _right, step in arrows[:3]] == ["1", "2", "3"]
    assert [label.split(" seq")[0] for label, _right, _step in arrows[:3]] == [
        "SYN",
        "SYN, ACK",
        "ACK",
    ]
    assert [right for _label, right, _step in arrows[:3]] == [True, False, True]
    packets.stop()
    chat.shutdown()
    window.close()
