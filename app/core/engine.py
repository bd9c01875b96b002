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
import threading
import time
import weakref
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
    # Which side its trace lines are marked with in the Events pane ("" for none).
    trace_role = ""

    def __init__(self, *, batch_interval: float = 1 / 60) -> None:
        self.batch_interval = batch_interval
        self.trace = SocketTrace(self.emit, role=self.trace_role)
        self.__selector = selectors.DefaultSelector()
        self.__wake_reader, self.__wake_writer = socket.socketpair()
        self.__wake_reader.setblocking(False)
        self.__wake_writer.setblocking(False)
        self.__selector.register(self.__wake_reader, selectors.EVENT_READ, self.__drain_wake)
        # An engine that is dropped without ever running still gives its socket pair and
        # selector back (run() closes them itself; closing twice is harmless).
        weakref.finalize(
            self, _close_quietly, self.__selector, self.__wake_reader, self.__wake_writer
        )
        self.__interests: dict[int, tuple[int, ReadyCallback]] = {}
        self.__call_queue: deque[tuple[Callable[..., None], tuple[Any, ...]]] = deque()
        self.__timer_heap: list[tuple[float, int, Timer]] = []
        self.__timer_sequence = itertools.count()
        self.__listeners: list[BatchListener] = []
        self.__pending: list[Event] = []
        self.__flush_timer: Timer | None = None
        self.__last_flush = 0.0
        self.__stopping = False
        self.__running = False
        self.__finished = False

    # ----------------------------------------------------------------- any thread
    def add_listener(self, listener: BatchListener) -> None:
        """Receive batches of events (called on the loop thread). Add before `run()`."""
        self.__listeners.append(listener)

    def call_soon_threadsafe(self, callback: Callable[..., None], *args: Any) -> None:
        """Run `callback(*args)` on the loop thread as soon as possible; wakes the loop."""
        if self.__finished:
            raise EngineStopped(f"The {self.name} has stopped.")
        self.__call_queue.append((callback, args))
        self.__wake()

    def stop(self) -> None:
        """Ask the loop to finish; safe from any thread and from a signal handler."""
        self.__stopping = True
        if not self.__finished:
            self.__wake()

    @property
    def is_running(self) -> bool:
        """True between the start of `run()` and its end."""
        return self.__running

    @property
    def stop_requested(self) -> bool:
        """True once `stop()` was called."""
        return self.__stopping

    @property
    def has_finished(self) -> bool:
        """True once `run()` has ended: every call into the engine raises EngineStopped."""
        return self.__finished

    def signal_wakeup_fd(self) -> int:
        """A descriptor for `signal.set_wakeup_fd()`: a signal then wakes the loop's
        select() whichever thread the OS delivered it to. Without it, a SIGTERM that
        lands on another thread (a console reader) leaves select() asleep, and the
        Python handler that would stop the engine never runs."""
        return self.__wake_writer.fileno()

    def __wake(self) -> None:
        with contextlib.suppress(BlockingIOError, OSError):
            self.__wake_writer.send(b"\0")

    # ----------------------------------------------------------------- loop thread
    def emit(self, event: Event) -> None:
        """Queue an event for the next batch (loop thread only)."""
        self.__pending.append(event)
        if self.__flush_timer is None:
            delay = max(0.0, self.__last_flush + self.batch_interval - time.monotonic())
            self.__flush_timer = self.call_later(delay, self.__flush)

    def emit_many(self, events: list[Event]) -> None:
        """Queue several events at once (loop thread only)."""
        if events:
            self.__pending.extend(events[:-1])
            self.emit(events[-1])

    def error(self, message: str, *, field: str = "", fatal: bool = False) -> None:
        """Report an operational error in words."""
        self.emit(ErrorEvent(message, field=field, fatal=fatal))

    def call_soon(self, callback: Callable[..., None], *args: Any) -> None:
        """Run `callback(*args)` at the end of this loop turn (loop thread only).

        Engines use it to do work once per turn, such as writing every client's
        queued bytes with one send() each instead of one per line.
        """
        self.__call_queue.append((callback, args))

    def run_blocking(
        self,
        function: Callable[[], Any],
        on_done: Callable[[Any, BaseException | None], None],
        *,
        name: str = "helper",
    ) -> threading.Thread:
        """Run a blocking call (getaddrinfo, a subprocess) on a helper thread.

        `on_done(result, exception)` then runs on the loop thread. If the engine has
        stopped by then, the result is dropped. Returns the (daemon) helper thread.
        """

        def work() -> None:
            try:
                result, failure = function(), None
            except Exception as exc:  # handed to on_done, which reports it in words
                result, failure = None, exc
            with contextlib.suppress(EngineStopped):
                self.call_soon_threadsafe(on_done, result, failure)

        thread = threading.Thread(target=work, name=f"{self.name}: {name}", daemon=True)
        thread.start()
        return thread

    def call_later(self, delay: float, callback: Callable[..., None], *args: Any) -> Timer:
        """Run `callback(*args)` after `delay` seconds (loop thread only)."""
        timer = Timer(time.monotonic() + max(0.0, delay), callback, args)
        heapq.heappush(self.__timer_heap, (timer.when, next(self.__timer_sequence), timer))
        return timer

    def add_reader(self, sock: socket.socket, callback: ReadyCallback) -> None:
        """Call `callback(mask)` whenever `sock` is readable."""
        self.set_interest(sock, selectors.EVENT_READ, callback)

    def set_interest(self, sock: socket.socket, events: int, callback: ReadyCallback) -> None:
        """Watch `sock` for `events` (EVENT_READ | EVENT_WRITE), registering it if needed."""
        # Our own map of what is registered: asking the selector about a socket it does
        # not know raises a KeyError whose message formats repr(socket), which costs
        # about a third of a port check's time per port.
        fd = sock.fileno()
        current = self.__interests.get(fd)
        if current is None:
            self.__selector.register(sock, events, callback)
        elif current[0] != events or current[1] is not callback:
            self.__selector.modify(sock, events, callback)
        else:
            return
        self.__interests[fd] = (events, callback)

    def remove(self, sock: socket.socket) -> None:
        """Stop watching `sock` (it is not closed). Call it before closing a socket."""
        fd = sock.fileno()
        if fd < 0:  # already closed: find it by object
            for known_fd, key in list(self.__selector.get_map().items()):
                if key.fileobj is sock:
                    fd = known_fd
                    break
            else:
                return
        if self.__interests.pop(fd, None) is not None:
            with contextlib.suppress(KeyError, ValueError):
                self.__selector.unregister(fd)

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
        if self.__finished:
            raise EngineStopped(f"The {self.name} has already run; make a new one.")
        self.__running = True
        try:
            self.emit(StateEvent("starting"))
            try:
                self.on_start()
            except OSError as exc:
                log.info("%s failed to start: %s", self.name, exc)
                if not getattr(exc, "socketlab_reported", False):
                    self.error(self.trace.failed(f"{self.name} start", exc), fatal=True)
                return
            if not self.__stopping:
                self.emit(StateEvent("running"))
            self.__loop()
        finally:
            try:
                self.on_stop()
            finally:
                self.__finished = True
                self.__running = False
                self.trace.finish()
                self.__pending.append(StateEvent("stopped"))
                self.__flush()
                self.__selector.close()
                self.__wake_reader.close()
                self.__wake_writer.close()

    def __loop(self) -> None:
        select = self.__selector.select
        while not self.__stopping:
            for key, mask in select(self.__next_timeout()):
                if self.__stopping:
                    break
                key.data(mask)
            self.__run_calls()
            self.__run_timers()

    def __next_timeout(self) -> float | None:
        if self.__call_queue:
            return 0.0
        while self.__timer_heap and self.__timer_heap[0][2].cancelled:
            heapq.heappop(self.__timer_heap)
        if not self.__timer_heap:
            return None
        return max(0.0, self.__timer_heap[0][0] - time.monotonic())

    def __run_calls(self) -> None:
        # Only the calls queued so far: a callback that queues another must not starve
        # the selector or a pending stop().
        for _ in range(len(self.__call_queue)):
            if self.__stopping:
                return
            callback, args = self.__call_queue.popleft()
            callback(*args)

    def __run_timers(self) -> None:
        now = time.monotonic()
        while self.__timer_heap and self.__timer_heap[0][0] <= now and not self.__stopping:
            _, _, timer = heapq.heappop(self.__timer_heap)
            if not timer.cancelled:
                timer.callback(*timer.args)

    def __drain_wake(self, _mask: int) -> None:
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while self.__wake_reader.recv(4096):
                pass

    def __flush(self) -> None:
        self.__flush_timer = None
        self.__last_flush = time.monotonic()
        if not self.__pending:
            return
        batch, self.__pending = self.__pending, []
        for listener in self.__listeners:
            listener(batch)


def _close_quietly(*closables: Any) -> None:
    """Close each of `closables` (sockets, a selector), ignoring what is closed already."""
    for closable in closables:
        with contextlib.suppress(OSError, RuntimeError):
            closable.close()
