"""A loopback TCP proxy whose connections a test can cut, to break links mid-send."""

from __future__ import annotations

import contextlib
import selectors
import socket
import struct

from app.core.engine import Engine


class CuttableProxy(Engine):
    """Forwards 127.0.0.1:listen_port to 127.0.0.1:target_port; `cut()` resets every link."""

    name = "test proxy"

    def __init__(self, target_port: int) -> None:
        super().__init__()
        self.target_port = target_port
        self.port = 0
        self._listener: socket.socket | None = None
        self._pairs: dict[socket.socket, socket.socket] = {}
        self._outgoing: dict[socket.socket, bytearray] = {}
        self.cuts = 0

    def cut(self) -> None:
        """Reset every proxied connection (from any thread), as a pulled cable would."""
        self.call_soon_threadsafe(self._cut)

    def on_start(self) -> None:
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(16)
        self._listener.setblocking(False)
        self.port = self._listener.getsockname()[1]
        self.add_reader(self._listener, self._accept)

    def on_stop(self) -> None:
        self._cut()
        if self._listener is not None:
            self.remove(self._listener)
            self._listener.close()

    def _accept(self, _mask: int) -> None:
        assert self._listener is not None
        client, _ = self._listener.accept()
        upstream = socket.socket()
        try:
            upstream.connect(("127.0.0.1", self.target_port))
        except OSError:
            upstream.close()
            self._reset(client)
            return
        for sock in (client, upstream):
            sock.setblocking(False)
            self._outgoing[sock] = bytearray()
        self._pairs[client], self._pairs[upstream] = upstream, client
        for sock in (client, upstream):
            self.add_reader(sock, lambda mask, s=sock: self._pump(s, mask))

    def _pump(self, sock: socket.socket, mask: int) -> None:
        peer = self._pairs.get(sock)
        if peer is None:
            return
        if mask & selectors.EVENT_WRITE:
            self._send_pending(sock)
        if mask & selectors.EVENT_READ:
            try:
                data = sock.recv(65536)
            except OSError:
                data = b""
            if not data:
                self._close_pair(sock)
                return
            self._outgoing[peer] += data
            self._send_pending(peer)

    def _send_pending(self, sock: socket.socket) -> None:
        buffer = self._outgoing.get(sock)
        if buffer is None:
            return
        try:
            sent = sock.send(buffer)
            del buffer[:sent]
        except BlockingIOError:
            pass
        except OSError:  # reset by the other side (a cut in flight): drop the pair
            self._close_pair(sock)
            return
        events = selectors.EVENT_READ | (selectors.EVENT_WRITE if buffer else 0)
        self.set_interest(sock, events, lambda mask, s=sock: self._pump(s, mask))

    def _close_pair(self, sock: socket.socket) -> None:
        peer = self._pairs.pop(sock, None)
        for each in (sock, peer):
            if each is not None:
                self._pairs.pop(each, None)
                self._outgoing.pop(each, None)
                self._reset(each)

    def _reset(self, sock: socket.socket) -> None:
        self.remove(sock)
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()

    def _cut(self) -> None:
        if self._pairs:
            self.cuts += 1
        for sock in list(self._pairs):
            self._close_pair(sock)
