"""Fixtures and helpers shared across the test packages."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator

import pytest

from app.core.engine import Engine
from app.core.events import Event


def free_port(host: str = "127.0.0.1", kind: int = socket.SOCK_STREAM) -> int:
    """A port that was free a moment ago on loopback (bound, read, released)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, kind) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


class EngineRunner:
    """Runs an engine on a plain thread for Qt-free tests and collects its events."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.events: list[Event] = []
        self.batches = 0
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        engine.add_listener(self._collect)
        self.thread = threading.Thread(target=engine.run, name=f"{engine.name} test thread")

    def _collect(self, batch: list[Event]) -> None:
        with self._changed:
            self.events.extend(batch)
            self.batches += 1
            self._changed.notify_all()

    def start(self) -> EngineRunner:
        """Start the engine's thread."""
        self.thread.start()
        return self

    def wait_for(self, predicate, timeout: float = 5.0) -> list[Event]:
        """Block until `predicate(events)` is true (woken by each batch); fail on timeout."""
        with self._changed:
            if not self._changed.wait_for(lambda: predicate(self.events), timeout):
                raise AssertionError(f"condition not met in {timeout} s; events: {self.events!r}")
            return list(self.events)

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the engine and join its thread."""
        self.engine.stop()
        self.thread.join(timeout)
        assert not self.thread.is_alive(), f"{self.engine.name} did not stop"


@pytest.fixture
def run_engine() -> Iterator:
    """`run_engine(engine)` starts it on a thread; every runner is stopped at teardown."""
    runners: list[EngineRunner] = []

    def start(engine: Engine) -> EngineRunner:
        runner = EngineRunner(engine).start()
        runners.append(runner)
        return runner

    yield start
    for runner in runners:
        runner.stop()


@pytest.fixture
def linger_engines(monkeypatch) -> Iterator[Callable[[object, str], type[Engine]]]:
    """`linger_engines(module, "UdpSenderEngine")` makes that module build lingering engines.

    Their threads stay alive after the loop ends (see helpers.engines.lingering) until
    the test ends; list this fixture after the widget fixture so it releases them first.
    """
    from tests.helpers.engines import lingering

    made: list[type[Engine]] = []

    def patch(module: object, name: str) -> type[Engine]:
        engine_class = lingering(getattr(module, name))
        made.append(engine_class)
        monkeypatch.setattr(module, name, engine_class)
        return engine_class

    yield patch
    for engine_class in made:
        engine_class.release.set()  # type: ignore[attr-defined]
