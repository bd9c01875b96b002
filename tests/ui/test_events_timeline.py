"""The Events pane with real engines on 127.0.0.1: one timeline for the whole window,
in causal order, with both directions, and nothing lost when an engine stops."""

from __future__ import annotations

import re

from app.core.events import StateEvent, TraceEvent
from app.ui.chat.tab import ChatTab
from app.ui.events_pane import EventsPane
from tests.ui.test_chat_tab import (  # noqa: F401  (fixtures used by name)
    WAIT,
    _shut_tabs_down,
    host,
    join,
    quick_timers,
    say,
    shows,
)
from tests.ui.test_udp_tab import send_form, start_receiver
from tests.ui.test_udp_tab import tab as udp_tab  # noqa: F401  (a fixture)

_COUNT = re.compile(r"(\d[\d,]*) bytes")


def calls(pane: EventsPane, side: str | None = None) -> list[TraceEvent]:
    """The trace events the pane holds (all kinds), oldest first, of one side."""
    return [
        line.event
        for line in pane.lines()
        if isinstance(line.event, TraceEvent) and (side is None or line.side == side)
    ]


def byte_count(event: TraceEvent) -> int:
    values = getattr(event.result, "values", None)
    if values and "count" in values:
        return int(values["count"])
    match = _COUNT.search(str(event.result))
    return int(match.group(1).replace(",", "")) if match else 0


def first_index(pane: EventsPane, side: str, prefix: str) -> int:
    for index, line in enumerate(pane.lines()):
        event = line.event
        if line.side == side and isinstance(event, TraceEvent) and event.call.startswith(prefix):
            return index
    raise AssertionError(f"no {side} {prefix} line in:\n{pane.text()}")


def assert_bytes_never_arrive_before_they_are_sent(
    pane: EventsPane, sender: str, receiver: str, receive_prefix: str
) -> int:
    """Along the timeline, what `receiver` has received never exceeds what `sender` has
    sent: every recv() has its send() above it. Returns the bytes received."""
    sent = received = 0
    for line in pane.lines():
        event = line.event
        if not isinstance(event, TraceEvent) or event.error:
            continue
        if line.side == sender and event.call.startswith(("send", "sendmsg")):
            sent += byte_count(event)
        elif line.side == receiver and event.call.startswith(receive_prefix):
            received += byte_count(event)
            assert received <= sent, f"{receiver} received before {sender} sent:\n{pane.text()}"
    return received


def show_everything(pane: EventsPane) -> None:
    for kind in ("keepalive", "discovery", "state"):
        pane.set_shown(kind, True)


def test_host_and_join_in_one_window_read_in_causal_order(qtbot) -> None:
    alice, _port = host(qtbot)
    pane = alice.events_pane
    say(alice, "hello, this is one line of the chat")
    qtbot.waitUntil(lambda: shows(alice, "hello, this is one line of the chat"), timeout=WAIT)
    qtbot.waitUntil(
        lambda: any(
            e.call.startswith("send() to") or e.call.startswith("sendmsg() to")
            for e in calls(pane, "server")
        ),
        timeout=WAIT,
    )
    # The calls as the notes teach them: socket, bind, listen; then connect before accept.
    assert first_index(pane, "server", "bind(") < first_index(pane, "server", "listen(")
    assert first_index(pane, "client", "connect((") < first_index(pane, "server", "accept()")
    # Each side's recv() comes after the other side's send() of those bytes.
    assert assert_bytes_never_arrive_before_they_are_sent(pane, "client", "server", "recv() from")
    assert assert_bytes_never_arrive_before_they_are_sent(pane, "server", "client", "recv()")


def test_stop_hosting_leaves_the_close_calls_in_the_pane(qtbot) -> None:
    alice, _port = host(qtbot)
    pane = alice.events_pane
    show_everything(pane)
    alice.stop_hosting()
    qtbot.waitUntil(lambda: not alice.session.hosting, timeout=WAIT)
    # The client and the server stopped (the file-transfer engine beside the client
    # stops too, on a side of its own).
    qtbot.waitUntil(
        lambda: (
            sorted(
                line.side
                for line in pane.lines()
                if isinstance(line.event, StateEvent)
                and line.event.state == "stopped"
                and line.side in ("client", "server")
            )
            == ["client", "server"]
        ),
        timeout=WAIT,
    )
    server = [event.call for event in calls(pane, "server")]
    assert "close() listening socket" in server
    assert any(call.startswith("close() 127.0.0.1:") for call in server)
    assert "close()" in [event.call for event in calls(pane, "client")]
    # Each side's last line is its stopped state: its close() calls came before it.
    for side in ("client", "server"):
        last = [line for line in pane.lines() if line.side == side][-1]
        assert isinstance(last.event, StateEvent) and last.event.state == "stopped"


def client_closed(tab: ChatTab) -> bool:
    return "close()" in [event.call for event in calls(tab.events_pane, "client")]


def server_closed_one(tab: ChatTab, because: str = "") -> bool:
    return any(
        event.call.startswith("close() 127.0.0.1:") and because in str(event.result)
        for event in calls(tab.events_pane, "server")
    )


def test_disconnect_shows_both_ends_of_the_teardown(qtbot) -> None:
    alice, port = host(qtbot)
    bob = join(qtbot, port)
    bob.disconnect_from_server()
    qtbot.waitUntil(lambda: client_closed(bob), timeout=WAIT)
    # The guest's goodbye (TLS close_notify) reached the host, which closed its socket.
    qtbot.waitUntil(lambda: server_closed_one(alice), timeout=WAIT)
    # The guest's last send() (its goodbye) is stamped before the host's last recv().
    sends = [e for e in calls(bob.events_pane, "client") if e.call == "send()"]
    recvs = [e for e in calls(alice.events_pane, "server") if e.call.startswith("recv() from")]
    assert sends[-1].stamp < recvs[-1].stamp


def test_a_kicked_guest_sees_the_server_close_the_connection(qtbot) -> None:
    alice, port = host(qtbot)
    bob = join(qtbot, port)
    qtbot.waitUntil(lambda: alice.host_panel.users_table.rowCount() == 2, timeout=WAIT)
    alice.kick("bob")
    qtbot.waitUntil(lambda: server_closed_one(alice, "kicked"), timeout=WAIT)
    qtbot.waitUntil(lambda: client_closed(bob), timeout=WAIT)


def test_a_guest_whose_server_is_gone_sees_it_close_and_the_refused_reconnect(qtbot) -> None:
    alice, port = host(qtbot)
    bob = join(qtbot, port)
    alice.stop_hosting()
    qtbot.waitUntil(lambda: client_closed(bob), timeout=WAIT)
    # Reconnecting finds nothing listening: the failed call names its errno.
    qtbot.waitUntil(
        lambda: any(
            event.call.startswith("connect((") and event.error and event.result == "ECONNREFUSED"
            for event in calls(bob.events_pane, "client")
        ),
        timeout=WAIT,
    )
    assert "ECONNREFUSED" in bob.events_pane.text()


def test_the_server_sends_appear_with_their_peer(qtbot) -> None:
    alice, port = host(qtbot)
    bob = join(qtbot, port)
    say(bob, "one line from bob")
    qtbot.waitUntil(lambda: shows(alice, "one line from bob"), timeout=WAIT)
    sends = [
        event
        for event in calls(alice.events_pane, "server")
        if event.call.startswith(("send() to", "sendmsg() to"))
    ]
    peers = {event.call.split(" to ")[1] for event in sends}
    assert len(peers) >= 2  # to alice's own client and to bob
    assert all(byte_count(event) > 0 for event in sends)


def test_keepalive_lines_are_hidden_until_shown(qtbot, monkeypatch) -> None:
    import dataclasses

    from app.ui.chat.session import ChatSession

    start_server = ChatSession.start_server

    def quick_pings(session, config) -> None:
        start_server(session, dataclasses.replace(config, ping_interval=0.1))

    monkeypatch.setattr(ChatSession, "start_server", quick_pings)
    alice, _port = host(qtbot)
    pane = alice.events_pane
    qtbot.waitUntil(
        lambda: sum(line.kind == "keepalive" for line in pane.lines()) >= 4,
        timeout=WAIT,
    )
    kinds = {
        (line.side, line.event.call.split("(")[0])
        for line in pane.lines()
        if line.kind == "keepalive"
    }
    assert (
        ("server", "recv") in kinds or ("server", "send") in kinds or ("server", "sendmsg") in kinds
    )
    assert ("client", "send") in kinds and ("client", "recv") in kinds
    assert "keepalive" not in {line.kind for line in pane.shown_lines()}
    pane.set_shown("keepalive", True)
    assert "keepalive" in {line.kind for line in pane.shown_lines()}


def test_udp_send_comes_before_its_receive(qtbot, udp_tab) -> None:  # noqa: F811
    tab = udp_tab
    port = start_receiver(qtbot, tab)
    pane = tab.events_pane
    assert send_form(tab, f"127.0.0.1:{port}", "one datagram")
    qtbot.waitUntil(
        lambda: any(e.call.startswith("recvfrom(") for e in calls(pane, "receiver")),
        timeout=WAIT,
    )
    qtbot.waitUntil(
        lambda: any(e.call.startswith("send") for e in calls(pane, "sender")), timeout=WAIT
    )
    assert first_index(pane, "sender", "send") < first_index(pane, "receiver", "recvfrom(")


def test_a_chat_tab_pane_offers_two_columns(qtbot) -> None:
    alice, _port = host(qtbot)
    assert isinstance(alice, ChatTab)
    pane = alice.events_pane
    pane.set_two_sided(True)
    pane.flush()
    model = pane.model
    rows = range(model.rowCount())
    assert any(model.index(row, 1).data() for row in rows)  # the client's column
    assert any(model.index(row, 3).data() for row in rows)  # the server's column
