"""The socket trace: each socket call as it happens, in the words of the socket notes.

Under a flood an engine may make 100,000 recv() calls a second; the trace keeps the
first `per_second` calls of each second and then reports how many it skipped, so a
learner sees the calls at demo speed and the window stays fast at flood speed.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from app.core.errors import ErrorContext, describe_os_error
from app.core.events import Event, TraceEvent, monotonic_stamp
from app.core.messages import N_, Message

# Results the pane shows in the reader's language (the call names stay as in Python).
BYTES = N_("trace", "{count:,} bytes")
PEER_CLOSED = N_("trace", "b'' (peer closed the connection)")
THROTTLED = N_("trace", "... {count:,} more socket calls not shown (trace is throttled)")
OK = Message(N_("trace", "ok"))
CONNECT_IN_PROGRESS = N_("trace", "in progress (the handshake has started)")


def byte_count(count: int) -> Message:
    """`1,234 bytes`, translatable (the number is written in the reader's locale)."""
    return Message(BYTES, count=count)


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

    def __init__(
        self,
        emit: Callable[[Event], None],
        per_second: int = 200,
        *,
        role: str = "",
        kind: str = "",
    ) -> None:
        self._emit = emit
        self.role = role  # "client", "server", "sender", "receiver", "discovery"
        self.kind = kind  # what every line of this trace is ("discovery"), unless told
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
                self._emit(TraceEvent(Message(THROTTLED, count=skipped), role=self.role))
            self._window_start = now
            self._count_in_window = 0
        if self._count_in_window >= self.per_second:
            self._skipped += 1
            return False
        self._count_in_window += 1
        return True

    @staticmethod
    def now() -> float:
        """The shared clock: take it before a call that acts on the peer (send, connect,
        close) and pass it as `at`, so the call sorts before what the peer sees of it."""
        return monotonic_stamp()

    def call(
        self,
        call: str,
        result: str = "",
        *,
        at: float | None = None,
        kind: str = "",
        always: bool = False,
    ) -> None:
        """Record a call that succeeded; stamped now (as it returned) unless `at` is given.

        `always`: never throttled away (a close(), which explains how a connection ended).
        """
        if self.enabled and (always or self._admit()):
            stamp = monotonic_stamp() if at is None else at
            self._emit(
                TraceEvent(call, result, stamp=stamp, role=self.role, kind=kind or self.kind)
            )

    def finish(self) -> None:
        """The engine stops: say how many calls the throttle skipped since the last report."""
        if self._skipped and self.enabled:
            skipped, self._skipped = self._skipped, 0
            self._emit(TraceEvent(Message(THROTTLED, count=skipped), role=self.role))

    def sent(self, call: str, count: int, *, at: float, kind: str = "") -> None:
        """`send() -> 266 bytes`, stamped `at` (taken before the send); the result is
        built only when the line is shown, so a flood of sends costs little."""
        if self.enabled and self._admit():
            self._emit(
                TraceEvent(
                    call, byte_count(count), stamp=at, role=self.role, kind=kind or self.kind
                )
            )

    def failed(
        self,
        call: str,
        exc: BaseException,
        context: ErrorContext | None = None,
        *,
        at: float | None = None,
    ) -> str:
        """Record a call that failed; failures are never throttled. Returns the message.

        The result is the errno's name (`ECONNREFUSED`) where there is one."""
        message = describe_os_error(exc, context)
        if self.enabled:
            code = type(exc).__name__
            if isinstance(exc, OSError) and exc.errno is not None:
                import errno as errno_module

                code = errno_module.errorcode.get(exc.errno, code)
            stamp = monotonic_stamp() if at is None else at
            self._emit(TraceEvent(call, code, message, stamp=stamp, role=self.role, kind=self.kind))
        return message

    def recv_result(
        self, data: bytes, call: str = "recv()", *, at: float | None = None, kind: str = ""
    ) -> None:
        """`recv() -> 42 bytes`, or `recv() -> b''` for an orderly close, which is never
        throttled away (it is the line that explains why a connection ended)."""
        if data:
            self.call(call, byte_count(len(data)), at=at, kind=kind)
        elif self.enabled:
            stamp = monotonic_stamp() if at is None else at
            self._emit(
                TraceEvent(call, Message(PEER_CLOSED), stamp=stamp, role=self.role, kind=self.kind)
            )
