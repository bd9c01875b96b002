"""Run a blocking call (getaddrinfo, a subprocess, psutil) beside an engine's loop.

A selectors loop must never block, or `stop()` would have to wait for the call. The
call runs on a daemon helper thread and its outcome is posted back to the loop with
`call_soon_threadsafe`; if the engine stopped in the meantime the outcome is dropped,
which is how a lookup that hangs for 30 s is "stopped" at once.
"""

from __future__ import annotations

import errno
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.core.engine import Engine, Timer
from app.core.errors import ErrorContext, describe_os_error
from app.core.events import Event, TraceEvent
from app.core.messages import N_, Message
from app.core.trace import OK

# Trace results, in the reader's language (the calls themselves stay as Python writes them).
ANSWER_IN = N_("trace", "{summary} in {ms:.1f} ms")
ABANDONED = N_("trace", "no answer after {seconds:g} s (abandoned)")


def error_code(exc: BaseException) -> str:
    """`ECONNREFUSED`, `EAI_NONAME`, or the exception's class name."""
    if isinstance(exc, socket.gaierror):
        for name in dir(socket):
            if name.startswith("EAI_") and getattr(socket, name) == exc.errno:
                return name
    elif isinstance(exc, OSError) and not isinstance(exc, socket.herror) and exc.errno:
        return errno.errorcode.get(exc.errno, type(exc).__name__)
    return type(exc).__name__


def run_blocking(
    engine: Engine,
    call: Callable[..., Any],
    *args: Any,
    on_result: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    name: str = "blocking call",
) -> threading.Thread:
    """Run `call(*args)` on a helper thread; deliver its result or exception on the loop.

    A two-callback face on `Engine.run_blocking`, which the diagnostics engines share.
    """

    def done(result: Any, failure: BaseException | None) -> None:
        if failure is not None:
            on_error(failure)
        else:
            on_result(result)

    return engine.run_blocking(lambda: call(*args), done, name=name)


@dataclass(frozen=True, slots=True)
class CallResult(Event):
    """What a OneShotEngine's call returned, and how long it took."""

    value: Any
    elapsed_ms: float


class OneShotEngine(Engine):
    """Runs one blocking call off the loop, with an optional time limit, then stops.

    Emits a `CallResult`, or an ErrorEvent with a readable message (the exception is
    turned into words by `describe_error`, by default `describe_os_error` with
    `error_context`). A timeout emits `timeout_message`. Messages are `Message`s where
    core wrote them, so the window can translate them.
    """

    def __init__(
        self,
        name: str,
        call: Callable[[], Any],
        *,
        timeout: float | None = None,
        trace_call: str = "",
        summarise: Callable[[Any], str] | None = None,
        error_context: ErrorContext | None = None,
        describe_error: Callable[[BaseException], str] | None = None,
        timeout_message: str = "",
        error_field: str = "",
    ) -> None:
        super().__init__()
        self.name = name
        self._call = call
        self._timeout = timeout
        self._trace_call = trace_call
        self._summarise = summarise
        self._error_context = error_context
        self._describe_error = describe_error or (lambda exc: describe_os_error(exc, error_context))
        self._timeout_message = timeout_message or Message(
            N_("diagnostics", "The {name} did not finish in {seconds} s."),
            name=name,
            seconds=timeout,
        )
        self._error_field = error_field
        self._began = 0.0
        self._deadline: Timer | None = None
        self.outcome: CallResult | str | None = None

    def on_start(self) -> None:
        self._began = time.perf_counter()
        if self._timeout is not None:
            self._deadline = self.call_later(self._timeout, self._on_timeout)
        run_blocking(
            self,
            self._call,
            on_result=self._on_result,
            on_error=self._on_error,
            name=self.name,
        )

    def _elapsed_ms(self) -> float:
        return (time.perf_counter() - self._began) * 1000

    def _finish(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self.stop()

    def _on_result(self, value: Any) -> None:
        if self.outcome is not None:
            return
        result = CallResult(value, self._elapsed_ms())
        self.outcome = result
        if self._trace_call:
            summary = self._summarise(value) if self._summarise else OK
            self.trace.call(
                self._trace_call, Message(ANSWER_IN, summary=summary, ms=result.elapsed_ms)
            )
        self.emit(result)
        self._finish()

    def _on_error(self, exc: BaseException) -> None:
        if self.outcome is not None:
            return
        message = self._describe_error(exc)
        self.outcome = message
        if self._trace_call and self.trace.enabled:
            self.emit(TraceEvent(self._trace_call, error_code(exc), message))
        self.error(message, field=self._error_field, fatal=True)
        self._finish()

    def _on_timeout(self) -> None:
        if self.outcome is not None:
            return
        self.outcome = self._timeout_message
        if self._trace_call:
            self.trace.call(self._trace_call, Message(ABANDONED, seconds=self._timeout))
        self.error(self._timeout_message, field=self._error_field, fatal=True)
        self.stop()
