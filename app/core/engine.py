"""The engine base: one `selectors` loop on one thread, woken by a socket pair.

Every network job in SocketLab (chat server, chat client, UDP endpoint, port checker)
is an Engine. The loop thread owns all sockets. Other threads talk to it only through
`call_soon_threadsafe()` and `stop()`, which append to a deque and write one byte to
the wake-up socket, so the loop reacts at once: no polling timeouts, no thread per
connection, no `shutdown()` tricks to unblock a `recv()`.

Events are collected and handed to listeners in batches, at most `batch_interval`
apart (1/60 s by default), so a flood of events reaches a window as about 60 calls a
second, each with a list.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import selectors
import socket
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from app.core.events import ErrorEvent, Event, StateEvent
from app.core.trace import SocketTrace

log = logging.getLogger("socketlab.engine")

BatchListener = Callable[[list[Event]], None]
ReadyCallback = Callable[[int], None]  # receives the selectors event mask


class Timer:
    """A callback scheduled on the loop; `cancel()` it from the loop thread."""

    __slots__ = ("args", "callback", "cancelled", "when")

    def __init__(self, when: float, callback: Callable[..., None], args: tuple[Any, ...]) -> None:
        self.when = when
        self.callback = callback
        self.args = args
        self.cancelled = False

    def cancel(self) -> None:
        """Stop the timer from firing (loop thread only)."""
        self.cancelled = True


class EngineStopped(RuntimeError):
    """Raised when work is handed to an engine whose loop has finished."""


class Engine:
    """Base class for a Qt-free network engine running a selectors loop.

    Subclasses override `on_start()` (open sockets; an OSError there ends the run with
    an ErrorEvent) and `on_stop()` (close them), and use `add_reader()`,
    `call_later()`, `emit()` and `self.trace` from the loop thread.
    """

    #: Shown in state and error messages ("chat server", "UDP receiver").
    name = "engine"

    def __init__(self, *, batch_interval: float = 1 / 60) -> None:
        self.batch_interval = batch_interval
        self.trace = SocketTrace(self.emit)
        self._selector = selectors.DefaultSelector()
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._wake_reader.setblocking(False)
        self._wake_writer.setblocking(False)
        self._selector.register(self._wake_reader, selectors.EVENT_READ, self._drain_wake)
        self._calls: deque[tuple[Callable[..., None], tuple[Any, ...]]] = deque()
        self._timers: list[tuple[float, int, Timer]] = []
        self._timer_sequence = itertools.count()
        self._listeners: list[BatchListener] = []
        self._pending: list[Event] = []
        self._flush_timer: Timer | None = None
        self._last_flush = 0.0
        self._stopping = False
        self._running = False
        self._finished = False

    # ----------------------------------------------------------------- any thread
    def add_listener(self, listener: BatchListener) -> None:
        """Receive batches of events (called on the loop thread). Add before `run()`."""
        self._listeners.append(listener)

    def call_soon_threadsafe(self, callback: Callable[..., None], *args: Any) -> None:
        """Run `callback(*args)` on the loop thread as soon as possible; wakes the loop."""
        if self._finished:
            raise EngineStopped(f"The {self.name} has stopped.")
        self._calls.append((callback, args))
        self._wake()

    def stop(self) -> None:
        """Ask the loop to finish; safe from any thread and from a signal handler."""
        self._stopping = True
        if not self._finished:
            self._wake()

    @property
    def is_running(self) -> bool:
        """True between the start of `run()` and its end."""
        return self._running

    @property
    def stop_requested(self) -> bool:
        """True once `stop()` was called."""
        return self._stopping

    def _wake(self) -> None:
        with contextlib.suppress(BlockingIOError, OSError):
            self._wake_writer.send(b"\0")

    # ----------------------------------------------------------------- loop thread
    def emit(self, event: Event) -> None:
        """Queue an event for the next batch (loop thread only)."""
        self._pending.append(event)
        if self._flush_timer is None:
            delay = max(0.0, self._last_flush + self.batch_interval - time.monotonic())
            self._flush_timer = self.call_later(delay, self._flush)

    def error(self, message: str, *, field: str = "", fatal: bool = False) -> None:
        """Report an operational error in words."""
        self.emit(ErrorEvent(message, field=field, fatal=fatal))

    def call_later(self, delay: float, callback: Callable[..., None], *args: Any) -> Timer:
        """Run `callback(*args)` after `delay` seconds (loop thread only)."""
        timer = Timer(time.monotonic() + max(0.0, delay), callback, args)
        heapq.heappush(self._timers, (timer.when, next(self._timer_sequence), timer))
        return timer

    def add_reader(self, sock: socket.socket, callback: ReadyCallback) -> None:
        """Call `callback(mask)` whenever `sock` is readable."""
        self._selector.register(sock, selectors.EVENT_READ, callback)

    def set_interest(self, sock: socket.socket, events: int, callback: ReadyCallback) -> None:
        """Watch `sock` for `events` (EVENT_READ | EVENT_WRITE), registering it if needed."""
        try:
            key = self._selector.get_key(sock)
        except KeyError:
            self._selector.register(sock, events, callback)
            return
        if key.events != events or key.data is not callback:
            self._selector.modify(sock, events, callback)

    def remove(self, sock: socket.socket) -> None:
        """Stop watching `sock` (it is not closed)."""
        with contextlib.suppress(KeyError, ValueError):
            self._selector.unregister(sock)

    def on_start(self) -> None:
        """Open sockets and register them. Override in subclasses."""

    def on_stop(self) -> None:
        """Close sockets. Override in subclasses; runs however the loop ended."""

    def run(self) -> None:
        """Run the loop on the calling thread until `stop()`; the worker's thread calls this.

        An OSError from `on_start()` becomes a fatal ErrorEvent (say, port in use) and
        the run ends normally; any other exception propagates after cleanup, so the
        caller can report it.
        """
        if self._finished:
            raise EngineStopped(f"The {self.name} has already run; make a new one.")
        self._running = True
        try:
            self.emit(StateEvent("starting"))
            try:
                self.on_start()
            except OSError as exc:
                log.info("%s failed to start: %s", self.name, exc)
                if not getattr(exc, "socketlab_reported", False):
                    self.error(self.trace.failed(f"{self.name} start", exc), fatal=True)
                return
            if not self._stopping:
                self.emit(StateEvent("running"))
            self._loop()
        finally:
            try:
                self.on_stop()
            finally:
                self._finished = True
                self._running = False
                self._pending.append(StateEvent("stopped"))
                self._flush()
                self._selector.close()
                self._wake_reader.close()
                self._wake_writer.close()

    def _loop(self) -> None:
        select = self._selector.select
        while not self._stopping:
            for key, mask in select(self._next_timeout()):
                if self._stopping:
                    break
                key.data(mask)
            self._run_calls()
            self._run_timers()

    def _next_timeout(self) -> float | None:
        if self._calls:
            return 0.0
        while self._timers and self._timers[0][2].cancelled:
            heapq.heappop(self._timers)
        if not self._timers:
            return None
        return max(0.0, self._timers[0][0] - time.monotonic())

    def _run_calls(self) -> None:
        # Only the calls queued so far: a callback that queues another must not starve
        # the selector or a pending stop().
        for _ in range(len(self._calls)):
            if self._stopping:
                return
            callback, args = self._calls.popleft()
            callback(*args)

    def _run_timers(self) -> None:
        now = time.monotonic()
        while self._timers and self._timers[0][0] <= now and not self._stopping:
            _, _, timer = heapq.heappop(self._timers)
            if not timer.cancelled:
                timer.callback(*timer.args)

    def _drain_wake(self, _mask: int) -> None:
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while self._wake_reader.recv(4096):
                pass

    def _flush(self) -> None:
        self._flush_timer = None
        self._last_flush = time.monotonic()
        if not self._pending:
            return
        batch, self._pending = self._pending, []
        for listener in self._listeners:
            listener(batch)
