"""The Chat tab driven as people use it: host, join, chat, go offline, raw terminal.

Everything runs on real sockets on 127.0.0.1, with the tab's engines on their worker
threads; the tests wait on the tab's own state, never sleep.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QMimeData, Qt, QTimer
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from app.core.chat import conversation_log
from app.core.chat.conversation_log import EXPORT_CSV, EXPORT_TEXT, ConversationLog
from app.core.chat.protocol import Kind
from app.core.chat.server import ChatServerEngine, RoomEvent, ServerConfig, ServerListening
from app.ui.chat.entries import PENDING
from app.ui.chat.tab import ChatTab
from app.ui.main_window import MainWindow
from app.ui.settings import app_settings
from tests.helpers.chat import (
    RawPeer,
    decline_tls,
    held_recorder_class,
    read_client_hello,
    start_server,
)
from tests.helpers.fixtures import free_port

WAIT = 5000


@pytest.fixture(autouse=True)
def quick_timers(monkeypatch) -> None:
    """Reconnect at once and decide 'not a chat server' fast: the tests stay quick."""
    monkeypatch.setattr(ChatTab, "reconnect_delays", (0.05, 0.1))
    monkeypatch.setattr(ChatTab, "greeting_timeout", 0.3)


_OPEN_TABS: list[ChatTab] = []


@pytest.fixture(autouse=True)
def _shut_tabs_down():
    """Tabs made by a test are shut down after it, whether it passed or not."""
    yield
    while _OPEN_TABS:
        tab = _OPEN_TABS.pop()
        tab.shutdown()
        # Deleted here, on the GUI thread. Left to Python, a tab (its widgets and their
        # parents refer to each other) is freed by the garbage collector, which runs on
        # whichever thread allocates next: an engine's, where deleting widgets crashes.
        if shiboken6.isValid(tab):
            shiboken6.delete(tab)


def make_tab(qtbot, nick: str) -> ChatTab:
    tab = ChatTab()
    qtbot.addWidget(tab)
    _OPEN_TABS.append(tab)  # a strong reference: the test's locals end before teardown
    tab.resize(1100, 720)
    tab.identity.nick_edit.setText(nick)
    return tab


def host(qtbot, nick: str = "alice", port: int | None = None) -> tuple[ChatTab, int]:
    tab = make_tab(qtbot, nick)
    port = port or free_port()
    tab.host_panel.bind_combo.set_address("127.0.0.1")
    tab.host_panel.port_edit.setText(str(port))
    assert tab.start_hosting()
    qtbot.waitUntil(lambda: tab.connection_state() == "connected", timeout=WAIT)
    return tab, port


def join(qtbot, port: int, nick: str = "bob") -> ChatTab:
    tab = make_tab(qtbot, nick)
    assert tab.connect_to(f"127.0.0.1:{port}")
    qtbot.waitUntil(lambda: tab.connection_state() == "connected", timeout=WAIT)
    return tab


def say(tab: ChatTab, text: str) -> None:
    tab.input.setPlainText(text)
    tab.send_button.click()


def shows(tab: ChatTab, line_end: str) -> bool:
    return any(line.endswith(line_end) for line in tab.conversation_texts())


def count(tab: ChatTab, line_end: str) -> int:
    return sum(line.endswith(line_end) for line in tab.conversation_texts())


@contextlib.contextmanager
def raw_peer(qtbot, nick: str = "bob") -> Iterator[tuple[ChatTab, socket.socket]]:
    """A shown tab connected to a plain listening socket (not a chat server), and that
    socket's side of the connection; the tab is in its raw terminal."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        tab = make_tab(qtbot, nick)
        tab.show()
        assert tab.connect_to(f"127.0.0.1:{listener.getsockname()[1]}")
        peer, _ = listener.accept()
        with peer:
            read_client_hello(peer)  # TLS is tried first; a silent peer gets plaintext after
            qtbot.waitUntil(lambda: tab.connection_state() == "raw", timeout=WAIT)
            yield tab, peer


# ---------------------------------------------------------------------------- chatting
def test_host_and_join_then_chat_both_ways(qtbot) -> None:
    alice, port = host(qtbot)
    assert alice.is_hosting()
    assert alice.host_panel.shared_addresses == [f"127.0.0.1:{port}"]
    bob = join(qtbot, port)
    qtbot.waitUntil(lambda: alice.people.nicks() == ["alice", "bob"], timeout=WAIT)
    qtbot.waitUntil(lambda: bob.people.nicks() == ["alice", "bob"], timeout=WAIT)
    table = alice.host_panel.users_table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=WAIT)
    assert [table.item(row, 0).text() for row in range(2)] == ["alice (you)", "bob"]
    assert all(table.item(row, 1).text().startswith("127.0.0.1:") for row in range(2))

    qtbot.keyClicks(bob.input, "hello alice")
    qtbot.keyClick(bob.input, Qt.Key.Key_Return)  # Enter sends
    qtbot.waitUntil(lambda: shows(alice, "<bob> hello alice"), timeout=WAIT)
    assert bob.input.toPlainText() == ""
    say(alice, "hi bob")
    qtbot.waitUntil(lambda: shows(bob, "<alice> hi bob"), timeout=WAIT)
    qtbot.waitUntil(lambda: shows(bob, "<bob> hello alice"), timeout=WAIT)
    assert bob.pending_texts() == []
    own = [e for e in bob.conversation.conversation.entries() if e.text == "hello alice"]
    assert len(own) == 1 and own[0].own and own[0].kind == Kind.MESSAGE
    assert "Connected to 127.0.0.1" in bob.state_label.text()
    assert bob.state_label.text().endswith("as bob.")


def test_nick_change_private_message_and_leave(qtbot) -> None:
    alice, port = host(qtbot)
    bob = join(qtbot, port)
    say(bob, "/nick bobby")
    qtbot.waitUntil(lambda: shows(alice, "* bob is now bobby"), timeout=WAIT)
    qtbot.waitUntil(lambda: bob.my_nick() == "bobby", timeout=WAIT)
    assert bob.identity.nick_edit.text() == "bobby"
    assert app_settings().value("chat/nickname") == "bobby"
    qtbot.waitUntil(lambda: "bobby" in alice.people.nicks(), timeout=WAIT)
    say(alice, "/nick alicia")  # the host renames: the host panel still marks who is who
    table = alice.host_panel.users_table
    qtbot.waitUntil(
        lambda: (
            [table.item(r, 0).text() for r in range(table.rowCount())] == ["alicia (you)", "bobby"]
        ),
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: alice.people.list.item(0).text() == "alicia (you)", timeout=WAIT)

    item = alice.people.list.findItems("bobby", Qt.MatchFlag.MatchExactly)[0]
    alice.people.list.itemDoubleClicked.emit(item)  # double-click starts a /msg
    assert alice.input.toPlainText() == "/msg bobby "
    qtbot.keyClicks(alice.input, "the code is 42")
    qtbot.keyClick(alice.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shows(bob, "<alicia> (private) the code is 42"), timeout=WAIT)
    qtbot.waitUntil(lambda: shows(alice, "(private to bobby) the code is 42"), timeout=WAIT)
    private = [e for e in bob.conversation.conversation.entries() if e.kind == Kind.PRIVATE]
    assert len(private) == 1

    bob.disconnect_from_server()
    assert bob.connection_state() == "offline" and not bob.is_connected()
    qtbot.waitUntil(lambda: shows(alice, "* bobby left (quit)"), timeout=WAIT)
    qtbot.waitUntil(lambda: alice.people.nicks() == ["alicia"], timeout=WAIT)


def test_a_raw_peer_chats_with_the_tab(qtbot) -> None:
    alice, port = host(qtbot)
    peer = RawPeer(port)
    try:
        peer.send_line("/nick netcat")
        qtbot.waitUntil(lambda: shows(alice, "* netcat joined"), timeout=WAIT)
        peer.send_line("hi from nc")
        qtbot.waitUntil(lambda: shows(alice, "<netcat> hi from nc"), timeout=WAIT)
        say(alice, "hello nc")
        assert peer.wait_for_line("<alice> hello nc").endswith("<alice> hello nc")
        qtbot.waitUntil(lambda: "netcat" in alice.people.nicks(), timeout=WAIT)
        tooltip = alice.people.list.findItems("netcat", Qt.MatchFlag.MatchExactly)[0].toolTip()
        assert "text client" in tooltip
    finally:
        peer.close()


def test_kick_removes_a_user_who_does_not_come_back(qtbot) -> None:
    alice, port = host(qtbot)
    bob = join(qtbot, port)
    qtbot.waitUntil(lambda: alice.host_panel.users_table.rowCount() == 2, timeout=WAIT)
    alice.host_panel.select_user("alice")
    assert not alice.host_panel.kick_button.isEnabled()  # not yourself
    alice.host_panel.select_user("bob")
    assert alice.host_panel.kick_button.isEnabled()
    alice.host_panel.kick_button.click()
    qtbot.waitUntil(lambda: shows(alice, "* bob left (kicked)"), timeout=WAIT)
    qtbot.waitUntil(lambda: not bob.is_connected(), timeout=WAIT)
    assert "removed" in bob.state_label.text()
    assert any("You were removed by the host" in line for line in bob.conversation_texts())


# ---------------------------------------------------------------------------- offline
def test_messages_typed_offline_are_pending_then_arrive_once(qtbot) -> None:
    alice, port = host(qtbot)
    bob = join(qtbot, port)
    alice.stop_hosting()
    assert not alice.is_hosting() and alice.host_panel.start_button.text() == "Start hosting"
    qtbot.waitUntil(
        lambda: (
            bob.connection_state() == "reconnecting" and "Reconnecting in" in bob.state_label.text()
        ),
        timeout=WAIT,
    )
    say(bob, "typed offline 1")
    say(bob, "typed offline 2")
    qtbot.waitUntil(lambda: len(bob.pending_texts()) == 2, timeout=WAIT)
    assert bob.pending_texts() == ["typed offline 1", "typed offline 2"]
    pending_rows = [e for e in bob.conversation.conversation.entries() if e.kind == PENDING]
    assert [e.plain().endswith("(waiting to be sent)") for e in pending_rows] == [True, True]

    assert alice.start_hosting()  # same port: bob's client finds it again
    qtbot.waitUntil(lambda: count(alice, "<bob> typed offline 2") == 1, timeout=WAIT)
    qtbot.waitUntil(lambda: bob.pending_texts() == [], timeout=WAIT)
    qtbot.waitUntil(lambda: bob.connection_state() == "connected", timeout=WAIT)
    assert count(alice, "<bob> typed offline 1") == 1, "\n".join(alice.conversation_texts())
    assert count(alice, "<bob> typed offline 2") == 1
    qtbot.waitUntil(lambda: count(bob, "<bob> typed offline 2") == 1, timeout=WAIT)
    assert not any(e.kind == PENDING for e in bob.conversation.conversation.entries())


def test_pending_messages_survive_an_app_restart(qtbot, run_engine) -> None:
    port = free_port()

    def start_server():
        engine = ChatServerEngine(ServerConfig(host="127.0.0.1", port=port, join_grace=0.05))
        runner = run_engine(engine)
        runner.wait_for(lambda events: any(isinstance(e, ServerListening) for e in events))
        return runner

    first_server = start_server()
    bob = join(qtbot, port)
    first_server.stop()
    qtbot.waitUntil(lambda: bob.connection_state() == "reconnecting", timeout=WAIT)
    say(bob, "kept across restarts 1")
    say(bob, "kept across restarts 2")
    qtbot.waitUntil(lambda: len(bob.pending_texts()) == 2, timeout=WAIT)
    bob.close()  # the app quits with two lines still in the outbox
    assert not bob.is_connected()

    second_server = start_server()
    again = make_tab(qtbot, "bob")
    assert again.connect_to(f"127.0.0.1:{port}")

    def room_texts(events) -> list[str]:
        return [
            e.message.text
            for e in events
            if isinstance(e, RoomEvent) and e.message.kind == Kind.MESSAGE
        ]

    events = second_server.wait_for(lambda evs: len(room_texts(evs)) >= 2)
    qtbot.waitUntil(lambda: again.pending_texts() == [], timeout=WAIT)
    events = second_server.wait_for(lambda evs: True)
    assert room_texts(events) == ["kept across restarts 1", "kept across restarts 2"]


def test_the_outbox_stays_open_until_a_slow_engine_thread_ends(
    qtbot, run_engine, monkeypatch
) -> None:
    """An engine that does not stop in time may still keep a line typed as it stopped:
    the tab closes the outbox only when the engine's thread has ended, and the line is
    sent on the next connection."""
    from app.core.chat.client import ChatClientEngine
    from app.workers import EngineWorker

    port = free_port()
    server = run_engine(ChatServerEngine(ServerConfig(host="127.0.0.1", port=port)))
    server.wait_for(lambda events: any(isinstance(e, ServerListening) for e in events))
    bob = join(qtbot, port)
    engine, outbox = bob.session.client_engine, bob.session._outbox
    release = threading.Event()
    original_on_stop = ChatClientEngine.on_stop

    def slow_on_stop(self) -> None:
        release.wait(10)  # a slow disk, a stuck close(): longer than the tab waits
        original_on_stop(self)

    original_stop = EngineWorker.stop
    monkeypatch.setattr(ChatClientEngine, "on_stop", slow_on_stop)
    monkeypatch.setattr(EngineWorker, "stop", lambda self, timeout_ms=5000: original_stop(self, 50))
    bob.disconnect_from_server()
    assert bob.connection_state() == "offline" and not outbox.closed
    engine.send_text("typed as it stopped")  # lands while the thread is still stopping
    release.set()
    qtbot.waitUntil(lambda: outbox.closed, timeout=WAIT)

    assert bob.connect_to(f"127.0.0.1:{port}")  # the same outbox file, the line with it

    def said(events) -> list[str]:
        return [
            e.message.text
            for e in events
            if isinstance(e, RoomEvent) and e.message.kind == Kind.MESSAGE
        ]

    events = server.wait_for(lambda evs: said(evs) == ["typed as it stopped"])
    qtbot.waitUntil(lambda: bob.pending_texts() == [], timeout=WAIT)
    assert said(events) == ["typed as it stopped"]


# ---------------------------------------------------------------------------- history
def test_history_is_reloaded_after_a_reconnect_without_duplicates(qtbot) -> None:
    alice, port = host(qtbot)
    bob = join(qtbot, port)
    say(alice, "before you left")
    qtbot.waitUntil(lambda: shows(bob, "<alice> before you left"), timeout=WAIT)
    bob.disconnect_from_server()
    qtbot.waitUntil(lambda: shows(alice, "* bob left (quit)"), timeout=WAIT)
    say(alice, "while you were away")
    qtbot.waitUntil(lambda: shows(alice, "<alice> while you were away"), timeout=WAIT)
    assert bob.connect_to(f"127.0.0.1:{port}")
    qtbot.waitUntil(lambda: shows(bob, "<alice> while you were away"), timeout=WAIT)
    assert count(bob, "<alice> before you left") == 1  # from bob's own history file
    assert count(bob, "<alice> while you were away") == 1  # from the server's history
    assert any("earlier messages from 127.0.0.1" in line for line in bob.conversation_texts())


def test_search_finds_messages_in_the_history_file(qtbot) -> None:
    alice, port = host(qtbot)
    bob = join(qtbot, port)
    for text in ("the printer is on", "lunch at noon?", "PRINTER jammed again"):
        say(alice, text)
    qtbot.waitUntil(lambda: shows(bob, "<alice> PRINTER jammed again"), timeout=WAIT)
    bob.show()
    bob.activateWindow()
    qtbot.waitUntil(bob.isActiveWindow, timeout=WAIT)
    bob.conversation.setFocus()
    qtbot.keyClick(bob.conversation, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert bob.search_bar.isVisible()
    bob.search_edit.setText("printer")
    bob.run_search()  # the search runs on a helper thread
    qtbot.waitUntil(lambda: "match" in bob.search_summary.text(), timeout=WAIT)
    assert bob.search_texts()[-2:] == [
        line for line in bob.conversation_texts() if "printer" in line.lower()
    ]
    assert bob.search_summary.text() == f"2 matches in 127.0.0.1:{port}"
    assert bob.conversation_stack.currentWidget() is bob.search_results
    bob.search_results.activate_row(bob.search_results.model().rowCount() - 1)
    assert bob.conversation_stack.currentWidget() is bob.conversation
    assert "PRINTER jammed again" in bob.conversation.selected_text()
    bob.open_search()
    qtbot.keyClick(bob.search_edit, Qt.Key.Key_Escape)
    assert not bob.search_bar.isVisible()


def test_export_writes_the_history_as_text_and_csv(qtbot, tmp_path: Path) -> None:
    alice, port = host(qtbot)
    bob = join(qtbot, port)
    say(alice, 'comma, "quotes" and <b>tags</b>')
    qtbot.waitUntil(lambda: shows(bob, '<alice> comma, "quotes" and <b>tags</b>'), timeout=WAIT)
    text_path = tmp_path / "chat.txt"
    with qtbot.waitSignal(bob.export_finished, timeout=WAIT) as blocker:
        assert bob.export_conversation(str(text_path), EXPORT_TEXT)
    assert blocker.args == [f"Exported to {text_path}."]
    lines = text_path.read_text(encoding="utf-8").splitlines()
    assert any(line.endswith('<alice> comma, "quotes" and <b>tags</b>') for line in lines)
    assert any(line.endswith("-!- bob joined") for line in lines)
    csv_path = tmp_path / "chat.csv"
    with qtbot.waitSignal(bob.export_finished, timeout=WAIT):
        assert bob.export_conversation(str(csv_path), EXPORT_CSV)
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["time", "kind", "id", "from", "to", "text", "reason"]
    assert ["message", "alice", 'comma, "quotes" and <b>tags</b>'] in [
        [row[1], row[3], row[5]] for row in rows[1:]
    ]
    with qtbot.waitSignal(bob.export_finished, timeout=WAIT) as blocker:
        assert not bob.export_conversation(str(tmp_path / "missing" / "x.txt"))
    assert blocker.args[0].startswith("Cannot write")


# ------------------------------------------------------- the last history, written off the GUI
@pytest.fixture
def slow_history(monkeypatch) -> Iterator[threading.Event]:
    """History writers hold everything until the test sets the event (a slow disk)."""
    release = threading.Event()
    monkeypatch.setattr(conversation_log, "HistoryRecorder", held_recorder_class(release))
    yield release
    release.set()  # before the tabs shut down (this fixture ends first)


def joined_with_unwritten_history(qtbot, run_engine) -> tuple[ChatTab, int, RawPeer]:
    """bob saw carol's three lines, then left; his history writer has not written them."""
    _, port, _ = start_server(run_engine, join_grace=0.05)
    bob = join(qtbot, port)
    carol = RawPeer(port)
    carol.send_line("/nick carol")
    for number in range(3):
        carol.send_line(f"old line {number}")
    qtbot.waitUntil(lambda: shows(bob, "<carol> old line 2"), timeout=WAIT)
    bob.disconnect_from_server()
    return bob, port, carol


def event_loop_turns(qtbot) -> None:
    """Fails unless a timer started now fires: the GUI thread is not blocked."""
    ticker = QTimer()
    ticker.setSingleShot(True)
    with qtbot.waitSignal(ticker.timeout, timeout=1000):
        ticker.start(20)


def test_joining_again_waits_for_the_last_history_without_blocking(
    qtbot, run_engine, slow_history: threading.Event
) -> None:
    bob, port, carol = joined_with_unwritten_history(qtbot, run_engine)
    try:
        bob.join_panel.connect_button.click()  # Connect again, the writer still held
        assert bob.connection_state() == "saving"  # returned at once: it used to wait 5 s
        assert bob.state_label.text() == "Saving the last conversation…"
        assert bob.join_panel.connect_button.text() == "Cancel"
        event_loop_turns(qtbot)
        assert not bob.connect_to(f"127.0.0.1:{port}")  # a second join is refused
        assert not bob.start_hosting()
        bob.join_panel.connect_button.click()  # Cancel
        assert bob.connection_state() == "offline"
        assert bob.join_panel.connect_button.text() == "Connect"
        bob.join_panel.connect_button.click()  # and Connect again, still waiting
        bob.join_panel.connect_button.click()  # Cancel
        bob.join_panel.connect_button.click()  # Connect: three waits, one join
        event_loop_turns(qtbot)
        assert bob.connection_state() == "saving" and not bob.is_connected()

        slow_history.set()
        qtbot.waitUntil(lambda: bob.connection_state() == "connected", timeout=WAIT)
        carol.send_line("new line")
        qtbot.waitUntil(lambda: shows(bob, "<carol> new line"), timeout=WAIT)
        qtbot.waitUntil(lambda: bob.people.nicks() == ["bob", "carol"], timeout=WAIT)
        assert [count(bob, f"<carol> old line {n}") for n in range(3)] == [1, 1, 1]
        assert any("earlier messages from 127.0.0.1" in line for line in bob.conversation_texts())
    finally:
        carol.close()
    bob.disconnect_from_server()
    bob.shutdown()  # every history writer ends, everything is written
    history = ConversationLog(bob.session.history_path())
    try:
        texts = [m.text for m in history.recent(f"127.0.0.1:{port}", 100)]
    finally:
        history.close()
    assert [texts.count(f"old line {n}") for n in range(3)] == [1, 1, 1]
    assert texts.count("new line") == 1


def test_closing_while_the_last_history_is_saved_starts_nothing(
    qtbot, run_engine, slow_history: threading.Event
) -> None:
    bob, _port, carol = joined_with_unwritten_history(qtbot, run_engine)
    carol.close()
    bob.join_panel.connect_button.click()
    assert bob.connection_state() == "saving"
    slow_history.set()
    bob.close()  # shutdown() waits for the writer on close, as before
    QCoreApplication.processEvents()  # the writer's news arrives after the close
    assert not bob.is_connected()
    assert all(not t.name.startswith("history writer") for t in threading.enumerate())


def test_an_export_waits_for_the_history_writer_without_blocking(
    qtbot, run_engine, slow_history: threading.Event, tmp_path: Path
) -> None:
    bob, _port, carol = joined_with_unwritten_history(qtbot, run_engine)
    carol.close()
    path = tmp_path / "chat.txt"
    finished: list[str] = []
    bob.export_finished.connect(finished.append)
    assert bob.export_conversation(str(path), EXPORT_TEXT)  # it used to wait up to 2 s
    event_loop_turns(qtbot)
    assert finished == []  # waiting for the writer
    with qtbot.waitSignal(bob.export_finished, timeout=WAIT):
        slow_history.set()
    lines = path.read_text(encoding="utf-8").splitlines()
    written = [sum(line.endswith(f"<carol> old line {n}") for line in lines) for n in range(3)]
    assert written == [1, 1, 1]  # what was received before the export is in it


# ---------------------------------------------------------------------------- text safety
def test_rich_text_is_shown_literally(qtbot) -> None:
    alice, port = host(qtbot)
    peer = RawPeer(port)
    try:
        peer.send_line("/nick a<b>c</b>")
        injected = '<b>bold</b> <img src="x.png"> <a href="http://example.com">link</a>'
        peer.send_line(injected)
        qtbot.waitUntil(lambda: shows(alice, f"<a<b>c</b>> {injected}"), timeout=WAIT)
    finally:
        peer.close()
    model = alice.conversation.model()
    shown = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert any(text.endswith(injected) for text in shown)
    assert "a<b>c</b>" in alice.people.nicks() or shows(alice, "* a<b>c</b> left (quit)")
    for label in alice.findChildren(QLabel):
        if "<b>" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText
    assert alice.state_label.textFormat() == Qt.TextFormat.PlainText


def test_a_hostile_server_cannot_stop_the_tab(qtbot) -> None:
    """A fake server on 127.0.0.1 greets, welcomes, then sends poison lines: each is a
    notice, the users list stays sane, and a good message still shows."""
    from app.core.chat.protocol import encode_json, greeting_line

    poison = [
        b'{"type":"ack","cid":1e999}',
        b'{"type":"ack","cid":Infinity}',
        b'{"type":"ack","cid":NaN}',
        b'{"a":' + b"[" * 30_000 + b"]" * 30_000 + b"}",
        b'{"type":"history","messages":"x"}',
        b'{"type":"users","users":[1,2]}',
        b'{"type":"message","kind":"message","id":18446744073709551616,"from":"x"}',
        b'{"type":"message","kind":"message","id":3,"from":"x","time":1e15}',
        b'{"type":"welcome","nick":{"not":"a string"}}',
        b'{"type":"users_delta","joined":[{"nick":"eve","since":1e300}]}',
    ]
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        tab = make_tab(qtbot, "bob")
        assert tab.connect_to(f"127.0.0.1:{port}")
        decline_tls(listener)  # a plaintext-only server: the tab connects again without TLS
        peer, _ = listener.accept()
        with peer:
            peer.settimeout(5)
            peer.sendall((greeting_line("127.0.0.1", port, 1) + "\n").encode())
            assert b'"type":"hello"' in peer.recv(65536)
            peer.sendall(
                encode_json({"type": "welcome", "nick": "bob", "accepted_seq": 0})
                + encode_json({"type": "users", "users": [{"nick": "bob", "app": True}]})
                + b"".join(line + b"\n" for line in poison)
                + encode_json(
                    {"type": "message", "kind": "message", "id": 9, "time": 1.0,
                     "from": "alice", "text": "still standing"}
                )
            )  # fmt: skip
            qtbot.waitUntil(lambda: shows(tab, "still standing"), timeout=WAIT)
            assert tab.connection_state() == "connected" and tab.my_nick() == "bob"
            skipped = [t for t in tab.conversation_texts() if "Malformed message" in t]
            assert len(skipped) == len(poison)
            assert tab.people.nicks() == ["bob"]


def test_a_paste_over_1_mib_is_refused_and_the_text_stays(qtbot) -> None:
    tab = make_tab(qtbot, "alice")
    tab.show()
    tab.input.setPlainText("my draft")
    huge = QMimeData()
    huge.setText("x" * (1024 * 1024 + 1))
    tab.input.insertFromMimeData(huge)
    assert tab.input.toPlainText() == "my draft"
    assert tab.input_error.isVisible()
    assert "the most you can paste is 1 MiB" in tab.input_error.text()
    small = QMimeData()
    small.setText(" and more")
    tab.input.moveCursor(tab.input.textCursor().MoveOperation.End)
    tab.input.insertFromMimeData(small)
    assert tab.input.toPlainText() == "my draft and more"


def test_the_character_count_warns_and_a_too_long_line_stays_in_the_box(qtbot) -> None:
    alice, _ = host(qtbot)
    alice.show()
    alice.input.setPlainText("x" * 60_000)
    assert alice.count_label.isVisible()
    assert "near the limit" in alice.count_label.text()
    too_long = "y" * 70_000
    alice.input.setPlainText(too_long)
    assert "too long to send" in alice.count_label.text()
    qtbot.keyClick(alice.input, Qt.Key.Key_Return)
    assert alice.input.toPlainText() == too_long
    assert "the chat allows 65,536 bytes a line" in alice.input_error.text()
    alice.input.setPlainText("short")
    assert not alice.count_label.isVisible()


def test_sending_while_not_connected_keeps_the_text(qtbot) -> None:
    tab = make_tab(qtbot, "alice")
    assert not tab.send_button.isEnabled()
    qtbot.keyClicks(tab.input, "hello?")
    qtbot.keyClick(tab.input, Qt.Key.Key_Return)
    assert tab.input.toPlainText() == "hello?"
    assert "Not connected" in tab.input_error.text()


# ---------------------------------------------------------------------------- errors
def test_port_in_use_is_shown_next_to_the_port(qtbot) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        tab = make_tab(qtbot, "alice")
        tab.show()
        tab.host_panel.bind_combo.set_address("127.0.0.1")
        tab.host_panel.port_edit.setText(str(port))
        assert tab.start_hosting()
        qtbot.waitUntil(lambda: tab.host_panel.port_error.has_error(), timeout=WAIT)
        qtbot.waitUntil(lambda: not tab.is_hosting(), timeout=WAIT)
    assert tab.host_panel.port_error.text().startswith(f"Port {port} is already in use")
    assert tab.host_panel.port_error.isVisible()
    assert tab.host_panel.start_button.text() == "Start hosting"
    assert not tab.is_connected()
    tab.host_panel.port_edit.setText("7")
    tab.host_panel.port_edit.textEdited.emit("7")  # typing clears the error
    assert not tab.host_panel.port_error.has_error()


def test_bad_bind_address_and_port_are_explained(qtbot) -> None:
    tab = make_tab(qtbot, "alice")
    panel = tab.host_panel
    panel.bind_combo.setEditText("192.0.2.1")  # TEST-NET: never on this machine
    panel.port_edit.setText(str(free_port()))
    assert tab.start_hosting()
    qtbot.waitUntil(lambda: panel.bind_error.has_error(), timeout=WAIT)
    assert "is not available on this machine" in panel.bind_error.text()
    qtbot.waitUntil(lambda: not tab.is_hosting(), timeout=WAIT)
    panel.bind_combo.setEditText("printer.local")
    assert not tab.start_hosting()
    assert "is a name" in panel.bind_error.text()
    panel.bind_combo.set_address("127.0.0.1")
    panel.port_edit.setText("70000")
    assert not tab.start_hosting()
    assert panel.port_error.text() == "Port 70000 is out of range 1-65535."
    tab.identity.nick_edit.setText("has space")
    panel.port_edit.setText(str(free_port()))
    assert not tab.start_hosting()
    assert tab.identity.nick_error.text() == "A nickname cannot contain spaces."


def test_a_privileged_port_is_explained(qtbot) -> None:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", 81))
        except PermissionError:
            pass
        except OSError as exc:
            pytest.skip(f"port 81 is not free here ({errno.errorcode.get(exc.errno)})")
        else:
            pytest.skip("this user may bind ports below 1024 (root or a lowered limit)")
    tab = make_tab(qtbot, "alice")
    tab.host_panel.bind_combo.set_address("127.0.0.1")
    tab.host_panel.port_edit.setText("81")
    assert tab.start_hosting()
    qtbot.waitUntil(lambda: tab.host_panel.port_error.has_error(), timeout=WAIT)
    assert tab.host_panel.port_error.text().startswith("Port 81 is privileged")


def test_join_errors_are_shown_next_to_the_address(qtbot) -> None:
    tab = make_tab(qtbot, "bob")
    error = tab.join_panel.address_error
    assert not tab.connect_to("1.2.3.4.5")
    assert error.text().startswith("Too many octets in 1.2.3.4.5")
    assert not tab.connect_to("127.0.0.1:")
    assert "port is missing" in error.text()
    port = free_port()
    tab.join_panel.address_combo.setEditText(f"127.0.0.1:{port}")
    tab.join_panel.connect_button.click()
    qtbot.waitUntil(lambda: error.has_error() and not tab.is_connected(), timeout=WAIT)
    assert error.text().startswith(f"Connection refused by 127.0.0.1:{port}")
    assert tab.connection_state() == "error"
    assert tab.join_panel.connect_button.text() == "Connect"


# ---------------------------------------------------------------------------- raw terminal
def test_raw_terminal_against_a_plain_listening_socket(qtbot) -> None:
    with raw_peer(qtbot) as (tab, peer):
        terminal = tab.raw_terminal
        assert tab.pages.currentWidget() is terminal
        model = terminal.model
        peer.sendall(b"caf\xc3")  # the first byte of the two-byte UTF-8 for 'é'
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT)
        peer.sendall(b"\xa9 ok\r\n")
        qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=WAIT)
        assert model.shown(0) == "caf  [1 byte held: an incomplete character]"
        assert model.shown(1) == "é ok\\r\\n"
        assert model.data(model.index(1, 2)) == "6"
        assert model.data(model.index(0, 1)) == "recv()"

        terminal.set_display("Hex")
        assert model.shown(0) == "63 61 66 c3"
        terminal.set_display("Latin-1")
        assert model.shown(0) == "cafÃ"
        peer.sendall("你".encode("gbk")[:1])
        qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WAIT)
        peer.sendall("你".encode("gbk")[1:])
        qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=WAIT)
        terminal.set_display("GBK")
        assert model.shown(3) == "你"

        terminal.set_display("UTF-8")
        terminal.send_mode.setCurrentIndex(terminal.send_mode.findData("CRLF"))
        terminal.send_edit.setText("hello")
        terminal.send_button.click()
        assert peer.recv(100) == b"hello\r\n"
        terminal.send_mode.setCurrentIndex(terminal.send_mode.findData("hex"))
        terminal.send_edit.setText("48 65 6c 6c 6f")
        terminal.send_button.click()
        assert peer.recv(100) == b"Hello"
        terminal.send_edit.setText("48 6G")
        terminal.send_button.click()
        assert terminal.send_error.isVisible()
        assert "'6G' is not hex" in terminal.send_error.text()
        assert terminal.send_edit.text() == "48 6G"  # kept to fix
        terminal.set_display("Latin-1")
        terminal.send_mode.setCurrentIndex(terminal.send_mode.findData("LF"))
        terminal.send_edit.setText("你")
        terminal.send_button.click()
        assert "cannot be written in Latin-1" in terminal.send_error.text()
        sent = [model.row(n) for n in range(model.rowCount()) if model.row(n).sent]
        assert [row.data for row in sent] == [b"hello\r\n", b"Hello"]
        assert "2 sent, 12 bytes" in terminal.summary.text()
        terminal.table.selectRow(1)
        assert "c2 a9" not in terminal.detail.toPlainText()
        assert "a9 20 6f 6b 0d 0a" in terminal.detail.toPlainText()
    qtbot.waitUntil(lambda: not tab.is_connected(), timeout=WAIT)
    assert tab.connection_state() == "offline"
    assert model.rowCount() == 7  # the rows stay to be read, and the end is a row
    end = model.row(6)
    assert end.data == b"" and not end.sent
    assert "peer closed the connection" in model.shown(6)
    assert "client  recv() -> b'' (peer closed the connection)" in tab.events_pane.text()


def test_raw_terminal_export(qtbot, tmp_path: Path) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        tab = make_tab(qtbot, "bob")
        assert tab.connect_to(f"127.0.0.1:{listener.getsockname()[1]}")
        peer, _ = listener.accept()
        with peer:
            peer.sendall(b"220 ready\r\n")
            qtbot.waitUntil(lambda: tab.raw_terminal.model.rowCount() == 1, timeout=WAIT)
            path = tmp_path / "raw.csv"
            with qtbot.waitSignal(tab.export_finished, timeout=WAIT):
                assert tab.export_conversation(str(path), EXPORT_CSV)
    rows = list(csv.reader(path.open(encoding="utf-8", newline="")))
    assert rows[0] == ["time", "direction", "bytes", "hex", "text"]
    assert rows[1][1:] == ["recv", "11", b"220 ready\r\n".hex(), "220 ready\r\n"]


# ---------------------------------------------------------------------------- window
def test_events_pane_shows_the_socket_calls(qtbot) -> None:
    alice, port = host(qtbot)
    text = alice.events_pane.text()
    assert f"server  bind(('127.0.0.1', {port})) -> ok" in text
    assert "server  listen(128) -> ok" in text
    assert f"client  connect(('127.0.0.1', {port}))" in text
    qtbot.waitUntil(lambda: "server  accept() -> 127.0.0.1:" in alice.events_pane.text())


def test_nickname_and_recent_servers_are_remembered(qtbot) -> None:
    _alice, port = host(qtbot)
    bob = join(qtbot, port, nick="bobcat")
    bob.disconnect_from_server()
    later = make_tab(qtbot, "")
    later._restore_settings()
    assert later.identity.nick_edit.text() == "bobcat"
    combo = later.join_panel.address_combo
    assert combo.itemText(0) == f"127.0.0.1:{port}"
    assert combo.currentText() == f"127.0.0.1:{port}"
    assert later.host_panel.port_edit.text() == str(port)


def test_unread_count_in_the_tab_title_until_the_tab_is_shown(qtbot) -> None:
    alice, port = host(qtbot)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    tabs.addTab(QWidget(), "Other")
    bob = ChatTab()
    _OPEN_TABS.append(bob)
    bob.identity.nick_edit.setText("bob")
    tabs.addTab(bob, "Chat")
    tabs.show()
    qtbot.waitExposed(tabs)
    assert bob.connect_to(f"127.0.0.1:{port}")
    qtbot.waitUntil(lambda: bob.connection_state() == "connected", timeout=WAIT)
    say(alice, "are you there?")
    say(alice, "/me knocks")
    qtbot.waitUntil(lambda: tabs.tabText(1) == "Chat (2)", timeout=WAIT)
    assert bob.unread() == 2
    tabs.activateWindow()
    qtbot.waitUntil(lambda: tabs.isActiveWindow(), timeout=WAIT)
    with qtbot.waitSignal(bob.unread_changed, timeout=WAIT) as blocker:
        tabs.setCurrentIndex(1)
    assert blocker.args == [0]
    assert tabs.tabText(1) == "Chat"
    bob.shutdown()


def test_main_window_builds_the_tab_after_its_first_paint(qtbot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert window.tab_widget("chat") is None  # nothing heavy before the window has painted
    window.show()
    qtbot.waitUntil(lambda: window.tab_widget("chat") is not None, timeout=WAIT)
    tab = window.tab_widget("chat")
    assert isinstance(tab, ChatTab) and tab.isVisible()
    actions = window.file_menu.actions()
    assert tab.export_action in actions
    assert actions.index(tab.export_action) < actions.index(window.quit_action)
    window.close()  # shuts the tab down


def test_the_file_menu_export_reaches_the_tab(qtbot, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog

    alice = make_tab(qtbot, "alice")
    alice.host_panel.bind_combo.set_address("127.0.0.1")
    alice.host_panel.port_edit.setText(str(free_port()))
    assert alice.start_hosting()
    qtbot.waitUntil(lambda: alice.connection_state() == "connected", timeout=WAIT)
    target = tmp_path / "from-the-menu.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "CSV (*.csv)")
    )
    with qtbot.waitSignal(alice.export_finished, timeout=WAIT):
        alice.file_actions()[0].trigger()
    assert target.read_text(encoding="utf-8").startswith("time,kind,id,from,to,text,reason")


def test_a_flood_is_counted_in_full_and_shown_without_freezing(
    qtbot, run_engine, monkeypatch
) -> None:
    """12,000 lines in one burst: all counted and kept, the view shows the newest."""
    import app.ui.chat.drain as drain_module
    from app.core.chat.conversation_log import ConversationLog

    monkeypatch.setattr(drain_module, "BACKLOG_LIMIT", 1000)  # skip sooner than 5,000
    engine = ChatServerEngine(ServerConfig(host="127.0.0.1", port=0, flood_limit=0))
    runner = run_engine(engine)
    runner.wait_for(lambda events: any(isinstance(e, ServerListening) for e in events))
    watcher = join(qtbot, engine.port, nick="watcher")
    peer = RawPeer(engine.port)
    try:
        peer.send_line("/nick flooder")
        qtbot.waitUntil(lambda: shows(watcher, "* flooder joined"), timeout=WAIT)
        before = watcher.received_count
        burst = 12_000
        peer.sock.sendall(b"".join(f"flood {n:05d}\n".encode() for n in range(burst)))
        qtbot.waitUntil(lambda: watcher.received_count - before == burst, timeout=20_000)
        qtbot.waitUntil(lambda: shows(watcher, f"<flooder> flood {burst - 1:05d}"), timeout=WAIT)
    finally:
        peer.close()
    lines = [line for line in watcher.conversation_texts() if "<flooder> flood" in line]
    numbers = [int(line.rsplit(" ", 1)[1]) for line in lines]
    assert numbers == sorted(numbers) and len(numbers) == len(set(numbers))
    assert any("came faster than they could be shown" in t for t in watcher.conversation_texts())
    watcher.disconnect_from_server()
    assert watcher.session.recorder is not None and watcher.session.recorder.wait(10)
    log = ConversationLog(watcher.session.history_path())
    found = log.search(f"127.0.0.1:{engine.port}", "flood ", limit=20_000)
    assert sum(m.kind == Kind.MESSAGE for m in found) == burst
    log.close()


def test_find_servers_lists_a_hosted_chat_and_joins_it(qtbot, monkeypatch) -> None:
    """Host in one tab (announcing on loopback), find it from another, double-click, chat."""
    from tests.helpers.discovery import loopback_finder

    discovery = free_port(kind=socket.SOCK_DGRAM)
    monkeypatch.setattr(ChatTab, "discovery_port", discovery)
    monkeypatch.setattr(ChatTab, "finder_factory", staticmethod(lambda: loopback_finder(discovery)))
    alice = make_tab(qtbot, "alice")
    assert alice.host_panel.announce_check.isChecked()
    alice.host_panel.bind_combo.set_address("127.0.0.1")
    alice.host_panel.port_edit.setText(str(free_port()))
    assert alice.start_hosting()
    qtbot.waitUntil(lambda: alice.connection_state() == "connected", timeout=WAIT)
    bob = make_tab(qtbot, "bob")
    bob.show()
    bob.join_panel.find_button.click()
    panel = bob.find_panel
    assert panel is not None and panel.isVisible()
    qtbot.waitUntil(lambda: panel.table.rowCount() >= 1, timeout=WAIT)
    from app.core.identity import KnownServers

    port = int(alice.host_panel.port_edit.text())
    assert KnownServers().forget("127.0.0.1", port)  # bob is another machine: nothing pinned
    with qtbot.waitSignal(panel.server_chosen, timeout=WAIT) as chosen:
        panel.table.activated.emit(panel.table.model().index(0, 0))  # as a double-click does
    assert chosen.args[2] == alice.host_panel.fingerprint  # the signed announcement's key
    qtbot.waitUntil(lambda: bob.connection_state() == "connected", timeout=WAIT)
    assert "new key" in bob.security.label.text()
    assert not panel.isVisible()  # the dialog closed once a server was chosen
    say(bob, "found you")
    qtbot.waitUntil(lambda: shows(alice, "found you"), timeout=WAIT)


# ---------------------------------------------------------------------------- languages
def test_in_russian_core_errors_are_shown_translated_next_to_their_fields(qtbot, language) -> None:
    assert language("ru")
    tab = make_tab(qtbot, "bob")
    error = tab.join_panel.address_error
    assert not tab.connect_to("1.2.3.4.5")
    assert error.text().startswith("Слишком много октетов в 1.2.3.4.5")
    port = free_port()
    assert tab.connect_to(f"127.0.0.1:{port}")
    qtbot.waitUntil(lambda: error.has_error() and not tab.is_connected(), timeout=WAIT)
    assert error.text().startswith(f"В соединении отказано (127.0.0.1:{port})")  # noqa: RUF001
    assert "Connection refused" not in tab.state_label.text()
    tab.identity.nick_edit.setText("two words")
    assert not tab.connect_to(f"127.0.0.1:{port}")
    assert tab.identity.nick_error.text() == "Имя не может содержать пробелы."


def test_in_chinese_the_reconnect_countdown_and_its_reason_are_translated(qtbot, language) -> None:
    assert language("zh_CN")
    alice, port = host(qtbot)
    bob = join(qtbot, port)
    alice.stop_hosting()
    qtbot.waitUntil(lambda: bob.connection_state() == "reconnecting", timeout=WAIT)
    qtbot.waitUntil(lambda: "服务器关闭了连接" in bob.state_label.text(), timeout=WAIT)
    assert "closed the connection" not in bob.state_label.text()
    assert "Reconnecting" not in bob.state_label.text()


def test_in_russian_a_bad_hex_line_in_the_raw_terminal_is_explained(qtbot, language) -> None:
    assert language("ru")
    with raw_peer(qtbot) as (tab, _peer):
        terminal = tab.raw_terminal
        terminal.send_mode.setCurrentIndex(terminal.send_mode.findData("hex"))
        terminal.send_edit.setText("48 6g")
        terminal.send_button.click()
        assert terminal.send_error.text().startswith("'6g' — не шестнадцатеричное число")


def test_in_russian_the_servers_replies_to_commands_are_translated(qtbot, language) -> None:
    assert language("ru")
    _alice, port = host(qtbot)
    bob = join(qtbot, port)
    say(bob, "/msg nobody hello")
    qtbot.waitUntil(lambda: shows(bob, "Пользователя nobody нет в сети."), timeout=WAIT)
    say(bob, "/frobnicate")
    qtbot.waitUntil(
        lambda: shows(bob, "Неизвестная команда /frobnicate. Введите /help."), timeout=WAIT
    )
    say(bob, "/nick two words")
    qtbot.waitUntil(
        lambda: shows(bob, "Имя не может содержать пробелы. Использование: /nick ИМЯ"),
        timeout=WAIT,
    )
    assert not any("Nobody called" in line for line in bob.conversation_texts())
