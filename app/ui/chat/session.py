"""`ChatSession`: the chat engines, the outbox and the history behind the Chat tab.

No widget here. The session starts and stops the server and client engines on
EngineWorker threads, opens this server's outbox file (locked, so two windows never
share one identity), records every message to the history file on the engine's thread,
and keeps the one `ChatState` and `Role` that every control of the tab follows. The tab
listens to its signals and shows what happened.
"""

from __future__ import annotations

import contextlib
import logging
import re
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, Signal, Slot

from app.core.chat.protocol import ChatMessage
from app.ui.chat.state import ChatState, Role

if TYPE_CHECKING:
    from app.core.address import Endpoint
    from app.core.chat.client import ChatClientEngine
    from app.core.chat.conversation_log import ConversationLog, HistoryRecorder
    from app.core.chat.outbox import Outbox
    from app.core.chat.server import ServerConfig
    from app.core.events import Event
    from app.core.transfer.engine import TransferEngine
    from app.workers import EngineWorker

log = logging.getLogger("socketlab.ui.chat")

# Messages loaded from the history file into the view when a connection starts.
HISTORY_LOAD = 2000


def data_folder() -> Path:
    """The user's data folder for SocketLab (QStandardPaths.AppDataLocation)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location or Path.home() / ".socketlab")


def file_key(server: str) -> str:
    """`[::1]:5555` -> `__1__5555`: a server address as a file name."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", server)


class ChatSession(QObject):
    """The engines and files of one Chat tab, and its state (see module docstring).

    Signals:
        state_changed(): `state` or `role` changed; the tab updates its controls.
        server_events(list): a batch from the running server engine.
        server_failed(Message): the server engine crashed.
        server_stopped(): our server ended (stopped, failed to start, or crashed).
        client_starting(str, object): a client is about to connect to `server`; the
            messages of its earlier conversations (oldest first) to show first.
        client_start_failed(object, bool): the outbox or history could not be opened
            (the reason; True for the host's own client).
        client_events(list): a batch from the running client engine.
        trace_events(list, str): every batch of every engine the session ran, with its
            side ("server", "client", "transfer"), including the last batches of an engine stopped
            a moment ago (its close() calls), for the Events pane.
        client_failed(Message): the client engine crashed.
        client_stopped(): the client ended.
        transfer_events(list): a batch from the file-transfer engine that runs beside
            the client (offers, progress, ends).
        transfers_ready(): a file-transfer engine was started with a client; the tab
            gives it its settings (auto-accept, size limit).
        history_written(object): the history writer caught up with a token's request.
    """

    state_changed = Signal()
    server_events = Signal(object)
    server_failed = Signal(object)
    server_stopped = Signal()
    client_starting = Signal(str, object)
    client_start_failed = Signal(object, bool)
    client_events = Signal(object)
    client_failed = Signal(object)
    client_stopped = Signal()
    transfer_events = Signal(object)
    transfers_ready = Signal()
    history_written = Signal(object)
    trace_events = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = ChatState.OFFLINE
        self.role = Role.NONE
        self.server_key = ""  # host:port of the current (or last) chat, for its history
        self.my_nick = ""
        self.last_connection_raw = False  # the current (or last) peer was not a chat server
        self.password = ""  # the room password the next client sends ("" for none)
        self.expected_code = ""  # the key the next client must see (used once, then "")
        self.reconnect_delays: tuple[float, ...] = (1.0, 2.0, 4.0, 8.0, 15.0, 30.0)
        self.greeting_timeout = 2.0
        self._server_worker: EngineWorker | None = None
        self._client_worker: EngineWorker | None = None
        self._client_engine: ChatClientEngine | None = None
        self._transfer_worker: EngineWorker | None = None
        self._transfer_engine: TransferEngine | None = None
        self._outbox_name = ""  # the locked outbox's name: also this identity's transfer folder
        self._recorder: HistoryRecorder | None = None
        self._history: ConversationLog | None = None
        self._outbox: Outbox | None = None
        self._outbox_lock: QLockFile | None = None
        # Outboxes of engines that did not stop in time: (worker, outbox, lock). Their
        # threads may still write lines into them; each is closed when its thread ends.
        self._outboxes_in_use: list[tuple[EngineWorker, Outbox, QLockFile | None]] = []
        # A connection waiting for the last one's history to be written: (endpoint, own,
        # nick), and the token the recorder's news will carry.
        self._waiting_start: tuple[Endpoint, bool, str] | None = None
        self._start_token: object | None = None
        self._fast_switches = False  # holding app.workers.thread_switches while a client runs
        self.history_written.connect(self._on_history_written)

    # ------------------------------------------------------------ state
    @property
    def hosting(self) -> bool:
        """True while our server runs."""
        return self.role is Role.HOST

    @property
    def client_running(self) -> bool:
        """True while a client engine runs (connected, connecting or reconnecting)."""
        return self._client_worker is not None

    @property
    def own_client(self) -> bool:
        """True when the running client is the host's own, joined to our server."""
        return self.client_running and self.role is Role.HOST

    @property
    def waiting(self) -> bool:
        """True while a join waits for the last conversation to be written."""
        return self._waiting_start is not None

    @property
    def waiting_to_join(self) -> bool:
        """True while a guest's join (not the host's own client) waits."""
        return self._waiting_start is not None and not self._waiting_start[1]

    @property
    def client_engine(self) -> ChatClientEngine | None:
        """The running client engine (for send_text, send_raw)."""
        return self._client_engine

    @property
    def transfers(self) -> TransferEngine | None:
        """The file-transfer engine running beside the client (None when offline)."""
        return self._transfer_engine

    @property
    def recorder(self) -> HistoryRecorder | None:
        """The current (or last) connection's history writer."""
        return self._recorder

    def set_state(self, state: ChatState) -> None:
        """Change the connection state (the tab says it in words)."""
        if state is ChatState.RAW:
            self.last_connection_raw = True
        if state is not self.state:
            self.state = state
            self.state_changed.emit()

    def _set_role(self, role: Role) -> None:
        if role is not self.role:
            self.role = role
            self.state_changed.emit()

    # ------------------------------------------------------------ the server
    def start_server(self, config: ServerConfig) -> None:
        """Run a chat server; its ServerListening event makes the tab join it."""
        from app.core.chat.server import ChatServerEngine
        from app.workers import EngineWorker

        engine = ChatServerEngine(config)
        # No parent: the worker lives while it runs (the worker module holds it) and while
        # the session refers to it, and goes after its last queued batch was delivered.
        worker = EngineWorker(engine)
        worker.events.connect(self._on_server_events)
        worker.failed.connect(self._on_server_failed)
        worker.finished.connect(self._on_server_finished)
        self._server_worker = worker
        self._set_role(Role.HOST)
        worker.start()

    def stop_hosting(self) -> None:
        """Stop the server, then leave (everyone connected is told the server stopped).

        The server first: our own client quitting first would show everyone "alice
        left (quit)" before the server's last line, as if the host had just left."""
        worker = self._server_worker
        if worker is not None:
            worker.stop()
        self.stop_client()
        self._server_ended()

    def kick(self, nick: str) -> None:
        """Disconnect someone from the room we host."""
        worker = self._server_worker
        if worker is not None:
            with contextlib.suppress(RuntimeError):  # the server stopped a moment ago
                worker.engine.kick(nick)  # type: ignore[attr-defined]

    def pause_accepting(self, paused: bool) -> None:
        """Stop (True) or resume (False) accept() on the server we host."""
        worker = self._server_worker
        if worker is not None:
            with contextlib.suppress(RuntimeError):  # the server stopped a moment ago
                worker.engine.pause_accepting(paused)  # type: ignore[attr-defined]

    def ban(self, target: str, minutes: float | None) -> None:
        """Ban a nickname's address (or an address) from the room we host."""
        worker = self._server_worker
        if worker is not None:
            with contextlib.suppress(RuntimeError):  # the server stopped a moment ago
                worker.engine.ban(target, minutes)  # type: ignore[attr-defined]

    def unban(self, target: str) -> None:
        """Lift a ban in the room we host."""
        worker = self._server_worker
        if worker is not None:
            with contextlib.suppress(RuntimeError):
                worker.engine.unban(target)  # type: ignore[attr-defined]

    def _server_ended(self) -> None:
        was_hosting = self._server_worker is not None or self.role is Role.HOST
        self._server_worker = None
        if self.role is Role.HOST:
            self._set_role(Role.GUEST if self.client_running else Role.NONE)
        if was_hosting:
            self.server_stopped.emit()

    @Slot(object)
    def _on_server_events(self, batch: list[Event]) -> None:
        self.trace_events.emit(batch, "server")
        if self.sender() is self._server_worker:
            self.server_events.emit(batch)

    @Slot(object)
    def _on_server_failed(self, message: str) -> None:
        if self.sender() is self._server_worker:
            self.server_failed.emit(message)

    @Slot()
    def _on_server_finished(self) -> None:
        if self.sender() is not self._server_worker:
            return
        # The server stopped by itself (failed to start, or crashed): leave with it.
        self.stop_client()
        self._server_ended()

    # ------------------------------------------------------------ the client
    def start_client(self, endpoint: Endpoint, nick: str, *, own: bool) -> bool:
        """Connect (True), or wait for the last connection's history first (True too).

        The last connection's messages must all be in the history file before this one
        reads it (what to show, what to ask the server for). Its writer may be behind
        (a flood, a slow disk): the GUI thread never waits for it; the state is SAVING
        and the connection starts when the writer says it is done.
        """
        if self._client_worker is not None or self._waiting_start is not None:
            return False  # one client at a time, even while one waits
        recorder = self._recorder
        if recorder is not None:
            recorder.close()  # the last engine has stopped: nothing more comes for it
            token = object()
            if not recorder.when_written(partial(self.announce_history_written, token)):
                self._waiting_start = (endpoint, own, nick)
                self._start_token = token
                self.set_state(ChatState.SAVING)
                return True
        return self._connect_client(endpoint, own=own, nick=nick)

    def announce_history_written(self, token: object) -> None:
        """On a history writer's thread: queue the news to the GUI thread."""
        with contextlib.suppress(RuntimeError):  # the session is gone: nobody waits
            self.history_written.emit(token)

    @Slot(object)
    def _on_history_written(self, token: object) -> None:
        if token is self._start_token and self._waiting_start is not None:
            endpoint, own, nick = self._waiting_start
            self._waiting_start = self._start_token = None
            if not self._connect_client(endpoint, own=own, nick=nick):
                self.set_state(ChatState.OFFLINE)

    def _connect_client(self, endpoint: Endpoint, *, own: bool, nick: str) -> bool:
        from app.core.chat.client import ChatClientEngine
        from app.core.chat.conversation_log import HistoryRecorder
        from app.workers import EngineWorker

        server = str(endpoint)
        try:
            self._open_outbox(server)
            history = self.history_log()
            last_id = history.last_id(server)
            earlier: list[ChatMessage] = history.recent(server, HISTORY_LOAD)
        except (OSError, RuntimeError) as exc:
            self._release_outbox()
            self.client_start_failed.emit(exc, own)
            return False
        except Exception as exc:  # sqlite3.Error: a damaged history file
            self._release_outbox()
            self.client_start_failed.emit(
                self.tr("The chat history cannot be read: {reason}.").format(reason=exc), own
            )
            return False
        self.server_key = server
        self.my_nick = nick
        self.last_connection_raw = False
        self._speed_up_thread_switches()
        engine = ChatClientEngine(
            endpoint.host,
            endpoint.port,
            nick,
            outbox=self._outbox,
            reconnect_delays=self.reconnect_delays,
            greeting_timeout=self.greeting_timeout,
            last_id=last_id,
            expected_code=self.expected_code,
            password=self.password,
        )
        self.expected_code = ""  # a code accepted once; the pin remembers it from now on
        self._recorder = HistoryRecorder(self.history_path(), server)
        engine.add_listener(self._recorder)  # before the worker's: queued before we see them
        self._start_transfers(engine, endpoint.host)
        worker = EngineWorker(engine)
        worker.events.connect(self._on_client_events)
        worker.failed.connect(self._on_client_failed)
        worker.finished.connect(self._on_client_finished)
        self._client_engine = engine
        self._client_worker = worker
        self.role = Role.HOST if own else Role.GUEST
        self.state = ChatState.CONNECTING
        self.state_changed.emit()
        self.client_starting.emit(server, earlier)
        worker.start()
        return True

    def _start_transfers(self, chat: ChatClientEngine, server_host: str) -> None:
        """A TransferEngine beside the client, linked to it before either runs. Its state
        folder is named after this window's locked outbox, so two windows (or two tabs in
        a test) joined to one server never share one set of transfers."""
        from app.core.transfer.engine import TransferEngine, listen_host_for
        from app.core.transfer.link import link_chat
        from app.core.transfer.state import transfer_folder
        from app.workers import EngineWorker

        transfers = TransferEngine(
            transfer_folder() / self._outbox_name, listen_host=listen_host_for(server_host)
        )
        link_chat(chat, transfers)
        worker = EngineWorker(transfers)
        worker.events.connect(self._on_transfer_events)
        self._transfer_engine = transfers
        self._transfer_worker = worker
        worker.start()
        self.transfers_ready.emit()

    def _stop_transfers(self) -> None:
        worker = self._transfer_worker
        self._transfer_worker = None
        self._transfer_engine = None
        if worker is not None:
            worker.stop()

    @Slot(object)
    def _on_transfer_events(self, batch: list[Event]) -> None:
        self.trace_events.emit(batch, "transfer")  # its own side in the Events pane
        if self.sender() is self._transfer_worker:
            self.transfer_events.emit(batch)

    def stop_client(self) -> None:
        """Leave the chat (or close the raw connection, or cancel a waiting join)."""
        if self._waiting_start is not None:  # a join waiting for the history: cancelled
            self._waiting_start = self._start_token = None
            self.state_changed.emit()
        worker = self._client_worker
        if worker is None:
            return
        self._stop_transfers()  # its last words (cancel, pause) still go through the chat
        if not worker.stop() and self._outbox is not None:
            # Its thread still runs and may still keep lines in the outbox (those typed
            # as it stopped): the outbox is closed when that thread has finished.
            self._outboxes_in_use.append((worker, self._outbox, self._outbox_lock))
            self._outbox = self._outbox_lock = None
        self._client_ended()

    def _client_ended(self) -> None:
        if self._client_worker is None:
            return
        self._client_worker = None
        self._client_engine = None
        self._stop_transfers()
        self._release_outbox()
        self._restore_thread_switches()
        if self.role is Role.GUEST:
            self._set_role(Role.NONE)
        self.client_stopped.emit()

    @Slot(object)
    def _on_client_events(self, batch: list[Event]) -> None:
        self.trace_events.emit(batch, "client")
        if self.sender() is self._client_worker:
            self.client_events.emit(batch)

    @Slot(object)
    def _on_client_failed(self, message: str) -> None:
        if self.sender() is self._client_worker:
            self.client_failed.emit(message)

    @Slot()
    def _on_client_finished(self) -> None:
        worker = self.sender()
        if worker is self._client_worker:
            self._client_ended()
        for entry in list(self._outboxes_in_use):
            if entry[0] is worker:  # its thread has ended: nothing writes to it any more
                self._outboxes_in_use.remove(entry)
                _, outbox, lock = entry
                outbox.close()
                if lock is not None:
                    lock.unlock()

    def _speed_up_thread_switches(self) -> None:
        """1 ms GIL hand-overs while a client runs (app.workers.thread_switches)."""
        from app.workers.thread_switches import hold_fast_switches

        if not self._fast_switches:
            self._fast_switches = True
            hold_fast_switches()

    def _restore_thread_switches(self) -> None:
        from app.workers.thread_switches import release_fast_switches

        if self._fast_switches:
            self._fast_switches = False
            release_fast_switches()

    # ------------------------------------------------------------ files
    def history_path(self) -> Path:
        """The file every conversation is recorded in."""
        return data_folder() / "chat" / "history.sqlite"

    def history_log(self) -> ConversationLog:
        """The history file, opened for reading on the GUI thread."""
        if self._history is None:
            from app.core.chat.conversation_log import ConversationLog

            self._history = ConversationLog(self.history_path())
        return self._history

    def _open_outbox(self, server: str) -> None:
        """This server's outbox file, locked so two windows never share one identity."""
        from app.core.chat.outbox import Outbox

        folder = data_folder() / "chat" / "outbox"
        folder.mkdir(parents=True, exist_ok=True)
        base = file_key(server)
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
                self._outbox_name = name
                return
        raise RuntimeError(self.tr("Too many SocketLab windows are connected to this server."))

    def _release_outbox(self) -> None:
        if self._outbox is not None:
            self._outbox.close()
            self._outbox = None
        if self._outbox_lock is not None:
            self._outbox_lock.unlock()
            self._outbox_lock = None

    # ------------------------------------------------------------ the end
    def shutdown(self) -> None:
        """Stop the engines and close the files (the window is closing)."""
        self._waiting_start = self._start_token = None
        if self._server_worker is not None:  # first, as in stop_hosting(): nobody "quit"
            self._server_worker.stop()
        self.stop_client()
        if self._server_worker is not None:
            self._server_ended()
        if self._recorder is not None:
            self._recorder.wait(5.0)  # what was received reaches the history file
        if self._history is not None:
            self._history.close()
            self._history = None
        self._restore_thread_switches()
