"""Small engines used to test the engine/worker mechanism itself."""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass

from app.core.engine import Engine
from app.core.errors import ErrorContext
from app.core.events import Event


@dataclass(frozen=True, slots=True)
class Numbered(Event):
    """A test event carrying a sequence number."""

    number: int


class FloodEngine(Engine):
    """Emits `total` numbered events, `chunk` per loop turn; or forever when total is None."""

    name = "flood engine"

    def __init__(self, total: int | None, chunk: int = 1000) -> None:
        super().__init__()
        self.total = total
        self.chunk = chunk
        self.sent = 0

    def begin(self) -> None:
        """Thread-safe: start flooding."""
        self.call_soon_threadsafe(self._more)

    def _more(self) -> None:
        end = (
            self.sent + self.chunk
            if self.total is None
            else min(self.total, self.sent + self.chunk)
        )
        for number in range(self.sent, end):
            self.emit(Numbered(number))
        self.sent = end
        if self.total is None or self.sent < self.total:
            self.call_soon_threadsafe(self._more)


class EchoServerEngine(Engine):
    """A tiny TCP echo server on loopback, with the socket trace; proves the mechanism."""

    name = "echo server"

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__()
        self.host, self.port = host, port
        self.listener: socket.socket | None = None
        self.bound_port = 0

    def on_start(self) -> None:
        self.listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.trace.call("socket(AF_INET, SOCK_STREAM)", "ok")
        try:
            self.listener.bind((self.host, self.port))
        except OSError as exc:
            ctx = ErrorContext("bind", self.host, self.port)
            self.error(
                self.trace.failed(f"bind({(self.host, self.port)!r})", exc, ctx),
                field="port",
                fatal=True,
            )
            exc.socketlab_reported = True  # type: ignore[attr-defined]
            raise
        self.bound_port = self.listener.getsockname()[1]
        self.trace.call(f"bind({(self.host, self.port)!r})", "ok")
        self.listener.listen(16)
        self.trace.call("listen(16)", "ok")
        self.listener.setblocking(False)
        self.add_reader(self.listener, self._accept)

    def _accept(self, _mask: int) -> None:
        assert self.listener is not None
        conn, address = self.listener.accept()
        self.trace.call("accept()", f"{address[0]}:{address[1]}")
        conn.setblocking(False)
        self.add_reader(conn, lambda mask, c=conn: self._echo(c))

    def _echo(self, conn: socket.socket) -> None:
        data = conn.recv(65536)
        self.trace.recv_result(data)
        if not data:
            self.remove(conn)
            conn.close()
            self.trace.call("close()")
            return
        conn.sendall(data)

    def on_stop(self) -> None:
        if self.listener is not None:
            self.remove(self.listener)
            self.listener.close()
            self.trace.call("close()")


class CrashingEngine(Engine):
    """Raises a programming error inside the loop, to test crash reporting."""

    name = "crashing engine"

    def on_start(self) -> None:
        self.call_later(0, self._boom)

    def _boom(self) -> None:
        raise ZeroDivisionError("division by zero in the test engine")


def lingering(engine_class: type[Engine]) -> type[Engine]:
    """A subclass of `engine_class` whose thread outlives its loop until `release` is set.

    Between an engine's loop ending (stopped, or crashed) and its worker's thread
    finishing, a window still sees the worker running while every call into the
    engine raises EngineStopped. That moment is microseconds long; this widens it.
    """

    class Lingering(engine_class):  # type: ignore[misc, valid-type]
        release = threading.Event()

        def run(self) -> None:
            try:
                super().run()
            finally:
                type(self).release.wait(10)

    Lingering.__name__ = f"Lingering{engine_class.__name__}"
    return Lingering
