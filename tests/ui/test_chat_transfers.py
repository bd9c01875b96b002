"""File transfers in the Chat tab, driven as people use them: two tabs in one room.

A real room on 127.0.0.1, each tab with its ChatClientEngine and TransferEngine on
their worker threads. Offers are made with the tab's own ways (/send, a drop on the
conversation or on a name, Send File...), answered by clicking the buttons painted on the
transfer's line; the tests wait on what the tabs show, never sleep. Where a transfer must
stop half-way, the receiver reaches the sender through a real proxy on 127.0.0.1 that
holds the bytes after a few MiB (tests/helpers/transfer.py, HoldingProxy).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from app.ui.chat import transfers as transfer_ui
from app.ui.chat.tab import ChatTab
from app.ui.chat.transfers import (
    ACCEPTED,
    CANCELLED,
    DECLINED,
    DONE,
    OFFERED,
    PAUSED,
    RUNNING,
    SETTINGS_AUTO,
    SETTINGS_FOLDER,
    SETTINGS_LIMIT_MB,
    TransferItem,
)
from app.ui.settings import write_settings
from tests.helpers.fixtures import free_port
from tests.helpers.transfer import HoldingProxy, write_file

WAIT = 10_000
MiB = 1024 * 1024


def files(count: int) -> str:
    """`2 files`: the English plural form (socketlab_en.qm), as the line shows it."""
    return f"{count} files"


def test_file_counts_take_each_languages_plural_form(language) -> None:
    from app.ui.chat.transfers import _file_count

    assert _file_count(2) == "2 files" and _file_count(1) == "1 file"
    assert language("ru")
    assert [_file_count(n) for n in (2, 5, 21)] == ["2 файла", "5 файлов", "21 файл"]
    assert _file_count(1234) == "1\u00a0234 файла"  # the count written the Russian way


@pytest.fixture(autouse=True)
def quick_timers(monkeypatch) -> None:
    monkeypatch.setattr(ChatTab, "reconnect_delays", (0.05, 0.1))
    monkeypatch.setattr(ChatTab, "greeting_timeout", 0.3)


_OPEN_TABS: list[ChatTab] = []


@pytest.fixture(autouse=True)
def _shut_tabs_down():
    """Tabs made by a test are shut down (and deleted on the GUI thread) after it."""
    yield
    while _OPEN_TABS:
        tab = _OPEN_TABS.pop()
        tab.shutdown()
        if shiboken6.isValid(tab):
            shiboken6.delete(tab)


@pytest.fixture
def opened(monkeypatch) -> list[str]:
    """What Open and Show in folder asked the desktop to open (nothing is opened)."""
    urls: list[str] = []

    def record(url: QUrl) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


def make_tab(qtbot, nick: str) -> ChatTab:
    tab = ChatTab()
    qtbot.addWidget(tab)
    _OPEN_TABS.append(tab)
    tab.resize(1100, 720)
    tab.identity.nick_edit.setText(nick)
    tab.show()
    return tab


def room(qtbot, tmp_path: Path) -> tuple[ChatTab, ChatTab, Path]:
    """alice hosts, bob joins; both see each other; Accept saves into the returned folder."""
    inbox = tmp_path / "inbox"
    write_settings({SETTINGS_FOLDER: str(inbox)})
    alice = make_tab(qtbot, "alice")
    alice.host_panel.bind_combo.set_address("127.0.0.1")
    alice.host_panel.port_edit.setText(str(free_port()))
    assert alice.start_hosting()
    qtbot.waitUntil(lambda: alice.connection_state() == "connected", timeout=WAIT)
    bob = make_tab(qtbot, "bob")
    assert bob.connect_to(f"127.0.0.1:{alice.current_port()}")
    for tab in (alice, bob):
        qtbot.waitUntil(lambda t=tab: {"alice", "bob"} <= set(t.people.nicks()), timeout=WAIT)
    return alice, bob, inbox


def item(tab: ChatTab, transfer_id: str) -> TransferItem:
    return tab.transfers.items[transfer_id]


def wait_state(qtbot, tab: ChatTab, transfer_id: str, state: str) -> None:
    def reached() -> None:
        assert transfer_id in tab.transfers.items, tab.conversation_texts()
        assert item(tab, transfer_id).state == state, tab.transfers.describe(transfer_id)

    qtbot.waitUntil(reached, timeout=WAIT)


def offered_to(qtbot, tab: ChatTab) -> str:
    """The id of the one offer `tab` received."""
    qtbot.waitUntil(lambda: any(i.direction == "receive" for i in tab.transfers.items.values()))
    return next(i.transfer_id for i in tab.transfers.items.values() if i.direction == "receive")


def buttons(tab: ChatTab, transfer_id: str) -> list[str]:
    view = tab.conversation
    view.scroll_to_newest()
    row = tab.transfers.row_of(transfer_id)
    return [action for _, action, _ in view.transfer_buttons(row + 1)]


def click(qtbot, tab: ChatTab, transfer_id: str, action: str) -> None:
    """Click a button painted on the transfer's second row, where it is drawn."""
    view = tab.conversation
    view.scroll_to_newest()
    row = tab.transfers.row_of(transfer_id)
    for _, name, place in view.transfer_buttons(row + 1):
        if name == action:
            assert view.viewport().rect().contains(place), "the button is out of sight"
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=place.center())
            return
    raise AssertionError(f"no {action} button on {tab.transfers.describe(transfer_id)}")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def drop(widget, paths: list[Path], at: QPointF | None = None) -> bool:
    """Drop local files on `widget` the way a file manager does (a drag enter, then a drop)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = at if at is not None else QPointF(widget.rect().center())
    action = Qt.DropAction.CopyAction
    buttons = Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    from PySide6.QtGui import QDragEnterEvent

    enter = QDragEnterEvent(where.toPoint(), action, mime, buttons, modifiers)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(where, action, mime, buttons, modifiers)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


# ---------------------------------------------------------------------------- whole files
def test_send_to_one_person_accept_progress_done_open_and_show(
    qtbot, tmp_path, monkeypatch, opened
) -> None:
    alice, bob, inbox = room(qtbot, tmp_path)
    source = write_file(tmp_path / "out" / "report.bin", 3 * MiB + 17)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(source)], ""))
    alice.input.setPlainText("/send bob")
    alice.send_button.click()
    assert alice.input.toPlainText() == ""
    sent = next(iter(alice.transfers.items))
    wait_state(qtbot, alice, sent, OFFERED)
    assert "Waiting for bob to accept" in alice.transfers.describe(sent)
    assert buttons(alice, sent) == ["cancel"]

    transfer_id = offered_to(qtbot, bob)
    assert transfer_id == sent
    line = bob.transfers.describe(transfer_id)
    assert "report.bin (3.0 MiB) from alice" in line
    assert buttons(bob, transfer_id) == ["accept", "save_as", "decline"]
    changed: list[int] = []
    bob.conversation.conversation.dataChanged.connect(
        lambda first, last: changed.append(last.row() - first.row() + 1)
    )

    click(qtbot, bob, transfer_id, "accept")
    wait_state(qtbot, bob, transfer_id, DONE)
    wait_state(qtbot, alice, transfer_id, DONE)
    received = inbox / "report.bin"
    assert received.read_bytes() == source.read_bytes()
    assert bob.transfers.describe(transfer_id).endswith("Received, SHA-256 checked")
    assert alice.transfers.describe(transfer_id).endswith("Delivered, SHA-256 checked")
    assert changed and set(changed) == {2}  # the transfer's two rows, each time

    assert buttons(bob, transfer_id) == ["open", "show"]
    click(qtbot, bob, transfer_id, "open")
    click(qtbot, bob, transfer_id, "show")
    assert opened == [str(received), str(inbox)]
    click(qtbot, alice, transfer_id, "show")
    assert opened[-1] == str(source.parent)


def test_a_folder_dropped_on_a_name_goes_to_that_person_save_as_elsewhere(
    qtbot, tmp_path, monkeypatch
) -> None:
    alice, bob, _ = room(qtbot, tmp_path)
    folder = tmp_path / "out" / "photos"
    one = write_file(folder / "a.jpg", 200_000, seed=2)
    two = write_file(folder / "trip" / "b.jpg", 300_000, seed=3)
    people = alice.people.list
    row = alice.people.nicks().index("bob")
    where = QPointF(people.visualItemRect(people.item(row)).center())
    assert drop(people.viewport(), [folder], where)
    sent = next(iter(alice.transfers.items))
    wait_state(qtbot, alice, sent, OFFERED)
    assert f"photos ({files(2)}, 488.3 KiB) to bob" in alice.transfers.describe(sent)
    # Not on our own name: that would be an offer to ourselves.
    own = alice.people.nicks().index("alice")
    mine = QPointF(people.visualItemRect(people.item(own)).center())
    assert not drop(people.viewport(), [one], mine)

    transfer_id = offered_to(qtbot, bob)
    elsewhere = tmp_path / "elsewhere" / "holiday"
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))
    click(qtbot, bob, transfer_id, "save_as")
    wait_state(qtbot, bob, transfer_id, DONE)
    assert (elsewhere / "a.jpg").read_bytes() == one.read_bytes()
    assert (elsewhere / "trip" / "b.jpg").read_bytes() == two.read_bytes()
    assert Path(item(bob, transfer_id).target()) == elsewhere


def test_files_dropped_on_the_conversation_are_offered_to_the_room(qtbot, tmp_path) -> None:
    alice, bob, inbox = room(qtbot, tmp_path)
    source = write_file(tmp_path / "out" / "notes.txt", 4096, seed=5)
    assert drop(alice.conversation.viewport(), [source])
    sent = next(iter(alice.transfers.items))
    wait_state(qtbot, alice, sent, OFFERED)
    assert "to the room" in alice.transfers.describe(sent)
    transfer_id = offered_to(qtbot, bob)
    line = bob.transfers.describe(transfer_id)
    assert "notes.txt (4.0 KiB) from alice" in line
    click(qtbot, bob, transfer_id, "accept")
    wait_state(qtbot, bob, transfer_id, DONE)
    assert (inbox / "notes.txt").read_bytes() == source.read_bytes()
    # Text that is not a file is not taken.
    mime_text = QMimeData()
    mime_text.setText("hello")
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime_text,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(alice.conversation.viewport(), event)
    assert len(alice.transfers.items) == 1


def test_decline_is_shown_on_both_sides(qtbot, tmp_path) -> None:
    alice, bob, inbox = room(qtbot, tmp_path)
    source = write_file(tmp_path / "out" / "big.iso", 100_000)
    sent = alice.offer_files_to("bob", [str(source)])
    transfer_id = offered_to(qtbot, bob)
    assert transfer_id == sent
    click(qtbot, bob, transfer_id, "decline")
    wait_state(qtbot, bob, transfer_id, DECLINED)
    wait_state(qtbot, alice, transfer_id, DECLINED)
    assert bob.transfers.describe(transfer_id).endswith("You declined.")
    assert alice.transfers.describe(transfer_id).endswith("bob declined.")
    assert buttons(bob, transfer_id) == [] and buttons(alice, transfer_id) == []
    assert not inbox.exists() or not list(inbox.iterdir())


# ---------------------------------------------------------------------------- half-way
def held_half_way(qtbot, tmp_path, run_engine, size: int = 8 * MiB):
    """bob accepted alice's file and has part of it: a proxy holds the rest."""
    alice, bob, inbox = room(qtbot, tmp_path)
    engine = bob.session.transfers
    sender = alice.session.transfers
    qtbot.waitUntil(lambda: sender.port != 0)
    proxy = HoldingProxy(sender.port, hold_at=3 * MiB)
    run_engine(proxy).wait_for(lambda _: proxy.port)
    original = engine.signal_received

    def through_proxy(nick: str, address: str, body: dict, relay=None) -> None:
        if body.get("op") == "offer":
            body = {**body, "port": proxy.port}
        original(nick, address, body, relay)

    engine.signal_received = through_proxy  # the offer names the proxy as alice's port
    source = write_file(tmp_path / "out" / "movie.bin", size)
    transfer_id = alice.offer_files_to("bob", [str(source)])
    assert offered_to(qtbot, bob) == transfer_id
    click(qtbot, bob, transfer_id, "accept")
    assert item(bob, transfer_id).state in (ACCEPTED, RUNNING)
    qtbot.waitUntil(proxy.held.is_set, timeout=WAIT)
    return alice, bob, inbox, proxy, source, transfer_id


def test_progress_pause_and_resume_on_both_sides(qtbot, tmp_path, run_engine) -> None:
    alice, bob, inbox, proxy, source, transfer_id = held_half_way(qtbot, tmp_path, run_engine)

    def shows_progress() -> None:
        shown = item(bob, transfer_id)
        assert shown.state == RUNNING and 0 < shown.done < shown.size
        assert "%" in bob.transfers.describe(transfer_id)
        assert " of 8.0 MiB" in bob.transfers.describe(transfer_id)  # the plain text has it
        assert " of " not in shown.status()  # the painted row is short

    qtbot.waitUntil(shows_progress, timeout=WAIT)
    # Progress keeps coming (a few times a second) while the proxy holds the rest: only
    # the transfer's two rows change, nothing is rebuilt or added.
    model = bob.conversation.conversation
    first_row = bob.transfers.row_of(transfer_id)
    resets: list[int] = []
    inserted: list[int] = []
    changed: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda *_: inserted.append(1))
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    qtbot.waitUntil(lambda: len(changed) >= 3, timeout=WAIT)
    assert set(changed) == {(first_row, first_row + 1)}
    assert not resets and not inserted
    assert buttons(bob, transfer_id) == ["pause", "cancel"]
    wait_state(qtbot, alice, transfer_id, RUNNING)

    click(qtbot, bob, transfer_id, "pause")
    wait_state(qtbot, bob, transfer_id, PAUSED)
    wait_state(qtbot, alice, transfer_id, PAUSED)
    assert "paused by you" in bob.transfers.describe(transfer_id)
    assert "paused by the other side" in alice.transfers.describe(transfer_id)
    assert buttons(bob, transfer_id) == ["resume", "cancel"]
    assert buttons(alice, transfer_id) == ["cancel"]  # only who paused resumes

    proxy.release(None)  # the link goes on as soon as it is resumed
    click(qtbot, bob, transfer_id, "resume")
    wait_state(qtbot, bob, transfer_id, DONE)
    wait_state(qtbot, alice, transfer_id, DONE)
    assert sha(inbox / "movie.bin") == sha(source)


def test_the_receiver_cancels_half_way(qtbot, tmp_path, run_engine) -> None:
    alice, bob, inbox, _, _, transfer_id = held_half_way(qtbot, tmp_path, run_engine)
    click(qtbot, bob, transfer_id, "cancel")
    wait_state(qtbot, bob, transfer_id, CANCELLED)
    wait_state(qtbot, alice, transfer_id, CANCELLED)
    assert bob.transfers.describe(transfer_id).endswith("Cancelled by you.")
    assert alice.transfers.describe(transfer_id).endswith("Cancelled by the other side.")
    assert not list(inbox.glob("*"))  # the partial file is gone


# ---------------------------------------------------------------------------- settings
def test_auto_accept_from_a_chosen_nick_into_a_folder(qtbot, tmp_path) -> None:
    alice, bob, _ = room(qtbot, tmp_path)
    bob.show_file_settings()
    dialog = bob._file_settings
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.folder_edit.setText("relative/folder")
    dialog.auto_edit.setText("Alice")
    ok.click()
    assert dialog.isVisible() and "whole folder path" in dialog.folder_error.text()
    auto = tmp_path / "auto"
    dialog.folder_edit.setText(str(auto))
    dialog.auto_edit.setText("Alice, zero\u200bwidth")
    ok.click()
    assert dialog.isVisible() and "zero" in dialog.auto_error.text()
    dialog.auto_edit.setText("Alice")
    ok.click()
    assert not dialog.isVisible()

    source = write_file(tmp_path / "out" / "auto.bin", 500_000, seed=7)
    transfer_id = alice.offer_files_to("bob", [str(source)])
    wait_state(qtbot, bob, transfer_id, DONE)  # nobody clicked
    assert (auto / "auto.bin").read_bytes() == source.read_bytes()
    wait_state(qtbot, alice, transfer_id, DONE)


def test_an_offer_over_the_size_limit_is_declined_in_words(qtbot, tmp_path) -> None:
    alice, bob, inbox = room(qtbot, tmp_path)
    write_settings({SETTINGS_LIMIT_MB: 1, SETTINGS_AUTO: []})
    bob.transfers.apply_settings()
    source = write_file(tmp_path / "out" / "huge.bin", 2 * MiB)
    transfer_id = alice.offer_files_to("bob", [str(source)])
    wait_state(qtbot, alice, transfer_id, DECLINED)
    wait_state(qtbot, bob, transfer_id, DECLINED)
    line = bob.transfers.describe(transfer_id)
    assert "more than" in line and "you accept" in line, line
    assert "declined" in alice.transfers.describe(transfer_id)
    assert not inbox.exists() or not list(inbox.iterdir())


# ---------------------------------------------------------------------------- words
def test_sending_while_offline_is_explained_next_to_the_box(qtbot) -> None:
    tab = make_tab(qtbot, "carol")
    assert tab.offer_files(["/tmp"]) is None
    assert "join a chat" in tab.input_error.text()
    assert not tab.send_file_action.isEnabled()


def test_status_words_for_retries_failures_and_time_left(qtbot) -> None:
    shown = TransferItem("a" * 32, "receive", "alice", "x.bin", 1, 10 * MiB, state=RUNNING)
    shown.done, shown.rate = 4 * MiB, 2 * MiB
    assert transfer_ui.duration_text(3) == "3 s"
    assert transfer_ui.duration_text(125) == "2 min 05 s"
    assert shown.status() == "40% · 2.0 MiB/s · 3 s left"
    assert shown.status(full=True) == "40% · 4.0 MiB of 10.0 MiB · 2.0 MiB/s · 3 s left"
    shown.relayed = True  # direct failed: the room's server relays it
    assert shown.status() == "40% · through the server · 2.0 MiB/s · 3 s left"
    shown.relayed = False
    shown.note, shown.retrying = "The connection to alice was lost; trying again.", True
    assert shown.status().endswith("trying again.")
    shown.state, shown.retrying = transfer_ui.FAILED, False
    shown.note = "The disk holding /x is full: free some space, then resume the transfer."
    assert shown.status().startswith("Failed: The disk holding /x is full")
    assert shown.actions() == ["resume", "cancel"]  # once space is freed
    shown.done = 0
    assert shown.actions() == []  # failed before any byte came: nothing to go on with


def test_a_transfer_cut_by_leaving_goes_on_after_joining_again(qtbot, tmp_path, run_engine) -> None:
    alice, bob, inbox, proxy, source, transfer_id = held_half_way(qtbot, tmp_path, run_engine)
    bob.disconnect_from_server()
    qtbot.waitUntil(lambda: bob.connection_state() == "offline", timeout=WAIT)
    proxy.release(None)
    assert bob.connect_to(f"127.0.0.1:{alice.current_port()}")
    # The view starts afresh with the new connection; the unfinished transfer's line
    # comes back when its engine (a new one, on the same state folder) goes on.
    wait_state(qtbot, bob, transfer_id, DONE)
    assert bob.transfers.row_of(transfer_id) >= 0
    assert sha(inbox / "movie.bin") == sha(source)
    wait_state(qtbot, alice, transfer_id, DONE)


def test_file_send_file_in_the_menu_offers_to_the_room(qtbot, tmp_path, monkeypatch) -> None:
    alice, bob, _ = room(qtbot, tmp_path)
    source = write_file(tmp_path / "out" / "menu.bin", 1000, seed=9)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(source)], ""))
    assert alice.send_file_action in alice.file_actions()
    alice.send_file_action.trigger()
    sent = next(iter(alice.transfers.items))
    wait_state(qtbot, alice, sent, OFFERED)
    assert "to the room" in alice.transfers.describe(sent)
    assert offered_to(qtbot, bob) == sent
    # Cancelled by the sender: the offer's line says so on both sides.
    click(qtbot, alice, sent, "cancel")
    wait_state(qtbot, alice, sent, CANCELLED)
    wait_state(qtbot, bob, sent, CANCELLED)
    assert bob.transfers.describe(sent).endswith("Cancelled by the other side.")


def test_a_relayed_transfer_says_it_goes_through_the_server(qtbot) -> None:
    from app.core.transfer.events import OfferReceived, TransferStarted

    tab = make_tab(qtbot, "carol")
    transfer_id = "c" * 32
    tab.transfers.push([OfferReceived(transfer_id, "alice", "x.bin", 1, 10)])
    tab.transfers.push([TransferStarted(transfer_id, "receive", "x.bin", 10, relayed=True)])
    assert "through the server" in tab.transfers.describe(transfer_id)
    tab.transfers.push([TransferStarted(transfer_id, "receive", "x.bin", 10)])
    assert "through the server" not in tab.transfers.describe(transfer_id)


def test_a_flood_of_offers_keeps_the_windows_table_bounded(qtbot, monkeypatch) -> None:
    """Anyone in the room can send offers with new ids: the window forgets the oldest
    unanswered ones (and ended ones first), never one under way."""
    from app.core.transfer import events as ev
    from app.ui.chat import transfers as module

    monkeypatch.setattr(module, "MAX_TRANSFERS_KEPT", 4)
    tab = make_tab(qtbot, "bob")
    transfers = tab.transfers
    transfers.push([ev.OfferReceived("a" * 32, "alice", "keep.bin", 1, 10)])
    transfers.push([ev.TransferStarted("a" * 32, "receive", "keep.bin", 10)])
    transfers.push([ev.OfferReceived("b" * 32, "alice", "done.bin", 1, 10)])
    transfers.push([ev.TransferDone("b" * 32, "receive")])
    flood = [ev.OfferReceived(f"{n:032x}", "mallory", "x", 1, 1) for n in range(10)]
    transfers.push(flood)
    assert len(transfers.items) == len(transfers.entries) == 4
    assert "a" * 32 in transfers.items  # under way: kept
    assert "b" * 32 not in transfers.items  # ended: forgotten first
    assert list(transfers.items)[-3:] == [f"{n:032x}" for n in range(7, 10)]


def test_the_headline_is_one_sentence_a_translator_can_order(language) -> None:
    from app.ui.chat.transfers import TransferItem

    item = TransferItem("c" * 32, "receive", "alice", "notes.pdf", count=1, size=2048)
    assert item.headline() == "notes.pdf (2.0 KiB) from alice"
    assert language("zh_CN")
    assert item.headline() == "notes.pdf\uff082.0 KiB\uff09来自 alice"  # full-width brackets
