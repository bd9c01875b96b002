"""Diagnostics engines on EngineWorker threads, stopped from the GUI thread; EngineRun."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, Slot

from app.core.diagnostics.blocking import CallResult, OneShotEngine
from app.core.diagnostics.portcheck import PortCheckEngine, PortCheckFinished, PortResult
from app.core.diagnostics.sockets import SocketSnapshot, SocketTableEngine
from app.core.events import StateEvent
from app.ui.diagnostics.common import EngineRun
from app.workers import EngineWorker, live_workers
from tests.helpers.diagnostics import stalled_ports


class Recorder(QObject):
    """Lives in the GUI thread and keeps every event it is sent."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list = []
        self.finished = 0

    @Slot(object)
    def on_events(self, batch: list) -> None:
        self.events.extend(batch)

    @Slot()
    def on_finished(self) -> None:
        self.finished += 1

    def of_type(self, kind) -> list:
        return [event for event in self.events if isinstance(event, kind)]


def start(engine) -> tuple[EngineWorker, Recorder]:
    worker = EngineWorker(engine)
    recorder = Recorder()
    worker.events.connect(recorder.on_events)
    worker.finished.connect(recorder.on_finished)
    worker.start()
    return worker, recorder


def test_port_check_worker_stops_from_the_gui_thread_at_once(qtbot) -> None:
    with stalled_ports(2) as stalled:
        engine = PortCheckEngine("127.0.0.1", stalled, timeout=30, concurrency=2)
        worker, recorder = start(engine)
        qtbot.waitUntil(lambda: StateEvent("running") in recorder.events)
        began = time.monotonic()
        with qtbot.waitSignal(worker.finished, timeout=5000):
            assert worker.stop(timeout_ms=1000)
        assert time.monotonic() - began < 1.0
    qtbot.waitUntil(lambda: recorder.of_type(PortCheckFinished) != [])
    (finished,) = recorder.of_type(PortCheckFinished)
    assert finished.stopped and finished.checked == 0
    assert recorder.of_type(PortResult) == []
    assert live_workers() == []


def test_a_blocked_call_does_not_hold_the_worker(qtbot) -> None:
    release = threading.Event()
    engine = OneShotEngine("slow call", lambda: release.wait(10), timeout=60)
    worker, recorder = start(engine)
    try:
        qtbot.waitUntil(lambda: StateEvent("running") in recorder.events)
        with qtbot.waitSignal(worker.finished, timeout=2000):
            assert worker.stop(timeout_ms=1000)
        assert recorder.of_type(CallResult) == []
    finally:
        release.set()


def test_socket_table_worker_answers_each_refresh(qtbot) -> None:
    engine = SocketTableEngine()
    worker, recorder = start(engine)
    engine.refresh()
    qtbot.waitUntil(lambda: len(recorder.of_type(SocketSnapshot)) == 1, timeout=10_000)
    engine.refresh()
    qtbot.waitUntil(lambda: len(recorder.of_type(SocketSnapshot)) == 2, timeout=10_000)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.stop()


def test_engine_run_drops_the_batches_of_a_replaced_run(qtbot) -> None:
    run = EngineRun()
    recorder = Recorder()
    run.events.connect(recorder.on_events)
    run.finished.connect(recorder.on_finished)
    release = threading.Event()
    try:
        first = OneShotEngine("first", lambda: release.wait(10) and "first", timeout=60)
        run.start(first)
        qtbot.waitUntil(run.is_running)
        second = OneShotEngine("second", lambda: "second")
        run.start(second)  # stops the first run, then starts this one
        assert run.engine is second
        qtbot.waitUntil(lambda: recorder.finished == 1, timeout=5000)
    finally:
        release.set()
    values = [event.value for event in recorder.of_type(CallResult)]
    assert values == ["second"]
    # The first run's "stopped" came after it was replaced: dropped, like its result.
    assert recorder.events.count(StateEvent("stopped")) == 1
    assert not run.is_running() and live_workers() == []
