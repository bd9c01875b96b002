"""The socket trace: each socket call as it happens, in the words of the socket notes.

Under a flood an engine may make 100,000 recv() calls a second; the trace keeps the
first `per_second` calls of each second and then reports how many it skipped, so a
learner sees the calls at demo speed and the window stays fast at flood speed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from app.core.errors import ErrorContext, describe_os_error
from app.core.events import Event, TraceEvent


def format_address(address: object) -> str:
    """`('0.0.0.0', 5555)` -> `0.0.0.0:5555`, `('::1', 80, 0, 0)` -> `[::1]:80`."""
    if isinstance(address, tuple) and len(address) >= 2:
        host, port = address[0], address[1]
        return f"[{host}]:{port}" if ":" in str(host) else f"{host}:{port}"
    return str(address)


def format_sockaddr_arg(address: object) -> str:
    """How Python code writes the address argument: `('0.0.0.0', 5555)`."""
    if isinstance(address, tuple) and len(address) >= 2:
        return f"({address[0]!r}, {address[1]})"
    return repr(address)


class SocketTrace:
    """Formats socket calls into TraceEvents and rate-limits them per second."""

    def __init__(self, emit: Callable[[Event], None], per_second: int = 200) -> None:
        self._emit = emit
        self.per_second = per_second
        self.enabled = True
        self._window_start = 0.0
        self._count_in_window = 0
        self._skipped = 0

    def _admit(self) -> bool:
        now = time.monotonic()
        if now - self._window_start >= 1.0:
            if self._skipped:
                skipped, self._skipped = self._skipped, 0
                self._emit(
                    TraceEvent(f"... {skipped:,} more socket calls not shown (trace is throttled)")
                )
            self._window_start = now
            self._count_in_window = 0
        if self._count_in_window >= self.per_second:
            self._skipped += 1
            return False
        self._count_in_window += 1
        return True

    def call(self, call: str, result: str = "") -> None:
        """Record a call that succeeded."""
        if self.enabled and self._admit():
            self._emit(TraceEvent(call, result))

    def failed(self, call: str, exc: BaseException, context: ErrorContext | None = None) -> str:
        """Record a call that failed; failures are never throttled. Returns the message."""
        message = describe_os_error(exc, context)
        if self.enabled:
            code = type(exc).__name__
            if isinstance(exc, OSError) and exc.errno is not None:
                import errno as errno_module

                code = errno_module.errorcode.get(exc.errno, code)
            self._emit(TraceEvent(call, code, message))
        return message

    def recv_result(self, data: bytes, call: str = "recv()") -> None:
        """`recv() -> 42 bytes`, or `recv() -> b'' (peer closed)` for an orderly close."""
        if data:
            self.call(call, f"{len(data):,} bytes")
        else:
            self.call(call, "b'' (peer closed the connection)")
