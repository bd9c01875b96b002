"""What a newcomer stumbled on in the Chat tab (issue 21), each kept fixed.

Real servers and clients on 127.0.0.1, the tab's engines on their worker threads; the
tests wait on the tab's own state, never sleep.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QMainWindow

from app.core.chat.protocol import ChatMessage, Kind
from app.ui.chat.entries import DAY, NOTICE, ConversationEntry
from app.ui.chat.model import ConversationModel
from app.ui.chat.tab import ChatTab
from app.ui.settings import (
    owns_window_state,
    read_setting,
    set_owns_window_state,
    write_window_settings,
)
from tests.helpers.chat import RawPeer, start_server
from tests.helpers.fixtures import free_port
from tests.ui.test_chat_tab import (  # noqa: F401  (fixtures used by name)
    WAIT,
    _shut_tabs_down,
    host,
    join,
    make_tab,
    quick_timers,
    shows,
)


@pytest.fixture
def second_window() -> Iterator[None]:
    """This process is a second window (another one holds the single-window lock)."""
    set_owns_window_state(False)
    yield
    set_owns_window_state(True)


@pytest.fixture
def in_window(qtbot) -> Iterator[Callable[[ChatTab], QMainWindow]]:
    """`in_window(tab)`: a shown main window around `tab` (for its status bar). The tab
    is taken out again before the tab's own teardown shuts it down and deletes it."""
    windows: list[QMainWindow] = []

    def wrap(tab: ChatTab) -> QMainWindow:
        window = QMainWindow()
        qtbot.addWidget(window)
        window.setCentralWidget(tab)
        window.show()
        windows.append(window)
        return window

    yield wrap
    for window in windows:
        taken = window.takeCentralWidget()
        if taken is not None:
            taken.setParent(None)


# ---------------------------------------------------------------------------- renamed
def test_a_room_that_renames_us_shows_the_given_name_and_says_why(qtbot) -> None:
    alice, port = host(qtbot, "sam")
    other = join(qtbot, port, "sam")  # the name is taken: the room calls this one sam-2
    qtbot.waitUntil(lambda: other.my_nick() == "sam-2", timeout=WAIT)
    assert other.identity.nick_edit.text() == "sam-2"
    note = other.identity.nick_note
    assert not note.isHidden()
    assert "sam-2" in note.text() and "sam" in note.text().replace("sam-2", "")
    # The name asked for is what the next start and the next join ask for again.
    assert ChatTab().identity.nick_edit.text() == "sam"
    other.disconnect_from_server()
    qtbot.waitUntil(lambda: not other.is_connected(), timeout=WAIT)
    assert other.identity.nick_edit.text() == "sam"
    assert note.isHidden()
    assert alice.my_nick() == "sam"


def test_renamed_again_on_a_reconnect_the_first_wish_is_kept(qtbot) -> None:
    tab = make_tab(qtbot, "sam")
    tab.room_renamed("sam", "sam-2")
    tab.room_renamed("sam-2", "sam-3")  # a reconnect found sam-2 taken as well
    assert tab.identity.nick_edit.text() == "sam-3"
    assert "sam-3" in tab.identity.nick_note.text()
    tab._on_client_stopped()  # the client ended
    assert tab.identity.nick_edit.text() == "sam"


def test_a_name_we_choose_with_nick_is_kept_without_a_note(qtbot) -> None:
    _, port = host(qtbot, "sam")
    other = join(qtbot, port, "sam")
    qtbot.waitUntil(lambda: other.my_nick() == "sam-2", timeout=WAIT)
    other.input.setPlainText("/nick carol")
    other.send_button.click()
    qtbot.waitUntil(lambda: other.my_nick() == "carol", timeout=WAIT)
    assert other.identity.nick_edit.text() == "carol"
    assert other.identity.nick_note.isHidden()
    other.disconnect_from_server()
    qtbot.waitUntil(lambda: not other.is_connected(), timeout=WAIT)
    assert other.identity.nick_edit.text() == "carol"


# ---------------------------------------------------------------------------- leave reasons
def test_leave_lines_say_what_happened(qtbot) -> None:
    alice, port = host(qtbot, "alice")
    bob = join(qtbot, port, "bob")
    peer = RawPeer(port)
    try:
        peer.send_line("/nick netcat")
        qtbot.waitUntil(lambda: shows(bob, "* netcat joined"), timeout=WAIT)
        peer.sock.shutdown(socket.SHUT_WR)  # nc's Ctrl+D: a clean close, not a lost link
        qtbot.waitUntil(lambda: shows(bob, "* netcat left (closed the connection)"), timeout=WAIT)
    finally:
        peer.close()
    alice.stop_hosting()  # the host's Stop: the server stopped, nobody "quit"
    qtbot.waitUntil(
        lambda: shows(bob, "] -- The server stopped: its host closed the room."), timeout=WAIT
    )
    assert not any("alice left" in line for line in bob.conversation_texts())
    assert not any("-!-" in line or "-- *" in line for line in bob.conversation_texts())


def test_closing_the_hosting_window_reads_as_the_server_stopping(qtbot) -> None:
    alice, port = host(qtbot, "alice")
    bob = join(qtbot, port, "bob")
    alice.shutdown()  # the host's window closes
    qtbot.waitUntil(
        lambda: shows(bob, "-- The server stopped: its host closed the room."), timeout=WAIT
    )
    assert not any("alice left" in line for line in bob.conversation_texts())


def test_a_leave_reason_this_version_does_not_know_is_shown_as_it_came() -> None:
    gone = ChatMessage(7, Kind.LEAVE, "bob", time=1_800_000_000.0, reason="evaporated")
    assert ConversationEntry.from_message(gone, "").text == "bob left (evaporated)"
    closed = ChatMessage(8, Kind.LEAVE, "bob", time=1_800_000_000.0, reason="closed")
    assert ConversationEntry.from_message(closed, "").text == "bob left (closed the connection)"


# ---------------------------------------------------------------------------- history
def _message(number: int, kind: str = Kind.MESSAGE, sender: str = "alice") -> ChatMessage:
    return ChatMessage(number, kind, sender, f"line {number}", 1_800_000_000.0 + number)


def _ids(model: ConversationModel) -> list[object]:
    """The messages' ids and the other lines' texts, in order (date lines left out)."""
    return [
        e.message_id if e.message_id is not None else e.text
        for e in model.entries()
        if e.kind != DAY
    ]


def test_a_replayed_history_merges_by_id_and_repeats_nothing(qtbot) -> None:
    model = ConversationModel()
    shown = [ConversationEntry.from_message(_message(n), "") for n in (1, 2, 4)]
    model.append([*shown, ConversationEntry(NOTICE, "3 earlier messages")])
    model.append([ConversationEntry.from_message(_message(6, Kind.JOIN, "bob"), "")])
    replay = [_message(2), _message(3), _message(4), _message(5), _message(6, Kind.JOIN, "bob")]
    added = model.merge([ConversationEntry.from_message(m, "") for m in replay])
    assert added == 2
    assert _ids(model) == [1, 2, 3, 4, "3 earlier messages", 5, 6]
    newer = [
        ConversationEntry.from_message(m, "") for m in (_message(6, Kind.JOIN, "bob"), _message(7))
    ]
    assert model.merge(newer) == 1
    assert _ids(model)[-2:] == [6, 7]


def test_a_replay_through_the_tab_shows_each_line_once_in_order(qtbot) -> None:
    from app.core.chat.client import MessagesReceived

    _, port = host(qtbot, "alice")
    bob = join(qtbot, port, "bob")
    alice_says = [f"line {n}" for n in range(3)]
    for text in alice_says:
        bob.input.setPlainText(text)
        bob.send_button.click()
    qtbot.waitUntil(lambda: all(shows(bob, f"<bob> {t}") for t in alice_says), timeout=WAIT)
    shown = [e for e in bob.conversation.conversation.entries() if e.message_id is not None]
    before = bob.conversation_texts()
    # What a server sends again after a reconnect (the ids the client asked after): the
    # lines shown already, as a history frame.
    messages = tuple(
        ChatMessage(e.message_id, e.kind, e.sender, e.text, e.time) for e in shown[-3:]
    )
    bob.drain.push([MessagesReceived(messages, from_history=True)])
    qtbot.waitUntil(lambda: not bob.drain._timer.isActive(), timeout=WAIT)
    assert bob.conversation_texts() == before


def test_a_room_restarted_without_its_history_is_shown_not_taken_for_old_lines(
    qtbot, run_engine
) -> None:
    """A server run without a history file (`socketlab chat --serve` without --history)
    numbers its messages from 1 again after a restart: the new lines are new."""
    port = free_port()
    _, _, first_run = start_server(run_engine, port=port)
    bob = make_tab(qtbot, "bob")
    assert bob.connect_to(f"127.0.0.1:{port}")
    qtbot.waitUntil(lambda: bob.connection_state() == "connected", timeout=WAIT)
    carl = RawPeer(port)
    carl.send_line("/nick carl")
    carl.send_line("before the restart")
    qtbot.waitUntil(lambda: shows(bob, "<carl> before the restart"), timeout=WAIT)
    carl.close()
    first_run.stop()
    qtbot.waitUntil(lambda: bob.connection_state() == "reconnecting", timeout=WAIT)
    start_server(run_engine, port=port)
    qtbot.waitUntil(lambda: bob.connection_state() == "connected", timeout=WAIT)
    dave = RawPeer(port)
    try:
        dave.send_line("/nick dave")
        dave.send_line("after the restart")
        qtbot.waitUntil(lambda: shows(bob, "<dave> after the restart"), timeout=WAIT)
    finally:
        dave.close()
    texts = bob.conversation_texts()
    assert texts.index(next(t for t in texts if t.endswith("before the restart"))) < texts.index(
        next(t for t in texts if t.endswith("after the restart"))
    )


# ---------------------------------------------------------------------------- two windows
def test_a_second_window_does_not_change_the_first_windows_remembered_fields(
    qtbot, second_window
) -> None:
    set_owns_window_state(True)
    first, first_port = host(qtbot, "first")
    first.stop_hosting()
    set_owns_window_state(False)  # a second window, started while the first runs
    assert not owns_window_state()
    other_port = next(p for p in (free_port() for _ in range(20)) if p != first_port)
    second, _ = host(qtbot, "second", other_port)
    second.stop_hosting()
    set_owns_window_state(True)  # the next start of the first window
    again = ChatTab()
    qtbot.addWidget(again)
    assert again.host_panel.port_edit.text() == str(first_port)
    assert again.identity.nick_edit.text() == "first"


def test_only_the_window_holding_the_lock_remembers_its_fields(
    tmp_path, monkeypatch, second_window
) -> None:
    from app.gui import take_first_window_role
    from app.instance_lock import InstanceLock

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    first, second = InstanceLock("i21"), InstanceLock("i21")
    try:
        assert take_first_window_role(first) and owns_window_state()
        assert not take_first_window_role(second)  # --new-instance next to the first
        assert not owns_window_state()
        assert not write_window_settings({"chat/port": 6000})
        assert read_setting("chat/port", 0) == 0
    finally:
        first.release()
    assert take_first_window_role(None)  # no lock to check: a window of its own
    assert owns_window_state()


# ---------------------------------------------------------------------------- errors
def test_a_success_clears_the_errors_of_earlier_attempts(qtbot, in_window) -> None:
    tab = make_tab(qtbot, "alice")
    window = in_window(tab)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        tab.host_panel.bind_combo.set_address("127.0.0.1")
        tab.host_panel.port_edit.setText(str(busy))
        assert tab.start_hosting()
        error = tab.host_panel.port_error
        qtbot.waitUntil(lambda: error.has_error() and not tab.is_hosting(), timeout=WAIT)
        assert window.statusBar().currentMessage() == error.text()
    # The port is free now: the same Start works, and the old error is gone.
    assert tab.start_hosting()
    qtbot.waitUntil(lambda: tab.connection_state() == "connected", timeout=WAIT)
    assert not error.has_error() and error.isHidden()
    assert window.statusBar().currentMessage() == ""


def test_a_join_that_works_clears_an_old_hosting_error(qtbot, in_window) -> None:
    _, port = host(qtbot, "alice")
    tab = make_tab(qtbot, "bob")
    window = in_window(tab)
    tab.host_panel.port_edit.setText("99999")
    assert not tab.start_hosting()
    assert tab.host_panel.port_error.has_error()
    assert tab.connect_to(f"127.0.0.1:{port}")
    qtbot.waitUntil(lambda: tab.connection_state() == "connected", timeout=WAIT)
    assert not tab.host_panel.port_error.has_error()
    assert window.statusBar().currentMessage() == ""


def test_the_status_bar_says_the_error_still_shown_in_a_field(qtbot, in_window) -> None:
    tab = make_tab(qtbot, "bob")
    window = in_window(tab)
    tab.host_panel.port_edit.setText("99999")
    assert not tab.start_hosting()
    port_error = tab.host_panel.port_error.text()
    assert window.statusBar().currentMessage() == port_error
    assert not tab.connect_to("no such host name:bad")
    address_error = tab.join_panel.address_error
    assert window.statusBar().currentMessage() == address_error.text()
    address_error.clear_error()  # the address is being corrected: the port is still wrong
    assert window.statusBar().currentMessage() == port_error
