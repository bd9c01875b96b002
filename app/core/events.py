"""Event types that every engine emits; engine-specific events subclass `Event`."""

from __future__ import annotations

import time
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Event:
    """Something an engine reports to whoever watches it (the window or the command line)."""


@dataclass(frozen=True, slots=True)
class TraceEvent(Event):
    """One socket call as it happened: `bind(('0.0.0.0', 5555))` -> `ok`, or its error."""

    call: str
    result: str = ""
    error: str = ""  # the readable meaning when the call failed
    time: float = field(default_factory=time.time)

    def __str__(self) -> str:
        outcome = f"failed: {self.error}" if self.error else self.result
        return f"{self.call} -> {outcome}" if outcome else self.call


@dataclass(frozen=True, slots=True)
class ErrorEvent(Event):
    """An operational error in words (port in use, connection refused...)."""

    message: str
    field: str = ""  # which input caused it ("port", "host", "payload"), for the UI
    fatal: bool = False  # True when the engine stops because of it


@dataclass(frozen=True, slots=True)
class StateEvent(Event):
    """The engine's life: "starting", "running", "stopped" (with a detail line)."""

    state: str
    detail: str = ""
