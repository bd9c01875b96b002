"""EngineWorker: a real engine on a QThread, its events batched into few signals."""

from __future__ import annotations

import socket
import time

from PySide6.QtCore import QObject, Slot

from app.core.events import ErrorEvent, StateEvent, TraceEvent
from app.workers import EngineWorker, live_workers
from tests.helpers.engines import CrashingEngine, EchoServerEngine, FloodEngine, Numbered


class BatchRecorder(QObject):
    """Lives in the GUI thread; counts the signals and keeps every event."""

    def __init__(self) -> None:
        super().__init__()
        self.signals = 0
        self.events: list = []
        self.failures: list[str] = []

    @Slot(object)
    def on_events(self, batch: list) -> None:
        self.signals += 1
        self.events.extend(batch)

    @Slot(str)
    def on_failed(self, message: str) -> None:
        self.failures.append(message)

    def numbered(self) -> list[int]:
        return [e.number for e in self.events if isinstance(e, Numbered)]


def start_worker(qtbot, engine) -> tuple[EngineWorker, BatchRecorder]:
    worker = EngineWorker(engine)
    recorder = BatchRecorder()
    worker.events.connect(recorder.on_events)
    worker.failed.connect(recorder.on_failed)
    worker.start()
    return worker, recorder


def test_flood_of_100000_events_arrives_complete_in_order_in_few_signals(qtbot) -> None:
    engine = FloodEngine(total=100_000, chunk=1000)
    worker, recorder = start_worker(qtbot, engine)
    began = time.monotonic()
    engine.begin()
    qtbot.waitUntil(lambda: len(recorder.numbered()) == 100_000, timeout=30_000)
    elapsed = time.monotonic() - began
    assert recorder.numbered() == list(range(100_000))
    # 100 loop turns of 1,000 events: the GUI got about 60 signals a second, not 100,000.
    assert recorder.signals <= 60 * elapsed + 5
    assert recorder.signals < 1000
    with qtbot.waitSignal(worker.finished, timeout=5000):
        assert worker.stop()


def test_stop_from_gui_thread_returns_within_a_second_while_busy(qtbot) -> None:
    engine = FloodEngine(total=None, chunk=200)  # never idle
    worker, recorder = start_worker(qtbot, engine)
    engine.begin()
    qtbot.waitUntil(lambda: len(recorder.numbered()) > 10_000, timeout=10_000)
    began = time.monotonic()
    with qtbot.waitSignal(worker.finished, timeout=5000):
        assert worker.stop(timeout_ms=1000)
    assert time.monotonic() - began < 1.0
    assert not worker.is_running()
    assert live_workers() == []
    qtbot.waitUntil(lambda: recorder.events and recorder.events[-1] == StateEvent("stopped"))
    numbers = recorder.numbered()
    assert numbers == list(range(len(numbers)))


def test_echo_server_worker_traces_real_socket_calls(qtbot) -> None:
    engine = EchoServerEngine()
    worker, recorder = start_worker(qtbot, engine)
    qtbot.waitUntil(lambda: StateEvent("running") in recorder.events)
    with socket.create_connection(("127.0.0.1", engine.bound_port), timeout=5) as client:
        client.sendall(b"ping")
        assert client.recv(4) == b"ping"
    qtbot.waitUntil(
        lambda: any(
            isinstance(e, TraceEvent) and "peer closed" in e.result for e in recorder.events
        )
    )
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.stop()


def test_engine_error_arrives_as_readable_event(qtbot) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        worker, recorder = start_worker(qtbot, EchoServerEngine(port=port))
        qtbot.waitUntil(lambda: StateEvent("stopped") in recorder.events, timeout=5000)
    qtbot.waitUntil(lambda: not worker.is_running())
    errors = [e for e in recorder.events if isinstance(e, ErrorEvent)]
    assert errors and errors[0].message.startswith(f"Port {port} is already in use")
    assert recorder.failures == []


def test_a_crash_is_reported_in_the_windows_language(qtbot, tmp_path) -> None:
    from PySide6.QtWidgets import QApplication

    from app.core.messages import Message
    from app.translations import SOURCE_LANGUAGE
    from app.ui import i18n

    worker, recorder = start_worker(qtbot, CrashingEngine())
    qtbot.waitUntil(lambda: recorder.failures != [], timeout=5000)
    qtbot.waitUntil(lambda: not worker.is_running())
    worker.stop()
    (crash,) = recorder.failures
    assert isinstance(crash, Message)  # the window translates it; workers import no UI
    assert i18n.install_translators(QApplication.instance(), "ru")
    try:
        failure = i18n.translate_message(crash)
    finally:
        i18n.install_translators(QApplication.instance(), SOURCE_LANGUAGE)
    assert "internal error" not in failure and "ZeroDivisionError" in failure
    assert "crashing engine" in failure  # the engine's own name stays as it is


def test_crash_is_reported_not_silent(qtbot) -> None:
    worker, recorder = start_worker(qtbot, CrashingEngine())
    qtbot.waitUntil(lambda: recorder.failures != [], timeout=5000)
    assert recorder.failures == [
        "The crashing engine stopped because of an internal error: "
        "ZeroDivisionError: division by zero in the test engine"
    ]
    qtbot.waitUntil(lambda: not worker.is_running())
    worker.stop()
