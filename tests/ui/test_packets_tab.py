"""The Packets tab: the bounded list, the sequence diagram, the layer tree over the
bytes, the filter's error, the window's fifth tab, and (where this machine may capture
on lo) a real TCP connection captured and drawn."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel

from app.core.packets.model import TRANSPORT, Frame, Layer, Packet
from app.ui.packets import PacketsTab
from app.ui.packets.packet_model import PacketTableModel
from app.ui.packets.sequence_diagram import SequenceDiagram, arrow_label, tcp_flags
from tests.helpers.capture import can_capture
from tests.helpers.packets import CLIENT, SERVER, conversation, tcp_packet


@pytest.fixture
def tab(qtbot) -> Iterator[PacketsTab]:
    widget = PacketsTab()
    qtbot.addWidget(widget)
    widget.resize(1024, 600)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()  # stops a capture a failed test left running


# ---------------------------------------------------------------------------- the list
def test_the_list_keeps_the_newest_packets_up_to_its_bound(qtbot) -> None:
    model = PacketTableModel(capacity=6)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    packets = conversation()
    model.append_packets(packets[:3])
    model.append_packets(packets[3:])
    assert model.rowCount() == 6
    assert [model.packet(row).number for row in range(6)] == [3, 4, 5, 6, 7, 8]
    assert inserted == [(0, 2), (1, 5)]  # one insertion per batch, the oldest dropped
    assert model.index(1, model.NUMBER).data() == "4"
    assert model.index(1, model.SOURCE).data() == "127.0.0.1:40000"
    assert model.index(1, model.DESTINATION).data() == "127.0.0.1:5555"
    assert model.index(1, model.PROTOCOL).data() == "TCP"
    model.append_packets(conversation() * 2)  # a batch bigger than the bound
    assert model.rowCount() == 6
    assert model.packet(5).number == 8


def test_flags_are_read_in_any_spelling() -> None:
    assert tcp_flags("SYN, ACK") == tcp_flags("SA") == tcp_flags("S.") == ["SYN", "ACK"]
    assert tcp_flags("ACK|PSH") == ["PSH", "ACK"]
    assert arrow_label(conversation()[3]) == "PSH, ACK seq=1 ack=1 len=5"


# ---------------------------------------------------------------------------- the diagram
def test_the_diagram_draws_the_handshake_data_and_teardown(qtbot) -> None:
    diagram = SequenceDiagram()
    qtbot.addWidget(diagram)
    packets = conversation()
    diagram.set_conversation(packets, packets[3])
    assert diagram.arrows() == [
        ("SYN seq=0", True, "1"),
        ("SYN, ACK seq=0 ack=1", False, "2"),
        ("ACK seq=1 ack=1", True, "3"),
        ("PSH, ACK seq=1 ack=1 len=5", True, ""),
        ("ACK seq=1 ack=6", False, ""),
        ("FIN, ACK seq=1 ack=6", False, ""),
        ("FIN, ACK seq=6 ack=2", True, ""),
        ("ACK seq=2 ack=7", False, ""),
    ]
    assert diagram.lifelines() == ("127.0.0.1:40000", "127.0.0.1:5555")
    assert diagram.time_wait_side() == "right"  # the server sent the first FIN
    assert "TIME_WAIT" in diagram.note_text()
    diagram.resize(420, diagram.sizeHint().height())
    diagram.grab().save("/tmp/pk/diagram.png")


def test_no_time_wait_note_before_the_last_ack_or_after_a_reset(qtbot) -> None:
    diagram = SequenceDiagram()
    qtbot.addWidget(diagram)
    packets = conversation()
    diagram.set_conversation(packets[:-1])
    assert diagram.time_wait_side() is None
    reset = [*packets[:4], tcp_packet(5, False, "RST, ACK", 1, 6)]
    diagram.set_conversation(reset)
    assert diagram.time_wait_side() is None
    assert diagram.arrows()[-1] == ("RST, ACK seq=1 ack=6", False, "")


# ---------------------------------------------------------------------------- the tab
def test_selecting_a_field_highlights_its_bytes(qtbot, tab: PacketsTab) -> None:
    tab.append_packets(conversation())
    tab.select_row(3)
    assert tab.selected_packet().number == 4
    assert tab.diagram.arrows()[0] == ("SYN seq=0", True, "1")
    titles = [tab.layer_tree.topLevelItem(i).text(0) for i in range(4)]
    assert titles == [
        "Link layer: Ethernet",
        "Network layer: IPv4",
        "Transport layer: TCP",
        "Payload (5 bytes)",
    ]
    item = tab.layer_tree.find_field("Source port")
    assert item.text(0) == "Source port: 40000"
    assert item.toolTip(0) == "the sender's port"
    tab.layer_tree.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert tab.bytes_view.highlighted_range() == (34, 2)
    assert tab.bytes_view.extraSelections()  # drawn, not only remembered
    tab.layer_tree.setCurrentItem(tab.layer_tree.topLevelItem(3))
    assert tab.bytes_view.highlighted_range() == (54, 5)
    explanation = tab.explanation.toPlainText()
    assert "5 bytes" in explanation and "ACK" in explanation
    tab.select_row(0)
    assert "Handshake step 1 of 3" in tab.explanation.toPlainText()
    tab.grab().save("/tmp/pk/tab-1024.png")
    tab.resize(1280, 800)
    tab.grab().save("/tmp/pk/tab-1280.png")


def test_a_preset_fills_the_filter_and_ports_come_from_the_window(tab: PacketsTab) -> None:
    tab.set_chat_port(6001)
    tab.set_preset("chat")
    assert tab.filter_edit.text() == "tcp port 6001"
    tab.set_udp_port(7001)
    tab.set_preset("udp")
    assert tab.filter_edit.text() == "udp port 7001"
    tab.set_preset("ping")
    assert tab.filter_edit.text() == "icmp"
    tab.set_preset("all")
    assert tab.filter_edit.text() == ""


def test_a_bad_filter_shows_its_error_under_the_field_and_keeps_the_text(
    qtbot, tab: PacketsTab
) -> None:
    pytest.importorskip("app.core.packets.filter", reason="the filter parser is not written yet")
    tab.filter_edit.setText("port banana")
    assert not tab.start()
    assert not tab.is_running()
    assert tab.filter_error.isVisible() and tab.filter_error.text()
    assert tab.filter_edit.text() == "port banana"


def test_settings_remember_the_interface_preset_and_splitters(qtbot) -> None:
    first = PacketsTab()
    qtbot.addWidget(first)
    first.set_preset("dns")
    first.rows.setSizes([111, 333])
    first.shutdown()
    second = PacketsTab()
    qtbot.addWidget(second)
    assert second.preset() == "dns"
    assert second.filter_edit.text() == "port 53"
    assert second.interface_combo.currentText() == first.interface_combo.currentText()
    assert second.rows.saveState() == first.rows.saveState()


def test_packets_is_the_fifth_tab_on_ctrl_5(qtbot) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs.tabText(4) == "Packets"
    assert window.tab_actions[4].shortcut().toString() == "Ctrl+5"
    window.tab_actions[4].trigger()
    assert window.tabs.currentIndex() == 4
    assert isinstance(window.tab_widget("packets"), PacketsTab)
    window.close()


# ---------------------------------------------------------------------------- files
def test_open_and_save_go_through_files(qtbot, tab: PacketsTab, tmp_path) -> None:
    pytest.importorskip("app.core.packets.pcapfile", reason="pcapfile is not written yet")
    pytest.importorskip("app.core.packets.decode", reason="the decoder is not written yet")
    tab.append_packets(conversation())
    path = tmp_path / "out.pcapng"
    call = tab.save_file(path)
    assert call is not None
    qtbot.waitUntil(lambda: tab._file_call is None, timeout=10_000)
    assert path.stat().st_size > 0, tab.file_error.text()
    call = tab.open_file(path)
    qtbot.waitUntil(lambda: tab._file_call is None, timeout=10_000)
    assert not tab.file_error.has_error(), tab.file_error.text()
    assert tab.model.rowCount() == 8
    broken = tmp_path / "broken.pcap"
    broken.write_bytes(b"not a capture at all")
    tab.open_file(broken)
    qtbot.waitUntil(lambda: tab._file_call is None, timeout=10_000)
    assert tab.file_error.isVisible() and tab.file_error.text()


# ---------------------------------------------------------------------------- capture
def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_real_connection_on_lo_draws_the_handshake(qtbot, tab: PacketsTab) -> None:
    pytest.importorskip("app.core.packets.capture", reason="the capture engine is not written")
    pytest.importorskip("app.core.packets.decode", reason="the decoder is not written yet")
    reason = can_capture()
    if reason:
        pytest.skip(reason)
    port = free_port()
    tab.interface_combo.setCurrentText("lo")
    tab.filter_edit.setText(f"port {port}")
    assert tab.start(), tab.filter_error.text()
    qtbot.waitUntil(tab.is_capturing, timeout=10_000)  # the socket is bound

    server = socket.create_server(("127.0.0.1", port))
    server.settimeout(10)
    received: list[bytes] = []

    def serve() -> None:
        connection, _ = server.accept()
        with connection:
            received.append(connection.recv(100))

    thread = threading.Thread(target=serve, name="test server")
    thread.start()
    try:
        # The engine may still be opening its socket: connect until a SYN shows up.
        with socket.create_connection(("127.0.0.1", port), timeout=10) as client:
            client.sendall(b"hello")
        thread.join(10)
    finally:
        server.close()
    assert received == [b"hello"]

    def handshake_listed() -> None:
        assert tab.model.rowCount() >= 3, tab.capture_error.text()

    qtbot.waitUntil(handshake_listed, timeout=10_000)
    tab.select_row(0)
    arrows = tab.diagram.arrows()
    assert [step for _label, _direction, step in arrows[:3]] == ["1", "2", "3"]
    assert arrows[0][0].startswith("SYN seq=0") and arrows[0][1] is True
    assert arrows[1][0].startswith("SYN, ACK") and arrows[1][1] is False
    tab.stop()
    assert not tab.is_running()


def test_a_machine_that_cannot_capture_says_how_to_allow_it(
    qtbot, tab: PacketsTab, monkeypatch
) -> None:
    pytest.importorskip("app.core.packets.capture", reason="the capture engine is not written")
    monkeypatch.setenv("SOCKETLAB_CAPTURE_METHODS", "none")  # the no-permission path
    tab.interface_combo.setCurrentText("lo")
    tab.filter_edit.setText("")
    assert tab.start()
    qtbot.waitUntil(lambda: not tab.is_running(), timeout=10_000)
    qtbot.waitUntil(tab.capture_error.isVisible, timeout=5000)
    assert "Cannot capture packets on lo" in tab.capture_error.text()
    assert tab.capture_error.wordWrap()
    assert tab.open_button.isEnabled()  # files still open
    assert tab.start_button.text() == "Start"
    assert tab.status_label.text() == ""  # not "Starting…": the error says why
    tab.grab().save("/tmp/pk/cannot-capture.png")


def test_udp_exchanges_draw_request_and_reply_without_a_handshake(qtbot) -> None:
    def datagram(number: int, from_client: bool, summary: str) -> Packet:
        (src, sport), (dst, dport) = (CLIENT, SERVER) if from_client else (SERVER, CLIENT)
        data = bytes(47)
        return Packet(
            number=number,
            frame=Frame(time=1_700_000_000.0, data=data, wire_length=len(data)),
            layers=(Layer("UDP", TRANSPORT, 34, 8),),
            proto="UDP",
            src=src,
            dst=dst,
            sport=sport,
            dport=dport,
            length=5,
            summary=summary,
            conversation=("UDP", CLIENT, SERVER),
        )

    diagram = SequenceDiagram()
    qtbot.addWidget(diagram)
    diagram.set_conversation([datagram(1, True, "UDP 5 bytes"), datagram(2, False, "UDP reply")])
    assert diagram.arrows() == [("UDP 5 bytes", True, ""), ("UDP reply", False, "")]
    assert diagram.time_wait_side() is None


def test_the_list_follows_the_newest_unless_scrolled_up(qtbot, tab: PacketsTab) -> None:
    batch = conversation()
    for _ in range(10):
        tab.append_packets(batch)
    bar = tab.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    bar.setValue(0)  # the user reads older packets
    tab.append_packets(batch)
    assert bar.value() == 0


def test_the_diagram_grows_while_its_conversation_goes_on(tab: PacketsTab) -> None:
    packets = conversation()
    tab.append_packets(packets[:3])
    tab.select_row(0)
    assert len(tab.diagram.arrows()) == 3
    tab.append_packets(packets[3:])
    assert len(tab.diagram.arrows()) == 8
    assert tab.selected_packet() is packets[0]
