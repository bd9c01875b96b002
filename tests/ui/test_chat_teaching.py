"""The teacher's switches in the Chat tab (issue 21): the host panel's Advanced options
(SO_REUSEADDR, the listen backlog, Pause accepting) and the raw terminal's separate or
joined send() calls. Real sockets on 127.0.0.1; the tests wait on the tab, never sleep."""

from __future__ import annotations

import socket
import sys

import pytest

from tests.helpers.fixtures import free_port
from tests.ui.test_chat_tab import (  # noqa: F401 (the autouse fixtures apply here too)
    WAIT,
    _shut_tabs_down,
    host,
    make_tab,
    quick_timers,
    raw_peer,
)

LINUX = sys.platform.startswith("linux")


def _count(tab, text: str) -> int:
    return tab.events_pane.text().count(text)


def test_advanced_options_are_folded_reach_the_server_and_are_remembered(qtbot) -> None:
    tab = make_tab(qtbot, "alice")
    tab.show()
    panel = tab.host_panel
    assert not panel.advanced_box.isVisible()  # a newcomer's panel stays short
    assert "TIME_WAIT" in panel.reuse_check.toolTip()
    assert "accept()" in panel.backlog_spin.toolTip()
    panel.advanced_button.click()
    assert panel.advanced_box.isVisible() and panel.reuse_check.isChecked()
    panel.reuse_check.setChecked(False)
    panel.backlog_spin.setValue(9)
    assert not panel.pause_check.isEnabled()  # only while hosting
    panel.bind_combo.set_address("127.0.0.1")
    panel.port_edit.setText(str(free_port()))
    assert tab.start_hosting()
    qtbot.waitUntil(lambda: tab.connection_state() == "connected", timeout=WAIT)
    text = tab.events_pane.text()
    assert "server  setsockopt(SOL_SOCKET, SO_REUSEADDR, 0) -> ok: SO_REUSEADDR off" in text
    assert "server  listen(9) -> ok" in text
    assert not panel.reuse_check.isEnabled() and not panel.backlog_spin.isEnabled()
    assert panel.pause_check.isEnabled()

    again = make_tab(qtbot, "bob")
    again.show()
    assert again.host_panel.advanced_box.isVisible()
    assert not again.host_panel.reuse_check.isChecked()
    assert again.host_panel.backlog_spin.value() == 9


def test_pause_accepting_leaves_connections_in_the_backlog_until_resumed(qtbot) -> None:
    tab, port = host(qtbot)
    tab.show()
    panel = tab.host_panel
    panel.advanced_button.click()
    qtbot.waitUntil(lambda: _count(tab, "server  accept() ->") == 1, timeout=WAIT)  # our own
    panel.pause_check.setChecked(True)
    qtbot.waitUntil(lambda: "server  pause accept() ->" in tab.events_pane.text(), timeout=WAIT)
    qtbot.waitUntil(panel.queue_label.isVisible, timeout=WAIT)
    peers = [socket.create_connection(("127.0.0.1", port), timeout=5.0) for _ in range(2)]
    try:
        if LINUX:
            qtbot.waitUntil(
                lambda: (
                    panel.queue_label.text() == "accept() paused: 2 of 128 waiting in the backlog"
                ),
                timeout=WAIT,
            )
        else:
            assert "cannot be measured" in panel.queue_label.text()
        assert _count(tab, "server  accept() ->") == 1  # connected, yet never accept()ed
        panel.pause_check.setChecked(False)
        qtbot.waitUntil(lambda: _count(tab, "server  accept() ->") == 3, timeout=WAIT)
        text = tab.events_pane.text()
        assert text.index("server  resume accept() ->") < text.rindex("server  accept() ->")
        assert not panel.queue_label.isVisible()
        for peer in peers:
            assert peer.recv(200)  # accepted: the server speaks (a greeting or TLS sniff)
    finally:
        for peer in peers:
            peer.close()
    tab.stop_hosting()
    qtbot.waitUntil(lambda: not tab.is_hosting(), timeout=WAIT)
    assert not panel.pause_check.isChecked() and not panel.pause_check.isEnabled()


@pytest.mark.skipif(not LINUX, reason="TIME_WAIT is seen in /proc/net/tcp")
def test_reuseaddr_off_during_time_wait_is_explained_and_on_binds(qtbot) -> None:
    with socket.socket() as listener:  # a server (with SO_REUSEADDR, as ours) just closed
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        client = socket.create_connection(("127.0.0.1", port), timeout=5.0)
        accepted, _ = listener.accept()
        accepted.close()  # the server side closes first: its end goes to TIME_WAIT
        assert client.recv(10) == b""
        client.close()
    tab = make_tab(qtbot, "alice")
    tab.show()
    panel = tab.host_panel
    panel.advanced_button.click()
    panel.reuse_check.setChecked(False)
    panel.bind_combo.set_address("127.0.0.1")
    panel.port_edit.setText(str(port))
    assert tab.start_hosting()
    qtbot.waitUntil(panel.port_error.has_error, timeout=WAIT)
    qtbot.waitUntil(lambda: not tab.is_hosting(), timeout=WAIT)
    said = panel.port_error.text()
    assert said.startswith(f"Port {port} is still held by connections in TIME_WAIT")
    assert "about 60 s" in said
    panel.reuse_check.setChecked(True)
    assert tab.start_hosting()
    qtbot.waitUntil(lambda: tab.connection_state() == "connected", timeout=WAIT)
    assert f"server  bind(('127.0.0.1', {port})) -> ok" in tab.events_pane.text()


def test_raw_terminal_separate_sends_arrive_in_one_recv(qtbot) -> None:
    with raw_peer(qtbot) as (tab, peer):
        terminal = tab.raw_terminal
        assert "byte stream" in terminal.send_calls.toolTip()
        terminal.times_spin.setValue(2)
        terminal.send_calls.setCurrentIndex(terminal.send_calls.findData(True))
        terminal.send_edit.setText("hi")
        terminal.send_button.click()
        # Both send() calls are made before the peer reads a byte: no sleep, no race.
        qtbot.waitUntil(lambda: _count(tab, "client  send() -> 3 bytes") == 2, timeout=WAIT)
        assert peer.recv(100) == b"hi\nhi\n"  # two send() calls, one recv()
        sent = [terminal.model.row(n) for n in range(terminal.model.rowCount())]
        assert [row.data for row in sent if row.sent] == [b"hi\n", b"hi\n"]

        terminal.send_calls.setCurrentIndex(terminal.send_calls.findData(False))
        terminal.send_edit.setText("hi")
        terminal.send_button.click()
        qtbot.waitUntil(lambda: _count(tab, "client  send() -> 6 bytes") == 1, timeout=WAIT)
        assert peer.recv(100) == b"hi\nhi\n"
        assert _count(tab, "client  send() -> 3 bytes") == 2  # still two: one call this time
        rows = [terminal.model.row(n) for n in range(terminal.model.rowCount())]
        assert [row.data for row in rows if row.sent][-1] == b"hi\nhi\n"
