"""Event types that every engine emits; engine-specific events subclass `Event`."""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Event:
    """Something an engine reports to whoever watches it (the window or the command line)."""


def monotonic_stamp() -> float:
    """The one clock every engine stamps its events with (seconds, never goes back).

    All engines of a process share it, so events from a server thread and a client
    thread sort into the order they happened, whichever batch reaches the window first.
    """
    return time.monotonic()


# Wall-clock time at monotonic zero, taken once: shown times follow the stamps' order
# (a wall clock adjusted by NTP mid-run would make them go backwards).
_WALL_AT_ZERO = time.time() - time.monotonic()


def wall_time(stamp: float) -> float:
    """The wall-clock time (seconds since the epoch) of a monotonic stamp."""
    return _WALL_AT_ZERO + stamp


@dataclass(frozen=True, slots=True)
class TraceEvent(Event):
    """One socket call as it happened: `bind(('0.0.0.0', 5555))` -> `ok`, or its error.

    `stamp` is the shared monotonic clock: a call that acts on the peer (connect, send,
    close) is stamped as it starts, one that observes (accept, recv) as it returns, so a
    cause is never stamped after its effect. `role` says which side made it ("client",
    "server", "sender", "receiver", "discovery"); `kind` sorts out what the pane hides
    by default ("keepalive", "discovery"; "" for an ordinary call).
    """

    call: str
    result: str = ""
    error: str = ""  # the readable meaning when the call failed
    stamp: float = dataclasses.field(
        default_factory=monotonic_stamp, compare=False, repr=False, kw_only=True
    )
    role: str = field(default="", kw_only=True)
    kind: str = field(default="", kw_only=True)

    @property
    def time(self) -> float:
        """Wall-clock seconds since the epoch, for display."""
        return wall_time(self.stamp)

    def __str__(self) -> str:
        outcome = f"failed: {self.error}" if self.error else self.result
        return f"{self.call} -> {outcome}" if outcome else self.call


@dataclass(frozen=True, slots=True)
class ErrorEvent(Event):
    """An operational error in words (port in use, connection refused...)."""

    message: str
    field: str = ""  # which input caused it ("port", "host", "payload"), for the UI
    fatal: bool = False  # True when the engine stops because of it
    stamp: float = dataclasses.field(
        default_factory=monotonic_stamp, compare=False, repr=False, kw_only=True
    )


@dataclass(frozen=True, slots=True)
class StateEvent(Event):
    """The engine's life: "starting", "running", "stopped" (with a detail line)."""

    state: str
    detail: str = ""
    stamp: float = dataclasses.field(
        default_factory=monotonic_stamp, compare=False, repr=False, kw_only=True
    )
