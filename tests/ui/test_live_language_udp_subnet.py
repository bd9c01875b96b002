"""A live language switch: the UDP and Subnet tabs, built in English, speak the new
language at once (their fixed words, headers, and the texts made from their state)."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from app.core.udp.payload import PayloadFormat
from app.core.udp.saved_packets import SavedPacket
from app.ui.i18n import translate_message, window_numbers
from app.ui.subnet_tab import SPLIT_BY_COUNT, SubnetTab
from app.ui.udp.udp_tab import UdpTab
from tests.helpers.languages import CYRILLIC


def tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def switch(language, code: str) -> None:
    """Install `code` and let the posted LanguageChange events reach every widget."""
    assert language(code)
    QApplication.processEvents()
    QApplication.processEvents()


def russian(text: str) -> bool:
    return bool(CYRILLIC.search(text))


@pytest.fixture
def udp_tab(qtbot) -> Iterator[UdpTab]:
    widget = UdpTab()
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    yield widget
    widget.shutdown()


@pytest.fixture
def subnet_tab(qtbot) -> SubnetTab:
    widget = SubnetTab()
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    return widget


def test_the_udp_tab_follows_a_live_language_switch(udp_tab: UdpTab, language) -> None:
    sender, receiver = udp_tab.sender_panel, udp_tab.receiver_panel
    saved = udp_tab.saved_packets
    saved.set_packets([SavedPacket("hello", "127.0.0.1:5555", "hi", "text", "UTF-8")], save=False)
    receiver.model.append_datagrams([(time.time(), ("127.0.0.1", 40000), b"ping")])
    receiver.select_row(0)
    sender.set_payload_format("escapes")
    sender.payload_edit.setPlainText("hi\\n")
    assert sender.send_button.text() == "Send" and receiver.title() == "Receive"
    english_size = sender.size_label.text()
    english_detail = receiver.detail_label.text()

    switch(language, "ru")
    assert sender.title() == tr("SenderPanel", "Send") and russian(sender.title())
    assert sender.send_button.text() == tr("SenderPanel", "Send")
    assert sender.stop_button.text() == tr("SenderPanel", "Stop")
    placeholder = tr("SenderPanel", "host:port, e.g. 192.168.1.20:5555 or [::1]:5555")
    assert sender.target_edit.placeholderText() == placeholder
    assert sender.target_label.text() == tr("SenderPanel", "Target")
    assert sender.sequence_check.text() == tr("SenderPanel", "Sequence header")
    assert russian(sender.sequence_check.text()) and russian(sender.broadcast_check.toolTip())
    assert russian(sender.broadcast_hint.text())
    assert sender.count_spin.specialValueText() == tr("SenderPanel", "until stopped")
    assert sender.payload_format().value == "escapes"  # the choice stays, in Russian
    assert sender.format_combo.currentText() == translate_message(PayloadFormat.ESCAPES.label)
    assert russian(sender.format_combo.currentText())
    assert russian(sender.size_label.text()) and sender.size_label.text() != english_size

    assert receiver.title() == tr("ReceiverPanel", "Receive") and russian(receiver.title())
    assert receiver.start_button.text() == tr("ReceiverPanel", "Start")
    assert receiver.echo_check.text() == tr("ReceiverPanel", "Echo mode")
    assert russian(receiver.group_edit.placeholderText())
    assert receiver.clear_button.text() == tr("ReceiverPanel", "Clear")
    assert russian(receiver.capacity_label.text())
    assert russian(receiver.dump_view.placeholderText())
    header = receiver.model.headerData(1, Qt.Orientation.Horizontal)
    assert header == tr("DatagramTableModel", "Time") and russian(header)
    assert russian(receiver.counters.captions["Datagrams"].text())
    assert russian(receiver.detail_label.text()) and receiver.detail_label.text() != english_detail
    assert russian(receiver.graph.accessibleName())

    assert saved.title() == tr("SavedPacketsBox", "Saved packets") and russian(saved.title())
    assert saved.save_button.text() == tr("SavedPacketsBox", "Save current")
    assert russian(saved.name_edit.placeholderText())
    assert russian(saved.list.item(0).text())  # the payload format's word
    assert russian(udp_tab.events_pane.copy_button.text())

    switch(language, "en")
    assert sender.send_button.text() == "Send" and receiver.title() == "Receive"
    assert sender.size_label.text() == english_size
    assert receiver.detail_label.text() == english_detail
    assert receiver.model.headerData(1, Qt.Orientation.Horizontal) == "Time"
    assert saved.save_button.text() == "Save current"


def test_the_udp_status_lines_follow_a_live_language_switch(
    qtbot, udp_tab: UdpTab, language
) -> None:
    sender, receiver = udp_tab.sender_panel, udp_tab.receiver_panel
    assert sender.status_label.text() == "Ready."
    assert sender.replies_label.text() == "Replies: none yet."
    assert receiver.status_label.text() == "Stopped."

    switch(language, "ru")
    assert sender.status_label.text() == tr("SenderPanel", "Ready.")
    assert russian(sender.status_label.text())
    assert sender.replies_label.text() == tr("SenderPanel", "Replies: none yet.")
    assert russian(sender.replies_label.text())
    assert receiver.status_label.text() == tr("ReceiverPanel", "Stopped.")
    assert russian(receiver.status_label.text())
    switch(language, "en")
    assert sender.status_label.text() == "Ready." and receiver.status_label.text() == "Stopped."

    # A send, and a receiver started (then stopped), all in English.
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as peer:
        peer.bind(("127.0.0.1", 0))
        peer.settimeout(5)
        sender.target_edit.setText(f"127.0.0.1:{peer.getsockname()[1]}")
        sender.set_payload_format("text")
        sender.payload_edit.setPlainText("hi")
        sender.count_spin.setValue(1)
        assert sender.send_current()
        assert peer.recvfrom(100)[0] == b"hi"
    sent = "Sent 1 datagram (2 bytes)."
    qtbot.waitUntil(lambda: sender.status_label.text() == sent, timeout=5000)
    receiver.host_edit.setText("127.0.0.1")
    receiver.port_spin.setValue(0)
    assert receiver.start()
    qtbot.waitUntil(lambda: receiver.status_label.text().startswith("Listening on"), timeout=5000)
    listening = receiver.status_label.text()

    switch(language, "ru")
    with window_numbers():
        russian_sent = QCoreApplication.translate(
            "SenderPanel", "Sent %Ln datagram(s) ({bytes} bytes).", "", 1
        ).format(bytes="2")
    assert sender.status_label.text() == russian_sent and russian(russian_sent)
    assert russian(receiver.status_label.text()) and receiver.status_label.text() != listening

    switch(language, "en")
    assert sender.status_label.text() == sent
    assert receiver.status_label.text() == listening
    receiver.stop()
    stopped = "Stopped. Received 0 datagrams."
    qtbot.waitUntil(lambda: receiver.status_label.text() == stopped, timeout=5000)

    switch(language, "ru")
    with window_numbers():
        russian_stopped = QCoreApplication.translate(
            "ReceiverPanel", "Stopped. Received %Ln datagram(s).", "", 0
        )
    assert receiver.status_label.text() == russian_stopped and russian(russian_stopped)


def test_the_subnet_tab_follows_a_live_language_switch(subnet_tab: SubnetTab, language) -> None:
    tab = subnet_tab
    tab.address_edit.setText("10.1.2.3/24")
    tab.other_edit.setText("10.1.3.1")
    tab.split_mode.setCurrentIndex(SPLIT_BY_COUNT)
    tab.split_value.setText("4")
    assert tab.info is not None and tab.result("network") == "10.1.2.0/24"
    english = {
        "headline": tab.headline.text(),
        "words": tab.words_label.text(),
        "legend": tab.bits_legend.text(),
        "answer": tab.same_answer.text(),
        "split": tab.split_list.summary.text(),
        "hosts": tab.hosts_list.summary.text(),
    }
    network_label = tab._field_widgets["network"][0]
    english_label = network_label.text()

    switch(language, "ru")
    assert tab.pages.tabText(0) == tr("SubnetTab", "Calculator") and russian(tab.pages.tabText(0))
    assert tab.address_label.text() == tr("SubnetTab", "&Address")
    assert tab.results_box.title() == tr("SubnetTab", "Results")
    assert russian(tab.bits_box.title()) and russian(tab.same_box.title())
    assert tab.copy_button.text() == tr("SubnetTab", "Copy results")
    assert russian(tab.other_edit.placeholderText())
    assert russian(tab.machine_button.text())
    assert tab.split_mode.currentIndex() == SPLIT_BY_COUNT  # the choice stays
    assert tab.split_mode.currentText() == tr("SubnetTab", "number of subnets")
    assert russian(tab.split_p2p.text()) and russian(tab.vlsm_p2p.toolTip())
    assert russian(tab.vlsm_edit.placeholderText()) and russian(tab.needs_label.text())
    assert tab.split_list.export_button.text() == tr("ListPanel", "Export CSV…")
    assert russian(tab.split_list.goto_edit.placeholderText())
    assert russian(tab.split_list.view.accessibleName())
    # The results are computed again, so they are written in Russian too.
    assert tab.result("network") == "10.1.2.0/24"
    assert russian(network_label.text()) and network_label.text() != english_label
    for name, widget in (
        ("headline", tab.headline),
        ("words", tab.words_label),
        ("legend", tab.bits_legend),
        ("answer", tab.same_answer),
        ("split", tab.split_list.summary),
        ("hosts", tab.hosts_list.summary),
    ):
        assert russian(widget.text()) and widget.text() != english[name], name
    header = tab.split_list.model.headerData(1, Qt.Orientation.Horizontal)
    assert isinstance(header, str) and russian(header)

    switch(language, "en")
    assert tab.pages.tabText(0) == "Calculator" and tab.results_box.title() == "Results"
    assert network_label.text() == english_label
    assert tab.headline.text() == english["headline"]
    assert tab.words_label.text() == english["words"]
    assert tab.split_list.summary.text() == english["split"]


def test_dimmed_subnet_results_follow_the_language_too(subnet_tab: SubnetTab, language) -> None:
    tab = subnet_tab
    tab.address_edit.setText("10.1.2.3/24")
    tab.address_edit.setText("10.1.2.3/99")  # an error: the last results stay, dimmed
    assert tab.info is None and not tab.results_box.isEnabled()
    english_words = tab.words_label.text()

    switch(language, "ru")
    assert russian(tab.words_label.text()) and tab.words_label.text() != english_words
    assert russian(tab.address_error.text())
    assert tab.info is None and not tab.results_box.isEnabled()


def test_a_language_switch_keeps_the_subnet_lists_and_calculates_nothing(
    subnet_tab: SubnetTab, language, qtbot
) -> None:
    tab = subnet_tab
    tab.address_edit.setText("10.1.2.3/24")
    tab.pages.setCurrentWidget(tab.hosts_list.parentWidget() or tab.hosts_list)
    tab.hosts_list.view.selectRow(5)
    model = tab.hosts_list.model
    english_header = model.headerData(1, Qt.Orientation.Horizontal)
    with qtbot.assertNotEmitted(tab.calculated), qtbot.assertNotEmitted(model.modelReset):
        switch(language, "ru")
    rows = tab.hosts_list.view.selectionModel().selectedRows()
    assert [index.row() for index in rows] == [5]
    assert russian(tab.hosts_list.summary.text())
    assert model.headerData(1, Qt.Orientation.Horizontal) != english_header
