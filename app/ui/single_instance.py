"""A second start asks the first SocketLab window to show itself.

The first process holds the instance lock (app/instance_lock.py) and, once its window
has painted, listens on a QLocalServer named after the lock's key (QtNetwork's import is
kept off the start-up path). A later process that cannot take the lock connects, sends
one JSON line, `{"action": "show", "env": {...}}`, waits for `ok`, and exits.
`--new-instance` skips the asking and opens a window anyway; a window that found the
lock held by another is a second window, and leaves the remembered per-window fields
(app/ui/settings.py `owns_window_state`) to the first.
"""

from __future__ import annotations

import json
import logging
import os
import time

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.core.safejson import loads_object
from app.instance_lock import InstanceLock

log = logging.getLogger("socketlab.instance")

SHOW_ACTION = "show"
REPLY = b"ok\n"
#: Longest request line read; ours is about 100 bytes. Longer ones are dropped.
MAX_REQUEST = 4096
#: Deepest nesting a request may have; ours is two levels deep.
MAX_REQUEST_DEPTH = 4
#: Variables a launcher sets so the window it started may take the focus (Wayland's
#: activation token, X11's startup id); forwarded to the window that must take it.
ACTIVATION_VARIABLES = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")


class InstanceServer(QObject):
    """Answers show requests from later starts, for the process holding the lock.

    Signals:
        activation_requested(dict): a later start asked us to show our window; the dict
            holds the activation variables it forwarded.
    """

    activation_requested = Signal(dict)

    def __init__(self, lock: InstanceLock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self._server: QLocalServer | None = None
        self._clients: list[QLocalSocket] = []

    @property
    def listening(self) -> bool:
        """True while show requests are answered."""
        return self._server is not None and self._server.isListening()

    @Slot()
    def listen(self) -> bool:
        """Start answering; False if we do not hold the lock or the server cannot start."""
        if not self.lock.held:
            return False
        if self._server is not None:
            return True
        # We hold the lock, so a socket file left at this name belongs to a dead process.
        QLocalServer.removeServer(self.lock.server_name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.lock.server_name):
            log.warning("cannot listen on %s: %s", self.lock.server_name, server.errorString())
            server.deleteLater()
            return False
        server.newConnection.connect(self._on_new_connection)
        self._server = server
        log.debug("answering show requests on %s", self.lock.server_name)
        return True

    @Slot()
    def _on_new_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            client = self._server.nextPendingConnection()
            self._clients.append(client)
            client.readyRead.connect(self._on_client_ready_read)
            client.disconnected.connect(self._on_client_disconnected)

    @Slot()
    def _on_client_ready_read(self) -> None:
        client = self.sender()
        if not isinstance(client, QLocalSocket):
            return
        if not client.canReadLine():
            if client.bytesAvailable() > MAX_REQUEST:
                client.abort()
            return
        line = bytes(client.readLine(MAX_REQUEST + 1).data())
        # Anyone running as this user can connect: decode with limits (no NaN, no deep
        # nesting, at most MAX_REQUEST bytes, cut lines included, which fail to parse).
        request = None
        if len(line) <= MAX_REQUEST and line.endswith(b"\n"):
            text = line.decode("utf-8", "replace")
            request = loads_object(text, max_depth=MAX_REQUEST_DEPTH)
        if request is None or request.get("action") != SHOW_ACTION:
            log.warning("ignored a malformed request on %s", self.lock.server_name)
            client.abort()
            return
        client.write(REPLY)
        client.flush()
        env = request.get("env")
        forwarded = {
            name: value
            for name, value in (env.items() if isinstance(env, dict) else ())
            if name in ACTIVATION_VARIABLES and isinstance(value, str)
        }
        log.info("another start of SocketLab asked this window to show itself")
        self.activation_requested.emit(forwarded)

    @Slot()
    def _on_client_disconnected(self) -> None:
        client = self.sender()
        if client in self._clients:
            self._clients.remove(client)
            client.deleteLater()

    @Slot()
    def close(self) -> None:
        """Stop answering and give the lock back."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        for client in self._clients:
            client.abort()
            client.deleteLater()
        self._clients.clear()
        self.lock.release()


def show_request() -> bytes:
    """The line a later start sends: the show action and the launcher's activation token."""
    env = {name: os.environ[name] for name in ACTIVATION_VARIABLES if name in os.environ}
    return (json.dumps({"action": SHOW_ACTION, "env": env}) + "\n").encode("utf-8")


def ask_running_instance_to_show(server_name: str, timeout_s: float = 5.0) -> bool:
    """Ask the first instance to show its window; True once it answered `ok`.

    Blocking, for a process that has no window (nor event loop) yet. Retries while the
    first instance is still starting: it listens only after its first paint.
    """
    payload = show_request()
    deadline = time.monotonic() + timeout_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name)
        if socket.waitForConnected(500):
            socket.write(payload)
            socket.flush()
            answer = b""
            while REPLY not in answer and time.monotonic() < deadline:
                if socket.waitForReadyRead(200):
                    answer += bytes(socket.readAll().data())
                elif socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                    break
            socket.abort()
            if REPLY in answer:
                return True
        else:
            socket.abort()
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.05)  # not listening yet (or gone): retry shortly
