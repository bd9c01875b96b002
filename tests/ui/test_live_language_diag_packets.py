"""A live language switch (QEvent.LanguageChange) reaches the Diagnostics and Packets tabs:
built in English, they read in Russian at once, state lines and the selected packet
included, and in English again after switching back."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from app.core.diagnostics.blocking import CallResult
from app.core.diagnostics.dns import ReverseAnswer
from app.core.diagnostics.ping import PingLost
from app.core.diagnostics.portcheck import PortCheckStarted, PortResult
from app.ui.diagnostics import DiagnosticsTab
from app.ui.packets import PacketsTab
from app.ui.packets.tab import PING
from devtools.i18n_check import looks_untranslated, shown_texts
from tests.helpers.languages import CYRILLIC
from tests.helpers.packets import conversation

HORIZONTAL, DISPLAY = Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole


def tr(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def switch(qtbot, language: Callable[[str], bool], code: str, done: Callable[[], bool]) -> None:
    """Install `code` live and wait for the posted LanguageChange to be handled."""
    assert language(code)
    qtbot.waitUntil(done, timeout=3000)
    QCoreApplication.processEvents()


#: Not this test's business: a field's error line (app/ui/field_error.py follows the
#: language itself) and the diagram's description (packets' flags and addresses: data).
OTHERS = ("FieldError", "SequenceDiagram")


def untranslated(widget, where: str) -> list:
    """Texts under `widget` still in English (after a switch to Russian)."""
    return [
        shown
        for shown in shown_texts(widget, where)
        if looks_untranslated(shown.text, "ru") and not any(o in shown.where for o in OTHERS)
    ]


@pytest.fixture
def diagnostics(qtbot):
    tab = DiagnosticsTab()
    qtbot.addWidget(tab)
    tab.resize(1100, 680)
    tab.show()
    qtbot.waitExposed(tab)
    for index in range(len(tab.panels)):
        tab.show_panel(index)  # reads the interfaces and the neighbour table once
    qtbot.waitUntil(lambda: tab.interfaces.report is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not tab.neighbours.is_running(), timeout=10_000)
    yield tab
    tab.shutdown()


def test_the_diagnostics_tab_follows_a_live_language_switch(qtbot, language, diagnostics):
    tab = diagnostics
    assert tab.tools.item(0).text() == "Interfaces"
    assert tab.ping.start_button.text() == "Start"
    ports = tab.ports
    ports._on_events([PortCheckStarted("localhost", "127.0.0.1", 3, 1.0, 10)])
    ports._on_events([PortResult(22, "closed", "ssh", 0.2)])
    assert ports.progress_label.text().startswith("1 of 3")
    tab.dns.kind_combo.setCurrentIndex(2)
    tab.dns._show_result(CallResult(ReverseAnswer("127.0.0.1", "localhost", ("lo",)), 1.5))
    assert tab.dns.status_label.text() == "127.0.0.1 is localhost (1.5 ms)."
    assert tab.dns.table.item(1, 1).text() == "alias"
    tab.ping._on_events([PingLost(1, "timed out")])
    assert tab.ping.table.item(0, 4).text() == "lost"
    assert tab.ping.summary_label.text().startswith("Sent 1")

    switch(qtbot, language, "ru", lambda: tab.tools.item(0).text() != "Interfaces")
    assert [tab.tools.item(row).text() for row in range(tab.tools.count())] == [
        tr("DiagnosticsTab", source)
        for source in ("Interfaces", "Ping", "DNS", "Port check", "Sockets", "Neighbours (ARP)")
    ]
    assert tab.tools.accessibleName() == tr("DiagnosticsTab", "Diagnostics tools")
    for _title, panel in tab.panels:
        assert CYRILLIC.search(panel.header.about.text()), type(panel).__name__
        assert panel.copy_button.text() == tr("DiagnosticsPanel", "Copy")
        left = untranslated(panel, type(panel).__name__)
        assert left == [], left
    assert tab.interfaces.header.heading.text() == tr("InterfacesPanel", "Interfaces")
    assert tab.interfaces.refresh_button.text() == tr("DiagnosticsPanel", "Refresh")
    assert tab.interfaces.table.horizontalHeaderItem(0).text() == tr("InterfacesPanel", "Interface")
    assert CYRILLIC.search(tab.interfaces.lan_label.text())
    neighbours_title = tab.neighbours.table.horizontalHeaderItem(0).text()
    assert neighbours_title == tr("NeighboursPanel", "IP address")
    ping = tab.ping
    assert ping.start_button.text() == tr("PingPanel", "Start")
    assert ping.stop_button.text() == tr("DiagnosticsPanel", "Stop")
    assert ping.forever_check.text() == tr("PingPanel", "until stopped")
    assert ping.table.horizontalHeaderItem(4).text() == tr("PingPanel", "Time")
    assert ping.host_edit.placeholderText() == tr(
        "PingPanel", "host name or IP address, e.g. 192.168.1.1"
    )
    dns = tab.dns
    assert dns.kind_combo.currentIndex() == 2
    assert dns.kind_combo.currentText() == tr("DnsPanel", "Address → name (reverse)")
    assert dns.lookup_button.text() == tr("DnsPanel", "Look up")
    assert dns.status_label.text() == tr("DnsPanel", "{address} is {name} ({time}).").format(
        address="127.0.0.1", name="localhost", time="1,5 ms"
    )  # a decimal comma in Russian, in the status line and the table
    assert dns.table.item(0, 3).text() == "1,5 ms"
    assert dns.table.item(1, 1).text() == tr("DnsPanel", "alias")
    assert ping.table.item(0, 4).text() == tr("PingPanel", "lost")
    assert CYRILLIC.search(ping.summary_label.text())
    assert ports.start_button.text() == tr("PortCheckPanel", "Check")
    assert ports.model.headerData(0, HORIZONTAL, DISPLAY) == tr("PortResultsModel", "Port")
    assert ports.proxy.headerData(1, HORIZONTAL, DISPLAY) == tr("PortResultsModel", "State")
    assert all(CYRILLIC.search(a.text()) for a in ports.presets_button.menu().actions())
    assert ports.progress_label.text().startswith("1 ")
    assert CYRILLIC.search(ports.progress_label.text())
    assert ports.proxy.index(0, 1).data() != "closed"  # the state word, translated
    assert ports.proxy.index(0, 3).data() == "0,2 ms"
    sockets = tab.sockets
    assert sockets.model.headerData(0, HORIZONTAL, DISPLAY) == tr("SocketTableModel", "Protocol")
    assert sockets.state_combo.itemText(0) == tr("SocketsPanel", "All states")
    assert sockets.pause_check.text() == tr("SocketsPanel", "Pause")

    switch(qtbot, language, "en", lambda: tab.tools.item(0).text() == "Interfaces")
    assert ping.start_button.text() == "Start"
    assert ping.table.horizontalHeaderItem(0).text() == "Seq"
    assert tab.interfaces.header.heading.text() == "Interfaces"
    assert dns.kind_combo.currentText() == "Address → name (reverse)"
    assert ports.model.headerData(0, HORIZONTAL, DISPLAY) == "Port"
    assert ports.progress_label.text() == "1 of 3 · 0 open · 1 closed · 0 filtered"
    assert dns.table.item(1, 1).text() == "alias"
    assert dns.status_label.text() == "127.0.0.1 is localhost (1.5 ms)."
    assert dns.table.item(0, 3).text() == "1.5 ms"
    assert ping.summary_label.text().startswith("Sent 1")


def test_the_packets_tab_follows_a_live_language_switch(qtbot, language):
    tab = PacketsTab()
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.set_preset(PING)
    packets = conversation()
    tab.append_packets(packets)
    tab.select_row(3)  # the client's five bytes
    assert tab.selected_packet() is packets[3]
    tree = tab.layer_tree
    tree.setCurrentItem(tree.topLevelItem(2).child(0))  # TCP's source port
    highlighted = tab.bytes_view.highlighted_range()
    english = tab.explanation.toPlainText()
    assert english.startswith("Packet 4")
    assert tab.start_button.text() == "Start"

    switch(qtbot, language, "ru", lambda: tab.start_button.text() != "Start")
    assert tab.start_button.text() == tr("PacketsTab", "Start")
    assert tab.preset() == PING
    assert tab.preset_combo.currentText() == tr("PacketsTab", "Ping (ICMP)")
    assert tab.preset_combo.itemText(0) == tr("PacketsTab", "This chat connection")
    assert tab.open_button.text() == tr("PacketsTab", "Open…")
    assert CYRILLIC.search(tab.counter_label.text())
    assert tab.model.headerData(0, HORIZONTAL, DISPLAY) == tr("PacketTableModel", "No.")
    assert tab.model.headerData(6, HORIZONTAL, DISPLAY) == tr("PacketTableModel", "Summary")
    link = tr("LayerTree", "Link layer: {name}").format(name="Ethernet")
    assert tree.topLevelItem(0).text(0) == link
    assert tree.currentItem() is tree.topLevelItem(2).child(0)  # the selection stays
    assert tab.bytes_view.highlighted_range() == highlighted
    explanation = tab.explanation.toPlainText()
    assert explanation != english
    assert CYRILLIC.search(explanation)
    assert explanation == "\n\n".join(tab.explanation.paragraphs(packets[3])) or (
        tab.explanation.paragraphs(packets[3])[1] in explanation
    )
    assert CYRILLIC.search(tab.diagram.note_text())
    assert tab.diagram.accessibleName() == tr("SequenceDiagram", "Sequence diagram")
    assert tab.bytes_view.placeholderText() == tr(
        "PacketBytesView", "Select a packet to see its bytes."
    )
    left = untranslated(tab, "packets tab")
    assert left == [], left

    switch(qtbot, language, "en", lambda: tab.start_button.text() == "Start")
    assert tab.preset_combo.currentText() == "Ping (ICMP)"
    assert tab.model.headerData(0, HORIZONTAL, DISPLAY) == "No."
    assert tree.topLevelItem(0).text(0) == "Link layer: Ethernet"
    assert tab.explanation.toPlainText() == english
