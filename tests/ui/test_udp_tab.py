"""The UDP tab in the window: real datagrams on 127.0.0.1 and ::1 through the whole pipeline."""

from __future__ import annotations

import csv
import json
import re
import socket
import time
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QElapsedTimer, QObject, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem

from app.core.udp.saved_packets import SavedPacket
from app.core.udp.sequence import pack_header
from app.ui.main_window import MainWindow
from app.ui.theme import header_background
from app.ui.udp import receiver_panel as receiver_panel_module
from app.ui.udp import sender_panel as sender_panel_module
from app.ui.udp.datagram_model import DatagramTableModel
from app.ui.udp.rate_graph import RateGraph, format_rate
from app.ui.udp.udp_tab import UdpTab
from app.workers import live_workers
from tests.helpers.fixtures import free_port
from tests.helpers.languages import TRANSLATED_LANGUAGES

GROUP = "239.255.42.98"
IN_EACH_LANGUAGE = pytest.mark.parametrize(("code", "letters"), TRANSLATED_LANGUAGES)


@pytest.fixture
def tab(qtbot) -> Iterator[UdpTab]:
    widget = UdpTab()
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    yield widget
    widget.shutdown()


@pytest.fixture
def build_tab(qtbot) -> Iterator[Callable[[], UdpTab]]:
    """Builds the tab when called, so a test can choose the window's language first."""
    built: list[UdpTab] = []

    def build() -> UdpTab:
        widget = UdpTab()
        qtbot.addWidget(widget)
        widget.resize(1100, 720)
        widget.show()
        built.append(widget)
        return widget

    yield build
    for widget in built:
        widget.shutdown()


@pytest.fixture
def plain_socket() -> Iterator[socket.socket]:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        sock.settimeout(5)
        yield sock


def start_receiver(qtbot, tab: UdpTab, host: str = "127.0.0.1", **fields: str) -> int:
    receiver = tab.receiver_panel
    receiver.host_edit.setText(host)
    receiver.port_spin.setValue(0)
    receiver.group_edit.setText(fields.get("group", ""))
    receiver.interface_edit.setText(fields.get("interface", ""))
    assert receiver.start()
    qtbot.waitUntil(
        lambda: (
            receiver.status_label.text().startswith(("Listening on", "Stopped"))
            or not receiver.is_running()
        ),
        timeout=5000,
    )
    engine = receiver.engine
    assert engine is not None
    return engine.bound_port


def send_form(tab: UdpTab, target: str, payload: str, fmt: str = "text", **options) -> bool:
    sender = tab.sender_panel
    sender.target_edit.setText(target)
    sender.set_payload_format(fmt)
    sender.encoding_combo.setCurrentText(options.get("encoding", "UTF-8"))
    sender.payload_edit.setPlainText(payload)
    sender.count_spin.setValue(options.get("count", 1))
    sender.interval_spin.setValue(options.get("interval", 0))
    sender.sequence_check.setChecked(options.get("sequence", False))
    sender.broadcast_check.setChecked(options.get("broadcast", False))
    sender.interface_edit.setText(options.get("interface", ""))
    sender.ttl_spin.setValue(options.get("ttl", 1))
    return sender.send_current()


def table_payloads(tab: UdpTab) -> list[bytes]:
    model = tab.receiver_panel.model
    return [model.datagram(row)[2] for row in range(model.rowCount())]


@pytest.mark.parametrize("host", ["127.0.0.1", "::1"])
def test_text_hex_and_escapes_arrive_in_the_table(qtbot, tab: UdpTab, host: str) -> None:
    port = start_receiver(qtbot, tab, host)
    target = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    assert send_form(tab, target, "hello")
    qtbot.waitUntil(lambda: table_payloads(tab) == [b"hello"], timeout=5000)
    assert send_form(tab, target, "de ad BE ef", "hex")
    assert send_form(tab, target, "a\\tb\\r\\n\\x00", "escapes")
    assert send_form(tab, target, "你好", encoding="GBK")
    expected = [b"hello", b"\xde\xad\xbe\xef", b"a\tb\r\n\x00", "你好".encode("gbk")]
    qtbot.waitUntil(lambda: table_payloads(tab) == expected, timeout=5000)
    model = tab.receiver_panel.model
    tab.receiver_panel.encoding_combo.setCurrentText("GBK")
    assert model.index(3, model.PREVIEW).data() == "你好"
    assert model.index(2, model.PREVIEW).data() == "a\\tb\\r\\n\\0"
    assert model.index(0, model.SOURCE).data().startswith(f"[{host}]:" if ":" in host else host)
    qtbot.waitUntil(lambda: tab.receiver_panel.counters.text("Datagrams") == "4")
    assert tab.receiver_panel.counters.text("Bytes") == f"{sum(map(len, expected)):,}"
    assert tab.receiver_panel.counters.text("Lost") == "—"  # no sequence header


def test_size_label_and_payload_errors_in_the_form(qtbot, tab: UdpTab) -> None:
    sender = tab.sender_panel
    sender.set_payload_format("hex")
    sender.payload_edit.setPlainText("48 69")
    assert sender.size_label.text() == "2 bytes"
    sender.sequence_check.setChecked(True)
    assert sender.size_label.text() == "2 bytes + 12 header"
    sender.payload_edit.setPlainText("48 6")
    assert sender.payload_error.text().startswith("Hex needs two digits per byte")
    assert not sender.send_current()
    sender.set_payload_format("escapes")
    sender.payload_edit.setPlainText("oops\\q")
    assert "Unknown escape \\q at position 5" in sender.payload_error.text()
    sender.target_edit.setText("127.0.0.1")
    sender.payload_edit.setPlainText("fine")
    assert not sender.send_current()
    assert sender.target_error.text() == "127.0.0.1 has no port: write 127.0.0.1:PORT."


def test_largest_datagram_arrives_whole_and_one_more_byte_is_refused(qtbot, tab: UdpTab) -> None:
    port = start_receiver(qtbot, tab)
    sender = tab.sender_panel
    assert not send_form(tab, f"127.0.0.1:{port}", "x" * 65_508)
    assert sender.payload_error.text().startswith(
        "The datagram is 65,508 bytes: UDP over IPv4 carries at most 65,507 bytes"
    )
    assert "over the 65,507-byte limit" in sender.size_label.text()
    assert send_form(tab, f"127.0.0.1:{port}", "y" * 65_507)
    qtbot.waitUntil(lambda: table_payloads(tab) == [b"y" * 65_507], timeout=5000)
    tab.receiver_panel.select_row(0)
    assert tab.receiver_panel.detail_label.text().endswith("65,507 bytes")
    assert "showing the first 16,384 of 65,507 bytes" in tab.receiver_panel.dump_view.toPlainText()


def test_repeat_until_stopped_at_full_speed_and_stop(qtbot, tab: UdpTab) -> None:
    port = start_receiver(qtbot, tab)
    sender = tab.sender_panel
    assert send_form(tab, f"127.0.0.1:{port}", "flood", count=0, interval=0, sequence=True)
    assert sender.is_sending()
    qtbot.waitUntil(lambda: tab.receiver_panel.model.total > 2000, timeout=10_000)
    assert sender.status_label.text().startswith("Sent ")
    asked = time.monotonic()
    sender.stop_button.click()
    qtbot.waitUntil(lambda: not sender.is_sending(), timeout=2000)
    assert time.monotonic() - asked < 1.0
    assert sender.status_label.text().startswith("Stopped after ")
    receiver = tab.receiver_panel

    def settled() -> bool:  # the traffic stopped and the last counters arrived
        last = receiver.last_counters
        return last is not None and last.datagrams > 0 and last.datagrams_per_second == 0

    qtbot.waitUntil(settled, timeout=5000)
    assert receiver.counters.text("Rate").startswith("0/s")
    assert receiver.counters.text("Out of order") == "0"
    assert receiver.counters.text("Datagrams") == f"{receiver.model.total:,}"


def test_paced_repeat_shows_progress_and_finishes(qtbot, tab: UdpTab) -> None:
    port = start_receiver(qtbot, tab)
    sender = tab.sender_panel
    assert send_form(tab, f"127.0.0.1:{port}", "tick", count=5, interval=10, sequence=True)
    assert sender.progress.maximum() == 5
    qtbot.waitUntil(lambda: not sender.is_sending(), timeout=5000)
    assert sender.progress.value() == 5
    assert sender.status_label.text().startswith("Sent 5 datagrams (80 bytes)")
    qtbot.waitUntil(lambda: tab.receiver_panel.counters.text("Datagrams") == "5", timeout=5000)
    assert tab.receiver_panel.counters.text("Lost") == "0"
    model = tab.receiver_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=5000)  # the table lags <= 100 ms
    assert model.index(4, model.PREVIEW).data() == "[seq 4] tick"


class GapMeter(QObject):
    """Ticks every 10 ms on the GUI thread and keeps the longest gap between ticks."""

    def __init__(self) -> None:
        super().__init__()
        self.clock = QElapsedTimer()
        self.clock.start()
        self.last = 0
        self.longest_ms = 0.0
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    @Slot()
    def tick(self) -> None:
        now = self.clock.elapsed()
        self.longest_ms = max(self.longest_ms, now - self.last)
        self.last = now


def test_flood_counters_are_exact_and_the_window_stays_responsive(qtbot) -> None:
    tab = UdpTab()
    tab.receiver_panel.model.capacity = 5000
    qtbot.addWidget(tab)
    tab.show()
    port = start_receiver(qtbot, tab)
    meter = GapMeter()
    rounds, per_round = 10, 3000  # each round fits in the receive buffer: nothing is lost
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as blaster:
        blaster.connect(("127.0.0.1", port))
        for round_number in range(rounds):
            for number in range(per_round):
                blaster.send(pack_header(3, round_number * per_round + number) + b"f" * 52)
            meter.last = meter.clock.elapsed()  # the test's own sending is not a GUI stall
            total = (round_number + 1) * per_round
            qtbot.waitUntil(
                lambda total=total: tab.receiver_panel.model.total == total, timeout=10_000
            )
    qtbot.waitUntil(
        lambda: tab.receiver_panel.counters.text("Datagrams") == f"{rounds * per_round:,}",
        timeout=5000,
    )
    counters = tab.receiver_panel.counters
    assert counters.text("Bytes") == f"{rounds * per_round * 64:,}"
    assert counters.text("Lost") == "0" and counters.text("Out of order") == "0"
    model = tab.receiver_panel.model
    assert model.rowCount() == 5000  # the table keeps the last N ...
    assert model.number(0) == rounds * per_round - 5000 + 1  # ... numbered among all
    assert int.from_bytes(model.datagram(4999)[2][8:12], "big") == rounds * per_round - 1
    assert meter.longest_ms < 1000, f"the GUI stalled for {meter.longest_ms} ms"
    meter.timer.stop()
    tab.shutdown()


def test_echo_mode_answers_a_plain_socket(qtbot, tab: UdpTab, plain_socket) -> None:
    tab.receiver_panel.echo_check.setChecked(True)
    port = start_receiver(qtbot, tab)
    plain_socket.sendto(b"echo?", ("127.0.0.1", port))
    assert plain_socket.recvfrom(100) == (b"echo?", ("127.0.0.1", port))
    tab.receiver_panel.echo_check.setChecked(False)  # switched off while running
    qtbot.waitUntil(lambda: "echo mode off" in tab.events_pane.text(), timeout=5000)
    plain_socket.sendto(b"quiet", ("127.0.0.1", port))
    qtbot.waitUntil(lambda: table_payloads(tab) == [b"echo?", b"quiet"], timeout=5000)
    plain_socket.settimeout(0.2)
    with pytest.raises(TimeoutError):
        plain_socket.recvfrom(100)


def test_reply_to_the_selected_sender(qtbot, tab: UdpTab, plain_socket) -> None:
    port = start_receiver(qtbot, tab)
    receiver = tab.receiver_panel
    assert not receiver.reply_button.isEnabled()
    plain_socket.sendto(b"question", ("127.0.0.1", port))
    qtbot.waitUntil(lambda: table_payloads(tab) == [b"question"], timeout=5000)
    receiver.select_row(0)
    assert receiver.reply_button.isEnabled()
    assert receiver.dump_view.toPlainText().startswith("00000000  71 75 65 73 74 69 6f 6e")
    receiver.reply_edit.setText("answer\\n")
    receiver.reply_button.click()
    assert plain_socket.recvfrom(100) == (b"answer\n", ("127.0.0.1", port))
    receiver.reply_edit.setText("bad \\x4")
    assert not receiver.reply_to_selected()
    assert "needs two hex digits" in receiver.reply_error.text()


def test_send_after_the_sender_engine_stopped_starts_a_new_one(
    qtbot, tab: UdpTab, linger_engines, plain_socket
) -> None:
    """Issue 13: Send into an engine that ended raised EngineStopped out of the slot."""
    linger_engines(sender_panel_module, "UdpSenderEngine")
    sender = tab.sender_panel
    target = f"127.0.0.1:{plain_socket.getsockname()[1]}"
    assert send_form(tab, target, "first")
    assert plain_socket.recvfrom(100)[0] == b"first"
    old = sender._engine
    assert old is not None
    old.stop()
    qtbot.waitUntil(lambda: old.stop_requested and not old.is_running)
    assert sender._run.is_running()  # its thread is still finishing
    sender.payload_edit.setPlainText("second")
    sender.send_button.click()
    assert plain_socket.recvfrom(100)[0] == b"second"
    assert sender._engine is not old
    qtbot.waitUntil(lambda: sender.status_label.text().startswith("Sent 1 datagram"))


def test_echo_and_reply_after_the_receiver_engine_stopped_are_explained(
    qtbot, tab: UdpTab, linger_engines, plain_socket
) -> None:
    linger_engines(receiver_panel_module, "UdpReceiverEngine")
    port = start_receiver(qtbot, tab)
    receiver = tab.receiver_panel
    plain_socket.sendto(b"question", ("127.0.0.1", port))
    qtbot.waitUntil(lambda: table_payloads(tab) == [b"question"], timeout=5000)
    receiver.select_row(0)
    engine = receiver.engine
    assert engine is not None
    engine.stop()
    qtbot.waitUntil(lambda: not engine.is_running)
    assert receiver.is_running()  # its thread is still finishing
    receiver.echo_check.setChecked(True)  # a slot calling into the ended engine
    assert receiver.general_error.text() == (
        "The receiver has stopped. Press Start to receive again."
    )
    receiver.reply_edit.setText("answer")
    assert not receiver.reply_to_selected()
    assert receiver.reply_error.text().startswith("The receiver has stopped.")
    assert not receiver.start_button.isChecked()


def test_copy_hex_and_text(qtbot, tab: UdpTab, plain_socket) -> None:
    port = start_receiver(qtbot, tab)
    plain_socket.sendto("héllo".encode(), ("127.0.0.1", port))
    qtbot.waitUntil(lambda: tab.receiver_panel.model.rowCount() == 1, timeout=5000)
    tab.receiver_panel.select_row(0)
    tab.receiver_panel.copy_hex_button.click()
    assert QGuiApplication.clipboard().text() == "68 c3 a9 6c 6c 6f"
    tab.receiver_panel.copy_text_button.click()
    assert QGuiApplication.clipboard().text() == "héllo"


def test_hex_dump_marks_the_sequence_header_and_decodes_the_payload(
    qtbot, tab: UdpTab, plain_socket
) -> None:
    receiver = tab.receiver_panel
    port = start_receiver(qtbot, tab)
    plain_socket.sendto(pack_header(0xABCDEF01, 3) + "héllo\n".encode(), ("127.0.0.1", port))
    plain_socket.sendto(b"plain", ("127.0.0.1", port))
    qtbot.waitUntil(lambda: receiver.model.rowCount() == 2, timeout=5000)
    receiver.select_row(0)
    # The row number counts from 1, the sender's sequence from 0: both said.
    assert receiver.detail_label.text().startswith("#1 from 127.0.0.1:")
    assert receiver.detail_label.text().endswith("sequence 3 (the sender counts from 0)")
    assert (
        "from 0" in receiver.detail_label.toolTip() and "from 1" in receiver.detail_label.toolTip()
    )
    lines = receiver.dump_view.toPlainText().split("\n")
    assert lines[0] == (
        "Bytes 0-11 (marked): sequence header, magic SLSQ, stream abcdef01, number 3. "
        "The payload follows."
    )
    assert lines[1].startswith("00000000  53 4c 53 51 ab cd ef 01  00 00 00 03 68 c3 a9 6c")
    assert lines[-1] == "UTF-8: héllo\\n"  # the payload only, in the chosen encoding
    text = receiver.dump_view.toPlainText()
    marked = receiver.dump_view.marked_ranges()
    assert [text[start:end] for start, end, _ in marked] == [
        "53 4c 53 51 ab cd ef 01  00 00 00 03",
        "SLSQ........",
    ]
    assert {colour.name() for _, _, colour in marked} == {header_background().name()}
    receiver.encoding_combo.setCurrentText("CP1251")
    assert receiver.dump_view.toPlainText().split("\n")[-1].startswith("CP1251: h")
    receiver.select_row(1)  # no header: nothing marked, no header line
    assert receiver.dump_view.marked_ranges() == []
    assert receiver.dump_view.toPlainText().startswith("00000000  70 6c 61 69 6e")
    assert receiver.detail_label.text().endswith("5 bytes")


def test_streams_are_listed_and_a_port_per_datagram_is_explained(
    qtbot, tab: UdpTab, plain_socket
) -> None:
    receiver = tab.receiver_panel
    port = start_receiver(qtbot, tab)
    for number in (0, 2, 1):
        plain_socket.sendto(pack_header(11, number) + b"p", ("127.0.0.1", port))
    qtbot.waitUntil(lambda: receiver.streams_view.model.rowCount() == 1, timeout=5000)
    model = receiver.streams_view.model
    qtbot.waitUntil(lambda: model.data(model.index(0, model.RECEIVED)) == "3", timeout=5000)
    row = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert row == [f"127.0.0.1:{plain_socket.getsockname()[1]}", "0000000b", "3", "0", "1", "0"]
    assert receiver.detail_tabs.tabText(1) == "Streams (1)"
    assert "source address and port" in receiver.counters.values["Lost"].toolTip()
    assert "source address and port" in receiver.streams_view.rule_label.text()
    assert receiver.streams_view.warning_label.isHidden()

    receiver.clear()
    assert receiver.detail_tabs.tabText(1) == "Streams" and model.rowCount() == 0
    qtbot.waitUntil(lambda: receiver.last_counters is not None, timeout=5000)
    for number in (4, 3, 2, 1, 0):  # like socat: a new source port for every datagram
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as once:
            once.sendto(pack_header(9, number) + b"p", ("127.0.0.1", port))
    qtbot.waitUntil(lambda: receiver.streams_view.stream_count() == 5, timeout=5000)
    assert receiver.counters.text("Out of order") == "0"  # per stream, nothing to see...
    assert not receiver.streams_view.warning_label.isHidden()  # ...so the view says why
    assert "new source port" in receiver.streams_view.warning_label.text()


def test_csv_export(qtbot, tab: UdpTab, plain_socket, tmp_path) -> None:
    port = start_receiver(qtbot, tab)
    for payload in (b"one", b"two,\n"):
        plain_socket.sendto(payload, ("127.0.0.1", port))
    qtbot.waitUntil(lambda: tab.receiver_panel.model.rowCount() == 2, timeout=5000)
    path = tmp_path / "out.csv"
    receiver = tab.receiver_panel
    with qtbot.waitSignal(receiver.export_finished, timeout=10_000) as done:
        assert receiver.export_csv(path) is not None  # written off the GUI thread
    assert done.args == [str(path), 2]
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    assert rows[0][:3] == ["number", "time", "source_host"]
    assert [(r[0], r[5], r[6]) for r in rows[1:]] == [
        ("1", "one", "6f6e65"),
        ("2", "two,\n", "74776f2c0a"),
    ]
    assert "Exported 2 datagrams to out.csv." in receiver.status_label.text()
    with qtbot.waitSignal(receiver.export_failed, timeout=10_000) as failed:
        receiver.export_csv(tmp_path / "missing" / "x.csv")
    assert failed.args[0].startswith(f"Could not write {tmp_path / 'missing'}")
    assert receiver.general_error.text() == failed.args[0]
    assert receiver.export_button.isEnabled() and not receiver.is_exporting()


def test_port_in_use_is_shown_next_to_the_bind_fields(qtbot, tab: UdpTab, plain_socket) -> None:
    receiver = tab.receiver_panel
    port = plain_socket.getsockname()[1]
    receiver.host_edit.setText("127.0.0.1")
    receiver.port_spin.setValue(port)
    receiver.start()
    qtbot.waitUntil(lambda: not receiver.is_running(), timeout=5000)
    qtbot.waitUntil(lambda: receiver.start_button.text() == "Start", timeout=5000)
    assert receiver.host_error.text().startswith(f"Port {port} is already in use")
    receiver.host_edit.setText("1.2.3")
    assert not receiver.start()
    assert (
        receiver.host_error.text() == "Too few octets in 1.2.3: an IPv4 address has four (a.b.c.d)."
    )
    receiver.host_edit.setText("127.0.0.1")
    receiver.group_edit.setText("10.0.0.1")
    assert not receiver.start()
    assert receiver.group_error.text().startswith("10.0.0.1 is not a multicast group")


def test_port_unreachable_shown_on_the_next_send(qtbot, tab: UdpTab) -> None:
    closed = free_port(kind=socket.SOCK_DGRAM)
    assert send_form(tab, f"127.0.0.1:{closed}", "anyone?")
    qtbot.waitUntil(lambda: not tab.sender_panel.is_sending(), timeout=5000)
    assert send_form(tab, f"127.0.0.1:{closed}", "anyone?")
    qtbot.waitUntil(lambda: tab.sender_panel.target_error.has_error(), timeout=5000)
    assert tab.sender_panel.target_error.text().startswith(
        f"Nobody is listening on 127.0.0.1:{closed}"
    )


def test_port_unreachable_in_words_with_broadcast_allowed(qtbot, tab: UdpTab) -> None:
    # "Allow broadcast" ticked, a unicast target: the closed port is still reported.
    closed = free_port(kind=socket.SOCK_DGRAM)
    sender = tab.sender_panel
    assert send_form(tab, f"127.0.0.1:{closed}", "anyone?", count=3, broadcast=True)
    qtbot.waitUntil(lambda: sender.target_error.has_error(), timeout=5000)
    assert sender.target_error.text().startswith(f"Nobody is listening on 127.0.0.1:{closed}")
    qtbot.waitUntil(lambda: not sender.is_sending(), timeout=5000)
    assert not sender.status_label.text().startswith("Sent 3 datagrams")


def test_broadcast_needs_the_checkbox(qtbot, tab: UdpTab) -> None:
    # Loopback's broadcast address only; nothing leaves this machine.
    port = start_receiver(qtbot, tab, "127.255.255.255")
    sender = tab.sender_panel
    assert send_form(tab, f"127.255.255.255:{port}", "all?")
    qtbot.waitUntil(lambda: sender.target_error.has_error(), timeout=5000)
    assert "broadcast option (SO_BROADCAST)" in sender.target_error.text()
    assert send_form(tab, f"127.255.255.255:{port}", "all!", broadcast=True)
    qtbot.waitUntil(lambda: table_payloads(tab) == [b"all!"], timeout=5000)
    sender.broadcast_check.setChecked(False)
    sender.target_edit.setText("255.255.255.255:9")  # typed only: nothing is sent
    assert "tick 'Allow broadcast'" in sender.target_error.text()


def test_multicast_on_loopback_in_the_window(qtbot, tab: UdpTab) -> None:
    port = start_receiver(qtbot, tab, "0.0.0.0", group=GROUP, interface="127.0.0.1")
    receiver = tab.receiver_panel
    if receiver.group_error.has_error() or receiver.host_error.has_error():
        pytest.skip(f"this OS refuses multicast on loopback: {receiver.group_error.text()}")
    assert f"joined {GROUP}" in receiver.status_label.text()
    sender = tab.sender_panel
    sender.target_edit.setText(f"{GROUP}:{port}")
    assert sender.ttl_spin.isEnabled()  # multicast options apply to a group target
    assert send_form(tab, f"{GROUP}:{port}", "group hello", interface="127.0.0.1", ttl=0)
    qtbot.waitUntil(lambda: not sender.is_sending(), timeout=5000)
    if sender.multicast_error.has_error() or sender.target_error.has_error():
        pytest.skip("this OS cannot send multicast on loopback")
    qtbot.waitUntil(lambda: table_payloads(tab) == [b"group hello"], timeout=5000)


def test_saved_packets_survive_a_restart_and_resend_on_double_click(qtbot, plain_socket) -> None:
    first = UdpTab()
    qtbot.addWidget(first)
    target = f"127.0.0.1:{plain_socket.getsockname()[1]}"
    first.sender_panel.target_edit.setText(target)
    first.sender_panel.set_payload_format("escapes")
    first.sender_panel.payload_edit.setPlainText("ping\\n")
    first.saved_packets.name_edit.setText("ping")
    first.saved_packets.save_button.click()
    first.saved_packets.save_button.click()  # an empty name is refused
    assert first.saved_packets.error.text() == "Type a name for the packet first."
    first.shutdown()
    first.close()

    second = UdpTab()
    qtbot.addWidget(second)
    assert second.saved_packets.packets() == [
        SavedPacket("ping", target, "ping\\n", "escapes", "UTF-8")
    ]
    assert second.sender_panel.target_edit.text() == target  # the form came back too
    second.sender_panel.target_edit.setText("127.0.0.1:9")
    second.sender_panel.payload_edit.setPlainText("other")
    item = second.saved_packets.list.item(0)
    second.saved_packets.list.itemDoubleClicked.emit(item)
    assert plain_socket.recv(100) == b"ping\n"
    assert second.sender_panel.target_edit.text() == target
    second.shutdown()


def test_saved_packets_import_and_export_json(qtbot, tab: UdpTab, tmp_path) -> None:
    box = tab.saved_packets
    box.set_packets([SavedPacket("a", "127.0.0.1:1", "x")])
    path = tmp_path / "packets.json"
    assert box.export_file(path)
    assert json.loads(path.read_text(encoding="utf-8"))["packets"][0]["name"] == "a"
    box.set_packets([])
    assert box.import_file(path) == 1
    assert [p.name for p in box.packets()] == ["a"]
    (tmp_path / "bad.json").write_text('{"packets": [{"name": 1}]}', encoding="utf-8")
    assert box.import_file(tmp_path / "bad.json") == 0
    assert box.error.text() == "Could not import bad.json: Packet 1 has no text 'name'."
    box.list.setCurrentRow(0)
    box.load_button.click()
    assert tab.sender_panel.target_edit.text() == "127.0.0.1:1"
    box.delete_selected()
    assert box.packets() == []


def test_events_pane_shows_socket_calls_and_collapses(qtbot, tab: UdpTab) -> None:
    start_receiver(qtbot, tab)
    qtbot.waitUntil(lambda: "bind(('127.0.0.1', 0)) -> ok" in tab.events_pane.text(), timeout=5000)
    assert "setsockopt(SOL_SOCKET, SO_RCVBUF, 4194304)" in tab.events_pane.text()
    expanded = tab.rows.sizes()[1]
    tab.events_pane.set_expanded(False)
    qtbot.waitUntil(lambda: tab.rows.sizes()[1] < expanded / 2)
    tab.events_pane.set_expanded(True)
    qtbot.waitUntil(lambda: tab.rows.sizes()[1] >= expanded - 5)


def test_the_main_window_builds_the_tab_and_stops_it_on_close(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentIndex(1)
    tab = window.tab_widget("udp")
    assert isinstance(tab, UdpTab)
    start_receiver(qtbot, tab)
    assert send_form(tab, "127.0.0.1:9", "x", count=0, interval=1000)
    assert len(live_workers()) == 2
    window.close()
    assert live_workers() == []


def test_nothing_jumps_at_1024_by_600(qtbot, plain_socket) -> None:
    # The dividers and the Send button stay where they are, whatever the tab does;
    # no column grows a horizontal scroll bar.
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.tabs.setCurrentIndex(1)
    tab = window.tab_widget("udp")
    assert isinstance(tab, UdpTab)
    sender, receiver = tab.sender_panel, tab.receiver_panel

    def layout() -> dict[str, object]:
        QApplication.processEvents()  # the posted layout requests of the last change
        QApplication.processEvents()
        origin = QPoint(0, 0)
        return {
            "columns": tab.columns.sizes(),
            "rows": tab.rows.sizes(),
            "receiver": receiver.splitter.sizes(),
            "send": (sender.send_button.mapTo(window, origin), sender.send_button.size()),
            "table": receiver.table.mapTo(window, origin),
            "scroll bars": [
                tab.columns.widget(i).horizontalScrollBar().isVisible() for i in (0, 1)
            ],
        }

    before = layout()
    assert before["scroll bars"] == [False, False]
    port = start_receiver(qtbot, tab)
    assert layout() == before, "start"
    assert send_form(tab, f"127.0.0.1:{port}", "a longer payload, header on", sequence=True)
    qtbot.waitUntil(lambda: receiver.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: not sender.is_sending(), timeout=5000)
    assert layout() == before, "send"
    receiver.select_row(0)
    assert layout() == before, "select"
    receiver.stop()
    assert layout() == before, "stop"
    receiver.clear()
    assert layout() == before, "clear"
    closed = free_port(kind=socket.SOCK_DGRAM)
    assert send_form(tab, f"127.0.0.1:{closed}", "anyone?", count=2)
    qtbot.waitUntil(lambda: sender.target_error.has_error(), timeout=5000)
    assert layout() == before, "sender error shown"
    sender.target_edit.setText(f"127.0.0.1:{port}")
    assert not sender.target_error.has_error()
    assert layout() == before, "sender error cleared"
    receiver.host_edit.setText("1.2.3")
    assert not receiver.start()
    assert receiver.host_error.has_error()
    assert layout() == before, "receiver error shown"
    receiver.host_edit.setText("127.0.0.1")
    assert not receiver.host_error.has_error()
    assert layout() == before, "receiver error cleared"
    window.close()


def test_model_keeps_the_last_rows_and_counts_all(qtbot) -> None:
    model = DatagramTableModel(capacity=3)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.append_datagrams([(1.0, ("127.0.0.1", 1), bytes([n])) for n in range(2)])
    model.append_datagrams([(2.0, ("127.0.0.1", 1), bytes([n])) for n in range(2, 4)])
    assert [model.datagram(r)[2] for r in range(model.rowCount())] == [b"\1", b"\2", b"\3"]
    assert (model.total, model.number(0)) == (4, 2)
    assert inserted == [(0, 1), (1, 2)]  # one insert per batch, after the oldest row left
    model.append_datagrams([(3.0, ("127.0.0.1", 1), bytes([n])) for n in range(10)])
    assert [model.datagram(r)[2] for r in range(3)] == [b"\7", b"\x08", b"\x09"]
    assert (model.total, model.number(0)) == (14, 12)
    model.clear()
    assert (model.rowCount(), model.total) == (0, 0)


def test_rate_graph_keeps_its_window_and_paints(qtbot) -> None:
    graph = RateGraph(capacity=5)
    qtbot.addWidget(graph)
    graph.resize(200, 60)
    assert not graph.grab().isNull()  # empty: says there is no traffic yet
    for value in (10.0, 2000.0, -5.0, 50_000.0, 3.0, 1_500_000.0):
        graph.add_sample(value)
    assert graph.samples() == [2000.0, 0.0, 50_000.0, 3.0, 1_500_000.0]
    image = graph.grab().toImage()
    assert image.pixelColor(195, 55) != image.pixelColor(5, 5)  # something was drawn
    assert [format_rate(v) for v in (950, 1234, 12_345, 1_234_567)] == [
        "950/s",
        "1.2k/s",
        "12k/s",
        "1.2M/s",
    ]
    graph.clear()
    assert graph.samples() == []


def test_cells_get_their_text_and_alignment_in_one_call(qtbot) -> None:
    model = DatagramTableModel()
    model.append_datagrams([(1.0, ("127.0.0.1", 5), pack_header(1, 7) + b"hi\n")])
    delegate = QStyledItemDelegate()
    shown = {}
    for column in (model.SIZE, model.PREVIEW, model.NUMBER, model.SOURCE):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(0, column))
        shown[column] = (option.text, bool(option.displayAlignment & Qt.AlignmentFlag.AlignRight))
    assert shown == {
        model.SIZE: ("15", True),
        model.PREVIEW: ("[seq 7] hi\\n", False),
        model.NUMBER: ("1", True),
        model.SOURCE: ("127.0.0.1:5", False),
    }


def test_stop_and_start_keep_the_table_and_the_counters_clear_empties_both(
    qtbot, tab: UdpTab, plain_socket
) -> None:
    # One rule: Stop and Start keep the table and the counters; Clear empties both.
    receiver = tab.receiver_panel
    assert "Clear empties the table and the counters" in receiver.clear_button.toolTip()
    assert "Stop and Start keep both" in receiver.start_button.toolTip()
    port = start_receiver(qtbot, tab)
    plain_socket.sendto(pack_header(7, 0) + b"first run", ("127.0.0.1", port))
    qtbot.waitUntil(lambda: receiver.counters.text("Datagrams") == "1", timeout=5000)
    receiver.start_button.click()  # Stop
    assert not receiver.is_running() and receiver.start_button.text() == "Start"
    qtbot.waitUntil(lambda: receiver.status_label.text() == "Stopped. Received 1 datagram.")
    port = start_receiver(qtbot, tab)
    assert receiver.counters.text("Datagrams") == "1"
    assert receiver.model.rowCount() == 1
    # Numbers 1 and 2 were "sent while stopped": the stream goes on, so they are lost.
    plain_socket.sendto(pack_header(7, 3) + b"second run", ("127.0.0.1", port))
    qtbot.waitUntil(lambda: receiver.counters.text("Datagrams") == "2", timeout=5000)
    assert [p[12:] for p in table_payloads(tab)] == [b"first run", b"second run"]
    assert receiver.counters.text("Lost") == "2"
    receiver.stop()
    qtbot.waitUntil(lambda: receiver.status_label.text() == "Stopped. Received 1 datagram.")

    receiver.clear()  # stopped: the next Start counts from zero
    assert receiver.model.rowCount() == 0
    assert receiver.counters.text("Datagrams") == "0"
    assert receiver.streams_view.model.rowCount() == 0
    assert receiver.detail_label.text() == "No datagram selected."
    port = start_receiver(qtbot, tab)
    assert receiver.counters.text("Datagrams") == "0"
    plain_socket.sendto(b"third run", ("127.0.0.1", port))
    qtbot.waitUntil(lambda: receiver.counters.text("Datagrams") == "1", timeout=5000)
    qtbot.waitUntil(lambda: table_payloads(tab) == [b"third run"], timeout=5000)

    receiver.clear()  # running: the engine starts a new count too
    assert receiver.counters.text("Datagrams") == "0" and receiver.model.rowCount() == 0
    # The engine answers a reset with the new count's first counters (a datagram that
    # beats the reset belongs to the old count, and is dropped with it).
    qtbot.waitUntil(lambda: receiver.last_counters is not None, timeout=5000)
    plain_socket.sendto(b"after clear", ("127.0.0.1", port))
    qtbot.waitUntil(lambda: table_payloads(tab) == [b"after clear"], timeout=5000)
    qtbot.waitUntil(lambda: receiver.counters.text("Datagrams") == "1", timeout=5000)
    assert receiver.counters.text("Bytes") == "11"


def test_a_collapsed_events_pane_comes_back_collapsed(qtbot) -> None:
    first = UdpTab()
    qtbot.addWidget(first)
    first.events_pane.set_expanded(False)
    first.shutdown()
    second = UdpTab()
    qtbot.addWidget(second)
    second.resize(1100, 720)
    second.show()
    qtbot.waitExposed(second)
    assert not second.events_pane.is_expanded()
    assert second.events_pane.height() <= second.events_pane.sizeHint().height() + 2
    second.events_pane.set_expanded(True)
    qtbot.waitUntil(lambda: second.events_pane.view.height() > 40)


@IN_EACH_LANGUAGE
def test_a_malformed_hex_payload_is_explained_in_the_windows_language(
    qtbot, language, build_tab, code: str, letters: re.Pattern[str]
) -> None:
    assert language(code)
    sender = build_tab().sender_panel
    sender.set_payload_format("hex")
    sender.payload_edit.clear()
    qtbot.keyClicks(sender.payload_edit, "48 65 6g")
    shown = sender.payload_error.text()
    assert letters.search(shown), shown
    assert "'g'" in shown and {"ru": "в позиции 8", "zh_CN": "位置 8"}[code] in shown
    assert "not a hex digit" not in shown
    assert not sender.send_current()
    assert sender.payload_error.text() == shown
    # The format chooser's names come from core too, in the same language.
    escapes = sender.format_combo.findData("escapes")
    expected = {"ru": "Текст с экранированием", "zh_CN": "带转义的文本"}[code]  # noqa: RUF001
    assert sender.format_combo.itemText(escapes) == expected


@IN_EACH_LANGUAGE
def test_a_port_in_use_is_explained_in_the_windows_language(
    qtbot, language, build_tab, plain_socket, code: str, letters: re.Pattern[str]
) -> None:
    assert language(code)
    receiver = build_tab().receiver_panel
    port = plain_socket.getsockname()[1]  # a real socket holds 127.0.0.1:port
    receiver.host_edit.setText("127.0.0.1")
    receiver.port_spin.setValue(port)
    assert receiver.start()
    qtbot.waitUntil(lambda: receiver.host_error.has_error(), timeout=5000)
    qtbot.waitUntil(lambda: not receiver.is_running(), timeout=5000)
    shown = receiver.host_error.text()
    assert letters.search(shown), shown
    assert str(port) in shown and "127.0.0.1" in shown and "SO_REUSEADDR" in shown
    assert "already in use" not in shown and "another program" not in shown


@pytest.mark.parametrize(
    ("code", "marker", "word"),
    [("ru", "[№ 7]", "текст с экранированием"), ("zh_CN", "[序号 7]", "带转义的文本")],  # noqa: RUF001
)
def test_core_words_in_the_table_the_list_and_the_errors_follow_the_language(
    qtbot, language, build_tab, tmp_path, code: str, marker: str, word: str
) -> None:
    assert language(code)
    tab = build_tab()
    receiver = tab.receiver_panel
    receiver.host_edit.setText("127.0.0.1")
    receiver.port_spin.setValue(0)
    assert receiver.start()
    qtbot.waitUntil(
        lambda: receiver.engine is not None and receiver.engine.bound_port > 0, timeout=5000
    )
    port = receiver.engine.bound_port
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.sendto(pack_header(1, 7) + b"hi", ("127.0.0.1", port))
    model = receiver.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert model.index(0, model.PREVIEW).data() == f"{marker} hi"

    box = tab.saved_packets
    box.set_packets([SavedPacket("ping", "127.0.0.1:9", "a\\n", "escapes")], save=False)
    assert box.list.item(0).text().endswith(f"({word})")
    (tmp_path / "bad.json").write_text('{"packets": [5]}', encoding="utf-8")
    assert box.import_file(tmp_path / "bad.json") == 0
    assert "bad.json" in box.error.text() and "not an object" not in box.error.text()

    sender = tab.sender_panel
    sender.set_payload_format("text")
    sender.target_edit.setText(f"127.0.0.1:{port}")
    sender.payload_edit.setPlainText("x" * 65_508)
    assert not sender.send_current()
    shown = sender.payload_error.text()
    # Numbers are written the language's way: 65 508 in Russian, 65,508 in Chinese.
    group = "\u00a0" if code == "ru" else ","
    assert f"65{group}508" in shown and f"65{group}507" in shown and "IPv4" in shown
    assert "UDP over" not in shown and "IP header" not in shown  # the reason inside too
