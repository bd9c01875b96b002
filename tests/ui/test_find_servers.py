"""The Find servers panel against real servers on loopback (127.255.255.255 only)."""

from __future__ import annotations

import socket
import sys

import pytest
from PySide6.QtCore import Qt

from app.core.discovery import encode_announcement
from app.core.identity import KnownServers
from app.ui.chat.find_servers import FindServersPanel
from tests.helpers.chat import start_server
from tests.helpers.discovery import (
    LOOPBACK_BROADCAST,
    loopback_finder,
    make_identity,
    sample_announcement,
)
from tests.helpers.fixtures import free_port

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="loopback broadcast (127.255.255.255) is Linux's"
)


@pytest.fixture
def discovery_port() -> int:
    return free_port(kind=socket.SOCK_DGRAM)


def make_panel(qtbot, port: int, answer_wait: float = 0.5) -> FindServersPanel:
    panel = FindServersPanel(lambda: loopback_finder(port, answer_wait=answer_wait))
    qtbot.addWidget(panel)
    panel.resize(700, 400)
    return panel


def cell(panel: FindServersPanel, row: int, column: int) -> str:
    return panel.table.item(row, column).text()


def test_lists_a_server_and_joins_it_with_a_double_click(qtbot, run_engine, discovery_port):
    server, chat_port, _ = start_server(
        run_engine, discovery_port=discovery_port, server_name="Room A"
    )
    panel = make_panel(qtbot, discovery_port, answer_wait=5.0)
    panel.show()
    qtbot.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert cell(panel, 0, 0) == "Room A"
    assert cell(panel, 0, 1) == f"127.0.0.1:{chat_port}"
    assert cell(panel, 0, 2) == "0"
    assert cell(panel, 0, 3).endswith(" ms")
    assert cell(panel, 0, 4) == server.identity.code  # signed, not pinned yet
    assert "check that the host's screen shows the same code" in panel.table.item(0, 4).toolTip()
    assert panel.status.text() == "1 server found. Double-click one to join."
    assert not panel.help.isVisible()
    rect = panel.table.visualRect(panel.table.model().index(0, 1))
    # A real double-click is press, release, then the double-click event.
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(panel.server_chosen) as chosen:
        qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert chosen.args == ["127.0.0.1", chat_port, server.identity.code]
    panel.shutdown()
    assert not panel.is_searching()


def test_nothing_answered_says_what_blocks_discovery(qtbot, discovery_port):
    panel = make_panel(qtbot, discovery_port, answer_wait=0.3)
    panel.show()
    panel.find()
    qtbot.waitUntil(lambda: panel.help.isVisible())
    assert panel.status.text() == "No server answered."
    text = panel.help.text()
    for words in ("firewall", "Client isolation on Wi-Fi", "Different subnets", "typing"):
        assert words in text
    assert panel.table.rowCount() == 0
    panel.shutdown()


def test_a_server_that_stops_vanishes_from_the_list(qtbot, run_engine, discovery_port):
    _, _, server_run = start_server(
        run_engine, discovery_port=discovery_port, server_name="Leaving"
    )
    panel = make_panel(qtbot, discovery_port, answer_wait=5.0)
    panel.find()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    server_run.stop()  # it says goodbye
    qtbot.waitUntil(lambda: panel.table.rowCount() == 0)
    panel.shutdown()


def test_junk_datagrams_are_counted_under_the_list(qtbot, discovery_port):
    panel = make_panel(qtbot, discovery_port, answer_wait=5.0)
    panel.show()
    panel.find()
    qtbot.waitUntil(lambda: panel.status.toolTip() != "")  # asked: the finder listens
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        for _ in range(3):
            sender.sendto(b"junk", (LOOPBACK_BROADCAST, discovery_port))
        # A server heard only by its announcement is listed too, without a round trip.
        sender.sendto(
            encode_announcement(sample_announcement(name="Heard")),
            (LOOPBACK_BROADCAST, discovery_port),
        )
    qtbot.waitUntil(lambda: panel.ignored.isVisible() and panel.table.rowCount() == 1)
    assert panel.ignored.text().startswith("3 datagrams on the discovery port were ignored")
    assert cell(panel, 0, 0) == "Heard" and cell(panel, 0, 3) == "-"
    assert "ignored, not a SocketLab discovery datagram" in panel.events_pane.text()
    panel.shutdown()


def test_hiding_stops_the_finder_and_showing_resumes_it(qtbot, discovery_port):
    panel = make_panel(qtbot, discovery_port, answer_wait=5.0)
    panel.show()
    panel.find()
    qtbot.waitUntil(panel.is_searching)
    panel.hide()
    assert not panel.is_searching()
    panel.show()
    qtbot.waitUntil(panel.is_searching)
    panel.shutdown()


def test_asking_again_finds_a_server_started_later(qtbot, run_engine, discovery_port):
    panel = make_panel(qtbot, discovery_port, answer_wait=0.3)
    panel.show()
    panel.find()
    qtbot.waitUntil(lambda: panel.help.isVisible())
    _, chat_port, _ = start_server(run_engine, discovery_port=discovery_port, server_name="Late")
    panel.find()  # the finder still runs: it asks again
    assert panel.status.text() == "Asking the LAN again..."
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert cell(panel, 0, 0) == "Late" and cell(panel, 0, 1) == f"127.0.0.1:{chat_port}"
    assert not panel.help.isVisible()
    panel.shutdown()


def test_a_pinned_room_is_marked_known(qtbot, run_engine, discovery_port):
    server, chat_port, _ = start_server(
        run_engine, discovery_port=discovery_port, server_name="Room A"
    )
    KnownServers().pin("127.0.0.1", chat_port, server.identity.public_der)
    panel = make_panel(qtbot, discovery_port, answer_wait=5.0)
    panel.find()
    qtbot.waitUntil(lambda: panel.table.rowCount() == 1)
    assert cell(panel, 0, 4) == f"{server.identity.code} (known)"
    assert panel.table.item(0, 4).toolTip().startswith("Known: signed with the key of a server")
    panel.shutdown()


def test_unverified_rooms_are_marked_and_listed_after_verified_ones(qtbot, discovery_port):
    panel = make_panel(qtbot, discovery_port, answer_wait=5.0)
    panel.show()
    panel.find()
    qtbot.waitUntil(lambda: panel.status.toolTip() != "")  # asked: the finder listens
    identity = make_identity()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sender:
        sender.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
        for data in (
            encode_announcement(sample_announcement(server_id="plain", name="Aardvark")),
            encode_announcement(sample_announcement(server_id="signed", name="Zebra"), identity),
        ):
            sender.sendto(data, (LOOPBACK_BROADCAST, discovery_port))
    qtbot.waitUntil(lambda: panel.table.rowCount() == 2)
    assert [cell(panel, row, 0) for row in (0, 1)] == ["Zebra", "Aardvark"]
    assert (cell(panel, 0, 4), cell(panel, 1, 4)) == (identity.code, "unverified")
    tip = panel.table.item(1, 4).toolTip()
    assert tip.startswith("Unverified: this announcement is not signed")
    assert "anyone on the LAN could have sent it" in tip
    panel.shutdown()
