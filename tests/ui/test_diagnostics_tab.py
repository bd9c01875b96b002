"""The Diagnostics tab, driven like a user would, against loopback only."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtGui import QGuiApplication

import app.core.diagnostics.dns as dns_module
import app.core.diagnostics.neighbours as neighbours_module
from app.core.diagnostics.neighbours import NeighbourTable
from app.core.diagnostics.portcheck import MAX_PORTS
from app.core.diagnostics.sockets import SocketEntry
from app.ui.diagnostics import DiagnosticsTab
from app.ui.diagnostics.rtt_graph import RttGraph, format_ms, nice_ceiling
from app.ui.diagnostics.sockets_panel import SocketTableModel
from app.ui.main_window import MainWindow
from app.workers import live_workers
from tests.core.diagnostics.test_dns import hosts_file_maps
from tests.core.diagnostics.test_portcheck import closed_ports, listeners
from tests.helpers.diagnostics import refuse_names_locally, stalled_ports
from tests.helpers.languages import CHINESE, CYRILLIC


@pytest.fixture
def tab(qtbot) -> Iterator[DiagnosticsTab]:
    widget = DiagnosticsTab()
    qtbot.addWidget(widget)
    widget.resize(1100, 680)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


def table_column(table, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


# ------------------------------------------------------------------ the tab
def test_the_main_window_builds_the_tab_and_stops_it_on_close(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.tab_actions[3].trigger()
    tab = window.tab_widget("diagnostics")
    assert isinstance(tab, DiagnosticsTab)
    tab.show_panel(tab.panel_index(tab.sockets))
    qtbot.waitUntil(lambda: tab.sockets.listing is not None, timeout=10_000)
    window.tab_actions[0].trigger()  # another tab: the sockets stop refreshing
    assert not tab.sockets.is_refreshing()
    window.tab_actions[3].trigger()
    assert tab.sockets.is_refreshing()
    window.close()
    assert live_workers() == []


def test_tools_list_switches_panels_and_is_remembered(qtbot, tab) -> None:
    titles = [tab.tools.item(row).text() for row in range(tab.tools.count())]
    assert titles == ["Interfaces", "Ping", "DNS", "Port check", "Sockets", "Neighbours (ARP)"]
    tab.tools.setCurrentRow(2)
    assert tab.stack.currentWidget() is tab.dns
    again = DiagnosticsTab()
    qtbot.addWidget(again)
    assert again.stack.currentWidget() is again.dns
    again.shutdown()


# ------------------------------------------------------------ interfaces
def test_interfaces_panel_lists_loopback_and_copies(qtbot, tab) -> None:
    tab.show_panel(0)
    panel = tab.interfaces
    qtbot.waitUntil(lambda: panel.report is not None, timeout=10_000)
    ipv4 = table_column(panel.table, 3)
    assert any("127.0.0.1/8" in cell for cell in ipv4)
    assert panel.lan_label.text().startswith(("LAN address: ", "No LAN address"))
    qtbot.waitUntil(panel.refresh_button.isEnabled)
    panel.copy_button.click()
    assert "127.0.0.1/8" in QGuiApplication.clipboard().text()


# ------------------------------------------------------------------ ping
def ping_ran_or_skip(panel) -> None:
    if panel.host_error.has_error() and "Cannot ping" in panel.host_error.text():
        pytest.skip(panel.host_error.text())


def test_ping_loopback_fills_rows_graph_and_summary(qtbot, tab) -> None:
    tab.show_panel(1)
    panel = tab.ping
    panel.host_edit.setText("127.0.0.1")
    panel.count_spin.setValue(3)
    panel.interval_spin.setValue(0.2)
    panel.start_button.click()
    assert panel.stop_button.isEnabled() and not panel.start_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10_000)
    ping_ran_or_skip(panel)
    assert table_column(panel.table, 0) == ["1", "2", "3"]
    assert set(table_column(panel.table, 1)) == {"127.0.0.1"}
    assert [rtt is not None for _seq, rtt in panel.graph.samples] == [True, True, True]
    assert panel.summary is not None and panel.summary.received == 3
    assert panel.summary_label.text().startswith("Sent 3 · Received 3 · Loss 0% · min/avg/max")
    qtbot.waitUntil(panel.start_button.isEnabled)
    assert not panel.stop_button.isEnabled()
    panel.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert "64 bytes from 127.0.0.1: icmp_seq=3" in copied
    assert "3 packets transmitted, 3 received, 0% packet loss" in copied


def test_ping_shows_no_loss_before_anything_was_sent(qtbot, tab) -> None:
    from app.core.diagnostics.ping import PingSummary

    panel = tab.ping
    assert panel.summary_label.text() == "Sent 0 · Received 0 · Loss —"
    assert "0%" not in panel.summary_label.text()
    # a run stopped before its first request went out
    panel._show_summary(PingSummary("127.0.0.1", "127.0.0.1", 0, 0, None, None, None))
    assert panel.summary_label.text() == "Sent 0 · Received 0 · Loss —"
    panel._show_summary(PingSummary("127.0.0.1", "127.0.0.1", 2, 1, 1.0, 1.0, 1.0))
    assert panel.summary_label.text().startswith("Sent 2 · Received 1 · Loss 50%")


def test_stop_an_endless_ping_without_freezing(qtbot, tab) -> None:
    panel = tab.ping
    panel.host_edit.setText("::1")
    panel.forever_check.setChecked(True)
    panel.interval_spin.setValue(0.2)
    panel.start()
    qtbot.waitUntil(
        lambda: panel.table.rowCount() >= 2 or panel.host_error.has_error(), timeout=10_000
    )
    ping_ran_or_skip(panel)
    began = time.monotonic()
    panel.stop_button.click()
    assert time.monotonic() - began < 1.0
    qtbot.waitUntil(lambda: panel.summary is not None)
    assert panel.summary.received >= 2
    qtbot.waitUntil(panel.start_button.isEnabled)


def test_ping_host_errors_are_shown_next_to_the_field(qtbot, tab, monkeypatch) -> None:
    panel = tab.ping
    panel.host_edit.setText("1.2.3.4.5")
    panel.start()
    assert (
        panel.host_error.text()
        == "Too many octets in 1.2.3.4.5: an IPv4 address has four (a.b.c.d)."
    )
    assert not panel.is_running()
    refuse_names_locally(monkeypatch)
    panel.host_edit.setText("no-such-host")
    panel.start()
    qtbot.waitUntil(lambda: panel.host_error.has_error() and not panel.is_running())
    assert panel.host_error.text().startswith("Host not found: no-such-host")
    assert panel.summary_label.text() == "Not started."


# ------------------------------------------------------------------- DNS
def test_dns_forward_and_reverse(qtbot, tab) -> None:
    panel = tab.dns
    panel.name_edit.setText("localhost")
    panel.lookup_button.click()
    qtbot.waitUntil(lambda: panel.table.rowCount() >= 1 and not panel.is_running())
    rows = list(zip(table_column(panel.table, 1), table_column(panel.table, 2), strict=True))
    assert ("A", "127.0.0.1") in rows or ("AAAA", "::1") in rows
    assert panel.status_label.text().startswith("localhost: ")
    if hosts_file_maps("127.0.0.1", "localhost"):
        panel.name_edit.setText("127.0.0.1")
        panel.look_up()
        qtbot.waitUntil(lambda: "PTR" in table_column(panel.table, 1))
        assert panel.status_label.text().startswith("127.0.0.1 is localhost")


def test_dns_says_when_the_hosts_file_answered(qtbot, tab) -> None:
    from app.core.diagnostics import dns

    if not hosts_file_maps("127.0.0.1", "localhost") or not dns._files_before_dns():
        pytest.skip("this machine's hosts file does not answer localhost first")
    panel = tab.dns
    panel.name_edit.setText("localhost")
    panel.look_up()
    qtbot.waitUntil(lambda: panel.table.rowCount() >= 1 and not panel.is_running())
    assert panel.status_label.text().endswith(
        f"From the hosts file ({dns.HOSTS_FILE}): no DNS packet was sent."
    )


def test_dns_no_such_host_and_stop(qtbot, tab, monkeypatch) -> None:
    panel = tab.dns
    refuse_names_locally(monkeypatch)
    panel.name_edit.setText("no-such-host")
    panel.look_up()
    qtbot.waitUntil(lambda: panel.name_error.has_error() and not panel.is_running())
    assert panel.name_error.text().startswith("Host not found: no-such-host")
    assert table_column(panel.table, 1) == ["—"]

    release = threading.Event()

    def silent(name: str, flags: int = 0):
        release.wait(10)  # a DNS server that never answers
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure")

    monkeypatch.setattr(dns_module, "forward_lookup", silent)
    try:
        panel.name_edit.setText("slow-name")
        panel.look_up()
        assert panel.stop_button.isEnabled()
        began = time.monotonic()
        panel.stop_button.click()
        assert time.monotonic() - began < 1.0
        qtbot.waitUntil(panel.lookup_button.isEnabled)
        assert panel.status_label.text() == "Stopped the lookup of slow-name."
    finally:
        release.set()


def test_dns_forward_of_an_address_is_explained(qtbot, tab) -> None:
    panel = tab.dns
    panel.kind_combo.setCurrentIndex(1)
    panel.name_edit.setText("::1")
    panel.look_up()
    assert panel.name_error.text().startswith("::1 is already an address")
    assert not panel.is_running()


# ------------------------------------------------------------ port check
def test_port_check_open_closed_progress_and_filter(qtbot, tab) -> None:
    panel = tab.ports
    with listeners(1) as (open_port,):
        shut = closed_ports(3, {open_port})
        panel.host_edit.setText("127.0.0.1")
        panel.ports_edit.setText(",".join(map(str, [open_port, *shut])))
        panel.start_button.click()
        qtbot.waitUntil(lambda: panel.finished_event is not None, timeout=10_000)
    states = {r.port: r.state for r in panel.model.results}
    assert states == {open_port: "open", **dict.fromkeys(shut, "closed")}
    assert panel.progress.value() == panel.progress.maximum() == 4
    assert panel.progress_label.text().startswith("4 of 4 ports: 1 open, 3 closed, 0 filtered")
    shown_ports = [panel.proxy.index(row, 0).data() for row in range(panel.proxy.rowCount())]
    assert shown_ports == [f"{p}/tcp" for p in sorted([open_port, *shut])]
    panel.show_closed_check.setChecked(False)
    assert panel.proxy.rowCount() == 1
    assert panel.proxy.index(0, 1).data() == "open"
    qtbot.waitUntil(panel.start_button.isEnabled)


def test_port_check_input_errors(qtbot, tab) -> None:
    panel = tab.ports
    panel.host_edit.setText("")
    panel.ports_edit.setText("25-20")
    panel.start()
    assert panel.host_error.text() == "The host is empty: type an IP address or a host name."
    assert panel.ports_error.text() == "Range 25-20 runs backwards: write 20-25."
    assert not panel.is_running()
    panel.host_edit.setText("127.0.0.1")
    panel.ports_edit.setText("1-5000")
    panel.start()
    assert panel.ports_error.text() == "Too many ports: at most 4,096 in one run."


def test_stop_in_the_middle_of_a_4096_port_check(qtbot, tab) -> None:
    panel = tab.ports
    with stalled_ports(4) as stalled:
        # The panel checks ports in ascending order: 100 quick ones below the four that
        # never answer, and the rest of the 4,096 above them.
        quick = list(range(min(stalled) - 100, min(stalled)))
        rest = list(range(max(stalled) + 1, 65536))[: MAX_PORTS - 104]
        if len(rest) < MAX_PORTS - 104 or quick[0] < 1:
            pytest.skip("the stalled listeners' ports leave no room for 4,096 ports")
        ports = quick + sorted(stalled) + rest
        assert len(ports) == MAX_PORTS
        ports_text = f"{quick[0]}-{quick[-1]},{','.join(map(str, stalled))},{rest[0]}-{rest[-1]}"
        panel.host_edit.setText("127.0.0.1")
        panel.ports_edit.setText(ports_text)
        panel.timeout_spin.setValue(30)
        panel.concurrency_spin.setValue(4)
        panel.start()
        qtbot.waitUntil(lambda: len(panel.model.results) >= 100, timeout=10_000)
        began = time.monotonic()
        panel.stop_button.click()
        assert time.monotonic() - began < 1.0
        qtbot.waitUntil(lambda: panel.finished_event is not None)
    assert panel.finished_event.stopped
    assert panel.finished_event.checked == 100 and panel.finished_event.total == MAX_PORTS
    assert panel.progress.value() == 100 and panel.progress.maximum() == MAX_PORTS
    assert panel.progress_label.text().endswith("(stopped)")
    qtbot.waitUntil(panel.start_button.isEnabled)


# ---------------------------------------------------------------- sockets
def test_sockets_panel_shows_a_pair_then_time_wait(qtbot, tab) -> None:
    panel = tab.sockets
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    tab.show_panel(tab.panel_index(panel))
    assert panel.is_refreshing()
    panel.filter_edit.setText(str(port))
    qtbot.waitUntil(lambda: panel.listing is not None, timeout=10_000)
    client = socket.create_connection(("127.0.0.1", port), timeout=5)
    accepted, _ = listener.accept()
    client_port = client.getsockname()[1]

    def states() -> dict[tuple[int, int | None], str]:
        return {(e.local_port, e.remote_port): e.state for e in panel.model.rows}

    try:
        qtbot.waitUntil(
            lambda: (
                states().get((client_port, port)) == "ESTABLISHED"
                and states().get((port, client_port)) == "ESTABLISHED"
                and states().get((port, None)) == "LISTEN"
            ),
            timeout=10_000,
        )
        new_row = next(e for e in panel.model.rows if e.local_port == client_port)
        assert panel.model.is_highlighted(new_row)
        client.close()
        accepted.close()
        qtbot.waitUntil(lambda: states().get((client_port, port)) == "TIME_WAIT", timeout=10_000)
        assert f"{len(panel.model.rows)} shown" in panel.status_label.text()
    finally:
        client.close()
        accepted.close()
        listener.close()


def test_selecting_a_socket_marks_its_other_end_while_selected(qtbot, tab) -> None:
    import sys

    from PySide6.QtCore import QItemSelectionModel, Qt

    panel = tab.sockets
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    tab.show_panel(tab.panel_index(panel))
    panel.filter_edit.setText(str(port))
    client = socket.create_connection(("127.0.0.1", port), timeout=5)
    accepted, _ = listener.accept()
    client_port = client.getsockname()[1]
    model = panel.model

    def row_of(local: int, remote: int | None) -> int:
        for index, entry in enumerate(model.rows):
            if (entry.local_port, entry.remote_port) == (local, remote):
                return index
        return -1

    def select(row: int) -> None:
        panel.table.selectionModel().select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    try:
        qtbot.waitUntil(
            lambda: row_of(client_port, port) >= 0 and row_of(port, client_port) >= 0,
            timeout=10_000,
        )
        select(row_of(client_port, port))
        other = model.rows[row_of(port, client_port)]
        assert model.is_peer(other)
        assert not model.is_peer(model.rows[row_of(client_port, port)])
        assert not model.is_peer(model.rows[row_of(port, None)])  # the listener is not it
        index = model.index(row_of(port, client_port), 0)
        assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
        assert model.data(index, Qt.ItemDataRole.FontRole).bold()
        # still marked after the highlight of a new row is long gone (refreshes go on)
        snapshots = panel._snapshot
        qtbot.waitUntil(lambda: panel._snapshot != snapshots, timeout=10_000)
        later = time.monotonic() + 3.5
        other_row = row_of(port, client_port)
        assert not model.is_highlighted(model.rows[other_row], now=later)
        assert model.is_peer(model.rows[other_row])
        panel.table.clearSelection()
        assert not model.is_peer(model.rows[row_of(port, client_port)])
        # hovering a state says what it means
        state_index = model.index(row_of(port, None), 3)
        assert model.data(state_index, Qt.ItemDataRole.ToolTipRole).startswith("LISTEN: ")
        # the client closes first: its end waits in TIME_WAIT, with the time it has left
        client.close()
        accepted.close()

        def waiting() -> str:
            row = row_of(client_port, port)
            return model.rows[row].state if row >= 0 else ""

        qtbot.waitUntil(lambda: waiting() == "TIME_WAIT", timeout=10_000)
        index = model.index(row_of(client_port, port), 3)
        shown = model.data(index, Qt.ItemDataRole.DisplayRole)
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith("TIME_WAIT: ")
        if sys.platform.startswith("linux"):
            assert shown.startswith("TIME_WAIT, ") and shown.endswith(" s left")
            assert "Time left: " in tip and " s, then the system forgets it." in tip
        else:
            assert shown == "TIME_WAIT" and "Time left: unknown" in tip
    finally:
        client.close()
        accepted.close()
        listener.close()


def test_neighbour_states_are_explained_on_hover(qtbot, tab) -> None:

    from app.core.diagnostics.neighbours import Neighbour

    panel = tab.neighbours
    states = ("REACHABLE", "STALE", "DELAY", "PROBE", "FAILED", "INCOMPLETE", "PERMANENT")
    entries = tuple(
        Neighbour(f"10.0.0.{i}", "aa:bb:cc:dd:ee:0f", "eth0", state)
        for i, state in enumerate((*states, "NOARP", "ODDITY"))
    )
    panel.show_table(NeighbourTable(entries, "ip neigh"))
    tips = [panel.table.item(row, 3).toolTip() for row in range(panel.table.rowCount())]
    for state, tip in zip((*states, "NOARP"), tips, strict=False):
        assert tip.startswith(f"{state}: "), tip
    assert tips[-1] == ""  # a state we do not know is shown without a made-up meaning


def test_sockets_refresh_only_while_visible(qtbot, tab) -> None:
    panel = tab.sockets
    tab.show_panel(tab.panel_index(panel))
    qtbot.waitUntil(lambda: panel.listing is not None, timeout=10_000)
    assert panel.is_refreshing() and panel._run.is_running()
    tab.show_panel(0)  # another tool: the sockets panel is hidden
    assert not panel.is_refreshing()
    qtbot.waitUntil(lambda: not panel._run.is_running())
    tab.show_panel(tab.panel_index(panel))
    assert panel.is_refreshing()
    panel.pause_check.setChecked(True)
    assert not panel.is_refreshing()
    assert panel.status_label.text().startswith("Paused.")
    panel.pause_check.setChecked(False)
    assert panel.is_refreshing()


def crash_engine(engine) -> threading.Event:
    """Make `engine` crash on its loop thread; the event is set just before it raises."""
    crashed = threading.Event()

    def bug() -> None:
        crashed.set()
        raise ZeroDivisionError("a bug in the test")

    engine.call_soon_threadsafe(bug)
    return crashed


def test_a_crashed_socket_engine_is_no_longer_refreshed(qtbot, tab) -> None:
    """Issue 13: the timer went on calling into the crashed engine every second."""
    panel = tab.sockets
    tab.show_panel(tab.panel_index(panel))
    qtbot.waitUntil(lambda: panel.listing is not None, timeout=10_000)
    crash_engine(panel._engine)
    qtbot.waitUntil(lambda: "internal error" in panel.status_label.text(), timeout=5000)
    qtbot.waitUntil(lambda: not panel.is_refreshing())
    panel.refresh()  # harmless now
    tab.show_panel(0)
    tab.show_panel(tab.panel_index(panel))  # shown again: a new engine refreshes
    assert panel.is_refreshing() and panel._run.is_running()


def test_a_refresh_between_a_crash_and_its_report_is_harmless(qtbot, tab) -> None:
    panel = tab.sockets
    tab.show_panel(tab.panel_index(panel))
    qtbot.waitUntil(lambda: panel.listing is not None, timeout=10_000)
    assert crash_engine(panel._engine).wait(5)
    panel._run.stop()  # its thread has ended; the failure waits in the event queue
    panel.refresh()  # what the timer does if it fires first
    assert not panel.is_refreshing()
    qtbot.waitUntil(lambda: "internal error" in panel.status_label.text(), timeout=5000)


def test_sockets_filters_by_state_and_protocol(qtbot, tab) -> None:
    panel = tab.sockets
    tab.show_panel(tab.panel_index(panel))
    qtbot.waitUntil(lambda: panel.listing is not None, timeout=10_000)
    panel.pause_check.setChecked(True)
    panel.state_combo.setCurrentText("LISTEN")
    assert all(entry.state == "LISTEN" for entry in panel.model.rows)
    panel.state_combo.setCurrentIndex(0)
    panel.tcp_check.setChecked(False)
    assert all(entry.protocol == "UDP" for entry in panel.model.rows)


def entry(local_port: int, state: str = "ESTABLISHED", remote: int | None = 9) -> SocketEntry:
    return SocketEntry(
        "TCP", "IPv4", "127.0.0.1", local_port, "127.0.0.1", remote, state, 1, "python"
    )


def test_socket_model_updates_rows_in_place(qtbot) -> None:
    model = SocketTableModel()
    first = [entry(1), entry(2), entry(3), entry(6)]
    model.track(first)
    model.update_rows(first[:3])  # a filter hides port 6
    assert not any(model.is_highlighted(row) for row in first)  # first snapshot: quiet
    persistent = QPersistentModelIndex(model.index(2, 0))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    second = [entry(2), entry(3, "TIME_WAIT"), entry(4), entry(6)]
    model.track(second)
    model.update_rows(second[:3])
    assert resets == []  # rows removed, changed and inserted, never reset
    assert [row.local_port for row in model.rows] == [2, 3, 4]
    assert persistent.row() == 1  # the selection follows its row
    assert [model.is_highlighted(row) for row in model.rows] == [False, True, True]
    assert not model.is_highlighted(model.rows[2], now=time.monotonic() + 10)  # it fades
    model.update_rows(second)  # the filter shows port 6: there all along, so not new
    assert model.rows[3].local_port == 6 and not model.is_highlighted(model.rows[3])
    assert "TIME_WAIT" in model.text()


# ------------------------------------------------------------- neighbours
def test_neighbours_panel_reads_or_explains(qtbot, tab) -> None:
    tab.show_panel(tab.panel_index(tab.neighbours))
    panel = tab.neighbours
    qtbot.waitUntil(lambda: panel.table_data is not None, timeout=10_000)
    if panel.table_data.available:
        assert panel.source_label.text().endswith(f"read from {panel.table_data.source}.")
        assert panel.table.rowCount() == len(panel.table_data.entries)
    panel.show_table(NeighbourTable((), "", "This system does not show its neighbour table."))
    assert panel.unavailable.text() == "This system does not show its neighbour table."
    assert panel.table.isHidden()


# ------------------------------------------------------------------ graph
def test_graph_scale_and_drawing(qtbot) -> None:
    assert [nice_ceiling(v) for v in (0.043, 0.11, 3, 7, 120)] == [0.05, 0.2, 5, 10, 200]
    assert (format_ms(0), format_ms(0.05), format_ms(2.5), format_ms(120)) == (
        "0",
        "0.05",
        "2.5",
        "120",
    )
    graph = RttGraph(capacity=5)
    qtbot.addWidget(graph)
    graph.resize(400, 200)
    for sequence in range(1, 8):
        if sequence == 4:
            graph.add_lost(sequence)
        else:
            graph.add_reply(sequence, sequence * 0.01)
    assert [seq for seq, _rtt in graph.samples] == [3, 4, 5, 6, 7]
    assert not graph.grab().isNull()


def test_typed_values_are_remembered(qtbot, tab) -> None:
    shut = closed_ports(2, set())
    tab.ports.host_edit.setText("127.0.0.1")
    tab.ports.ports_edit.setText(f"{shut[0]},{shut[1]}")
    tab.ports.timeout_spin.setValue(0.5)
    tab.ports.start()
    qtbot.waitUntil(lambda: tab.ports.finished_event is not None, timeout=10_000)
    again = DiagnosticsTab()
    qtbot.addWidget(again)
    assert again.ports.ports_edit.text() == f"{shut[0]},{shut[1]}"
    assert again.ports.timeout_spin.value() == 0.5
    assert again.ping.host_edit.text() == "127.0.0.1"  # never run: the default
    again.shutdown()


# ------------------------------------------------------- in other languages
IN_RUSSIAN_AND_CHINESE = pytest.mark.parametrize(
    ("code", "letters"), [("ru", CYRILLIC), ("zh_CN", CHINESE)]
)


@pytest.fixture
def tab_in(qtbot, language) -> Iterator:
    """`tab_in("ru")`: the tab built with the window in that language."""
    built: list[DiagnosticsTab] = []

    def build(code: str) -> DiagnosticsTab:
        assert language(code)
        widget = DiagnosticsTab()
        qtbot.addWidget(widget)
        widget.resize(1100, 680)
        widget.show()
        qtbot.waitExposed(widget)
        built.append(widget)
        return widget

    yield build
    for widget in built:
        widget.shutdown()


@pytest.mark.parametrize(
    ("code", "state", "detail", "summary"),
    [
        ("ru", "закрыт", "ECONNREFUSED: соединение отклонено", "Проверено портов: 1 из 1 — "),
        ("zh_CN", "关闭", "ECONNREFUSED：连接被拒绝", "1 / 1 个端口：开放 0 个，关闭 1 个"),  # noqa: RUF001
    ],
    ids=["ru", "zh_CN"],
)
def test_a_refused_port_is_explained_in_the_windows_language(
    qtbot, tab_in, code, state, detail, summary
) -> None:
    panel = tab_in(code).ports
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again when the check runs: refused
    panel.host_edit.setText("127.0.0.1")
    panel.ports_edit.setText(str(port))
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.finished_event is not None, timeout=10_000)
    assert [(r.port, r.state) for r in panel.model.results] == [(port, "closed")]
    row = [panel.proxy.index(0, column).data() for column in range(5)]
    assert row[0] == f"{port}/tcp"
    assert (row[1], row[4]) == (state, detail)
    assert panel.progress_label.text().startswith(summary)
    qtbot.waitUntil(panel.start_button.isEnabled)


@IN_RUSSIAN_AND_CHINESE
def test_dns_errors_are_shown_in_the_windows_language(
    qtbot, tab_in, monkeypatch, code, letters
) -> None:
    panel = tab_in(code).dns
    assert letters.search(panel.resolver_label.text()), panel.resolver_label.text()
    panel.name_edit.setText("bad..name")  # refused before any lookup
    panel.look_up()
    assert letters.search(panel.name_error.text()) and "bad..name" in panel.name_error.text()
    assert not panel.is_running()

    panel.kind_combo.setCurrentIndex(2)  # Address -> name, for a name
    panel.name_edit.setText("localhost")
    panel.look_up()
    qtbot.waitUntil(lambda: panel.name_error.has_error() and not panel.is_running())
    shown = panel.name_error.text()
    assert letters.search(shown) and "localhost" in shown and "127.0.0.1" in shown
    assert "not an IP address" not in shown
    assert table_column(panel.table, 2) == [shown]

    refuse_names_locally(monkeypatch)
    panel.kind_combo.setCurrentIndex(0)
    panel.name_edit.setText("no-such-host")
    panel.look_up()
    qtbot.waitUntil(lambda: panel.name_error.has_error() and not panel.is_running())
    shown = panel.name_error.text()
    assert letters.search(shown) and "no-such-host" in shown and "Host not found" not in shown
    assert table_column(panel.table, 2)[-1] == shown


@IN_RUSSIAN_AND_CHINESE
def test_ping_of_an_unknown_host_says_so_in_the_windows_language(
    qtbot, tab_in, monkeypatch, code, letters
) -> None:
    panel = tab_in(code).ping
    refuse_names_locally(monkeypatch)
    panel.host_edit.setText("no-such-host")
    panel.start_button.click()
    qtbot.waitUntil(lambda: panel.host_error.has_error() and not panel.is_running())
    shown = panel.host_error.text()
    assert letters.search(shown) and "no-such-host" in shown and "Host not found" not in shown
    assert letters.search(panel.summary_label.text())


@IN_RUSSIAN_AND_CHINESE
def test_ping_loopback_says_how_it_pings_in_the_windows_language(
    qtbot, tab_in, code, letters
) -> None:
    panel = tab_in(code).ping
    panel.host_edit.setText("127.0.0.1")
    panel.count_spin.setValue(1)
    panel.start()
    qtbot.waitUntil(lambda: not panel.is_running(), timeout=10_000)
    qtbot.waitUntil(panel.start_button.isEnabled)
    if panel.host_error.has_error():
        assert letters.search(panel.host_error.text()), panel.host_error.text()
        pytest.skip(panel.host_error.text())
    note = panel.method_label.text()
    assert letters.search(note) and ("ICMP" in note or "ping" in note)
    assert "Using" not in note


@IN_RUSSIAN_AND_CHINESE
def test_interface_states_in_the_windows_language(qtbot, tab_in, code, letters) -> None:
    tab = tab_in(code)
    tab.show_panel(tab.panel_index(tab.interfaces))
    panel = tab.interfaces
    qtbot.waitUntil(lambda: panel.report is not None, timeout=10_000)
    rows = {interface.name: row for row, interface in enumerate(panel.report.interfaces)}
    loopback = next(i for i in panel.report.interfaces if i.is_loopback and i.is_up)
    state = panel.table.item(rows[loopback.name], 1).text()
    expected = {"ru": "включён, петлевой", "zh_CN": "已启用，环回"}[code]  # noqa: RUF001
    assert state == expected


@IN_RUSSIAN_AND_CHINESE
def test_a_missing_neighbour_table_is_explained_in_the_windows_language(
    qtbot, tab_in, monkeypatch, tmp_path, code, letters
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no `ip`, no `arp`
    monkeypatch.setattr(neighbours_module, "PROC_NET_ARP", tmp_path / "arp")
    tab = tab_in(code)
    tab.show_panel(tab.panel_index(tab.neighbours))
    panel = tab.neighbours
    qtbot.waitUntil(lambda: panel.table_data is not None, timeout=10_000)
    assert not panel.table_data.available
    shown = panel.unavailable.text()
    assert letters.search(shown) and "ARP" in shown
    assert "This system" not in shown and "cannot be read" not in shown
