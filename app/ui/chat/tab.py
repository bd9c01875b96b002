"""The Chat tab: host or join a LAN chat, or talk to any TCP server as a raw terminal.

Layout and wiring only. The engines, the outbox, the history and the state live in
`ChatSession` (session.py); received events are shown by `IncomingDrain` (drain.py);
history search, notifications and export have modules of their own. The GUI thread
never touches a socket and never blocks on one.
"""

from __future__ import annotations

import getpass
import re
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.chat.protocol import DEFAULT_PORT, validate_nick
from app.core.events import ErrorEvent, Event
from app.core.messages import N_, Message
from app.ui.chat.compose import Composer
from app.ui.chat.conversation import ConversationView
from app.ui.chat.drain import IncomingDrain
from app.ui.chat.export import ConversationExport
from app.ui.chat.notifications import UnreadNotifier
from app.ui.chat.panels import ALL_INTERFACES, HostPanel, IdentityPanel, JoinPanel, PeopleList
from app.ui.chat.search import HistorySearch
from app.ui.chat.security import ChannelSecurity
from app.ui.chat.session import ChatSession, data_folder
from app.ui.chat.state import ChatState
from app.ui.chat.status import StatusLine
from app.ui.chat.transfers import FileTransfers
from app.ui.events_pane import EventsPane
from app.ui.focus import place_after
from app.ui.scrolling import scrolled
from app.ui.settings import read_setting, write_settings, write_window_settings
from app.ui.theme import set_text_colour

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.core.address import Endpoint
    from app.core.discovery import ServerFinderEngine
    from app.ui.chat.file_settings import FileSettingsDialog
    from app.ui.chat.find_servers import FindServersDialog, FindServersPanel
    from app.ui.chat.raw import RawTerminal

# The engines, SQLite and psutil are imported when a chat starts, not with the tab: the
# Chat tab is the first one shown, and the window's start-up time is measured.

# Recent servers remembered in the Join drop-down.
RECENT_LIMIT = 10
_SETTINGS_NICK = "chat/nickname"
_SETTINGS_RECENT = "chat/recent_servers"
_SETTINGS_BIND = "chat/bind"
_SETTINGS_PORT = "chat/port"
_SETTINGS_REUSE = "chat/reuse_address"
_SETTINGS_BACKLOG = "chat/backlog"
_SETTINGS_ADVANCED = "chat/host_advanced_shown"

# The state line's sentences, kept as Messages so a language switch writes them again.
NOT_CONNECTED = N_("ChatTab", "Not connected. Host a chat, or join one.")
DISCONNECTED = N_("ChatTab", "Disconnected.")
SAVING = N_("ChatTab", "Saving the last conversation…")


def _default_nick() -> str:
    try:
        name = getpass.getuser()
    except Exception:  # no user name on this system: the server names us guest-N
        return ""
    name = re.sub(r"\s+", "", name)[:32]
    return name if validate_nick(name) is None else ""


class ChatTab(QWidget):
    """Host a chat, join one, or use a raw TCP terminal; see module docstring.

    Signals:
        unread_changed(int): messages that arrived while the tab was not being looked at.
        export_finished(str): an export ended; the text says where (or why it failed).
    """

    unread_changed = Signal(int)
    export_finished = Signal(str)

    #: Back-off between reconnect attempts (tests shorten it).
    reconnect_delays: tuple[float, ...] = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0)
    #: How long a new connection waits for a SocketLab greeting before going raw.
    greeting_timeout = 2.0
    #: The UDP port servers announce on (None: the protocol's 5556; tests use a free one).
    discovery_port: int | None = None
    #: Makes the finder behind Find servers (None: ask every LAN; tests ask loopback).
    finder_factory: Callable[[], ServerFinderEngine] | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = ChatSession(self)
        self.identity = IdentityPanel()
        self.join_panel = JoinPanel()
        self.host_panel = HostPanel()
        self.people = PeopleList()
        self.conversation = ConversationView()
        self.conversation_stack = QStackedWidget()
        self._raw_terminal: RawTerminal | None = None
        self.composer = Composer(self)
        self.input = self.composer.input
        self.send_button = self.composer.send_button
        self.input_error = self.composer.error
        self.count_label = self.composer.count_label
        self.status = StatusLine(self.session, self)
        self.state_dot = self.status.dot
        self.state_label = self.status.label
        self.notice_label = QLabel()
        self.notice_label.setObjectName("chatNotice")
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        set_text_colour(self.notice_label, "muted")  # grey, readable in either theme
        self.search = HistorySearch(self)
        self.search_button = self.search.button
        self.search_bar = self.search.bar
        self.search_edit = self.search.edit
        self.search_summary = self.search.summary
        self.search_close = self.search.close_button
        self.export_button = QToolButton()
        self.export_action = QAction(self)
        self.exporter = ConversationExport(self)
        self.notifier = UnreadNotifier(self)
        self.drain = IncomingDrain(self)
        self.security = ChannelSecurity(self)
        self.transfers = FileTransfers(self)
        self.send_file_button = QToolButton()
        self.send_file_button.setObjectName("sendFileButton")
        self.send_file_action = QAction(self)
        self.files_button = QToolButton()
        self.files_button.setObjectName("fileSettingsButton")
        self._file_settings: FileSettingsDialog | None = None
        self._last_address = ""  # what Connect was last given (to reconnect trusting a key)
        # The room renamed us on joining: (the name asked for, the name given), shown in
        # the Nickname field while connected; the next join asks for the wanted one again.
        self._renamed: tuple[str, str] | None = None
        self.pages = QStackedWidget()
        self.events_pane = EventsPane(sides=("client", "server"))
        self._find_dialog: FindServersDialog | None = None
        self.find_panel: FindServersPanel | None = None
        self._shut_down = False
        # No lambda over `self`: the status line would hold the tab in a cycle.
        self.status.pending_count = partial(len, self.drain.pending)

        self._build_layout()
        self._connect_signals()
        self._restore_settings()
        self.status.set(ChatState.OFFLINE, Message(NOT_CONNECTED))
        self.retranslate()

    def retranslate(self) -> None:
        """Set the tab's own texts in the current language: at start, and again on each
        QEvent.LanguageChange (View > Language). The panels and views are widgets and
        retranslate themselves; the parts that are plain QObjects are called from here.

        Lines already in the conversation stay in the language they were written in:
        they are a record of what was shown then (new lines come in the new language).
        """
        self.export_button.setText(self.tr("Export..."))
        self.export_button.setToolTip(self.tr("Save the conversation as text or CSV"))
        self.export_action.setText(self.tr("Export Chat Conversation..."))
        self.export_action.setToolTip(
            self.tr("Save the chat history (or the raw terminal) as text or CSV")
        )
        self.send_file_button.setText(self.tr("File..."))
        self.send_file_button.setToolTip(
            self.tr(
                "Send files to the room (/send), or to one person (/send NICK); "
                "or drop files on the conversation, or on a name"
            )
        )
        self.send_file_action.setText(self.tr("Send File..."))
        self.send_file_action.setToolTip(self.tr("Offer files to everyone in the chat room"))
        self.files_button.setText(self.tr("Files..."))
        self.files_button.setToolTip(
            self.tr("Where received files go, who may send without asking, and the size limit")
        )
        self.composer.retranslate()
        self.search.retranslate()
        self.security.retranslate()
        self.status.retranslate()
        self.notifier.retranslate()
        self._write_nick_note()
        self._update_controls()

    # ================================================================ building
    def _build_layout(self) -> None:
        left = QWidget()
        left.setObjectName("chatSidePanel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(self.identity)
        left_layout.addWidget(self.join_panel)
        left_layout.addWidget(self.host_panel, 1)
        # The side panel scrolls in a low window rather than squeezing its forms.
        side = scrolled(left, min_width=290)
        side.setMaximumWidth(420)

        state_row = QHBoxLayout()
        state_row.addWidget(self.state_dot)
        state_row.addWidget(self.state_label, 1)
        state_row.addWidget(self.security.label)
        state_row.addWidget(self.notice_label)
        state_row.addWidget(self.search_button)
        state_row.addWidget(self.files_button)
        state_row.addWidget(self.export_button)

        chat_page = QWidget()
        chat_layout = QHBoxLayout(chat_page)
        chat_layout.setContentsMargins(0, 0, 0, 0)
        chat_splitter = QSplitter(Qt.Orientation.Horizontal)
        conversation_box = QWidget()
        conversation_layout = QVBoxLayout(conversation_box)
        conversation_layout.setContentsMargins(0, 0, 0, 0)
        self.conversation_stack.addWidget(self.conversation)
        conversation_layout.addWidget(self.conversation_stack, 1)
        input_row = QHBoxLayout()
        input_row.addWidget(self.input, 1)
        input_row.addWidget(self.send_file_button, 0, Qt.AlignmentFlag.AlignBottom)
        input_row.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        conversation_layout.addLayout(input_row)
        below_input = QHBoxLayout()
        below_input.addWidget(self.input_error, 1)
        below_input.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignTop)
        conversation_layout.addLayout(below_input)
        chat_splitter.addWidget(conversation_box)
        chat_splitter.addWidget(self.people)
        chat_splitter.setStretchFactor(0, 1)
        chat_splitter.setSizes([600, 170])
        chat_splitter.setChildrenCollapsible(False)
        chat_layout.addWidget(chat_splitter)
        self.people.setMinimumWidth(130)
        self.chat_page = chat_page
        self.pages.addWidget(chat_page)

        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(4, 0, 0, 0)
        center_layout.addLayout(state_row)
        center_layout.addWidget(self.search_bar)
        center_layout.addWidget(self.pages, 1)

        vertical = QSplitter(Qt.Orientation.Vertical)
        vertical.addWidget(center)
        vertical.addWidget(self.events_pane)
        vertical.setStretchFactor(0, 1)
        vertical.setSizes([520, 140])
        vertical.setChildrenCollapsible(False)
        self.events_pane.setMinimumHeight(28)

        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(side)
        main.addWidget(vertical)
        main.setStretchFactor(1, 1)
        main.setSizes([310, 790])
        main.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(main)

    def _connect_signals(self) -> None:
        """Every connection of the tab, in one place."""
        session = self.session
        session.state_changed.connect(self._update_controls)
        session.server_events.connect(self._on_server_events)
        session.server_failed.connect(self.host_panel.host_error.show_error)
        session.server_stopped.connect(self._on_server_stopped)
        session.client_starting.connect(self.drain.start_view)
        session.client_start_failed.connect(self._on_client_start_failed)
        session.client_events.connect(self._on_client_events)
        session.trace_events.connect(self.events_pane.append_from)
        session.client_failed.connect(self._on_client_failed)
        session.client_stopped.connect(self._on_client_stopped)
        session.transfer_events.connect(self.transfers.push)
        session.transfers_ready.connect(self.transfers.apply_settings)
        self.join_panel.connect_button.clicked.connect(self._on_connect_clicked)
        self.join_panel.find_button.clicked.connect(self.show_find_servers)
        self.join_panel.address_combo.lineEdit().returnPressed.connect(self._on_connect_clicked)
        self.join_panel.address_combo.editTextChanged.connect(self._on_address_edited)
        self.host_panel.start_button.clicked.connect(self._on_host_clicked)
        self.host_panel.kick_requested.connect(self.kick)
        self.host_panel.ban_requested.connect(self.ban)
        self.host_panel.unban_requested.connect(self.unban)
        self.host_panel.pause_requested.connect(self.pause_accepting)
        self.host_panel.advanced_button.toggled.connect(self._remember_advanced_shown)
        self.host_panel.port_edit.textEdited.connect(self._on_host_field_edited)
        self.host_panel.bind_combo.editTextChanged.connect(self._on_host_field_edited)
        self.identity.nick_edit.textEdited.connect(self._on_nick_edited)
        self.people.message_requested.connect(self.composer.start_private_message)
        self.conversation.nick_activated.connect(self.composer.start_private_message)
        self.conversation.transfer_action.connect(self.transfers.trigger)
        self.conversation.files_dropped.connect(self.offer_files)
        self.people.files_dropped.connect(self.offer_files_to)
        self.send_file_button.clicked.connect(self.send_file_action.trigger)
        self.send_file_action.triggered.connect(self._on_send_file_triggered)
        self.files_button.clicked.connect(self.show_file_settings)
        self.export_button.clicked.connect(self.export_action.trigger)
        self.export_action.triggered.connect(self.exporter.ask_and_export)
        self.exporter.running.connect(self._on_export_running)
        self.exporter.finished.connect(self.export_finished)
        self.notifier.unread_changed.connect(self.unread_changed)

    @property
    def raw_terminal(self) -> RawTerminal:
        """The raw TCP terminal page (built the first time a peer does not greet)."""
        if self._raw_terminal is None:
            from app.ui.chat.raw import RawTerminal

            self._raw_terminal = RawTerminal()
            self._raw_terminal.send_requested.connect(self.composer.send_raw)
            self._raw_terminal.send_separately_requested.connect(self.composer.send_raw_separately)
            self.pages.addWidget(self._raw_terminal)
            place_after(self.chat_page, self._raw_terminal)  # not after the Events pane
        return self._raw_terminal

    def raw_rows(self) -> int:
        """Rows in the raw terminal (0 before it is built)."""
        return self._raw_terminal.model.rowCount() if self._raw_terminal is not None else 0

    def raw_mode(self) -> bool:
        """True while the connection is a raw TCP terminal."""
        return self.session.state is ChatState.RAW

    def file_actions(self) -> list[QAction]:
        """Actions the main window puts in its File menu."""
        return [self.export_action, self.send_file_action]

    # ================================================================ settings
    def _restore_settings(self) -> None:
        self.identity.nick_edit.setText(read_setting(_SETTINGS_NICK, _default_nick()))
        self.join_panel.set_recent(self.recent_servers())
        bind = read_setting(_SETTINGS_BIND, "")
        if bind:
            self.host_panel.bind_combo.set_address(bind)
        port = read_setting(_SETTINGS_PORT, 0)
        if port:
            self.host_panel.port_edit.setText(str(port))
        panel = self.host_panel
        panel.reuse_check.setChecked(read_setting(_SETTINGS_REUSE, True))
        backlog = read_setting(_SETTINGS_BACKLOG, panel.backlog_spin.value())
        if panel.backlog_spin.minimum() <= backlog <= panel.backlog_spin.maximum():
            panel.backlog_spin.setValue(backlog)
        panel.show_advanced(read_setting(_SETTINGS_ADVANCED, False))

    def recent_servers(self) -> list[str]:
        """Servers joined before, newest first (QSettings)."""
        return read_setting(_SETTINGS_RECENT, [])[:RECENT_LIMIT]

    def _remember_server(self, server: str) -> None:
        servers = [server] + [s for s in self.recent_servers() if s != server]
        write_settings({_SETTINGS_RECENT: servers[:RECENT_LIMIT]})
        self.join_panel.set_recent(servers[:RECENT_LIMIT])
        self.join_panel.address_combo.setEditText(server)

    def remember_nick(self, nick: str) -> None:
        """Keep the nickname for the next start (a second window keeps it to itself)."""
        write_window_settings({_SETTINGS_NICK: nick})

    def room_renamed(self, wanted: str, given: str) -> None:
        """The room gave us another name than the one asked for (taken, or not allowed):
        the Nickname field shows the name the room uses, and a note under it says why.
        The wanted name stays remembered: the next join (and start) asks for it again."""
        if self._renamed is not None:  # renamed again on a reconnect: still the first wish
            wanted = self._renamed[0]
        self._renamed = (wanted, given)
        self.identity.nick_edit.setText(given)
        self._write_nick_note()

    def nick_chosen(self) -> None:
        """We renamed ourselves (/nick): that name is the wanted one now, without a note."""
        self._renamed = None
        self._write_nick_note()

    def _end_rename(self) -> None:
        """Out of the room: the field holds the name we want again, without the note."""
        if self._renamed is not None:
            wanted, _ = self._renamed
            self._renamed = None
            self.identity.nick_edit.setText(wanted)
            self._write_nick_note()

    def _write_nick_note(self) -> None:
        note = self.identity.nick_note
        if self._renamed is None:
            note.clear()
            note.hide()
            return
        wanted, given = self._renamed
        if wanted:
            text = self.tr(
                "The room calls you {given}: {wanted} was not free there. "
                "The next join asks for {wanted} again."
            ).format(given=given, wanted=wanted)
        else:
            text = self.tr(
                "The room named you {given}. Type a nickname before the next join to choose one."
            ).format(given=given)
        note.setText(text)
        note.show()

    # ================================================================ hosting
    @Slot()
    def _on_host_clicked(self) -> None:
        if self.session.hosting:
            self.stop_hosting()
        else:
            self.start_hosting()

    def start_hosting(self) -> bool:
        """Start a server with the panel's settings and join it; False if the input is wrong."""
        from app.core.chat.server import ServerConfig
        from app.core.discovery import DISCOVERY_PORT

        panel = self.host_panel
        panel.clear_errors()
        session = self.session
        if session.hosting or session.client_running or session.waiting:
            return False
        nick = self._checked_nick()
        if nick is None:
            return False
        checked = panel.checked_endpoint()
        if checked is None:
            return False
        host, port = checked
        # This window's own fields: a second window does not change the first's defaults.
        write_window_settings(
            {
                _SETTINGS_BIND: host,
                _SETTINGS_PORT: port,
                _SETTINGS_REUSE: panel.reuse_check.isChecked(),
                _SETTINGS_BACKLOG: panel.backlog_spin.value(),
            }
        )
        self.remember_nick(nick)
        rooms = data_folder() / "chat" / "rooms"
        try:
            rooms.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            panel.host_error.show_error(
                self.tr("Cannot create the folder {folder}: {reason}.").format(
                    folder=rooms, reason=exc.strerror
                )
            )
            return False
        config = ServerConfig(
            host=host,
            port=port,
            history_path=rooms / f"room-{port}.sqlite",
            announce=panel.announce_check.isChecked(),
            discovery_port=self.discovery_port or DISCOVERY_PORT,
            password=panel.password_edit.text(),
            require_tls=panel.require_tls_check.isChecked(),
            allow_plaintext_password=panel.plain_password_check.isChecked(),
            reuse_address=panel.reuse_check.isChecked(),
            backlog=panel.backlog_spin.value(),
        )
        panel.set_running(True)
        panel.status.setText(self.tr("Starting the server..."))
        session.start_server(config)
        return True

    def stop_hosting(self) -> None:
        """Leave the room and stop the server (everyone connected is told)."""
        self.session.stop_hosting()

    @Slot()
    def _on_server_stopped(self) -> None:
        self.host_panel.set_running(False)
        self._update_controls()

    @Slot(object)
    def _on_server_events(self, batch: list[Event]) -> None:
        from app.core.address import Endpoint
        from app.core.chat.server import AcceptQueue, BansChanged, ServerListening, UsersChanged

        for event in batch:
            if isinstance(event, ServerListening):
                self.clear_attempt_errors()  # a success: earlier failures are over
                self.host_panel.show_addresses(event.host, event.port, event.lan)
                self.host_panel.set_fingerprint(event.fingerprint)
                own_host = {ALL_INTERFACES: "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(
                    event.host, event.host
                )
                # Our own server's key is known: the own client expects exactly it.
                self.session.expected_code = event.fingerprint
                self._start_client(Endpoint(own_host, event.port), own=True)
            elif isinstance(event, UsersChanged):
                self.host_panel.set_users(event.users)
            elif isinstance(event, BansChanged):
                self.host_panel.set_bans(event.bans)
            elif isinstance(event, AcceptQueue):
                self.host_panel.set_accept_queue((event.paused, event.waiting, event.backlog))
            elif isinstance(event, ErrorEvent):
                error = {"port": self.host_panel.port_error, "host": self.host_panel.bind_error}
                error.get(event.field, self.host_panel.host_error).show_error(event.message)

    @Slot(bool)
    def pause_accepting(self, paused: bool) -> None:
        """Stop (True) or resume (False) calling accept() on the server we host."""
        self.session.pause_accepting(paused)

    @Slot(bool)
    def _remember_advanced_shown(self, shown: bool) -> None:
        write_settings({_SETTINGS_ADVANCED: shown})

    @Slot(str)
    def kick(self, nick: str) -> None:
        """Disconnect someone from the room we host."""
        self.session.kick(nick)

    @Slot(str, object)
    def ban(self, target: str, minutes: float | None = None) -> None:
        """Ban a nickname's (or an address's) address: for `minutes`, or until we stop."""
        self.session.ban(target, minutes)

    @Slot(str)
    def unban(self, target: str) -> None:
        """Lift a ban on an address (or on the address banned with a nickname)."""
        self.session.unban(target)

    # ================================================================ joining
    @Slot()
    def _on_connect_clicked(self) -> None:
        session = self.session
        if session.waiting_to_join or (session.client_running and not session.own_client):
            self.disconnect_from_server()  # Disconnect, or Cancel a join waiting for history
        elif not session.client_running and not session.hosting:
            self.connect_to(self.join_panel.address())

    def connect_to(self, address: str) -> bool:
        """Join the chat at `address` (host, host:port, [v6]:port); False on bad input."""
        from app.core.address import AddressError, parse_endpoint

        self.join_panel.address_error.clear_error()
        self.join_panel.password_error.clear_error()
        session = self.session
        if session.client_running or session.waiting or session.hosting:
            return False
        try:
            endpoint = parse_endpoint(address, DEFAULT_PORT)
        except AddressError as exc:
            self.join_panel.address_error.show_error(exc)
            return False
        nick = self._checked_nick()
        if nick is None:
            return False
        self._remember_server(str(endpoint) if ":" in address else endpoint.host)
        self.remember_nick(nick)
        self._last_address = address
        return self._start_client(endpoint, own=False)

    def reconnect_trusting(self, code: str) -> bool:
        """Join the last server again, accepting (and pinning) the key with this code:
        the deliberate answer to a CHANGED key warning."""
        if not self._last_address:
            return False
        self.session.expected_code = code
        return self.connect_to(self._last_address)

    def disconnect_from_server(self) -> None:
        """Leave the chat (or close the raw connection, or cancel a join not started yet)."""
        self.session.stop_client()
        self.status.set(ChatState.OFFLINE, Message(DISCONNECTED))

    def _checked_nick(self) -> str | None:
        nick = self.identity.nick_edit.text().strip()
        self.identity.nick_error.clear_error()
        if nick:
            problem = validate_nick(nick)
            if problem:
                self.identity.nick_error.show_error(problem)
                return None
        return nick

    def _start_client(self, endpoint: Endpoint, *, own: bool) -> bool:
        session = self.session
        session.reconnect_delays = self.reconnect_delays
        session.greeting_timeout = self.greeting_timeout
        nick = self.identity.nick_edit.text().strip()
        panel = self.host_panel if own else self.join_panel
        session.password = panel.password_edit.text()
        self.security.clear()
        started = session.start_client(endpoint, nick, own=own)
        if started and session.state is ChatState.SAVING:
            self.status.set(ChatState.SAVING, Message(SAVING))
        return started

    @Slot(object, bool)
    def _on_client_start_failed(self, message: str | BaseException, own: bool) -> None:
        panel_error = self.host_panel.host_error if own else self.join_panel.address_error
        panel_error.show_error(message)
        if self.session.state is ChatState.SAVING:
            self.status.set(ChatState.OFFLINE, Message(DISCONNECTED))

    @Slot()
    def clear_attempt_errors(self) -> None:
        """A server listens or a join connected: the errors of earlier attempts to start
        or join (under the address, the port, the password) describe nothing any more,
        so they go, and their copies in the status bar with them. Warnings about what
        runs now (the history file, announcing) stay."""
        self.host_panel.bind_error.clear_error()
        self.host_panel.port_error.clear_error()
        self.join_panel.address_error.clear_error()
        self.join_panel.password_error.clear_error()

    @Slot()
    def _on_client_stopped(self) -> None:
        self.status.stop_countdown()
        self._end_rename()
        self.people.set_users(())
        if self.session.state not in (ChatState.OFFLINE, ChatState.ERROR):
            self.status.set(ChatState.OFFLINE, Message(DISCONNECTED))
        self._update_controls()

    @Slot(object)
    def _on_client_failed(self, message: str) -> None:
        self.status.set(ChatState.ERROR, message)

    @Slot(object)
    def _on_client_events(self, batch: list[Event]) -> None:
        """Queue a batch; the drain shows it in slices of a few milliseconds."""
        self.drain.push(batch)

    # ================================================================ state line and controls
    def connection_state(self) -> str:
        """offline, saving, connecting, connected, reconnecting, raw or error.

        saving: the last connection's history is still being written; the join follows.
        """
        return self.session.state.value

    @Slot()
    def _update_controls(self) -> None:
        """Every control follows the session's state and role, and nothing else."""
        session = self.session
        hosting = session.hosting
        joining = session.waiting_to_join
        joined = (session.client_running and not session.own_client) or joining
        if joining:
            self.join_panel.connect_button.setText(self.tr("Cancel"))
        else:
            self.join_panel.connect_button.setText(
                self.tr("Disconnect") if joined else self.tr("Connect")
            )
        self.join_panel.connect_button.setEnabled(not hosting)
        self.join_panel.address_combo.setEnabled(not joined and not hosting)
        self.join_panel.setToolTip(self.tr("Stop hosting to join another chat.") if hosting else "")
        self.host_panel.start_button.setEnabled(not joined)
        self.identity.nick_edit.setEnabled(not session.client_running and not session.waiting)
        self.send_button.setEnabled(session.client_running)
        self.send_file_button.setEnabled(session.client_running)
        self.send_file_action.setEnabled(session.client_running)

    # ================================================================ files
    @Slot()
    def _on_send_file_triggered(self) -> None:
        # Not connected straight to choose_files_to_send: `triggered` would pass its
        # `checked` flag (False) as the nickname.
        self.choose_files_to_send("")

    def choose_files_to_send(self, to: str = "") -> str | None:
        """Send File...: pick files, offer them to `to` (a nick) or the room."""
        return self.transfers.choose_and_offer(to)

    @Slot(list)
    def offer_files(self, paths: list[str]) -> str | None:
        """Offer files and folders to the room (dropped on the conversation)."""
        return self.transfers.offer(paths)

    @Slot(str, list)
    def offer_files_to(self, nick: str, paths: list[str]) -> str | None:
        """Offer files and folders to one person (dropped on their name)."""
        return self.transfers.offer(paths, nick)

    @Slot()
    def show_file_settings(self) -> None:
        """Open the Files settings; accepted settings reach a running transfer engine."""
        if self._file_settings is None:
            from app.ui.chat.file_settings import FileSettingsDialog

            self._file_settings = FileSettingsDialog(self)
            self._file_settings.accepted.connect(self.transfers.apply_settings)
        self._file_settings.load()
        self._file_settings.open()

    # ================================================================ typing
    @Slot(str)
    def start_private_message(self, nick: str) -> None:
        """Put `/msg NICK ` in the box and focus it."""
        self.composer.start_private_message(nick)

    @Slot(str)
    def _on_address_edited(self, _text: str) -> None:
        self.join_panel.address_error.clear_error()

    @Slot(str)
    def _on_host_field_edited(self, _text: str) -> None:
        self.host_panel.clear_errors()

    @Slot(str)
    def _on_nick_edited(self, _text: str) -> None:
        self.identity.nick_error.clear_error()

    # ================================================================ the rest of the API
    def unread(self) -> int:
        """Messages that arrived while nobody was looking at the tab."""
        return self.notifier.unread

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.window().isActiveWindow():
            self.notifier.clear()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange:
            self.notifier.clear_if_read()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    @property
    def search_results(self) -> ConversationView:
        """The list of search matches (built at the first search)."""
        return self.search.results

    def open_search(self) -> None:
        """Show the search bar (Ctrl+F) over the history of the current server."""
        self.search.open()

    def close_search(self) -> None:
        """Hide the search and show the conversation again."""
        self.search.close()

    def run_search(self) -> None:
        """Search the whole history file of this server and list the matches."""
        self.search.run()

    def search_texts(self) -> list[str]:
        """The search results as plain lines (for tests and screen readers)."""
        return self.search.texts()

    def export_conversation(self, path: str, fmt: str = "text") -> bool:
        """Write the whole history (or the raw terminal's rows) to `path`, in slices."""
        return self.exporter.export(path, fmt)

    @Slot(bool)
    def _on_export_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.export_action.setEnabled(not running)

    @property
    def received_count(self) -> int:
        """Room messages shown since the last connect (bench, tests)."""
        return self.drain.received_count

    def conversation_texts(self) -> list[str]:
        """Every line in the view as plain text (no date lines)."""
        return [e.plain() for e in self.conversation.conversation.entries() if e.kind != "day"]

    def pending_texts(self) -> list[str]:
        """Lines typed but not yet delivered, oldest first."""
        pending = self.drain.pending
        return [pending[seq].text for seq in sorted(pending)]

    def my_nick(self) -> str:
        """The nickname the server knows us by."""
        return self.session.my_nick

    def is_hosting(self) -> bool:
        """True while our server runs."""
        return self.session.hosting

    def busy_reason(self) -> str | None:
        """Why quitting now would cut something off (a hosted room), or None."""
        if self.session.hosting:
            return self.tr("A chat room is hosted here: everyone in it is disconnected.")
        return None

    def current_port(self) -> int | None:
        """The port of the server we host or joined last (None before any)."""
        _, _, port = self.session.server_key.rpartition(":")
        return int(port) if port.isdigit() else None

    def is_connected(self) -> bool:
        """True while a client engine runs (connected, connecting or reconnecting)."""
        return self.session.client_running

    @Slot()
    def show_find_servers(self) -> None:
        """Open the Find servers window (it asks the LAN while it is shown)."""
        if self._find_dialog is None:
            from app.ui.chat.find_servers import FindServersDialog

            self._find_dialog = FindServersDialog(self.finder_factory, self)
            self._find_dialog.server_chosen.connect(self._on_server_chosen)
            self.find_panel = self._find_dialog.panel
        self._find_dialog.open_and_find()

    @Slot(str, int, str)
    def _on_server_chosen(self, host: str, port: int, code: str = "") -> None:
        """A double-click in Find servers: join that server. The first time, the client
        expects the key its signed announcement carried, so a copy of the announcement
        sent from another machine leads nowhere; a pinned server is left to its pin (an
        announcement must never be a way round a CHANGED key warning)."""
        from app.core.identity import KnownServers

        address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        self.join_panel.address_combo.setEditText(address)
        if self.connection_state() not in ("connected", "connecting", "raw"):
            if code and not KnownServers().pinned_code(host, port):
                self.session.expected_code = code
            if not self.connect_to(address):
                self.session.expected_code = ""

    def shutdown(self) -> None:
        """Stop the engines and close the files (the main window calls this on close)."""
        if self._shut_down:
            return
        self._shut_down = True
        self.search.shutdown()
        if self._find_dialog is not None:
            self._find_dialog.shutdown()
        self.exporter.cancel()
        self.session.shutdown()
        self.notifier.hide_tray()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
