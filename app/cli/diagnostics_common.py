"""Shared by the diagnostics commands: run an engine in the foreground, Ctrl-C stops it."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Callable

from app.core.engine import Engine
from app.core.events import ErrorEvent, Event

#: Exit codes of the diagnostics commands (documented in docs/diagnostics.md).
EXIT_OK = 0
EXIT_NEGATIVE = 1  # ran fine, but no reply / no open port / name not found
EXIT_USAGE = 2  # bad arguments, or the job could not run at all


def fail(command: str, message: str, code: int = EXIT_USAGE) -> int:
    """Print `socketlab COMMAND: message` on stderr as one line; return `code`."""
    print(f"socketlab {command}: {message}", file=sys.stderr)
    return code


def parse_number(
    command: str, option: str, text: str, kind: type, low: float, high: float
) -> int | float:
    """`text` as an int or float from `low` to `high`; ValueError holds the one-line reason."""
    try:
        value = kind(text)
    except ValueError:
        noun = "a whole number" if kind is int else "a number"
        raise ValueError(f"{option} {text!r} is not {noun}.") from None
    if not low <= value <= high:
        shown = f"{int(low):,}-{int(high):,}" if kind is int else f"{low:g}-{high:g}"
        raise ValueError(f"{option} {text} is out of range {shown}.")
    return value


def run_in_foreground(engine: Engine, on_batch: Callable[[list[Event]], None]) -> bool:
    """Run `engine` on a thread until it stops; Ctrl-C stops it. True when interrupted.

    `on_batch` runs on the engine's thread for each batch of events. Ctrl-C is caught
    by a signal handler that calls the thread-safe `engine.stop()`, so the engine ends
    its run normally (a ping prints its summary) wherever the main thread was. An
    engine crash is re-raised here, after the thread has ended.
    """
    done = threading.Event()
    interrupted = threading.Event()
    crash: list[BaseException] = []

    def target() -> None:
        try:
            engine.run()
        except BaseException as exc:
            crash.append(exc)
        finally:
            done.set()

    def on_interrupt(_signum: int, _frame: object) -> None:
        interrupted.set()
        engine.stop()

    engine.add_listener(on_batch)
    thread = threading.Thread(target=target, name=f"{engine.name} (command line)", daemon=True)
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, on_interrupt)
    try:
        thread.start()
        # A short wait in a loop: Windows runs the handler only between waits.
        while not done.wait(0.25):
            pass
        thread.join()
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    if crash:
        raise crash[0]
    return interrupted.is_set()


def first_error(events: list[Event]) -> ErrorEvent | None:
    """The first fatal error among `events`, if any."""
    return next((e for e in events if isinstance(e, ErrorEvent) and e.fatal), None)
