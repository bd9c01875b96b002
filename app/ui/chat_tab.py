"""The Chat tab: host or join a LAN chat, or talk to any TCP server as a raw terminal.

The tab runs the chat engines of app.core.chat on EngineWorker threads and only ever
reacts to their batched events: the GUI thread never touches a socket and never
blocks on one. Hosting starts a ChatServerEngine and then the host's own client,
joined to it; joining starts a ChatClientEngine. Each client has an outbox file per
server (typed lines survive a dropped link and an app restart) and a history
recorder writing every message to SQLite on the engine's thread.
"""

from __future__ import annotations

import contextlib
import getpass
import logging
import re
import sys
import threading
import time
from collections import deque
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QLockFile,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.chat.protocol import DEFAULT_PORT, ChatMessage, Kind, nick_key, validate_nick
from app.core.events import ErrorEvent, Event, StateEvent, TraceEvent
from app.ui.chat_conversation import (
    ERROR,
    NOTICE,
    PENDING,
    ConversationEntry,
    ConversationView,
)
from app.ui.chat_input import ChatInput, line_cost
from app.ui.chat_panels import (
    ALL_INTERFACES,
    HostPanel,
    IdentityPanel,
    JoinPanel,
    PeopleList,
)
from app.ui.events_pane import EventsPane, format_event_line
from app.ui.field_error import FieldError
from app.ui.focus import FocusRing, place_after
from app.ui.i18n import translate_message
from app.ui.settings import app_settings

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QDialog

    from app.core.address import Endpoint
    from app.core.chat.client import ChatClientEngine, ConnectionState, Outbox
    from app.core.chat.conversation_log import ConversationLog, HistoryRecorder
    from app.core.discovery import ServerFinderEngine
    from app.ui.chat_raw import RawTerminal
    from app.ui.find_servers import FindServersPanel
    from app.workers import EngineWorker

# The engines, SQLite and psutil are imported when a chat starts, not with the tab: the
# Chat tab is the first one shown, and the window's start-up time is measured.

log = logging.getLogger("socketlab.ui.chat")

#: Messages loaded from the history file into the view when a connection starts.
HISTORY_LOAD = 2000
#: Search results shown at most.
SEARCH_LIMIT = 500
#: Recent servers remembered in the Join drop-down.
RECENT_LIMIT = 10
#: How long one export slice may hold the GUI thread.
EXPORT_SLICE_SECONDS = 0.02
#: How long one slice of showing received events may hold the GUI thread. Measured with
#: bench/chat_flood.py: slices of 2 ms every 14 ms keep the window's event-loop gaps
#: under 16 ms while the network thread reads 50,000 lines/s.
DRAIN_SLICE_SECONDS = 0.002
#: Messages waiting to be shown beyond which the oldest are skipped (counted, not drawn).
BACKLOG_LIMIT = 5000
#: The pause between slices while a backlog waits (the network thread reads meanwhile).
DRAIN_PAUSE_MS = 12
#: Messages shown at a time, between checks of the slice's time (one recv() brings ~500).
DRAIN_CHUNK = 50
#: The interpreter's thread switch interval while a chat runs (Python's default: 5 ms).
#: A thread that wants the interpreter lock waits up to this long for a busy one to let
#: go; the window's thread asks for it at every paint and timer, so 5 ms waits add up.
GIL_SWITCH_SECONDS = 0.001
#: At most one tray message this often.
TRAY_INTERVAL = 5.0

_SETTINGS_NICK = "chat/nickname"
_SETTINGS_RECENT = "chat/recent_servers"
_SETTINGS_BIND = "chat/bind"
_SETTINGS_PORT = "chat/port"
_SHOWN_KINDS_FOR_UNREAD = (Kind.MESSAGE, Kind.ACTION, Kind.PRIVATE)
_PANE_EVENTS = frozenset({TraceEvent, ErrorEvent, StateEvent})
_STATE_STYLES = {
    "offline": "#757575",
    "connecting": "#ef6c00",
    "saving": "#ef6c00",
    "reconnecting": "#ef6c00",
    "connected": "#2e7d32",
    "raw": "#1565c0",
    "error": "#c62828",
}


def data_folder() -> Path:
    """The user's data folder for SocketLab (QStandardPaths.AppDataLocation)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".socketlab")


def _file_key(server: str) -> str:
    """`[::1]:5555` -> `__1__5555`: a server address as a file name."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", server)


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
    #: From the history-search thread: request number, messages found, error text.
    _search_done = Signal(int, object, str)
    # From a history writer's thread: what was waiting for it is written (the token).
    _history_written = Signal(object)

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
        self.identity = IdentityPanel()
        self.join_panel = JoinPanel()
        self.host_panel = HostPanel()
        self.people = PeopleList()
        self.conversation = ConversationView()
        self._search_results: ConversationView | None = None  # made when first needed
        self._raw_terminal: RawTerminal | None = None
        self.input = ChatInput()
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("sendButton")
        self.input_error = FieldError()
        self.count_label = QLabel()
        self.count_label.setObjectName("characterCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.hide()
        self.state_dot = QLabel()
        self.state_dot.setFixedSize(12, 12)
        self.state_label = QLabel()
        self.state_label.setObjectName("connectionState")
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setWordWrap(True)
        self.notice_label = QLabel()
        self.notice_label.setObjectName("chatNotice")
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.search_button = QToolButton()
        self.search_button.setText(self.tr("Search"))
        self.search_button.setToolTip(self.tr("Search the history of this server (Ctrl+F)"))
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export..."))
        self.export_button.setToolTip(self.tr("Save the conversation as text or CSV"))
        self.search_bar = QWidget()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setAccessibleName(self.tr("Search the history"))
        self.search_edit.setPlaceholderText(self.tr("Search the history of this server"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_summary = QLabel()
        self.search_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.search_close = QToolButton()
        self.search_close.setText(self.tr("Close"))
        self.search_close.setAccessibleName(self.tr("Close the search (Esc)"))
        self.pages = QStackedWidget()
        self.events_pane = EventsPane()
        self.export_action = QAction(self.tr("Export Chat Conversation..."), self)
        self.export_action.setToolTip(
            self.tr("Save the chat history (or the raw terminal) as text or CSV")
        )

        self._server_worker: EngineWorker | None = None
        self._client_worker: EngineWorker | None = None
        self._client_engine: ChatClientEngine | None = None
        self._recorder: HistoryRecorder | None = None
        self._recorder_warned = False
        # A connection waiting for the last one's history to be written: (endpoint, own),
        # and the token the recorder's news will carry (None: nothing waits).
        self._waiting_start: tuple[Endpoint, bool] | None = None
        self._start_token: object | None = None
        self._export_token: object | None = None  # an export waiting for the recorder
        self._outbox: Outbox | None = None
        self._outbox_lock: QLockFile | None = None
        # Outboxes of engines that did not stop in time: (worker, outbox, lock). Their
        # threads may still write lines into them; each is closed when its thread ends.
        self._outboxes_in_use: list[tuple[EngineWorker, Outbox, QLockFile | None]] = []
        self._history: ConversationLog | None = None
        self._server_key = ""  # host:port of the current (or last) chat, for its history
        self._own_client = False  # the client is the host's own, joined to our server
        self._hosting = False
        self._my_nick = ""
        self._state = "offline"
        self._raw_mode = False
        self._pending: dict[int, ConversationEntry] = {}
        self._unread = 0
        self._search_request = 0
        self._search_thread: threading.Thread | None = None
        self._find_dialog: QDialog | None = None
        self.find_panel: FindServersPanel | None = None
        self._base_title = ""
        self._tray = None
        self._last_tray = 0.0
        self._kicked = False
        self._retry_deadline = 0.0
        self._retry_detail = ""
        self._export_job: tuple | None = None
        self.received_count = 0  # room messages shown since the last connect (bench, tests)

        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(1000)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._export_timer = QTimer(self)
        self._export_timer.setInterval(0)
        self._drain_timer = QTimer(self)
        self._drain_timer.setInterval(0)
        self._incoming: deque[Event] = deque()
        self._incoming_messages = 0

        self._build_layout()
        self._connect_signals()
        self._restore_settings()
        self._set_state("offline", self.tr("Not connected. Host a chat, or join one."))
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
        left.setMinimumWidth(280)
        left.setMaximumWidth(420)

        state_row = QHBoxLayout()
        state_row.addWidget(self.state_dot)
        state_row.addWidget(self.state_label, 1)
        state_row.addWidget(self.notice_label)
        state_row.addWidget(self.search_button)
        state_row.addWidget(self.export_button)

        search_layout = QHBoxLayout(self.search_bar)
        search_layout.setContentsMargins(0, 0, 0, 0)
        find_label = QLabel(self.tr("Find"))
        find_label.setBuddy(self.search_edit)
        search_layout.addWidget(find_label)
        search_layout.addWidget(self.search_edit, 1)
        search_layout.addWidget(self.search_summary)
        search_layout.addWidget(self.search_close)
        self.search_bar.hide()

        chat_page = QWidget()
        chat_layout = QHBoxLayout(chat_page)
        chat_layout.setContentsMargins(0, 0, 0, 0)
        chat_splitter = QSplitter(Qt.Orientation.Horizontal)
        conversation_box = QWidget()
        conversation_layout = QVBoxLayout(conversation_box)
        conversation_layout.setContentsMargins(0, 0, 0, 0)
        self.conversation_stack = QStackedWidget()
        self.conversation_stack.addWidget(self.conversation)
        conversation_layout.addWidget(self.conversation_stack, 1)
        input_row = QHBoxLayout()
        input_row.addWidget(self.input, 1)
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
        main.addWidget(left)
        main.addWidget(vertical)
        main.setStretchFactor(1, 1)
        main.setSizes([310, 790])
        main.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(main)

    def _connect_signals(self) -> None:
        """Every connection of the tab, in one place."""
        self.join_panel.connect_button.clicked.connect(self._on_connect_clicked)
        self.join_panel.find_button.clicked.connect(self.show_find_servers)
        self.join_panel.address_combo.lineEdit().returnPressed.connect(self._on_connect_clicked)
        self.join_panel.address_combo.editTextChanged.connect(self._on_address_edited)
        self.host_panel.start_button.clicked.connect(self._on_host_clicked)
        self.host_panel.kick_requested.connect(self.kick)
        self.host_panel.port_edit.textEdited.connect(self._on_host_field_edited)
        self.host_panel.bind_combo.editTextChanged.connect(self._on_host_field_edited)
        self.identity.nick_edit.textEdited.connect(self._on_nick_edited)
        self.input.submitted.connect(self._on_submitted)
        self.input.paste_refused.connect(self.input_error.show_error)
        self.input.size_changed.connect(self._on_input_size)
        self.input.textChanged.connect(self._on_input_edited)
        self.send_button.clicked.connect(self._on_send_clicked)
        self.people.message_requested.connect(self.start_private_message)
        self.conversation.nick_activated.connect(self.start_private_message)
        self.search_button.clicked.connect(self.open_search)
        self.search_close.clicked.connect(self.close_search)
        self.search_edit.textChanged.connect(self._on_search_edited)
        self.search_edit.returnPressed.connect(self.run_search)
        self._search_done.connect(self._on_search_done)
        self._history_written.connect(self._on_history_written)
        self._search_timer.timeout.connect(self.run_search)
        self.export_button.clicked.connect(self.export_action.trigger)
        self.export_action.triggered.connect(self._on_export_requested)
        self._retry_timer.timeout.connect(self._on_retry_tick)
        self._export_timer.timeout.connect(self._export_slice)
        self._drain_timer.timeout.connect(self._drain_events)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.open_search)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search_bar)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_search)

    @property
    def raw_terminal(self) -> RawTerminal:
        """The raw TCP terminal page (built the first time a peer does not greet)."""
        if self._raw_terminal is None:
            from app.ui.chat_raw import RawTerminal

            self._raw_terminal = RawTerminal()
            self._raw_terminal.send_requested.connect(self._on_raw_send)
            self.pages.addWidget(self._raw_terminal)
            place_after(self.chat_page, self._raw_terminal)  # not after the Events pane
        return self._raw_terminal

    @property
    def search_results(self) -> ConversationView:
        """The list of search matches (built at the first search)."""
        if self._search_results is None:
            self._search_results = ConversationView()
            self._search_results.setAccessibleName(self.tr("Search results"))
            self._search_results.setAccessibleDescription(
                self.tr("Up and Down move between the matches, Enter shows one in the chat.")
            )
            self._search_results.row_activated.connect(self._on_search_result_activated)
            self.conversation_stack.addWidget(self._search_results)
            place_after(self.conversation, self._search_results)
        return self._search_results

    def file_actions(self) -> list[QAction]:
        """Actions the main window puts in its File menu."""
        return [self.export_action]

    # ================================================================ settings
    def _restore_settings(self) -> None:
        settings = app_settings()
        nick = settings.value(_SETTINGS_NICK, None)
        self.identity.nick_edit.setText(str(nick) if nick is not None else _default_nick())
        self.join_panel.set_recent(self.recent_servers())
        bind = settings.value(_SETTINGS_BIND, None)
        if bind:
            self.host_panel.bind_combo.set_address(str(bind))
        port = settings.value(_SETTINGS_PORT, None)
        if port:
            self.host_panel.port_edit.setText(str(port))

    def recent_servers(self) -> list[str]:
        """Servers joined before, newest first (QSettings)."""
        value = app_settings().value(_SETTINGS_RECENT, [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(item) for item in value or []][:RECENT_LIMIT]

    def _remember_server(self, server: str) -> None:
        servers = [server] + [s for s in self.recent_servers() if s != server]
        settings = app_settings()
        settings.setValue(_SETTINGS_RECENT, servers[:RECENT_LIMIT])
        self.join_panel.set_recent(servers[:RECENT_LIMIT])
        self.join_panel.address_combo.setEditText(server)

    def _remember_nick(self, nick: str) -> None:
        app_settings().setValue(_SETTINGS_NICK, nick)

    # ================================================================ hosting
    @Slot()
    def _on_host_clicked(self) -> None:
        if self._hosting:
            self.stop_hosting()
        else:
            self.start_hosting()

    def start_hosting(self) -> bool:
        """Start a server with the panel's settings and join it; False if the input is wrong."""
        from app.core.address import AddressError, parse_port, validate_host
        from app.core.chat.server import ChatServerEngine, ServerConfig
        from app.core.discovery import DISCOVERY_PORT
        from app.workers import EngineWorker

        panel = self.host_panel
        panel.clear_errors()
        if self._hosting or self._client_worker is not None or self._waiting_start is not None:
            return False
        nick = self._checked_nick()
        if nick is None:
            return False
        host = panel.bind_combo.address()
        try:
            if host not in (ALL_INTERFACES, "::"):
                host = validate_host(host)
                if not _is_ip_literal(host):
                    raise AddressError(
                        self.tr(
                            "{host} is a name: type one of this computer's IP addresses, "
                            "or choose All interfaces."
                        ).format(host=host)
                    )
        except AddressError as exc:
            panel.bind_error.show_error(exc)
            return False
        try:
            port = parse_port(panel.port_edit.text())
        except AddressError as exc:
            panel.port_error.show_error(exc)
            return False
        settings = app_settings()
        settings.setValue(_SETTINGS_BIND, host)
        settings.setValue(_SETTINGS_PORT, port)
        self._remember_nick(nick)
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
        )
        engine = ChatServerEngine(config)
        # No parent: the worker lives while it runs (the worker module holds it) and while
        # the tab refers to it, and goes after its last queued batch was delivered.
        worker = EngineWorker(engine)
        worker.events.connect(self._on_server_events)
        worker.failed.connect(self._on_server_failed)
        worker.finished.connect(self._on_server_finished)
        self._server_worker = worker
        self._hosting = True
        panel.set_running(True)
        panel.status.setText(self.tr("Starting the server..."))
        self._update_controls()
        worker.start()
        return True

    def stop_hosting(self) -> None:
        """Leave the room and stop the server (everyone connected is told)."""
        self._stop_client()
        worker = self._server_worker
        if worker is not None:
            worker.stop()
        self._server_stopped()

    def _server_stopped(self) -> None:
        self._hosting = False
        self._server_worker = None
        self.host_panel.set_running(False)
        self._update_controls()

    @Slot(object)
    def _on_server_events(self, batch: list[Event]) -> None:
        if self.sender() is not self._server_worker:
            return
        from app.core.address import Endpoint
        from app.core.chat.server import RoomEvent, ServerListening, UsersChanged

        self._append_trace(batch, "server")
        for event in batch:
            if isinstance(event, ServerListening):
                self.host_panel.show_addresses(event.host, event.port, event.lan)
                own_host = {ALL_INTERFACES: "127.0.0.1", "::": "::1", "": "127.0.0.1"}.get(
                    event.host, event.host
                )
                self._start_client(Endpoint(own_host, event.port), own=True)
            elif isinstance(event, UsersChanged):
                self.host_panel.set_users(event.users)
            elif isinstance(event, ErrorEvent):
                self._show_server_error(event)
            elif isinstance(event, RoomEvent):
                continue  # the host's own client shows the room

    def _show_server_error(self, event: ErrorEvent) -> None:
        panel = self.host_panel
        if event.field == "port":
            panel.port_error.show_error(event.message)
        elif event.field == "host":
            panel.bind_error.show_error(event.message)
        else:
            panel.host_error.show_error(event.message)

    @Slot(object)
    def _on_server_failed(self, message: str) -> None:
        if self.sender() is self._server_worker:
            self.host_panel.host_error.show_error(message)

    @Slot()
    def _on_server_finished(self) -> None:
        if self.sender() is not self._server_worker:
            return
        # The server stopped by itself (failed to start, or crashed): leave with it.
        self._stop_client()
        self._server_stopped()

    @Slot(str)
    def kick(self, nick: str) -> None:
        """Disconnect someone from the room we host."""
        worker = self._server_worker
        if worker is not None:
            with contextlib.suppress(RuntimeError):  # the server stopped a moment ago
                worker.engine.kick(nick)  # type: ignore[attr-defined]

    # ================================================================ joining
    @Slot()
    def _on_connect_clicked(self) -> None:
        if self._waiting_start is not None and not self._waiting_start[1]:
            self.disconnect_from_server()  # Cancel: the join waiting for the history
        elif self._client_worker is not None and not self._own_client:
            self.disconnect_from_server()
        elif self._client_worker is None and not self._hosting:
            self.connect_to(self.join_panel.address())

    def connect_to(self, address: str) -> bool:
        """Join the chat at `address` (host, host:port, [v6]:port); False on bad input."""
        from app.core.address import AddressError, parse_endpoint

        self.join_panel.address_error.clear_error()
        if self._client_worker is not None or self._waiting_start is not None or self._hosting:
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
        self._remember_nick(nick)
        return self._start_client(endpoint, own=False)

    def disconnect_from_server(self) -> None:
        """Leave the chat (or close the raw connection, or cancel a join not started yet)."""
        self._stop_client()
        self._set_state("offline", self.tr("Disconnected."))

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
        """Connect (True), or wait for the last connection's history first (True too).

        The last connection's messages must all be in the history file before this one
        reads it (what to show, what to ask the server for). Its writer may be behind
        (a flood, a slow disk): the GUI thread never waits for it; the tab says
        "Saving the last conversation…" and connects when the writer says it is done.
        """
        if self._client_worker is not None or self._waiting_start is not None:
            return False  # one client at a time, even while one waits
        recorder = self._recorder
        if recorder is not None:
            recorder.close()  # the last engine has stopped: nothing more comes for it
            token = object()
            if not recorder.when_written(partial(self._announce_history_written, token)):
                self._waiting_start = (endpoint, own)
                self._start_token = token
                self._set_state("saving", self.tr("Saving the last conversation…"))
                self._update_controls()
                return True
        return self._connect_client(endpoint, own=own)

    def _announce_history_written(self, token: object) -> None:
        """On a history writer's thread: queue the news to the GUI thread."""
        with contextlib.suppress(RuntimeError):  # the tab is gone: nobody waits any more
            self._history_written.emit(token)

    @Slot(object)
    def _on_history_written(self, token: object) -> None:
        """The recorder wrote what a waiting join or export needed; go on with it."""
        if token is self._start_token and self._waiting_start is not None:
            endpoint, own = self._waiting_start
            self._waiting_start = self._start_token = None
            if not self._connect_client(endpoint, own=own):
                self._set_state("offline", self.tr("Disconnected."))
                self._update_controls()
        elif token is self._export_token and self._export_job is not None:
            self._export_token = None
            self._export_timer.start()

    def _connect_client(self, endpoint: Endpoint, *, own: bool) -> bool:
        from app.core.chat.client import ChatClientEngine
        from app.core.chat.conversation_log import HistoryRecorder
        from app.workers import EngineWorker

        server = str(endpoint)
        nick = self.identity.nick_edit.text().strip()
        try:
            self._open_outbox(server)
            history = self._history_log()
            last_id = history.last_id(server)
            earlier = history.recent(server, HISTORY_LOAD)
        except (OSError, RuntimeError) as exc:
            self._client_failed_to_start(exc, own)
            return False
        except Exception as exc:  # sqlite3.Error: a damaged history file
            self._client_failed_to_start(
                self.tr("The chat history cannot be read: {reason}.").format(reason=exc), own
            )
            return False
        self._incoming.clear()
        self._incoming_messages = 0
        self._drain_timer.stop()
        self._server_key = server
        self._own_client = own
        self._my_nick = nick
        self._raw_mode = False
        self.search_button.setEnabled(True)
        self._kicked = False
        self._pending.clear()
        self.received_count = 0
        self.people.own_nick = self.host_panel.own_nick = nick
        self.people.set_users(())
        self.conversation.conversation.clear()
        if self._raw_terminal is not None:
            self._raw_terminal.clear()
        self.pages.setCurrentWidget(self.chat_page)
        self.close_search()
        if earlier:
            entries = [ConversationEntry.from_message(m, nick_key(nick)) for m in earlier]
            entries.append(
                ConversationEntry(
                    NOTICE,
                    self.tr("{count} earlier messages from {server} (your history)").format(
                        count=f"{len(earlier):,}", server=server
                    ),
                )
            )
            self.conversation.append_entries(entries)
        if sys.getswitchinterval() > GIL_SWITCH_SECONDS:
            sys.setswitchinterval(GIL_SWITCH_SECONDS)  # see GIL_SWITCH_SECONDS
        engine = ChatClientEngine(
            endpoint.host,
            endpoint.port,
            nick,
            outbox=self._outbox,
            reconnect_delays=self.reconnect_delays,
            greeting_timeout=self.greeting_timeout,
            last_id=last_id,
        )
        self._recorder = HistoryRecorder(self._history_path(), server)
        self._recorder_warned = False
        engine.add_listener(self._recorder)  # before the worker's: queued before we see them
        worker = EngineWorker(engine)
        worker.events.connect(self._on_client_events)
        worker.failed.connect(self._on_client_failed)
        worker.finished.connect(self._on_client_finished)
        self._client_engine = engine
        self._client_worker = worker
        self._set_state("connecting", self.tr("Connecting to {server}...").format(server=server))
        self._update_controls()
        worker.start()
        return True

    def _client_failed_to_start(self, message: str | BaseException, own: bool) -> None:
        self._release_outbox()
        if own:
            self.host_panel.host_error.show_error(message)
        else:
            self.join_panel.address_error.show_error(message)

    def _history_path(self) -> Path:
        return data_folder() / "chat" / "history.sqlite"

    def _history_log(self) -> ConversationLog:
        """The history file, opened for reading and searching on the GUI thread."""
        if self._history is None:
            from app.core.chat.conversation_log import ConversationLog

            self._history = ConversationLog(self._history_path())
        return self._history

    def _open_outbox(self, server: str) -> None:
        """This server's outbox file, locked so two windows never share one identity."""
        from app.core.chat.client import Outbox

        folder = data_folder() / "chat" / "outbox"
        folder.mkdir(parents=True, exist_ok=True)
        base = _file_key(server)
        for number in range(1, 100):
            name = base if number == 1 else f"{base}-{number}"
            lock = QLockFile(str(folder / f"{name}.lock"))
            lock.setStaleLockTime(0)
            if lock.tryLock(0):
                try:
                    self._outbox = Outbox(folder / f"{name}.sqlite")
                except Exception as exc:  # sqlite3.Error: a damaged outbox file
                    lock.unlock()
                    raise RuntimeError(
                        self.tr("The outbox file {name} cannot be used: {reason}.").format(
                            name=f"{name}.sqlite", reason=exc
                        )
                    ) from exc
                self._outbox_lock = lock
                return
        raise RuntimeError(self.tr("Too many SocketLab windows are connected to this server."))

    def _release_outbox(self) -> None:
        if self._outbox is not None:
            self._outbox.close()
            self._outbox = None
        if self._outbox_lock is not None:
            self._outbox_lock.unlock()
            self._outbox_lock = None

    def _stop_client(self) -> None:
        if self._waiting_start is not None:  # a join waiting for the history: cancelled
            self._waiting_start = self._start_token = None
            self._update_controls()
        worker = self._client_worker
        if worker is None:
            return
        if not worker.stop() and self._outbox is not None:
            # Its thread still runs and may still keep lines in the outbox (those typed
            # as it stopped): the outbox is closed when that thread has finished.
            self._outboxes_in_use.append((worker, self._outbox, self._outbox_lock))
            self._outbox = self._outbox_lock = None
        self._client_finished()

    def _client_finished(self) -> None:
        if self._client_worker is None:
            return
        self._client_worker = None
        self._client_engine = None
        self._release_outbox()
        self._retry_timer.stop()
        self._own_client = False
        self.people.set_users(())
        if self._state not in ("offline", "error"):
            self._set_state("offline", self.tr("Disconnected."))
        self._update_controls()

    @Slot()
    def _on_client_finished(self) -> None:
        worker = self.sender()
        if worker is self._client_worker:
            self._client_finished()
        for entry in list(self._outboxes_in_use):
            if entry[0] is worker:  # its thread has ended: nothing writes to it any more
                self._outboxes_in_use.remove(entry)
                _, outbox, lock = entry
                outbox.close()
                if lock is not None:
                    lock.unlock()

    @Slot(object)
    def _on_client_failed(self, message: str) -> None:
        if self.sender() is self._client_worker:
            self._set_state("error", message)

    # ================================================================ client events
    @Slot(object)
    def _on_client_events(self, batch: list[Event]) -> None:
        """Queue a batch; `_drain_events` shows it in slices of a few milliseconds.

        The slot returns at once, so a flood faster than the view can draw never holds
        the event loop: the window keeps answering, and when the backlog is bigger than
        the view can show, only the newest lines are built (all are counted, and all
        are in the history file).
        """
        if self.sender() is not self._client_worker:
            return
        from app.core.chat.client import MessagesReceived

        self._append_trace(batch, "client")
        self._incoming.extend(batch)
        for event in batch:
            if type(event) is MessagesReceived:
                self._incoming_messages += len(event.messages)
        if not self._drain_timer.isActive():
            self._drain_timer.setInterval(0)
            self._drain_timer.start()

    @Slot()
    def _drain_events(self) -> None:
        from app.core.chat.client import (
            ConnectionState,
            MessageDelivered,
            MessagePending,
            MessagesReceived,
            RawReceived,
            ServerNotice,
            UsersUpdated,
        )

        deadline = time.perf_counter() + DRAIN_SLICE_SECONDS
        incoming = self._incoming
        # Far behind: the oldest waiting lines are not drawn (nobody reads 50,000 lines a
        # second); they are counted and in the history, and a line in the view says so.
        skip = max(0, self._incoming_messages - BACKLOG_LIMIT)
        entries: list[ConversationEntry] = []
        raw_chunks: list[tuple[bytes, float]] = []
        live: list[ChatMessage] = []
        stop_after = False
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
                        entries.append(
                            ConversationEntry(
                                NOTICE,
                                self.tr(
                                    "... {count} messages came faster than they could be "
                                    "shown: they are in the history (Ctrl+F searches it)."
                                ).format(count=f"{skipped_total:,}"),
                            )
                        )
                    continue
                if len(messages) > DRAIN_CHUNK:
                    # A big event is shown in parts, between checks of the slice's time.
                    incoming.appendleft(
                        MessagesReceived(messages[DRAIN_CHUNK:], event.from_history)
                    )
                    messages = messages[:DRAIN_CHUNK]
                self._incoming_messages -= len(messages)
                self._add_messages(messages, event.from_history, entries)
                self.received_count += len(messages)
                if not event.from_history:
                    live.extend(messages)
                if len(entries) >= DRAIN_CHUNK:
                    self._flush_entries(entries)  # wrapping and drawing count in the slice
            elif isinstance(event, RawReceived):
                raw_chunks.append((event.data, event.time))
            elif isinstance(event, MessagePending):
                entry = ConversationEntry(
                    PENDING, event.text, sender=self._my_nick or "you", own=True, seq=event.seq
                )
                self._pending[event.seq] = entry
                entries.append(entry)
            elif isinstance(event, MessageDelivered):
                entry = self._pending.pop(event.seq, None)
                if entry is not None:
                    self._flush_entries(entries)
                    self.conversation.conversation.remove_entry(entry)
            elif isinstance(event, ServerNotice):
                kind = ERROR if event.is_error else NOTICE
                entries.append(ConversationEntry(kind, translate_message(event.text)))
                if event.code == "kicked":
                    self._kicked = True
                    stop_after = True
            elif isinstance(event, UsersUpdated):
                self.people.set_users(event.users)
            elif isinstance(event, ConnectionState):
                self._flush_entries(entries)
                self._on_connection_state(event)
            elif isinstance(event, ErrorEvent):
                self._show_client_error(event)
        self._flush_entries(entries)
        if raw_chunks:
            self.raw_terminal.add_received(raw_chunks)
        if live:
            self._notify(live)
        self._check_recorder()
        if not incoming:
            self._drain_timer.stop()
        else:
            # Still behind: give the engine's thread (which reads the socket) the next few
            # milliseconds of the interpreter; a backlog past the view's size is skipped.
            self._drain_timer.setInterval(DRAIN_PAUSE_MS)
        if stop_after:
            self._stop_client()
            self._set_state("offline", self.tr("You were removed from the chat by the host."))

    def _add_messages(
        self, messages: tuple[ChatMessage, ...], from_history: bool, entries: list
    ) -> None:
        own_key = nick_key(self._my_nick) if self._my_nick else ""
        make_entry = ConversationEntry.from_message
        for message in messages:
            if message.kind == Kind.NICK and not from_history and self._is_me(message.sender):
                self._nick_changed(message.target)
                own_key = nick_key(message.target)
            entries.append(make_entry(message, own_key))

    def _count_skipped(self, messages: tuple[ChatMessage, ...], from_history: bool) -> None:
        """Lines too old to be shown: counted, and a change of our own nick still noted."""
        self.received_count += len(messages)
        for message in messages:
            if message.kind == Kind.NICK and not from_history and self._is_me(message.sender):
                self._nick_changed(message.target)
        if not from_history:
            self._notify(messages)

    def _flush_entries(self, entries: list[ConversationEntry]) -> None:
        if entries:
            self.conversation.append_entries(list(entries))
            entries.clear()

    def _is_me(self, nick: str) -> bool:
        return bool(self._my_nick) and nick_key(nick) == nick_key(self._my_nick)

    def _nick_changed(self, nick: str) -> None:
        self._my_nick = nick
        self.people.set_own_nick(nick)
        self.host_panel.set_own_nick(nick)
        self.identity.nick_edit.setText(nick)
        self._remember_nick(nick)
        self._set_state(
            "connected",
            self.tr("Connected to {server} as {nick}.").format(server=self._server_key, nick=nick),
        )

    def _on_connection_state(self, event: ConnectionState) -> None:
        self._retry_timer.stop()
        if event.state == "connected":
            if event.nick and not self._is_me(event.nick):
                self._my_nick = event.nick
                self.people.set_own_nick(event.nick)
                self.host_panel.set_own_nick(event.nick)
            self._set_state(
                "connected",
                self.tr("Connected to {server} as {nick}.").format(
                    server=self._server_key, nick=self._my_nick
                ),
            )
            self.join_panel.address_error.clear_error()
        elif event.state == "raw":
            self._raw_mode = True
            self.pages.setCurrentWidget(self.raw_terminal)
            self.close_search()
            self.search_button.setEnabled(False)  # a raw peer's bytes are not chat history
            self._set_state(
                "raw",
                self.tr(
                    "Raw TCP terminal with {server}: not a SocketLab chat server, "
                    "so its bytes are shown as they arrive."
                ).format(server=self._server_key),
            )
        elif event.state == "reconnecting":
            self._retry_detail = translate_message(event.reason or event.detail)
            self._retry_deadline = time.monotonic() + (event.retry_in or 0.0)
            self._on_retry_tick()
            self._retry_timer.start()
            self.people.set_users(())
        elif event.state == "connecting":
            self._set_state("connecting", event.detail)
        elif event.state == "offline" and self._state != "error":
            self._set_state("offline", event.detail or self.tr("Disconnected."))

    @Slot()
    def _on_retry_tick(self) -> None:
        left = max(0, round(self._retry_deadline - time.monotonic()))
        pending = len(self._pending)
        if pending:
            text = self.tr(
                "{detail} Reconnecting in {seconds} s... "
                "{count} message(s) will be sent when it is back."
            )
        else:
            text = self.tr("{detail} Reconnecting in {seconds} s...")
        self._set_state(
            "reconnecting", text.format(detail=self._retry_detail, seconds=left, count=pending)
        )
        if left <= 0:
            self._retry_timer.stop()

    def _show_client_error(self, event: ErrorEvent) -> None:
        if event.field == "input":
            self.raw_terminal.send_error.show_error(event.message)
            return
        if event.fatal:
            self._set_state("error", event.message)
            if self._own_client:
                self.host_panel.host_error.show_error(event.message)
            else:
                self.join_panel.address_error.show_error(event.message)
        else:
            self.conversation.append_entries(
                [ConversationEntry(ERROR, translate_message(event.message))]
            )

    def _check_recorder(self) -> None:
        recorder = self._recorder
        if recorder is not None and recorder.failure and not self._recorder_warned:
            self._recorder_warned = True
            self.conversation.append_entries(
                [ConversationEntry(ERROR, translate_message(recorder.failure))]
            )

    # ================================================================ state line
    def _set_state(self, state: str, text: str) -> None:
        """Show the connection state; `text` may be a message from core (translated)."""
        text = translate_message(text)
        self._state = state
        colour = _STATE_STYLES.get(state, "#757575")
        self.state_dot.setStyleSheet(f"background: {colour}; border-radius: 6px;")
        self.state_label.setText(text)
        # The text in the palette's own colour (readable in light and dark themes); an
        # error in red, lightened on a dark window.
        if state == "error":
            self.state_label.setStyleSheet(f"color: {_readable(colour, self.palette())};")
        else:
            self.state_label.setStyleSheet("")

    def connection_state(self) -> str:
        """offline, saving, connecting, connected, reconnecting, raw or error.

        saving: the last connection's history is still being written; the join follows.
        """
        return self._state

    def _update_controls(self) -> None:
        waiting = self._waiting_start is not None
        joining = waiting and not self._waiting_start[1]  # not the host's own client
        joined = (self._client_worker is not None and not self._own_client) or joining
        if joining:
            self.join_panel.connect_button.setText(self.tr("Cancel"))
        else:
            self.join_panel.connect_button.setText(
                self.tr("Disconnect") if joined else self.tr("Connect")
            )
        self.join_panel.connect_button.setEnabled(not self._hosting)
        self.join_panel.address_combo.setEnabled(not joined and not self._hosting)
        self.join_panel.setToolTip(
            self.tr("Stop hosting to join another chat.") if self._hosting else ""
        )
        self.host_panel.start_button.setEnabled(not joined)
        self.identity.nick_edit.setEnabled(self._client_worker is None and not waiting)
        active = self._client_worker is not None
        self.send_button.setEnabled(active)

    # ================================================================ sending
    @Slot()
    def _on_send_clicked(self) -> None:
        self._on_submitted(self.input.lines())

    @Slot(list)
    def _on_submitted(self, lines: list[str]) -> None:
        """Send the box's lines (one message each), or say why not; the box keeps them."""
        if not lines:
            return
        engine = self._client_engine
        if engine is None or self._client_worker is None:
            self.input_error.show_error(
                self.tr("Not connected: host a chat or join one first. Your text is still here.")
            )
            return
        limit = self.input.max_line
        for number, line in enumerate(lines, 1):
            cost = line_cost(line)
            if cost > limit:
                if len(lines) > 1:
                    text = self.tr(
                        "Line {number} is {cost} bytes: the chat allows {limit} bytes a line. "
                        "Split it into shorter lines; your text is still here."
                    )
                else:
                    text = self.tr(
                        "This line is {cost} bytes: the chat allows {limit} bytes a line. "
                        "Split it into shorter lines; your text is still here."
                    )
                self.input_error.show_error(
                    text.format(number=number, cost=f"{cost:,}", limit=f"{limit:,}")
                )
                return
        if len(lines) == 1 and lines[0].strip().lower() in ("/quit", "/leave"):
            self.input.clear()
            if self._own_client:
                self.stop_hosting()
            else:
                self.disconnect_from_server()
            return
        if len(lines) == 1 and lines[0].strip().lower() == "/clear":
            self.input.clear()
            self.conversation.conversation.clear()
            return
        try:
            for line in lines:
                engine.send_text(line)
        except RuntimeError:  # the engine stopped a moment ago
            self.input_error.show_error(self.tr("Not connected any more: your text is still here."))
            return
        self.input.remember(self.input.toPlainText())
        self.input.clear()
        self.input_error.clear_error()

    @Slot(bytes)
    def _on_raw_send(self, data: bytes) -> None:
        engine = self._client_engine
        if engine is None or not self._raw_mode:
            self.raw_terminal.send_error.show_error(
                self.tr("Not connected: the bytes were not sent.")
            )
            return
        try:
            engine.send_raw(data)
        except RuntimeError:
            self.raw_terminal.send_error.show_error(
                self.tr("The connection is closed: nothing was sent.")
            )
            return
        self.raw_terminal.add_sent(data)

    @Slot(str)
    def start_private_message(self, nick: str) -> None:
        """Put `/msg NICK ` in the box and focus it."""
        self.input.setPlainText(f"/msg {nick} ")
        self.input.moveCursor(self.input.textCursor().MoveOperation.End)
        self.input.setFocus()

    @Slot(int, int)
    def _on_input_size(self, cost: int, limit: int) -> None:
        if cost <= 4000:
            self.count_label.hide()
            return
        self.count_label.show()
        if cost > limit:
            colour = _readable("#c62828", self.palette())
            text = self.tr("{cost} / {limit} bytes - too long to send")
        elif cost > limit * 0.9:
            colour = _readable("#ef6c00", self.palette())
            text = self.tr("{cost} / {limit} bytes - near the limit")
        else:
            colour, text = "", self.tr("{cost} / {limit} bytes")
        self.count_label.setStyleSheet(f"color: {colour};" if colour else "")
        self.count_label.setText(text.format(cost=f"{cost:,}", limit=f"{limit:,}"))

    @Slot()
    def _on_input_edited(self) -> None:
        if self.input_error.has_error() and not self.input.toPlainText():
            self.input_error.clear_error()

    @Slot(str)
    def _on_address_edited(self, _text: str) -> None:
        self.join_panel.address_error.clear_error()

    @Slot(str)
    def _on_host_field_edited(self, _text: str) -> None:
        self.host_panel.clear_errors()

    @Slot(str)
    def _on_nick_edited(self, _text: str) -> None:
        self.identity.nick_error.clear_error()

    # ================================================================ events pane
    def _append_trace(self, batch: list[Event], source: str) -> None:
        lines = []
        for event in batch:
            if type(event) not in _PANE_EVENTS or (
                isinstance(event, StateEvent) and event.state == "starting"
            ):
                continue
            line = format_event_line(event)
            if line is None:
                continue
            if line.startswith("  "):
                lines.append(f"  {source}: {line.strip()}")
            else:
                lines.append(f"{line[:12]}  {source:<6}  {line[14:]}")
        if lines:
            self.events_pane.view.appendPlainText("\n".join(lines))

    # ================================================================ notifications
    def _notify(self, messages: tuple[ChatMessage, ...] | list[ChatMessage]) -> None:
        """Count messages from others while nobody looks; alert the window, or the tray."""
        if self._being_read():
            return
        me = self._my_nick  # the server's spelling of our nick: an exact comparison will do
        kinds = _SHOWN_KINDS_FOR_UNREAD
        count = sum(1 for m in messages if m.kind in kinds and m.sender != me)
        if not count:
            return
        self._unread += count
        self._update_tab_title()
        self.unread_changed.emit(self._unread)
        window = self.window()
        if not window.isActiveWindow():
            QApplication.alert(window)
            last = next(m for m in reversed(messages) if m.kind in kinds and m.sender != me)
            self._tray_message(last)

    def _being_read(self) -> bool:
        return self.isVisible() and self.window().isActiveWindow()

    def unread(self) -> int:
        """Messages that arrived while nobody was looking at the tab."""
        return self._unread

    def _tray_message(self, message: ChatMessage) -> None:
        from PySide6.QtWidgets import QSystemTrayIcon

        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        now = time.monotonic()
        if now - self._last_tray < TRAY_INTERVAL:
            return
        self._last_tray = now
        if self._tray is None:
            self._tray = QSystemTrayIcon(self.window().windowIcon(), self)
            self._tray.setToolTip(self.tr("SocketLab chat"))
        self._tray.show()
        text = message.text if len(message.text) <= 200 else message.text[:200] + "..."
        title = (
            self.tr("{sender} (private)").format(sender=message.sender)
            if message.kind == Kind.PRIVATE
            else message.sender
        )
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 5000)

    def _clear_unread(self) -> None:
        if self._unread:
            self._unread = 0
            self._update_tab_title()
            self.unread_changed.emit(0)

    def _containing_tab(self) -> tuple[QTabWidget, int] | None:
        """The QTabWidget showing this tab (through the main window's slot), and our index."""
        child: QWidget = self
        parent = child.parentWidget()
        while parent is not None:
            grandparent = parent.parentWidget()
            if isinstance(parent, QStackedWidget) and isinstance(grandparent, QTabWidget):
                index = grandparent.indexOf(child)
                return (grandparent, index) if index >= 0 else None
            child, parent = parent, grandparent
        return None

    def _update_tab_title(self) -> None:
        found = self._containing_tab()
        if found is None:
            return
        tabs, index = found
        if not self._base_title:
            self._base_title = re.sub(r" \(\d+\)$", "", tabs.tabText(index))
        title = f"{self._base_title} ({self._unread})" if self._unread else self._base_title
        tabs.setTabText(index, title)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.window().isActiveWindow():
            self._clear_unread()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self._being_read():
            self._clear_unread()

    # ================================================================ search
    @Slot()
    def open_search(self) -> None:
        """Show the search bar (Ctrl+F) over the history of the current server."""
        if self._raw_mode:
            return
        self.search_bar.show()
        self.search_edit.setFocus()
        self.search_edit.selectAll()
        if self.search_edit.text():
            self.run_search()

    @Slot()
    def close_search(self) -> None:
        """Hide the search and show the conversation again."""
        self._search_timer.stop()
        self.search_bar.hide()
        self.conversation_stack.setCurrentWidget(self.conversation)

    @Slot(str)
    def _on_search_edited(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def run_search(self) -> None:
        """Search the whole history file of this server and list the matches."""
        self._search_timer.stop()
        query = self.search_edit.text().strip()
        results = self.search_results.conversation
        results.clear()
        if not query:
            self.search_summary.setText("")
            self.conversation_stack.setCurrentWidget(self.conversation)
            return
        if not self._server_key:
            self.search_summary.setText(
                self.tr("Connect to a server first: its history is searched.")
            )
            return
        self.search_summary.setText(self.tr("Searching..."))
        self._search_request += 1
        request = self._search_request
        self._search_thread = start_history_search(
            self._search_done,
            request,
            self._history_path(),
            self._server_key,
            query,
            SEARCH_LIMIT,
            self._recorder,
        )

    @Slot(int, object, str)
    def _on_search_done(self, request: int, found: list[ChatMessage], error: str) -> None:
        """Results from the search thread; a newer search makes older results stale."""
        if request != self._search_request:
            return
        if error:
            self.search_summary.setText(
                self.tr("The history cannot be searched: {reason}.").format(reason=error)
            )
            return
        results = self.search_results.conversation
        results.clear()
        count = len(found)
        if count >= SEARCH_LIMIT:
            text = self.tr("{count} matches in {server} (newest shown)")
        elif count == 1:
            text = self.tr("{count} match in {server}")
        else:
            text = self.tr("{count} matches in {server}")
        self.search_summary.setText(text.format(count=f"{count:,}", server=self._server_key))
        self.search_results.append_entries(
            [ConversationEntry.from_message(m, nick_key(self._my_nick)) for m in reversed(found)]
        )
        self.conversation_stack.setCurrentWidget(self.search_results)

    @Slot(int)
    def _on_search_result_activated(self, row: int) -> None:
        entry, _ = self.search_results.conversation.row(row)
        if entry.message_id is None:
            return
        self.close_search()
        found = self.conversation.conversation.find_message(entry.message_id, entry.time)
        if found >= 0:
            self.conversation.select_rows(found)
            self.conversation.scroll_to_row(found)
            self.conversation.setFocus()  # the results are hidden now: keys go on from here
        else:
            self.notice_label.setText(self.tr("That message is older than the lines shown here."))

    def search_texts(self) -> list[str]:
        """The search results as plain lines (for tests and screen readers)."""
        return [e.plain() for e in self.search_results.conversation.entries() if e.kind != "day"]

    # ================================================================ export
    @Slot()
    def _on_export_requested(self) -> None:
        from app.core.chat.conversation_log import EXPORT_CSV, EXPORT_TEXT

        if self._export_job is not None:
            return
        raw_rows = self._raw_terminal.model.rowCount() if self._raw_terminal else 0
        if not self._server_key and not raw_rows:
            self.notice_label.setText(self.tr("Nothing to export yet: host or join a chat first."))
            return
        name = _file_key(self._server_key or "conversation")
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export conversation"),
            str(Path.home() / f"chat-{name}.txt"),
            self.tr("Text (*.txt);;CSV (*.csv)"),
        )
        if path:
            fmt = EXPORT_CSV if "*.csv" in chosen or path.endswith(".csv") else EXPORT_TEXT
            self.export_conversation(path, fmt)

    def export_conversation(self, path: str, fmt: str = "text") -> bool:
        """Write the whole history (or the raw terminal's rows) to `path`, in slices.

        Ends with `export_finished`; False when an export is already running or the
        file cannot be opened (the notice says why).
        """
        if self._export_job is not None:
            return False
        try:
            handle = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by the job
        except OSError as exc:
            message = self.tr("Cannot write {path}: {reason}.").format(
                path=path, reason=exc.strerror or exc
            )
            self.notice_label.setText(message)
            self.export_finished.emit(message)
            return False
        if self._raw_mode or not self._server_key:
            chunks = iter([_raw_export(self.raw_terminal.export_rows(), fmt)])
        else:
            from app.core.chat.conversation_log import ConversationLog

            # A separate connection: the export reads while the recorder writes. The
            # chunks are read lazily, from the first slice on.
            export_log = ConversationLog(self._history_path())
            chunks = export_log.export_chunks(self._server_key, fmt)
            self._export_log = export_log
        self._export_job = (handle, chunks, path)
        self.export_button.setEnabled(False)
        self.export_action.setEnabled(False)
        self.notice_label.setText(self.tr("Exporting..."))
        recorder = None if self._raw_mode or not self._server_key else self._recorder
        token = object()
        if recorder is not None and not recorder.when_written(
            partial(self._announce_history_written, token)
        ):
            self._export_token = token  # what was received is written first, then read
        else:
            self._export_timer.start()
        return True

    @Slot()
    def _export_slice(self) -> None:
        if self._export_job is None:
            self._export_timer.stop()
            return
        handle, chunks, path = self._export_job
        deadline = time.monotonic() + EXPORT_SLICE_SECONDS
        try:
            while time.monotonic() < deadline:
                chunk = next(chunks, None)
                if chunk is None:
                    self._end_export(self.tr("Exported to {path}.").format(path=path))
                    return
                handle.write(chunk)
        except (OSError, Exception) as exc:  # disk full, or the history file went away
            self._end_export(
                self.tr("Export to {path} failed: {reason}.").format(path=path, reason=exc)
            )

    def _end_export(self, message: str) -> None:
        if self._export_job is not None:
            handle = self._export_job[0]
            with contextlib.suppress(OSError):
                handle.close()
        self._export_job = None
        export_log = getattr(self, "_export_log", None)
        if export_log is not None:
            export_log.close()
            self._export_log = None
        self._export_token = None
        self._export_timer.stop()
        self.export_button.setEnabled(True)
        self.export_action.setEnabled(True)
        self.notice_label.setText(message)
        self.export_finished.emit(message)

    # ================================================================ for tests and tools
    def conversation_texts(self) -> list[str]:
        """Every line in the view as plain text (no date lines)."""
        return [e.plain() for e in self.conversation.conversation.entries() if e.kind != "day"]

    def pending_texts(self) -> list[str]:
        """Lines typed but not yet delivered, oldest first."""
        return [self._pending[seq].text for seq in sorted(self._pending)]

    def my_nick(self) -> str:
        """The nickname the server knows us by."""
        return self._my_nick

    def is_hosting(self) -> bool:
        """True while our server runs."""
        return self._hosting

    def is_connected(self) -> bool:
        """True while a client engine runs (connected, connecting or reconnecting)."""
        return self._client_worker is not None

    # ================================================================ closing
    @Slot()
    def show_find_servers(self) -> None:
        """Open the Find servers window (it asks the LAN while it is shown)."""
        if self._find_dialog is None:
            from PySide6.QtWidgets import QDialog

            from app.ui.find_servers import FindServersPanel

            dialog = QDialog(self)
            dialog.setWindowTitle(self.tr("Find chat servers on the LAN"))
            dialog.resize(720, 420)
            self.find_panel = FindServersPanel(self.finder_factory)
            self.find_panel.server_chosen.connect(self._on_server_chosen)
            QVBoxLayout(dialog).addWidget(self.find_panel)
            FocusRing(dialog)
            self._find_dialog = dialog
        self._find_dialog.show()
        self._find_dialog.raise_()
        if self.find_panel is not None and not self.find_panel.is_searching():
            self.find_panel.find()

    @Slot(str, int)
    def _on_server_chosen(self, host: str, port: int) -> None:
        """A double-click in Find servers: join that server."""
        address = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        if self._find_dialog is not None:
            self._find_dialog.hide()
        self.join_panel.address_combo.setEditText(address)
        if self.connection_state() not in ("connected", "connecting", "raw"):
            self.connect_to(address)

    def shutdown(self) -> None:
        """Stop the engines and close the files (the main window calls this on close)."""
        self._waiting_start = self._start_token = self._export_token = None
        if self._search_thread is not None:
            self._search_thread.join(5.0)  # a search reads a file: it ends on its own
        if self._find_dialog is not None:
            self.find_panel.shutdown()
            self._find_dialog.close()
        self._stop_client()
        if self._server_worker is not None:
            self._server_worker.stop()
            self._server_stopped()
        if self._export_job is not None:
            self._end_export(self.tr("Export cancelled: the window closed."))
        if self._recorder is not None:
            self._recorder.wait(5.0)  # what was received reaches the history file
        if self._history is not None:
            self._history.close()
            self._history = None
        if self._tray is not None:
            self._tray.hide()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


def start_history_search(
    done: SignalInstance,
    request: int,
    path: Path,
    server: str,
    query: str,
    limit: int,
    recorder: HistoryRecorder | None,
) -> threading.Thread:
    """Search the history file on a helper thread and emit `done(request, found, error)`.

    A LIKE search scans every row of a server's history, and what was just received may
    still be on its way to the file: neither wait belongs on the GUI thread.
    """

    def work() -> None:
        from app.core.chat.conversation_log import ConversationLog

        try:
            if recorder is not None:
                recorder.flush(1.0)  # what arrived before the search is searched too
            log = ConversationLog(path)
            try:
                found = log.search(server, query, limit)
            finally:
                log.close()
        except Exception as exc:  # sqlite3.Error or OSError: said under the search box
            done.emit(request, [], str(exc))
        else:
            done.emit(request, found, "")

    thread = threading.Thread(target=work, name="chat history search", daemon=True)
    thread.start()
    return thread


def _readable(colour: str, palette: QPalette) -> str:
    """`colour` as is on a light window, lightened on a dark one (a theme may be dark)."""
    background = palette.color(QPalette.ColorRole.Window)
    if background.lightnessF() >= 0.5:
        return colour
    hue, saturation, _, _ = QColor(colour).getHslF()
    return QColor.fromHslF(max(hue, 0.0), saturation, 0.75).name()


def _is_ip_literal(host: str) -> bool:
    import ipaddress

    try:
        ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        return False
    return True


def _raw_export(rows: list[tuple[str, str, int, str, str]], fmt: str) -> str:
    from app.core.chat.conversation_log import EXPORT_CSV

    if fmt == EXPORT_CSV:
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(("time", "direction", "bytes", "hex", "text"))
        writer.writerows(rows)
        return buffer.getvalue()
    return "".join(
        f"[{stamp}] {direction} {size} bytes: {text!r}\n"
        for stamp, direction, size, _, text in rows
    )
