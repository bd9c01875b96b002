"""`IncomingDrain`: what the client engine reports, shown in the Chat tab in slices.

A batch from the client engine is queued and the slot returns at once; a zero-time
timer then shows the queue in slices of a few milliseconds, so a flood never freezes
the window. When the backlog is bigger than the view can show, only the newest lines
are built: the others are counted (and are in the history file), and a line in the
view says so. The connection's states, errors and renames are shown from here too.
"""

from __future__ import annotations

import time
from collections import deque
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot

from app.core.chat.protocol import REFUSED_CODES, ChatMessage, Kind, nick_key
from app.core.events import ErrorEvent, Event
from app.core.messages import N_, Message
from app.ui.chat.entries import ERROR, NOTICE, PENDING, ConversationEntry
from app.ui.chat.part import TabPart
from app.ui.chat.state import ChatState, Role
from app.ui.i18n import translate_message, window_numbers

if TYPE_CHECKING:
    from app.core.chat.client import ConnectionState, ServerNotice
    from app.ui.chat.tab import ChatTab

# How long one slice of showing received events may hold the GUI thread. Measured with
# bench/chat_flood.py: slices of 2 ms every 14 ms keep the window's event-loop gaps
# under 16 ms while the network thread reads 50,000 lines/s.
DRAIN_SLICE_SECONDS = 0.002
# Messages waiting to be shown beyond which the oldest are skipped (counted, not drawn).
BACKLOG_LIMIT = 5000
# The pause between slices while a backlog waits (the network thread reads meanwhile).
DRAIN_PAUSE_MS = 12
# Messages shown at a time, between checks of the slice's time (one recv() brings ~500).
DRAIN_CHUNK = 50


# The state line's sentences stay Messages (template and values), not finished text:
# the status line writes them again when View > Language changes.
DISCONNECTED = N_("IncomingDrain", "Disconnected.")


def _connected(server: str, nick: str) -> Message:
    return Message(
        N_("IncomingDrain", "Connected to {server} as {nick}."), server=server, nick=nick
    )


class IncomingDrain(TabPart, QObject):
    """Shows a client's events in the tab, a slice at a time (see module docstring)."""

    def _skipped_text(self, count: int) -> str:
        with window_numbers():
            return self.tr(
                "... %Ln message(s) came faster than they could be shown: they are in the "
                "history (Ctrl+F searches it).",
                "",
                count,
            )

    def _earlier_text(self, count: int) -> str:
        with window_numbers():
            return self.tr("%Ln earlier message(s) from {server} (your history)", "", count)

    def __init__(self, tab: ChatTab) -> None:
        super().__init__(tab)
        self._incoming: deque[Event] = deque()
        self._incoming_messages = 0
        self.pending: dict[int, ConversationEntry] = {}  # typed, not yet delivered
        self.received_count = 0  # room messages shown since the last connect
        self._recorder_warned = False  # the history file's failure was said
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.drain)

    def reset(self) -> None:
        """A new connection: nothing of the last one is shown any more."""
        self._incoming.clear()
        self._incoming_messages = 0
        self._timer.stop()
        self.pending.clear()
        self.received_count = 0

    def push(self, batch: list[Event]) -> None:
        """Queue a batch; it is shown from the next turn of the event loop on."""
        from app.core.chat.client import MessagesReceived

        self._incoming.extend(batch)
        for event in batch:
            if type(event) is MessagesReceived:
                self._incoming_messages += len(event.messages)
        if not self._timer.isActive():
            self._timer.setInterval(0)
            self._timer.start()

    @Slot()
    def drain(self) -> None:
        """Show queued events for at most DRAIN_SLICE_SECONDS (or skip a backlog)."""
        from app.core.chat.client import (
            ChannelSecured,
            ConnectionState,
            MessageDelivered,
            MessagePending,
            MessagesReceived,
            RawReceived,
            ServerNotice,
            UsersUpdated,
        )

        tab = self._tab
        deadline = time.perf_counter() + DRAIN_SLICE_SECONDS
        incoming = self._incoming
        # Far behind: the oldest waiting lines are not drawn (nobody reads 50,000 lines a
        # second); they are counted and in the history, and a line in the view says so.
        skip = max(0, self._incoming_messages - BACKLOG_LIMIT)
        entries: list[ConversationEntry] = []
        raw_chunks: list[tuple[bytes, float]] = []
        live: list[ChatMessage] = []
        refused: ServerNotice | None = None  # kicked, banned, a password: stop there
        skipped_total = 0
        while incoming and (skip or time.perf_counter() < deadline):
            event = incoming.popleft()
            if type(event) is MessagesReceived:
                messages = event.messages
                if skip:
                    # Too old to be shown: counted (and in the history), not drawn.
                    skipped, rest = messages[:skip], messages[skip:]
                    self._incoming_messages -= len(skipped)
                    self._count_skipped(skipped, event.from_history)
                    skipped_total += len(skipped)
                    skip -= len(skipped)
                    if rest:
                        incoming.appendleft(MessagesReceived(rest, event.from_history))
                    if not skip:
                        entries.append(ConversationEntry(NOTICE, self._skipped_text(skipped_total)))
                    continue
                if len(messages) > DRAIN_CHUNK:
                    # A big event is shown in parts, between checks of the slice's time.
                    incoming.appendleft(
                        MessagesReceived(messages[DRAIN_CHUNK:], event.from_history)
                    )
                    messages = messages[:DRAIN_CHUNK]
                self._incoming_messages -= len(messages)
                if event.from_history:
                    # A replay may repeat lines shown (from the history file) or belong
                    # above them: merged by id, never appended blindly.
                    self._flush(entries)
                    replayed: list[ConversationEntry] = []
                    self._add_messages(messages, True, replayed)
                    tab.conversation.merge_entries(replayed)
                else:
                    self._add_messages(messages, False, entries)
                self.received_count += len(messages)
                if not event.from_history:
                    live.extend(messages)
                if len(entries) >= DRAIN_CHUNK:
                    self._flush(entries)  # wrapping and drawing count in the slice
            elif isinstance(event, RawReceived):
                raw_chunks.append((event.data, event.time))
            elif isinstance(event, MessagePending):
                entry = ConversationEntry(
                    PENDING,
                    event.text,
                    sender=tab.session.my_nick or "you",
                    own=True,
                    seq=event.seq,
                )
                self.pending[event.seq] = entry
                entries.append(entry)
            elif isinstance(event, MessageDelivered):
                entry = self.pending.pop(event.seq, None)
                if entry is not None:
                    self._flush(entries)
                    tab.conversation.conversation.remove_entry(entry)
            elif isinstance(event, ServerNotice):
                kind = ERROR if event.is_error else NOTICE
                entries.append(ConversationEntry(kind, translate_message(event.text)))
                if event.code in REFUSED_CODES:
                    refused = event
            elif isinstance(event, UsersUpdated):
                tab.people.set_users(event.users)
            elif isinstance(event, ConnectionState):
                self._flush(entries)
                self.show_connection_state(event)
            elif isinstance(event, ChannelSecured):
                tab.security.show(event)
            elif isinstance(event, ErrorEvent):
                self.show_client_error(event)
        self._flush(entries)
        if raw_chunks:
            tab.raw_terminal.add_received(raw_chunks)
        if live:
            tab.notifier.notify(live, tab.session.my_nick)
        self.check_recorder()
        if not incoming:
            self._timer.stop()
        else:
            # Still behind: give the engine's thread (which reads the socket) the next few
            # milliseconds of the interpreter; a backlog past the view's size is skipped.
            self._timer.setInterval(DRAIN_PAUSE_MS)
        if refused is not None:
            self.was_refused(refused)

    def _add_messages(
        self, messages: tuple[ChatMessage, ...], from_history: bool, entries: list
    ) -> None:
        tab = self._tab
        own_key = nick_key(tab.session.my_nick) if tab.session.my_nick else ""
        make_entry = ConversationEntry.from_message
        for message in messages:
            if message.kind == Kind.NICK and not from_history and self.is_me(message.sender):
                self.nick_changed(message.target)
                own_key = nick_key(message.target)
            entries.append(make_entry(message, own_key))

    def _count_skipped(self, messages: tuple[ChatMessage, ...], from_history: bool) -> None:
        """Lines too old to be shown: counted, and a change of our own nick still noted."""
        tab = self._tab
        self.received_count += len(messages)
        for message in messages:
            if message.kind == Kind.NICK and not from_history and self.is_me(message.sender):
                self.nick_changed(message.target)
        if not from_history:
            tab.notifier.notify(messages, tab.session.my_nick)

    def _flush(self, entries: list[ConversationEntry]) -> None:
        if entries:
            self._tab.conversation.append_entries(list(entries))
            entries.clear()

    # ------------------------------------------------------------ what it shows
    def is_me(self, nick: str) -> bool:
        """True when `nick` is the one the server knows us by."""
        tab = self._tab
        me = tab.session.my_nick
        return bool(me) and nick_key(nick) == nick_key(me)

    def nick_changed(self, nick: str) -> None:
        """The server renamed us (our /nick, or a taken name)."""
        tab = self._tab
        tab.session.my_nick = nick
        tab.people.set_own_nick(nick)
        tab.host_panel.set_own_nick(nick)
        tab.identity.nick_edit.setText(nick)
        tab.nick_chosen()  # a name we chose (/nick): no note, and the one asked for next
        tab.remember_nick(nick)
        tab.status.set(ChatState.CONNECTED, _connected(tab.session.server_key, nick))

    def was_refused(self, notice: ServerNotice) -> None:
        """The host removed us, or the room turned us away (banned, a password): leave,
        and say so; the engine does not reconnect by itself either."""
        tab = self._tab
        tab.session.stop_client()
        if notice.code == "kicked":
            said: str = Message(N_("IncomingDrain", "You were removed from the chat by the host."))
        else:
            said = notice.text
        if notice.code.startswith("password") and tab.session.role is not Role.HOST:
            # next to where it is typed
            tab.join_panel.password_error.show_error(translate_message(said))
        tab.status.set(ChatState.OFFLINE, said)

    def show_connection_state(self, event: ConnectionState) -> None:
        """A connection state from the client engine, in words."""
        tab = self._tab
        tab.status.stop_countdown()
        session = tab.session
        if event.state == "connected":
            if event.nick and not self.is_me(event.nick):
                wanted = session.my_nick
                session.my_nick = event.nick
                tab.people.set_own_nick(event.nick)
                tab.host_panel.set_own_nick(event.nick)
                tab.room_renamed(wanted, event.nick)
            tab.status.set(ChatState.CONNECTED, _connected(session.server_key, session.my_nick))
            tab.clear_attempt_errors()
        elif event.state == "raw":
            tab.pages.setCurrentWidget(tab.raw_terminal)
            tab.search.close()
            tab.search_button.setEnabled(False)  # a raw peer's bytes are not chat history
            raw = N_(
                "IncomingDrain",
                "Raw TCP terminal with {server}: not a SocketLab chat server, "
                "so its bytes are shown as they arrive.",
            )
            tab.status.set(ChatState.RAW, Message(raw, server=session.server_key))
        elif event.state == "reconnecting":
            tab.status.reconnecting(event.reason or event.detail, event.retry_in or 0.0)
            tab.people.set_users(())
        elif event.state == "connecting":
            tab.status.set(ChatState.CONNECTING, event.detail)
        elif event.state == "offline" and session.state is not ChatState.ERROR:
            tab.status.set(ChatState.OFFLINE, event.detail or Message(DISCONNECTED))

    def show_client_error(self, event: ErrorEvent) -> None:
        """An error from the client engine: under its field, on the state line or inline."""
        tab = self._tab
        if event.field == "input":
            tab.raw_terminal.send_error.show_error(event.message)
            return
        if event.field == "password" and tab.session.role is not Role.HOST:
            tab.join_panel.password_error.show_error(event.message)
            tab.status.set(ChatState.ERROR, event.message)
            return
        if event.fatal:
            tab.status.set(ChatState.ERROR, event.message)
            own = tab.session.role is Role.HOST
            (tab.host_panel.host_error if own else tab.join_panel.address_error).show_error(
                event.message
            )
        else:
            tab.conversation.append_entries(
                [ConversationEntry(ERROR, translate_message(event.message))]
            )

    def check_recorder(self) -> None:
        """Say once when the history file could not be written."""
        tab = self._tab
        recorder = tab.session.recorder
        if recorder is not None and recorder.failure and not self._recorder_warned:
            self._recorder_warned = True
            tab.conversation.append_entries(
                [ConversationEntry(ERROR, translate_message(recorder.failure))]
            )

    @Slot(str, object)
    def start_view(self, server: str, earlier: list[ChatMessage]) -> None:
        """A client is about to connect: a fresh view, with the earlier conversation."""
        tab = self._tab
        nick = tab.session.my_nick
        self.reset()
        self._recorder_warned = False
        tab.search_button.setEnabled(True)
        tab.people.own_nick = tab.host_panel.own_nick = nick
        tab.people.set_users(())
        tab.conversation.conversation.clear()
        if tab.raw_rows():
            tab.raw_terminal.clear()
        tab.pages.setCurrentWidget(tab.chat_page)
        tab.search.close()
        if earlier:
            entries = [ConversationEntry.from_message(m, nick_key(nick)) for m in earlier]
            entries.append(
                ConversationEntry(
                    NOTICE,
                    self._earlier_text(len(earlier)).format(server=server),
                )
            )
            tab.conversation.append_entries(entries)
        connecting = N_("IncomingDrain", "Connecting to {server}...")
        tab.status.show(Message(connecting, server=server))
